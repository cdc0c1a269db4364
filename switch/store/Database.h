#pragma once

#include "store/Schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

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
        explicit Transaction(const Database& db);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        void commit();

    private:
        const Database& m_db;
        int m_level = 0;
        bool m_done = false;
    };

private:
    Database(QString path, QString connectionName, bool created);
    void migrate(const QList<Migration>& migrations);
    void execRaw(const QString& sql, const QString& context) const;

    QString m_path;
    QString m_connectionName;
    bool m_created = false;
    QString m_registryKey; // counted among this process's connections to the file
    mutable int m_transactionDepth = 0;
};

} // namespace rebound::store
