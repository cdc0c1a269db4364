// The automatic daily backup: its file names, the number kept, its settings,
// and failures reported rather than thrown, with a clock the test moves.
#include "backup/BackupService.h"
#include "backup/DailyBackup.h"
#include "cards/PinKey.h"
#include "demo/DemoData.h"
#include "store/SettingsRepository.h"
#include "support/Files.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <sys/stat.h>

using namespace rebound;
using backup::DailyBackup;
using Result = DailyBackup::Outcome::Result;

namespace {
constexpr std::int64_t Day = 86'400'000;
// 2026-03-10 12:00 UTC: the same date in every zone from UTC-11 to UTC+11.
constexpr std::int64_t Noon = 1'773'144'000'000;
} // namespace

class TestDailyBackup : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;

    QString folder() const { return DailyBackup::defaultFolder(m_t->path()); }
    void set(const char* key, const QString& value)
    {
        store::SettingsRepository(*m_t->db).setValue(QString::fromLatin1(key), value);
    }
    DailyBackup::Outcome runOn(std::int64_t at) { return DailyBackup::runOnce(m_t->path(), at); }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        demo::DemoData::seed(*m_t->db, m_t->clock);
        cards::PinKey::load(*m_t->db);
        m_t->clock.set(Noon);
    }
    void cleanup() { m_t.reset(); }

    void writesOneFileADay()
    {
        QCOMPARE(folder(), m_t->path() + QStringLiteral("-backups"));
        const auto first = runOn(Noon);
        QCOMPARE(first.result, Result::Written);
        QCOMPARE(first.path, QDir(folder()).filePath(QStringLiteral("rebound-2026-03-10.sqlite")));
        QCOMPARE(first.bytes, QFileInfo(first.path).size());
        QVERIFY(QFile::exists(cards::PinKey::pathFor(first.path)));
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(folder()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u); // owner-only
        QVERIFY(backup::BackupService::check(first.path).contents.accounts > 0);

        // Later the same day: nothing new.
        const QDateTime written = QFileInfo(first.path).lastModified();
        const auto again = runOn(Noon + 3 * 3'600'000);
        QCOMPARE(again.result, Result::AlreadyDone);
        QCOMPARE(QFileInfo(first.path).lastModified(), written);
        // The next day: a new file.
        QCOMPARE(runOn(Noon + Day).path,
                 QDir(folder()).filePath(QStringLiteral("rebound-2026-03-11.sqlite")));
    }

    void keepsOnlyTheNewestItNamed()
    {
        set("backup.keep", QStringLiteral("3"));
        QVERIFY(QDir().mkpath(folder()));
        // Files the daily backup did not name are never touched.
        const QStringList others = {
            QStringLiteral("rebound-before-upgrade.sqlite"), QStringLiteral("rebound-2020-01-01.sqlite.bak"),
            QStringLiteral("mine.sqlite"), QStringLiteral("rebound-2020-13-45.sqlite")};
        for (const QString& name : others)
            test::writeFile(QDir(folder()).filePath(name));
        QStringList removed;
        for (int day = 0; day < 5; ++day) {
            const auto outcome = runOn(Noon + day * Day);
            QCOMPARE(outcome.result, Result::Written);
            removed += outcome.removed;
        }
        QCOMPARE(removed.size(), 2);
        QCOMPARE(QDir(folder()).entryList({QStringLiteral("rebound-20*.sqlite")}, QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("rebound-2020-13-45.sqlite"),
                              QStringLiteral("rebound-2026-03-12.sqlite"),
                              QStringLiteral("rebound-2026-03-13.sqlite"),
                              QStringLiteral("rebound-2026-03-14.sqlite")}));
        QVERIFY(!QFile::exists(QDir(folder()).filePath(QStringLiteral("rebound-2026-03-10.sqlite.pin-key"))));
        QVERIFY(QFile::exists(QDir(folder()).filePath(QStringLiteral("rebound-2026-03-14.sqlite.pin-key"))));
        for (const QString& name : others)
            QVERIFY2(QFile::exists(QDir(folder()).filePath(name)), qPrintable(name));
    }

    void readsItsSettings()
    {
        auto s = DailyBackup::readSettings(*m_t->db);
        QVERIFY(s.enabled);
        QCOMPARE(s.keep, DailyBackup::DefaultKeep);
        QCOMPARE(s.folder, folder());
        set("backup.keep", QStringLiteral("0"));
        set("backup.folder", QStringLiteral("nightly"));
        s = DailyBackup::readSettings(*m_t->db);
        QCOMPARE(s.keep, DailyBackup::DefaultKeep); // out of the catalogue's range: the default
        QCOMPARE(s.folder, QDir(m_t->dir.path()).filePath(QStringLiteral("nightly")));
        set("backup.keep", QStringLiteral("many"));
        QCOMPARE(DailyBackup::readSettings(*m_t->db).keep, DailyBackup::DefaultKeep);
        set("backup.keep", QStringLiteral("9999"));
        QCOMPARE(DailyBackup::readSettings(*m_t->db).keep, DailyBackup::DefaultKeep);
        set("backup.keep", QStringLiteral("30"));
        QCOMPARE(DailyBackup::readSettings(*m_t->db).keep, 30);

        set("backup.daily", QStringLiteral("off"));
        QCOMPARE(runOn(Noon).result, Result::Disabled);
        QVERIFY(!QFileInfo::exists(QDir(m_t->dir.path()).filePath(QStringLiteral("nightly"))));
    }

    void failuresAreReportedNotThrown()
    {
        // A file where the folder should be: the folder cannot be made.
        const QString blocker = test::writeFile(m_t->dir, QStringLiteral("blocker"));
        set("backup.folder", blocker + QStringLiteral("/backups"));
        const auto outcome = runOn(Noon);
        QCOMPARE(outcome.result, Result::Failed);
        QVERIFY2(outcome.error.startsWith(QStringLiteral("The daily backup failed: ")),
                 qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("blocker")), qPrintable(outcome.error));
    }

    void runsOnAWorkerAndSignals()
    {
        DailyBackup daily(m_t->path(), m_t->clock);
        QSignalSpy written(&daily, &DailyBackup::backedUp);
        QSignalSpy failed(&daily, &DailyBackup::failed);
        QSignalSpy checked(&daily, &DailyBackup::checked);
        daily.start();
        QVERIFY(checked.wait(20000));
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().at(0).toString(),
                 QDir(folder()).filePath(QStringLiteral("rebound-2026-03-10.sqlite")));
        QVERIFY(written.first().at(1).toLongLong() > 0);

        daily.checkNow(); // same day: nothing written
        QVERIFY(checked.wait(20000));
        QCOMPARE(written.size(), 1);

        m_t->clock.advance(Day);
        set("backup.folder", m_t->path()); // a file, not a folder
        daily.checkNow();
        QVERIFY(checked.wait(20000));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        daily.stop();
    }
};

QTEST_GUILESS_MAIN(TestDailyBackup)
#include "TestDailyBackup.moc"
