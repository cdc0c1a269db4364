# The built-in test phones (issue 19): a SIP user agent of their own on
# loopback, the test carrier's other end, the runner of a whole test
# callback and `rebound-switch try`; included from switch/CMakeLists.txt.
target_sources(rebound_switch PRIVATE
    testphones/TestCallRunner.cpp testphones/TestCallRunner.h
    testphones/TestPhones.cpp testphones/TestPhones.h
    testphones/TryCommand.cpp testphones/TryCommand.h
)
