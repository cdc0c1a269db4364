#include "store/Backup.h"

#include "store/Database.h"
#include "store/StoreError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace rebound::store {

namespace {
QAtomicInteger<quint64> g_inspections;

// The connection's sqlite3 handle from Qt's QSQLITE driver, which Debian
// builds against the same libsqlite3 this library links.
sqlite3* handleOf(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

QString sqliteMessage(sqlite3* db, int code)
{
    const char* detail = db ? sqlite3_errmsg(db) : nullptr;
    return QString::fromUtf8(detail && *detail ? detail : sqlite3_errstr(code));
}
} // namespace

void Backup::vacuumInto(const Database& db, const QString& target)
{
    if (inTransaction(db))
        throw StoreError(StoreError::Kind::Invalid,
                         tr("A backup cannot be written while a change is in progress on this connection."));
    db.run(QStringLiteral("VACUUM INTO ?"), {target},
           tr("writing a backup to %1").arg(QDir::toNativeSeparators(target)));
}

Backup::FileFacts Backup::inspectFile(const QString& path)
{
    FileFacts facts;
    const QString name = QStringLiteral("rebound-inspect-%1").arg(g_inspections.fetchAndAddRelaxed(1));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(path);
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!connection.open()) {
            facts.openError = connection.lastError().text();
        } else {
            QSqlQuery query(connection);
            // A file that is no database at all fails here ("file is not a database").
            if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                facts.openError = query.lastError().databaseText();
            } else {
                while (query.next())
                    facts.tables << query.value(0).toString();
                if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                    facts.damage << query.lastError().databaseText();
                } else {
                    while (query.next())
                        if (const QString line = query.value(0).toString(); line != QLatin1String("ok"))
                            facts.damage << line;
                }
            }
            query.finish();
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return facts;
}

Backup::Contents Backup::contents(const Database& db)
{
    QSqlQuery q =
        db.run(QStringLiteral("SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM ledger), "
                              "(SELECT count(*) FROM card_batches), (SELECT count(*) FROM calls), "
                              "(SELECT COALESCE(max(started_at), 0) FROM calls)"),
               {}, tr("reading what the database holds"));
    Contents contents;
    if (q.next()) {
        contents.accounts = q.value(0).toLongLong();
        contents.ledgerEntries = q.value(1).toLongLong();
        contents.cardBatches = q.value(2).toLongLong();
        contents.calls = q.value(3).toLongLong();
        contents.lastCallAt = q.value(4).toLongLong();
    }
    return contents;
}

void Backup::replaceContents(const Database& live, const Database& source)
{
    sqlite3* destination = handleOf(live.connection());
    sqlite3* from = handleOf(source.connection());
    if (!destination || !from)
        throw StoreError(
            StoreError::Kind::Sql,
            tr("The Qt SQLite driver gives no SQLite handle, so the backup cannot be copied in."));
    if (inTransaction(live))
        throw StoreError(StoreError::Kind::Invalid,
                         tr("The database cannot be restored while a change is in progress on it."));
    const QString target = QDir::toNativeSeparators(live.path());
    sqlite3_backup* copy = sqlite3_backup_init(destination, "main", from, "main");
    if (!copy)
        throw StoreError(StoreError::Kind::Sql, tr("Cannot start copying the backup into %1: %2")
                                                    .arg(target, sqliteMessage(destination, SQLITE_ERROR)));
    // One step for every page: a single write transaction on the live
    // database, committed only when the whole backup is in.
    const int stepped = sqlite3_backup_step(copy, -1);
    const int finished = sqlite3_backup_finish(copy);
    if (stepped == SQLITE_BUSY || stepped == SQLITE_LOCKED)
        throw StoreError(StoreError::Kind::Sql,
                         tr("%1 stayed busy: another program kept writing to it. Nothing has been changed; "
                            "try again.")
                             .arg(target));
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        throw StoreError(
            StoreError::Kind::Sql,
            tr("Copying the backup into %1 failed, so it was left as it was: %2")
                .arg(target, sqliteMessage(destination, stepped != SQLITE_DONE ? stepped : finished)));
}

bool Backup::inTransaction(const Database& db)
{
    sqlite3* handle = handleOf(db.connection());
    return handle && sqlite3_get_autocommit(handle) == 0;
}

} // namespace rebound::store
