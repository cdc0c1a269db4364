// The portal in a real browser: rebound-switch serves it on 127.0.0.1, sipp
// plays the subscriber's phone and the destination, and Debian's Chromium,
// driven by tests/web/browser/portal.mjs (playwright-core), signs in, asks
// for a callback, sees it reach "connected", and tops up with a card.
// REBOUND_PORTAL_SCREENSHOTS=DIR keeps phone and desktop screenshots of
// every page there. portalFollowsTheBrowsersLanguage drives languages.mjs:
// Accept-Language: fr, the switcher, and the subscriber's own language.
#include "SippPeer.h"
#include "cards/CardService.h"
#include "core/Languages.h"
#include "core/PasswordHash.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/Database.h"
#include "store/LedgerRepository.h"
#include "support/LoopbackRoutes.h"
#include "support/RequestStates.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace rebound;

class TestPortalBrowser : public QObject
{
    Q_OBJECT

    static int freeTcpPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    // rebound-switch serving the database at `dbPath` on 127.0.0.1, SIP on
    // `sipPort` and the portal on `webPort`, until it says it runs. What it
    // says gathers in `log`.
    static void startSwitch(QProcess& theSwitch, QString& log, const QString& dbPath, int sipPort,
                            int webPort)
    {
        theSwitch.setProcessChannelMode(QProcess::MergedChannels);
        theSwitch.start(QStringLiteral(REBOUND_SWITCH_EXE),
                        {QStringLiteral("--db"), dbPath, QStringLiteral("serve"),
                         QStringLiteral("--sip-listen"), QStringLiteral("127.0.0.1:%1").arg(sipPort),
                         QStringLiteral("--web-listen"), QStringLiteral("127.0.0.1:%1").arg(webPort)});
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += QString::fromUtf8(theSwitch.readAll()), log.contains(QStringLiteral("running, SIP on"))),
            15'000);
    }

    // Runs `script` of tests/web/browser against the portal on `webPort` as
    // the demo subscriber, `argument` after the password (then the folder
    // REBOUND_PORTAL_SCREENSHOTS names, if any). It must succeed within
    // `timeoutMs`; what it printed and the switch's last words say why not.
    static void runBrowser(const QString& script, int webPort, const QString& argument, int timeoutMs,
                           QProcess& theSwitch, QString& log)
    {
        QProcess browser;
        browser.setProcessChannelMode(QProcess::MergedChannels);
        browser.setWorkingDirectory(QStringLiteral(REBOUND_BROWSER_DIR));
        QStringList args{script, QStringLiteral("http://127.0.0.1:%1").arg(webPort),
                         QStringLiteral("demo1001"), demo::DemoData::demoPassword(), argument};
        if (const QString shots = qEnvironmentVariable("REBOUND_PORTAL_SCREENSHOTS"); !shots.isEmpty())
            args << shots;
        browser.start(QStringLiteral("node"), args);
        // Served while waiting: the switch is another process, sipp too.
        QTRY_VERIFY_WITH_TIMEOUT(browser.state() == QProcess::NotRunning, timeoutMs);
        const QString steps = QString::fromUtf8(browser.readAll());
        log += QString::fromUtf8(theSwitch.readAll());
        QVERIFY2(browser.exitStatus() == QProcess::NormalExit && browser.exitCode() == 0,
                 qPrintable(steps + QStringLiteral("\n--- switch ---\n") + log.right(4000)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool : {"sipp", "node", "chromium"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is not installed; packaging/install-deps.sh installs it")
                                     .arg(QString::fromLatin1(tool))));
        if (!QFileInfo::exists(QStringLiteral(REBOUND_BROWSER_DIR "/node_modules/playwright-core")))
            QFAIL("playwright-core is missing; packaging/run-tests.sh runs npm ci in tests/web/browser");
    }

    void portalFollowsTheBrowsersLanguage()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("languages.sqlite"));
        core::MockClock clock;
        core::PasswordHash::setDefaultIterationsForTesting(1000);
        {
            const auto db = store::Database::open(dbPath);
            demo::DemoData::seed(*db, clock);
            QCOMPARE(store::AccountRepository(*db, clock).findByCode(QStringLiteral("1001"))->language,
                     QStringLiteral("en"));
        }
        // What each language should show, from the translations the switch carries.
        QJsonObject texts;
        for (const QString& language : core::Languages::supported()) {
            QJsonObject words;
            for (const char* source :
                 {"Sign in", "Member ID", "Password", "Your balance", "Call me back", "Calls"})
                words.insert(QString::fromLatin1(source),
                             core::Languages::translate(language, "WebPortal", source));
            texts.insert(language, words);
        }
        const QString textsFile = dir.filePath(QStringLiteral("texts.json"));
        QFile file(textsFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(texts).toJson());
        file.close();

        const int webPort = freeTcpPort();
        QProcess theSwitch;
        QString log;
        startSwitch(theSwitch, log, dbPath, test::freeUdpPort(), webPort);
        if (QTest::currentTestFailed())
            return;
        runBrowser(QStringLiteral("languages.mjs"), webPort, textsFile, 120'000, theSwitch, log);
        if (QTest::currentTestFailed())
            return;

        theSwitch.terminate();
        QVERIFY(theSwitch.waitForFinished(15'000));
        // The switcher, used signed in, changed the subscriber's own language.
        const auto db = store::Database::open(dbPath);
        QCOMPARE(store::AccountRepository(*db, clock).findByCode(QStringLiteral("1001"))->language,
                 QStringLiteral("es"));
    }

    void subscriberUsesThePortalInChromium()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("portal.sqlite"));
        core::MockClock clock;
        core::PasswordHash::setDefaultIterationsForTesting(1000);
        const int sipPort = test::freeUdpPort();
        const int portA = test::freeUdpPort();
        const int portB = test::freeUdpPort();
        const int webPort = freeTcpPort();
        QString pin;
        core::Money before;
        {
            const auto db = store::Database::open(dbPath);
            demo::DemoData::seed(*db, clock);
            test::routeDemoCallsToLoopback(*db, clock, portA, portB);
            cards::BatchSpec spec;
            spec.kind = store::CardKind::ChargeUp;
            spec.count = 1;
            spec.faceValue = core::Money::fromUnits(10);
            spec.serialPrefix = QStringLiteral("WEB");
            pin = cards::CardService(*db, clock).generate(spec, QStringLiteral("test")).cards.first().pin;
            before = store::AccountRepository(*db, clock).findByCode(QStringLiteral("1001"))->balance;
        }

        QProcess theSwitch;
        QString log;
        startSwitch(theSwitch, log, dbPath, sipPort, webPort);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(log.contains(QStringLiteral("Web portal on http://127.0.0.1:%1").arg(webPort)),
                 qPrintable(log));

        // The phone answers and stays; the destination talks for 6 s.
        test::SippGateway phone(dir, test::writeScenario(dir, QStringLiteral("gateway_answer.xml"), {}),
                                portA, 1, 90);
        test::SippGateway destination(
            dir,
            test::writeScenario(dir, QStringLiteral("gateway_answer_hangup.xml"),
                                {{QStringLiteral("TALK_MS"), QStringLiteral("6000")}}),
            portB, 1, 90);
        runBrowser(QStringLiteral("portal.mjs"), webPort, pin, 150'000, theSwitch, log);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(phone.succeeded());
        QVERIFY(destination.succeeded());

        theSwitch.terminate();
        QVERIFY(theSwitch.waitForFinished(15'000));
        const auto db = store::Database::open(dbPath);
        const auto requests = store::CallbackRequestRepository(*db, clock).recent();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(store::toString(requests.first().trigger), QStringLiteral("web"));
        QCOMPARE(requests.first().state, store::RequestState::Completed);
        const auto after = store::AccountRepository(*db, clock).findByCode(QStringLiteral("1001"))->balance;
        QVERIFY(after > before);                              // the card's 10 dollars went in ...
        QVERIFY(after < before + core::Money::fromUnits(10)); // ... and the call cost something
        QVERIFY(store::LedgerRepository(*db, clock).findMismatches().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPortalBrowser)
#include "TestPortalBrowser.moc"
