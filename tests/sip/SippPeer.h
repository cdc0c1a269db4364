#pragma once

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QUdpSocket>
#include <memory>

namespace rebound::test {

// A UDP port free right now and not near one handed out before: sipp takes
// a few ports above its media port (RTCP, video), so two picks a little
// apart could still collide once both sipps run.
inline int freeUdpPort()
{
    static QSet<int> given;
    for (;;) {
        QUdpSocket socket;
        socket.bind(QHostAddress::LocalHost, 0);
        const int port = socket.localPort();
        bool near = false;
        for (int d = -4; d <= 4 && !near; ++d)
            near = given.contains(port + d);
        if (!near) {
            given.insert(port);
            return port;
        }
    }
}

// True once something listens on UDP `port` (any address), read from
// /proc/net/udp: waiting for a peer to bind without ever binding the port
// ourselves, which could take it from the peer.
inline bool udpPortListening(int port)
{
    QFile table(QStringLiteral("/proc/net/udp"));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    const QByteArray local = QByteArray(":") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const QByteArray& line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 1 && fields[1].endsWith(local))
            return true;
    }
    return false;
}

// A folder for one test's files, left behind for a look when
// REBOUND_KEEP_TEST_DIR is set.
inline std::unique_ptr<QTemporaryDir> testDir()
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (qEnvironmentVariableIsSet("REBOUND_KEEP_TEST_DIR"))
        dir->setAutoRemove(false);
    return dir;
}

// Writes a copy of folder/name into dir with placeholders filled in.
inline QString writeScenarioFrom(const QString& folder, const QTemporaryDir& dir, const QString& name,
                                 const QList<QPair<QString, QString>>& values)
{
    QFile in(folder + QLatin1Char('/') + name);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("missing scenario %s", qPrintable(name));
    QString xml = QString::fromUtf8(in.readAll());
    for (const auto& [key, value] : values)
        xml.replace(key, value.toHtmlEscaped());
    static int counter = 0;
    const QString path = dir.filePath(QStringLiteral("s%1-%2").arg(++counter).arg(name));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    out.write(xml.toUtf8());
    return path;
}

// Writes a scenario from tests/sip/scenarios with placeholders filled in.
inline QString writeScenario(const QTemporaryDir& dir, const QString& name,
                             const QList<QPair<QString, QString>>& values)
{
    return writeScenarioFrom(QStringLiteral(REBOUND_SIP_SCENARIOS), dir, name, values);
}

// Runs sipp as a client of the switch on 127.0.0.1:switchPort (`calls`
// calls of `scenarioPath` at 10 per second, service = the Request-URI user,
// [field0]… from `injectionFile` when given); true when every call
// succeeded. Control and media sockets stay on loopback.
inline bool runSippClient(const QTemporaryDir& dir, int switchPort, const QString& scenarioPath,
                          const QString& service, int calls = 1, const QString& injectionFile = {})
{
    QProcess sipp;
    sipp.setWorkingDirectory(dir.path());
    QStringList args{QStringLiteral("127.0.0.1:%1").arg(switchPort),
                     QStringLiteral("-sf"),
                     scenarioPath,
                     QStringLiteral("-s"),
                     service,
                     QStringLiteral("-i"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("-m"),
                     QString::number(calls),
                     QStringLiteral("-r"),
                     QStringLiteral("10"),
                     QStringLiteral("-nostdin"),
                     QStringLiteral("-timeout"),
                     QStringLiteral("20s"),
                     QStringLiteral("-timeout_error"),
                     QStringLiteral("-ci"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("-cp"),
                     QString::number(freeUdpPort()),
                     QStringLiteral("-mp"),
                     QString::number(freeUdpPort())};
    if (!injectionFile.isEmpty())
        args << QStringLiteral("-inf") << injectionFile;
    sipp.start(QStringLiteral("sipp"), args);
    return sipp.waitForFinished(30'000) && sipp.exitStatus() == QProcess::NormalExit && sipp.exitCode() == 0;
}

// A sipp playing a gateway (server side) on 127.0.0.1:port for `calls`
// calls, giving up after `timeoutSeconds`; `extraArgs` go to sipp as they are.
class SippGateway
{
public:
    SippGateway(const QTemporaryDir& dir, const QString& scenarioPath, int port, int calls = 1,
                int timeoutSeconds = 30, const QStringList& extraArgs = {})
        : m_port(port)
    {
        m_process.setWorkingDirectory(dir.path());
        QStringList args{
            QStringLiteral("-sf"), scenarioPath, QStringLiteral("-i"), QStringLiteral("127.0.0.1"),
            QStringLiteral("-p"), QString::number(port), QStringLiteral("-m"), QString::number(calls),
            QStringLiteral("-timeout"), QStringLiteral("%1s").arg(timeoutSeconds),
            QStringLiteral("-timeout_error"), QStringLiteral("-nostdin"), QStringLiteral("-trace_err"),
            // Keep sipp's control and media sockets on loopback too.
            QStringLiteral("-ci"), QStringLiteral("127.0.0.1"), QStringLiteral("-cp"),
            QString::number(freeUdpPort()), QStringLiteral("-mp"), QString::number(freeUdpPort())};
        if (qEnvironmentVariableIsSet("REBOUND_KEEP_TEST_DIR")) // for a look at what went over the wire
            args << QStringLiteral("-trace_msg");
        m_process.start(QStringLiteral("sipp"), args + extraArgs);
        // Ready when it listens, so what the test does next can reach it: a
        // wait for the event, not a pause that a busy machine outlasts.
        if (m_process.waitForStarted() && !listening())
            qWarning("sipp gateway on port %d is not listening", port);
    }
    ~SippGateway()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // Waits until sipp listens on its port (false if it never does).
    bool listening(int timeoutMs = 10'000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!udpPortListening(m_port)) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return false;
            QThread::msleep(10);
        }
        return true;
    }
    // True when sipp finished its one call successfully.
    bool succeeded(int timeoutMs = 40'000)
    {
        // waitForFinished() is false for a process that already ended.
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs)) {
            qWarning("sipp gateway still running after %d ms", timeoutMs);
            return false;
        }
        if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0) {
            qWarning("sipp gateway exit code %d: %s", m_process.exitCode(),
                     m_process.readAllStandardError().right(500).constData());
            return false;
        }
        return true;
    }

private:
    int m_port = 0;
    QProcess m_process;
};

// sipp as a gateway on 127.0.0.1:port playing `name` from tests/sip/scenarios
// with its placeholders filled in (the other arguments as SippGateway's).
inline SippGateway sippGateway(const QTemporaryDir& dir, int port, const QString& name,
                               const QList<QPair<QString, QString>>& values = {}, int calls = 1,
                               int timeoutSeconds = 30, const QStringList& extraArgs = {})
{
    return SippGateway(dir, writeScenario(dir, name, values), port, calls, timeoutSeconds, extraArgs);
}

// The placeholder of the scenarios that answer, talk for `ms` and hang up.
inline QList<QPair<QString, QString>> talkingFor(int ms)
{
    return {{QStringLiteral("TALK_MS"), QString::number(ms)}};
}

} // namespace rebound::test
