// Media relay benchmark: RTP packets per second that MediaEngine relays on
// its one media thread between N bridged streams on loopback, beside a
// minimal epoll recv/send relay loop over the same number of sockets,
// measured in the same run with the same traffic. Prints figures only; the
// machines it runs on are shared and noisy, so there is no pass/fail.
//
// One generator thread feeds every stream and drains every sink with
// sendmmsg/recvmmsg, so it costs far less per packet than the relay under
// test, and keeps a bounded number of packets in flight so no socket
// buffer overflows (a dropped packet would flatter neither side).

#include "media/MediaEngine.h"
#include "media/Rtp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace rebound;
using namespace rebound::media;

namespace {

constexpr int Batch = 16;
constexpr int Payload = 160;

int udpSocket(quint16* port)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa);
    socklen_t len = sizeof sa;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &len);
    int size = 1 << 20;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
    if (port)
        *port = ntohs(sa.sin_port);
    return fd;
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = htons(port);
    return sa;
}

struct Stream
{
    int source = -1;       // the generator's "phone A" socket
    int sink = -1;         // the generator's "phone B" socket
    quint16 sinkPort = 0;  //
    sockaddr_in relayIn{}; // where phone A sends: the relay's input port
    std::uint16_t seq = 0;
    std::uint32_t ts = 0;
};

// Sends to every stream's relay input and counts what reaches the sinks for
// `seconds`; returns packets per second that came out of the relay.
double drive(std::vector<Stream>& streams, double seconds, std::uint64_t* sentOut, std::uint64_t* gotOut)
{
    const std::size_t window = std::max<std::size_t>(512, streams.size() * 4);
    std::vector<std::array<std::uint8_t, RtpHeader::Size + Payload>> bufs(Batch);
    std::vector<mmsghdr> msgs(Batch);
    std::vector<iovec> iov(Batch);
    std::vector<std::array<std::uint8_t, 2048>> rbufs(64);
    std::vector<mmsghdr> rmsgs(64);
    std::vector<iovec> riov(64);
    for (std::size_t i = 0; i < rbufs.size(); ++i) {
        riov[i] = {rbufs[i].data(), rbufs[i].size()};
        rmsgs[i] = {};
        rmsgs[i].msg_hdr.msg_iov = &riov[i];
        rmsgs[i].msg_hdr.msg_iovlen = 1;
    }
    // Only sinks with packets waiting are read: with hundreds of streams,
    // visiting every socket each round would make the generator the limit.
    const int ep = epoll_create1(0);
    for (const Stream& s : streams) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = s.sink;
        epoll_ctl(ep, EPOLL_CTL_ADD, s.sink, &ev);
    }
    std::array<epoll_event, 256> ready{};

    std::uint64_t sent = 0, got = 0, warmupGot = 0;
    QElapsedTimer clock;
    clock.start();
    const qint64 warmupMs = 300;
    bool measuring = false;
    qint64 startNs = 0;
    std::size_t next = 0;
    while (clock.elapsed() < warmupMs + qint64(seconds * 1000)) {
        if (!measuring && clock.elapsed() >= warmupMs) {
            measuring = true;
            warmupGot = got;
            startNs = clock.nsecsElapsed();
        }
        while (sent - got < window) {
            Stream& s = streams[next];
            next = (next + 1) % streams.size();
            for (int i = 0; i < Batch; ++i) {
                RtpHeader h{false, 0, s.seq++, s.ts, 0x5151};
                s.ts += Payload;
                h.write(bufs[i].data());
                iov[i] = {bufs[i].data(), bufs[i].size()};
                msgs[i] = {};
                msgs[i].msg_hdr.msg_iov = &iov[i];
                msgs[i].msg_hdr.msg_iovlen = 1;
                msgs[i].msg_hdr.msg_name = &s.relayIn;
                msgs[i].msg_hdr.msg_namelen = sizeof s.relayIn;
            }
            const int n = ::sendmmsg(s.source, msgs.data(), Batch, 0);
            sent += std::uint64_t(std::max(n, 0));
        }
        const int n = epoll_wait(ep, ready.data(), int(ready.size()), 50);
        for (int i = 0; i < n; ++i) {
            for (;;) {
                const int r = ::recvmmsg(ready[std::size_t(i)].data.fd, rmsgs.data(), unsigned(rmsgs.size()),
                                         MSG_DONTWAIT, nullptr);
                if (r <= 0)
                    break;
                got += std::uint64_t(r);
            }
        }
        // Anything lost would stall the window forever: forget it after a
        // quiet spell (it shows up in the lost count).
        if (n == 0)
            sent = got;
    }
    ::close(ep);
    const double elapsed = double(clock.nsecsElapsed() - startNs) / 1e9;
    *sentOut = sent;
    *gotOut = got;
    return double(got - warmupGot) / elapsed;
}

// The minimal relay: epoll, recvfrom, sendto the paired sink. No parsing.
struct BaselineRelay
{
    std::vector<int> fds;
    std::vector<sockaddr_in> targets;
    std::atomic<bool> stop{false};
    std::thread thread;

    void start()
    {
        thread = std::thread([this] {
            const int ep = epoll_create1(0);
            for (std::size_t i = 0; i < fds.size(); ++i) {
                epoll_event ev{};
                ev.events = EPOLLIN;
                ev.data.u64 = i;
                epoll_ctl(ep, EPOLL_CTL_ADD, fds[i], &ev);
            }
            std::array<epoll_event, 64> events{};
            std::array<char, 2048> buf{};
            while (!stop) {
                const int n = epoll_wait(ep, events.data(), int(events.size()), 50);
                for (int i = 0; i < n; ++i) {
                    const std::size_t k = events[std::size_t(i)].data.u64;
                    for (int r = 0; r < 32; ++r) {
                        const ssize_t len = ::recv(fds[k], buf.data(), buf.size(), MSG_DONTWAIT);
                        if (len <= 0)
                            break;
                        ::sendto(fds[k], buf.data(), size_t(len), MSG_DONTWAIT,
                                 reinterpret_cast<sockaddr*>(&targets[k]), sizeof(sockaddr_in));
                    }
                }
            }
            ::close(ep);
        });
    }
    ~BaselineRelay()
    {
        stop = true;
        if (thread.joinable())
            thread.join();
        for (int fd : fds)
            ::close(fd);
    }
};

struct Result
{
    double pps = 0;
    std::uint64_t lost = 0;
};

// Drives the streams for `seconds`, then closes their sockets.
Result driveAndClose(std::vector<Stream>& streams, double seconds)
{
    std::uint64_t sent = 0, got = 0;
    Result r;
    r.pps = drive(streams, seconds, &sent, &got);
    r.lost = sent - got;
    for (Stream& s : streams) {
        ::close(s.source);
        ::close(s.sink);
    }
    return r;
}

// batched: the media thread's reads and sends through io_uring (the
// default); otherwise recvmmsg per socket and sendto per packet.
Result runEngine(int count, double seconds, bool transcode, bool batched = true)
{
    MediaConfig config;
    config.batchedIo = batched;
    config.bindAddress = QStringLiteral("127.0.0.1");
    config.portMin = 0;
    config.mediaTimeoutSeconds = 0;
    MediaEngine engine(config);
    std::vector<Stream> streams(static_cast<std::size_t>(count));
    for (Stream& s : streams) {
        quint16 sourcePort = 0;
        s.source = udpSocket(&sourcePort);
        s.sink = udpSocket(&s.sinkPort);
        const auto a = engine.createSession();
        const auto b = engine.createSession();
        AudioAgreement toSource{0,          Codec::Pcmu,        -1, QStringLiteral("127.0.0.1"),
                                sourcePort, Direction::SendRecv};
        AudioAgreement toSink{0,          transcode ? Codec::Pcma : Codec::Pcmu,
                              -1,         QStringLiteral("127.0.0.1"),
                              s.sinkPort, Direction::SendRecv};
        engine.setRemote(a.id, toSource);
        engine.setRemote(b.id, toSink);
        engine.bridge(a.id, b.id);
        s.relayIn = loopback(a.port);
    }
    return driveAndClose(streams, seconds);
}

Result runBaseline(int count, double seconds)
{
    std::vector<Stream> streams(static_cast<std::size_t>(count));
    BaselineRelay relay;
    for (Stream& s : streams) {
        s.source = udpSocket(nullptr);
        s.sink = udpSocket(&s.sinkPort);
        quint16 relayPort = 0;
        relay.fds.push_back(udpSocket(&relayPort));
        relay.targets.push_back(loopback(s.sinkPort));
        s.relayIn = loopback(relayPort);
    }
    relay.start();
    return driveAndClose(streams, seconds);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("RTP relay benchmark: MediaEngine vs. a minimal relay loop"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("streams"), QStringLiteral("Comma-separated stream counts."),
                      QStringLiteral("list"), QStringLiteral("1,50,200,500")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Measured seconds per run."),
                      QStringLiteral("s"), QStringLiteral("3")});
    parser.process(app);
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();

    std::printf("RTP relay on loopback, %d-byte G.711 payloads, %.0f s per run (after 0.3 s warm-up)\n",
                Payload, seconds);
    std::printf("%8s %14s %14s %7s %16s %10s %14s\n", "streams", "engine pkt/s", "baseline pkt/s", "ratio",
                "transcode pkt/s", "calls/core", "sendto pkt/s");
    double worstRatio = 1e9;
    for (const QString& item : parser.value(QStringLiteral("streams")).split(QLatin1Char(','))) {
        const int n = item.toInt();
        if (n <= 0)
            continue;
        const Result base = runBaseline(n, seconds);
        const Result eng = runEngine(n, seconds, false);
        const Result trans = runEngine(n, seconds, true);
        const Result direct = runEngine(n, seconds, false, false);
        const double ratio = eng.pps / base.pps;
        worstRatio = std::min(worstRatio, ratio);
        // A bridged call is 50 packets/s each way: 100 relayed packets/s.
        std::printf("%8d %14.0f %14.0f %6.0f%% %16.0f %10.0f %14.0f\n", n, eng.pps, base.pps, ratio * 100,
                    trans.pps, std::min(eng.pps, trans.pps) / 100, direct.pps);
        if (eng.lost + base.lost + trans.lost > 0)
            std::printf("         (not back when the run stopped, in flight or dropped: engine %llu, "
                        "baseline %llu, transcode %llu)\n",
                        static_cast<unsigned long long>(eng.lost), static_cast<unsigned long long>(base.lost),
                        static_cast<unsigned long long>(trans.lost));
    }
    std::printf("Lowest engine/baseline ratio: %.0f%% (target: at least 60%%)\n", worstRatio * 100);
    std::printf("calls/core = relayed packets per second / 100 (50 packets/s each way per call)\n");
    return 0;
}
