// A whole callback, end to end: an SMS asks for one, the switch calls the
// subscriber (leg A, a sipp gateway), announces the balance, calls the
// destination (leg B, another sipp gateway), bridges them, and bills both
// legs when the destination hangs up.
#include "SippPeer.h"
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
#include "support/LoopbackRoutes.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <cmath>
#include <csignal>
#include <map>

using namespace rebound;

// The subscriber's phone's ear: its RTP comes to this socket, and each PCMU
// packet is decoded as it arrives (the socket's buffer holds only a few
// seconds), with the wall-clock time it came.
class PhoneEar : public QObject
{
public:
    struct Packet
    {
        std::int64_t atMs = 0;
        std::uint16_t sequence = 0;
        std::vector<std::int16_t> pcm;
    };

    PhoneEar()
    {
        if (!m_socket.bind(QHostAddress::LocalHost, 0))
            qFatal("cannot bind the test's RTP socket");
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                QByteArray datagram(int(m_socket.pendingDatagramSize()), Qt::Uninitialized);
                m_socket.readDatagram(datagram.data(), datagram.size());
                const auto packet =
                    media::parseRtp(std::span(reinterpret_cast<const std::uint8_t*>(datagram.constData()),
                                              std::size_t(datagram.size())));
                if (!packet || packet->header.payloadType != 0)
                    continue;
                Packet heard{QDateTime::currentMSecsSinceEpoch(), packet->header.sequence,
                             std::vector<std::int16_t>(packet->payload.size())};
                media::decode(media::Codec::Pcmu, packet->payload, heard.pcm.data());
                m_packets.push_back(std::move(heard));
            }
        });
    }
    quint16 port() const { return m_socket.localPort(); }
    const std::vector<Packet>& packets() const { return m_packets; }

private:
    QUdpSocket m_socket;
    std::vector<Packet> m_packets;
};

class TestCallbackFlow : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_switch;
    QString m_log;
    core::MockClock m_clock;
    int m_switchPort = 0;
    int m_smsPort = 0;
    int m_portA = 0;
    int m_portB = 0;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("flow.sqlite")); }
    std::unique_ptr<store::Database> db() const { return store::Database::open(dbPath()); }

    bool sendSms(const QString& text, const QString& expectedReply = QStringLiteral("we will call you"))
    {
        test::SippGateway replies(*m_dir,
                                  test::writeScenario(*m_dir, QStringLiteral("sms_gateway.xml"),
                                                      {{QStringLiteral("REPLY"), expectedReply}}),
                                  m_smsPort);
        QTest::qWait(300);
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

    // Waits until the newest callback request has ended; its final row.
    void newestRequestEnds(store::CallbackRequest* ended, int timeoutMs)
    {
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        QString state;
        waitForState(request.id, {QStringLiteral("completed"), QStringLiteral("failed")}, timeoutMs, &state);
        *ended = *store::CallbackRequestRepository(*db(), m_clock).find(request.id);
    }

    // The subscriber rings their DID and the phone (sipp `phoneScenario` on
    // leg A) never gets past the IVR: the request fails for `reason`.
    void didCallbackEndsInTheIvr(const QString& phoneScenario, const QString& reason,
                                 QList<store::LegRecord>* legs)
    {
        test::SippGateway phone(*m_dir, phoneScenario, m_portA);
        QTest::qWait(300);
        triggerDid(QStringLiteral("+12125550101"));
        store::CallbackRequest request;
        newestRequestEnds(&request, 60'000);
        QCOMPARE(request.state, QStringLiteral("failed"));
        QVERIFY2(request.failureReason.contains(reason), qPrintable(request.failureReason));
        QVERIFY(phone.succeeded());
        *legs = newestCallLegs(*db());
    }

    // The legs of the newest call, in the order they were dialled.
    QList<store::LegRecord> newestCallLegs(const store::Database& database) const
    {
        const store::CdrRepository cdrs(database, m_clock);
        return cdrs.legs(cdrs.recentCalls().first().id);
    }

    static int heldReservations(const store::Database& database)
    {
        QSqlQuery held = database.run(QStringLiteral("SELECT count(*) FROM credit_reservations"), {},
                                      QStringLiteral("test"));
        return held.next() ? held.value(0).toInt() : -1;
    }

    void waitForState(std::int64_t requestId, const QStringList& finalStates, int timeoutMs, QString* state)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_log += QString::fromUtf8(m_switch->readAllStandardError()),
             *state = store::CallbackRequestRepository(*db(), m_clock).find(requestId)->state,
             finalStates.contains(*state)),
            timeoutMs);
    }

    // Silent sipp phones would be cut after 30 s without RTP: the switch is
    // restarted with the media timeout off (it is read at start).
    void silentPhonesAreFine()
    {
        store::SettingsRepository(*db()).setValue(QStringLiteral("media.timeout_seconds"),
                                                  QStringLiteral("0"));
        m_switch->terminate();
        QVERIFY(m_switch->waitForFinished(15'000));
        QVERIFY2(startSwitch(QStringLiteral("running, SIP on"), 15'000), qPrintable(m_log));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QFAIL("sipp is not installed; packaging/install-deps.sh installs it (package sip-tester)");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (qEnvironmentVariableIsSet("REBOUND_KEEP_TEST_DIR"))
            m_dir->setAutoRemove(false);
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

    // Starts rebound-switch on m_switchPort and waits for `ready` in its log.
    // A port taken meanwhile (TCP too: Sofia listens on both) makes the
    // switch exit at once; then it tries another port, twice at most.
    bool startSwitch(const QString& ready, int timeoutMs)
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (attempt > 0)
                m_switchPort = test::freeUdpPort();
            m_log.clear();
            m_switch->start(QStringLiteral(REBOUND_SWITCH_EXE),
                            {QStringLiteral("--db"), dbPath(), QStringLiteral("serve"),
                             QStringLiteral("--sip-listen"), QStringLiteral("127.0.0.1:%1").arg(m_switchPort),
                             QStringLiteral("--web-listen"), QStringLiteral("off")});
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

    void cleanup()
    {
        if (m_switch) {
            m_switch->terminate();
            if (!m_switch->waitForFinished(15'000))
                m_switch->kill();
            m_log += QString::fromUtf8(m_switch->readAllStandardError());
            if (QTest::currentTestFailed())
                qWarning().noquote() << m_log.right(6000);
        }
        m_switch.reset();
        m_dir.reset();
    }

    void smsCallbackIsBridgedAndBilled()
    {
        const auto before =
            store::AccountRepository(*db(), m_clock).findByCode(QStringLiteral("1001"))->balance;
        test::SippGateway legA(*m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                               m_portA);
        // The destination talks (PCMA), the subscriber's phone listens (PCMU).
        test::SippGateway legB(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_talk_hangup.xml"),
                                                   {{QStringLiteral("TALK_MS"), QStringLiteral("3000")}}),
                               m_portB);
        QTest::qWait(300);
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        const auto requests = store::CallbackRequestRepository(*db(), m_clock).recent();
        QCOMPARE(requests.size(), 1);
        QString state;
        waitForState(requests.first().id, {QStringLiteral("completed"), QStringLiteral("failed")}, 60'000,
                     &state);
        QCOMPARE(state, QStringLiteral("completed"));
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());
        QVERIFY2(m_log.contains(QStringLiteral("bridged")), qPrintable(m_log.right(3000)));

        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto calls = cdrs.recentCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().state, QStringLiteral("completed"));
        const auto legs = cdrs.legs(calls.first().id);
        QCOMPARE(legs.size(), 2);
        for (const auto& leg : legs) {
            QVERIFY(leg.answeredAt.has_value());
            QVERIFY(!leg.open);
            QVERIFY(leg.durationMs > 0);
            QVERIFY(leg.sell > core::Money());
            QVERIFY(!leg.sellPrefix.isEmpty());
        }
        QCOMPARE(legs[0].number, QStringLiteral("447700900123"));
        QCOMPARE(legs[1].number, QStringLiteral("12025550147"));
        // What the bridge relayed is on the CDRs: about 3 s of B's speech in
        // 30 ms packets went to A, and A (a silent sipp) sent nothing.
        QVERIFY2(legs[1].packetsIn > 50, qPrintable(QString::number(legs[1].packetsIn)));
        QCOMPARE(legs[0].packetsOut, legs[1].packetsIn);
        QCOMPARE(legs[0].packetsIn, 0);
        QCOMPARE(legs[1].packetsOut, 0);
        QVERIFY(legs[0].durationMs > legs[1].durationMs); // A was up through the announcement and B's ringing
        const auto after =
            store::AccountRepository(*db(), m_clock).findByCode(QStringLiteral("1001"))->balance;
        QCOMPARE(before - after, calls.first().sell);
        QVERIFY(store::LedgerRepository(*db(), m_clock).findMismatches().isEmpty());
    }

    void subscriberHearsTheBalanceAnnouncement()
    {
        // The phone's media goes to a socket of ours, so what the subscriber
        // would hear can be compared with the prompts, sample by sample.
        PhoneEar ear;
        test::SippGateway legA(
            *m_dir,
            test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"),
                                {{QStringLiteral("[media_port]"), QString::number(ear.port())}}),
            m_portA);
        test::SippGateway legB(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_answer_hangup.xml"),
                                                   {{QStringLiteral("TALK_MS"), QStringLiteral("1000")}}),
                               m_portB);
        QTest::qWait(300);
        const auto balance =
            store::AccountRepository(*db(), m_clock).findByCode(QStringLiteral("1001"))->balance;
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        QString state;
        waitForState(store::CallbackRequestRepository(*db(), m_clock).recent().first().id,
                     {QStringLiteral("completed"), QStringLiteral("failed")}, 60'000, &state);
        QCOMPARE(state, QStringLiteral("completed"));

        std::map<std::uint16_t, std::vector<std::int16_t>> bySequence;
        for (const PhoneEar::Packet& p : ear.packets())
            bySequence.emplace(p.sequence, p.pcm);
        std::vector<std::int16_t> heard;
        for (const auto& [sequence, pcm] : bySequence)
            heard.insert(heard.end(), pcm.begin(), pcm.end());

        const auto prompts = media::PromptSet::load(media::PromptSet::defaultFolder(QStringLiteral("en")),
                                                    QStringLiteral("en"));
        QVERIFY2(prompts.set, qPrintable(prompts.error));
        QStringList sentence{QStringLiteral("you-have")};
        sentence += media::Speaker::forLanguage(QStringLiteral("en"))->amount(balance, QStringLiteral("USD"));
        sentence << QStringLiteral("please-hold");
        std::vector<std::int16_t> expected;
        for (const QString& name : sentence) {
            QVERIFY2(prompts.set->find(name), qPrintable(name));
            const auto& samples = prompts.set->find(name)->samples;
            expected.insert(expected.end(), samples.begin(), samples.end());
        }
        QVERIFY2(heard.size() >= expected.size(),
                 qPrintable(QStringLiteral("heard %1 samples, the sentence has %2")
                                .arg(heard.size())
                                .arg(expected.size())));
        // Best alignment within the first 100 ms, then the error energy
        // against the signal's: G.711 leaves about -37 dB; anything else
        // (another prompt, silence, noise) is near 0 dB or above.
        double best = std::numeric_limits<double>::max();
        double signal = 0;
        for (const std::int16_t s : expected)
            signal += double(s) * s;
        for (std::size_t offset = 0; offset <= 800 && offset + expected.size() <= heard.size(); ++offset) {
            double error = 0;
            for (std::size_t i = 0; i < expected.size() && error < best; ++i) {
                const double d = double(heard[offset + i]) - expected[i];
                error += d * d;
            }
            best = std::min(best, error);
        }
        const double decibels = 10 * std::log10(best / signal);
        QVERIFY2(decibels < -25,
                 qPrintable(QStringLiteral("%1 dB from \"%2\"").arg(decibels).arg(sentence.join(u' '))));
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());
    }

    void didCallbackCollectsTheDestinationByDtmf_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::newRow("RFC 4733 events") << QStringLiteral("phone_keys_destination.xml");
        QTest::newRow("sipp play_dtmf, payload type 96") << QStringLiteral("phone_play_dtmf.xml");
        QTest::newRow("SIP INFO") << QStringLiteral("phone_info_destination.xml");
    }

    void didCallbackCollectsTheDestinationByDtmf()
    {
        QFETCH(QString, phone);
        test::SippGateway legA(*m_dir, test::writeScenario(*m_dir, phone, {}), m_portA);
        test::SippGateway legB(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_answer_hangup.xml"),
                                                   {{QStringLiteral("TALK_MS"), QStringLiteral("2000")}}),
                               m_portB);
        QTest::qWait(300);
        // The subscriber rings their DID: 486, and a callback request.
        triggerDid(QStringLiteral("+12125550101"));

        const auto requests = store::CallbackRequestRepository(*db(), m_clock).recent();
        QCOMPARE(requests.size(), 1);
        QString state;
        waitForState(requests.first().id, {QStringLiteral("completed"), QStringLiteral("failed")}, 90'000,
                     &state);
        QVERIFY2(state == QStringLiteral("completed"), qPrintable(m_log.right(3000)));
        QVERIFY2(m_log.contains(QStringLiteral("destination +1234567890")), qPrintable(m_log.right(3000)));
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());
        const auto database = db();
        const auto calls = store::CdrRepository(*database, m_clock).recentCalls();
        QCOMPARE(calls.size(), 1);
        const auto legs = store::CdrRepository(*database, m_clock).legs(calls.first().id);
        QCOMPARE(legs.size(), 2);
        QCOMPARE(legs[1].number, QStringLiteral("1234567890"));
        QVERIFY(legs[1].answeredAt.has_value());
        QVERIFY(calls.first().sell > core::Money());
    }

    void destinationBusyIsToldAndNothingCharged()
    {
        const auto before =
            store::AccountRepository(*db(), m_clock).findByCode(QStringLiteral("1001"))->balance;
        test::SippGateway legA(*m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                               m_portA);
        test::SippGateway legB(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_fail.xml"),
                                                   {{QStringLiteral("STATUS"), QStringLiteral("486")}}),
                               m_portB);
        QTest::qWait(300);
        store::CallbackRequest request;
        smsCallbackEnds(&request, 60'000);
        QCOMPARE(request.state, QStringLiteral("failed"));
        QVERIFY2(request.failureReason.contains(QStringLiteral("486")), qPrintable(request.failureReason));
        QVERIFY(legA.succeeded()); // told "busy", then hung up by the switch
        QVERIFY(legB.succeeded());
        const auto database = db();
        const auto legs = store::CdrRepository(*database, m_clock)
                              .legs(store::CdrRepository(*database, m_clock).recentCalls().first().id);
        QCOMPARE(legs.size(), 2);
        QCOMPARE(legs[1].sipStatus, 486); // the failed attempt is on record
        QVERIFY(!legs[1].answeredAt.has_value());
        // Leg A was up and is billed; leg B cost nothing; no credit is left held.
        const auto after =
            store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"))->balance;
        QCOMPARE(before - after, legs[0].sell);
        QCOMPARE(legs[1].sell, core::Money());
        QCOMPARE(heldReservations(*database), 0);
    }

    void setBalance(const QString& accountCode, core::Money balance)
    {
        auto database = db();
        const auto account = store::AccountRepository(*database, m_clock).findByCode(accountCode);
        billing::CreditManager(*database, m_clock)
            .adjust(account->id, balance - account->balance, store::LedgerReason::Adjustment,
                    QStringLiteral("test: set the balance"), QStringLiteral("test"));
    }

    void tooLittleCreditForTheIvrMeansNoCall()
    {
        // 0.1 cent buys seconds of leg A, not the minute of IVR the call must
        // hold before the subscriber's phone rings: nobody is called.
        setBalance(QStringLiteral("1001"), core::Money::fromMicros(1'000));
        store::CallbackRequest request;
        smsCallbackEnds(&request, 30'000);
        QCOMPARE(request.state, QStringLiteral("failed"));
        QVERIFY2(request.failureReason.contains(QStringLiteral("not have enough credit")),
                 qPrintable(request.failureReason));
        const auto database = db();
        QVERIFY(store::CdrRepository(*database, m_clock).recentCalls().isEmpty()); // no call was placed
        QCOMPARE(store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"))->balance,
                 core::Money::fromMicros(1'000));
        QCOMPARE(heldReservations(*database), 0);
    }

    void balanceTooLowIsSpokenAndTheCallEnds()
    {
        // Enough for the minute of leg A the IVR holds, not for a second of
        // talk on top of B's ring allowance.
        {
            auto database = db();
            billing::RateCache cache(*database, m_clock);
            const auto rateA =
                billing::Rater(cache, store::SettingsRepository(*database).billingTimeZone())
                    .rateFor(*store::AccountRepository(*database, m_clock)
                                  .findByCode(QStringLiteral("1001"))
                                  ->sellPlanId,
                             core::PhoneNumber::fromE164(QStringLiteral("447700900123")), m_clock.nowMs());
            QVERIFY(rateA);
            const core::Money ivrHold = billing::chargeForSeconds(*rateA, 60).amount;
            setBalance(QStringLiteral("1001"), ivrHold + core::Money::fromMicros(500));
        }
        test::SippGateway legA(*m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                               m_portA);
        QTest::qWait(300);
        store::CallbackRequest request;
        smsCallbackEnds(&request, 60'000);
        QCOMPARE(request.state, QStringLiteral("failed"));
        QVERIFY2(request.failureReason.contains(QStringLiteral("not have enough credit")),
                 qPrintable(request.failureReason));
        QVERIFY(legA.succeeded());
        const auto database = db();
        QCOMPARE(store::CdrRepository(*database, m_clock)
                     .legs(store::CdrRepository(*database, m_clock).recentCalls().first().id)
                     .size(),
                 1); // leg B was never dialled
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
    }

    void creditRunsOutMidCall()
    {
        // Per-second sell increments so the cut can fall on any second, a
        // short allowance for B's ringing, and the warning tone early.
        std::int64_t accountId = 0;
        const core::Money before = core::Money::fromMicros(7'500); // about 12 s of talk
        QHash<QString, store::Rate> sellRates;
        {
            auto database = db();
            const auto account =
                store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"));
            accountId = account->id;
            store::RateRepository rates(*database, m_clock);
            auto plan = rates.rates(*account->sellPlanId);
            for (store::Rate& r : plan) {
                r.firstIncrement = 1;
                r.nextIncrement = 1;
                sellRates.insert(r.prefix, r);
            }
            rates.replaceRates(*account->sellPlanId, plan);
            store::SettingsRepository settings(*database);
            settings.setValue(QStringLiteral("callback.ivr_allowance_seconds"), QStringLiteral("15"));
            settings.setValue(QStringLiteral("callback.ring_allowance_seconds"), QStringLiteral("10"));
            settings.setValue(QStringLiteral("callback.warning_seconds"), QStringLiteral("5"));
            billing::CreditManager(*database, m_clock)
                .adjust(account->id, before - account->balance, store::LedgerReason::Adjustment,
                        QStringLiteral("test: a few seconds of credit"), QStringLiteral("test"));
        }
        test::SippGateway legA(*m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                               m_portA);
        test::SippGateway legB(*m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                               m_portB);
        QTest::qWait(300);
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        QString state;
        waitForState(request.id,
                     {QStringLiteral("bridged"), QStringLiteral("completed"), QStringLiteral("failed")},
                     60'000, &state);
        QCOMPARE(state, QStringLiteral("bridged"));
        // What the call holds while it is up.
        QSqlQuery held =
            db()->run(QStringLiteral("SELECT amount_micros FROM credit_reservations WHERE account_id = ?"),
                      {qlonglong(accountId)}, QStringLiteral("t"));
        QVERIFY(held.next());
        const core::Money reserved = core::Money::fromMicros(held.value(0).toLongLong());
        QVERIFY(reserved <= before);
        // Neither phone hangs up: only the switch ends this call.
        waitForState(request.id, {QStringLiteral("completed"), QStringLiteral("failed")}, 60'000, &state);
        QCOMPARE(state, QStringLiteral("completed"));
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());
        const auto match = QRegularExpression(QStringLiteral("bridged, limit (\\d+) s")).match(m_log);
        QVERIFY2(match.hasMatch(), qPrintable(m_log.right(3000)));
        const int limit = match.captured(1).toInt();
        QVERIFY2(limit >= 6 && limit <= 30, qPrintable(match.captured(0)));
        QVERIFY(m_log.contains(QStringLiteral("warning tone, 5 s of credit left")));

        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto call = cdrs.recentCalls().first();
        QCOMPARE(call.hangupReason, QStringLiteral("credit limit reached"));
        const auto legs = cdrs.legs(call.id);
        QCOMPARE(legs.size(), 2);
        const store::LegRecord& a = legs[0];
        const store::LegRecord& b = legs[1];
        // Cut at the limit to the millisecond; leg A is billed to the same instant.
        QCOMPARE(b.durationMs, std::int64_t(limit) * 1000);
        QCOMPARE(*b.endedAt, *b.answeredAt + std::int64_t(limit) * 1000);
        QCOMPARE(*a.endedAt, *b.endedAt);
        // The right second: what was held pays for `limit` seconds, not one more.
        const store::Rate rateA = sellRates.value(a.sellPrefix);
        const store::Rate rateB = sellRates.value(b.sellPrefix);
        const int secondsABeforeB = billing::billableSeconds(*b.answeredAt - *a.answeredAt);
        QVERIFY(billing::Rater::costOfTalk(rateA, secondsABeforeB, rateB, limit) <= reserved);
        QVERIFY(billing::Rater::costOfTalk(rateA, secondsABeforeB, rateB, limit + 1) > reserved);
        // Priced exactly by the billing rule, and charged to the micro-unit.
        QCOMPARE(a.sell, billing::chargeForDuration(rateA, a.durationMs).amount);
        QCOMPARE(b.sell, billing::chargeForDuration(rateB, b.durationMs).amount);
        QVERIFY(a.sell + b.sell <= reserved);
        const core::Money after = store::AccountRepository(*database, m_clock).findById(accountId)->balance;
        QCOMPARE(after, before - a.sell - b.sell);
        QVERIFY(after >= core::Money()); // the credit limit (0) held
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
        QCOMPARE(heldReservations(*database), 0);
    }

    // The sell plan of issue 14: +44 at 0.087655/min (connect fee 0.0125,
    // 30/6) and +1 at 0.123457/min (connect fee 0.035, 30/6, minimum 36 s,
    // `graceB` seconds free). Returns the two rates.
    std::pair<store::Rate, store::Rate> useIssueRates(int graceB)
    {
        auto database = db();
        const auto account = store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"));
        store::Rate uk;
        uk.prefix = QStringLiteral("44");
        uk.destination = QStringLiteral("United Kingdom");
        uk.perMinute = core::Money::fromMicros(87'655);
        uk.connectFee = core::Money::fromMicros(12'500);
        uk.firstIncrement = 30;
        uk.nextIncrement = 6;
        store::Rate us = uk;
        us.prefix = QStringLiteral("1");
        us.destination = QStringLiteral("United States");
        us.perMinute = core::Money::fromMicros(123'457);
        us.connectFee = core::Money::fromMicros(35'000);
        us.minSeconds = 36;
        us.graceSeconds = graceB;
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

    void theCutOffIsTheQuotedMaxTalk_data()
    {
        QTest::addColumn<qint64>("balanceMicros");
        QTest::addColumn<int>("graceB");
        QTest::newRow("0.26") << qint64(260'000) << 0;
        QTest::newRow("0.22, 3 s grace") << qint64(220'000) << 3;
    }

    void theCutOffIsTheQuotedMaxTalk()
    {
        // The hold is sized with 60 s of leg A for B's ringing; when B
        // answers sooner, the credit that frees up buys talk time too.
        QFETCH(qint64, balanceMicros);
        QFETCH(int, graceB);
        const auto [rateA, rateB] = useIssueRates(graceB);
        const core::Money before = core::Money::fromMicros(balanceMicros);
        setBalance(QStringLiteral("1001"), before);
        // The sipp phones are silent; only the credit may end this call.
        silentPhonesAreFine();
        test::SippGateway legA(*m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                               m_portA, 1, 120);
        test::SippGateway legB(*m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                               m_portB, 1, 120);
        QTest::qWait(300);
        store::CallbackRequest request;
        smsCallbackEnds(&request, 120'000);
        QCOMPARE(request.state, QStringLiteral("completed"));
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());

        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto call = cdrs.recentCalls().first();
        const auto legs = cdrs.legs(call.id);
        QCOMPARE(legs.size(), 2);
        const store::LegRecord& a = legs[0];
        const store::LegRecord& b = legs[1];
        const int secondsA = billing::billableSeconds(*b.answeredAt - *a.answeredAt);
        const int expected = billing::Rater::maxTalkSeconds(before, rateA, secondsA, rateB, 4 * 3600);
        QVERIFY2(expected > graceB, qPrintable(QString::number(expected)));
        const auto match = QRegularExpression(QStringLiteral("bridged, limit (\\d+) s")).match(m_log);
        QVERIFY2(match.hasMatch(), qPrintable(m_log.right(3000)));
        QCOMPARE(match.captured(1).toInt(), expected);
        QCOMPARE(call.limitSeconds.value_or(-1), expected); // the limit enforced, for the Live calls page
        QCOMPARE(call.hangupReason, QStringLiteral("credit limit reached"));
        QVERIFY(std::abs(b.durationMs - std::int64_t(expected) * 1000) <= 1000);
        // Billed by the billing rule, to the micro-unit, never below the limit.
        QCOMPARE(a.sell, billing::chargeForDuration(rateA, a.durationMs).amount);
        QCOMPARE(b.sell, billing::chargeForDuration(rateB, b.durationMs).amount);
        QVERIFY(b.sell > core::Money()); // never a destination sold for nothing
        const core::Money after =
            store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"))->balance;
        QCOMPARE(after, before - a.sell - b.sell);
        QVERIFY2(after >= core::Money(), qPrintable(after.toPlainString(6)));
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
        QCOMPARE(heldReservations(*database), 0);

        // The reseller's quote for the same inputs says the same.
        setBalance(QStringLiteral("1001"), before);
        QCOMPARE(quotedMaxTalk(secondsA), expected);
    }

    void twentyBalancesAreEachCutAtTheirMaxTalk()
    {
        // Twenty subscribers with rising balances call at once; each call is
        // cut when its own credit runs out, within a second of the longest
        // talk time the billing rule allows, and no balance ends below zero.
        constexpr int Calls = 20;
        store::Rate rateA;
        store::Rate rateB;
        QList<std::pair<std::int64_t, core::Money>> accounts;
        {
            auto database = db();
            std::tie(rateA, rateB) = useIssueRates(0);
            // Per-second pricing on B keeps each call short: 3.00/min.
            rateB.perMinute = core::Money::fromMicros(3'000'000);
            rateB.firstIncrement = 1;
            rateB.nextIncrement = 1;
            rateB.minSeconds = 0;
            const std::int64_t plan =
                *store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"))->sellPlanId;
            store::RateRepository(*database, m_clock).replaceRates(plan, {rateA, rateB});
            store::SettingsRepository settings(*database);
            settings.setValue(QStringLiteral("callback.ivr_allowance_seconds"), QStringLiteral("15"));
            settings.setValue(QStringLiteral("callback.ring_allowance_seconds"), QStringLiteral("10"));
            store::AccountRepository repository(*database, m_clock);
            for (int i = 0; i < Calls; ++i) {
                store::Account account;
                account.accountCode = QStringLiteral("20%1").arg(i, 2, 10, QLatin1Char('0'));
                account.name = QStringLiteral("Sweep %1").arg(i);
                account.sellPlanId = plan;
                account.callbackNumber = core::PhoneNumber::fromE164(
                    QStringLiteral("4477009002%1").arg(i, 2, 10, QLatin1Char('0')));
                const std::int64_t id = repository.insert(account);
                const core::Money balance = core::Money::fromMicros(330'000 + 53'000 * i);
                billing::CreditManager(*database, m_clock)
                    .adjust(id, balance, store::LedgerReason::Adjustment, QStringLiteral("test"),
                            QStringLiteral("test"));
                accounts.append({id, balance});
            }
        }
        silentPhonesAreFine();
        QFile injection(m_dir->filePath(QStringLiteral("sweep.csv")));
        QVERIFY(injection.open(QIODevice::WriteOnly));
        injection.write("SEQUENTIAL\n");
        for (int i = 0; i < Calls; ++i)
            injection.write(
                QStringLiteral("20%1;+4477009002%1;+120255501%1\n").arg(i, 2, 10, QLatin1Char('0')).toUtf8());
        injection.close();
        test::SippGateway replies(
            *m_dir,
            test::writeScenario(*m_dir, QStringLiteral("sms_gateway.xml"),
                                {{QStringLiteral("REPLY"), QStringLiteral("we will call you")}}),
            m_smsPort, Calls);
        test::SippGateway phones(*m_dir,
                                 test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                                 m_portA, Calls, 120);
        test::SippGateway destinations(*m_dir,
                                       test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                                       m_portB, Calls, 120);
        QTest::qWait(300);
        QVERIFY(test::runSippClient(
            *m_dir, m_switchPort,
            test::writeScenario(*m_dir, QStringLiteral("sms.xml"),
                                {{QStringLiteral("SENDER"), QStringLiteral("+447700900123")},
                                 {QStringLiteral("TEXT"), QStringLiteral("[field0] [field1] [field2]")}}),
            QStringLiteral("sms"), Calls, injection.fileName()));
        QVERIFY(replies.succeeded());
        QList<store::CallbackRequest> requests;
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_log += QString::fromUtf8(m_switch->readAllStandardError()),
             requests = store::CallbackRequestRepository(*db(), m_clock).recent(),
             requests.size() == Calls && std::all_of(requests.cbegin(), requests.cend(),
                                                     [](const auto& r) { return r.isFinished(); })),
            120'000);
        QVERIFY(phones.succeeded());
        QVERIFY(destinations.succeeded());
        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        for (const auto& [accountId, before] : accounts) {
            const auto calls = cdrs.recentCalls(accountId);
            QCOMPARE(calls.size(), 1);
            const auto legs = cdrs.legs(calls.first().id);
            QCOMPARE(legs.size(), 2);
            QCOMPARE(calls.first().hangupReason, QStringLiteral("credit limit reached"));
            const int secondsA = billing::billableSeconds(*legs[1].answeredAt - *legs[0].answeredAt);
            const int expected = billing::Rater::maxTalkSeconds(before, rateA, secondsA, rateB, 4 * 3600);
            QVERIFY2(std::abs(legs[1].durationMs - std::int64_t(expected) * 1000) <= 1000,
                     qPrintable(QStringLiteral("%1: talked %2 ms, max talk %3 s")
                                    .arg(before.toPlainString(2))
                                    .arg(legs[1].durationMs)
                                    .arg(expected)));
            QCOMPARE(calls.first().limitSeconds.value_or(-1), expected);
            const core::Money after =
                store::AccountRepository(*database, m_clock).findById(accountId)->balance;
            QCOMPARE(after, before - calls.first().sell);
            QVERIFY2(after >= core::Money(), qPrintable(after.toPlainString(6)));
        }
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
        QCOMPARE(heldReservations(*database), 0);
    }

    void aLateAnswerAfterWeGaveUpIsHungUp()
    {
        // Leg A's gateway is silent for 6 s, so the switch gives up on it
        // after 5 s; then it answers. The switch ACKs and BYEs that leg
        // (sipp fails without the BYE) and nobody pays for it.
        store::SettingsRepository(*db()).setValue(QStringLiteral("callback.retries"), QStringLiteral("0"));
        test::SippGateway legA(
            *m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_silent_then_answer.xml"), {}),
            m_portA);
        QTest::qWait(300);
        store::CallbackRequest request;
        smsCallbackEnds(&request, 60'000);
        QCOMPARE(request.state, QStringLiteral("failed"));
        QVERIFY2(legA.succeeded(), qPrintable(m_log.right(3000)));
        const auto database = db();
        const auto legs = newestCallLegs(*database);
        QCOMPARE(legs.size(), 1);
        QCOMPARE(legs[0].sell, core::Money());
        QCOMPARE(legs[0].durationMs, 0);
        QCOMPARE(heldReservations(*database), 0);
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
    }

    void subscriberHangsUpWhileTheDestinationRings_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::newRow("487 after CANCEL") << QStringLiteral("gateway_ring_until_cancel.xml");
        QTest::newRow("200 crossing CANCEL") << QStringLiteral("gateway_ring_answer_crossing_cancel.xml");
    }

    void subscriberHangsUpWhileTheDestinationRings()
    {
        // The phone hangs up 9 s after answering: after the balance (about
        // 6 s), while B rings. B is CANCELled; if its 200 OK crosses the
        // CANCEL it is BYEd at once and billed nothing: never bridged to a
        // leg A that is gone, never left up until the limit.
        QFETCH(QString, destination);
        test::SippGateway legA(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_answer_hangup.xml"),
                                                   {{QStringLiteral("TALK_MS"), QStringLiteral("9000")}}),
                               m_portA);
        test::SippGateway legB(*m_dir, test::writeScenario(*m_dir, destination, {}), m_portB);
        QTest::qWait(300);
        store::CallbackRequest request;
        smsCallbackEnds(&request, 60'000);
        QCOMPARE(request.state, QStringLiteral("failed"));
        QVERIFY2(request.failureReason.contains(QStringLiteral("hung up before")),
                 qPrintable(request.failureReason));
        QVERIFY(legA.succeeded());
        QVERIFY2(legB.succeeded(), qPrintable(m_log.right(3000)));
        QVERIFY(!m_log.contains(QStringLiteral("bridged")));
        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto call = cdrs.recentCalls().first();
        const auto legs = cdrs.legs(call.id);
        QCOMPARE(legs.size(), 2);
        QCOMPARE(legs[1].durationMs, 0);
        QCOMPARE(legs[1].sell, core::Money());
        QCOMPARE(legs[1].buy, core::Money());
        // Leg A is billed to its own BYE, about 9 s.
        QVERIFY(std::abs(legs[0].durationMs - 9000) < 1500);
        QCOMPARE(call.sell, legs[0].sell);
        QCOMPARE(heldReservations(*database), 0);
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
    }

    void bothPhonesHangUpAtOnce()
    {
        // Leg A hangs up 9.3 s after answering (the balance takes about
        // 6.3 s), leg B 3 s after answering: both BYEs leave at about the
        // same moment and may cross the switch's own. Either way both legs
        // end, each billed to its own end, and the call is billed once.
        test::SippGateway legA(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_hangup_crossing_bye.xml"),
                                                   {{QStringLiteral("TALK_MS"), QStringLiteral("9300")}}),
                               m_portA);
        test::SippGateway legB(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_hangup_crossing_bye.xml"),
                                                   {{QStringLiteral("TALK_MS"), QStringLiteral("3000")}}),
                               m_portB);
        QTest::qWait(300);
        const auto before =
            store::AccountRepository(*db(), m_clock).findByCode(QStringLiteral("1001"))->balance;
        store::CallbackRequest request;
        smsCallbackEnds(&request, 60'000);
        QCOMPARE(request.state, QStringLiteral("completed"));
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());
        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto call = cdrs.recentCalls().first();
        const auto legs = cdrs.legs(call.id);
        QCOMPARE(legs.size(), 2);
        for (const store::LegRecord& leg : legs)
            QVERIFY(!leg.open);
        QVERIFY(std::abs(legs[1].durationMs - 3000) < 1000);
        QVERIFY(std::abs(*legs[0].endedAt - *legs[1].endedAt) < 1000);
        QCOMPARE(store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"))->balance,
                 before - call.sell);
        QCOMPARE(heldReservations(*database), 0);
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
    }

    void aCompletedCallbackIsNotRepeatedWithinTheWindow()
    {
        // The same SMS again right after a completed callback (a phone that
        // resends, a double tap) is ignored for callback.anti_repeat_seconds
        // (default 60), and nobody is rung twice.
        test::SippGateway legA(*m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                               m_portA);
        test::SippGateway legB(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_answer_hangup.xml"),
                                                   {{QStringLiteral("TALK_MS"), QStringLiteral("1000")}}),
                               m_portB);
        QTest::qWait(300);
        store::CallbackRequest first;
        smsCallbackEnds(&first, 60'000);
        QCOMPARE(first.state, QStringLiteral("completed"));
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147"),
                        QStringLiteral("less than 60 seconds ago")));
        const auto database = db();
        QCOMPARE(store::CallbackRequestRepository(*database, m_clock).recent().size(), 1);
        QCOMPARE(store::CdrRepository(*database, m_clock).recentCalls().size(), 1);
    }

    void theWarningToneIsHeardBeforeTheCut()
    {
        // The subscriber's phone sends its audio to a socket of ours. Leg B
        // is silent, so after the bridge the phone hears only the warning:
        // 1400 Hz beeps, 5 s before the credit runs out.
        silentPhonesAreFine();
        {
            auto database = db();
            const auto account =
                store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"));
            store::RateRepository rates(*database, m_clock);
            auto plan = rates.rates(*account->sellPlanId);
            for (store::Rate& r : plan) {
                r.firstIncrement = 1;
                r.nextIncrement = 1;
            }
            rates.replaceRates(*account->sellPlanId, plan);
            store::SettingsRepository settings(*database);
            settings.setValue(QStringLiteral("callback.ivr_allowance_seconds"), QStringLiteral("15"));
            settings.setValue(QStringLiteral("callback.ring_allowance_seconds"), QStringLiteral("10"));
            settings.setValue(QStringLiteral("callback.warning_seconds"), QStringLiteral("5"));
        }
        setBalance(QStringLiteral("1001"), core::Money::fromMicros(9'000));
        PhoneEar ear;
        test::SippGateway legA(
            *m_dir,
            test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"),
                                {{QStringLiteral("[media_port]"), QString::number(ear.port())}}),
            m_portA, 1, 90);
        test::SippGateway legB(*m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                               m_portB, 1, 90);
        QTest::qWait(300);
        store::CallbackRequest request;
        smsCallbackEnds(&request, 90'000);
        QCOMPARE(request.state, QStringLiteral("completed"));
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());
        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto call = cdrs.recentCalls().first();
        const auto legs = cdrs.legs(call.id);
        QCOMPARE(legs.size(), 2);
        const std::int64_t bridgedAt = *legs[1].answeredAt;
        const std::int64_t cutAt = bridgedAt + std::int64_t(call.limitSeconds.value_or(0)) * 1000;
        QVERIFY2(*call.limitSeconds > 6, qPrintable(QString::number(*call.limitSeconds)));
        // What reached the phone after the bridge (a little margin for the
        // ringback tone that stops there).
        std::vector<std::int16_t> after;
        std::int64_t firstAt = 0;
        for (const PhoneEar::Packet& p : ear.packets())
            if (p.atMs > bridgedAt + 200) {
                firstAt = firstAt ? firstAt : p.atMs;
                after.insert(after.end(), p.pcm.begin(), p.pcm.end());
            }
        QVERIFY2(after.size() >= 800, qPrintable(QString::number(after.size()))); // at least 100 ms of beeps
        QVERIFY2(std::abs(firstAt - (cutAt - 5000)) < 1000,
                 qPrintable(QStringLiteral("first heard %1 ms after the bridge, cut at %2 ms")
                                .arg(firstAt - bridgedAt)
                                .arg(cutAt - bridgedAt)));
        // Goertzel: the share of the energy at 1400 Hz (8 kHz sampling).
        const double w = 2 * M_PI * 1400.0 / 8000.0;
        double total = 0;
        double tone = 0;
        for (std::size_t start = 0; start + 160 <= after.size(); start += 160) {
            double s1 = 0;
            double s2 = 0;
            double energy = 0;
            for (std::size_t i = start; i < start + 160; ++i) {
                const double x = after[i];
                const double s0 = x + 2 * std::cos(w) * s1 - s2;
                s2 = s1;
                s1 = s0;
                energy += x * x;
            }
            tone += (s1 * s1 + s2 * s2 - 2 * std::cos(w) * s1 * s2) * 2 / 160;
            total += energy;
        }
        QVERIFY(total > 0);
        QVERIFY2(tone / total > 0.8, qPrintable(QString::number(tone / total)));
    }

    void aBillingRefusedAtHangUpIsRetried()
    {
        // Another program holds the database's write lock (a backup, a stuck
        // editor) when the call ends: the switch cannot write the records,
        // keeps the hold, retries with a growing pause, and bills the call
        // to the instants it really ended once the lock is gone.
        const auto before =
            store::AccountRepository(*db(), m_clock).findByCode(QStringLiteral("1001"))->balance;
        test::SippGateway legA(*m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                               m_portA, 1, 90);
        test::SippGateway legB(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_answer_hangup.xml"),
                                                   {{QStringLiteral("TALK_MS"), QStringLiteral("3000")}}),
                               m_portB, 1, 90);
        QTest::qWait(300);
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        QString state;
        waitForState(request.id,
                     {QStringLiteral("bridged"), QStringLiteral("completed"), QStringLiteral("failed")},
                     60'000, &state);
        QCOMPARE(state, QStringLiteral("bridged"));
        auto blocker = db();
        QSqlQuery lock(blocker->connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QTRY_VERIFY_WITH_TIMEOUT((m_log += QString::fromUtf8(m_switch->readAllStandardError()),
                                  m_log.contains(QStringLiteral("could not bill call"))),
                                 60'000);
        QCOMPARE(heldReservations(*db()), 1); // still held: nothing was charged twice or lost
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        waitForState(request.id, {QStringLiteral("completed"), QStringLiteral("failed")}, 60'000, &state);
        QCOMPARE(state, QStringLiteral("completed"));
        QTRY_VERIFY_WITH_TIMEOUT((m_log += QString::fromUtf8(m_switch->readAllStandardError()),
                                  m_log.contains(QStringLiteral("billed after"))),
                                 10'000);
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());

        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto call = cdrs.recentCalls().first();
        QCOMPARE(call.state, QStringLiteral("completed"));
        const auto legs = cdrs.legs(call.id);
        QCOMPARE(legs.size(), 2);
        // Billed to the BYE, not to when the database let the switch write.
        QVERIFY2(std::abs(legs[1].durationMs - 3000) < 1000, qPrintable(QString::number(legs[1].durationMs)));
        QVERIFY(*legs[0].endedAt - *legs[1].endedAt < 1000);
        QCOMPARE(store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"))->balance,
                 before - call.sell);
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
        QCOMPARE(heldReservations(*database), 0);
    }

    void twentyConcurrentCallbacksShareOneSmallBalance()
    {
        // One account, twenty of its phones asking at once by SMS, and credit
        // for a few short calls: every call holds its credit before it
        // costs anything, so together they never spend more than there is.
        // Five calls can hold their IVR minute; about two of them can also
        // pay for some of leg B beyond its 3 s grace (the others are never
        // connected, since B would be sold for nothing).
        const core::Money before = core::Money::fromMicros(70'000);
        std::int64_t accountId = 0;
        {
            auto database = db();
            store::AccountRepository accounts(*database, m_clock);
            auto account = *accounts.findByCode(QStringLiteral("1001"));
            accountId = account.id;
            account.maxConcurrentCalls = 25; // the credit must be what stops them
            accounts.update(account);
            store::SettingsRepository settings(*database);
            settings.setValue(QStringLiteral("callback.ivr_allowance_seconds"), QStringLiteral("15"));
            settings.setValue(QStringLiteral("callback.ring_allowance_seconds"), QStringLiteral("10"));
            settings.setValue(QStringLiteral("callback.max_call_seconds"), QStringLiteral("5"));
        }
        setBalance(QStringLiteral("1001"), before);
        constexpr int Requests = 20;
        QFile injection(m_dir->filePath(QStringLiteral("phones.csv")));
        QVERIFY(injection.open(QIODevice::WriteOnly));
        injection.write("SEQUENTIAL\n");
        for (int i = 0; i < Requests; ++i)
            injection.write(
                QStringLiteral("+4477009002%1;+120255501%1\n").arg(i, 2, 10, QLatin1Char('0')).toUtf8());
        injection.close();

        test::SippGateway replies(
            *m_dir,
            test::writeScenario(*m_dir, QStringLiteral("sms_gateway.xml"),
                                {{QStringLiteral("REPLY"), QStringLiteral("we will call you")}}),
            m_smsPort, Requests);
        test::SippGateway phones(*m_dir,
                                 test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                                 m_portA, Requests, 90);
        test::SippGateway destinations(*m_dir,
                                       test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                                       m_portB, Requests, 90);
        QTest::qWait(300);
        QVERIFY(test::runSippClient(
            *m_dir, m_switchPort,
            test::writeScenario(*m_dir, QStringLiteral("sms.xml"),
                                {{QStringLiteral("SENDER"), QStringLiteral("+447700900123")},
                                 {QStringLiteral("TEXT"), QStringLiteral("1001 [field0] [field1]")}}),
            QStringLiteral("sms"), Requests, injection.fileName()));
        QVERIFY(replies.succeeded());
        QList<store::CallbackRequest> requests;
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_log += QString::fromUtf8(m_switch->readAllStandardError()),
             requests = store::CallbackRequestRepository(*db(), m_clock).recent(),
             requests.size() == Requests && std::all_of(requests.cbegin(), requests.cend(),
                                                        [](const auto& r) { return r.isFinished(); })),
            90'000);

        int completed = 0;
        for (const store::CallbackRequest& r : requests) {
            if (r.state == QLatin1String("completed"))
                ++completed;
            else
                QVERIFY2(r.failureReason.contains(QStringLiteral("not have enough credit")),
                         qPrintable(r.failureReason));
        }
        QVERIFY2(completed >= 1 && completed < Requests, qPrintable(QString::number(completed)));
        const auto database = db();
        core::Money spent;
        for (const store::CallRecord& call : store::CdrRepository(*database, m_clock).recentCalls())
            spent += call.sell;
        const core::Money after = store::AccountRepository(*database, m_clock).findById(accountId)->balance;
        QCOMPARE(after, before - spent);
        QVERIFY2(after >= core::Money(), qPrintable(after.toPlainString(6))); // the credit limit (0) held
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
        QCOMPARE(heldReservations(*database), 0);
        qInfo("%d of %d callbacks went through; %s of %s spent", completed, Requests,
              qPrintable(spent.toPlainString(6)), qPrintable(before.toPlainString(6)));
    }

    void triggerDid(const QString& did)
    {
        QVERIFY(
            test::runSippClient(*m_dir, m_switchPort,
                                test::writeScenario(*m_dir, QStringLiteral("invite.xml"),
                                                    {{QStringLiteral("EXPECTED"), QStringLiteral("486")}}),
                                did));
    }

    void lgwCallbackGoesOutThroughTheLocalGateway()
    {
        // DID +1 212 555 0103 belongs to subscriber 1004 in LGW mode through
        // the demo carrier: leg A must go there, not along the routes.
        const int lgwPort = test::freeUdpPort();
        {
            auto database = db();
            store::GatewayRepository gateways(*database, m_clock);
            auto carrier = *gateways.findGatewayByName(QStringLiteral("Demo carrier"));
            carrier.port = lgwPort;
            gateways.updateGateway(carrier);
        }
        test::SippGateway phone(
            *m_dir, test::writeScenario(*m_dir, QStringLiteral("phone_keys_destination.xml"), {}), lgwPort);
        test::SippGateway legB(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_answer_hangup.xml"),
                                                   {{QStringLiteral("TALK_MS"), QStringLiteral("1000")}}),
                               m_portB);
        QTest::qWait(300);
        triggerDid(QStringLiteral("+12125550103"));
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        QCOMPARE(request.trigger, QStringLiteral("lgw"));
        QString state;
        waitForState(request.id, {QStringLiteral("completed"), QStringLiteral("failed")}, 90'000, &state);
        QVERIFY2(state == QStringLiteral("completed"), qPrintable(m_log.right(3000)));
        QVERIFY(phone.succeeded());
        QVERIFY(legB.succeeded());
        const auto database = db();
        const auto legs = newestCallLegs(*database);
        QCOMPARE(*legs[0].gatewayId, store::GatewayRepository(*database, m_clock)
                                         .findGatewayByName(QStringLiteral("Demo carrier"))
                                         ->id);
    }

    void subscriberHangsUpDuringTheIvr()
    {
        QList<store::LegRecord> legs;
        didCallbackEndsInTheIvr(test::writeScenario(*m_dir, QStringLiteral("gateway_answer_hangup.xml"),
                                                    {{QStringLiteral("TALK_MS"), QStringLiteral("1000")}}),
                                QStringLiteral("hung up before"), &legs);
        QCOMPARE(legs.size(), 1); // leg B never dialled
        const auto database = db();
        // About a second of leg A is inside the demo plan's 3 s grace: free.
        QVERIFY(legs[0].answeredAt.has_value());
        QCOMPARE(legs[0].chargedSeconds, 0);
        QCOMPARE(legs[0].sell, core::Money());
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
    }

    void aSilentSubscriberIsCutWhenTheHeldIvrTimeRunsOut()
    {
        // Five seconds of IVR held; the phone answers and never keys a digit
        // (the collector itself would wait 15 s). Leg A ends at the hold.
        store::SettingsRepository(*db()).setValue(QStringLiteral("callback.ivr_allowance_seconds"),
                                                  QStringLiteral("5"));
        QList<store::LegRecord> legs;
        didCallbackEndsInTheIvr(test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                                QStringLiteral("no destination was given in time"), &legs);
        QCOMPARE(legs.size(), 1);
        const auto database = db();
        QCOMPARE(legs[0].durationMs, 5'000); // billed to the hold, not to the BYE's answer
        QVERIFY(legs[0].sell > core::Money());
        QCOMPARE(heldReservations(*database), 0);
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
    }

    void legABusyIsCalledAgain()
    {
        store::SettingsRepository(*db()).setValue(QStringLiteral("callback.retry_delay_ms"),
                                                  QStringLiteral("3000"));
        auto busy = std::make_unique<test::SippGateway>(
            *m_dir,
            test::writeScenario(*m_dir, QStringLiteral("gateway_fail.xml"),
                                {{QStringLiteral("STATUS"), QStringLiteral("486")}}),
            m_portA);
        test::SippGateway legB(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_answer_hangup.xml"),
                                                   {{QStringLiteral("TALK_MS"), QStringLiteral("1000")}}),
                               m_portB);
        QTest::qWait(300);
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        QVERIFY(busy->succeeded()); // the first try met a busy phone
        busy.reset();
        test::SippGateway answers(
            *m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}), m_portA);
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        QString state;
        waitForState(request.id, {QStringLiteral("completed"), QStringLiteral("failed")}, 60'000, &state);
        QVERIFY2(state == QStringLiteral("completed"), qPrintable(m_log.right(3000)));
        QVERIFY(answers.succeeded());
        QVERIFY(legB.succeeded());
        const auto database = db();
        const auto legs = newestCallLegs(*database);
        QCOMPARE(legs.size(), 3); // A busy, A answered, B
        QCOMPARE(legs[0].sipStatus, 486);
        // The failed attempt names the gateway that said busy.
        QVERIFY(legs[0].gatewayId.has_value());
        QCOMPARE(
            *legs[0].gatewayId,
            store::GatewayRepository(*database, m_clock).findGatewayByName(QStringLiteral("UK phones"))->id);
        QVERIFY(legs[1].answeredAt.has_value());
    }

    void switchKilledMidCallBillsItOnRestart()
    {
        test::SippGateway legA(*m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                               m_portA);
        test::SippGateway legB(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_answer_hangup.xml"),
                                                   {{QStringLiteral("TALK_MS"), QStringLiteral("25000")}}),
                               m_portB);
        QTest::qWait(300);
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        QString state;
        waitForState(request.id, {QStringLiteral("bridged")}, 60'000, &state);
        // Let at least one progress write happen (every 10 s), then crash.
        QTest::qWait(11'000);
        ::kill(m_switch->processId(), SIGKILL);
        QVERIFY(m_switch->waitForFinished(10'000));
        {
            const auto database = db();
            const store::CdrRepository cdrs(*database, m_clock);
            const auto legs = cdrs.legs(cdrs.recentCalls().first().id);
            QVERIFY(legs[0].open && legs[1].open); // the crash left them open
            QVERIFY(legs[1].progressAt.has_value());
        }
        QVERIFY2(startSwitch(QStringLiteral("Closed and billed 1 call left open"), 20'000),
                 qPrintable(m_log));
        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto call = cdrs.recentCalls().first();
        QCOMPARE(call.state, QStringLiteral("completed"));
        // The request ends with its call, so the phone may ask again.
        QCOMPARE(store::CallbackRequestRepository(*database, m_clock).find(request.id)->state,
                 QStringLiteral("completed"));
        const auto legs = cdrs.legs(call.id);
        for (const auto& leg : legs) {
            QVERIFY(!leg.open);
            QCOMPARE(*leg.endedAt, *leg.progressAt); // billed to the last recorded progress
            QVERIFY(leg.sell > core::Money());
        }
        QVERIFY(call.sell > core::Money());
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
        QCOMPARE(heldReservations(*database), 0); // the crashed call's hold was settled
    }
};

QTEST_GUILESS_MAIN(TestCallbackFlow)
#include "TestCallbackFlow.moc"
