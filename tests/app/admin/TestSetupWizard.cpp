#include "Switch.h"
#include "admin/SetupWizard.h"
#include "billing/RateService.h"
#include "common/Dialogs.h"
#include "demo/DemoData.h"
#include "store/AuditLog.h"
#include "store/GatewayRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "support/ConsoleFixture.h"
#include "support/Files.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace rebound;
using rebound::test::child;
using Wizard = console::SetupWizard;

class TestSetupWizard : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;

    store::SettingsRepository settings() const { return store::SettingsRepository(*m_t->db); }
    store::GatewayRepository gateways() const { return store::GatewayRepository(*m_t->db, m_t->clock); }
    store::RateRepository rates() const { return store::RateRepository(*m_t->db, m_t->clock); }
    QList<store::AuditEntry> audit() const { return store::AuditLog(*m_t->db, m_t->clock).recent(); }

    // With REBOUND_SCREENSHOTS=/some/folder, each page is saved there as a PNG to look at.
    static void screenshot(Wizard& wizard, const QString& name)
    {
        const QString folder = qEnvironmentVariable("REBOUND_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(wizard.grab().save(QDir(folder).filePath(QStringLiteral("wizard-%1.png").arg(name))));
    }

    static QString problems(Wizard& wizard, const QString& name)
    {
        auto* label = child<QLabel>(wizard, name);
        return label->isVisible() ? label->text() : QString();
    }

private Q_SLOTS:
    void init() { m_t = std::make_unique<test::TempDatabase>(); }
    void cleanup() { m_t.reset(); }

    void drivesEveryPageWithARunningSwitch()
    {
        // The switch answers OPTIONS 200 itself, so a gateway pointed at its
        // own address is a reachable carrier that needs no other process.
        settings().setValue(QStringLiteral("sip.listen"),
                            QStringLiteral("127.0.0.1:%1").arg(test::unusedUdpPort()));
        settings().setValue(QStringLiteral("web.listen"), QStringLiteral("off"));
        Switch sipSwitch(m_t->path(), QString(), m_t->clock);
        QSignalSpy started(&sipSwitch, &Switch::started);
        QSignalSpy failed(&sipSwitch, &Switch::failed);
        sipSwitch.start();
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 10'000);
        QVERIFY2(started.count() == 1, failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        Wizard wizard(*m_t->db, m_t->clock, &sipSwitch);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(Wizard::BusinessPage));

        // Choosing a country offers its plan and currency.
        auto* country = child<QComboBox>(wizard, QStringLiteral("country"));
        country->setCurrentIndex(country->findData(int(QLocale::UnitedKingdom)));
        QCOMPARE(wizard.field(QStringLiteral("countryCode")).toString(), QStringLiteral("44"));
        QCOMPARE(wizard.field(QStringLiteral("internationalPrefixes")).toString(), QStringLiteral("00"));
        QCOMPARE(wizard.field(QStringLiteral("nationalPrefix")).toString(), QStringLiteral("0"));
        QCOMPARE(wizard.field(QStringLiteral("currency")).toString(), QStringLiteral("GBP"));
        wizard.setField(QStringLiteral("businessName"), QStringLiteral("Rebound Test"));
        wizard.setField(QStringLiteral("currency"), QStringLiteral("EUR"));
        wizard.setField(QStringLiteral("timeZone"), QStringLiteral("Europe/London"));
        screenshot(wizard, QStringLiteral("1-business"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::SipPage));
        QCOMPARE(settings().value(QStringLiteral("reseller.name")), QStringLiteral("Rebound Test"));
        QCOMPARE(settings().currency(), QStringLiteral("EUR"));
        QCOMPARE(settings().dialPlan().countryCode, QStringLiteral("44"));
        QCOMPARE(settings().dialPlan().internationalPrefixes, QStringList{QStringLiteral("00")});
        QCOMPARE(settings().dialPlan().nationalPrefix, QStringLiteral("0"));
        QCOMPARE(settings().value(QStringLiteral("billing.timezone")), QStringLiteral("Europe/London"));

        // A new SIP address restarts the switch there.
        auto* addresses = child<QComboBox>(wizard, QStringLiteral("sipAddress"));
        QVERIFY(addresses->findText(QStringLiteral("127.0.0.1")) >= 0);
        QVERIFY(addresses->findText(QStringLiteral("0.0.0.0")) >= 0);
        const int port = test::unusedUdpPort();
        wizard.setField(QStringLiteral("sipAddress"), QStringLiteral("127.0.0.1"));
        wizard.setField(QStringLiteral("sipPort"), port);
        wizard.setField(QStringLiteral("portalAddress"), QStringLiteral("127.0.0.1:0"));
        screenshot(wizard, QStringLiteral("2-sip"));
        started.clear();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::GatewayPage));
        QCOMPARE(settings().value(QStringLiteral("sip.listen")), QStringLiteral("127.0.0.1:%1").arg(port));
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 10'000);
        QVERIFY2(started.first().first().toString().contains(QString::number(port)),
                 qPrintable(started.first().first().toString()));

        wizard.setField(QStringLiteral("gatewayName"), QStringLiteral("Carrier X"));
        wizard.setField(QStringLiteral("gatewayHost"), QStringLiteral("127.0.0.1"));
        wizard.setField(QStringLiteral("gatewayPort"), QString::number(port));
        wizard.setField(QStringLiteral("gatewayUsername"), QStringLiteral("rebound"));
        wizard.setField(QStringLiteral("gatewayPassword"), QStringLiteral("pw-s3cret"));
        wizard.setField(QStringLiteral("gatewayTrusted"), QStringLiteral("127.0.0.1"));
        child<QPushButton>(wizard, QStringLiteral("testGateway"))->click();
        auto* pingResult = child<QLabel>(wizard, QStringLiteral("pingResult"));
        QTRY_VERIFY_WITH_TIMEOUT(pingResult->text().startsWith(QStringLiteral("Carrier X: answered")),
                                 10'000);
        QVERIFY2(pingResult->text().contains(QStringLiteral("200 OK in")), qPrintable(pingResult->text()));
        screenshot(wizard, QStringLiteral("3-gateway"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::RatesPage));
        const auto gateway = gateways().findGatewayByName(QStringLiteral("Carrier X"));
        QVERIFY(gateway);
        QCOMPARE(gateway->port, port);
        QCOMPARE(gateway->password, QStringLiteral("pw-s3cret"));
        QCOMPARE(gateway->trustedSources, QStringList{QStringLiteral("127.0.0.1")});
        QCOMPARE(gateways().gateways().size(), 1); // Save and check, then Next: added once
        QCOMPARE(gateways().routes().size(), 1);
        QCOMPARE(gateways().routes().first().prefix, QString());

        QCOMPARE(wizard.field(QStringLiteral("buyTableName")).toString(), QStringLiteral("Carrier X"));
        wizard.setField(
            QStringLiteral("buySheet"),
            test::writeFile(m_t->dir, QStringLiteral("carrier.csv"),
                            "prefix,destination,rate\n44,United Kingdom,0.0100\n447,UK mobile,0.0213\n"));
        QCOMPARE(wizard.field(QStringLiteral("markupPercent")).toDouble(), 40.0);
        screenshot(wizard, QStringLiteral("4-rates"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::DidPage));
        const auto buy = rates().findTableByName(QStringLiteral("Carrier X"));
        QVERIFY(buy);
        QVERIFY(buy->kind == store::RateTableKind::Buy);
        QCOMPARE(gateways().findGatewayByName(QStringLiteral("Carrier X"))->buyTableId, buy->id);
        const auto sell = rates().findTableByName(QStringLiteral("Retail"));
        QVERIFY(sell);
        QVERIFY(sell->kind == store::RateTableKind::Sell);
        QCOMPARE(sell->currency, QStringLiteral("EUR"));
        const QList<store::Rate> sellRates = rates().rates(sell->id);
        QCOMPARE(sellRates.size(), 2);
        for (const store::Rate& r : sellRates) {
            if (r.prefix == QLatin1String("44"))
                QCOMPARE(r.perMinute.micros(), 14'000); // 0.0100 + 40 %
            else
                QCOMPARE(r.perMinute.micros(), 30'000); // 0.02982 rounded up to 0.001
        }

        wizard.setField(QStringLiteral("didNumber"), QStringLiteral("+44 20 7946 0000"));
        screenshot(wizard, QStringLiteral("5-did"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::ChecklistPage));
        const auto did = gateways().findDid(QStringLiteral("442079460000"));
        QVERIFY(did);
        QVERIFY(!did->accountId);

        // The portal starts with the restarted switch; its address joins the list.
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard.checklistText().contains(QStringLiteral("portal is at http://127.0.0.1:")), 10'000);
        const QString list = wizard.checklistText();
        screenshot(wizard, QStringLiteral("6-checklist"));
        for (const QString& line :
             {QStringLiteral("✔ Settings saved: Rebound Test, EUR, home country code +44."),
              QStringLiteral("✔ The switch is listening on"),
              QStringLiteral("✔ Gateway Carrier X (127.0.0.1:"), QStringLiteral("): answered 200 OK in"),
              QStringLiteral("✔ Buy table: Carrier X (2 rates)."),
              QStringLiteral("✔ Sell plan: Retail (2 rates)."), QStringLiteral("✔ DID: +442079460000."),
              QStringLiteral("✘ No subscriber yet: add your first subscriber on the Subscribers page."),
              QStringLiteral("✔ The subscriber portal is at http://127.0.0.1:")})
            QVERIFY2(list.contains(line), qPrintable(line + QStringLiteral("\n---\n") + list));
        QVERIFY(!list.contains(QStringLiteral("demo data")));
        QVERIFY(!list.contains(QStringLiteral("No routes")));

        // Every change is audited as the console's, and never with the password.
        QStringList actions;
        for (const store::AuditEntry& e : audit()) {
            QCOMPARE(e.actor, QStringLiteral("console"));
            QVERIFY(!e.details.contains(QStringLiteral("pw-s3cret")));
            actions << e.action;
        }
        for (const char* action : {"setting.set", "gateway.add", "route.add", "rates.import",
                                   "gateway.update", "rates.markup", "did.add"})
            QVERIFY2(actions.contains(QLatin1String(action)), action);

        QSignalSpy stopped(&sipSwitch, &Switch::stopped);
        sipSwitch.stop();
        QTRY_VERIFY_WITH_TIMEOUT(stopped.count() == 1, 10'000);
    }

    void badValuesKeepThePageAndSaveNothing()
    {
        Wizard wizard(*m_t->db, m_t->clock, nullptr);
        wizard.show();
        // Nothing stored: the default plan's country (+1) is offered.
        QVERIFY(child<QComboBox>(wizard, QStringLiteral("country"))
                    ->currentText()
                    .endsWith(QStringLiteral("(+1)")));
        wizard.setField(QStringLiteral("businessName"), QStringLiteral("Rebound Test"));
        wizard.setField(QStringLiteral("currency"), QStringLiteral("EURO"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::BusinessPage));
        QVERIFY2(
            problems(wizard, QStringLiteral("businessProblems")).contains(QStringLiteral("three-letter")),
            qPrintable(problems(wizard, QStringLiteral("businessProblems"))));
        screenshot(wizard, QStringLiteral("1-business-refused"));
        QVERIFY(settings().all().isEmpty());
        QVERIFY(audit().isEmpty());
        wizard.setField(QStringLiteral("currency"), QStringLiteral("EUR"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::SipPage));
        QVERIFY(problems(wizard, QStringLiteral("businessProblems")).isEmpty());

        wizard.setField(QStringLiteral("sipAddress"), QStringLiteral("999.1.1.1"));
        wizard.setField(QStringLiteral("publicAddress"), QStringLiteral("bad host!"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::SipPage));
        const QString sipProblems = problems(wizard, QStringLiteral("sipProblems"));
        QVERIFY2(sipProblems.contains(QStringLiteral("SIP address")) &&
                     sipProblems.contains(QStringLiteral("Public address")),
                 qPrintable(sipProblems));
        screenshot(wizard, QStringLiteral("2-sip-refused"));
        QVERIFY(!settings().all().contains(QStringLiteral("sip.listen")));
        wizard.setField(QStringLiteral("sipAddress"), QStringLiteral("127.0.0.1"));
        wizard.setField(QStringLiteral("publicAddress"), QString());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::GatewayPage));

        // A bad host is named; without a switch the ping says it could not check.
        wizard.setField(QStringLiteral("gatewayHost"), QStringLiteral("bad host!"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::GatewayPage));
        QVERIFY(problems(wizard, QStringLiteral("gatewayProblems")).contains(QStringLiteral("'bad host!'")));
        QVERIFY(gateways().gateways().isEmpty());
        wizard.setField(QStringLiteral("gatewayHost"), QStringLiteral("sip.carrier.example"));
        child<QPushButton>(wizard, QStringLiteral("testGateway"))->click();
        QVERIFY(child<QLabel>(wizard, QStringLiteral("pingResult"))
                    ->text()
                    .startsWith(QStringLiteral("Could not check: the switch is not running")));
        screenshot(wizard, QStringLiteral("3-gateway-unchecked"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::RatesPage));

        // A sheet with a bad line is listed and stores nothing.
        wizard.setField(QStringLiteral("buySheet"),
                        test::writeFile(m_t->dir, QStringLiteral("bad.csv"),
                                        "prefix,destination,rate\n44,UK,0.01\n4x,Bad,0.02\n"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::RatesPage));
        QVERIFY(problems(wizard, QStringLiteral("ratesProblems"))
                    .contains(QStringLiteral("nothing was imported")));
        QVERIFY2(child<QPlainTextEdit>(wizard, QStringLiteral("ratesLineErrors"))
                     ->toPlainText()
                     .contains(QStringLiteral("3")),
                 qPrintable(child<QPlainTextEdit>(wizard, QStringLiteral("ratesLineErrors"))->toPlainText()));
        screenshot(wizard, QStringLiteral("4-rates-refused"));
        QVERIFY(rates().tables().isEmpty());
        QVERIFY(!gateways().gateways().first().buyTableId);
        wizard.setField(QStringLiteral("skipRates"), true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::DidPage));

        wizard.setField(QStringLiteral("didNumber"), QStringLiteral("0123"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::DidPage));
        QVERIFY(
            problems(wizard, QStringLiteral("didProblems")).contains(QStringLiteral("not an international")));
        QVERIFY(gateways().dids().isEmpty());
        wizard.setField(QStringLiteral("skipDid"), true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::ChecklistPage));
        const QString list = wizard.checklistText();
        for (const QString& line :
             {QStringLiteral("✘ No switch runs in this console"),
              QStringLiteral(
                  "✘ Gateway Carrier (sip.carrier.example:5060/udp) was not checked: the switch is "
                  "not running"),
              QStringLiteral("✘ No gateway has a buy table"), QStringLiteral("✘ No sell plan"),
              QStringLiteral("✘ No DID yet: add one on the DIDs page."),
              QStringLiteral("✔ The subscriber portal will be at http://127.0.0.1:8080")})
            QVERIFY2(list.contains(line), qPrintable(line + QStringLiteral("\n---\n") + list));
    }

    void existingRateTablesAreReplacedOnlyWhenConfirmed()
    {
        const QByteArray retail = "prefix,destination,rate\n1,North America,0.50\n";
        QVERIFY(billing::RateService(*m_t->db, m_t->clock)
                    .importCsv(QStringLiteral("Retail"), store::RateTableKind::Sell, QStringLiteral("USD"),
                               retail, QStringLiteral("test"))
                    .ok());
        Wizard wizard(*m_t->db, m_t->clock, nullptr);
        wizard.show();
        wizard.next(); // business, as offered
        wizard.next(); // SIP, as offered
        QCOMPARE(wizard.currentId(), int(Wizard::GatewayPage));
        wizard.setField(QStringLiteral("gatewayHost"), QStringLiteral("sip.carrier.example"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::RatesPage));
        wizard.setField(QStringLiteral("buySheet"), test::writeFile(m_t->dir, QStringLiteral("sheet.csv"),
                                                                    "prefix,destination,rate\n44,UK,0.01\n"));
        QStringList asked;
        bool answer = false;
        console::dialogs::setConfirmHook([&](const QString& text) {
            asked << text;
            return answer;
        });
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::RatesPage)); // declined: nothing replaced
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("Retail")), qPrintable(asked.first()));
        const auto before = rates().findTableByName(QStringLiteral("Retail"));
        QVERIFY(before);
        QCOMPARE(rates().rates(before->id).size(), 1);
        QCOMPARE(rates().rates(before->id).first().prefix, QStringLiteral("1"));
        answer = true;
        wizard.next();
        console::dialogs::clearHooks();
        QCOMPARE(wizard.currentId(), int(Wizard::DidPage));
        QCOMPARE(rates().rates(before->id).first().prefix, QStringLiteral("44"));
    }

    void cancelSavesNothingOfThePage()
    {
        Wizard wizard(*m_t->db, m_t->clock, nullptr);
        wizard.show();
        wizard.setField(QStringLiteral("businessName"), QStringLiteral("Not saved"));
        wizard.reject();
        QVERIFY(settings().all().isEmpty());
        QVERIFY(audit().isEmpty());
    }

    void runAgainOnDemoDataSaysHowToStartClean()
    {
        demo::DemoData::seed(*m_t->db, m_t->clock);
        Wizard wizard(*m_t->db, m_t->clock, nullptr);
        wizard.show();
        // It starts from what is stored.
        QCOMPARE(wizard.field(QStringLiteral("currency")).toString(), settings().currency());
        wizard.next();
        wizard.next();
        wizard.setField(QStringLiteral("skipGateway"), true);
        wizard.next();
        wizard.setField(QStringLiteral("skipRates"), true);
        wizard.next();
        wizard.setField(QStringLiteral("skipDid"), true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::ChecklistPage));
        const QString list = wizard.checklistText();
        QVERIFY2(list.contains(QStringLiteral("✘ This database still holds the demo data. To start clean: "
                                              "rebound --no-demo --db NEWFILE")),
                 qPrintable(list));
        QVERIFY2(list.contains(QStringLiteral("✔ Gateways: Demo carrier")), qPrintable(list));
        QVERIFY(list.contains(QStringLiteral("✔ Subscribers: 5.")));
    }
};

QTEST_MAIN(TestSetupWizard)
#include "TestSetupWizard.moc"
