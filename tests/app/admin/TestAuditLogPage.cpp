// The Audit log page, offscreen: entries in the billing time zone, filters,
// choices from the period, pages read as the view scrolls, an empty state
// that says why, and export to CSV. REBOUND_CONSOLE_SCREENSHOTS=DIR keeps a
// picture of the page (audit-page.png).
#include "admin/AuditLogPage.h"
#include "common/Dialogs.h"
#include "common/PeriodPicker.h"
#include "core/Csv.h"
#include "store/SettingsRepository.h"
#include "support/ConsoleFixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace rebound;
using console::AuditLogModel;
using console::AuditLogPage;

namespace {
constexpr std::int64_t Minute = 60'000;
constexpr std::int64_t Day = 24 * 60 * Minute;
// 2026-01-10 12:00 UTC, 07:00 in New York.
constexpr std::int64_t Now = 1'768'046'400'000;
} // namespace

class TestAuditLogPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::ConsoleFixture> m_t;

    void add(std::int64_t at, const QString& actor, const QString& action, const QString& type,
             const QString& id, const QString& details = {}, const QString& source = {})
    {
        m_t->clock.set(at);
        store::AuditLog(*m_t->db, m_t->clock).record(actor, action, type, id, details, source);
        m_t->clock.set(Now);
    }

    // What the console logs in a few days of a small reseller.
    void addSample()
    {
        add(Now - 3 * Day, QStringLiteral("console"), QStringLiteral("account.add"),
            QStringLiteral("account"), QStringLiteral("1001"), QStringLiteral("name=Alice Example"));
        add(Now - 2 * Day, QStringLiteral("web:1001"), QStringLiteral("web.login"), QStringLiteral("member"),
            QStringLiteral("alice"), {}, QStringLiteral("198.51.100.7"));
        add(Now - Day, QStringLiteral("cli"), QStringLiteral("account.update"), QStringLiteral("account"),
            QStringLiteral("1002"), QStringLiteral("=HYPERLINK(\"http://example.com\")"));
        add(Now - 30 * Minute, QStringLiteral("web:1002"), QStringLiteral("web.login"),
            QStringLiteral("member"), QStringLiteral("bob"), {}, QStringLiteral("198.51.100.8"));
        add(Now - 10 * Minute, QStringLiteral("sip"), QStringLiteral("sip.untrusted"), QStringLiteral("did"),
            QStringLiteral("12125550100"), QStringLiteral("INVITE from an untrusted address"),
            QStringLiteral("203.0.113.66"));
    }

    static QString cell(const AuditLogPage& page, int row, int column)
    {
        return page.model()->index(row, column).data().toString();
    }

    static QStringList objects(const AuditLogPage& page)
    {
        QStringList result;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            result << cell(page, row, AuditLogModel::Object);
        return result;
    }

    static QStringList items(const QComboBox* box)
    {
        QStringList result;
        for (int i = 0; i < box->count(); ++i)
            result << box->itemText(i);
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::ConsoleFixture>(test::ConsoleFixture::Seed::Empty);
        m_t->clock.set(Now);
        store::SettingsRepository(*m_t->db).setValue(QStringLiteral("billing.timezone"),
                                                     QStringLiteral("America/New_York"));
    }
    void cleanup() { m_t.reset(); }

    void showsTheNewestFirstInLocalTime()
    {
        addSample();
        AuditLogPage page(*m_t->db, m_t->clock);
        page.reload();
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 5);
        QCOMPARE(cell(page, 0, AuditLogModel::Time), QStringLiteral("2026-01-10 06:50:00"));
        QCOMPARE(cell(page, 0, AuditLogModel::Who), QStringLiteral("sip"));
        QCOMPARE(cell(page, 0, AuditLogModel::From), QStringLiteral("203.0.113.66"));
        QCOMPARE(cell(page, 0, AuditLogModel::What), QStringLiteral("sip.untrusted"));
        QCOMPARE(cell(page, 0, AuditLogModel::Object), QStringLiteral("did 12125550100"));
        QCOMPARE(cell(page, 0, AuditLogModel::Details), QStringLiteral("INVITE from an untrusted address"));
        QCOMPARE(cell(page, 4, AuditLogModel::Object), QStringLiteral("account 1001"));
        QVERIFY(test::child<QTableView>(page, QStringLiteral("auditView"))->isVisibleTo(&page));
        auto* status = test::child<QLabel>(page, QStringLiteral("auditStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("America/New_York")), qPrintable(status->text()));
    }

    void readsWhenShownNotWhenMade()
    {
        addSample();
        AuditLogPage page(*m_t->db, m_t->clock);
        QCOMPARE(page.model()->rowCount(), 0); // nothing read while the console starts
        page.show();
        QCOMPARE(page.model()->rowCount(), 5);
        page.hide();
        add(Now - Minute, QStringLiteral("cli"), QStringLiteral("did.add"), QStringLiteral("did"),
            QStringLiteral("12125550101"));
        page.show(); // and again each time, with what happened meanwhile
        QCOMPARE(cell(page, 0, AuditLogModel::Object), QStringLiteral("did 12125550101"));
    }

    void filtersByWhoWhatAndText()
    {
        addSample();
        AuditLogPage page(*m_t->db, m_t->clock);
        page.reload();
        auto* actor = test::child<QComboBox>(page, QStringLiteral("actorFilter"));
        auto* action = test::child<QComboBox>(page, QStringLiteral("actionFilter"));
        actor->setEditText(QStringLiteral("web:"));
        page.applyFilter();
        QCOMPARE(objects(page), (QStringList{"member bob", "member alice"}));
        actor->setEditText(QStringLiteral("web:1001"));
        page.applyFilter();
        QCOMPARE(objects(page), QStringList{"member alice"});

        actor->setEditText(QString());
        action->setEditText(QStringLiteral("account."));
        page.applyFilter();
        QCOMPARE(objects(page), (QStringList{"account 1002", "account 1001"}));

        // Typing waits for a pause, then filters on its own.
        action->setEditText(QString());
        QTest::keyClicks(test::child<QLineEdit>(page, QStringLiteral("auditSearch")),
                         QStringLiteral("ALICE"));
        QTRY_COMPARE(objects(page), QStringList{"account 1001"});
    }

    void choicesAreThoseOfThePeriod()
    {
        addSample();
        AuditLogPage page(*m_t->db, m_t->clock);
        page.reload();
        auto* actor = test::child<QComboBox>(page, QStringLiteral("actorFilter"));
        QCOMPARE(items(actor), (QStringList{"cli", "console", "sip", "web:", "web:1001", "web:1002"}));
        QVERIFY(items(test::child<QComboBox>(page, QStringLiteral("actionFilter")))
                    .contains(QStringLiteral("account.")));
        actor->setEditText(QStringLiteral("web:"));
        test::child<console::PeriodPicker>(page, QStringLiteral("periodPicker"))
            ->selectPreset(reports::Period::Preset::Today);
        QCOMPARE(items(actor), (QStringList{"sip", "web:1002"}));
        QCOMPARE(actor->currentText(),
                 QStringLiteral("web:")); // what was typed stays
        QCOMPARE(objects(page), QStringList{"member bob"});
    }

    void morePagesLoadAsTheViewScrolls()
    {
        const int count = AuditLogModel::PageSize * 2 + 17;
        {
            store::Database::Transaction transaction(*m_t->db);
            for (int i = 0; i < count; ++i)
                add(Now - Day + (i / 2) * 1000, QStringLiteral("sip"), QStringLiteral("sip.untrusted"),
                    QStringLiteral("did"), QString::number(i));
            transaction.commit();
        }
        AuditLogPage page(*m_t->db, m_t->clock);
        page.reload();
        AuditLogModel* model = page.model();
        QCOMPARE(model->rowCount(), AuditLogModel::PageSize);
        auto* status = test::child<QLabel>(page, QStringLiteral("auditStatus"));
        QVERIFY(status->text().contains(QStringLiteral("more load as you scroll")));
        // Watches the pages coming in (and fetches one itself).
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), count);
        for (int row = 0; row < count; ++row) // newest first, each once
            QCOMPARE(model->rowAt(row).objectId, QString::number(count - 1 - row));
        QVERIFY2(status->text().contains(QStringLiteral("all that match")), qPrintable(status->text()));
    }

    void anEmptyPageSaysWhy()
    {
        {
            AuditLogPage page(*m_t->db, m_t->clock);
            page.reload();
            auto* empty = test::child<QLabel>(page, QStringLiteral("auditEmpty"));
            QVERIFY(empty->isVisibleTo(&page));
            QVERIFY(!test::child<QTableView>(page, QStringLiteral("auditView"))->isVisibleTo(&page));
            QVERIFY2(empty->text().startsWith(QStringLiteral("Nothing has been recorded yet")),
                     qPrintable(empty->text()));
        }
        add(Now - 40 * Day, QStringLiteral("console"), QStringLiteral("account.add"),
            QStringLiteral("account"), QStringLiteral("1001"));
        AuditLogPage page(*m_t->db, m_t->clock); // the last 7 days
        page.reload();
        auto* empty = test::child<QLabel>(page, QStringLiteral("auditEmpty"));
        QVERIFY2(empty->text().startsWith(QStringLiteral("Nothing was recorded in 2026-01-04")),
                 qPrintable(empty->text()));
        test::child<console::PeriodPicker>(page, QStringLiteral("periodPicker"))->selectAllTime();
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY(test::child<QTableView>(page, QStringLiteral("auditView"))->isVisibleTo(&page));
        test::child<QComboBox>(page, QStringLiteral("actorFilter"))->setEditText(QStringLiteral("nobody"));
        test::child<QLineEdit>(page, QStringLiteral("auditSearch"))->setText(QStringLiteral("xyz"));
        page.applyFilter();
        QVERIFY(empty->isVisibleTo(&page));
        QCOMPARE(empty->text(),
                 QStringLiteral("No entry in all time matches: who is nobody; the details contain “xyz”. "
                                "Clear a filter or choose a longer period."));
    }

    void exportsTheFilteredEntries()
    {
        addSample();
        AuditLogPage page(*m_t->db, m_t->clock);
        page.reload();
        test::child<QComboBox>(page, QStringLiteral("actionFilter"))->setEditText(QStringLiteral("account."));
        page.applyFilter();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QCOMPARE(page.exportTo(path), qint64(2));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto records = core::csv::split(QString::fromUtf8(file.readAll())).records;
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].fields.first(), QStringLiteral("time"));
        QCOMPARE(records[1].fields, (QStringList{"2026-01-09T07:00:00-05:00", "cli", "", "account.update",
                                                 "account", "1002", "'=HYPERLINK(\"http://example.com\")"}));
        QCOMPARE(records[2].fields[5], QStringLiteral("1001"));

        // Through the button's slot: the file chooser, then a word on what was written.
        const QString second = dir.filePath(QStringLiteral("second.csv"));
        console::dialogs::setFileHook([&](const QString&) { return second; });
        page.exportCsv();
        QVERIFY(QFile::exists(second));
        QVERIFY2(m_t->message.contains(QStringLiteral("second.csv")) &&
                     m_t->message.endsWith(QStringLiteral(": 2.")),
                 qPrintable(m_t->message));

        // A folder that cannot be written says so and leaves nothing behind.
        m_t->message.clear();
        QCOMPARE(page.exportTo(dir.filePath(QStringLiteral("missing/audit.csv"))), qint64(-1));
        QVERIFY2(m_t->message.startsWith(QStringLiteral("Could not write")), qPrintable(m_t->message));
    }

    void screenshot()
    {
        const QString folder = qEnvironmentVariable("REBOUND_CONSOLE_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("REBOUND_CONSOLE_SCREENSHOTS is not set");
        addSample();
        AuditLogPage page(*m_t->db, m_t->clock);
        page.reload();
        page.resize(1000, 480);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("audit-page.png"))));
        test::child<QComboBox>(page, QStringLiteral("actorFilter"))->setEditText(QStringLiteral("nobody"));
        page.applyFilter();
        QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("audit-page-empty.png"))));
    }
};

QTEST_MAIN(TestAuditLogPage)
#include "TestAuditLogPage.moc"
