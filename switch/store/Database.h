#pragma once

#include "store/Schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <unordered_map>

namespace rebound::store {

// One Qt SQL connection to the Rebound database, owned by the thread that
// opened it (Qt SQL connections must not cross threads). open() creates the
// file if needed and brings the schema up to date, one transaction per
// migration; a database written by a newer Rebound is refused before
// anything is written to it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Throws StoreError (CannotOpen, NewerSchema, MigrationFailed).
    static std::unique_ptr<Database> open(const QString& path,
                                          const QList<Migration>& migrations = Schema::migrations());

    const QString& path() const { return m_path; }
    // True when open() created the file (the console seeds demo data then).
    bool wasCreated() const { return m_created; }
    int schemaVersion() const;
    QSqlDatabase connection() const;

    // Prepared statement; throws StoreError on a syntax error.
    QSqlQuery prepare(const QString& sql) const;
    // Executes a prepared query; on failure throws StoreError::fromSql(context).
    static void exec(QSqlQuery& query, const QString& context);
    // Prepares, binds positional values in order, executes.
    QSqlQuery run(const QString& sql, const QVariantList& values, const QString& context) const;

    // A statement of a hot path (a trigger, a call's start), prepared once per
    // connection and kept: binds, executes and lends it. Read it through the
    // Statement and let that go before the method returns: its end resets the
    // statement, so no read snapshot stays open between calls. A statement
    // asked for again while it is still lent out is prepared afresh.
    class Statement
    {
    public:
        Statement(Statement&& other) noexcept;
        Statement& operator=(Statement&&) = delete;
        Statement(const Statement&) = delete;
        ~Statement();
        QSqlQuery& operator*() { return *m_query; }
        QSqlQuery* operator->() { return m_query; }

    private:
        friend class Database;
        explicit Statement(QSqlQuery fresh);    // one of its own
        Statement(QSqlQuery& lent, bool* flag); // the cache's
        QSqlQuery m_own;
        QSqlQuery* m_query = nullptr;
        bool* m_lent = nullptr; // the cache's flag, or null for one of its own
    };
    Statement cached(const QString& sql, const QVariantList& values, const QString& context) const;
    // The SQL of every statement cached() keeps, for tests of their query plans.
    QStringList cachedStatements() const;

    // How much a transaction's commit must wait for the disk. Full (the
    // default): until the data is on it, as every change of money needs.
    // Deferred: the commit survives the process being killed but may be lost
    // with the machine's power until the next full commit or checkpoint
    // syncs the log (WAL frames are synced in order, so that commit makes
    // every earlier one durable too). For rows that carry no money and whose
    // loss a caller would notice and repeat: a callback request before its
    // call holds credit, an audit line of a refused trigger. Decided by the
    // outermost transaction; inner ones share its commit.
    enum class Sync
    {
        Full,
        Deferred
    };
    // The pattern for `column LIKE ? ESCAPE '\'` that finds `text` anywhere
    // in the column, with LIKE's own % and _ taken literally.
    static QString likeContaining(const QString& text);

    // Write transaction. Rolls back when destroyed without commit(), so an
    // exception anywhere inside leaves the database as it was. Nested
    // transactions become savepoints, so a service call that commits on its
    // own can also run inside a larger transaction of its caller.
    class Transaction
    {
    public:
        explicit Transaction(const Database& db, Sync sync = Sync::Full);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        void commit();

    private:
        void restoreFullSync();
        const Database& m_db;
        int m_level = 0;
        bool m_done = false;
        bool m_deferred = false;
    };

private:
    Database(QString path, QString connectionName, bool created);
    void migrate(const QList<Migration>& migrations);
    void execRaw(const QString& sql, const QString& context) const;
    // execRaw through the statement cache (BEGIN, COMMIT and the like).
    void execCached(const QString& sql, const QString& context) const;
    struct CachedStatement
    {
        QSqlQuery query;
        bool lent = false;
    };
    // Keyed by SQL text; unique_ptr keeps each lent flag where it is.
    mutable std::unordered_map<QString, std::unique_ptr<CachedStatement>> m_statements;
    QSqlDatabase m_connection; // looked up once, not by name for every statement

    QString m_path;
    QString m_connectionName;
    bool m_created = false;
    QString m_registryKey; // counted among this process's connections to the file
    mutable int m_transactionDepth = 0;
};

} // namespace rebound::store
