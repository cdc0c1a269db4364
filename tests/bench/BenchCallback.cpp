// Callback benchmark: whole bridged callback calls through the real
// rebound-switch binary, with RTP flowing, driven by sipp on loopback. Each
// call is a real callback: an SMS "<account code> <callback number>
// <destination>" arrives as a SIP MESSAGE from the trusted demo carrier (and
// is answered by a reply MESSAGE), the switch calls leg A (a sipp gateway
// that answers in PCMU and echoes every RTP packet back, sipp -rtp_echo),
// announces the balance (about 5.7 s of prompts), calls leg B (a sipp
// gateway that answers in PCMA and plays sipp's g711a.pcap), bridges the two
// (transcoding PCMA <-> PCMU both ways), and bills both legs when B hangs up.
//
// Every step runs against a fresh rebound-switch on the same database, so
// none inherits the heap, SIP transactions or timers of the one before.
// CPU is the switch process's CPU-time clock (all threads, user + system).
//
// Part 1, calls held: steps of N simultaneous calls (25, 50, 100, 200, 400,
// 700, 1,000 by default). A step's SMS go out at up to 100 a second
// (--ramp-rate), and its calls talk longer by the time that takes. All N
// are bridged at once and held for a fixed time while the
// switch's CPU time and RSS are read over a window in which every call is
// bridged. The baseline is the same switch idle, read just before its
// step: CPU and memory per call are (held - idle) / N, and the ratio
// printed is the held CPU against the idle CPU. For scale, the CPU of the
// two sipp gateways that produce and echo the same RTP is read over the same
// window. "Held with no lost calls" means every call was bridged at the same
// time, every sipp (SMS sender, SMS replies, leg A, leg B) finished every
// call without a failure, and the switch recorded every request completed,
// every call completed and both legs answered and closed, with no credit
// left reserved and every balance equal to its ledger. The steps stop at
// the first one that is not.
//
// Part 2, callbacks per second: short calls (leg B talks 1 s), triggered at a
// steady rate for a few seconds per step (10, 20, 40, 100 per second by
// default);
// the figure is the rate at which callbacks completed (first to last
// completion) at the highest step without a lost call. A callback is open
// for about 7.5 s, so N per second keeps up to 7.5 N calls open at once. The
// baseline, measured in the same run, is the bare SMS path: "BALANCE"
// messages (the MESSAGE, the account lookup, 200 and a reply MESSAGE, no
// call), as fast as sipp gets answers with 64 open. The ratio compares the
// switch's CPU time per completed callback with its CPU time per BALANCE
// message: what a whole callback costs beyond its trigger. That ratio, not
// the rate, is the switch's own figure: the rate only says that every rate
// tried was kept up with.
//
// This measures the call and media path, not the guards in front of it: the
// bench's own database gives every call its own subscriber (a subscriber's
// second request is ignored while the first is in progress), with a balance
// that covers it, and turns off the anti-repeat window, the SIP flood guard
// and the callback delay. sipp and the switch share the machine's cores, so
// the rates and calls held are a floor for the switch alone. Prints figures; the exit
// code is 0 unless something could not run at all.

#include "BenchSupport.h"
#include "SippPeer.h"
#include "accounts/AccountService.h"
#include "core/Clock.h"
#include "core/Money.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "support/LoopbackRoutes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <tuple>
#include <vector>

using namespace rebound;
using namespace rebound::bench;

namespace {

// ---------------------------------------------------------------- options

struct Options
{
    QList<int> steps{25, 50, 100, 200, 400, 700, 1000}; // calls held at once
    int holdSeconds = 8;                                // every call of a step is up this long
    QList<int> rates{10, 20, 40, 100};                  // callbacks triggered per second in part 2
    int rateSeconds = 4;                                // for this long per rate
    int talkMs = 1000;                                  // leg B talks this long in part 2
    int rampSeconds = 2;                                // a held step's SMS go out within this time...
    int maxRampRate = 100;                              // ...but no faster than this many per second
    int balanceMessages = 2000;                         // the baseline's BALANCE messages
    double idleSeconds = 2;                             // the idle reading before each step
    bool keepDir = false;
    QString switchExe = QStringLiteral(REBOUND_SWITCH_EXE);
};

const char* const SwitchReady = "running, SIP on";
const QString Destination = QStringLiteral("+12025550147"); // leg B, routed by prefix 1
const QString CallbackReply = QStringLiteral("OK: we will call you");
const QString BalanceReply = QStringLiteral("balance");
constexpr int PcapMs = 7'000;   // g711a.pcap lasts 7.05 s: start it again before it ends
constexpr int PollMs = 200;     // how often the bench reads the request states
constexpr int BalanceOpen = 64; // BALANCE messages open at once (sipp -l)

// The subscriber of call `index` (1-based): its own code and phone.
QString accountCode(int index)
{
    return QString::number(3'000'000 + index);
}

QString phone(int index)
{
    return QStringLiteral("+4477001%1").arg(index, 5, 10, QLatin1Char('0'));
}

// ---------------------------------------------------------------- readings

double wallSeconds()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return double(clock.nsecsElapsed()) / 1e9;
}

struct Reading
{
    double at = 0; // wallSeconds()
    Memory switchProcess;
    double switchCpuSeconds = 0; // all threads, to the nanosecond
    double sippCpuSeconds = 0;   // the peers named, together
    // Machine-wide UDP datagrams so far: delivered to a socket, dropped by a
    // full socket buffer.
    qint64 udpIn = -1;
    qint64 udpDropped = -1;
};

Reading read(qint64 switchPid, const std::vector<qint64>& sippPids = {})
{
    Reading r;
    r.at = wallSeconds();
    r.switchProcess = readMemory(switchPid);
    r.switchCpuSeconds = processCpuSeconds(switchPid);
    for (const qint64 pid : sippPids)
        r.sippCpuSeconds += std::max(0.0, processCpuSeconds(pid));
    r.udpIn = udpCounter("InDatagrams");
    r.udpDropped = udpCounter("RcvbufErrors");
    return r;
}

// Share of one core between two readings (1.0 = one core busy).
double cpuShare(const Reading& from, const Reading& to)
{
    const double span = to.at - from.at;
    return span > 0 ? (to.switchCpuSeconds - from.switchCpuSeconds) / span : 0;
}

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(share * 100, 0, 'f', share < 0.1 ? 2 : 1);
}

QString kilobytes(double kb)
{
    return kb < 1024 ? QStringLiteral("%1 KB").arg(kb, 0, 'f', 0)
                     : QStringLiteral("%1 MB").arg(kb / 1024, 0, 'f', 1);
}

// ---------------------------------------------------------------- the world

// The switch, its database, the loopback ports of its peers and the
// scenarios they play.
struct World
{
    QTemporaryDir dir;
    QString dbPath;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<Server> server;
    int switchPort = 0;
    int smsPort = 0; // the demo carrier: SMS replies come here
    int portA = 0;   // "UK phones", prefix 44: leg A
    int portB = 0;   // "US phones", prefix 1: leg B
    QString smsScenario;
    QString callbackReplies;
    QString balanceReplies;
    QString legAScenario;
    int subscribers = 0;
    QString switchExe; // the rebound-switch binary every step starts

    QString switchTag;   // the step the running switch serves
    QStringList unclean; // switches that did not stop cleanly, and how they stopped

    qint64 switchPid() const { return server->pid(); }

    // A fresh switch for each step, so that no step inherits the heap, the
    // SIP transactions or the timers of the one before: memory per call is
    // then measured from the same start every time. Returns the idle
    // readings, taken once it has settled for a second.
    std::pair<Reading, Reading> startSwitch(const QString& tag, double idleSeconds)
    {
        stopSwitch();
        switchTag = tag;
        server = std::make_unique<Server>(dir.filePath(tag + QStringLiteral("-switch.log")));
        server->start(switchExe,
                      {QStringLiteral("--db"), dbPath, QStringLiteral("serve"),
                       QStringLiteral("--sip-listen"), QStringLiteral("127.0.0.1:%1").arg(switchPort),
                       QStringLiteral("--web-listen"), QStringLiteral("127.0.0.1:0")},
                      SwitchReady);
        idle(1);
        const Reading from = read(switchPid());
        idle(idleSeconds);
        return {from, read(switchPid())};
    }

    void stopSwitch()
    {
        if (!server)
            return;
        const QString how = server->stop();
        if (!server->log().contains(QLatin1String("stopped cleanly")))
            unclean << QStringLiteral("%1: %2").arg(switchTag, how);
        server.reset();
    }

    // Watches the switch while waiting; throws when it is gone.
    void idle(double seconds)
    {
        if (seconds > 0 && !server->idle(int(seconds * 1000)))
            throw std::runtime_error(
                qPrintable(QStringLiteral("the switch exited: %1").arg(tail(server->log()))));
    }

    qint64 number(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery q = db->run(sql, values, QStringLiteral("reading benchmark results"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    QString legBScenario(int talkMs)
    {
        const int rounds = std::max(1, (talkMs + PcapMs - 1) / PcapMs);
        return test::writeScenarioFrom(QStringLiteral(REBOUND_BENCH_SIP_SCENARIOS), dir,
                                       QStringLiteral("gateway_talk.xml"),
                                       {{QStringLiteral("ROUNDS"), QString::number(rounds)},
                                        {QStringLiteral("PAUSE_MS"), QString::number(talkMs / rounds)}});
    }
};

// Demo data, gateways on loopback for legs A and B, the guards turned off
// (see the header), and one subscriber per call of the whole run.
void prepareDatabase(World& w)
{
    const core::Clock& clock = core::SystemClock::instance();
    const store::Database& db = *w.db;
    seedDemoWithoutGuards(db, clock); // sipp is the demo carrier: its BALANCE messages

    store::GatewayRepository gateways(db, clock);
    auto carrier = gateways.findGatewayByName(QStringLiteral("Demo carrier"));
    if (!carrier)
        throw std::runtime_error("the demo data has no \"Demo carrier\" gateway");
    carrier->port = w.smsPort;
    gateways.updateGateway(*carrier);
    // Legs A and B to the two sipp gateways, as the SIP tests route them
    // (no call limit); then no delay before calling back, and no retries.
    test::routeDemoCallsToLoopback(db, clock, w.portA, w.portB);
    store::SettingsRepository settings(db);
    settings.setValue(QStringLiteral("callback.delay_ms"), QStringLiteral("0"));
    settings.setValue(QStringLiteral("callback.retries"), QStringLiteral("0"));

    accounts::AccountService service(db, clock);
    const QStringList plans = service.sellPlanNames();
    if (plans.isEmpty())
        throw std::runtime_error("the demo data has no sell plan");
    store::LedgerRepository ledger(db, clock);
    store::Database::Transaction transaction(db);
    for (int i = 1; i <= w.subscribers; ++i) {
        accounts::AccountForm form;
        form.accountCode = accountCode(i);
        form.name = QStringLiteral("Bench %1").arg(i);
        form.callbackNumber = phone(i);
        form.sellPlan = plans.first();
        form.maxConcurrentCalls = QStringLiteral("2");
        const store::Account account = service.add(form, QStringLiteral("bench"));
        ledger.append(account.id, core::Money::fromCents(2000), store::LedgerReason::Adjustment,
                      QStringLiteral("bench opening balance"), QStringLiteral("bench"));
    }
    transaction.commit();
}

// sipp's injection file: sender phone and SMS text, one message a line.
QString writeMessages(const World& w, const QString& name, int first, int count, bool balance)
{
    const QString path = w.dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write sipp's injection file");
    QByteArray text = "SEQUENTIAL\n";
    for (int i = first; i < first + count; ++i) {
        const QString message = balance
                                    ? QStringLiteral("BALANCE")
                                    : QStringLiteral("%1 %2 %3").arg(accountCode(i), phone(i), Destination);
        text += QStringLiteral("%1;%2;\n").arg(phone(i), message).toUtf8();
    }
    file.write(text);
    return path;
}

QStringList switchTarget(const World& w)
{
    return {QStringLiteral("127.0.0.1:%1").arg(w.switchPort)};
}

// Every SIP socket of sipp gets a 1 MB buffer: bursts of answers overflow
// the default 64 KB, and each loss costs a retransmission.
QStringList commonSipp(const QString& scenario, int calls)
{
    return {QStringLiteral("-sf"),        scenario,
            QStringLiteral("-m"),         QString::number(calls),
            QStringLiteral("-buff_size"), QStringLiteral("1048576")};
}

// ---------------------------------------------------------------- one batch of callbacks

struct Batch
{
    QString tag;
    int first = 1; // the first subscriber: one per call
    int calls = 0;
    double smsRate = 10; // SMS per second
    int talkMs = 1000;   // leg B talks this long
};

using States = std::map<QString, qint64>;

struct Outcome
{
    SippResult sms;
    SippResult replies;
    SippResult legA;
    SippResult legB;
    qint64 requests = 0;
    qint64 completed = 0;
    qint64 callsCompleted = 0;
    qint64 legsAnswered = 0;
    qint64 legsOpen = 0;
    qint64 creditHeld = 0;       // reservations left over once every call has ended
    qint64 ledgerMismatches = 0; // balances that differ from their ledger sum
    QString firstFailure;
    double firstFinishedMs = 0; // finished_at of the callbacks, epoch ms
    double lastFinishedMs = 0;
    qint64 peakOpen = 0; // callbacks in progress at once, as polled
    Reading start;       // as the first SMS goes out
    Reading end;         // once every callback has finished
    bool timedOut = false;

    bool lostNone(int calls) const
    {
        const auto clean = [calls](const SippResult& s) { return s.successful == calls && s.failed == 0; };
        return clean(sms) && clean(replies) && clean(legA) && clean(legB) && requests == calls &&
               completed == calls && callsCompleted == calls && legsAnswered == 2 * qint64(calls) &&
               legsOpen == 0 && creditHeld == 0 && ledgerMismatches == 0 && !timedOut;
    }

    QString losses(int calls) const
    {
        QStringList parts;
        const auto sipp = [&](const QString& who, const SippResult& s) {
            if (s.successful != calls || s.failed != 0)
                parts << QStringLiteral("%1 %2 of %3 (%4 failed%5)")
                             .arg(who)
                             .arg(s.successful)
                             .arg(calls)
                             .arg(s.failed)
                             .arg(s.firstError.isEmpty() ? QString() : QStringLiteral(": ") + s.firstError);
        };
        sipp(QStringLiteral("SMS sent"), sms);
        sipp(QStringLiteral("SMS replies"), replies);
        sipp(QStringLiteral("leg A calls"), legA);
        sipp(QStringLiteral("leg B calls"), legB);
        if (requests != calls || completed != calls)
            parts << QStringLiteral("%1 requests, %2 completed").arg(requests).arg(completed);
        if (!firstFailure.isEmpty())
            parts << QStringLiteral("first failure: \"%1\"").arg(firstFailure);
        if (callsCompleted != calls || legsAnswered != 2 * qint64(calls) || legsOpen != 0)
            parts << QStringLiteral("CDRs: %1 calls completed, %2 legs answered, %3 left open")
                         .arg(callsCompleted)
                         .arg(legsAnswered)
                         .arg(legsOpen);
        if (creditHeld != 0 || ledgerMismatches != 0)
            parts << QStringLiteral("billing: %1 credit reservations left, %2 balances off their ledger")
                         .arg(creditHeld)
                         .arg(ledgerMismatches);
        if (timedOut)
            parts << QStringLiteral("not all finished in time");
        return parts.join(QStringLiteral("; "));
    }

    double completionRate() const
    {
        const double span = (lastFinishedMs - firstFinishedMs) / 1000;
        return span > 0 && completed > 1 ? double(completed - 1) / span : 0;
    }
};

// Runs `batch.calls` callbacks: starts the three peers, sends the SMS, then
// reads the request states every PollMs and hands them to `poll` (with the
// pids of the two gateways' sipps, whose CPU time may be read alongside the
// switch's) until every callback has finished or nothing more can happen,
// and reads the results from the sipps and the database.
Outcome runBatch(World& w, const Batch& batch,
                 const std::function<void(const States&, const std::vector<qint64>&)>& poll)
{
    Outcome out;
    const qint64 lastId =
        std::max<qint64>(0, w.number(QStringLiteral("SELECT MAX(id) FROM callback_requests")));
    const QString messages =
        writeMessages(w, batch.tag + QStringLiteral("-sms.csv"), batch.first, batch.calls, false);
    const QString legB = w.legBScenario(batch.talkMs);

    Sipp replies(w.dir.path(), batch.tag + QStringLiteral("-replies"));
    Sipp legA(w.dir.path(), batch.tag + QStringLiteral("-legA"));
    Sipp talker(w.dir.path(), batch.tag + QStringLiteral("-legB"));
    Sipp sender(w.dir.path(), batch.tag + QStringLiteral("-sms"));
    replies.start(commonSipp(w.callbackReplies, batch.calls)
                  << QStringLiteral("-p") << QString::number(w.smsPort));
    legA.start(commonSipp(w.legAScenario, batch.calls)
               << QStringLiteral("-p") << QString::number(w.portA) << QStringLiteral("-rtp_echo"));
    talker.start(commonSipp(legB, batch.calls) << QStringLiteral("-p") << QString::number(w.portB));
    w.idle(0.3); // sipp binds its sockets
    const int sendSeconds = int(batch.calls / batch.smsRate) + 60;
    out.start = read(w.switchPid());
    sender.start(switchTarget(w) + commonSipp(w.smsScenario, batch.calls) +
                 QStringList{QStringLiteral("-inf"), messages, QStringLiteral("-r"),
                             QString::number(batch.smsRate, 'f', 2), QStringLiteral("-rp"),
                             QStringLiteral("1000"), QStringLiteral("-timeout"),
                             QStringLiteral("%1s").arg(sendSeconds), QStringLiteral("-timeout_error")});

    // IVR, both legs, talk, and a generous margin.
    const double deadline = wallSeconds() + batch.calls / batch.smsRate + batch.talkMs / 1000.0 + 90;
    double senderDoneAt = -1;
    for (;;) {
        w.idle(PollMs / 1000.0);
        States states;
        QSqlQuery q = w.db->run(
            QStringLiteral("SELECT state, COUNT(*) FROM callback_requests WHERE id > ? GROUP BY state"),
            {lastId}, QStringLiteral("polling callback states"));
        qint64 created = 0;
        while (q.next()) {
            states[q.value(0).toString()] = q.value(1).toLongLong();
            created += q.value(1).toLongLong();
        }
        const qint64 finished = states[QStringLiteral("completed")] + states[QStringLiteral("failed")];
        out.peakOpen = std::max(out.peakOpen, created - finished);
        poll(states, {legA.pid(), talker.pid()});
        if (senderDoneAt < 0 && !sender.running())
            senderDoneAt = wallSeconds();
        // Done when every request has finished, once all that the SMS can
        // still create are in (or nothing has come for a few seconds).
        if (senderDoneAt >= 0 && finished == created &&
            (created == batch.calls || wallSeconds() - senderDoneAt > 3))
            break;
        if (wallSeconds() > deadline) {
            out.timedOut = true;
            break;
        }
    }
    out.end = read(w.switchPid());

    // The peers end by themselves once they have seen every call.
    for (Sipp* s : {&replies, &legA, &talker, &sender})
        s->waitForExit(10'000);
    out.sms = sender.result();
    out.replies = replies.result();
    out.legA = legA.result();
    out.legB = talker.result();

    out.requests = w.number(QStringLiteral("SELECT COUNT(*) FROM callback_requests WHERE id > ?"), {lastId});
    out.completed = w.number(
        QStringLiteral("SELECT COUNT(*) FROM callback_requests WHERE id > ? AND state = 'completed'"),
        {lastId});
    QSqlQuery failure = w.db->run(QStringLiteral("SELECT failure_reason FROM callback_requests WHERE id > ? "
                                                 "AND state <> 'completed' ORDER BY id LIMIT 1"),
                                  {lastId}, QStringLiteral("reading a failure"));
    if (failure.next())
        out.firstFailure = failure.value(0).toString();
    QSqlQuery span =
        w.db->run(QStringLiteral("SELECT MIN(finished_at), MAX(finished_at) FROM callback_requests "
                                 "WHERE id > ? AND state = 'completed'"),
                  {lastId}, QStringLiteral("reading completion times"));
    if (span.next()) {
        out.firstFinishedMs = span.value(0).toDouble();
        out.lastFinishedMs = span.value(1).toDouble();
    }
    out.callsCompleted = w.number(QStringLiteral("SELECT COUNT(*) FROM calls WHERE callback_request_id > ? "
                                                 "AND state = 'completed'"),
                                  {lastId});
    const QString legs = QStringLiteral("SELECT COUNT(*) FROM legs JOIN calls ON calls.id = legs.call_id "
                                        "WHERE calls.callback_request_id > ? AND %1");
    out.legsAnswered =
        w.number(legs.arg(QStringLiteral("legs.answered_at IS NOT NULL AND legs.is_open = 0")), {lastId});
    out.legsOpen = w.number(legs.arg(QStringLiteral("legs.is_open = 1")), {lastId});
    out.creditHeld = w.number(QStringLiteral("SELECT COUNT(*) FROM credit_reservations"));
    out.ledgerMismatches =
        store::LedgerRepository(*w.db, core::SystemClock::instance()).findMismatches().size();
    return out;
}

// ---------------------------------------------------------------- part 1: calls held

struct HeldStep
{
    int calls = 0;
    bool ran = false;
    Outcome outcome;
    Reading idleFrom;
    Reading idleTo;
    Reading heldFrom; // the window in which every call was bridged
    Reading heldTo;
    bool allBridged = false;
    bool window = false;         // the window was long enough to read
    double bridgingSeconds = -1; // first bridged to all bridged

    bool clean() const { return ran && allBridged && window && outcome.lostNone(calls); }
    QString status() const
    {
        return clean()                    ? QStringLiteral("held, no lost calls")
               : !outcome.lostNone(calls) ? QStringLiteral("LOST CALLS")
               : !allBridged              ? QStringLiteral("no lost calls, but NOT ALL HELD AT ONCE")
                                          : QStringLiteral("no lost calls, but NOT MEASURED");
    }
    double idleCpu() const { return cpuShare(idleFrom, idleTo); }
    double heldCpu() const { return cpuShare(heldFrom, heldTo); }
    double cpuPerCall() const { return (heldCpu() - idleCpu()) / calls; }
    double kbPerCall() const
    {
        return double(heldTo.switchProcess.rssKb - idleTo.switchProcess.rssKb) / calls;
    }
    double sippCpu() const
    {
        const double span = heldTo.at - heldFrom.at;
        return span > 0 ? (heldTo.sippCpuSeconds - heldFrom.sippCpuSeconds) / span : 0;
    }
    // Per call and second during the window, from a machine-wide counter.
    double perCallSecond(qint64 Reading::*counter) const
    {
        const double span = heldTo.at - heldFrom.at;
        return span > 0 ? double(heldTo.*counter - heldFrom.*counter) / span / calls : 0;
    }
};

HeldStep runHeld(World& w, const Options& o, int calls, int& nextSubscriber)
{
    HeldStep step;
    step.calls = calls;
    Batch batch;
    batch.tag = QStringLiteral("held-%1").arg(calls);
    std::tie(step.idleFrom, step.idleTo) = w.startSwitch(batch.tag, o.idleSeconds);
    batch.first = nextSubscriber;
    batch.calls = calls;
    // A large step's SMS are spread out (at most maxRampRate a second, so
    // that leg A's INVITEs do not all go out in the same second), and its
    // calls talk that much longer, so that every call is still up together
    // for holdSeconds.
    batch.smsRate =
        std::min(std::max(50.0, double(calls) / o.rampSeconds), std::max(50.0, double(o.maxRampRate)));
    const double rampSeconds = double(calls) / batch.smsRate;
    batch.talkMs = int((o.holdSeconds + rampSeconds) * 1000);
    nextSubscriber += calls;

    double firstBridgedAt = -1;
    bool measured = false;
    step.outcome = runBatch(w, batch, [&](const States& states, const std::vector<qint64>& peers) {
        const auto it = states.find(QStringLiteral("bridged"));
        const qint64 bridged = it == states.end() ? 0 : it->second;
        if (firstBridgedAt < 0 && bridged > 0)
            firstBridgedAt = wallSeconds() - PollMs / 2000.0;
        if (measured || bridged < calls)
            return;
        // Every call is bridged: read over the time left before the first
        // leg B hangs up (less a margin for the polling).
        measured = true;
        step.allBridged = true;
        step.bridgingSeconds = wallSeconds() - firstBridgedAt;
        w.idle(0.5);
        const double until = firstBridgedAt + batch.talkMs / 1000.0 - 1.0;
        if (until - wallSeconds() < 1.0)
            return; // the calls took longer to come up than they are held
        // sipp's gateways handle the same RTP: their CPU is read alongside.
        step.heldFrom = read(w.switchPid(), peers);
        w.idle(until - wallSeconds());
        step.heldTo = read(w.switchPid(), peers);
        step.window = true;
    });
    w.stopSwitch();
    step.ran = true;
    return step;
}

void printHeld(const HeldStep& s)
{
    const Outcome& o = s.outcome;
    QString text = s.status();
    if (s.allBridged)
        text += QStringLiteral("; all bridged within %1 of the first").arg(seconds(s.bridgingSeconds));
    else
        text += QStringLiteral("; never all bridged at once (peak %1 open)").arg(o.peakOpen);
    line(QStringLiteral("%1 calls").arg(s.calls), text);
    if (!o.lostNone(s.calls))
        line(QString(), o.losses(s.calls));
    if (!s.window) {
        if (s.allBridged)
            line(QString(), QStringLiteral("too little time left to read: raise --hold"));
        return;
    }
    line(QString(),
         QStringLiteral("switch CPU %1 of a core (idle %2), %3 per call; RSS %4 (idle %5), %6 per call")
             .arg(percent(s.heldCpu()), percent(s.idleCpu()), percent(s.cpuPerCall()),
                  megabytesFromKb(s.heldTo.switchProcess.rssKb),
                  megabytesFromKb(s.idleTo.switchProcess.rssKb), kilobytes(s.kbPerCall())));
    line(QString(), QStringLiteral("the two gateways' sipps (same RTP, echo and pcap playback): %1 of a core")
                        .arg(percent(s.sippCpu())));
    line(QString(),
         QStringLiteral("loopback UDP per call: %1 datagrams/s delivered, %2/s dropped by full "
                        "buffers over %3 (machine-wide; the bridge carries 4 x 33/s, and its packets "
                        "to leg B pile up unread in sipp, which only plays)")
             .arg(s.perCallSecond(&Reading::udpIn), 0, 'f', 0)
             .arg(s.perCallSecond(&Reading::udpDropped), 0, 'f', 0)
             .arg(seconds(s.heldTo.at - s.heldFrom.at)));
}

// ---------------------------------------------------------------- part 2: callbacks per second

struct RateStep
{
    int rate = 0;
    int calls = 0;
    Outcome outcome;
    double idleCpu = 0; // share of a core, read before the step

    bool clean() const { return outcome.lostNone(calls); }
    // Switch CPU per completed callback beyond idle, in seconds.
    double cpuPerCall() const
    {
        const double span = outcome.end.at - outcome.start.at;
        const double used = outcome.end.switchCpuSeconds - outcome.start.switchCpuSeconds - idleCpu * span;
        return outcome.completed > 0 ? used / double(outcome.completed) : 0;
    }
};

RateStep runRate(World& w, const Options& o, int rate, int& nextSubscriber)
{
    RateStep step;
    step.rate = rate;
    step.calls = rate * o.rateSeconds;
    Batch batch;
    batch.tag = QStringLiteral("rate-%1").arg(rate);
    const auto [idleFrom, idleTo] = w.startSwitch(batch.tag, o.idleSeconds);
    step.idleCpu = cpuShare(idleFrom, idleTo);
    batch.first = nextSubscriber;
    batch.calls = step.calls;
    batch.smsRate = rate;
    batch.talkMs = o.talkMs;
    nextSubscriber += step.calls;
    step.outcome = runBatch(w, batch, [](const States&, const std::vector<qint64>&) {});
    w.stopSwitch();
    return step;
}

void printRate(const RateStep& s)
{
    const Outcome& o = s.outcome;
    line(QStringLiteral("%1/s for %2").arg(s.rate).arg(seconds(double(s.calls) / s.rate)),
         QStringLiteral("%1: %2 of %3 completed, %4 callbacks/s, up to %5 open at once, "
                        "switch CPU %6 ms per callback")
             .arg(s.clean() ? QStringLiteral("no lost calls") : QStringLiteral("LOST CALLS"))
             .arg(o.completed)
             .arg(s.calls)
             .arg(o.completionRate(), 0, 'f', 1)
             .arg(o.peakOpen)
             .arg(s.cpuPerCall() * 1000, 0, 'f', 1));
    if (!s.clean())
        line(QString(), o.losses(s.calls));
}

struct Baseline
{
    SippResult sms;
    SippResult replies;
    double cpuPerMessage = 0; // seconds
    bool measured() const { return sms.successful > 0; }
};

// BALANCE messages as fast as answers come, 64 open: the SMS path alone.
Baseline runBaseline(World& w, const Options& o)
{
    Baseline b;
    const int count = o.balanceMessages;
    const QString messages =
        writeMessages(w, QStringLiteral("balance.csv"), 1, std::min(count, w.subscribers), true);
    w.startSwitch(QStringLiteral("balance"), 0);
    Sipp replies(w.dir.path(), QStringLiteral("balance-replies"));
    Sipp sender(w.dir.path(), QStringLiteral("balance-sms"));
    replies.start(commonSipp(w.balanceReplies, count) << QStringLiteral("-p") << QString::number(w.smsPort));
    w.idle(0.3);
    const Reading from = read(w.switchPid());
    sender.start(switchTarget(w) + commonSipp(w.smsScenario, count) +
                 QStringList{QStringLiteral("-inf"), messages, QStringLiteral("-r"), QStringLiteral("100000"),
                             QStringLiteral("-l"), QString::number(BalanceOpen), QStringLiteral("-timeout"),
                             QStringLiteral("%1s").arg(count / 20 + 60), QStringLiteral("-timeout_error")});
    while (sender.running())
        w.idle(0.1);
    replies.waitForExit(10'000);
    const Reading to = read(w.switchPid());
    b.sms = sender.result();
    b.replies = replies.result();
    if (b.sms.successful > 0)
        b.cpuPerMessage = (to.switchCpuSeconds - from.switchCpuSeconds) / double(b.sms.successful);
    w.stopSwitch();
    return b;
}

// ---------------------------------------------------------------- options

QList<int> parseList(const QString& text, bool* ok)
{
    QList<int> values;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool valid = false;
        const int v = part.trimmed().toInt(&valid);
        if (!valid || v < 1 || v > 2000)
            *ok = false;
        values << v;
    }
    if (values.isEmpty())
        *ok = false;
    return values;
}

std::optional<Options> parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Callback benchmark: bridged callback calls with RTP through rebound-switch, driven by sipp on "
        "loopback (SMS trigger, leg A echoing RTP, leg B playing audio). Prints the most calls held with no "
        "lost call, with CPU and memory per call against the idle switch, and callbacks completed per "
        "second against the bare SMS path. Exits non-zero only when something could not run."));
    parser.addHelpOption();
    const QCommandLineOption steps(QStringLiteral("steps"),
                                   QStringLiteral("Calls held at once, step by step (comma-separated)."),
                                   QStringLiteral("N,N,..."), QStringLiteral("25,50,100,200,400,700,1000"));
    const QCommandLineOption hold(QStringLiteral("hold"),
                                  QStringLiteral("Seconds every call of a held step is up together."),
                                  QStringLiteral("S"), QStringLiteral("8"));
    const QCommandLineOption ramp(
        QStringLiteral("ramp"),
        QStringLiteral("Seconds over which a held step's SMS go out (at least 50/s)."), QStringLiteral("S"),
        QStringLiteral("2"));
    const QCommandLineOption rampRate(
        QStringLiteral("ramp-rate"),
        QStringLiteral("The most SMS per second a held step sends; its calls talk longer by the extra ramp."),
        QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption rates(QStringLiteral("rates"),
                                   QStringLiteral("Callbacks per second, step by step (comma-separated)."),
                                   QStringLiteral("N,N,..."), QStringLiteral("10,20,40,100"));
    const QCommandLineOption rateSeconds(QStringLiteral("rate-seconds"),
                                         QStringLiteral("Seconds each rate is offered."), QStringLiteral("S"),
                                         QStringLiteral("4"));
    const QCommandLineOption talk(QStringLiteral("talk-ms"),
                                  QStringLiteral("How long leg B talks in the callbacks-per-second part."),
                                  QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption balance(QStringLiteral("balance-messages"),
                                     QStringLiteral("BALANCE messages of the SMS baseline."),
                                     QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption exe(
        QStringLiteral("switch"),
        QStringLiteral("The rebound-switch to run (a copy, so that a rebuild cannot replace it mid-run)."),
        QStringLiteral("PATH"), QStringLiteral(REBOUND_SWITCH_EXE));
    const QCommandLineOption keep(QStringLiteral("keep-dir"),
                                  QStringLiteral("Keep the temporary folder (database, logs, sipp files)."));
    parser.addOptions({steps, hold, ramp, rampRate, rates, rateSeconds, talk, balance, exe, keep});
    parser.process(app);

    Options o;
    bool ok = true;
    o.steps = parseList(parser.value(steps), &ok);
    o.rates = parseList(parser.value(rates), &ok);
    if (!ok)
        std::fprintf(stderr, "--steps and --rates take whole numbers from 1 to 2,000, comma-separated\n");
    const auto number = [&](const QCommandLineOption& option, int low, int high, int& into) {
        bool valid = false;
        into = parser.value(option).toInt(&valid);
        if (!valid || into < low || into > high) {
            std::fprintf(stderr, "--%s must be a whole number from %d to %d\n",
                         qPrintable(option.names().first()), low, high);
            ok = false;
        }
    };
    number(hold, 3, 600, o.holdSeconds);
    number(ramp, 1, 600, o.rampSeconds);
    number(rampRate, 50, 100'000, o.maxRampRate);
    number(rateSeconds, 1, 600, o.rateSeconds);
    number(talk, 100, 60'000, o.talkMs);
    number(balance, 1, 100'000, o.balanceMessages);
    o.keepDir = parser.isSet(keep);
    o.switchExe = parser.value(exe);
    if (!ok)
        return std::nullopt;
    return o;
}

// ---------------------------------------------------------------- the benchmark

int run(const Options& o)
{
    std::printf("Rebound callback benchmark (sipp on loopback; sipp and the switch share the machine)\n");
    line(QStringLiteral("machine"), machine());
    QStringList stepText;
    for (const int s : o.steps)
        stepText << QString::number(s);
    QStringList rateText;
    for (const int r : o.rates)
        rateText << QString::number(r);
    line(QStringLiteral("options"),
         QStringLiteral("--steps %1 --hold %2 --ramp %3 --ramp-rate %8 --rates %4 --rate-seconds %5 "
                        "--talk-ms %6 --balance-messages %7")
             .arg(stepText.join(QLatin1Char(',')))
             .arg(o.holdSeconds)
             .arg(o.rampSeconds)
             .arg(rateText.join(QLatin1Char(',')))
             .arg(o.rateSeconds)
             .arg(o.talkMs)
             .arg(o.balanceMessages)
             .arg(o.maxRampRate));
    line(QStringLiteral("what is measured"),
         QStringLiteral("the call and media path: one subscriber per call, anti-repeat, flood guard and "
                        "callback delay off"));

    World w;
    if (!w.dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    w.dir.setAutoRemove(!o.keepDir);
    w.dbPath = w.dir.filePath(QStringLiteral("switch.sqlite"));
    w.switchExe = o.switchExe;
    w.switchPort = freePort();
    w.smsPort = freePort();
    w.portA = freePort();
    w.portB = freePort();
    for (const int s : o.steps)
        w.subscribers += s;
    for (const int r : o.rates)
        w.subscribers += r * o.rateSeconds;
    w.subscribers = std::max(w.subscribers, std::min(o.balanceMessages, 1000));

    QElapsedTimer timer;
    timer.start();
    w.db = store::Database::open(w.dbPath);
    prepareDatabase(w);
    line(QStringLiteral("database"), QStringLiteral("demo data + %1 subscribers with $20 each, in %2")
                                         .arg(w.subscribers)
                                         .arg(seconds(double(timer.nsecsElapsed()) / 1e9)));
    if (o.keepDir)
        line(QStringLiteral("kept folder"), QDir::toNativeSeparators(w.dir.path()));
    w.smsScenario = test::writeScenario(w.dir, QStringLiteral("sms.xml"),
                                        {{QStringLiteral("SENDER"), QStringLiteral("[field0]")},
                                         {QStringLiteral("TEXT"), QStringLiteral("[field1]")}});
    w.callbackReplies = test::writeScenario(w.dir, QStringLiteral("sms_gateway.xml"),
                                            {{QStringLiteral("REPLY"), CallbackReply}});
    w.balanceReplies = test::writeScenario(w.dir, QStringLiteral("sms_gateway.xml"),
                                           {{QStringLiteral("REPLY"), BalanceReply}});
    w.legAScenario = test::writeScenario(w.dir, QStringLiteral("gateway_answer.xml"), {});

    // ---- the baseline: the SMS path alone
    heading(QStringLiteral("Baseline: SMS \"BALANCE\" (MESSAGE -> account lookup -> 200 + reply MESSAGE), "
                           "no call"));
    const Baseline baseline = runBaseline(w, o);
    line(QStringLiteral("BALANCE messages"),
         QStringLiteral("%1 of %2 answered in %3: %4/s, switch CPU %5 ms each%6")
             .arg(grouped(double(baseline.sms.successful)), grouped(double(o.balanceMessages)),
                  seconds(baseline.sms.seconds()), grouped(baseline.sms.perSecond()))
             .arg(baseline.cpuPerMessage * 1000, 0, 'f', 2)
             .arg(baseline.replies.successful == baseline.sms.successful
                      ? QString()
                      : QStringLiteral(" (%1 replies seen)").arg(baseline.replies.successful)));

    // ---- part 1
    heading(QStringLiteral("Calls held: SMS -> leg A (PCMU, RTP echo) -> balance announced -> leg B (PCMA, "
                           "plays g711a.pcap) -> bridged, held %1 s")
                .arg(o.holdSeconds));
    int nextSubscriber = 1;
    std::vector<HeldStep> held;
    for (const int calls : o.steps) {
        const QString stopped =
            QStringLiteral("stopped here: the steps above %1 calls were not tried").arg(calls);
        try {
            held.push_back(runHeld(w, o, calls, nextSubscriber));
        } catch (const std::exception& e) {
            // The switch or a peer gave up: say so, keep what was measured.
            line(QStringLiteral("%1 calls").arg(calls),
                 QStringLiteral("NOT MEASURED: %1").arg(QString::fromLocal8Bit(e.what())));
            line(QString(), stopped);
            w.stopSwitch();
            break;
        }
        printHeld(held.back());
        if (!held.back().clean()) {
            if (calls != o.steps.back())
                line(QString(), stopped);
            break;
        }
    }

    // ---- part 2
    heading(QStringLiteral("Callbacks per second: the same calls, leg B talks %1 s").arg(o.talkMs / 1000.0));
    std::vector<RateStep> rated;
    for (const int rate : o.rates) {
        const QString stopped = QStringLiteral("stopped here: the rates above %1/s were not tried").arg(rate);
        try {
            rated.push_back(runRate(w, o, rate, nextSubscriber));
        } catch (const std::exception& e) {
            line(QStringLiteral("%1/s").arg(rate),
                 QStringLiteral("NOT MEASURED: %1").arg(QString::fromLocal8Bit(e.what())));
            line(QString(), stopped);
            w.stopSwitch();
            break;
        }
        printRate(rated.back());
        if (!rated.back().clean()) {
            if (rate != o.rates.back())
                line(QString(), stopped);
            break;
        }
    }

    // ---- summary
    heading(QStringLiteral("Summary (figures only; exit code 0 unless something could not run)"));
    const HeldStep* bestHeld = nullptr;
    for (const HeldStep& s : held)
        if (s.clean())
            bestHeld = &s;
    if (bestHeld) {
        line(QStringLiteral("calls held, no lost calls"),
             QStringLiteral("%1%2 (bridged, RTP both ways, transcoded)")
                 .arg(bestHeld->calls)
                 .arg(bestHeld == &held.back() && held.size() == std::size_t(o.steps.size())
                          ? QStringLiteral(", the highest step tried")
                          : QString()));
        line(QStringLiteral("switch CPU per held call"),
             QStringLiteral("%1 of a core (%2 with %3 calls vs. %4 idle: %5 the idle switch); about %6 "
                            "calls per core by CPU")
                 .arg(percent(bestHeld->cpuPerCall()), percent(bestHeld->heldCpu()))
                 .arg(bestHeld->calls)
                 .arg(percent(bestHeld->idleCpu()))
                 .arg(bestHeld->idleCpu() > 0 ? ratio(bestHeld->heldCpu() / bestHeld->idleCpu())
                                              : QStringLiteral("- x"))
                 .arg(bestHeld->cpuPerCall() > 0 ? grouped(1.0 / bestHeld->cpuPerCall())
                                                 : QStringLiteral("-")));
        line(QStringLiteral("switch / sipp gateways"),
             QStringLiteral("%1 (the switch relaying and transcoding the calls' RTP vs. sipp's two gateways "
                            "producing and echoing it, same window)")
                 .arg(bestHeld->sippCpu() > 0 ? ratio(bestHeld->heldCpu() / bestHeld->sippCpu())
                                              : QStringLiteral("- x")));
        line(QStringLiteral("switch memory per held call"),
             QStringLiteral("%1 RSS (%2 with %3 calls vs. %4 idle)")
                 .arg(kilobytes(bestHeld->kbPerCall()), megabytesFromKb(bestHeld->heldTo.switchProcess.rssKb))
                 .arg(bestHeld->calls)
                 .arg(megabytesFromKb(bestHeld->idleTo.switchProcess.rssKb)));
    } else {
        line(QStringLiteral("calls held, no lost calls"),
             held.empty() ? QStringLiteral("none")
                          : QStringLiteral("none: %1 at the first step (%2)")
                                .arg(held.front().status())
                                .arg(held.front().calls));
    }
    const RateStep* bestRate = nullptr;
    for (const RateStep& s : rated)
        if (s.clean())
            bestRate = &s;
    if (bestRate) {
        line(QStringLiteral("callbacks completed per second"),
             QStringLiteral("%1/s at %2/s offered with no lost calls%3")
                 .arg(bestRate->outcome.completionRate(), 0, 'f', 1)
                 .arg(bestRate->rate)
                 .arg(bestRate == &rated.back() && rated.size() == std::size_t(o.rates.size())
                          ? QStringLiteral(" (the highest rate tried: the switch may manage more)")
                          : QString()));
        if (baseline.measured() && baseline.cpuPerMessage > 0)
            line(QStringLiteral("CPU per callback / per SMS"),
                 QStringLiteral("%1 (%2 ms per whole callback vs. %3 ms per BALANCE message, which the "
                                "switch answers at %4/s)")
                     .arg(ratio(bestRate->cpuPerCall() / baseline.cpuPerMessage))
                     .arg(bestRate->cpuPerCall() * 1000, 0, 'f', 1)
                     .arg(baseline.cpuPerMessage * 1000, 0, 'f', 2)
                     .arg(grouped(baseline.sms.perSecond())));
    } else {
        line(QStringLiteral("callbacks completed per second"),
             rated.empty() ? QStringLiteral("none measured")
                           : QStringLiteral("none: even the first rate lost calls"));
    }
    line(QStringLiteral("switch stops"),
         w.unclean.isEmpty() ? QStringLiteral("every switch stopped cleanly on SIGTERM")
                             : QStringLiteral("NOT CLEAN: %1").arg(w.unclean.join(QStringLiteral("; "))));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // The Qt SQL driver plugin is only found with an application object.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("BenchCallback"));
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;
    return bench::reportingErrors("BenchCallback", [&] { return run(*options); });
}
