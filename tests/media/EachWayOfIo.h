#pragma once

// The media thread does its socket I/O one of two ways: batched through
// io_uring where the kernel allows it, or direct with recvmmsg and sendto.
// What reads and sends datagrams is tested both ways.

#include <QTest>

namespace rebound::test {

// Why a test of the batched way skips.
constexpr const char* NoIoUring =
    "io_uring is not available here (old kernel, seccomp or kernel.io_uring_disabled)";

// A `batched` column with a row for each way.
inline void eachWayOfIo()
{
    QTest::addColumn<bool>("batched");
    QTest::newRow("batched") << true;
    QTest::newRow("direct") << false;
}

// Whether `Io` (RtpReceiver, RtpSendQueue) asked to batch does so here.
template <typename Io>
bool batchesHere()
{
    return Io(Io::Mode::Batched).mode() == Io::Mode::Batched;
}

} // namespace rebound::test
