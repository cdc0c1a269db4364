// RtpReceiver: what waits on several sockets is delivered, each socket's
// datagrams in order with their sender, at most MaxReadsPerWake per socket
// per read (the rest at the next read), in a few system calls when batched;
// recvmmsg per socket when Direct.

#include "EachWayOfIo.h"
#include "LoopbackSocket.h"
#include "media/RtpReceiver.h"
#include "media/RtpSocket.h"

#include <QTest>
#include <map>
#include <vector>

using namespace rebound::media;
using namespace rebound::test;

namespace {

// Datagram `i` for socket `to`: "<to's port>:<i>".
void sendNumbered(const LoopbackSocket& from, const LoopbackSocket& to, int i)
{
    const QByteArray text = QByteArray::number(ntohs(to.address.sin_port)) + ':' + QByteArray::number(i);
    ::sendto(from.fd, text.constData(), static_cast<std::size_t>(text.size()), 0,
             reinterpret_cast<const sockaddr*>(&to.address), sizeof to.address);
}

struct Heard
{
    std::map<std::uint64_t, std::vector<QByteArray>> byKey;
    std::map<std::uint64_t, std::vector<quint16>> senders;
};

Heard readOnce(RtpReceiver& r, const std::vector<RtpReceiver::Source>& sources)
{
    Heard h;
    r.read(sources, [&](std::uint64_t key, std::span<const std::uint8_t> d, const sockaddr_in& from) {
        h.byKey[key].push_back(QByteArray(reinterpret_cast<const char*>(d.data()), qsizetype(d.size())));
        h.senders[key].push_back(ntohs(from.sin_port));
    });
    return h;
}

} // namespace

class TestRtpReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchedWhereTheKernelAllows()
    {
        if (!batchesHere<RtpReceiver>())
            QSKIP(NoIoUring);
        QCOMPARE(RtpReceiver(RtpReceiver::Mode::Direct).mode(), RtpReceiver::Mode::Direct);
    }

    void everySocketsDatagramsInOrder_data() { eachWayOfIo(); }

    // 150 sockets (more than one submission reads): most with one datagram,
    // every tenth with 3, and one with 40, more than one read takes.
    void everySocketsDatagramsInOrder()
    {
        QFETCH(bool, batched);
        LoopbackSocket sender;
        std::vector<std::unique_ptr<LoopbackSocket>> sockets;
        std::vector<RtpReceiver::Source> sources;
        std::map<std::uint64_t, int> expected;
        for (int k = 0; k < 150; ++k) {
            sockets.push_back(std::make_unique<LoopbackSocket>());
            const int count = k == 7 ? 40 : k % 10 == 0 ? 3 : 1;
            for (int i = 0; i < count; ++i)
                sendNumbered(sender, *sockets.back(), i);
            sources.push_back({sockets.back()->fd, std::uint64_t(1000 + k)});
            expected[std::uint64_t(1000 + k)] = count;
        }
        RtpReceiver r(batched ? RtpReceiver::Mode::Batched : RtpReceiver::Mode::Direct);
        const Heard first = readOnce(r, sources);
        for (const auto& [key, count] : expected) {
            const auto& got = first.byKey.at(key);
            const int now = std::min(count, MaxReadsPerWake);
            QCOMPARE(int(got.size()), now);
            const QByteArray prefix =
                QByteArray::number(ntohs(sockets[std::size_t(key - 1000)]->address.sin_port)) + ':';
            for (int i = 0; i < now; ++i)
                QCOMPARE(got[std::size_t(i)], prefix + QByteArray::number(i));
            for (quint16 port : first.senders.at(key))
                QCOMPARE(port, ntohs(sender.address.sin_port));
        }
        if (r.mode() == RtpReceiver::Mode::Batched)
            QVERIFY2(r.systemCalls() <= 12, qPrintable(QString::number(r.systemCalls())));

        // The 8 left on the flooded socket come at the next read, in order.
        const Heard second = readOnce(r, {sources[7]});
        const auto& rest = second.byKey.at(1007);
        QCOMPARE(int(rest.size()), 40 - MaxReadsPerWake);
        QVERIFY(rest.front().endsWith(':' + QByteArray::number(MaxReadsPerWake)));
        QVERIFY(rest.back().endsWith(":39"));

        // Nothing waits: nothing is delivered.
        QVERIFY(readOnce(r, sources).byKey.empty());
    }
};

QTEST_GUILESS_MAIN(TestRtpReceiver)
#include "TestRtpReceiver.moc"
