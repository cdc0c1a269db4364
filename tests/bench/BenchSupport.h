// Helpers shared by the benchmarks: figures printed in one layout, timed
// rounds, options and main(); and for those that drive real processes on
// loopback (BenchSip, BenchCallback, BenchWebExhaustion), what /proc says
// about a process, free loopback ports, child processes that never outlive
// the benchmark, and sipp's statistics file.
#pragma once

#include "accounts/AccountService.h"
#include "core/PasswordHash.h"
#include "demo/DemoData.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QLocale>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QThread>
#include <QUdpSocket>
#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <optional>
#include <stdexcept>
#include <sys/prctl.h>
#include <unistd.h>
#include <vector>

namespace rebound::bench {

// ---------------------------------------------------------------- number formatting

inline QString grouped(double value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(static_cast<qlonglong>(std::llround(value)));
}

inline QString seconds(double s)
{
    return QStringLiteral("%1 s").arg(s, 0, 'f', s < 10 ? 2 : 1);
}

inline QString megabytesFromKb(qint64 kb)
{
    return QStringLiteral("%1 MB").arg(double(kb) / 1024.0, 0, 'f', 1);
}

inline QString signedMegabytesFromKb(qint64 kb)
{
    return QStringLiteral("%1%2 MB")
        .arg(kb < 0 ? QString() : QStringLiteral("+"))
        .arg(double(kb) / 1024.0, 0, 'f', kb > -1024 && kb < 1024 ? 2 : 1);
}

inline QString megabytes(double bytes)
{
    return QStringLiteral("%1 MB").arg(bytes / (1024.0 * 1024.0), 0, 'f', 1);
}

inline double perSecond(std::size_t count, std::int64_t nanoseconds)
{
    return nanoseconds > 0 ? static_cast<double>(count) * 1e9 / static_cast<double>(nanoseconds) : 0.0;
}

inline QString metOrMissed(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

inline QString ratio(double r)
{
    return QStringLiteral("%1x").arg(r, 0, 'f', r < 10 ? 2 : 0);
}

inline void line(const QString& label, const QString& text)
{
    std::printf("  %-33s %s\n", qPrintable(label), qPrintable(text));
    std::fflush(stdout);
}

inline void heading(const QString& text)
{
    std::printf("\n%s\n", qPrintable(text));
    std::fflush(stdout);
}

inline QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (QByteArray row = file.readLine(); !row.isEmpty(); row = file.readLine()) {
        if (row.startsWith("model name")) {
            const qsizetype colon = row.indexOf(':');
            return QString::fromUtf8(row.mid(colon + 1)).trimmed();
        }
    }
    return {};
}

// "2 cores, <CPU model>", for the heading of every benchmark.
inline QString machine()
{
    const QString model = cpuModel();
    return QStringLiteral("%1 cores, %2")
        .arg(QThread::idealThreadCount())
        .arg(model.isEmpty() ? QStringLiteral("unknown CPU") : model);
}

// ---------------------------------------------------------------- /proc

// /proc files report size 0: read line by line until readLine() is empty.
inline QList<QByteArray> procLines(const QString& path)
{
    QList<QByteArray> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (QByteArray row = file.readLine(); !row.isEmpty(); row = file.readLine())
        lines.append(row);
    return lines;
}

// "VmRSS:     12345 kB" -> 12345, or -1.
inline qint64 kbField(const QList<QByteArray>& lines, const char* key)
{
    for (const QByteArray& row : lines) {
        if (row.startsWith(key)) {
            const QList<QByteArray> parts = row.mid(qsizetype(qstrlen(key))).simplified().split(' ');
            bool ok = false;
            const qint64 value = parts.value(0).toLongLong(&ok);
            return ok ? value : -1;
        }
    }
    return -1;
}

struct Memory
{
    qint64 rssKb = -1;
    qint64 peakKb = -1;         // VmHWM
    qint64 anonKb = -1;         // RssAnon: heap and stacks, no file pages
    qint64 privateDirtyKb = -1; // smaps_rollup
    double cpuSeconds = -1;     // user + system, all threads

    bool valid() const { return rssKb >= 0; }
};

inline Memory readMemory(qint64 pid)
{
    Memory m;
    const QString base = QStringLiteral("/proc/%1/").arg(pid);
    const QList<QByteArray> status = procLines(base + QStringLiteral("status"));
    m.rssKb = kbField(status, "VmRSS:");
    m.peakKb = kbField(status, "VmHWM:");
    m.anonKb = kbField(status, "RssAnon:");
    m.privateDirtyKb = kbField(procLines(base + QStringLiteral("smaps_rollup")), "Private_Dirty:");
    // /proc/PID/stat: "pid (comm) state ppid ..." - utime and stime are the
    // 12th and 13th fields after the closing parenthesis (comm may hold spaces).
    const QList<QByteArray> stat = procLines(base + QStringLiteral("stat"));
    if (!stat.isEmpty()) {
        const QByteArray& row = stat.first();
        const QList<QByteArray> fields = row.mid(row.lastIndexOf(')') + 2).simplified().split(' ');
        if (fields.size() > 12) {
            const double ticks = double(sysconf(_SC_CLK_TCK));
            m.cpuSeconds = double(fields[11].toLongLong() + fields[12].toLongLong()) / ticks;
        }
    }
    return m;
}

// CPU time of a process, all threads, user + system, to the nanosecond (its
// CPU-time clock), where /proc/PID/stat counts 10 ms ticks; -1 when the
// clock cannot be read.
inline double processCpuSeconds(qint64 pid)
{
    clockid_t clock = 0;
    timespec now = {};
    if (clock_getcpuclockid(pid_t(pid), &clock) != 0 || clock_gettime(clock, &now) != 0)
        return -1;
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// ---------------------------------------------------------------- ports and children

// A loopback port free for UDP and TCP (Sofia listens on both) right now.
inline int freePort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = udp.localPort();
        QTcpServer tcp;
        if (tcp.listen(QHostAddress::LocalHost, port))
            return port;
    }
    throw std::runtime_error("cannot find a free loopback port");
}

// A free UDP port P whose P + 2 is free as well (sipp's RTP echo sockets).
inline int freeMediaPort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QUdpSocket first;
        QUdpSocket second;
        if (first.bind(QHostAddress::LocalHost, 0) && first.localPort() < 65533 &&
            second.bind(QHostAddress::LocalHost, first.localPort() + 2))
            return first.localPort();
    }
    throw std::runtime_error("cannot find a free pair of loopback ports for sipp's media");
}

// Children die with us even if we crash (PR_SET_PDEATHSIG); otherwise the
// owners below stop them.
inline void dieWithParent(QProcess& process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

inline QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

inline QString tail(const QString& text, qsizetype chars = 600)
{
    return text.size() <= chars ? text.trimmed() : QStringLiteral("...") + text.right(chars).trimmed();
}

// A SIP server child process: its stderr goes to a file; it is ready once
// that file shows a marker line. Stopped (SIGTERM, then SIGKILL) when
// destroyed, so no way out of the benchmark leaves one running.
class Server
{
public:
    static constexpr int StartTimeoutMs = 20'000; // a server must be listening by then

    explicit Server(QString logPath)
        : m_logPath(std::move(logPath))
    {
    }
    ~Server() { stop(); }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    void start(const QString& program, const QStringList& arguments, const char* readyMarker)
    {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setStandardOutputFile(m_logPath + QStringLiteral(".out"));
        m_process.setStandardErrorFile(m_logPath);
        dieWithParent(m_process);
        m_process.start();
        if (!m_process.waitForStarted(10'000))
            throw std::runtime_error(
                qPrintable(QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString())));
        QDeadlineTimer deadline(StartTimeoutMs);
        while (!log().contains(QLatin1String(readyMarker))) {
            if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(50))
                throw std::runtime_error(
                    qPrintable(QStringLiteral("the server exited before listening (exit code %1): %2")
                                   .arg(m_process.exitCode())
                                   .arg(tail(log()))));
            if (deadline.hasExpired())
                throw std::runtime_error(
                    qPrintable(QStringLiteral("the server did not listen within %1 s: %2")
                                   .arg(StartTimeoutMs / 1000)
                                   .arg(tail(log()))));
        }
    }

    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    QString log() const { return readText(m_logPath); }

    // Waits `ms` while watching the process; false when it is gone.
    bool idle(int ms)
    {
        if (!running())
            return false;
        return !m_process.waitForFinished(ms);
    }

    // How it ended, for the report.
    QString stop()
    {
        if (m_stopped)
            return m_howStopped;
        m_stopped = true;
        if (m_process.state() == QProcess::NotRunning) {
            m_howStopped = m_process.processId() == 0 && m_process.exitCode() == 0
                               ? QStringLiteral("never started")
                               : QStringLiteral("had already exited (code %1)").arg(m_process.exitCode());
            return m_howStopped;
        }
        m_process.terminate();
        if (m_process.waitForFinished(10'000)) {
            m_howStopped = m_process.exitStatus() == QProcess::NormalExit
                               ? QStringLiteral("exit code %1 after SIGTERM").arg(m_process.exitCode())
                               : QStringLiteral("died on SIGTERM");
        } else {
            m_process.kill();
            m_process.waitForFinished(5'000);
            m_howStopped = QStringLiteral("killed (no exit within 10 s of SIGTERM)");
        }
        return m_howStopped;
    }

private:
    QString m_logPath;
    QProcess m_process;
    bool m_stopped = false;
    QString m_howStopped;
};

// ---------------------------------------------------------------- sipp

struct SippResult
{
    int exitCode = -1;
    double wallSeconds = 0;    // process start to exit
    double trafficSeconds = 0; // sipp's own clock: first to last statistics dump
    qint64 created = 0;
    qint64 successful = 0;
    qint64 failed = 0;
    qint64 retransmissions = 0;
    qint64 deadCallMessages = 0; // e.g. a 486 retransmitted after the call ended
    double meanCallMs = -1;      // sipp's mean call length (it counts whole milliseconds)
    qint64 udpDrops = -1;        // machine-wide UDP receive-buffer drops while sipp ran
    QString firstError;

    double seconds() const { return trafficSeconds > 0 ? trafficSeconds : wallSeconds; }
    double perSecond() const { return seconds() > 0 ? double(successful) / seconds() : 0; }
};

// "2026-03-01\t10:00:00.123456\t1772359200.123456" -> the epoch seconds.
inline double stamp(const QString& field)
{
    return field.section(QLatin1Char('\t'), -1).toDouble();
}

// "HH:MM:SS:micro" -> milliseconds.
inline double durationMs(const QString& field)
{
    const QStringList parts = field.split(QLatin1Char(':'));
    if (parts.size() != 4)
        return -1;
    return (parts[0].toDouble() * 3600 + parts[1].toDouble() * 60 + parts[2].toDouble()) * 1000 +
           parts[3].toDouble() / 1000;
}

// A counter of the Udp: lines of /proc/net/snmp, machine-wide (every process),
// or -1: "InDatagrams", "OutDatagrams", "RcvbufErrors" (datagrams the kernel
// dropped because a socket's receive buffer was full) ...
inline qint64 udpCounter(const char* name)
{
    QList<QByteArray> names;
    for (const QByteArray& row : procLines(QStringLiteral("/proc/net/snmp"))) {
        if (!row.startsWith("Udp:"))
            continue;
        const QList<QByteArray> fields = row.simplified().split(' ');
        if (names.isEmpty()) {
            names = fields;
        } else {
            const qsizetype i = names.indexOf(name);
            return i > 0 && i < fields.size() ? fields[i].toLongLong() : -1;
        }
    }
    return -1;
}

// One sipp process, started in the background. Besides the arguments it is
// given it always gets what every benchmark here needs: SIP, media and
// control sockets on 127.0.0.1 and free ports, no keyboard, statistics every
// second and errors into files in workDir named after `tag`. Stopped
// (SIGTERM, then SIGKILL) when destroyed.
class Sipp
{
public:
    Sipp(QString workDir, QString tag)
        : m_dir(std::move(workDir))
        , m_tag(std::move(tag))
    {
    }
    ~Sipp() { stop(); }
    Sipp(const Sipp&) = delete;
    Sipp& operator=(const Sipp&) = delete;

    // mediaPort 0: a free one (sipp binds its RTP echo sockets even when the
    // scenario sends no media).
    void start(const QStringList& arguments, int mediaPort = 0)
    {
        QFile::remove(path(QStringLiteral("-stat.csv")));
        QFile::remove(path(QStringLiteral("-errors.log")));
        QStringList all = arguments;
        all << QStringLiteral("-i") << QStringLiteral("127.0.0.1") << QStringLiteral("-mp")
            << QString::number(mediaPort > 0 ? mediaPort : freeMediaPort()) << QStringLiteral("-ci")
            << QStringLiteral("127.0.0.1") << QStringLiteral("-cp") << QString::number(freePort())
            << QStringLiteral("-nostdin") << QStringLiteral("-trace_stat") << QStringLiteral("-stf")
            << path(QStringLiteral("-stat.csv")) << QStringLiteral("-fd") << QStringLiteral("1")
            << QStringLiteral("-trace_err") << QStringLiteral("-error_file")
            << path(QStringLiteral("-errors.log"));
        if (!all.contains(QStringLiteral("-p")))
            all << QStringLiteral("-p") << QString::number(freePort());
        m_dropsBefore = udpCounter("RcvbufErrors");
        m_process.setWorkingDirectory(m_dir);
        m_process.setStandardOutputFile(path(QStringLiteral("-sipp.out")));
        m_process.setStandardErrorFile(path(QStringLiteral("-sipp.err")));
        dieWithParent(m_process);
        m_timer.start();
        m_process.start(QStringLiteral("sipp"), all);
        if (!m_process.waitForStarted(10'000))
            throw std::runtime_error(qPrintable(
                QStringLiteral("cannot start sipp: %1 (package sip-tester)").arg(m_process.errorString())));
    }

    qint64 pid() const { return m_process.processId(); }
    // Without an event loop QProcess only notices an exit while waiting.
    bool running() { return m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(0); }
    // True once sipp has exited by itself, waiting at most `ms`.
    bool waitForExit(int ms) { return !running() || m_process.waitForFinished(ms); }

    void stop()
    {
        if (!running())
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }

    // Stops sipp if it still runs, then reads its statistics file: a header
    // line of names, then one line per dump; the last line holds the
    // cumulative (C) figures. Throws when there is none.
    SippResult result()
    {
        SippResult r;
        r.wallSeconds = double(m_timer.nsecsElapsed()) / 1e9;
        stop();
        r.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        const qint64 dropsAfter = udpCounter("RcvbufErrors");
        if (m_dropsBefore >= 0 && dropsAfter >= 0)
            r.udpDrops = dropsAfter - m_dropsBefore;
        const QStringList rows =
            readText(path(QStringLiteral("-stat.csv"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (rows.size() < 2)
            throw std::runtime_error(qPrintable(QStringLiteral("sipp wrote no statistics (exit code %1): %2")
                                                    .arg(r.exitCode)
                                                    .arg(tail(readText(path(QStringLiteral("-sipp.err")))))));
        const QStringList names = rows.first().split(QLatin1Char(';'));
        const QStringList values = rows.last().split(QLatin1Char(';'));
        const auto value = [&](const char* name) {
            const qsizetype i = names.indexOf(QLatin1String(name));
            return i >= 0 && i < values.size() ? values[i] : QString();
        };
        r.trafficSeconds = stamp(value("CurrentTime")) - stamp(value("StartTime"));
        r.created = value("TotalCallCreated").toLongLong();
        r.successful = value("SuccessfulCall(C)").toLongLong();
        r.failed = value("FailedCall(C)").toLongLong();
        r.retransmissions = value("Retransmissions(C)").toLongLong();
        r.deadCallMessages = value("DeadCallMsgs(C)").toLongLong();
        r.meanCallMs = durationMs(value("CallLength(C)"));
        // The error log starts with a header line, then one event per entry.
        const QStringList errors =
            readText(path(QStringLiteral("-errors.log"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (errors.size() > 1)
            r.firstError = errors[1].section(QStringLiteral(": "), 1).left(160);
        return r;
    }

private:
    QString path(const QString& suffix) const { return QDir(m_dir).filePath(m_tag + suffix); }

    QString m_dir;
    QString m_tag;
    QProcess m_process;
    QElapsedTimer m_timer;
    qint64 m_dropsBefore = -1;
};

// ---------------------------------------------------------------- the switch's database

// The demo data for a benchmark that sends the switch more than people would,
// with the guards that would refuse it lifted: the anti-repeat window and the
// SIP flood limits, the demo carrier's too (sipp plays it, and a trusted
// gateway has limits of its own, 200/s by default: without them most
// messages got 503). Password hashing is made cheap first: the demo logins'
// hashes are the slow part of seeding and play no part in any figure.
inline void seedDemoWithoutGuards(const store::Database& db, const core::Clock& clock)
{
    core::PasswordHash::setDefaultIterationsForTesting(1000);
    if (!demo::DemoData::seed(db, clock))
        throw std::runtime_error("the demo data was not seeded (the database has subscribers already)");
    store::SettingsRepository settings(db);
    settings.setValue(QStringLiteral("callback.anti_repeat_seconds"), QStringLiteral("0"));
    settings.setValue(QStringLiteral("sip.rate_per_second"), QStringLiteral("1000000"));
    settings.setValue(QStringLiteral("sip.burst"), QStringLiteral("1000000"));
    settings.setValue(QStringLiteral("sip.trusted_rate_per_second"), QStringLiteral("100000"));
    settings.setValue(QStringLiteral("sip.trusted_burst"), QStringLiteral("1000000"));
}

// Runs a benchmark's body; what it throws becomes a message on stderr and
// exit code 2 (the codes it returns itself are kept).
template <typename Body>
int reportingErrors(const char* name, Body&& body)
{
    try {
        return body();
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "%s: %s\n", name, qPrintable(e.message()));
    } catch (const accounts::ValidationError& e) {
        std::fprintf(stderr, "%s: %s\n", name, qPrintable(e.message()));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: %s\n", name, e.what());
    }
    return 2;
}

// ---------------------------------------------------------------- rounds and main()

struct Measured
{
    std::int64_t medianNs = 0;
    std::int64_t bestNs = 0;
};

// Runs work() `rounds` times. Every round must produce the same checksum,
// which is also what keeps the compiler from dropping the work.
template <typename Work>
Measured measure(int rounds, Work work, std::uint64_t& checksum)
{
    std::vector<std::int64_t> ns;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const std::uint64_t sum = work();
        ns.push_back(timer.nsecsElapsed());
        if (round > 0 && sum != checksum)
            throw std::runtime_error("a benchmark round gave a different checksum");
        checksum = sum;
    }
    std::sort(ns.begin(), ns.end());
    return {ns[ns.size() / 2], ns.front()};
}

// Reads a benchmark's option values; what is wrong is said on stderr, and
// ok() is false from then on.
class OptionValues
{
public:
    explicit OptionValues(const QCommandLineParser& parser)
        : m_parser(parser)
    {
    }

    // A whole number from 1 (to `most`, unless 0).
    std::size_t count(const QCommandLineOption& option, std::size_t most = 0)
    {
        bool valid = false;
        const qulonglong value = m_parser.value(option).toULongLong(&valid);
        if (most == 0 && (!valid || value == 0))
            fail(QStringLiteral("--%1 must be a positive whole number").arg(option.names().first()));
        else if (most > 0 && (!valid || value == 0 || value > most))
            fail(QStringLiteral("--%1 must be a whole number from 1 to %2")
                     .arg(option.names().first(), grouped(double(most))));
        return static_cast<std::size_t>(value);
    }

    // A number above 0.
    double positive(const QCommandLineOption& option)
    {
        bool valid = false;
        const double value = m_parser.value(option).toDouble(&valid);
        if (!valid || value <= 0)
            fail(QStringLiteral("--%1 must be a positive number").arg(option.names().first()));
        return value;
    }

    void fail(const QString& message)
    {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        m_ok = false;
    }
    bool ok() const { return m_ok; }

private:
    const QCommandLineParser& m_parser;
    bool m_ok = true;
};

// main() of a benchmark with options: an application object (the Qt SQL
// driver plugin is only found with one), the options parsed (exit code 2
// when they are wrong), then run() with its errors reported.
template <typename Options>
int benchMain(int argc, char* argv[], const char* name,
              std::optional<Options> (*parseOptions)(const QCoreApplication&), int (*run)(const Options&))
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(name));
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;
    return reportingErrors(name, [&] { return run(*options); });
}

} // namespace rebound::bench
