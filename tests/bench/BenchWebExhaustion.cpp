// Web exhaustion benchmark: the attacks a reviewer measured against the
// switch's web side (issue 15), replayed against the real rebound-switch
// binary on loopback, with the figures that say whether they still work.
//
// Each part starts a fresh `rebound-switch serve` (a new database, web on a
// free loopback port) whose soft open-files limit is 1,024, as systemd gives
// a service that does not set LimitNOFILE=; the switch may raise it itself.
// The attackers are sockets in this process bound to 127.0.0.x source
// addresses; the other users are 127.0.0.2 (or an address no attacker uses),
// asking for GET /login.
//
// 1. Idle connections from one address: 1,100 connections from 127.0.0.1
//    that never send a byte. How many the server holds, its descriptors,
//    whether 127.0.0.2 and the attacker itself are answered meanwhile, and
//    after the attacker lets go.
// 2. Idle connections from many addresses: 600 from 40 addresses (15
//    each), past the cap in all. How many are held, and how long until an
//    address that is not attacking is answered.
// 3. Unfinished bodies: 200 POSTs from 13 addresses (at most 16 each), each
//    sending up to 1 MiB of its body and never finishing: with a claimed
//    Content-Length of 1 MiB, chunked, and (under the limit) a claimed
//    16,000 bytes of which 15,000 are sent. The server's RSS before, at the
//    end of the sending, and its peak.
//
// `--switch PATH` runs another rebound-switch binary (an older build, say)
// through the same attacks. Prints figures; the exit code is 0 unless
// something could not run at all.

#include "BenchSupport.h"
#include "web/WebServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <algorithm>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace rebound;
using namespace rebound::bench;

namespace {

// Serves events until `done` or `ms` have passed; whether `done` came true.
template <typename Predicate>
bool serveUntil(Predicate done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

void serveFor(int ms)
{
    serveUntil([] { return false; }, ms);
}

// A socket from a chosen loopback address to the switch's web port.
class Peer
{
public:
    Peer(const QString& from, quint16 port)
    {
        m_socket.bind(QHostAddress(from), 0);
        QObject::connect(&m_socket, &QIODevice::readyRead, [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QAbstractSocket::connected, [this] {
            m_wasConnected = true;
            if (!m_pending.isEmpty())
                m_socket.write(std::exchange(m_pending, {}));
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void send(const QByteArray& bytes)
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            m_socket.write(bytes);
        else
            m_pending += bytes;
    }
    bool open() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    bool wasConnected() const { return m_wasConnected; }
    qint64 unsent() const { return m_socket.bytesToWrite() + m_pending.size(); }
    int status() const
    {
        return m_received.startsWith("HTTP/1.") ? m_received.mid(9, 3).toInt() : 0; // 0: no answer
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    QByteArray m_pending;
    bool m_wasConnected = false;
};

using Peers = std::vector<std::unique_ptr<Peer>>;

qsizetype countOpen(const Peers& peers)
{
    return std::count_if(peers.begin(), peers.end(), [](const auto& p) { return p->open(); });
}

// Waits until no peer changes state for `quietMs` (at most `ms` in all).
void settle(const Peers& peers, int quietMs, int ms)
{
    QDeadlineTimer deadline(ms);
    qsizetype last = -1;
    QDeadlineTimer quiet(quietMs);
    while (!deadline.hasExpired()) {
        const qsizetype now =
            countOpen(peers) * 100'000 +
            std::count_if(peers.begin(), peers.end(), [](const auto& p) { return p->closed(); });
        if (now != last) {
            last = now;
            quiet.setRemainingTime(quietMs);
        } else if (quiet.hasExpired()) {
            return;
        }
        serveFor(20);
    }
}

struct Asked
{
    int answered = 0; // 200 OK
    int asked = 0;
    double medianMs = -1;
    QString text() const
    {
        return QStringLiteral("%1 of %2 answered 200%3")
            .arg(answered)
            .arg(asked)
            .arg(medianMs >= 0 ? QStringLiteral(", median %1 ms").arg(medianMs, 0, 'f', 1) : QString());
    }
};

// `count` GET /login one after the other from `from`, each given `timeoutMs`.
Asked ask(const QString& from, quint16 port, int count, int timeoutMs = 3'000)
{
    Asked asked;
    std::vector<double> times;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        Peer peer(from, port);
        peer.send("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        serveUntil([&] { return peer.closed() || peer.status() != 0; }, timeoutMs);
        ++asked.asked;
        if (peer.status() == 200) {
            ++asked.answered;
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    if (!times.empty()) {
        std::sort(times.begin(), times.end());
        asked.medianMs = times[times.size() / 2];
    }
    return asked;
}

qint64 descriptors(qint64 pid)
{
    return qint64(
        QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::System).size());
}

QString openFilesLimitOf(qint64 pid)
{
    for (const QByteArray& row : procLines(QStringLiteral("/proc/%1/limits").arg(pid)))
        if (row.startsWith("Max open files"))
            return QString::fromLatin1(row.mid(26).simplified().split(' ').value(0));
    return QStringLiteral("?");
}

QString rss(const Memory& m)
{
    return QStringLiteral("%1 (peak %2)").arg(megabytesFromKb(m.rssKb), megabytesFromKb(m.peakKb));
}

// A fresh switch in its own folder; web on `webPort`.
class Switch
{
public:
    Switch(const QString& program, const QString& dir)
        : m_server(dir + QStringLiteral("/switch.log"))
    {
        webPort = quint16(freePort());
        // The switch starts with systemd's default soft limit (this process
        // passes its own on), then this process takes its hard limit for the
        // attackers' sockets.
        rlimit limit{};
        ::getrlimit(RLIMIT_NOFILE, &limit);
        limit.rlim_cur = std::min<rlim_t>(1'024, limit.rlim_max);
        ::setrlimit(RLIMIT_NOFILE, &limit);
        m_server.start(program,
                       {QStringLiteral("--db"), dir + QStringLiteral("/switch.sqlite"),
                        QStringLiteral("serve"), QStringLiteral("--sip-listen"),
                        QStringLiteral("127.0.0.1:%1").arg(freePort()), QStringLiteral("--web-listen"),
                        QStringLiteral("127.0.0.1:%1").arg(webPort)},
                       "Web portal on");
        web::WebServer::openFilesLimit();
    }
    qint64 pid() const { return m_server.pid(); }
    bool running() const { return m_server.running(); }
    quint16 webPort = 0;

private:
    Server m_server;
};

void idleFromOneAddress(const QString& program, const QString& dir)
{
    heading(QStringLiteral("1. Idle connections from one address (1,100 from 127.0.0.1, never a byte)"));
    Switch server(program, dir);
    line(QStringLiteral("switch's open-files limit"),
         openFilesLimitOf(server.pid()) + QStringLiteral(" (soft, once started)"));
    line(QStringLiteral("before, 127.0.0.2 asks 10 times"),
         ask(QStringLiteral("127.0.0.2"), server.webPort, 10).text());
    Peers attacker;
    for (int i = 0; i < 1'100; ++i) {
        attacker.push_back(std::make_unique<Peer>(QStringLiteral("127.0.0.1"), server.webPort));
        if (i % 100 == 99)
            serveFor(50); // lets the server accept as they come
    }
    settle(attacker, 1'000, 6'000);
    line(QStringLiteral("attacker's connections held"),
         QStringLiteral("%1 of 1,100 (%2 closed by the server)")
             .arg(grouped(double(countOpen(attacker))))
             .arg(grouped(double(std::count_if(attacker.begin(), attacker.end(), [](const auto& p) {
                 return p->wasConnected() && p->closed();
             })))));
    line(QStringLiteral("switch's open descriptors"), grouped(double(descriptors(server.pid()))));
    line(QStringLiteral("then 127.0.0.2 asks 20 times"),
         ask(QStringLiteral("127.0.0.2"), server.webPort, 20).text());
    line(QStringLiteral("and 127.0.0.1 asks 5 times"),
         ask(QStringLiteral("127.0.0.1"), server.webPort, 5).text());
    attacker.clear();
    serveFor(1'500);
    line(QStringLiteral("attacker gone, .2 asks 10 times"),
         ask(QStringLiteral("127.0.0.2"), server.webPort, 10).text());
    line(QStringLiteral("switch still running"),
         server.running() ? QStringLiteral("yes") : QStringLiteral("no"));
}

void idleFromManyAddresses(const QString& program, const QString& dir)
{
    heading(QStringLiteral("2. Idle connections from many addresses (600: 15 from each of 127.0.1.1-40)"));
    Switch server(program, dir);
    Peers attacker;
    for (int a = 1; a <= 40; ++a)
        for (int i = 0; i < 15; ++i)
            attacker.push_back(std::make_unique<Peer>(QStringLiteral("127.0.1.%1").arg(a), server.webPort));
    settle(attacker, 1'000, 6'000);
    line(QStringLiteral("attacker's connections held"), QStringLiteral("%1 of 600").arg(countOpen(attacker)));
    QElapsedTimer timer;
    timer.start();
    const Asked first = ask(QStringLiteral("127.0.0.2"), server.webPort, 1, 1'000);
    line(QStringLiteral("127.0.0.2 asks at once"), first.text());
    if (first.answered == 0) {
        Asked later;
        while (later.answered == 0 && timer.elapsed() < 30'000)
            later = ask(QStringLiteral("127.0.0.2"), server.webPort, 1, 1'000);
        line(QStringLiteral("127.0.0.2 answered again after"),
             later.answered ? seconds(double(timer.elapsed()) / 1000) : QStringLiteral("more than 30 s"));
    }
    line(QStringLiteral("attacker's connections held then"), QString::number(countOpen(attacker)));
}

void unfinishedBodies(const QString& program, const QString& dir, const QString& label,
                      const QByteArray& head, qint64 bodyBytes, bool chunked)
{
    heading(QStringLiteral("3. Unfinished bodies: 200 from 127.0.2.1-13, %1").arg(label));
    Switch server(program, dir);
    serveFor(500);
    const Memory before = readMemory(server.pid());
    line(QStringLiteral("switch RSS before"), rss(before));
    Peers attacker;
    for (int i = 0; i < 200; ++i) {
        attacker.push_back(
            std::make_unique<Peer>(QStringLiteral("127.0.2.%1").arg(1 + i % 13), server.webPort));
        attacker.back()->send(head);
    }
    const QByteArray piece(64 * 1024, 'a');
    const QByteArray chunk = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    for (qint64 sent = 0; sent < bodyBytes; sent += piece.size()) {
        const qint64 size = std::min<qint64>(piece.size(), bodyBytes - sent);
        for (const auto& peer : attacker)
            if (!peer->closed())
                peer->send(chunked ? chunk : piece.left(size));
        serveFor(20);
    }
    serveUntil(
        [&] {
            return std::all_of(attacker.begin(), attacker.end(),
                               [](const auto& p) { return p->closed() || p->unsent() == 0; });
        },
        15'000);
    serveFor(500);
    const Memory during = readMemory(server.pid());
    qsizetype answered = 0;
    QMap<int, int> statuses;
    for (const auto& peer : attacker)
        if (peer->status() != 0)
            ++statuses[peer->status()], ++answered;
    QStringList answers;
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        answers << QStringLiteral("%1 x %2").arg(it.value()).arg(it.key());
    line(QStringLiteral("switch RSS, bodies sent"), rss(during));
    line(QStringLiteral("growth"), signedMegabytesFromKb(during.rssKb - before.rssKb));
    line(QStringLiteral("attackers answered"),
         answered ? answers.join(QStringLiteral(", ")) : QStringLiteral("none"));
    line(QStringLiteral("attacker's connections open"), QString::number(countOpen(attacker)));
    line(QStringLiteral("then 127.0.0.2 asks 10 times"),
         ask(QStringLiteral("127.0.0.2"), server.webPort, 10).text());
    attacker.clear();
    serveFor(1'000);
    line(QStringLiteral("switch RSS, attackers gone"), rss(readMemory(server.pid())));
}

int run(const QString& program)
{
    std::printf(
        "Rebound web exhaustion benchmark (rebound-switch serve on loopback, attackers in this process)\n");
    line(QStringLiteral("machine"), machine());
    line(QStringLiteral("switch"), program);
    QTemporaryDir dir;
    if (!dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    const auto part = [&](const char* name) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QDir().mkpath(path);
        return path;
    };
    idleFromOneAddress(program, part("idle-one"));
    idleFromManyAddresses(program, part("idle-many"));
    const QByteArray post =
        "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n";
    unfinishedBodies(program, part("bodies-claimed"),
                     QStringLiteral("Content-Length: 1 MiB, 1 MiB - 1 byte sent"),
                     post + "Content-Length: 1048576\r\n\r\n", 1024 * 1024 - 1, false);
    unfinishedBodies(program, part("bodies-chunked"), QStringLiteral("chunked, 1 MiB sent in 64 KiB chunks"),
                     post + "Transfer-Encoding: chunked\r\n\r\n", 1024 * 1024, true);
    unfinishedBodies(program, part("bodies-small"),
                     QStringLiteral("Content-Length: 16,000, 15,000 bytes sent"),
                     post + "Content-Length: 16000\r\n\r\n", 15'000, false);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("BenchWebExhaustion"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Replays the web exhaustion attacks of issue 15 against rebound-switch."));
    parser.addHelpOption();
    const QCommandLineOption program(QStringLiteral("switch"),
                                     QStringLiteral("The rebound-switch binary to attack."),
                                     QStringLiteral("path"), QStringLiteral(REBOUND_SWITCH_EXE));
    parser.addOption(program);
    parser.process(app);
    return reportingErrors("BenchWebExhaustion", [&] { return run(parser.value(program)); });
}
