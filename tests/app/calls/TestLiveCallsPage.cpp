#include "Switch.h"
#include "calls/LiveCallsPage.h"
#include "common/Dialogs.h"
#include "common/MainWindow.h"
#include "demo/DemoData.h"
#include "sip/SippPeer.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/GatewayRepository.h"
#include "support/CallStates.h"
#include "support/ConsoleFixture.h"
#include "support/LoopbackRoutes.h"
#include "support/RequestStates.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace rebound;
using Model = console::LiveCallsModel;

class TestLiveCallsPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    store::Account m_account;

    std::int64_t insertRequest(const QString& callback, const QString& destination)
    {
        store::CallbackRequest request;
        request.accountId = m_account.id;
        request.trigger = store::TriggerKind::Console;
        request.source = QStringLiteral("console");
        request.callbackNumber = core::PhoneNumber::fromE164(callback);
        request.destination = core::PhoneNumber::fromE164(destination);
        return store::CallbackRequestRepository(*m_t->db, m_t->clock).insert(request);
    }
    QString cell(const console::LiveCallsPage& page, std::int64_t requestId, int column) const
    {
        const int row = page.model()->rowOfRequest(requestId);
        if (row < 0)
            return QStringLiteral("<no row>");
        return page.model()->index(row, column).data().toString();
    }

    // A real callback through a real switch in this process: an SMS asks
    // for it, sipp plays the subscriber's phone (`phoneScenario`) and the
    // destination (`destinationScenario`). Ready once the SMS is answered.
    struct LiveCallback
    {
        int switchPort = test::freeUdpPort();
        int smsPort = test::freeUdpPort();
        int portA = test::freeUdpPort();
        int portB = test::freeUdpPort();
        std::unique_ptr<test::SippGateway> phone;
        std::unique_ptr<test::SippGateway> destination;
        std::unique_ptr<Switch> sipSwitch;
        std::int64_t requestId = 0;
    };

    void startCallback(LiveCallback& c, const QString& phoneScenario, const QString& destinationScenario)
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QFAIL("sipp is not installed; packaging/install-deps.sh installs it (package sip-tester)");
        const QTemporaryDir& dir = m_t->dir;
        {
            store::GatewayRepository gateways(*m_t->db, m_t->clock);
            auto carrier = *gateways.findGatewayByName(QStringLiteral("Demo carrier"));
            carrier.port = c.smsPort; // the SMS reply goes there
            gateways.updateGateway(carrier);
            test::routeDemoCallsToLoopback(*m_t->db, m_t->clock, c.portA, c.portB);
            // The phones send no RTP: keep the media timeout from ending the
            // call, so only the button can.
            store::SettingsRepository(*m_t->db).setValue(QStringLiteral("media.timeout_seconds"),
                                                         QStringLiteral("600"));
        }
        c.phone = std::make_unique<test::SippGateway>(dir, test::writeScenario(dir, phoneScenario, {}),
                                                      c.portA, 1, 120);
        c.destination = std::make_unique<test::SippGateway>(
            dir, test::writeScenario(dir, destinationScenario, {}), c.portB, 1, 120);
        test::SippGateway replies(
            dir,
            test::writeScenario(dir, QStringLiteral("sms_gateway.xml"),
                                {{QStringLiteral("REPLY"), QStringLiteral("we will call you")}}),
            c.smsPort);
        QVERIFY(c.phone->listening() && c.destination->listening() && replies.listening());

        c.sipSwitch = std::make_unique<Switch>(m_t->path(), QStringLiteral("127.0.0.1:%1").arg(c.switchPort),
                                               core::SystemClock::instance());
        c.sipSwitch->setWebListen(QStringLiteral("off"));
        QSignalSpy started(c.sipSwitch.get(), &Switch::started);
        QSignalSpy failed(c.sipSwitch.get(), &Switch::failed);
        c.sipSwitch->start();
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 10'000);
        QVERIFY2(started.count() == 1, failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(test::runSippClient(
            dir, c.switchPort,
            test::writeScenario(
                dir, QStringLiteral("sms.xml"),
                {{QStringLiteral("SENDER"), QStringLiteral("+447700900123")},
                 {QStringLiteral("TEXT"), QStringLiteral("1001 +447700900123 +12025550147")}}),
            QStringLiteral("sms")));
        QVERIFY(replies.succeeded());
        c.requestId = store::CallbackRequestRepository(*m_t->db, m_t->clock).recent().first().id;
    }

    // Selects the callback on the page and presses Hang up (confirmed).
    void pressHangUp(console::LiveCallsPage& page, std::int64_t requestId)
    {
        page.refresh();
        test::child<QTableView>(page, QStringLiteral("liveCalls"))
            ->selectRow(page.model()->rowOfRequest(requestId));
        auto* hangUp = test::child<QAction>(page, QStringLiteral("hangUp"));
        QVERIFY(hangUp->isEnabled());
        console::dialogs::setConfirmHook([](const QString&) { return true; });
        hangUp->trigger();
    }

    void stopSwitch(Switch& sipSwitch)
    {
        QSignalSpy stopped(&sipSwitch, &Switch::stopped);
        sipSwitch.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10'000);
    }

    int heldReservations() const
    {
        QSqlQuery held = m_t->db->run(QStringLiteral("SELECT count(*) FROM credit_reservations"), {},
                                      QStringLiteral("test"));
        return held.next() ? held.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        QVERIFY(demo::DemoData::seed(*m_t->db, m_t->clock));
        const QList<store::Account> accounts = store::AccountRepository(*m_t->db, m_t->clock).list();
        QVERIFY(!accounts.isEmpty());
        m_account = accounts.first();
    }
    void cleanup()
    {
        console::dialogs::clearHooks();
        m_t.reset();
    }

    void pageFollowsSubscribers()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Dashboard"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Subscribers"));
        QCOMPARE(navigation->item(2)->text(), QStringLiteral("Live calls"));
        QVERIFY(window.liveCallsPage());
        QVERIFY(window.showPage(QStringLiteral("Live calls")));
    }

    void showsACallbackInProgress()
    {
        console::LiveCallsPage page(*m_t->db, m_t->clock, nullptr);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.model()->columnCount(), int(Model::ColumnCount));
        QCOMPARE(page.model()->headerData(Model::CreditLeft, Qt::Horizontal).toString(),
                 QStringLiteral("Credit left"));

        const std::int64_t id = insertRequest(QStringLiteral("447700900123"), QStringLiteral("4930123456"));
        store::CallbackRequestRepository requests(*m_t->db, m_t->clock);
        store::CdrRepository cdrs(*m_t->db, m_t->clock);
        requests.setState(id, store::RequestState::DialingA);
        page.refresh();
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(cell(page, id, Model::Request), QString::number(id));
        QCOMPARE(cell(page, id, Model::Subscriber), m_account.accountCode);
        QCOMPARE(cell(page, id, Model::State), QStringLiteral("Calling the subscriber"));
        QCOMPARE(cell(page, id, Model::CallbackNumber), QStringLiteral("+447700900123"));
        QCOMPARE(cell(page, id, Model::Destination), QStringLiteral("+4930123456"));
        QCOMPARE(cell(page, id, Model::LegA), QStringLiteral("—"));
        QCOMPARE(cell(page, id, Model::CreditLeft), QStringLiteral("—"));

        const std::int64_t callId = cdrs.openCall(m_account.id, id);
        cdrs.setLimit(callId, 600, std::nullopt);
        const std::int64_t legA = cdrs.openLeg(callId, u'A', QStringLiteral("447700900123"), std::nullopt,
                                               QStringLiteral("a@test"));
        page.refresh();
        QCOMPARE(cell(page, id, Model::LegA), QStringLiteral("ringing"));
        m_t->clock.advance(5'000);
        cdrs.legAnswered(legA);
        m_t->clock.advance(3'000);
        requests.setState(id, store::RequestState::DialingB);
        const std::int64_t legB =
            cdrs.openLeg(callId, u'B', QStringLiteral("4930123456"), std::nullopt, QStringLiteral("b@test"));
        page.refresh();
        QCOMPARE(cell(page, id, Model::State), QStringLiteral("Calling the destination"));
        QCOMPARE(cell(page, id, Model::LegA), QStringLiteral("up 0:03"));
        QCOMPARE(cell(page, id, Model::LegB), QStringLiteral("ringing"));
        QCOMPARE(cell(page, id, Model::Elapsed), QStringLiteral("0:08"));
        QCOMPARE(cell(page, id, Model::CreditLeft), QStringLiteral("—"));

        m_t->clock.advance(2'000);
        cdrs.legAnswered(legB);
        requests.setState(id, store::RequestState::Bridged);
        page.refresh();
        QCOMPARE(cell(page, id, Model::State), QStringLiteral("Connected"));
        QCOMPARE(cell(page, id, Model::CreditLeft), QStringLiteral("10:00"));

        // Time passes: credit goes down, legs and elapsed go up.
        test::child<QTableView>(page, QStringLiteral("liveCalls"))->selectRow(0);
        QCOMPARE(page.selectedRequest(), std::optional<std::int64_t>(id));
        m_t->clock.advance(42'000);
        page.refresh();
        QCOMPARE(cell(page, id, Model::CreditLeft), QStringLiteral("9:18"));
        QCOMPARE(cell(page, id, Model::LegA), QStringLiteral("up 0:47"));
        QCOMPARE(cell(page, id, Model::LegB), QStringLiteral("up 0:42"));
        QCOMPARE(cell(page, id, Model::Elapsed), QStringLiteral("0:52"));
        QCOMPARE(page.model()->creditLeftSeconds(page.model()->rowAt(0)), std::optional<int>(558));

        // A newer request goes on top; the selection stays on its request.
        const std::int64_t newer = insertRequest(QStringLiteral("447700900456"), QString());
        page.refresh();
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->rowOfRequest(newer), 0);
        QCOMPARE(cell(page, newer, Model::Destination), QStringLiteral("—"));
        QCOMPARE(cell(page, newer, Model::State), QStringLiteral("Requested"));
        QCOMPARE(page.selectedRequest(), std::optional<std::int64_t>(id));

        // Without a switch the call cannot be hung up from here.
        auto* hangUpAction = test::child<QAction>(page, QStringLiteral("hangUp"));
        QVERIFY(!hangUpAction->isEnabled());
        QVERIFY(!hangUpAction->toolTip().isEmpty());

        // Finished requests disappear.
        requests.setState(id, store::RequestState::Completed);
        page.refresh();
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->rowOfRequest(id), -1);
        QVERIFY(page.selectedRequest() != std::optional<std::int64_t>(id));
        requests.setState(newer, store::RequestState::Failed, QStringLiteral("test"));
        page.refresh();
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void refreshesEverySecondWhileVisible()
    {
        console::LiveCallsPage page(*m_t->db, m_t->clock, nullptr);
        auto* timer = test::child<QTimer>(page, QStringLiteral("liveCallsRefresh"));
        QVERIFY(!timer->isActive());
        page.show();
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 1000);
        page.hide();
        QVERIFY(!timer->isActive());
    }

    void hangUpAsksFirst()
    {
        const std::int64_t id = insertRequest(QStringLiteral("447700900123"), QStringLiteral("4930123456"));
        Switch sipSwitch(m_t->path(), QStringLiteral("127.0.0.1:0"), m_t->clock); // not started
        console::LiveCallsPage page(*m_t->db, m_t->clock, &sipSwitch);
        auto* hangUpAction = test::child<QAction>(page, QStringLiteral("hangUp"));
        QVERIFY(!hangUpAction->isEnabled()); // nothing selected
        test::child<QTableView>(page, QStringLiteral("liveCalls"))->selectRow(page.model()->rowOfRequest(id));
        QVERIFY(hangUpAction->isEnabled());
        QString asked;
        console::dialogs::setConfirmHook([&asked](const QString& text) {
            asked = text;
            return false;
        });
        hangUpAction->trigger();
        QCOMPARE(
            asked,
            QStringLiteral("Hang up callback #%1 for subscriber %2?").arg(id).arg(m_account.accountCode));
    }

    void hangUpEndsALiveCall()
    {
        // Both phones answer and then wait for the switch's BYE; the
        // console's Hang up ends the bridged call: both phones get a BYE
        // and the call is billed.
        LiveCallback c;
        startCallback(c, QStringLiteral("gateway_answer.xml"), QStringLiteral("gateway_answer.xml"));
        if (QTest::currentTestFailed())
            return;
        console::LiveCallsPage page(*m_t->db, core::SystemClock::instance(), c.sipSwitch.get());
        store::CallbackRequestRepository requests(*m_t->db, m_t->clock);
        const std::int64_t id = c.requestId;
        const auto stateOf = [&] { return requests.find(id)->state; };
        // The balance announcement plays before leg B is dialled.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(), store::RequestState::Bridged, 40'000);
        page.refresh();
        QCOMPARE(cell(page, id, Model::State), QStringLiteral("Connected"));
        pressHangUp(page, id);

        // Nothing else would end this call for minutes ($25 of credit, no
        // media timeout, phones that wait for a BYE).
        QTRY_VERIFY_WITH_TIMEOUT(requests.find(id)->isFinished(), 10'000);
        QCOMPARE(stateOf(), store::RequestState::Completed);
        QVERIFY(c.phone->succeeded());       // leg A got a BYE and answered it
        QVERIFY(c.destination->succeeded()); // so did leg B
        const store::CdrRepository cdrs(*m_t->db, m_t->clock);
        const store::CallRecord call = cdrs.recentCalls().first();
        QCOMPARE(call.requestId, std::optional<std::int64_t>(id));
        QCOMPARE(call.state, store::CallState::Completed);
        QVERIFY2(call.hangupReason.contains(QStringLiteral("console")), qPrintable(call.hangupReason));
        const QList<store::LegRecord> legs = cdrs.legs(call.id);
        QCOMPARE(legs.size(), 2);
        for (const store::LegRecord& leg : legs) {
            QVERIFY(!leg.open);
            QVERIFY(leg.answeredAt && leg.endedAt);
        }
        QCOMPARE(heldReservations(), 0);
        page.refresh();
        QCOMPARE(page.model()->rowOfRequest(id), -1);
        stopSwitch(*c.sipSwitch);
    }

    void hangUpWhileThePhoneRingsAndItsAnswerCrossesTheCancel()
    {
        // Hang up while the subscriber's phone rings: the switch CANCELs leg
        // A, whose 200 OK crosses the CANCEL. The switch ACKs and BYEs it
        // (sipp fails otherwise); nothing is billed and the hold is freed.
        LiveCallback c;
        startCallback(c, QStringLiteral("gateway_ring_answer_crossing_cancel.xml"),
                      QStringLiteral("gateway_answer.xml"));
        if (QTest::currentTestFailed())
            return;
        console::LiveCallsPage page(*m_t->db, core::SystemClock::instance(), c.sipSwitch.get());
        store::CallbackRequestRepository requests(*m_t->db, m_t->clock);
        QTRY_COMPARE_WITH_TIMEOUT(requests.find(c.requestId)->state, store::RequestState::DialingA, 20'000);
        pressHangUp(page, c.requestId);
        QTRY_VERIFY_WITH_TIMEOUT(requests.find(c.requestId)->isFinished(), 10'000);
        QCOMPARE(requests.find(c.requestId)->state, store::RequestState::Failed);
        QVERIFY(c.phone->succeeded());
        const store::CdrRepository cdrs(*m_t->db, m_t->clock);
        const store::CallRecord call = cdrs.recentCalls().first();
        const QList<store::LegRecord> legs = cdrs.legs(call.id);
        QCOMPARE(legs.size(), 1); // leg B was never dialled
        QVERIFY(!legs[0].open);
        QCOMPARE(legs[0].durationMs, 0);
        QCOMPARE(call.sell, core::Money());
        QCOMPARE(heldReservations(), 0);
        stopSwitch(*c.sipSwitch);
    }
};

QTEST_MAIN(TestLiveCallsPage)
#include "TestLiveCallsPage.moc"
