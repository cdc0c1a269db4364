// RtpSendQueue: datagrams queued from several sockets leave at flush() (not
// before, when batched), all of them, in order, each from its own socket,
// in a few system calls however many there are; Direct sends at once.

#include "EachWayOfIo.h"
#include "LoopbackSocket.h"
#include "media/RtpSendQueue.h"

#include <QTest>
#include <array>
#include <vector>

using namespace rebound::media;
using namespace rebound::test;

namespace {

// Datagram i: a 4-byte "header" with its number and a payload of i % 200 + 1 bytes.
void queue(RtpSendQueue& q, const LoopbackSocket& from, const LoopbackSocket& to, int i)
{
    const std::array<std::uint8_t, 4> header{std::uint8_t(i >> 24), std::uint8_t(i >> 16),
                                             std::uint8_t(i >> 8), std::uint8_t(i)};
    std::vector<std::uint8_t> payload(static_cast<std::size_t>(i % 200 + 1), std::uint8_t(i * 7));
    q.send(from.fd, to.address, header, payload);
}

void checkArrived(const std::vector<Datagram>& got, const LoopbackSocket& one, const LoopbackSocket& two,
                  int first, int count)
{
    QCOMPARE(int(got.size()), count);
    for (int k = 0; k < count; ++k) {
        const int i = first + k;
        const QByteArray& b = got[std::size_t(k)].bytes;
        QCOMPARE(b.size(), 4 + i % 200 + 1);
        const int number = (std::uint8_t(b[0]) << 24) | (std::uint8_t(b[1]) << 16) |
                           (std::uint8_t(b[2]) << 8) | std::uint8_t(b[3]);
        QCOMPARE(number, i);
        QCOMPARE(std::uint8_t(b[b.size() - 1]), std::uint8_t(i * 7));
        const quint16 expected = ntohs((i % 2 ? two : one).address.sin_port);
        QCOMPARE(got[std::size_t(k)].fromPort, expected);
    }
}

} // namespace

class TestRtpSendQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchedWhereTheKernelAllows()
    {
        if (!batchesHere<RtpSendQueue>())
            QSKIP(NoIoUring);
        QCOMPARE(RtpSendQueue(RtpSendQueue::Mode::Direct).mode(), RtpSendQueue::Mode::Direct);
    }

    void everythingArrivesInOrderFromItsSocket_data() { eachWayOfIo(); }

    // 10 datagrams, then 700 (more than the queue holds at once), from two
    // sockets in turn to a third.
    void everythingArrivesInOrderFromItsSocket()
    {
        QFETCH(bool, batched);
        LoopbackSocket one;
        LoopbackSocket two;
        LoopbackSocket sink;
        RtpSendQueue q(batched ? RtpSendQueue::Mode::Batched : RtpSendQueue::Mode::Direct);
        for (int i = 0; i < 10; ++i)
            queue(q, i % 2 ? two : one, sink, i);
        if (q.mode() == RtpSendQueue::Mode::Batched) {
            // Loopback delivers within the send: nothing has left before the flush.
            QVERIFY(receive(sink, 1, 0).empty());
            QCOMPARE(q.submitCalls(), 0u);
        }
        q.flush();
        checkArrived(receive(sink, 10, 5000), one, two, 0, 10);

        for (int i = 10; i < 710; ++i)
            queue(q, i % 2 ? two : one, sink, i);
        q.flush();
        checkArrived(receive(sink, 700, 5000), one, two, 10, 700);
        QCOMPARE(q.datagramsSent(), 710u);
        if (q.mode() == RtpSendQueue::Mode::Batched)
            QVERIFY2(q.submitCalls() <= 5, qPrintable(QString::number(q.submitCalls())));
    }

    // What is queued when the queue goes still leaves.
    void destructionSendsWhatIsQueued()
    {
        LoopbackSocket from;
        LoopbackSocket sink;
        {
            RtpSendQueue q(RtpSendQueue::Mode::Batched);
            for (int i = 0; i < 3; ++i)
                queue(q, from, sink, 2 * i); // even numbers: from `from`
        }
        const auto got = receive(sink, 3, 5000);
        QCOMPARE(int(got.size()), 3);
        QCOMPARE(got[2].bytes.size(), 4 + 4 + 1);
    }

    // Too big for a datagram of the media thread: dropped, not truncated.
    void oversizedIsDropped()
    {
        LoopbackSocket from;
        LoopbackSocket sink;
        RtpSendQueue q(RtpSendQueue::Mode::Batched);
        const std::array<std::uint8_t, 12> header{};
        const std::vector<std::uint8_t> payload(2048, 1);
        q.send(from.fd, sink.address, header, payload);
        q.flush();
        QVERIFY(receive(sink, 1, 0).empty());
        QCOMPARE(q.datagramsSent(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestRtpSendQueue)
#include "TestRtpSendQueue.moc"
