// SIP trigger benchmark: DID triggers per second through the real
// rebound-switch binary (INVITE -> flood guard, trusted-source check, DID
// lookup, callback request row, 486 Busy Here -> ACK), driven by sipp on
// loopback, beside two baselines driven by the identical sipp runs in the
// same run: a bare Sofia-SIP nua that answers 486 at once (no Qt, Sofia's own
// event loop) and rebound::sip::SipStack with a handler that answers 486
// without a database. For each server it also reads the process's memory
// after a warm-up and after each of two rounds of rejected INVITEs, then
// after a third, paced round that shows whether it keeps growing. Prints figures; the exit code is 0 unless a
// server or sipp could not run at all, because the machines it runs on are
// shared and noisy.
//
// BenchSip --bare-responder PORT and --stack-responder PORT are the
// baselines' child-process modes.

#include "BenchSupport.h"
#include "accounts/AccountService.h"
#include "core/Clock.h"
#include "core/UnixSignals.h"
#include "sip/SipStack.h"
#include "store/Database.h"
#include "store/Gateway.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_wait.h>
#include <stdexcept>
#include <vector>

using namespace rebound;
using namespace rebound::bench;

namespace {

// ---------------------------------------------------------------- options

struct Options
{
    std::size_t calls = 10'000; // per round: two measured, then the paced memory round
    std::size_t warmup = 1'000;
    int concurrency = 64; // sipp -l: calls open at once (closed loop)
    // Pause after each round before memory is read: Sofia keeps a UDP INVITE
    // server transaction for Timer I (T4, 5 s) after its ACK, so reading at
    // once would count transactions that are about to go.
    double settleSeconds = 6;
    bool keepDir = false;
    QString switchExe = QStringLiteral(REBOUND_SWITCH_EXE);
};

constexpr std::size_t MaxCalls = 1'000'000;
constexpr std::size_t PerTenThousand = 10'000;
constexpr int SippRate = 100'000; // calls/s offered; -l is what really limits

const char* const SwitchReady = "running, SIP on";
const char* const ResponderReady = "BenchSip responder: listening on";

struct SippSetup
{
    QString workDir;
    QString scenario;
    int concurrency = 64;
};

// One sipp run of `calls` calls against 127.0.0.1:serverPort, DIDs from csv.
// `rate` caps the calls started per second (0: as fast as -l allows).
SippResult runSipp(const SippSetup& setup, int serverPort, const QString& csv, std::size_t calls,
                   const QString& tag, int rate)
{
    // A generous ceiling that a working server never reaches (the switch
    // manages hundreds of calls per second on a slow disk).
    const int timeoutSeconds = int(calls / 20) + 60;
    Sipp sipp(setup.workDir, tag);
    sipp.start({QStringLiteral("127.0.0.1:%1").arg(serverPort), QStringLiteral("-sf"), setup.scenario,
                QStringLiteral("-inf"), csv, QStringLiteral("-m"), QString::number(calls),
                QStringLiteral("-r"), QString::number(rate > 0 ? rate : SippRate), QStringLiteral("-l"),
                QString::number(setup.concurrency),
                // sipp's default 64 KB socket buffer overflows when a few dozen
                // answers arrive at once: answers are lost and each loss costs a
                // 500 ms INVITE retransmission, which then dominates a fast round.
                QStringLiteral("-buff_size"), QStringLiteral("1048576"), QStringLiteral("-recv_timeout"),
                QStringLiteral("10000"), QStringLiteral("-timeout"),
                QStringLiteral("%1s").arg(timeoutSeconds), QStringLiteral("-timeout_error")});
    if (!sipp.waitForExit((timeoutSeconds + 30) * 1000)) {
        sipp.stop();
        throw std::runtime_error("sipp did not finish in time and was killed");
    }
    return sipp.result();
}

// ---------------------------------------------------------------- the database

QString didNumber(std::size_t index)
{
    return QStringLiteral("1555%1").arg(qulonglong(index), 7, 10, QLatin1Char('0'));
}

// Demo data (the demo carrier trusts 127.0.0.1), settings that keep the
// anti-repeat window and the flood guard out of the measurement, and one
// subscriber with a DID of its own for every INVITE of the run.
void prepareDatabase(const store::Database& db, std::size_t subscribers)
{
    const core::Clock& clock = core::SystemClock::instance();
    seedDemoWithoutGuards(db, clock); // the demo carrier sends these INVITEs
    store::SettingsRepository settings(db);
    // A trigger ends with its request committed and queued for calling back
    // after callback.delay_ms; the call itself (credit hold, leg A, IVR) is
    // BenchCallback's measure. The longest delay keeps every callback queued
    // until the switch stops, so the rounds time triggers alone.
    settings.setValue(QStringLiteral("callback.delay_ms"), QStringLiteral("120000"));
    // Not part of a trigger: no copy of the database in the middle of a round.
    settings.setValue(QStringLiteral("backup.daily"), QStringLiteral("off"));

    accounts::AccountService service(db, clock);
    const QStringList plans = service.sellPlanNames();
    if (plans.isEmpty())
        throw std::runtime_error("the demo data has no sell plan");
    store::GatewayRepository gateways(db, clock);
    store::Database::Transaction transaction(db);
    for (std::size_t i = 1; i <= subscribers; ++i) {
        accounts::AccountForm form;
        form.accountCode = QString::number(20'000'000 + qulonglong(i));
        form.name = QStringLiteral("Bench %1").arg(i);
        form.callbackNumber = QStringLiteral("+447700900123");
        form.sellPlan = plans.first();
        // A subscriber with nothing to spend is refused before any request
        // row is written: every trigger here must be able to succeed.
        form.openingBalance = QStringLiteral("10");
        const store::Account account = service.add(form, QStringLiteral("bench"));
        store::Did did;
        did.number = didNumber(i);
        did.accountId = account.id;
        gateways.insertDid(did);
    }
    transaction.commit();
}

// sipp's injection file: one DID per call, in order.
void writeDids(const QString& path, std::size_t first, std::size_t count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write sipp's injection file");
    QByteArray text = "SEQUENTIAL\n";
    text.reserve(qsizetype(count * 14 + 16));
    for (std::size_t i = first; i < first + count; ++i)
        text += '+' + didNumber(i).toLatin1() + ";\n";
    file.write(text);
}

qint64 countOf(const store::Database& db, const QString& sql)
{
    QSqlQuery q = db.run(sql, {}, QStringLiteral("counting benchmark rows"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

// ---------------------------------------------------------------- measuring one server

struct Round
{
    QString label;
    std::size_t calls = 0;
    SippResult sipp;
    Memory memory;       // after the round and the settle pause
    qint64 rows = -1;    // callback request rows the round created (switch only)
    qint64 ignored = -1; // triggers ignored or refused (switch only)
};

struct Target
{
    QString name;
    QString error; // set when it could not run
    Memory started;
    std::vector<Round> rounds; // warm-up, round 1, round 2, the paced memory round
    QString stopped;
    QString stopLine; // the responder's last word (live handles), if any

    double rate() const // the measured rounds together
    {
        double calls = 0;
        double time = 0;
        for (std::size_t i = 1; i <= 2 && i < rounds.size(); ++i) {
            calls += double(rounds[i].sipp.successful);
            time += rounds[i].sipp.seconds();
        }
        return time > 0 ? calls / time : 0;
    }
    bool measured() const { return error.isEmpty() && rounds.size() == 4; }
    // Half the slower measured round's rate: the memory round keeps fewer
    // INVITE transactions alive at once than the rounds before it did.
    int pacedRate() const
    {
        const double slower = std::min(rounds[1].sipp.perSecond(), rounds[2].sipp.perSecond());
        return std::max(100, int(slower / 2));
    }
    // Server CPU (all threads) per INVITE over the measured rounds, or -1.
    double cpuMicroseconds() const
    {
        if (!measured() || rounds[0].memory.cpuSeconds < 0 || rounds[2].memory.cpuSeconds < 0)
            return -1;
        const double calls = double(rounds[1].calls + rounds[2].calls);
        return (rounds[2].memory.cpuSeconds - rounds[0].memory.cpuSeconds) * 1e6 / calls;
    }
};

struct RoundPlan
{
    QString label;
    QString csv;
    std::size_t calls;
    // Paced at half the measured rate (Target::pacedRate), so Sofia's
    // transactions in flight stay below the high-water mark the fast rounds
    // left: what memory it then gains is growth, not a deeper backlog.
    bool paced = false;
};

QString memoryText(const Memory& m, const Memory* before, std::size_t calls)
{
    if (!m.valid())
        return QStringLiteral("(unreadable)");
    QString text = QStringLiteral("RSS %1").arg(megabytesFromKb(m.rssKb));
    if (before && before->valid())
        text += QStringLiteral(" (%1)").arg(signedMegabytesFromKb(m.rssKb - before->rssKb));
    if (m.privateDirtyKb >= 0) {
        text += QStringLiteral(", private dirty %1").arg(megabytesFromKb(m.privateDirtyKb));
        if (before && before->privateDirtyKb >= 0) {
            const qint64 delta = m.privateDirtyKb - before->privateDirtyKb;
            text += QStringLiteral(" (%1, %2 bytes/INVITE)")
                        .arg(signedMegabytesFromKb(delta))
                        .arg(calls > 0 ? double(delta) * 1024.0 / double(calls) : 0.0, 0, 'f', 1);
        }
    }
    text += QStringLiteral(", peak %1").arg(megabytesFromKb(m.peakKb));
    return text;
}

void printRound(const Round& round, const Memory& before, bool countsRows)
{
    const SippResult& s = round.sipp;
    QString text = QStringLiteral("%1 of %2 calls 486 + ACK in %3: %4/s")
                       .arg(grouped(double(s.successful)), grouped(double(round.calls)), seconds(s.seconds()),
                            grouped(s.perSecond()));
    text += s.meanCallMs < 1 ? QStringLiteral(", mean call < 1 ms")
                             : QStringLiteral(", mean call %1 ms").arg(s.meanCallMs, 0, 'f', 0);
    if (s.failed > 0 || s.exitCode != 0)
        text += QStringLiteral(", %1 FAILED (sipp exit %2)").arg(grouped(double(s.failed))).arg(s.exitCode);
    if (s.retransmissions > 0)
        text += QStringLiteral(", %1 INVITE retransmissions").arg(grouped(double(s.retransmissions)));
    if (s.deadCallMessages > 0)
        text += QStringLiteral(", %1 messages for ended calls").arg(grouped(double(s.deadCallMessages)));
    if (s.udpDrops > 0)
        text += QStringLiteral(", %1 UDP datagrams dropped (machine-wide)").arg(grouped(double(s.udpDrops)));
    line(round.label, text);
    if (!s.firstError.isEmpty())
        line(QString(), QStringLiteral("first sipp error: %1").arg(s.firstError));
    if (countsRows)
        line(QString(), QStringLiteral("%1 callback request rows created, %2 triggers ignored or refused")
                            .arg(grouped(double(round.rows)), grouped(double(round.ignored))));
    QString memory = memoryText(round.memory, &before, round.calls);
    if (round.memory.cpuSeconds >= 0 && before.cpuSeconds >= 0 && round.calls > 0)
        memory +=
            QStringLiteral(", CPU %1 us/INVITE")
                .arg((round.memory.cpuSeconds - before.cpuSeconds) * 1e6 / double(round.calls), 0, 'f', 0);
    line(QString(), memory);
}

// Starts a server, runs the rounds against it, reads its memory after each.
Target measure(const QString& name, Server& server, const std::function<int()>& start,
               const std::vector<RoundPlan>& plan, const SippSetup& sipp, const Options& o,
               const store::Database* db)
{
    Target target;
    target.name = name;
    heading(name);
    try {
        const int port = start();
        target.started = readMemory(server.pid());
        line(QStringLiteral("listening"), QStringLiteral("127.0.0.1:%1, pid %2; %3")
                                              .arg(port)
                                              .arg(server.pid())
                                              .arg(memoryText(target.started, nullptr, 0)));
        const QString requests = QStringLiteral("SELECT COUNT(*) FROM callback_requests");
        const QString ignored = QStringLiteral(
            "SELECT COUNT(*) FROM audit_log WHERE action IN ('callback.ignored', 'callback.refused')");
        for (const RoundPlan& p : plan) {
            Round round;
            round.label = p.label;
            round.calls = p.calls;
            const qint64 rowsBefore = db ? countOf(*db, requests) : -1;
            const qint64 ignoredBefore = db ? countOf(*db, ignored) : -1;
            const int rate = p.paced ? target.pacedRate() : 0;
            round.sipp = runSipp(
                sipp, port, p.csv, p.calls,
                QStringLiteral("%1-%2").arg(target.rounds.size()).arg(name.section(QLatin1Char(' '), 0, 0)),
                rate);
            if (p.paced)
                round.label += QStringLiteral(" (%1/s)").arg(rate);
            if (!server.idle(int(o.settleSeconds * 1000)))
                throw std::runtime_error(qPrintable(
                    QStringLiteral("the server exited during the run: %1").arg(tail(server.log()))));
            round.memory = readMemory(server.pid());
            if (db) {
                round.rows = countOf(*db, requests) - rowsBefore;
                round.ignored = countOf(*db, ignored) - ignoredBefore;
            }
            printRound(round, target.rounds.empty() ? target.started : target.rounds.back().memory,
                       db != nullptr);
            target.rounds.push_back(round);
        }
    } catch (const std::exception& e) {
        target.error = QString::fromUtf8(e.what());
        line(QStringLiteral("COULD NOT RUN"), target.error);
    }
    target.stopped = server.stop();
    const QStringList lines = server.log().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& row : lines)
        if (row.contains(QLatin1String("handles alive")) || row.contains(QLatin1String("stopped cleanly")))
            target.stopLine = row.trimmed();
    line(QStringLiteral("stopped"), target.stopLine.isEmpty()
                                        ? target.stopped
                                        : QStringLiteral("%1: \"%2\"").arg(target.stopped, target.stopLine));
    return target;
}

// ---------------------------------------------------------------- child modes: the baselines

// Bare Sofia-SIP: nua on its own su_root (epoll), no Qt, no copies; the same
// nua settings as SipStack. Answers every INVITE 486 at once and destroys
// the handle when nua reports the call terminated, as SipStack does.
struct Bare
{
    su_root_t* root = nullptr;
    nua_t* nua = nullptr;
    long live = 0;
    long peak = 0;
    unsigned long answered = 0;
    bool stopping = false;
    int stopTicks = 0;
};

char BareInvite; // hmagic of the INVITE handles we answered

volatile std::sig_atomic_t bareStopRequested = 0;

void onBareSignal(int)
{
    bareStopRequested = 1;
}

void bareEvent(nua_event_t event, int status, char const*, nua_t* nua, nua_magic_t* magic, nua_handle_t* nh,
               nua_hmagic_t* hmagic, sip_t const*, tagi_t tags[])
{
    Bare& bare = *static_cast<Bare*>(magic);
    switch (event) {
    case nua_i_invite:
        if (!hmagic) {
            nua_respond(nh, 486, "Busy Here", NUTAG_WITH_THIS(nua), TAG_END());
            nua_handle_bind(nh, &BareInvite);
            ++bare.answered;
            bare.peak = std::max(bare.peak, ++bare.live);
        }
        return;
    case nua_i_state: {
        int callstate = nua_callstate_init;
        tl_gets(tags, NUTAG_CALLSTATE_REF(callstate), TAG_END());
        if (callstate == nua_callstate_terminated && hmagic == &BareInvite) {
            nua_handle_bind(nh, nullptr);
            --bare.live;
            nua_handle_destroy(nh);
        }
        return;
    }
    case nua_r_shutdown:
        if (status >= 200)
            su_root_break(bare.root);
        return;
    default:
        if (nh && !hmagic && event < nua_r_set_params && status >= 200)
            nua_handle_destroy(nh);
        return;
    }
}

void bareTick(su_root_magic_t*, su_timer_t*, su_timer_arg_t* arg)
{
    Bare& bare = *static_cast<Bare*>(arg);
    if (!bareStopRequested)
        return;
    if (!bare.stopping) {
        bare.stopping = true;
        std::fprintf(stderr,
                     "BenchSip responder: stopping; %ld nua handles alive (peak %ld), %lu INVITEs answered\n",
                     bare.live, bare.peak, bare.answered);
        nua_shutdown(bare.nua);
    } else if (++bare.stopTicks > 50) {
        su_root_break(bare.root); // Sofia did not confirm within 5 s
    }
}

int runBareResponder(int port)
{
    struct sigaction action = {};
    action.sa_handler = onBareSignal;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    su_init();
    Bare bare;
    bare.root = su_root_create(nullptr);
    if (!bare.root) {
        std::fprintf(stderr, "BenchSip responder: cannot create the su_root\n");
        return 1;
    }
    su_root_threading(bare.root, 0);
    const QByteArray url = QStringLiteral("sip:127.0.0.1:%1").arg(port).toLatin1();
    bare.nua = nua_create(bare.root, bareEvent, &bare, NUTAG_URL(url.constData()),
                          SIPTAG_USER_AGENT_STR("BenchSip-bare"), NUTAG_MEDIA_ENABLE(0), NUTAG_AUTOALERT(0),
                          NUTAG_AUTOANSWER(0), NUTAG_APPL_METHOD("INVITE"), NTATAG_UDP_MTU(65535), TAG_END());
    if (!bare.nua) {
        std::fprintf(stderr, "BenchSip responder: cannot listen on %s\n", url.constData());
        su_root_destroy(bare.root);
        su_deinit();
        return 1;
    }
    su_timer_t* timer = su_timer_create(su_root_task(bare.root), 100);
    su_timer_run(timer, bareTick, &bare);
    std::fprintf(stderr, "%s 127.0.0.1:%d (bare Sofia-SIP nua)\n", ResponderReady, port);
    su_root_run(bare.root);
    su_timer_destroy(timer);
    nua_destroy(bare.nua);
    su_root_destroy(bare.root);
    su_deinit();
    std::fprintf(stderr, "BenchSip responder: stopped\n");
    return 0;
}

// SipStack with a handler that never looks anything up.
class BusyHandler : public sip::SipRequestHandler
{
public:
    sip::SipReply handle(const sip::SipRequest&) override
    {
        sip::SipReply reply;
        reply.status = 486;
        reply.phrase = QStringLiteral("Busy Here");
        return reply;
    }
};

int runStackResponder(int port)
{
    BusyHandler handler;
    sip::SipStack stack(handler);
    sip::SipStack::Config config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    config.userAgent = QStringLiteral("BenchSip-stack");
    try {
        stack.start(config);
    } catch (const sip::SipError& e) {
        std::fprintf(stderr, "BenchSip responder: %s\n", qPrintable(e.message()));
        return 1;
    }
    core::UnixSignals signals;
    QObject::connect(&stack, &sip::SipStack::stopped, QCoreApplication::instance(), &QCoreApplication::quit);
    QObject::connect(&signals, &core::UnixSignals::terminationRequested, &stack, [&stack] {
        std::fprintf(stderr, "BenchSip responder: stopping; %d nua handles alive\n", stack.liveHandles());
        stack.shutdown();
        QTimer::singleShot(5000, QCoreApplication::instance(), &QCoreApplication::quit);
    });
    std::fprintf(stderr, "%s 127.0.0.1:%d (rebound::sip::SipStack)\n", ResponderReady, port);
    const int code = QCoreApplication::exec();
    std::fprintf(stderr, "BenchSip responder: stopped\n");
    return code;
}

// ---------------------------------------------------------------- options

struct Parsed
{
    Options options;
    int bareResponder = 0; // port, in the child modes
    int stackResponder = 0;
};

std::optional<Parsed> parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "SIP trigger benchmark: DID triggers per second through rebound-switch (INVITE -> 486 with the "
        "database lookup and the callback request row) beside a bare Sofia-SIP 486 responder and "
        "SipStack without a database, driven by sipp on loopback; and each server's memory per 10,000 "
        "rejected INVITEs. Prints figures; exits non-zero only when something could not run."));
    parser.addHelpOption();
    const QCommandLineOption calls(
        QStringLiteral("calls"),
        QStringLiteral("INVITEs in each round (two measured rounds and the paced memory round)."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption warmup(QStringLiteral("warmup"), QStringLiteral("INVITEs before the rounds."),
                                    QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         QStringLiteral("Calls sipp keeps open at once (sipp -l)."),
                                         QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption settle(QStringLiteral("settle"),
                                    QStringLiteral("Pause after each round before memory is read."),
                                    QStringLiteral("S"), QStringLiteral("6"));
    const QCommandLineOption keep(QStringLiteral("keep-dir"),
                                  QStringLiteral("Keep the temporary folder (database, logs, sipp files)."));
    const QCommandLineOption exe(
        QStringLiteral("switch"),
        QStringLiteral("The rebound-switch to run (a copy, so that a rebuild cannot replace it mid-run)."),
        QStringLiteral("PATH"), QStringLiteral(REBOUND_SWITCH_EXE));
    QCommandLineOption bare(QStringLiteral("bare-responder"),
                            QStringLiteral("Internal: be the bare Sofia-SIP 486 responder on PORT."),
                            QStringLiteral("PORT"));
    bare.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption stack(QStringLiteral("stack-responder"),
                             QStringLiteral("Internal: be the SipStack 486 responder on PORT."),
                             QStringLiteral("PORT"));
    stack.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({calls, warmup, concurrency, settle, keep, exe, bare, stack});
    parser.process(app);

    Parsed parsed;
    Options& o = parsed.options;
    bench::OptionValues values(parser);
    o.calls = values.count(calls, MaxCalls);
    o.warmup = values.count(warmup, MaxCalls);
    bool valid = false;
    o.concurrency = parser.value(concurrency).toInt(&valid);
    if (!valid || o.concurrency < 1 || o.concurrency > 10'000)
        values.fail(QStringLiteral("--concurrency must be a whole number from 1 to 10,000"));
    o.settleSeconds = parser.value(settle).toDouble(&valid);
    if (!valid || o.settleSeconds < 0 || o.settleSeconds > 600)
        values.fail(QStringLiteral("--settle must be a number of seconds from 0 to 600"));
    o.keepDir = parser.isSet(keep);
    o.switchExe = parser.value(exe);
    const auto port = [&](const QCommandLineOption& option, int& into) {
        if (!parser.isSet(option))
            return;
        into = parser.value(option).toInt(&valid);
        if (!valid || into < 1 || into > 65535)
            values.fail(QStringLiteral("--%1 must be a port number").arg(option.names().first()));
    };
    port(bare, parsed.bareResponder);
    port(stack, parsed.stackResponder);
    if (!values.ok())
        return std::nullopt;
    return parsed;
}

// ---------------------------------------------------------------- the benchmark

int run(const Options& o)
{
    std::printf("Rebound SIP trigger benchmark (sipp on loopback; sipp and the server share the machine)\n");
    line(QStringLiteral("machine"), machine());
    line(QStringLiteral("options"),
         QStringLiteral("--calls %1 --warmup %2 --concurrency %3 --settle %4 --switch %5")
             .arg(o.calls)
             .arg(o.warmup)
             .arg(o.concurrency)
             .arg(o.settleSeconds)
             .arg(QDir::toNativeSeparators(o.switchExe)));
    line(QStringLiteral("load"),
         QStringLiteral("sipp %1, INVITE (with SDP) -> 486 -> ACK, one DID per call, at most %2 calls open; "
                        "the rounds of every server use the same DIDs in the same order")
             .arg(QStringLiteral(REBOUND_BENCH_SIP_SCENARIOS "/did_busy.xml").section(QLatin1Char('/'), -1))
             .arg(o.concurrency));

    QTemporaryDir dir;
    if (!dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    dir.setAutoRemove(!o.keepDir);
    const QString dbPath = dir.filePath(QStringLiteral("switch.sqlite"));

    // ---- the database: one subscriber and DID per INVITE of the run
    const std::size_t total = o.warmup + 3 * o.calls;
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<store::Database> db = store::Database::open(dbPath);
    prepareDatabase(*db, total);
    const QStorageInfo storage(dir.path());
    line(QStringLiteral("database"),
         QStringLiteral("%1 (%2): demo data + %3 subscribers, each with its own DID, in %4")
             .arg(QDir::toNativeSeparators(dbPath), QString::fromLatin1(storage.fileSystemType()),
                  grouped(double(total)), seconds(double(timer.nsecsElapsed()) / 1e9)));
    line(QStringLiteral("why one DID per INVITE"),
         QStringLiteral("a subscriber whose request is still in progress is ignored (486, no row), so "
                        "each INVITE rings a different subscriber; anti-repeat 0, flood guard 1,000,000/s"));
    line(QStringLiteral("what a trigger is"),
         QStringLiteral("checks, the request row committed, 486; its callback waits in the queue "
                        "(callback.delay_ms 120000, the longest) and is timed by BenchCallback"));
    if (o.keepDir)
        line(QStringLiteral("kept folder"), QDir::toNativeSeparators(dir.path()));

    const std::vector<RoundPlan> plan{
        {QStringLiteral("warm-up"), dir.filePath(QStringLiteral("dids-warmup.csv")), o.warmup},
        {QStringLiteral("round 1"), dir.filePath(QStringLiteral("dids-1.csv")), o.calls},
        {QStringLiteral("round 2"), dir.filePath(QStringLiteral("dids-2.csv")), o.calls},
        {QStringLiteral("memory round"), dir.filePath(QStringLiteral("dids-3.csv")), o.calls, true},
    };
    writeDids(plan[0].csv, 1, o.warmup);
    writeDids(plan[1].csv, 1 + o.warmup, o.calls);
    writeDids(plan[2].csv, 1 + o.warmup + o.calls, o.calls);
    writeDids(plan[3].csv, 1 + o.warmup + 2 * o.calls, o.calls);
    SippSetup sipp;
    sipp.workDir = dir.path();
    sipp.scenario = QStringLiteral(REBOUND_BENCH_SIP_SCENARIOS "/did_busy.xml");
    sipp.concurrency = o.concurrency;
    const QString self = QCoreApplication::applicationFilePath();

    // A BenchSip child mode (`mode` PORT) as the server.
    const auto measureResponder = [&](const QString& label, Server& server, const QString& mode) {
        return measure(
            label, server,
            [&] {
                const int port = freePort();
                server.start(self, {mode, QString::number(port)}, ResponderReady);
                return port;
            },
            plan, sipp, o, nullptr);
    };

    // ---- 1. bare Sofia-SIP
    Server bareServer(dir.filePath(QStringLiteral("bare.log")));
    const Target bare =
        measureResponder(QStringLiteral("Bare Sofia-SIP nua (own su_root loop, no Qt, 486 at once)"),
                         bareServer, QStringLiteral("--bare-responder"));

    // ---- 2. SipStack without a database
    Server stackServer(dir.filePath(QStringLiteral("stack.log")));
    const Target stack = measureResponder(
        QStringLiteral("SipStack (rebound::sip on the GLib loop, handler answers 486, no database)"),
        stackServer, QStringLiteral("--stack-responder"));

    // ---- 3. rebound-switch
    Server switchServer(dir.filePath(QStringLiteral("switch.log")));
    const Target rebound = measure(
        QStringLiteral("rebound-switch serve (DID trigger: trusted source, DID lookup, request row, 486)"),
        switchServer,
        [&] {
            const int port = freePort();
            switchServer.start(o.switchExe,
                               {QStringLiteral("--db"), dbPath, QStringLiteral("serve"),
                                QStringLiteral("--sip-listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                QStringLiteral("--web-listen"), QStringLiteral("127.0.0.1:0")},
                               SwitchReady);
            return port;
        },
        plan, sipp, o, db.get());

    // ---- summary
    heading(QStringLiteral("Summary (figures only; exit code 0 unless something could not run)"));
    const auto rateText = [](const Target& t, const QString& unit) {
        if (!t.measured())
            return QStringLiteral("could not run: %1").arg(t.error);
        return QStringLiteral("%1 %2/s (round 1 %3, round 2 %4), %5 us each")
            .arg(grouped(t.rate()), unit, grouped(t.rounds[1].sipp.perSecond()),
                 grouped(t.rounds[2].sipp.perSecond()))
            .arg(t.rate() > 0 ? 1e6 / t.rate() : 0.0, 0, 'f', 0);
    };
    line(QStringLiteral("DID triggers, rebound-switch"), rateText(rebound, QStringLiteral("triggers")));
    line(QStringLiteral("bare Sofia-SIP 486 responder"), rateText(bare, QStringLiteral("INVITEs")));
    line(QStringLiteral("SipStack 486, no database"), rateText(stack, QStringLiteral("INVITEs")));
    if (rebound.measured() && bare.measured() && bare.rate() > 0 && rebound.rate() > 0) {
        line(QStringLiteral("rebound / bare Sofia-SIP"),
             QStringLiteral("%1 (each trigger costs %2 us more than Sofia's bare 486, by 1/rate)")
                 .arg(ratio(rebound.rate() / bare.rate()))
                 .arg(1e6 / rebound.rate() - 1e6 / bare.rate(), 0, 'f', 0));
    }
    if (rebound.measured() && stack.measured() && stack.rate() > 0 && rebound.rate() > 0)
        line(QStringLiteral("rebound / SipStack"),
             QStringLiteral("%1 (the database and trigger logic)").arg(ratio(rebound.rate() / stack.rate())));
    const auto cpu = [](const Target& t) {
        return t.cpuMicroseconds() < 0 ? QStringLiteral("-")
                                       : QStringLiteral("%1 us").arg(t.cpuMicroseconds(), 0, 'f', 0);
    };
    line(QStringLiteral("server CPU per INVITE"),
         QStringLiteral("rebound-switch %1, bare Sofia-SIP %2, SipStack %3 (user + system, all threads; "
                        "independent of sipp's share of the cores)")
             .arg(cpu(rebound), cpu(bare), cpu(stack)));
    if (rebound.measured()) {
        qint64 rows = 0;
        qint64 calls = 0;
        for (const Round& r : rebound.rounds) {
            rows += r.rows;
            calls += qint64(r.calls);
        }
        line(QStringLiteral("callback request rows"),
             QStringLiteral("%1 for %2 INVITEs (all rounds)")
                 .arg(grouped(double(rows)), grouped(double(calls))));
    }
    const auto growth = [&](const Target& t) {
        if (!t.measured())
            return QStringLiteral("-");
        QStringList parts;
        for (std::size_t i = 1; i < t.rounds.size(); ++i) {
            const Memory& before = t.rounds[i - 1].memory;
            const Memory& after = t.rounds[i].memory;
            const double scale = double(PerTenThousand) / double(t.rounds[i].calls);
            parts << QStringLiteral("%1 %2 private dirty, %3 RSS")
                         .arg(i == 3 ? QStringLiteral("paced round") : QStringLiteral("round %1").arg(i))
                         .arg(
                             signedMegabytesFromKb(
                                 std::llround(double(after.privateDirtyKb - before.privateDirtyKb) * scale)),
                             signedMegabytesFromKb(std::llround(double(after.rssKb - before.rssKb) * scale)));
        }
        return parts.join(QStringLiteral("; "));
    };
    line(QStringLiteral("memory per 10,000 rejected INVITEs"),
         QStringLiteral("(after warm-up, each round vs. the one before)"));
    line(QStringLiteral("  rebound-switch"), growth(rebound));
    line(QStringLiteral("  bare Sofia-SIP"), growth(bare));
    line(QStringLiteral("  SipStack"), growth(stack));
    line(
        QStringLiteral("  how to read it"),
        QStringLiteral("Sofia keeps every INVITE server transaction until Timer I (T4, 5 s) after its ACK, "
                       "so the INVITEs of the last 5 s are all in memory at once: round 1 raises the heap to "
                       "that high-water mark, and round 2 raises it again when it runs faster. The paced "
                       "round, at half the slower round's rate, keeps fewer in flight, so what it adds is "
                       "memory that keeps growing (the target: under 1 MB per 10,000)"));

    const bool couldNotRun = !rebound.error.isEmpty() || !bare.error.isEmpty() || !stack.error.isEmpty();
    line(QStringLiteral("result"), couldNotRun ? QStringLiteral("something could not run: exit code 1")
                                               : QStringLiteral("all three servers measured"));
    return couldNotRun ? 1 : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // The Qt SQL driver plugin is only found with an application object, and
    // the SipStack responder runs on its (GLib) event loop.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("BenchSip"));
    const std::optional<Parsed> parsed = parseOptions(app);
    if (!parsed)
        return 2;
    if (parsed->bareResponder > 0)
        return runBareResponder(parsed->bareResponder);
    if (parsed->stackResponder > 0)
        return runStackResponder(parsed->stackResponder);
    return bench::reportingErrors("BenchSip", [&] { return run(parsed->options); });
}
