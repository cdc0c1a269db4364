#include "store/Database.h"

#include "store/StoreError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QtEndian>
#include <mutex>
#include <utility>

namespace rebound::store {

namespace {
QAtomicInteger<quint64> g_connectionCounter;

QString nextConnectionName()
{
    return QStringLiteral("rebound-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
}

// Reads user_version straight from the SQLite file header (bytes 60-63,
// big-endian) without opening the file through SQLite, so a database from a
// newer Rebound stays exactly as it was, side files included, when we refuse it.
int peekSchemaVersion(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::CannotOpen,
                         Database::tr("Cannot read the database %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() == 0)
        return 0; // SQLite treats an empty file as an empty database
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw StoreError(
            StoreError::Kind::CannotOpen,
            Database::tr("%1 is not a Rebound database (it is not an SQLite file); it has not been "
                         "changed.")
                .arg(QDir::toNativeSeparators(path)));
    return qFromBigEndian<qint32>(header.constData() + 60);
}
// The databases this process has open, by absolute path, with how many
// connections each. POSIX record locks belong to the process: closing any
// descriptor of the file (the header peek above) drops the locks SQLite
// holds for every other connection of this process to it. Another process
// could then take the file for unused, checkpoint it and delete its WAL
// while we still write to the deleted one, and those writes would be lost.
// So the file is peeked only while no connection of ours has it open.
std::mutex g_openMutex;
QHash<QString, int> g_openConnections;

StoreError newerSchemaError(const QString& path, int version, int latest)
{
    return {StoreError::Kind::NewerSchema,
            Database::tr(
                "The database %1 has schema version %2, but this Rebound only knows versions up to %3. It "
                "was written by a newer Rebound; it has not been changed. Upgrade Rebound to open it.")
                .arg(QDir::toNativeSeparators(path))
                .arg(version)
                .arg(latest)};
}
} // namespace

Database::Database(QString path, QString connectionName, bool created)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_created(created)
{
}

Database::~Database()
{
    m_statements.clear(); // every statement before its connection
    m_connection = QSqlDatabase();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_registryKey.isEmpty()) {
        std::lock_guard registry(g_openMutex);
        if (--g_openConnections[m_registryKey] <= 0)
            g_openConnections.remove(m_registryKey);
    }
}

namespace {
// A database written by an older Rebound may be readable by everyone: from
// now on only its owner may read it, with its WAL and shared-memory files.
void restrictToOwner(const QString& path)
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        if (QFileInfo::exists(file) &&
            (QFile::permissions(file) & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0)
            QFile::setPermissions(file, ownerOnly);
}
} // namespace

std::unique_ptr<Database> Database::open(const QString& path, const QList<Migration>& migrations)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        throw StoreError(
            StoreError::Kind::CannotOpen,
            Database::tr("The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)."));

    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    const QString key = QFileInfo(path).absoluteFilePath();
    // Held until this connection is counted: no peek while one of ours opens.
    std::unique_lock registry(g_openMutex);
    const bool openHere = g_openConnections.value(key) > 0;
    const bool existed = QFileInfo::exists(path);
    if (existed) {
        // Another connection of ours checked it already (and peeking now
        // would drop that connection's locks).
        if (!openHere) {
            const int version = peekSchemaVersion(path);
            if (version > latest)
                throw newerSchemaError(path, version, latest);
        }
    } else {
        const QFileInfo info(path);
        const bool folderExisted = QFileInfo::exists(info.absolutePath());
        if (!QDir().mkpath(info.absolutePath()))
            throw StoreError(StoreError::Kind::CannotOpen,
                             Database::tr("Cannot create the folder %1 for the database.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())));
        if (!folderExisted)
            QFile::setPermissions(info.absolutePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // Created owner-only before SQLite opens it, so the file never exists
        // readable by others (it holds gateway passwords, password hashes and
        // the card-PIN key); SQLite gives its -wal and -shm the same mode.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            throw StoreError(StoreError::Kind::CannotOpen,
                             Database::tr("Cannot create the database %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (existed)
        restrictToOwner(path);

    if (existed && !openHere)
        restrictToOwner(path);

    std::unique_ptr<Database> database(new Database(path, nextConnectionName(), !existed));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    database->m_connection = db;
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        throw StoreError(StoreError::Kind::CannotOpen,
                         Database::tr("Cannot open the database %1: %2")
                             .arg(QDir::toNativeSeparators(path), db.lastError().text()));
    ++g_openConnections[key];
    database->m_registryKey = key;
    registry.unlock();

    const QString setup = Database::tr("setting up the database connection");
    database->execRaw(QStringLiteral("PRAGMA foreign_keys = ON"), setup);
    database->execRaw(QStringLiteral("PRAGMA journal_mode = WAL"), setup);
    // Money lives here: a committed charge must survive a power cut.
    database->execRaw(QStringLiteral("PRAGMA synchronous = FULL"), setup);
    database->migrate(migrations);
    return database;
}

void Database::migrate(const QList<Migration>& migrations)
{
    int current = schemaVersion();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > latest)
        throw newerSchemaError(m_path, current, latest);
    for (const Migration& migration : migrations) {
        if (migration.version <= current)
            continue;
        const int from = current;
        try {
            Transaction transaction(*this);
            for (const QString& statement : migration.statements)
                execRaw(statement, migration.description);
            execRaw(QStringLiteral("PRAGMA user_version = %1").arg(migration.version), migration.description);
            transaction.commit();
        } catch (const StoreError& error) {
            throw StoreError(
                StoreError::Kind::MigrationFailed,
                Database::tr("Upgrading the database %1 to schema version %2 (%3) failed, so it was left at "
                             "version %4: %5")
                    .arg(QDir::toNativeSeparators(m_path))
                    .arg(migration.version)
                    .arg(migration.description)
                    .arg(from)
                    .arg(error.message()));
        }
        current = migration.version;
    }
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        throw StoreError::fromSql(query.lastError(), Database::tr("reading the schema version"));
    return query.value(0).toInt();
}

QSqlDatabase Database::connection() const
{
    return m_connection;
}

QSqlQuery Database::prepare(const QString& sql) const
{
    QSqlQuery query(m_connection);
    // Rows are read once, front to back: Qt need not keep a copy of each.
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StoreError::fromSql(query.lastError(), Database::tr("preparing a query"));
    return query;
}

void Database::exec(QSqlQuery& query, const QString& context)
{
    if (!query.exec())
        throw StoreError::fromSql(query.lastError(), context);
}

QString Database::likeContaining(const QString& text)
{
    return u'%' +
           QString(text)
               .replace(u'\\', QStringLiteral("\\\\"))
               .replace(u'%', QStringLiteral("\\%"))
               .replace(u'_', QStringLiteral("\\_")) +
           u'%';
}

namespace {
void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values[i];
        // A null QString would be bound as SQL NULL; text is never NULL here
        // unless the caller passes QVariant() on purpose.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QString(QLatin1String("")));
        else
            query.bindValue(int(i), value);
    }
}
} // namespace

QSqlQuery Database::run(const QString& sql, const QVariantList& values, const QString& context) const
{
    QSqlQuery query = prepare(sql);
    bindAll(query, values);
    exec(query, context);
    return query;
}

Database::Statement::Statement(QSqlQuery fresh)
    : m_own(std::move(fresh))
    , m_query(&m_own)
{
}

Database::Statement::Statement(QSqlQuery& lent, bool* flag)
    : m_query(&lent)
    , m_lent(flag)
{
    *m_lent = true;
}

Database::Statement::Statement(Statement&& other) noexcept
    : m_own(std::move(other.m_own))
    , m_query(other.m_lent ? other.m_query : &m_own)
    , m_lent(std::exchange(other.m_lent, nullptr))
{
}

Database::Statement::~Statement()
{
    if (!m_lent)
        return;
    m_query->finish(); // reset: no read snapshot held until the next use
    *m_lent = false;
}

Database::Statement Database::cached(const QString& sql, const QVariantList& values,
                                     const QString& context) const
{
    auto& slot = m_statements[sql];
    if (!slot) {
        auto fresh = std::make_unique<CachedStatement>();
        fresh->query = prepare(sql);
        slot = std::move(fresh);
    }
    if (slot->lent) {
        // Asked for again while a caller still reads it: one of its own.
        QSqlQuery query = prepare(sql);
        bindAll(query, values);
        exec(query, context);
        return Statement(std::move(query));
    }
    bindAll(slot->query, values);
    Statement statement(slot->query, &slot->lent);
    exec(*statement, context);
    return statement;
}

QStringList Database::cachedStatements() const
{
    QStringList sql;
    sql.reserve(qsizetype(m_statements.size()));
    for (const auto& [text, statement] : m_statements)
        sql.append(text);
    return sql;
}

void Database::execRaw(const QString& sql, const QString& context) const
{
    QSqlQuery query(m_connection);
    if (!query.exec(sql))
        throw StoreError::fromSql(query.lastError(), context);
}

void Database::execCached(const QString& sql, const QString& context) const
{
    Statement statement = cached(sql, {}, context);
}

Database::Transaction::Transaction(const Database& db, Sync sync)
    : m_db(db)
    , m_level(db.m_transactionDepth)
    , m_deferred(sync == Sync::Deferred && db.m_transactionDepth == 0)
{
    if (m_level == 0) {
        // SQLite changes the level only between transactions.
        if (m_deferred)
            m_db.execCached(QStringLiteral("PRAGMA synchronous = NORMAL"),
                            Database::tr("starting a transaction"));
        // IMMEDIATE takes the write lock up front, so two connections never
        // both read and then fail to upgrade to a write.
        try {
            m_db.execCached(QStringLiteral("BEGIN IMMEDIATE"), Database::tr("starting a transaction"));
        } catch (const StoreError&) {
            restoreFullSync();
            throw;
        }
    } else {
        m_db.execCached(QStringLiteral("SAVEPOINT rebound_%1").arg(m_level),
                        Database::tr("starting a transaction"));
    }
    ++m_db.m_transactionDepth;
}

Database::Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_db.m_transactionDepth;
    QSqlQuery query(m_db.connection());
    if (m_level == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
        restoreFullSync();
    } else {
        query.exec(QStringLiteral("ROLLBACK TO rebound_%1").arg(m_level));
        query.exec(QStringLiteral("RELEASE rebound_%1").arg(m_level));
    }
}

void Database::Transaction::restoreFullSync()
{
    if (!m_deferred)
        return;
    m_deferred = false;
    try {
        m_db.execCached(QStringLiteral("PRAGMA synchronous = FULL"), Database::tr("ending a transaction"));
    } catch (const StoreError&) {
        // Cannot fail between transactions; if it did, the next deferred
        // transaction's own setting still comes first.
    }
}

void Database::Transaction::commit()
{
    if (m_level == 0) {
        m_db.execCached(QStringLiteral("COMMIT"), Database::tr("committing a transaction"));
        restoreFullSync();
    } else
        m_db.execCached(QStringLiteral("RELEASE rebound_%1").arg(m_level),
                        Database::tr("committing a transaction"));
    --m_db.m_transactionDepth;
    m_done = true;
}

} // namespace rebound::store
