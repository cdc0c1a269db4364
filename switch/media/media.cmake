# The media engine (RTP, G.711, prompts, DTMF, bridging); included from
# switch/CMakeLists.txt, which links spandsp and libsndfile; liburing is linked here.
target_sources(rebound_switch PRIVATE
    media/Dtmf.cpp media/Dtmf.h
    media/EnglishSpeaker.cpp
    media/FrenchSpeaker.cpp
    media/G711.cpp media/G711.h
    media/IoUring.h
    media/MediaEngine.cpp media/MediaEngine.h
    media/MediaPlayout.cpp
    media/MediaReceive.cpp
    media/MediaWorker.cpp media/MediaWorker.h
    media/Playback.cpp media/Playback.h
    media/PromptSet.cpp media/PromptSet.h
    media/Rtp.cpp media/Rtp.h
    media/RtpReceiver.cpp media/RtpReceiver.h
    media/RtpSendQueue.cpp media/RtpSendQueue.h
    media/RtpSession.h
    media/RtpSocket.cpp media/RtpSocket.h
    media/SpanishSpeaker.cpp
    media/Speaker.cpp media/Speaker.h
    media/Tone.cpp media/Tone.h
)
target_link_libraries(rebound_switch PRIVATE PkgConfig::URING)

# Installed, the switch finds the prompts in share/rebound/prompts; run from a
# build tree, in the sources. make-prompts.sh writes beside the prompts, so it
# stays in the sources.
set(REBOUND_PROMPTS_DIR ${PROJECT_SOURCE_DIR}/resources/prompts)
set_property(SOURCE media/PromptSet.cpp APPEND PROPERTY
    COMPILE_DEFINITIONS REBOUND_PROMPTS_SOURCE_DIR="${REBOUND_PROMPTS_DIR}")
install(DIRECTORY ${REBOUND_PROMPTS_DIR}/ DESTINATION share/rebound/prompts
    FILES_MATCHING PATTERN "*.wav" PATTERN "*.txt")
