#pragma once

#include "core/Clock.h"
#include "store/Backup.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstdint>

namespace rebound::store {
class Database;
}

namespace rebound::backup {

// A backup or restore refused or failed, with what was wrong. A StoreError,
// so a caller that only shows messages needs no second catch.
class BackupError : public store::StoreError
{
public:
    enum class Problem
    {
        NotAFile,       // missing, a folder, unreadable
        NotSqlite,      // not an SQLite database file
        NotRebound,     // SQLite, but not a Rebound database
        NewerSchema,    // written by a newer Rebound
        Damaged,        // integrity check failed, or its schema cannot be upgraded
        LedgerMismatch, // a balance differs from its ledger sum
        SameFile,       // the backup would overwrite the live database, or restore it onto itself
        InUse,          // a database with its -wal or -shm beside it: in use, not a backup
        SwitchRunning,  // restore refused: a switch holds the database lock
        WriteFailed,    // disk full, folder not writable, …
    };

    BackupError(Problem problem, const QString& message);
    Problem problem() const { return m_problem; }

private:
    Problem m_problem;
};

// A backup file written by backUp().
struct BackupFile
{
    QString path;
    qint64 bytes = 0;
    QString pinKeyPath; // FILE.pin-key, copied beside it; empty when the database had no key
};

// What check() found in a backup that is fit to restore.
struct BackupReport
{
    QString path;
    qint64 bytes = 0;
    std::int64_t modifiedAt = 0; // the file's time, ms since the epoch
    int schemaVersion = 0;       // as the file was written
    int currentVersion = 0;      // what this Rebound writes; older backups are upgraded when restored
    store::Backup::Contents contents;
    QString pinKeyPath; // FILE.pin-key beside the backup; empty when there is none
};

struct RestoreResult
{
    BackupReport restored;
    BackupFile previous; // the live database as it was just before, saved beside it
    bool pinKeyRestored = false;
    QStringList warnings; // done, but worth knowing
};

// Backup and restore of the whole database, the one rule the CLI
// (`rebound-switch backup`/`restore`), the console's File menu and the daily
// backup share.
//
// The card-PIN key lives beside the database (DATABASE.pin-key, see
// cards::PinKey), not in it: a backup carries it as FILE.pin-key, owner-only,
// and a restore brings it back when it is there. Keep the two together.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // Writes a consistent copy of `db` to `outputPath` while other
    // connections (a running switch) go on writing: first to a temporary
    // name in the same folder, then renamed over `outputPath`, so the file is
    // never seen half-written. Owner-only (0600), like the key copied beside
    // it. Refuses to write over the live database. Throws BackupError.
    static BackupFile backUp(const store::Database& db, const QString& outputPath);

    // Checks that `backupPath` can be restored, changing nothing: a Rebound
    // database that is sound (integrity check), no newer than this Rebound,
    // upgradeable to the current schema, and whose balances all equal their
    // ledger sums. The checks run on a private copy in the temporary folder.
    // Throws BackupError saying what is wrong.
    static BackupReport check(const QString& backupPath);

    // Replaces everything in `db` with the backup, after check() passed on
    // it. Takes the database lock (refused while a switch runs on the
    // database), saves the current contents beside the database first
    // (RestoreResult::previous), then copies the checked, upgraded backup in
    // with one write transaction: on any failure the live data stays as it
    // was. `actor` goes in the audit log ("cli", "console").
    static RestoreResult restore(const store::Database& db, const QString& backupPath,
                                 const core::Clock& clock, const QString& actor);

    // Several lines for a person: where, how big, when, schema, subscribers,
    // last call, the PIN key.
    static QString describe(const BackupReport& report);
    // The file a restore saves the current database to first:
    // "<folder>/<name>-before-restore-YYYYMMDD-HHMMSS.sqlite".
    static QString previousCopyPath(const QString& databasePath, const core::Clock& clock);
};

} // namespace rebound::backup
