#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstdint>

namespace rebound::store {

class Database;

// The SQL side of backups and restores; backup::BackupService holds the
// rules about files, keys and locks and is what the CLI and console call.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Writes a consistent snapshot of `db` to `target` (VACUUM INTO: one read
    // transaction, so other connections go on writing meanwhile). `target`
    // must not exist or be empty. Throws StoreError.
    static void vacuumInto(const Database& db, const QString& target);

    // What a file holds, read through a read-only connection of its own.
    struct FileFacts
    {
        QString openError;  // not empty: SQLite could not read it at all
        QStringList damage; // PRAGMA integrity_check's complaints; empty when sound
        QStringList tables; // the tables it has
    };
    static FileFacts inspectFile(const QString& path);

    // A few figures that let a person recognise a backup.
    struct Contents
    {
        qint64 accounts = 0;
        qint64 ledgerEntries = 0;
        qint64 cardBatches = 0;
        qint64 calls = 0;
        std::int64_t lastCallAt = 0; // ms since the epoch; 0 = no call
    };
    static Contents contents(const Database& db);

    // Replaces every page of `live` with those of `source` through SQLite's
    // online backup, in one write transaction of `live`: on any failure its
    // contents stay as they were. Other connections see the new contents at
    // their next transaction. Throws StoreError.
    static void replaceContents(const Database& live, const Database& source);

    // True while `db`'s connection is inside BEGIN … COMMIT.
    static bool inTransaction(const Database& db);
};

} // namespace rebound::store
