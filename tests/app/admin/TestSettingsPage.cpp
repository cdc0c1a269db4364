#include "Switch.h"
#include "admin/SettingsPage.h"
#include "backup/BackupService.h"
#include "common/Dialogs.h"
#include "common/MainWindow.h"
#include "settings/SettingsCatalog.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/SettingsRepository.h"
#include "support/ConsoleFixture.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace rebound;
using console::SettingsPage;

class TestSettingsPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::ConsoleFixture> m_t;

    store::SettingsRepository settings() const { return store::SettingsRepository(*m_t->db); }

    // A request the switch has not finished: what a restart would end.
    void addCallInProgress()
    {
        const auto account =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"));
        QVERIFY(account);
        store::CallbackRequest request;
        request.accountId = account->id;
        request.trigger = store::TriggerKind::Console;
        request.callbackNumber = core::PhoneNumber::fromE164(QStringLiteral("15550100001"));
        request.state = store::RequestState::Bridged;
        store::CallbackRequestRepository(*m_t->db, m_t->clock).insert(request);
    }

private Q_SLOTS:
    void init() { m_t = std::make_unique<test::ConsoleFixture>(); }
    void cleanup() { m_t.reset(); }

    void showsEverySettingWithItsDefault()
    {
        SettingsPage page(*m_t->db, m_t->clock, nullptr);
        auto* groups = page.findChild<QListWidget*>(QStringLiteral("settingGroups"));
        QCOMPARE(groups->count(), settings::Catalog::groups().size());
        for (const settings::Setting& s : settings::Catalog::all()) {
            QVERIFY2(page.editor(s.key), qPrintable(s.key));
            if (auto* edit = qobject_cast<QLineEdit*>(page.editor(s.key));
                edit && !s.defaultValue.isEmpty() && !s.optional)
                QVERIFY2(edit->placeholderText() == s.defaultValue ||
                             edit->placeholderText() == s.defaultText,
                         qPrintable(s.key));
        }
        // Stored values are shown; a choice shows the one in force.
        QCOMPARE(page.editedValue(QStringLiteral("currency")), settings().value(QStringLiteral("currency")));
        QCOMPARE(page.editedValue(QStringLiteral("sip.tcp")), QStringLiteral("auto"));
        QVERIFY(!page.hasChanges());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("applySettings"))->isEnabled());
    }

    void badValuesAreRefusedAndNothingIsSaved()
    {
        SettingsPage page(*m_t->db, m_t->clock, nullptr);
        const auto before = settings().all();
        const int audited = int(store::AuditLog(*m_t->db, m_t->clock).recent(1000).size());
        page.setEditedValue(QStringLiteral("reseller.name"), QStringLiteral("Acme Callback"));
        page.setEditedValue(QStringLiteral("sip.listen"), QStringLiteral("somewhere"));
        page.setEditedValue(QStringLiteral("callback.retries"), QStringLiteral("99"));
        QVERIFY(page.hasChanges());
        QVERIFY(!page.apply());
        QVERIFY2(page.problem(QStringLiteral("sip.listen")).contains(QStringLiteral("IP address and port")),
                 qPrintable(page.problem(QStringLiteral("sip.listen"))));
        QVERIFY(page.problem(QStringLiteral("callback.retries")).contains(QStringLiteral("0 to 10")));
        QVERIFY(page.problem(QStringLiteral("reseller.name")).isEmpty());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("settingsStatus"))
                    ->text()
                    .startsWith(QStringLiteral("Nothing was saved")));
        QCOMPARE(settings().all(), before);
        QCOMPARE(int(store::AuditLog(*m_t->db, m_t->clock).recent(1000).size()), audited);

        // Values that are fine alone but not together are refused as well.
        page.reload();
        page.setEditedValue(QStringLiteral("media.port_min"), QStringLiteral("30000"));
        page.setEditedValue(QStringLiteral("media.port_max"), QStringLiteral("25000"));
        QVERIFY(!page.apply());
        QVERIFY(page.problem(QStringLiteral("media.port_max")).contains(QStringLiteral("above the lowest")));
        QCOMPARE(settings().all(), before);
        page.reload();
        page.setEditedValue(QStringLiteral("web.tls_certificate"), m_t->path()); // a file, but no key
        QVERIFY(!page.apply());
        QVERIFY(page.problem(QStringLiteral("web.tls_key")).contains(QStringLiteral("both")));
        QCOMPARE(settings().all(), before);
    }

    void goodValuesAreSavedAndAudited()
    {
        SettingsPage page(*m_t->db, m_t->clock, nullptr);
        QSignalSpy applied(&page, &SettingsPage::applied);
        page.setEditedValue(QStringLiteral("reseller.name"), QStringLiteral("Acme Callback"));
        page.setEditedValue(QStringLiteral("callback.retries"), QStringLiteral("3"));
        page.setEditedValue(QStringLiteral("billing.timezone"), QStringLiteral("Europe/Madrid"));
        page.setEditedValue(QStringLiteral("sip.tcp"), QStringLiteral("off"));
        QVERIFY(page.apply());
        QCOMPARE(applied.count(), 1);
        QCOMPARE(settings().value(QStringLiteral("reseller.name")), QStringLiteral("Acme Callback"));
        QCOMPARE(settings().integer(QStringLiteral("callback.retries")), 3);
        QCOMPARE(settings().billingTimeZone().id(), QByteArray("Europe/Madrid"));
        QCOMPARE(settings().value(QStringLiteral("sip.tcp")), QStringLiteral("off"));
        QVERIFY(!page.hasChanges());
        const auto entries = store::AuditLog(*m_t->db, m_t->clock).recent(10);
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const store::AuditEntry& e) {
            return e.actor == QLatin1String("console") && e.action == QLatin1String("setting.set") &&
                   e.objectId == QLatin1String("callback.retries") && e.details == QLatin1String("3");
        }));
        // The national prefix shows the one in force; emptied, it means none.
        QCOMPARE(page.editedValue(QStringLiteral("dialplan.national_prefix")), QStringLiteral("1"));
        page.setEditedValue(QStringLiteral("dialplan.national_prefix"), QString());
        QVERIFY(page.apply());
        QCOMPARE(settings().dialPlan().nationalPrefix, QString());
        QCOMPARE(page.editedValue(QStringLiteral("dialplan.national_prefix")), QString());
        // Emptying a field goes back to the default.
        page.setEditedValue(QStringLiteral("callback.retries"), QString());
        QVERIFY(page.apply());
        QVERIFY(!settings().all().contains(QStringLiteral("callback.retries")));
        QCOMPARE(settings().integer(QStringLiteral("callback.retries")), 1);
    }

    void applyRestartsTheSwitchAfterAskingAboutLiveCalls()
    {
        store::SettingsRepository(*m_t->db).setValue(QStringLiteral("web.listen"), QStringLiteral("off"));
        Switch sipSwitch(m_t->path(), QStringLiteral("127.0.0.1:0"), m_t->clock);
        console::MainWindow window(*m_t->db, m_t->clock, &sipSwitch);
        QSignalSpy started(&sipSwitch, &Switch::started);
        QSignalSpy stopped(&sipSwitch, &Switch::stopped);
        sipSwitch.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10'000);
        QVERIFY(!window.startSwitchAction()->isEnabled());
        QVERIFY(window.restartSwitchAction()->isEnabled());
        SettingsPage* page = window.settingsPage();

        // A setting read per call needs no restart.
        page->setEditedValue(QStringLiteral("callback.delay_ms"), QStringLiteral("500"));
        QVERIFY(page->apply());
        QCOMPARE(stopped.count(), 0);

        // With a call in progress the reseller is asked; Cancel saves nothing.
        addCallInProgress();
        int asked = 0;
        SettingsPage::RestartChoice answer = SettingsPage::RestartChoice::Cancel;
        page->askRestart = [&](int live) {
            asked = live;
            return answer;
        };
        page->setEditedValue(QStringLiteral("sip.user_agent"), QStringLiteral("Acme"));
        QVERIFY(!page->apply());
        QCOMPARE(asked, 1);
        QVERIFY(!settings().all().contains(QStringLiteral("sip.user_agent")));
        QVERIFY(page->hasChanges());
        // Later saves without a restart.
        answer = SettingsPage::RestartChoice::Later;
        QVERIFY(page->apply());
        QCOMPARE(settings().value(QStringLiteral("sip.user_agent")), QStringLiteral("Acme"));
        QCOMPARE(stopped.count(), 0);
        QVERIFY(sipSwitch.isRunning());
        // Now restarts: the switch stops and starts again by itself.
        answer = SettingsPage::RestartChoice::Now;
        page->setEditedValue(QStringLiteral("sip.user_agent"), QStringLiteral("Acme 2"));
        QVERIFY(page->apply());
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 10'000);
        QVERIFY(sipSwitch.isRunning());

        // The Switch menu stops and starts it too.
        window.stopSwitchAction()->trigger(); // the call was ended by the restart: no question
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 2, 10'000);
        QVERIFY(window.startSwitchAction()->isEnabled());
        QVERIFY(!window.stopSwitchAction()->isEnabled());
        window.startSwitchAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 3, 10'000);
        sipSwitch.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 3, 10'000);
    }

    void restoreStopsTheSwitchAndReopensTheWindow()
    {
        store::SettingsRepository(*m_t->db).setValue(QStringLiteral("web.listen"), QStringLiteral("off"));
        const QString backup = m_t->dir.filePath(QStringLiteral("copy.sqlite"));
        backup::BackupService::backUp(*m_t->db, backup);
        store::SettingsRepository(*m_t->db).setValue(QStringLiteral("reseller.name"),
                                                     QStringLiteral("After"));

        Switch sipSwitch(m_t->path(), QStringLiteral("127.0.0.1:0"), m_t->clock);
        console::MainWindow window(*m_t->db, m_t->clock, &sipSwitch);
        QSignalSpy started(&sipSwitch, &Switch::started);
        QSignalSpy stopped(&sipSwitch, &Switch::stopped);
        QSignalSpy reopen(&window, &console::MainWindow::reopenRequested);
        sipSwitch.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10'000);

        QStringList messages;
        console::dialogs::setFileHook([&](const QString&) { return backup; });
        console::dialogs::setConfirmHook([](const QString&) { return true; });
        console::dialogs::setErrorHook([&](const QString& text) { messages << text; });
        window.findChild<QAction*>(QStringLiteral("restore"))->trigger();
        console::dialogs::clearHooks();
        QVERIFY2(reopen.count() == 1, qPrintable(messages.join(QLatin1Char('\n'))));
        QCOMPARE(stopped.count(), 1);                          // the switch let go of the database first …
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 10'000); // … and runs on the restored data
        QVERIFY(store::SettingsRepository(*m_t->db).value(QStringLiteral("reseller.name")).isEmpty());
        sipSwitch.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 2, 10'000);
    }

    void aCancelledAssistantLeavesTheWindowAlone()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        QSignalSpy reopen(&window, &console::MainWindow::reopenRequested);
        console::dialogs::setExecHook([](QDialog&) { return int(QDialog::Rejected); });
        window.findChild<QAction*>(QStringLiteral("setupAssistant"))->trigger();
        console::dialogs::clearHooks();
        QCOMPARE(reopen.count(), 0); // nothing saved: no new window
    }

    void newFollowsThePage()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        QVERIFY(window.showPage(QStringLiteral("Gateways")));
        QVERIFY(window.newAction()->isEnabled());
        QVERIFY2(window.newAction()->text().contains(QStringLiteral("gateway")),
                 qPrintable(window.newAction()->text()));
        QVERIFY(window.showPage(QStringLiteral("Subscribers")));
        QVERIFY(window.newAction()->text().contains(QStringLiteral("subscriber"), Qt::CaseInsensitive));
        QVERIFY(window.showPage(QStringLiteral("Dashboard")));
        QVERIFY(!window.newAction()->isEnabled());
    }
};

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
