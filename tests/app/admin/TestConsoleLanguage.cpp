// The console's language and locale, offscreen: the setting console.language
// (or the system's locale) picks Rebound's and Qt's translations and the
// default QLocale; changing it on the Settings page builds the window again;
// money and dates on the pages read the locale's way while files keep ISO.
#include "admin/AuditLogPage.h"
#include "admin/SettingsPage.h"
#include "common/ConsoleStartup.h"
#include "common/MainWindow.h"
#include "common/PeriodPicker.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "settings/SettingsCatalog.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"
#include "subscribers/SubscriberModel.h"
#include "support/TempDatabase.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace rebound;

namespace {
// 2026-01-10 12:00 UTC, 07:00 in New York.
constexpr std::int64_t Now = 1'768'046'400'000;
} // namespace

class TestConsoleLanguage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    QTranslator m_rebound;
    QTranslator m_qtbase;

    void setLanguageSetting(const QString& value)
    {
        store::SettingsRepository(*m_t->db).setValue(QStringLiteral("console.language"), value);
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_t->clock.set(Now);
        demo::DemoData::seed(*m_t->db, m_t->clock);
    }
    void cleanup()
    {
        m_t.reset();
        core::installTranslations(m_rebound, m_qtbase, QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }

    void theSettingOrTheSystemPicksTheLanguage_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("language");
        QTest::newRow("system, French Canada") << "system"
                                               << "fr_CA"
                                               << "fr";
        QTest::newRow("empty, Mexico") << ""
                                       << "es_MX"
                                       << "es";
        QTest::newRow("system, German") << "system"
                                        << "de_DE"
                                        << "en";
        QTest::newRow("system, C") << "system"
                                   << "C"
                                   << "en";
        QTest::newRow("Spanish on a French system") << "es"
                                                    << "fr_FR"
                                                    << "es";
        QTest::newRow("English on a Spanish system") << "en"
                                                     << "es_ES"
                                                     << "en";
        QTest::newRow("unknown value") << "de"
                                       << "fr_FR"
                                       << "fr";
    }
    void theSettingOrTheSystemPicksTheLanguage()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, language);
        QCOMPARE(core::consoleLanguage(setting, QLocale(system)), language);
    }

    void theLocaleKeepsTheSystemsTerritory()
    {
        QCOMPARE(core::localeFor(QStringLiteral("fr"), QLocale(QStringLiteral("fr_CA"))).name(),
                 QStringLiteral("fr_CA"));
        QCOMPARE(core::localeFor(QStringLiteral("fr"), QLocale(QStringLiteral("en_CA"))).name(),
                 QStringLiteral("fr_CA"));
        QCOMPARE(core::localeFor(QStringLiteral("es"), QLocale(QStringLiteral("en_US"))).name(),
                 QStringLiteral("es_US"));
        // No French of Mexico: the language's own.
        QCOMPARE(core::localeFor(QStringLiteral("fr"), QLocale(QStringLiteral("es_MX"))).name(),
                 QStringLiteral("fr_FR"));
        QCOMPARE(core::localeFor(QStringLiteral("es"), QLocale::c()).name(), QStringLiteral("es_ES"));
    }

    void theSettingInstallsBothTranslationsAndTheLocale()
    {
        setLanguageSetting(QStringLiteral("fr"));
        QVERIFY(console::applyConsoleLanguage(*m_t->db, m_rebound, m_qtbase));
        QCOMPARE(core::installedLanguage(), QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);
        // Qt's standard buttons come from qtbase_fr (Debian's qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
        QVERIFY(!console::applyConsoleLanguage(*m_t->db, m_rebound, m_qtbase)); // already in force

        setLanguageSetting(QStringLiteral("en"));
        QVERIFY(console::applyConsoleLanguage(*m_t->db, m_rebound, m_qtbase));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        // English supplies the plural forms.
        QCOMPARE(QCoreApplication::translate("rebound::console::MainWindow", "%n subscriber(s)", nullptr, 1),
                 QStringLiteral("1 subscriber"));
    }

    void theCatalogueIsReadAgainInANewLanguage()
    {
        core::installTranslations(m_rebound, m_qtbase, QStringLiteral("en"));
        const settings::Setting* english = settings::Catalog::find(QStringLiteral("console.language"));
        QVERIFY(english);
        QCOMPARE(english->choices, QStringList({QStringLiteral("system"), QStringLiteral("en"),
                                                QStringLiteral("es"), QStringLiteral("fr")}));
        QCOMPARE(
            english->choiceTexts.mid(1),
            QStringList({QStringLiteral("English"), QStringLiteral("Español"), QStringLiteral("Français")}));
        core::installTranslations(m_rebound, m_qtbase, QStringLiteral("es"));
        const settings::Setting* spanish = settings::Catalog::find(QStringLiteral("console.language"));
        QVERIFY(spanish != english);
        // What another thread still holds stays valid.
        QCOMPARE(english->key, QStringLiteral("console.language"));
        QCOMPARE(settings::Catalog::validate(*spanish, QStringLiteral("de")).isEmpty(), false);
        QVERIFY(settings::Catalog::validate(*spanish, QStringLiteral("fr")).isEmpty());
    }

    void changingTheLanguageBuildsTheWindowAgain()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        QSignalSpy reopen(&window, &console::MainWindow::reopenRequested);
        console::SettingsPage* page = window.settingsPage();
        auto* combo = qobject_cast<QComboBox*>(page->editor(QStringLiteral("console.language")));
        QVERIFY(combo);
        QCOMPARE(page->editedValue(QStringLiteral("console.language")), QStringLiteral("system"));
        QCOMPARE(combo->itemText(3), QStringLiteral("Français"));
        combo->setCurrentIndex(3);
        QCOMPARE(page->editedValue(QStringLiteral("console.language")), QStringLiteral("fr"));
        QVERIFY(page->apply());
        QCOMPARE(reopen.count(), 1);
        QCOMPARE(store::SettingsRepository(*m_t->db).text(QStringLiteral("console.language")),
                 QStringLiteral("fr"));
        QCOMPARE(page->editedValue(QStringLiteral("console.language")), QStringLiteral("fr"));

        // Another setting builds nothing again.
        page->setEditedValue(QStringLiteral("dashboard.low_balance"), QStringLiteral("7"));
        QVERIFY(page->apply());
        QCOMPARE(reopen.count(), 1);

        // The next window opens on the same page and settings group.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_t->dir.path());
        const int console = int(settings::Catalog::groups().indexOf(QStringLiteral("Console")));
        QVERIFY(console > 0);
        QVERIFY(window.showPage(QStringLiteral("Settings")));
        page->setCurrentGroup(console);
        window.saveLayout();
        const console::MainWindow next(*m_t->db, m_t->clock);
        QCOMPARE(next.settingsPage()->currentGroup(), console);
        QVERIFY(next.settingsPage()->isVisibleTo(const_cast<console::MainWindow*>(&next)));
    }

    void moneyAndDatesReadTheFrenchWay()
    {
        QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
        const QLocale french;
        store::SettingsRepository settings(*m_t->db);
        settings.setValue(QStringLiteral("currency"), QStringLiteral("EUR"));
        settings.setValue(QStringLiteral("billing.timezone"), QStringLiteral("America/New_York"));
        // 25.00 opening balance + 1,209.50 = 1,234.50.
        const auto account =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"));
        QVERIFY(account);
        store::LedgerRepository(*m_t->db, m_t->clock)
            .append(account->id, core::Money::fromCents(120'950), store::LedgerReason::Adjustment,
                    QStringLiteral("test"), QStringLiteral("test"));

        console::SubscriberModel subscribers(*m_t->db, m_t->clock);
        int row = -1;
        for (int r = 0; r < subscribers.rowCount(); ++r)
            if (subscribers.index(r, console::SubscriberModel::AccountCode).data().toString() ==
                QLatin1String("1001"))
                row = r;
        QVERIFY(row >= 0);
        const QString balance = subscribers.index(row, console::SubscriberModel::Balance).data().toString();
        // "1 234,50 €": French grouping, decimal comma, the euro after the amount.
        QCOMPARE(balance, QStringLiteral("1") + french.groupSeparator() + QStringLiteral("234,50\u00A0€"));

        store::AuditLog(*m_t->db, m_t->clock)
            .record(QStringLiteral("console"), QStringLiteral("account.update"), QStringLiteral("account"),
                    QStringLiteral("1001"));
        console::AuditLogPage audit(*m_t->db, m_t->clock);
        audit.reload();
        QVERIFY(audit.model()->rowCount() > 0);
        // Day before month, in New York (07:00).
        QCOMPARE(audit.model()->index(0, console::AuditLogModel::Time).data().toString(),
                 QStringLiteral("10/01/2026 07:00:00"));
        QCOMPARE(console::format::dateEditFormat(), QStringLiteral("dd/MM/yyyy"));
        QCOMPARE(console::format::percent(12.5), QStringLiteral("12,5 %"));
        // Languages by their own names, not Qt's English ones.
        QCOMPARE(subscribers.index(row, console::SubscriberModel::Language).data().toString(),
                 QStringLiteral("English"));
        QCOMPARE(console::format::languageName(QStringLiteral("es")), QStringLiteral("Español"));
        QCOMPARE(console::format::languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    }

    void theCLocaleKeepsIso()
    {
        QLocale::setDefault(QLocale::c());
        const QTimeZone utc = QTimeZone::utc();
        QCOMPARE(console::format::dateTime(Now, utc), QStringLiteral("2026-01-10 12:00:00"));
        QCOMPARE(console::format::dateTime(Now, utc, false), QStringLiteral("2026-01-10 12:00"));
        QCOMPARE(console::format::time(Now, utc), QStringLiteral("12:00:00"));
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        // Month first, a four-digit year, the seconds added to the locale's short time.
        QVERIFY(console::format::dateTime(Now, utc).startsWith(QStringLiteral("1/10/2026 12:00:00")));
    }
};

QTEST_MAIN(TestConsoleLanguage)
#include "TestConsoleLanguage.moc"
