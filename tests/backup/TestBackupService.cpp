// Backup and restore of the whole database: a consistent copy while another
// connection writes, the checks a backup must pass before anything is
// replaced, and a restore that loses nothing when it fails.
#include "backup/BackupService.h"
#include "cards/CardService.h"
#include "cards/PinKey.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DatabaseLock.h"
#include "store/LedgerRepository.h"
#include "store/Schema.h"
#include "store/SettingsRepository.h"
#include "support/TempDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>
#include <QtEndian>
#include <functional>
#include <sys/stat.h>

using namespace rebound;
using backup::BackupError;
using backup::BackupService;
using core::Money;
using Problem = BackupError::Problem;

namespace {
// rw------- and nothing for anyone else.
bool ownerOnly(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && (info.st_mode & 0777) == 0600;
}

qint64 count(const store::Database& db, const QString& table)
{
    QSqlQuery q = db.run(QStringLiteral("SELECT count(*) FROM ") + table, {}, QStringLiteral("test"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

Money balance(const store::Database& db, const core::Clock& clock, const QString& code)
{
    return store::AccountRepository(db, clock).findByCode(code)->balance;
}

void adjust(const store::Database& db, const core::Clock& clock, const QString& code, Money amount)
{
    store::Database::Transaction tx(db);
    const auto account = store::AccountRepository(db, clock).findByCode(code);
    store::LedgerRepository(db, clock).append(account->id, amount, store::LedgerReason::Adjustment,
                                              QStringLiteral("test"), QStringLiteral("test"));
    tx.commit();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
}

// The BackupError `action` throws; the test stops (saying `what` happened
// instead) when it throws none.
BackupError errorOf(const std::function<void()>& action, const char* what = "no BackupError")
{
    try {
        action();
    } catch (const BackupError& error) {
        return error;
    }
    qFatal("%s", what);
}

Problem problemOf(const std::function<void()>& action)
{
    return errorOf(action).problem();
}
} // namespace

class TestBackupService : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;

    QString file(const QString& name) const { return m_t->dir.filePath(name); }
    Money balance1001() const { return balance(*m_t->db, m_t->clock, QStringLiteral("1001")); }
    backup::RestoreResult restore(const QString& path)
    {
        return BackupService::restore(*m_t->db, path, m_t->clock, QStringLiteral("t"));
    }

    // A backup of a second, separate database, changed by `edit` first.
    QString otherBackup(const std::function<void(const store::Database&)>& edit)
    {
        test::TempDatabase other;
        demo::DemoData::seed(*other.db, other.clock);
        edit(*other.db);
        const QString path = file(QStringLiteral("other.sqlite"));
        BackupService::backUp(*other.db, path);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        QVERIFY(demo::DemoData::seed(*m_t->db, m_t->clock)); // subscribers 1001-1005, a card batch
        cards::PinKey::load(*m_t->db);
    }
    void cleanup() { m_t.reset(); }

    void backupWhileAnotherConnectionWrites()
    {
        const Money before = balance1001();
        auto writer = store::Database::open(m_t->path());
        adjust(*writer, m_t->clock, QStringLiteral("1001"), Money::fromCents(100)); // committed
        {
            // The writer holds the write lock with a change not yet committed.
            store::Database::Transaction open(*writer);
            const auto account =
                store::AccountRepository(*writer, m_t->clock).findByCode(QStringLiteral("1002"));
            store::LedgerRepository(*writer, m_t->clock)
                .append(account->id, Money::fromCents(999), store::LedgerReason::Adjustment,
                        QStringLiteral("t"), QStringLiteral("t"));

            const backup::BackupFile written =
                BackupService::backUp(*m_t->db, file(QStringLiteral("b.sqlite")));
            QCOMPARE(written.path, QFileInfo(file(QStringLiteral("b.sqlite"))).absoluteFilePath());
            QCOMPARE(written.bytes, QFileInfo(written.path).size());
            QVERIFY(written.bytes > 0);
            QVERIFY(ownerOnly(written.path));
            QCOMPARE(written.pinKeyPath, cards::PinKey::pathFor(written.path));
            QCOMPARE(readAll(written.pinKeyPath), readAll(cards::PinKey::pathFor(m_t->path())));
            QVERIFY(ownerOnly(written.pinKeyPath));
            // No temporary file is left beside it.
            QCOMPARE(
                QDir(m_t->dir.path()).entryList({QStringLiteral(".b.sqlite*")}, QDir::Files | QDir::Hidden),
                QStringList());

            // The copy has what was committed, not the open change.
            const backup::BackupReport report = BackupService::check(written.path);
            QCOMPARE(report.schemaVersion, store::Schema::latestVersion());
            QCOMPARE(report.contents.accounts, count(*m_t->db, QStringLiteral("accounts")));
            auto copy = store::Database::open(written.path);
            QCOMPARE(balance(*copy, m_t->clock, QStringLiteral("1001")), before + Money::fromCents(100));
            QCOMPARE(count(*copy, QStringLiteral("ledger")), count(*m_t->db, QStringLiteral("ledger")));
            open.commit();
        }
        QCOMPARE(count(*writer, QStringLiteral("ledger")), count(*m_t->db, QStringLiteral("ledger")));
    }

    void backupReplacesAnOlderFileButNeverTheLiveDatabase()
    {
        const QString path = file(QStringLiteral("again.sqlite"));
        writeAll(path, QByteArrayLiteral("an older backup"));
        BackupService::backUp(*m_t->db, path);
        QVERIFY(BackupService::check(path).contents.accounts > 0);

        for (const QString& live :
             {m_t->path(), m_t->path() + QStringLiteral("-wal"), cards::PinKey::pathFor(m_t->path())})
            QCOMPARE(problemOf([&] { BackupService::backUp(*m_t->db, live); }), Problem::SameFile);
        QCOMPARE(problemOf([&] { BackupService::backUp(*m_t->db, m_t->dir.path()); }), Problem::NotAFile);
        // A folder that cannot be made: a file is in the way.
        QCOMPARE(
            problemOf([&] { BackupService::backUp(*m_t->db, path + QStringLiteral("/inside/x.sqlite")); }),
            Problem::WriteFailed);
        QVERIFY(store::LedgerRepository(*m_t->db, m_t->clock).findMismatches().isEmpty());
    }

    void restoreRoundTrip()
    {
        const QString backupPath = file(QStringLiteral("round.sqlite"));
        BackupService::backUp(*m_t->db, backupPath);
        const Money saved = balance1001();
        const qint64 ledgerRows = count(*m_t->db, QStringLiteral("ledger"));
        const QByteArray savedKey = readAll(cards::PinKey::pathFor(m_t->path()));

        // Life goes on after the backup: a top-up and a new key.
        adjust(*m_t->db, m_t->clock, QStringLiteral("1001"), Money::fromCents(5000));
        writeAll(cards::PinKey::pathFor(m_t->path()), QByteArray(64, 'a') + '\n');
        auto reader = store::Database::open(m_t->path()); // another connection, e.g. the dashboard
        QCOMPARE(balance(*reader, m_t->clock, QStringLiteral("1001")), saved + Money::fromCents(5000));

        m_t->clock.advance(60'000);
        const backup::RestoreResult result =
            BackupService::restore(*m_t->db, backupPath, m_t->clock, QStringLiteral("test"));
        QCOMPARE(result.restored.path, QFileInfo(backupPath).absoluteFilePath());
        QVERIFY(result.pinKeyRestored);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(balance1001(), saved);
        QCOMPARE(balance(*reader, m_t->clock, QStringLiteral("1001")), saved);
        QCOMPARE(count(*m_t->db, QStringLiteral("ledger")), ledgerRows);
        QVERIFY(store::LedgerRepository(*m_t->db, m_t->clock).findMismatches().isEmpty());
        QCOMPARE(readAll(cards::PinKey::pathFor(m_t->path())), savedKey);
        QVERIFY(ownerOnly(cards::PinKey::pathFor(m_t->path())));
        QCOMPARE(m_t->db->schemaVersion(), store::Schema::latestVersion());

        // What it replaced was saved beside the database, key included.
        QCOMPARE(QFileInfo(result.previous.path).absolutePath(), QFileInfo(m_t->path()).absolutePath());
        QVERIFY2(
            QFileInfo(result.previous.path).fileName().startsWith(QStringLiteral("test-before-restore-")),
            qPrintable(result.previous.path));
        QCOMPARE(readAll(result.previous.pinKeyPath), QByteArray(64, 'a') + '\n');
        auto previous = store::Database::open(result.previous.path);
        QCOMPARE(balance(*previous, m_t->clock, QStringLiteral("1001")), saved + Money::fromCents(5000));

        const store::AuditEntry audit = store::AuditLog(*m_t->db, m_t->clock).recent(1).first();
        QCOMPARE(audit.action, QStringLiteral("database.restore"));
        QCOMPARE(audit.actor, QStringLiteral("test"));
        QVERIFY(audit.details.contains(result.previous.path));
        // No staging folder is left behind.
        QCOMPARE(QDir(m_t->dir.path())
                     .entryList({QStringLiteral(".rebound-restore-*")}, QDir::Dirs | QDir::Hidden),
                 QStringList());
    }

    void olderSchemaIsUpgradedWhenRestored()
    {
        const QString old = file(QStringLiteral("old.sqlite"));
        store::Database::open(old, store::Schema::migrations().mid(0, 5));
        const backup::BackupReport report = BackupService::check(old);
        QCOMPARE(report.schemaVersion, 5);
        QCOMPARE(report.currentVersion, store::Schema::latestVersion());
        QVERIFY(BackupService::describe(report).contains(QStringLiteral("upgraded to")));
        // check() only reads it.
        QCOMPARE(qFromBigEndian<qint32>(readAll(old).constData() + 60), 5);

        BackupService::restore(*m_t->db, old, m_t->clock, QStringLiteral("test"));
        QCOMPARE(m_t->db->schemaVersion(), store::Schema::latestVersion());
        QCOMPARE(count(*m_t->db, QStringLiteral("accounts")), 0);
    }

    void newerSchemaIsRefused()
    {
        const QString path = file(QStringLiteral("newer.sqlite"));
        BackupService::backUp(*m_t->db, path);
        QByteArray data = readAll(path);
        qToBigEndian<qint32>(store::Schema::latestVersion() + 1, data.data() + 60);
        writeAll(path, data);
        const BackupError error = errorOf([&] { BackupService::check(path); }, "a newer schema was accepted");
        QCOMPARE(error.problem(), Problem::NewerSchema);
        QVERIFY2(error.message().contains(QStringLiteral("newer Rebound")), qPrintable(error.message()));
        const Money before = balance1001();
        QCOMPARE(problemOf([&] { restore(path); }), Problem::NewerSchema);
        QCOMPARE(balance1001(), before);
        QCOMPARE(readAll(path), data); // not touched
    }

    void whatIsNotABackupIsRefused()
    {
        QCOMPARE(problemOf([&] { BackupService::check(file(QStringLiteral("missing.sqlite"))); }),
                 Problem::NotAFile);
        QCOMPARE(problemOf([&] { BackupService::check(m_t->dir.path()); }), Problem::NotAFile);
        const QString text = file(QStringLiteral("notes.txt"));
        writeAll(text, QByteArray(4096, 'x'));
        QCOMPARE(problemOf([&] { BackupService::check(text); }), Problem::NotSqlite);
        const QString empty = file(QStringLiteral("empty.sqlite"));
        writeAll(empty, {});
        QCOMPARE(problemOf([&] { BackupService::check(empty); }), Problem::NotRebound);

        // SQLite, but another program's: no schema version, or not our tables.
        const QString foreign = file(QStringLiteral("foreign.sqlite"));
        store::Database::open(foreign, {{3, QStringLiteral("x"), {QStringLiteral("CREATE TABLE t (x)")}}});
        QCOMPARE(problemOf([&] { BackupService::check(foreign); }), Problem::NotRebound);
        const QString unversioned = file(QStringLiteral("unversioned.sqlite"));
        store::Database::open(unversioned, {});
        store::Database::open(unversioned, {})
            ->run(QStringLiteral("CREATE TABLE t (x)"), {}, QStringLiteral("t"));
        QCOMPARE(problemOf([&] { BackupService::check(unversioned); }), Problem::NotRebound);
    }

    void damagedBackupIsRefused()
    {
        const QString path = file(QStringLiteral("damaged.sqlite"));
        BackupService::backUp(*m_t->db, path);
        QByteArray data = readAll(path);
        QVERIFY(data.size() > 6 * 4096);
        // Pages 3 to 5 overwritten: b-tree pages no longer make sense.
        for (int i = 2 * 4096; i < 5 * 4096; ++i)
            data[i] = char(0x5a ^ (i & 0xff));
        writeAll(path, data);
        const Money before = balance1001();
        const BackupError error = errorOf([&] { restore(path); }, "a damaged backup was restored");
        QCOMPARE(error.problem(), Problem::Damaged);
        QVERIFY2(error.message().contains(QStringLiteral("damaged.sqlite")), qPrintable(error.message()));
        QCOMPARE(balance1001(), before);
        QCOMPARE(QDir(m_t->dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files),
                 QStringList());
    }

    void ledgerMismatchIsRefusedAndChangesNothing()
    {
        const QString path = otherBackup([](const store::Database& db) {
            // A balance cache that drifted from its ledger (a hand edit).
            db.run(
                QStringLiteral("UPDATE accounts SET balance_micros = balance_micros + 1 WHERE account_code = "
                               "'1003'"),
                {}, QStringLiteral("test"));
        });
        adjust(*m_t->db, m_t->clock, QStringLiteral("1001"), Money::fromCents(123));
        const Money before = balance1001();
        const qint64 rows = count(*m_t->db, QStringLiteral("ledger"));
        const QByteArray key = readAll(cards::PinKey::pathFor(m_t->path()));
        const BackupError error =
            errorOf([&] { restore(path); }, "a backup whose ledger does not add up was restored");
        QCOMPARE(error.problem(), Problem::LedgerMismatch);
        QVERIFY2(error.message().contains(QStringLiteral("ledger")), qPrintable(error.message()));
        QCOMPARE(balance1001(), before);
        QCOMPARE(count(*m_t->db, QStringLiteral("ledger")), rows);
        QCOMPARE(readAll(cards::PinKey::pathFor(m_t->path())), key);
        QCOMPARE(QDir(m_t->dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files),
                 QStringList());
    }

    void restoreIsRefusedWhileASwitchRuns()
    {
        const QString path = file(QStringLiteral("b.sqlite"));
        BackupService::backUp(*m_t->db, path);
        const auto held = store::DatabaseLock::take(m_t->path(), store::DatabaseLock::Purpose::RunSwitch);
        const BackupError error = errorOf([&] { restore(path); }, "restored under a running switch");
        QCOMPARE(error.problem(), Problem::SwitchRunning);
        QVERIFY2(error.message().contains(QStringLiteral("PID %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(error.message()));
        // A second switch is refused the same way.
        try {
            store::DatabaseLock::take(m_t->path(), store::DatabaseLock::Purpose::RunSwitch);
            QFAIL("two holders");
        } catch (const store::StoreError& error) {
            QVERIFY(error.message().startsWith(QStringLiteral("Another switch is running")));
        }
    }

    void databaseInUseIsNoBackup()
    {
        // Another database with a connection open: its -wal holds its latest
        // changes. It is refused by name, never opened (which would drop the
        // open connection's locks).
        test::TempDatabase other;
        demo::DemoData::seed(*other.db, other.clock);
        QVERIFY(QFileInfo(other.path() + QStringLiteral("-wal")).size() > 0);
        QCOMPARE(problemOf([&] { BackupService::check(other.path()); }), Problem::InUse);
        // The console's own database, chosen by mistake in Restore…
        QCOMPARE(problemOf([&] { BackupService::check(m_t->path()); }), Problem::InUse);
    }

    void restoreOntoItselfIsRefused()
    {
        QCOMPARE(problemOf(
                     [&] { BackupService::restore(*m_t->db, m_t->path(), m_t->clock, QStringLiteral("t")); }),
                 Problem::SameFile);
    }

    void backupWithoutKeyKeepsTheCurrentKey()
    {
        cards::BatchSpec spec;
        spec.count = 2;
        spec.faceValue = Money::fromUnits(5);
        spec.serialPrefix = QStringLiteral("BK");
        cards::CardService(*m_t->db, m_t->clock).generate(spec, QStringLiteral("test"));
        const QString path = file(QStringLiteral("nokey.sqlite"));
        BackupService::backUp(*m_t->db, path);
        QVERIFY(QFile::remove(cards::PinKey::pathFor(path)));
        QVERIFY(BackupService::describe(BackupService::check(path)).contains(QStringLiteral("none beside")));
        const QByteArray key = readAll(cards::PinKey::pathFor(m_t->path()));
        const backup::RestoreResult result = restore(path);
        QVERIFY(!result.pinKeyRestored);
        QCOMPARE(result.warnings.size(), 1); // the backup has a card batch
        QVERIFY(result.warnings.first().contains(QStringLiteral("card PIN key")));
        QCOMPARE(readAll(cards::PinKey::pathFor(m_t->path())), key);

        // A damaged key beside a backup stops the restore before anything changes.
        writeAll(cards::PinKey::pathFor(path), QByteArrayLiteral("not a key\n"));
        QCOMPARE(problemOf([&] { restore(path); }), Problem::Damaged);
        QCOMPARE(readAll(cards::PinKey::pathFor(m_t->path())), key);
    }

    // An older Rebound kept the key in the database: restoring such a backup
    // brings its key back as the key file, never the current one.
    void aBackupWithItsKeyInsideRestoresThatKey()
    {
        const QByteArray legacy = QByteArray(32, 'k').toHex();
        const QString path = otherBackup([&](const store::Database& db) {
            store::SettingsRepository(db).setValue(QStringLiteral("cards.pin_key"),
                                                   QString::fromLatin1(legacy));
        });
        QFile::remove(cards::PinKey::pathFor(path));
        const QByteArray current = readAll(cards::PinKey::pathFor(m_t->path()));
        QVERIFY(!current.startsWith(legacy));
        const backup::RestoreResult result = restore(path);
        QVERIFY(result.pinKeyRestored);
        QCOMPARE(readAll(cards::PinKey::pathFor(m_t->path())).trimmed(), legacy);
        QCOMPARE(cards::PinKey::load(*m_t->db), QByteArray(32, 'k'));
        QVERIFY(store::SettingsRepository(*m_t->db).value(QStringLiteral("cards.pin_key")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "TestBackupService.moc"
