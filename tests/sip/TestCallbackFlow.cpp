// A whole callback, end to end: an SMS asks for one, the switch calls the
// subscriber (leg A, a sipp gateway), announces the balance, calls the
// destination (leg B, another sipp gateway), bridges them, and bills both
// legs when the destination hangs up.
#include "SippPeer.h"
#include "billing/CreditManager.h"
#include "core/PasswordHash.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"

#include <QStandardPaths>
#include <QTest>
#include <csignal>

using namespace rebound;

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

    bool sendSms(const QString& text)
    {
        test::SippGateway replies(
            *m_dir,
            test::writeScenario(*m_dir, QStringLiteral("sms_gateway.xml"),
                                {{QStringLiteral("REPLY"), QStringLiteral("we will call you")}}),
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

    void waitForState(std::int64_t requestId, const QStringList& finalStates, int timeoutMs, QString* state)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_log += QString::fromUtf8(m_switch->readAllStandardError()),
             *state = store::CallbackRequestRepository(*db(), m_clock).find(requestId)->state,
             finalStates.contains(*state)),
            timeoutMs);
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
        database->run(QStringLiteral("DELETE FROM routes"), {}, QStringLiteral("test"));
        const auto addGateway = [&](const QString& name, int port, const QString& prefix) {
            store::Gateway g;
            g.name = name;
            g.host = QStringLiteral("127.0.0.1");
            g.port = port;
            g.buyTableId = carrier.buyTableId;
            store::Route r;
            r.prefix = prefix;
            r.gatewayId = gateways.insertGateway(g);
            gateways.insertRoute(r);
        };
        addGateway(QStringLiteral("UK phones"), m_portA, QStringLiteral("44"));
        addGateway(QStringLiteral("US phones"), m_portB, QStringLiteral("1"));
        store::SettingsRepository(*database).setValue(QStringLiteral("callback.delay_ms"),
                                                      QStringLiteral("100"));
        m_log.clear();
        m_switch = std::make_unique<QProcess>();
        m_switch->start(QStringLiteral(REBOUND_SWITCH_EXE),
                        {QStringLiteral("--db"), dbPath(), QStringLiteral("serve"),
                         QStringLiteral("--sip-listen"), QStringLiteral("127.0.0.1:%1").arg(m_switchPort)});
        QTRY_VERIFY_WITH_TIMEOUT((m_log += QString::fromUtf8(m_switch->readAllStandardError()),
                                  m_log.contains(QStringLiteral("running, SIP on"))),
                                 15'000);
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
        test::SippGateway legB(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_answer_hangup.xml"),
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
        QVERIFY(legs[0].durationMs > legs[1].durationMs); // A was up through the announcement and B's ringing
        const auto after =
            store::AccountRepository(*db(), m_clock).findByCode(QStringLiteral("1001"))->balance;
        QCOMPARE(before - after, calls.first().sell);
        QVERIFY(store::LedgerRepository(*db(), m_clock).findMismatches().isEmpty());
    }

    void didCallbackCollectsTheDestinationByDtmf_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::newRow("RFC 4733 events") << QStringLiteral("phone_keys_destination.xml");
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
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        QString state;
        waitForState(request.id, {QStringLiteral("completed"), QStringLiteral("failed")}, 60'000, &state);
        QCOMPARE(state, QStringLiteral("failed"));
        QVERIFY(store::CallbackRequestRepository(*db(), m_clock)
                    .find(request.id)
                    ->failureReason.contains(QStringLiteral("486")));
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
        QSqlQuery held = database->run(QStringLiteral("SELECT count(*) FROM credit_reservations"), {},
                                       QStringLiteral("t"));
        QVERIFY(held.next());
        QCOMPARE(held.value(0).toInt(), 0);
    }

    void balanceTooLowIsSpokenAndTheCallEnds()
    {
        {
            auto database = db();
            const auto account =
                store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"));
            billing::CreditManager(*database, m_clock)
                .adjust(account->id, core::Money::fromMicros(1'000) - account->balance,
                        store::LedgerReason::Adjustment, QStringLiteral("test: almost nothing left"),
                        QStringLiteral("test"));
        }
        test::SippGateway legA(*m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                               m_portA);
        QTest::qWait(300);
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        QString state;
        waitForState(request.id, {QStringLiteral("completed"), QStringLiteral("failed")}, 60'000, &state);
        QCOMPARE(state, QStringLiteral("failed"));
        QVERIFY2(
            store::CallbackRequestRepository(*db(), m_clock)
                .find(request.id)
                ->failureReason.contains(QStringLiteral("not have enough credit")),
            qPrintable(store::CallbackRequestRepository(*db(), m_clock).find(request.id)->failureReason));
        QVERIFY(legA.succeeded());
        const auto database = db();
        QCOMPARE(store::CdrRepository(*database, m_clock)
                     .legs(store::CdrRepository(*database, m_clock).recentCalls().first().id)
                     .size(),
                 1); // leg B was never dialled
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
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
        const store::CdrRepository cdrs(*database, m_clock);
        const auto legs = cdrs.legs(cdrs.recentCalls().first().id);
        QCOMPARE(*legs[0].gatewayId, store::GatewayRepository(*database, m_clock)
                                         .findGatewayByName(QStringLiteral("Demo carrier"))
                                         ->id);
    }

    void subscriberHangsUpDuringTheIvr()
    {
        test::SippGateway phone(*m_dir,
                                test::writeScenario(*m_dir, QStringLiteral("gateway_answer_hangup.xml"),
                                                    {{QStringLiteral("TALK_MS"), QStringLiteral("1000")}}),
                                m_portA);
        QTest::qWait(300);
        triggerDid(QStringLiteral("+12125550101"));
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        QString state;
        waitForState(request.id, {QStringLiteral("completed"), QStringLiteral("failed")}, 60'000, &state);
        QCOMPARE(state, QStringLiteral("failed"));
        QVERIFY(store::CallbackRequestRepository(*db(), m_clock)
                    .find(request.id)
                    ->failureReason.contains(QStringLiteral("hung up before")));
        QVERIFY(phone.succeeded());
        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto legs = cdrs.legs(cdrs.recentCalls().first().id);
        QCOMPARE(legs.size(), 1); // leg B never dialled
        // About a second of leg A is inside the demo plan's 3 s grace: free.
        QVERIFY(legs[0].answeredAt.has_value());
        QCOMPARE(legs[0].chargedSeconds, 0);
        QCOMPARE(legs[0].sell, core::Money());
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
        const store::CdrRepository cdrs(*database, m_clock);
        const auto legs = cdrs.legs(cdrs.recentCalls().first().id);
        QCOMPARE(legs.size(), 3); // A busy, A answered, B
        QCOMPARE(legs[0].sipStatus, 486);
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
        m_log.clear();
        m_switch->start(QStringLiteral(REBOUND_SWITCH_EXE),
                        {QStringLiteral("--db"), dbPath(), QStringLiteral("serve"),
                         QStringLiteral("--sip-listen"), QStringLiteral("127.0.0.1:%1").arg(m_switchPort)});
        QTRY_VERIFY_WITH_TIMEOUT((m_log += QString::fromUtf8(m_switch->readAllStandardError()),
                                  m_log.contains(QStringLiteral("Closed and billed 1 call left open"))),
                                 20'000);
        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto call = cdrs.recentCalls().first();
        QCOMPARE(call.state, QStringLiteral("completed"));
        const auto legs = cdrs.legs(call.id);
        for (const auto& leg : legs) {
            QVERIFY(!leg.open);
            QCOMPARE(*leg.endedAt, *leg.progressAt); // billed to the last recorded progress
            QVERIFY(leg.sell > core::Money());
        }
        QVERIFY(call.sell > core::Money());
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
        QSqlQuery held = database->run(QStringLiteral("SELECT count(*) FROM credit_reservations"), {},
                                       QStringLiteral("t"));
        QVERIFY(held.next());
        QCOMPARE(held.value(0).toInt(), 0); // the crashed call's hold was settled
    }
};

QTEST_GUILESS_MAIN(TestCallbackFlow)
#include "TestCallbackFlow.moc"
