// RtpSendQueue: datagrams queued from several sockets leave at flush() (not
// before, when batched), all of them, in order, each from its own socket,
// in a few system calls however many there are; Direct sends at once.

#include "media/RtpSendQueue.h"

#include <QElapsedTimer>
#include <QTest>
#include <arpa/inet.h>
#include <array>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace rebound::media;

namespace {

// A UDP socket on 127.0.0.1, port 0, and its address.
struct LoopbackSocket
{
    LoopbackSocket()
    {
        fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
        socklen_t len = sizeof address;
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &len);
        int size = 4 << 20; // every datagram of a test waits here unread
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    }
    ~LoopbackSocket() { ::close(fd); }
    LoopbackSocket(const LoopbackSocket&) = delete;
    LoopbackSocket& operator=(const LoopbackSocket&) = delete;

    int fd = -1;
    sockaddr_in address{};
};

struct Datagram
{
    quint16 fromPort = 0;
    QByteArray bytes;
};

// What has arrived at `s`, waiting up to `timeoutMs` for `count` datagrams.
std::vector<Datagram> receive(const LoopbackSocket& s, std::size_t count, int timeoutMs)
{
    std::vector<Datagram> got;
    QElapsedTimer t;
    t.start();
    std::array<char, 4096> buffer{};
    while (true) {
        sockaddr_in from{};
        socklen_t len = sizeof from;
        const ssize_t n = ::recvfrom(s.fd, buffer.data(), buffer.size(), MSG_DONTWAIT,
                                     reinterpret_cast<sockaddr*>(&from), &len);
        if (n >= 0) {
            got.push_back({ntohs(from.sin_port), QByteArray(buffer.data(), n)});
            continue;
        }
        if (got.size() >= count || t.elapsed() >= timeoutMs)
            return got;
        pollfd p{s.fd, POLLIN, 0};
        ::poll(&p, 1, 20);
    }
}

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
        RtpSendQueue q(RtpSendQueue::Mode::Batched);
        if (q.mode() != RtpSendQueue::Mode::Batched)
            QSKIP("io_uring is not available here (old kernel, seccomp or kernel.io_uring_disabled)");
        QCOMPARE(RtpSendQueue(RtpSendQueue::Mode::Direct).mode(), RtpSendQueue::Mode::Direct);
    }

    void everythingArrivesInOrderFromItsSocket_data()
    {
        QTest::addColumn<bool>("batched");
        QTest::newRow("batched") << true;
        QTest::newRow("direct") << false;
    }

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
