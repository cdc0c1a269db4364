// The Test phones page (issue 19), driven as a reseller would: a whole DID
// callback with the built-in test phones through a real switch in this
// process: A rings the DID and gets busy, is called back and answers, keys
// the destination, B rings and answers, both talk (each meters the other's
// tone across the bridge), A hangs up; then the record on the page, the
// charge in the ledger, and the link to the call on the Calls page.
//
// With REBOUND_TEST_SCREENSHOTS=DIR the window is saved there while B rings,
// while A and B talk, and with the record (run it under Xvfb to see the
// real style).
#include "Switch.h"
#include "calls/CallsPage.h"
#include "calls/PhoneSpeaker.h"
#include "calls/TestPhonesPage.h"
#include "common/MainWindow.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "support/CallStates.h"
#include "support/ConsoleFixture.h"
#include "testphones/TestCallRunner.h"

#include <QAudioDevice>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QUdpSocket>

using namespace rebound;
using Phone = console::TestPhonesPage::Phone;

class TestTestPhonesPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    QTranslator m_translator;

    static int freeUdpPort()
    {
        QUdpSocket probe;
        return probe.bind(QHostAddress::LocalHost, 0) ? probe.localPort() : 0;
    }

    static void screenshot(QWidget& window, const char* name)
    {
        const QString dir = qEnvironmentVariable("REBOUND_TEST_SCREENSHOTS");
        if (!dir.isEmpty())
            window.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    static bool logged(console::TestPhonesPage& page, const QString& text)
    {
        return test::child<QPlainTextEdit>(page, QStringLiteral("testSteps"))->toPlainText().contains(text);
    }

    // The widget named `name` and `phone`'s letter, on that phone's panel
    // (stateA, answerB, keyA#).
    template <typename W = QPushButton>
    static W* onPhone(console::TestPhonesPage& page, const QString& name, Phone phone,
                      const QString& then = {})
    {
        return test::child<W>(page, name + (phone == Phone::A ? QLatin1Char('A') : QLatin1Char('B')) + then);
    }

private Q_SLOTS:
    void initTestCase() { core::installTranslations(m_translator); }

    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        QVERIFY(demo::DemoData::seed(*m_t->db, m_t->clock));
        store::SettingsRepository settings(*m_t->db);
        settings.setValue(QStringLiteral("web.listen"), QStringLiteral("off"));
        settings.setValue(QStringLiteral("callback.delay_ms"), QStringLiteral("0"));
    }
    void cleanup() { m_t.reset(); }

    void didCallbackWithTheTestPhones()
    {
        const core::Clock& clock = core::SystemClock::instance();
        Switch sipSwitch(m_t->path(), QStringLiteral("127.0.0.1:%1").arg(freeUdpPort()), clock);
        console::MainWindow window(*m_t->db, clock, &sipSwitch);
        window.resize(1280, 900);
        window.show();
        console::TestPhonesPage* page = window.testPhonesPage();
        QVERIFY(page);
        QVERIFY(window.showPage(QStringLiteral("Test phones")));
        auto* listen = test::child<QComboBox>(*page, QStringLiteral("testListen"));
        auto* listenNote = test::child<QLabel>(*page, QStringLiteral("testListenNote"));
        auto* power = test::child<QPushButton>(*page, QStringLiteral("testPhonesPower"));
        auto* did = test::child<QPushButton>(*page, QStringLiteral("testDid"));
        auto* recordView = test::child<QTextBrowser>(*page, QStringLiteral("testRecord"));
        auto* showCall = test::child<QPushButton>(*page, QStringLiteral("testShowCall"));
        auto* stateA = onPhone<QLabel>(*page, QStringLiteral("state"), Phone::A);
        auto* stateB = onPhone<QLabel>(*page, QStringLiteral("state"), Phone::B);
        auto* levelA = onPhone<QProgressBar>(*page, QStringLiteral("level"), Phone::A);
        auto* levelB = onPhone<QProgressBar>(*page, QStringLiteral("level"), Phone::B);
        QSignalSpy started(&sipSwitch, &Switch::started);
        sipSwitch.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10'000);

        // No audio output here (offscreen, no sound server): "Listen to" is
        // off and disabled, and says why; the level meters below work all
        // the same. With an output, it plays phone A.
        const bool output = !QMediaDevices::defaultAudioOutput().isNull();
        QCOMPARE(listen->isEnabled(), output);
        QCOMPARE(listenNote->isVisible(), !output);
        QCOMPARE(listenNote->text(), QStringLiteral("No audio output on this computer: levels only."));
        QCOMPARE(listen->currentData().toInt(), output ? int(Phone::A) : -1);

        // Off: no trigger. On: the test carrier points at the phones.
        QVERIFY(!did->isEnabled());
        power->click();
        QVERIFY(page->phones().isRunning());
        QCOMPARE(page->phones().listening(Phone::A), output);
        QVERIFY(!page->phones().listening(Phone::B));
        QCOMPARE(test::child<console::PhoneSpeaker>(*page, QStringLiteral("testSpeaker"))->isPlaying(),
                 output);
        QVERIFY(did->isEnabled());
        const store::GatewayRepository gateways(*m_t->db, m_t->clock);
        QCOMPARE(gateways.testCarrier()->port, page->phones().port());
        QVERIFY(gateways.testCarrier()->enabled);

        test::choose(*page, QStringLiteral("testSubscriber"), QStringLiteral("1001"));
        test::child<QLineEdit>(*page, QStringLiteral("testDestination"))
            ->setText(QStringLiteral("+1 202 555 0147"));
        const core::Money before =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"))->balance;

        // Ring: the DID answers busy, and the switch calls A back.
        did->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            logged(*page, QStringLiteral("The switch turned the DID call away with 486 Busy Here")), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(page->requestId() != 0, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(stateA->text().startsWith(QStringLiteral("Ringing: +")), 15'000);
        QVERIFY(onPhone(*page, QStringLiteral("answer"), Phone::A)->isEnabled());
        QVERIFY(!onPhone(*page, QStringLiteral("key"), Phone::A, QStringLiteral("1"))
                     ->isEnabled()); // no keys before the answer
        onPhone(*page, QStringLiteral("answer"), Phone::A)->click();
        QVERIFY(stateA->text().startsWith(QStringLiteral("Talking with +")));

        // The IVR asks for the destination; A hears it and keys it.
        QTRY_VERIFY_WITH_TIMEOUT(logged(*page, QStringLiteral(": In the IVR")), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(levelA->value() > 20, 10'000);
        QString error;
        const auto plan =
            testphones::TestCalls::plan(*m_t->db, m_t->clock, QStringLiteral("did"), QStringLiteral("1001"),
                                        QStringLiteral("+12025550147"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (QChar digit : plan.keys) {
            QPushButton* key = onPhone(*page, QStringLiteral("key"), Phone::A, digit);
            QVERIFY(key && key->isEnabled());
            key->click();
        }

        // B rings with the subscriber's number and answers; they talk.
        QTRY_VERIFY_WITH_TIMEOUT(stateB->text().startsWith(QStringLiteral("Ringing: +")), 20'000);
        QVERIFY2(logged(*page, QStringLiteral("Phone B rings, caller ID +447700900123")),
                 qPrintable(test::child<QPlainTextEdit>(*page, QStringLiteral("testSteps"))->toPlainText()));
        screenshot(window, "test-phones-b-ringing");
        onPhone(*page, QStringLiteral("answer"), Phone::B)->click();
        QTRY_VERIFY_WITH_TIMEOUT(logged(*page, QStringLiteral(": Connected")), 10'000);
        // Each phone hears the other's tone across the bridge.
        QTRY_VERIFY_WITH_TIMEOUT(levelB->value() > 40, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(levelA->value() > 40, 10'000);
        // The elapsed time runs (the page ticks every second); past the
        // demo rates' 3 s grace, so leg B is charged too.
        QTRY_VERIFY_WITH_TIMEOUT(stateB->text().endsWith(QStringLiteral("0:02")), 10'000);
        screenshot(window, "test-phones-talking");
        QTRY_VERIFY_WITH_TIMEOUT(stateB->text().endsWith(QStringLiteral("0:05")), 10'000);

        // A hangs up: the callback ends, is billed, and its record shows.
        onPhone(*page, QStringLiteral("hangup"), Phone::A)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!recordView->toPlainText().isEmpty(), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(stateB->text(), QStringLiteral("Idle"), 10'000);
        QCOMPARE(stateA->text(), QStringLiteral("Idle"));
        screenshot(window, "test-phones-record");

        const store::CdrRepository cdrs(*m_t->db, m_t->clock);
        const auto call = cdrs.call(page->callId());
        QVERIFY(call);
        QVERIFY(call->test);
        QCOMPARE(call->state, store::CallState::Completed);
        const auto legs = cdrs.legs(call->id);
        QCOMPARE(legs.size(), 2);
        for (const store::LegRecord& leg : legs)
            QCOMPARE(*leg.gatewayId, gateways.testCarrier()->id);
        QCOMPARE(legs.at(0).number, QStringLiteral("447700900123"));
        QCOMPARE(legs.at(1).number, QStringLiteral("12025550147"));
        QVERIFY(legs.at(1).durationMs >= 5000);
        QVERIFY(legs.at(0).sell > core::Money());
        QVERIFY(legs.at(1).sell > core::Money());
        QCOMPARE(legs.at(0).sell + legs.at(1).sell, call->sell);
        const core::Money after =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"))->balance;
        QVERIFY(call->sell > core::Money());
        QCOMPARE(before - after, call->sell); // billed like a real call
        const QString currency = store::SettingsRepository(*m_t->db).currency();
        const QString record = recordView->toPlainText();
        QVERIFY2(record.contains(QStringLiteral("(test call), Completed")), qPrintable(record));
        QVERIFY2(record.contains(QStringLiteral("leg A +447700900123 via Test phones (built-in): SIP 200")),
                 qPrintable(record));
        QVERIFY2(record.contains(QStringLiteral("leg B +12025550147 via Test phones (built-in): SIP 200")),
                 qPrintable(record));
        QVERIFY2(record.contains(QStringLiteral("Price %1, cost %2, profit %3")
                                     .arg(call->sell.format(currency, QLocale::c(), 4),
                                          call->buy.format(currency, QLocale::c(), 4),
                                          (call->sell - call->buy).format(currency, QLocale::c(), 4))),
                 qPrintable(record));
        QVERIFY2(record.contains(
                     QStringLiteral("Charged to 1001: %1").arg(call->sell.format(currency, QLocale::c(), 4))),
                 qPrintable(record));

        // The link opens the call on the Calls page.
        QVERIFY(showCall->isEnabled());
        showCall->click();
        QVERIFY(window.callsPage()->isVisible());
        const QModelIndex current = test::child<QTableView>(*window.callsPage(), QStringLiteral("callsView"))
                                        ->selectionModel()
                                        ->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(window.callsPage()->model()->rowAt(current.row()).id, call->id);

        // The DID rung again within the anti-repeat minute: still a free
        // 486, but the switch takes no callback, and the log says why
        // instead of promising one.
        window.showPage(QStringLiteral("Test phones"));
        const store::CallbackRequestRepository requests(*m_t->db, m_t->clock);
        const qsizetype requested = requests.recent().size();
        did->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            logged(*page, QStringLiteral("486 Busy Here and will not call back. Refused: "
                                         "another request came less than 60 seconds ago")),
            10'000);
        QCOMPARE(page->requestId(), 0);
        QCOMPARE(requests.recent().size(), requested);

        // Off again: the test carrier takes nothing.
        power->click();
        QVERIFY(!page->phones().isRunning());
        QVERIFY(!gateways.testCarrier()->enabled);
        QSignalSpy stopped(&sipSwitch, &Switch::stopped);
        sipSwitch.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10'000);
    }
};

QTEST_MAIN(TestTestPhonesPage)
#include "TestTestPhonesPage.moc"
