#pragma once

// What every end-to-end callback test needs: a database with the demo data,
// the demo routes pointed at sipp gateways on loopback ports, the real
// rebound-switch started on a free port, and the helpers that drive a
// callback and read its outcome.
#include "SippPeer.h"
#include "SwitchProcess.h"
#include "billing/ChargeRule.h"
#include "billing/CreditManager.h"
#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "cli/CommandLine.h"
#include "core/PasswordHash.h"
#include "demo/DemoData.h"
#include "media/G711.h"
#include "media/PromptSet.h"
#include "media/Rtp.h"
#include "media/Speaker.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/LedgerRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "support/CallStates.h"
#include "support/LoopbackRoutes.h"
#include "support/RequestStates.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <cmath>
#include <csignal>
#include <functional>
#include <map>

namespace rebound::test {

// A socket on 127.0.0.1 at a free port that hands every datagram to
// `received` as it arrives, with where it came from.
class LoopbackDatagrams : public QObject
{
public:
    using Handler = std::function<void(const QByteArray&, const QHostAddress&, quint16)>;
    explicit LoopbackDatagrams(Handler received)
    {
        if (!m_socket.bind(QHostAddress::LocalHost, 0))
            qFatal("cannot bind the test's RTP socket");
        connect(&m_socket, &QUdpSocket::readyRead, this, [this, received] {
            while (m_socket.hasPendingDatagrams()) {
                QByteArray datagram(int(m_socket.pendingDatagramSize()), Qt::Uninitialized);
                QHostAddress from;
                quint16 fromPort = 0;
                m_socket.readDatagram(datagram.data(), datagram.size(), &from, &fromPort);
                received(datagram, from, fromPort);
            }
        });
    }
    quint16 port() const { return m_socket.localPort(); }
    QUdpSocket& socket() { return m_socket; }

private:
    QUdpSocket m_socket;
};

// The subscriber's phone's ear: its RTP comes to this socket, and each PCMU
// packet is decoded as it arrives (the socket's buffer holds only a few
// seconds), with the wall-clock time it came.
class PhoneEar
{
public:
    struct Packet
    {
        std::int64_t atMs = 0;
        std::uint16_t sequence = 0;
        std::vector<std::int16_t> pcm;
    };

    quint16 port() const { return m_socket.port(); }
    const std::vector<Packet>& packets() const { return m_packets; }

private:
    void hear(const QByteArray& datagram)
    {
        const auto packet = media::parseRtp(std::span(
            reinterpret_cast<const std::uint8_t*>(datagram.constData()), std::size_t(datagram.size())));
        if (!packet || packet->header.payloadType != 0)
            return;
        Packet heard{QDateTime::currentMSecsSinceEpoch(), packet->header.sequence,
                     std::vector<std::int16_t>(packet->payload.size())};
        media::decode(media::Codec::Pcmu, packet->payload, heard.pcm.data());
        m_packets.push_back(std::move(heard));
    }

    std::vector<Packet> m_packets;
    LoopbackDatagrams m_socket{
        [this](const QByteArray& datagram, const QHostAddress&, quint16) { hear(datagram); }};
};

// The base of the test classes: each test function gets a new database and
// switch.
class CallbackFlowFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { requireSipp(); }
    void init() { setUpSwitch(); }
    void cleanup() { tearDownSwitch(); }

protected:
    using RequestState = store::RequestState;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_switch;
    QString m_log;
    // Started through `sh` ignoring SIGXFSZ, so a file-size limit set on it
    // (prlimit) makes its writes fail as on a full disk instead of killing it.
    bool m_switchSurvivesFileLimits = false;
    core::MockClock m_clock;
    int m_switchPort = 0;
    int m_smsPort = 0;
    int m_portA = 0;
    int m_portB = 0;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("flow.sqlite")); }
    std::unique_ptr<store::Database> db() const { return store::Database::open(dbPath()); }

    // sipp as leg A's gateway (the subscriber's phone) or leg B's (the
    // destination), playing scenario `name`.
    SippGateway phone(const QString& name, const QList<QPair<QString, QString>>& values = {}, int calls = 1,
                      int timeoutSeconds = 30, const QStringList& extraArgs = {}) const
    {
        return sippGateway(*m_dir, m_portA, name, values, calls, timeoutSeconds, extraArgs);
    }
    SippGateway destination(const QString& name, const QList<QPair<QString, QString>>& values = {},
                            int calls = 1, int timeoutSeconds = 30) const
    {
        return sippGateway(*m_dir, m_portB, name, values, calls, timeoutSeconds);
    }

    core::Money balanceOf(const QString& accountCode = QStringLiteral("1001")) const
    {
        return store::AccountRepository(*db(), m_clock).findByCode(accountCode)->balance;
    }

    // Every call is settled: no credit is left held and every balance
    // matches its ledger.
    void creditIsSettled() const
    {
        const auto database = db();
        QCOMPARE(heldReservations(*database), 0);
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
    }

    // The newest call and its legs, in the order they were dialled.
    struct Call
    {
        store::CallRecord record;
        QList<store::LegRecord> legs;
    };
    Call newestCall() const
    {
        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto call = cdrs.recentCalls().first();
        return {call, cdrs.legs(call.id)};
    }

    // Asks for the usual callback by SMS and waits until its request is in
    // `state` (failing if it ends before); its id.
    void smsCallbackReaches(RequestState state, int timeoutMs, std::int64_t* requestId)
    {
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        *requestId = store::CallbackRequestRepository(*db(), m_clock).recent().first().id;
        RequestState reached{};
        waitForState(*requestId, {state, RequestState::Completed, RequestState::Failed}, timeoutMs, &reached);
        QCOMPARE(reached, state);
    }

    bool sendSms(const QString& text, const QString& expectedReply = QStringLiteral("we will call you"))
    {
        test::SippGateway replies(*m_dir,
                                  test::writeScenario(*m_dir, QStringLiteral("sms_gateway.xml"),
                                                      {{QStringLiteral("REPLY"), expectedReply}}),
                                  m_smsPort);
        const bool sent = test::runSippClient(
            *m_dir, m_switchPort,
            test::writeScenario(*m_dir, QStringLiteral("sms.xml"),
                                {{QStringLiteral("SENDER"), QStringLiteral("+447700900123")},
                                 {QStringLiteral("TEXT"), text}}),
            QStringLiteral("sms"));
        return sent && replies.succeeded();
    }

    // Asks for the usual callback by SMS and waits until the request ends.
    void smsCallbackEnds(store::CallbackRequest* ended, int timeoutMs)
    {
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        newestRequestEnds(ended, timeoutMs);
    }

    // Asks for the usual callback by SMS: it completes, and sipp on both legs
    // finished its call. The request's final row goes to `ended`.
    void smsCallbackCompletes(SippGateway& legA, SippGateway& legB, int timeoutMs,
                              store::CallbackRequest* ended = nullptr)
    {
        store::CallbackRequest request;
        smsCallbackEnds(&request, timeoutMs);
        QVERIFY2(request.state == RequestState::Completed,
                 qPrintable(request.failureReason + QLatin1Char('\n') + m_log.right(3000)));
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());
        if (ended)
            *ended = request;
    }

    // Waits until request `requestId` ends: it ends `expected`.
    void requestEndsAs(std::int64_t requestId, RequestState expected, int timeoutMs)
    {
        RequestState state{};
        waitForState(requestId, {RequestState::Completed, RequestState::Failed}, timeoutMs, &state);
        QVERIFY2(state == expected,
                 qPrintable(store::stateWord(state) + QLatin1Char('\n') + m_log.right(3000)));
    }

    // The request ended failed, for `reason`.
    static void hasFailed(const store::CallbackRequest& request, const QString& reason)
    {
        QCOMPARE(request.state, RequestState::Failed);
        QVERIFY2(request.failureReason.contains(reason), qPrintable(request.failureReason));
    }

    // Waits until the switch has logged `text`.
    void waitForLog(const QString& text, int timeoutMs)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_log += QString::fromUtf8(m_switch->readAllStandardError()), m_log.contains(text)), timeoutMs);
    }

    qsizetype requestCount() const
    {
        return store::CallbackRequestRepository(*db(), m_clock).recent().size();
    }

    // Waits until the newest callback request has ended; its final row.
    void newestRequestEnds(store::CallbackRequest* ended, int timeoutMs)
    {
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        RequestState state{};
        waitForState(request.id, {RequestState::Completed, RequestState::Failed}, timeoutMs, &state);
        *ended = *store::CallbackRequestRepository(*db(), m_clock).find(request.id);
    }

    // The subscriber rings their DID and the phone (sipp `phoneScenario` on
    // leg A) never gets past the IVR: the request fails for `reason`.
    void didCallbackEndsInTheIvr(const QString& phoneScenario, const QString& reason,
                                 QList<store::LegRecord>* legs)
    {
        test::SippGateway phone(*m_dir, phoneScenario, m_portA);
        triggerDid(QStringLiteral("+12125550101"));
        store::CallbackRequest request;
        newestRequestEnds(&request, 60'000);
        hasFailed(request, reason);
        QVERIFY(phone.succeeded());
        *legs = newestCallLegs(*db());
    }

    // The legs of the newest call, in the order they were dialled.
    QList<store::LegRecord> newestCallLegs(const store::Database& database) const
    {
        const store::CdrRepository cdrs(database, m_clock);
        return cdrs.legs(cdrs.recentCalls().first().id);
    }

    // The newest call's two legs once its bridge's RTP counters are on them:
    // the media thread reports them when the bridge ends, which on a busy
    // machine may come after the request is already completed.
    QList<store::LegRecord> legsOnceRelayed(int timeoutMs = 10'000) const
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            const auto legs = newestCallLegs(*db());
            const bool counted = legs.size() == 2 && legs[0].packetsIn + legs[0].packetsOut > 0 &&
                                 legs[1].packetsIn + legs[1].packetsOut > 0;
            if (counted || deadline.hasExpired())
                return legs;
            QTest::qWait(20);
        }
    }

    static int heldReservations(const store::Database& database)
    {
        QSqlQuery held = database.run(QStringLiteral("SELECT count(*) FROM credit_reservations"), {},
                                      QStringLiteral("test"));
        return held.next() ? held.value(0).toInt() : -1;
    }

    void waitForState(std::int64_t requestId, const QList<RequestState>& finalStates, int timeoutMs,
                      RequestState* state)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_log += QString::fromUtf8(m_switch->readAllStandardError()),
             *state = store::CallbackRequestRepository(*db(), m_clock).find(requestId)->state,
             finalStates.contains(*state)),
            timeoutMs);
    }

    // Silent sipp phones would be cut after 30 s without RTP: the switch is
    // restarted with the media timeout off (it is read at start).
    void silentPhonesAreFine() { restartWithMediaTimeout(0); }

    // The media timeout is read at start: the switch is restarted with it.
    void restartWithMediaTimeout(int seconds)
    {
        store::SettingsRepository(*db()).setValue(QStringLiteral("media.timeout_seconds"),
                                                  QString::number(seconds));
        restartSwitch();
    }

    // Stops the switch and starts it again (settings are read at start).
    void restartSwitch()
    {
        m_switch->terminate();
        QVERIFY(m_switch->waitForFinished(15'000));
        QVERIFY2(startSwitch(QStringLiteral("running, SIP on"), 15'000), qPrintable(m_log));
    }

    // Starts rebound-switch on m_switchPort and waits for `ready` in its log.
    // A port taken meanwhile (TCP too: Sofia listens on both) makes the
    // switch exit at once; then it tries another port, twice at most.
    bool startSwitch(const QString& ready, int timeoutMs)
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (attempt > 0)
                m_switchPort = test::freeUdpPort();
            m_log.clear();
            const QStringList arguments{QStringLiteral("--db"),
                                        dbPath(),
                                        QStringLiteral("serve"),
                                        QStringLiteral("--sip-listen"),
                                        QStringLiteral("127.0.0.1:%1").arg(m_switchPort),
                                        QStringLiteral("--web-listen"),
                                        QStringLiteral("off")};
            if (m_switchSurvivesFileLimits)
                m_switch->start(QStringLiteral("sh"),
                                QStringList{QStringLiteral("-c"),
                                            QStringLiteral("trap '' XFSZ; exec \"$0\" \"$@\""),
                                            QStringLiteral(REBOUND_SWITCH_EXE)} +
                                    arguments);
            else
                m_switch->start(QStringLiteral(REBOUND_SWITCH_EXE), arguments);
            QDeadlineTimer deadline(timeoutMs);
            while (!deadline.hasExpired()) {
                m_log += QString::fromUtf8(m_switch->readAllStandardError());
                if (m_log.contains(ready))
                    return true;
                if (m_switch->state() == QProcess::NotRunning)
                    break;
                QTest::qWait(50);
            }
            m_log += QString::fromUtf8(m_switch->readAllStandardError());
            if (m_switch->state() != QProcess::NotRunning)
                return false; // running but never ready: no point in another port
            qWarning().noquote() << "rebound-switch did not start:" << m_log.right(1000);
        }
        return false;
    }

    void setBalance(const QString& accountCode, core::Money balance)
    {
        auto database = db();
        const auto account = store::AccountRepository(*database, m_clock).findByCode(accountCode);
        billing::CreditManager(*database, m_clock)
            .adjust(account->id, balance - account->balance, store::LedgerReason::Adjustment,
                    QStringLiteral("test: set the balance"), QStringLiteral("test"));
    }

    // The sell plan of issue 14: +44 at 0.087655/min (connect fee 0.0125,
    // 30/6) and +1 at 0.123457/min (connect fee 0.035, 30/6, minimum 36 s,
    // `graceB` seconds free). Returns the two rates.
    std::pair<store::Rate, store::Rate> useIssueRates(int graceB)
    {
        store::Rate uk;
        uk.perMinute = core::Money::fromMicros(87'655);
        uk.connectFee = core::Money::fromMicros(12'500);
        uk.firstIncrement = 30;
        uk.nextIncrement = 6;
        store::Rate us = uk;
        us.perMinute = core::Money::fromMicros(123'457);
        us.connectFee = core::Money::fromMicros(35'000);
        us.minSeconds = 36;
        us.graceSeconds = graceB;
        return useSellRates(uk, us);
    }

    // 1001's sell plan becomes `uk` for +44 (the subscribers' phones) and
    // `us` for +1 (the destinations), named here. Returns the two rates.
    std::pair<store::Rate, store::Rate> useSellRates(store::Rate uk, store::Rate us)
    {
        uk.prefix = QStringLiteral("44");
        uk.destination = QStringLiteral("United Kingdom");
        us.prefix = QStringLiteral("1");
        us.destination = QStringLiteral("United States");
        auto database = db();
        const auto account = store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"));
        store::RateRepository(*database, m_clock).replaceRates(*account->sellPlanId, {uk, us});
        return {uk, us};
    }

    // `rates quote --account 1001 … --seconds-a N --max-talk`, as a reseller runs it.
    int quotedMaxTalk(int secondsA)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        cli::CommandLine cli(outStream, errStream, m_clock);
        const int code = cli.run(
            {QStringLiteral("rebound-switch"), QStringLiteral("--db"), dbPath(), QStringLiteral("--json"),
             QStringLiteral("rates"), QStringLiteral("quote"), QStringLiteral("--account"),
             QStringLiteral("1001"), QStringLiteral("--callback"), QStringLiteral("+447700900123"),
             QStringLiteral("--destination"), QStringLiteral("+12025550147"), QStringLiteral("--seconds-a"),
             QString::number(secondsA), QStringLiteral("--max-talk")});
        if (code != 0)
            qWarning().noquote() << err;
        return QJsonDocument::fromJson(out.toUtf8())
            .object()
            .value(QStringLiteral("max_talk_seconds"))
            .toInt(-1);
    }

    void triggerDid(const QString& did)
    {
        QVERIFY(
            test::runSippClient(*m_dir, m_switchPort,
                                test::writeScenario(*m_dir, QStringLiteral("invite.xml"),
                                                    {{QStringLiteral("EXPECTED"), QStringLiteral("486")}}),
                                did));
    }

    // Many SMS callbacks asked at once (sipp sends the `texts` one after the
    // other, 10 a second); sipp answers as many calls on each leg. Waits until
    // every request has ended. The two gateways are left to the caller, who
    // may ask whether they finished every call.
    struct Crowd
    {
        QList<store::CallbackRequest> requests;
        std::unique_ptr<test::SippGateway> phones;
        std::unique_ptr<test::SippGateway> destinations;
    };
    void smsCallbacksAtOnce(const QStringList& texts, int timeoutSeconds, Crowd* crowd)
    {
        const int calls = int(texts.size());
        QFile injection(m_dir->filePath(QStringLiteral("crowd.csv")));
        QVERIFY(injection.open(QIODevice::WriteOnly));
        injection.write("SEQUENTIAL\n");
        for (const QString& text : texts)
            injection.write((text + u'\n').toUtf8());
        injection.close();
        test::SippGateway replies(
            *m_dir,
            test::writeScenario(*m_dir, QStringLiteral("sms_gateway.xml"),
                                {{QStringLiteral("REPLY"), QStringLiteral("we will call you")}}),
            m_smsPort, calls);
        const QString answer = test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {});
        crowd->phones = std::make_unique<test::SippGateway>(*m_dir, answer, m_portA, calls, timeoutSeconds);
        crowd->destinations =
            std::make_unique<test::SippGateway>(*m_dir, answer, m_portB, calls, timeoutSeconds);
        QVERIFY(test::runSippClient(
            *m_dir, m_switchPort,
            test::writeScenario(*m_dir, QStringLiteral("sms.xml"),
                                {{QStringLiteral("SENDER"), QStringLiteral("+447700900123")},
                                 {QStringLiteral("TEXT"), QStringLiteral("[field0]")}}),
            QStringLiteral("sms"), calls, injection.fileName()));
        QVERIFY(replies.succeeded());
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_log += QString::fromUtf8(m_switch->readAllStandardError()),
             crowd->requests = store::CallbackRequestRepository(*db(), m_clock).recent(),
             crowd->requests.size() == calls && std::all_of(crowd->requests.cbegin(), crowd->requests.cend(),
                                                            [](const auto& r) { return r.isFinished(); })),
            timeoutSeconds * 1000);
    }

    static void requireSipp()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QFAIL("sipp is not installed; packaging/install-deps.sh installs it (package sip-tester)");
    }

    void setUpSwitch()
    {
        m_dir = test::testDir();
        m_switchPort = test::freeUdpPort();
        m_smsPort = test::freeUdpPort();
        m_portA = test::freeUdpPort();
        m_portB = test::freeUdpPort();
        core::PasswordHash::setDefaultIterationsForTesting(1000);
        auto database = db();
        demo::DemoData::seed(*database, m_clock);
        store::GatewayRepository gateways(*database, m_clock);
        auto carrier = *gateways.findGatewayByName(QStringLiteral("Demo carrier"));
        carrier.port = m_smsPort; // SMS replies go here
        gateways.updateGateway(carrier);
        test::routeDemoCallsToLoopback(*database, m_clock, m_portA, m_portB);
        m_switch = std::make_unique<QProcess>();
        QVERIFY2(startSwitch(QStringLiteral("running, SIP on"), 15'000), qPrintable(m_log));
    }

    void tearDownSwitch()
    {
        if (m_switch)
            test::stopSwitch(*m_switch, &m_log, 6000);
        m_switch.reset();
        m_dir.reset();
    }
};

} // namespace rebound::test
