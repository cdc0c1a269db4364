#include "backup/BackupService.h"

#include "cards/PinKey.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DatabaseLock.h"
#include "store/LedgerRepository.h"
#include "store/Schema.h"
#include "store/SettingsRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtEndian>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace rebound::backup {

namespace {
using Problem = BackupError::Problem;

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QStringList ReboundTables = {QStringLiteral("accounts"), QStringLiteral("ledger"),
                                   QStringLiteral("settings")};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

store::StoreError::Kind kindOf(Problem problem)
{
    switch (problem) {
    case Problem::NewerSchema:
        return store::StoreError::Kind::NewerSchema;
    case Problem::SwitchRunning:
    case Problem::InUse:
        return store::StoreError::Kind::InUse;
    case Problem::NotAFile:
    case Problem::WriteFailed:
        return store::StoreError::Kind::CannotOpen;
    case Problem::NotSqlite:
    case Problem::NotRebound:
    case Problem::Damaged:
    case Problem::LedgerMismatch:
    case Problem::SameFile:
        break;
    }
    return store::StoreError::Kind::Invalid;
}

// The file a path names, with symbolic links resolved, also when it does not
// exist yet (then its folder's).
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

// The live database or one of the files SQLite and Rebound keep beside it.
bool isLiveFile(const QString& path, const QString& databasePath)
{
    const QString target = resolved(path);
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
          QStringLiteral(".lock"), QStringLiteral(".pin-key")})
        if (target == resolved(databasePath + suffix))
            return true;
    return false;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// The data reaches the disk before the file takes its final name.
bool syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void renameOver(const QString& from, const QString& to)
{
    // rename(2) replaces `to` atomically: readers see the old file or the new one.
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw BackupError(
            Problem::WriteFailed,
            BackupService::tr("Cannot rename %1 to %2: %3").arg(native(from), native(to), systemError()));
    syncPath(QFileInfo(to).absolutePath(), O_RDONLY | O_DIRECTORY);
}

// `data` as the whole of `path`, owner-only, replaced atomically.
void writeAtomically(const QString& path, const QByteArray& data)
{
    const QFileInfo info(path);
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                        QStringLiteral(".XXXXXX"));
    if (!temp.open() || !temp.setPermissions(OwnerOnly) || temp.write(data) != data.size() || !temp.flush() ||
        ::fsync(temp.handle()) != 0)
        throw BackupError(Problem::WriteFailed,
                          BackupService::tr("Cannot write %1: %2").arg(native(path), temp.errorString()));
    temp.close();
    renameOver(temp.fileName(), path);
    temp.setAutoRemove(false);
}

void makeFolder(const QString& folder)
{
    if (QFileInfo(folder).isDir())
        return;
    if (!QDir().mkpath(folder))
        throw BackupError(
            Problem::WriteFailed,
            BackupService::tr("Cannot create the folder %1 for the backup.").arg(native(folder)));
    QFile::setPermissions(folder, OwnerOnly | QFileDevice::ExeOwner);
}

// The card-PIN key as its file holds it, checked: 32 bytes in hex on the
// first line (the form cards::PinKey writes and reads).
QByteArray readPinKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw BackupError(
            Problem::NotAFile,
            BackupService::tr("Cannot read the card PIN key %1: %2").arg(native(path), file.errorString()));
    const QByteArray content = file.readAll();
    if (QByteArray::fromHex(content.split('\n').value(0).trimmed()).size() != 32)
        throw BackupError(Problem::Damaged, BackupService::tr("The card PIN key %1 is damaged; put the key "
                                                              "saved with this backup there, or remove it.")
                                                .arg(native(path)));
    return content;
}

QString localTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The backup's first 100 bytes: SQLite's header, user_version at 60-63.
int readSchemaVersion(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw BackupError(Problem::NotAFile, BackupService::tr("There is no file %1.").arg(native(path)));
    if (info.isDir())
        throw BackupError(Problem::NotAFile,
                          BackupService::tr("%1 is a folder, not a backup file.").arg(native(path)));
    // A database in use keeps its newest transactions in its log, which a
    // copy of the file alone would silently lose. And it is checked by name
    // only: opening and closing a file that a connection of this process has
    // open would drop that connection's locks (see store::Database).
    for (const QString& side : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(path + side))
            throw BackupError(
                Problem::InUse,
                BackupService::tr("%1 has %2 beside it: it is a database in use, or one not closed "
                                  "cleanly, not a backup. Back it up with rebound-switch --db %1 "
                                  "backup --output FILE and restore that file.")
                    .arg(native(path), native(QFileInfo(path + side).fileName())));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw BackupError(Problem::NotAFile,
                          BackupService::tr("Cannot read %1: %2").arg(native(path), file.errorString()));
    if (file.size() == 0)
        throw BackupError(Problem::NotRebound,
                          BackupService::tr("%1 is empty, not a Rebound backup.").arg(native(path)));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw BackupError(Problem::NotSqlite,
                          BackupService::tr("%1 is not a Rebound backup: it is not an SQLite database file.")
                              .arg(native(path)));
    const int version = qFromBigEndian<qint32>(header.constData() + 60);
    const int latest = store::Schema::latestVersion();
    if (version > latest)
        throw BackupError(
            Problem::NewerSchema,
            BackupService::tr("The backup %1 has schema version %2, but this Rebound only knows "
                              "versions up to %3: it was written by a newer Rebound. Upgrade "
                              "Rebound to restore it.")
                .arg(native(path))
                .arg(version)
                .arg(latest));
    if (version <= 0)
        throw BackupError(Problem::NotRebound,
                          BackupService::tr("%1 is an SQLite database, but not a Rebound "
                                            "one (it has no schema version).")
                              .arg(native(path)));
    return version;
}

// A private copy of the backup, checked, upgraded to the current schema and
// open: what a restore copies in, so the backup file itself is only read.
struct Staged
{
    BackupReport report;
    std::unique_ptr<store::Database> db;
};

void checkFile(const QString& path, const QString& copy)
{
    const store::Backup::FileFacts facts = store::Backup::inspectFile(copy);
    if (!facts.openError.isEmpty())
        throw BackupError(
            Problem::Damaged,
            BackupService::tr("%1 cannot be read as a database: %2").arg(native(path), facts.openError));
    if (!facts.damage.isEmpty())
        throw BackupError(Problem::Damaged,
                          BackupService::tr("%1 is damaged (SQLite's integrity check failed): %2")
                              .arg(native(path), facts.damage.mid(0, 5).join(QStringLiteral("; "))));
    for (const QString& table : ReboundTables)
        if (!facts.tables.contains(table))
            throw BackupError(Problem::NotRebound, BackupService::tr("%1 is an SQLite database, but not a "
                                                                     "Rebound one (it has no %2 table).")
                                                       .arg(native(path), table));
}

void checkLedger(const QString& path, const store::Database& db)
{
    const auto mismatches = store::LedgerRepository(db, core::SystemClock::instance()).findMismatches();
    if (mismatches.isEmpty())
        return;
    const QString currency = store::SettingsRepository(db).currency();
    const auto& first = mismatches.first();
    throw BackupError(
        Problem::LedgerMismatch,
        BackupService::tr("The backup %1 does not add up: %2 subscriber balance(s) differ from "
                          "their ledger sums (subscriber #%3 shows %4, its ledger adds up to %5). "
                          "It cannot be restored.")
            .arg(native(path))
            .arg(mismatches.size())
            .arg(first.accountId)
            .arg(first.cached.format(currency), first.ledgerSum.format(currency)));
}

Staged stage(const QString& backupPath, const QString& folder)
{
    Staged staged;
    BackupReport& report = staged.report;
    const QFileInfo info(backupPath);
    report.path = info.absoluteFilePath();
    report.schemaVersion = readSchemaVersion(backupPath);
    report.currentVersion = store::Schema::latestVersion();
    report.bytes = info.size();
    report.modifiedAt = info.lastModified().toMSecsSinceEpoch();
    const QString key = cards::PinKey::pathFor(report.path);
    if (QFileInfo(key).isFile())
        report.pinKeyPath = key;

    const QString copy = QDir(folder).filePath(QStringLiteral("staged.sqlite"));
    if (!QFile::copy(backupPath, copy) || !QFile::setPermissions(copy, OwnerOnly))
        throw BackupError(
            Problem::WriteFailed,
            BackupService::tr("Cannot copy %1 into %2 to check it.").arg(native(backupPath), native(folder)));
    checkFile(backupPath, copy);
    try {
        staged.db = store::Database::open(copy);
    } catch (const store::StoreError& error) {
        throw BackupError(
            Problem::Damaged,
            BackupService::tr("The backup %1 (schema version %2) cannot be brought up to version "
                              "%3: %4")
                .arg(native(backupPath))
                .arg(report.schemaVersion)
                .arg(report.currentVersion)
                .arg(error.message()));
    }
    try {
        checkLedger(backupPath, *staged.db);
        report.contents = store::Backup::contents(*staged.db);
    } catch (const BackupError&) {
        throw;
    } catch (const store::StoreError& error) {
        throw BackupError(
            Problem::Damaged,
            BackupService::tr("The backup %1 cannot be read: %2").arg(native(backupPath), error.message()));
    }
    return staged;
}
} // namespace

BackupError::BackupError(Problem problem, const QString& message)
    : store::StoreError(kindOf(problem), message)
    , m_problem(problem)
{
}

BackupFile BackupService::backUp(const store::Database& db, const QString& outputPath)
{
    if (outputPath.trimmed().isEmpty())
        throw BackupError(Problem::NotAFile, tr("Say which file the backup goes to."));
    const QFileInfo out(outputPath);
    if (out.isDir())
        throw BackupError(Problem::NotAFile,
                          tr("%1 is a folder; give a file name for the backup.").arg(native(outputPath)));
    if (isLiveFile(outputPath, db.path()))
        throw BackupError(Problem::SameFile, tr("%1 is the live database or one of its own files; a backup "
                                                "must go to another file.")
                                                 .arg(native(outputPath)));
    makeFolder(out.absolutePath());

    // QTemporaryFile makes the file owner-only; VACUUM INTO fills the empty file.
    QTemporaryFile temp(out.absolutePath() + QStringLiteral("/.") + out.fileName() +
                        QStringLiteral(".XXXXXX"));
    if (!temp.open())
        throw BackupError(
            Problem::WriteFailed,
            tr("Cannot write a backup in %1: %2").arg(native(out.absolutePath()), temp.errorString()));
    temp.close();
    try {
        store::Backup::vacuumInto(db, temp.fileName());
    } catch (const store::StoreError& error) {
        throw BackupError(
            Problem::WriteFailed,
            tr("The backup %1 could not be written: %2").arg(native(outputPath), error.message()));
    }
    if (!syncPath(temp.fileName(), O_RDONLY))
        throw BackupError(
            Problem::WriteFailed,
            tr("The backup %1 could not be written: %2").arg(native(outputPath), systemError()));

    BackupFile file;
    file.path = out.absoluteFilePath();
    // The key first, so a backup file that exists always has its key beside it.
    const QString liveKey = cards::PinKey::pathFor(db.path());
    const QString copyKey = cards::PinKey::pathFor(file.path);
    if (QFileInfo(liveKey).isFile()) {
        QFile key(liveKey);
        if (!key.open(QIODevice::ReadOnly))
            throw BackupError(
                Problem::WriteFailed,
                tr("Cannot read the card PIN key %1: %2").arg(native(liveKey), key.errorString()));
        writeAtomically(copyKey, key.readAll());
        file.pinKeyPath = copyKey;
    } else if (QFileInfo::exists(copyKey)) {
        QFile::remove(copyKey); // an older backup's key, not this database's
    }
    renameOver(temp.fileName(), file.path);
    temp.setAutoRemove(false);
    file.bytes = QFileInfo(file.path).size();
    return file;
}

BackupReport BackupService::check(const QString& backupPath)
{
    QTemporaryDir staging;
    if (!staging.isValid())
        throw BackupError(
            Problem::WriteFailed,
            tr("Cannot make a temporary folder to check the backup: %1").arg(staging.errorString()));
    return stage(backupPath, staging.path()).report;
}

RestoreResult BackupService::restore(const store::Database& db, const QString& backupPath,
                                     const core::Clock& clock, const QString& actor)
{
    std::unique_ptr<QLockFile> lock;
    try {
        lock = store::DatabaseLock::take(db.path(), store::DatabaseLock::Purpose::Restore);
    } catch (const store::StoreError& error) {
        throw BackupError(error.kind() == store::StoreError::Kind::InUse ? Problem::SwitchRunning
                                                                         : Problem::WriteFailed,
                          error.message());
    }
    if (resolved(backupPath) == resolved(db.path()))
        throw BackupError(
            Problem::SameFile,
            tr("%1 is the live database itself; choose a backup file.").arg(native(backupPath)));

    // Staged beside the database: the same disk, owner-only, gone afterwards.
    const QString folder = QFileInfo(db.path()).absolutePath();
    QTemporaryDir staging(folder + QStringLiteral("/.rebound-restore-XXXXXX"));
    if (!staging.isValid())
        throw BackupError(Problem::WriteFailed,
                          tr("Cannot make a temporary folder in %1 to check the backup: %2")
                              .arg(native(folder), staging.errorString()));
    Staged staged = stage(backupPath, staging.path());
    const QByteArray key =
        staged.report.pinKeyPath.isEmpty() ? QByteArray() : readPinKey(staged.report.pinKeyPath);

    RestoreResult result;
    result.restored = staged.report;
    result.previous = backUp(db, previousCopyPath(db.path(), clock));
    try {
        store::Backup::replaceContents(db, *staged.db);
    } catch (const store::StoreError& error) {
        throw BackupError(Problem::WriteFailed, error.message());
    }
    staged.db.reset();

    const QString liveKey = cards::PinKey::pathFor(db.path());
    // A backup from an older Rebound has no key file: its key is in the
    // database (cards.pin_key) and comes back with it. Keeping the current
    // file would make PinKey::load use it and drop the backup's key for good.
    QByteArray restoredKey = key;
    if (restoredKey.isEmpty()) {
        const QByteArray legacy =
            store::SettingsRepository(db).value(QStringLiteral("cards.pin_key")).trimmed().toLatin1();
        if (QByteArray::fromHex(legacy).size() == 32)
            restoredKey = legacy + '\n';
    }
    if (!restoredKey.isEmpty()) {
        try {
            writeAtomically(liveKey, restoredKey);
            result.pinKeyRestored = true;
        } catch (const BackupError& error) {
            result.warnings << tr("The data was restored, but the card PIN key was not: %1 Copy %2 to %3 by "
                                  "hand, or cards cannot be redeemed.")
                                   .arg(error.message(), native(staged.report.pinKeyPath), native(liveKey));
        }
    } else if (staged.report.contents.cardBatches > 0) {
        result.warnings
            << tr("No card PIN key was found beside the backup (%1), so the current key %2 was "
                  "kept. If the backup's cards were made with another key, put that key there, or "
                  "their PINs cannot be redeemed.")
                   .arg(native(cards::PinKey::pathFor(staged.report.path)), native(liveKey));
    }
    try {
        store::AuditLog(db, clock).record(actor, QStringLiteral("database.restore"),
                                          QStringLiteral("database"), QFileInfo(db.path()).fileName(),
                                          QStringLiteral("from %1; the data before saved as %2")
                                              .arg(staged.report.path, result.previous.path));
    } catch (const store::StoreError& error) {
        result.warnings << tr("The restore was not written to the audit log: %1").arg(error.message());
    }
    return result;
}

QString BackupService::describe(const BackupReport& report)
{
    const auto& c = report.contents;
    QString text = tr("Backup: %1\n").arg(native(report.path));
    text += tr("Written: %1, %2 bytes\n").arg(localTime(report.modifiedAt), QLocale().toString(report.bytes));
    text += report.schemaVersion == report.currentVersion
                ? tr("Schema version: %1\n").arg(report.schemaVersion)
                : tr("Schema version: %1 (upgraded to %2 when restored)\n")
                      .arg(report.schemaVersion)
                      .arg(report.currentVersion);
    text += tr("Subscribers: %1\nLedger entries: %2\nCard batches: %3\nCalls: %4\n")
                .arg(c.accounts)
                .arg(c.ledgerEntries)
                .arg(c.cardBatches)
                .arg(c.calls);
    text += tr("Last call: %1\n").arg(c.lastCallAt > 0 ? localTime(c.lastCallAt) : tr("none"));
    text += report.pinKeyPath.isEmpty()
                ? tr("Card PIN key: none beside the backup (the current key is kept)\n")
                : tr("Card PIN key: %1\n").arg(native(report.pinKeyPath));
    text += tr("Every balance equals its ledger sum; the integrity check passed.\n");
    return text;
}

QString BackupService::previousCopyPath(const QString& databasePath, const core::Clock& clock)
{
    const QFileInfo info(databasePath);
    const QString stem =
        info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
        QStringLiteral("-before-restore-") +
        QDateTime::fromMSecsSinceEpoch(clock.nowMs()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QStringLiteral("-%1.sqlite").arg(n);
    return path;
}

} // namespace rebound::backup
