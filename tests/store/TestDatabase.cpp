#include "store/Database.h"
#include "store/Schema.h"
#include "store/StoreError.h"
#include "support/Files.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace rebound;
using store::Database;
using store::Migration;
using store::StoreError;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList tables(const Database& db)
{
    QSqlQuery q = db.run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                         {}, QStringLiteral("test"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QVariant pragma(const Database& db, const QString& name)
{
    QSqlQuery q = db.run(QStringLiteral("PRAGMA ") + name, {}, QStringLiteral("test"));
    return q.next() ? q.value(0) : QVariant();
}

// Creates a plain SQLite file at `path` with the given user_version.
void makeDatabaseWithVersion(const QString& path, int version)
{
    const QList<Migration> migrations = {
        {version, QStringLiteral("future"), {QStringLiteral("CREATE TABLE future_table (x INTEGER)")}}};
    Database::open(path, migrations);
}

// A database file as a release of schema `version` left it: made by the
// first `version` migrations, holding what `statements` wrote.
struct OldDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("old.sqlite"));

    OldDatabase(int version, const QStringList& statements)
    {
        const auto db = Database::open(path, store::Schema::migrations().mid(0, version));
        for (const QString& sql : statements)
            db->run(sql, {}, QStringLiteral("t"));
    }

    // The file opened by the first `version` migrations, which bring it up
    // to that version.
    std::unique_ptr<Database> openAt(int version) const
    {
        return Database::open(path, store::Schema::migrations().mid(0, version));
    }
};
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseHasTheWholeSchema()
    {
        test::TempDatabase t;
        QVERIFY(t.db->wasCreated());
        QCOMPARE(t.db->schemaVersion(), store::Schema::latestVersion());
        const QStringList names = tables(*t.db);
        for (const char* table : {"accounts", "callback_numbers", "dids", "gateways", "routes", "rate_tables",
                                  "rates", "card_batches", "cards", "ledger", "callback_requests", "calls",
                                  "legs", "settings", "audit_log", "api_tokens", "api_token_accounts"})
            QVERIFY2(names.contains(QString::fromLatin1(table)), table);
    }

    void connectionIsSafeForMoney()
    {
        test::TempDatabase t;
        QCOMPARE(pragma(*t.db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(*t.db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(*t.db, QStringLiteral("synchronous")).toInt(), 2); // FULL
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        {
            auto db = Database::open(path);
            db->run(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"), {},
                    QStringLiteral("t"));
        }
        auto db = Database::open(path);
        QVERIFY(!db->wasCreated());
        QCOMPARE(db->schemaVersion(), store::Schema::latestVersion());
        QSqlQuery q =
            db->run(QStringLiteral("SELECT value FROM settings WHERE key = 'k'"), {}, QStringLiteral("t"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("v"));
    }

    void newerDatabaseIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        makeDatabaseWithVersion(path, store::Schema::latestVersion() + 5);
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY(!before.isEmpty());
        try {
            Database::open(path);
            QFAIL("a newer database was opened");
        } catch (const StoreError& error) {
            QVERIFY(error.kind() == StoreError::Kind::NewerSchema);
            QVERIFY2(error.message().contains(QStringLiteral("newer Rebound")), qPrintable(error.message()));
            QVERIFY(error.message().contains(QString::number(store::Schema::latestVersion() + 5)));
        }
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void failingMigrationLeavesTheOldSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.sqlite"));
        const Migration v1{1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE a (x INTEGER)")}};
        Database::open(path, {v1})->run(QStringLiteral("INSERT INTO a VALUES (7)"), {}, QStringLiteral("t"));

        const Migration broken{2,
                               QStringLiteral("two"),
                               {QStringLiteral("CREATE TABLE b (y INTEGER)"),
                                QStringLiteral("ALTER TABLE a ADD z"),
                                QStringLiteral("INSERT INTO nowhere VALUES (1)")}};
        try {
            Database::open(path, {v1, broken});
            QFAIL("a broken migration succeeded");
        } catch (const StoreError& error) {
            QVERIFY(error.kind() == StoreError::Kind::MigrationFailed);
            QVERIFY2(error.message().contains(QStringLiteral("version 2")), qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("left at version 1")));
        }
        auto db = Database::open(path, {v1});
        QCOMPARE(db->schemaVersion(), 1);
        QCOMPARE(tables(*db), QStringList{QStringLiteral("a")});
        QSqlQuery q = db->run(QStringLiteral("SELECT * FROM a"), {}, QStringLiteral("t"));
        QVERIFY(q.next());
        QCOMPARE(q.record().count(), 1); // column z was rolled back
        QCOMPARE(q.value(0).toInt(), 7);
    }

    void migrationsRunInOrderFromAnyOldVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("o.sqlite"));
        const Migration v1{1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE a (x INTEGER)")}};
        const Migration v2{
            2, QStringLiteral("two"), {QStringLiteral("ALTER TABLE a ADD COLUMN y INTEGER DEFAULT 5")}};
        Database::open(path, {v1})
            ->run(QStringLiteral("INSERT INTO a (x) VALUES (1)"), {}, QStringLiteral("t"));
        auto db = Database::open(path, {v1, v2});
        QCOMPARE(db->schemaVersion(), 2);
        QSqlQuery q = db->run(QStringLiteral("SELECT x, y FROM a"), {}, QStringLiteral("t"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 5);
    }

    void anotherConnectionOfThisProcessKeepsTheFirstOnesLocks()
    {
        // The switch thread, the SMS and web threads and the console each have
        // a connection to one file. Opening one must not drop the locks SQLite
        // holds for the others (POSIX locks belong to the process, and closing
        // any descriptor of the file releases them): another process would
        // then think the file unused, checkpoint it and delete the WAL while
        // the first connection still wrote to it, and those writes were lost.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        auto first = Database::open(path, store::Schema::migrations());
        first->run(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"), {},
                   QStringLiteral("test"));
        auto second = Database::open(path, store::Schema::migrations()); // another thread's connection
        const auto outside = [&path](const QString& sql) {
            QProcess sqlite;
            sqlite.start(QStringLiteral("sqlite3"), {path, sql});
            sqlite.waitForFinished(10'000);
            return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed();
        };
        QCOMPARE(outside(QStringLiteral("SELECT value FROM settings WHERE key = 'a'")), QStringLiteral("1"));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal"))); // still ours: not checkpointed away
        first->run(QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', '2')"), {},
                   QStringLiteral("test"));
        QCOMPARE(outside(QStringLiteral("SELECT value FROM settings WHERE key = 'b'")), QStringLiteral("2"));
        second.reset();
        first->run(QStringLiteral("INSERT INTO settings (key, value) VALUES ('c', '3')"), {},
                   QStringLiteral("test"));
        QCOMPARE(outside(QStringLiteral("SELECT value FROM settings WHERE key = 'c'")), QStringLiteral("3"));
    }

    void filesAreForTheOwnerOnly()
    {
        // The database holds gateway passwords, password hashes and the
        // card-PIN key: a new one is 0600 in a new 0700 folder, and so are
        // its WAL and shared-memory files.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("data"));
        const QString path = folder + QStringLiteral("/new.sqlite");
        auto db = Database::open(path);
        db->run(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"), {},
                QStringLiteral("t"));
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
        for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(QFile::permissions(file) & (ownerOnly | others), ownerOnly);
        }

        // One an older Rebound left readable by everyone is closed up.
        db.reset();
        const QString old = dir.filePath(QStringLiteral("old.sqlite"));
        Database::open(old).reset();
        QVERIFY(QFile::setPermissions(old, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        Database::open(old).reset();
        QCOMPARE(QFile::permissions(old) & (ownerOnly | others), ownerOnly);
    }

    void version6FillsTheReportColumnsOfOldCalls()
    {
        const OldDatabase v5(
            5,
            {QStringLiteral(
                 "INSERT INTO accounts (id, account_code, created_at, updated_at) VALUES (1, '1001', 0, 0)"),
             QStringLiteral("INSERT INTO gateways (id, name, host, created_at, updated_at) VALUES (7, 'GW', "
                            "'127.0.0.1', 0, 0)"),
             QStringLiteral(
                 "INSERT INTO callback_requests (id, account_id, trigger, callback_number, destination, "
                 "state, created_at, updated_at) VALUES (3, 1, 'sms', '447700900123', '12025550147', "
                 "'completed', 0, 0)"),
             QStringLiteral("INSERT INTO calls (id, callback_request_id, account_id, state, sell_micros, "
                            "buy_micros, started_at) VALUES (9, 3, 1, 'completed', 1500, 600, 1000)"),
             QStringLiteral(
                 "INSERT INTO legs (call_id, leg, number, gateway_id, invited_at, answered_at, is_open, "
                 "duration_ms, charged_seconds, sell_micros, buy_micros) VALUES "
                 "(9, 'A', '447700900123', 7, 1000, 2000, 0, 60000, 60, 1000, 400), "
                 "(9, 'B', '12025550147', NULL, 5000, NULL, 0, 0, 0, 0, 0), "
                 "(9, 'B', '12025550147', 7, 6000, 8000, 0, 42000, 42, 500, 200)")});
        auto db = Database::open(v5.path);
        QCOMPARE(db->schemaVersion(), store::Schema::latestVersion());
        QSqlQuery q =
            db->run(QStringLiteral("SELECT trigger, callback_number, destination, gateway_a_id, "
                                   "gateway_b_id, answered_at, talk_ms, a_seconds, b_seconds, "
                                   "a_sell_micros, a_buy_micros, b_sell_micros, b_buy_micros FROM calls"),
                    {}, QStringLiteral("t"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("sms"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("447700900123"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("12025550147"));
        QCOMPARE(q.value(3).toInt(), 7);
        QCOMPARE(q.value(4).toInt(), 7); // the answered attempt, not the last one tried
        QCOMPARE(q.value(5).toLongLong(), 8000);
        QCOMPARE(q.value(6).toLongLong(), 42000);
        QCOMPARE(q.value(7).toInt(), 60);
        QCOMPARE(q.value(8).toInt(), 42);
        QCOMPARE(q.value(9).toLongLong(), 1000);
        QCOMPARE(q.value(10).toLongLong(), 400);
        QCOMPARE(q.value(11).toLongLong(), 500);
        QCOMPARE(q.value(12).toLongLong(), 200);
    }

    void version7ChecksDidCallersOfExistingAccounts()
    {
        const OldDatabase v6(
            6,
            {QStringLiteral(
                 "INSERT INTO accounts (id, account_code, created_at, updated_at) VALUES (1, '1001', 0, 0)"),
             QStringLiteral(
                 "INSERT INTO dids (number, account_id, created_at) VALUES ('12125550101', 1, 0)")});
        auto db = v6.openAt(7);
        QCOMPARE(db->schemaVersion(), 7);
        // Subscribers who had phones before are protected too; no DID asks for a PIN.
        QSqlQuery q =
            db->run(QStringLiteral("SELECT a.did_registered_callers_only, d.ask_pin FROM accounts a "
                                   "JOIN dids d ON d.account_id = a.id"),
                    {}, QStringLiteral("t"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 0);
    }

    void version8KeepsOldTokensForAllSubscribersWithoutExpiry()
    {
        const OldDatabase v7(
            7, {QStringLiteral("INSERT INTO accounts (id, account_code, created_at, updated_at) "
                               "VALUES (1, '1001', 0, 0), (2, '1002', 0, 0)"),
                QStringLiteral("INSERT INTO api_tokens (id, name, token_hash, created_at, "
                               "last_used_at) VALUES (4, 'shop', 'h1', 10, 20)")});
        auto db = v7.openAt(8);
        QCOMPARE(db->schemaVersion(), 8);
        QVERIFY(tables(*db).contains(QStringLiteral("api_token_accounts")));
        // A token made before scopes keeps acting for everyone, for ever.
        QSqlQuery q =
            db->run(QStringLiteral("SELECT name, created_at, last_used_at, expires_at, all_accounts "
                                   "FROM api_tokens"),
                    {}, QStringLiteral("t"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("shop"));
        QCOMPARE(q.value(1).toLongLong(), 10);
        QCOMPARE(q.value(2).toLongLong(), 20);
        QVERIFY(q.value(3).isNull());
        QCOMPARE(q.value(4).toInt(), 1);

        const auto run = [&](const QString& sql) { db->run(sql, {}, QStringLiteral("t")); };
        run(QStringLiteral(
            "INSERT INTO api_tokens (id, name, token_hash, created_at, expires_at, all_accounts) "
            "VALUES (5, 'crm', 'h2', 0, 99, 0)"));
        run(QStringLiteral("INSERT INTO api_token_accounts (token_id, account_id) VALUES (5, 1), (5, 2)"));
        // Once per account, only real tokens and accounts, all_accounts is a flag.
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            run(QStringLiteral("INSERT INTO api_token_accounts (token_id, account_id) VALUES (5, 1)")));
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            run(QStringLiteral("INSERT INTO api_token_accounts (token_id, account_id) VALUES (5, 9)")));
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            run(QStringLiteral("INSERT INTO api_token_accounts (token_id, account_id) VALUES (9, 1)")));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 run(QStringLiteral("INSERT INTO api_tokens (name, token_hash, "
                                                    "created_at, all_accounts) VALUES ('x', 'h3', 0, 2)")));
        // A deleted subscriber leaves the scope (its id may be given again).
        run(QStringLiteral("DELETE FROM accounts WHERE id = 2"));
        q = db->run(QStringLiteral("SELECT account_id FROM api_token_accounts WHERE token_id = 5"), {},
                    QStringLiteral("t"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!q.next());
    }

    void version10MarksNothingOldAsATest()
    {
        const OldDatabase v9(
            9,
            {QStringLiteral(
                 "INSERT INTO accounts (id, account_code, created_at, updated_at) VALUES (1, '1001', 0, 0)"),
             QStringLiteral("INSERT INTO gateways (id, name, host, created_at, updated_at) "
                            "VALUES (1, 'Carrier', '192.0.2.1', 0, 0)"),
             QStringLiteral("INSERT INTO callback_requests (id, account_id, trigger, source, "
                            "callback_number, state, created_at, updated_at) "
                            "VALUES (1, 1, 'sms', 's', '447700900123', 'completed', 0, 0)"),
             QStringLiteral("INSERT INTO calls (id, callback_request_id, account_id, state, started_at) "
                            "VALUES (1, 1, 1, 'completed', 0)")});
        auto db = v9.openAt(10);
        QCOMPARE(db->schemaVersion(), 10);
        QSqlQuery q = db->run(QStringLiteral("SELECT g.is_test, r.test, c.test FROM gateways g, "
                                             "callback_requests r, calls c"),
                              {}, QStringLiteral("t"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toInt(), 0);
        // Flags, nothing else.
        QVERIFY_THROWS_EXCEPTION(
            StoreError, db->run(QStringLiteral("UPDATE calls SET test = 2"), {}, QStringLiteral("t")));
        QVERIFY_THROWS_EXCEPTION(
            StoreError, db->run(QStringLiteral("UPDATE gateways SET is_test = 5"), {}, QStringLiteral("t")));
        db->run(QStringLiteral("UPDATE callback_requests SET test = 1"), {}, QStringLiteral("t"));
    }

    void version11PinsOldLgwRequestsToTheirDidsGateway()
    {
        const OldDatabase v10(
            10,
            {QStringLiteral(
                 "INSERT INTO accounts (id, account_code, created_at, updated_at) VALUES (1, '1001', 0, 0)"),
             QStringLiteral("INSERT INTO gateways (id, name, host, created_at, updated_at) "
                            "VALUES (7, 'Local', '192.0.2.7', 0, 0)"),
             QStringLiteral(
                 "INSERT INTO dids (id, number, account_id, mode, gateway_id, created_at) "
                 "VALUES (1, '12125550103', 1, 'lgw', 7, 0), (2, '12125550101', 1, 'did', NULL, 0)"),
             QStringLiteral("INSERT INTO callback_requests (id, account_id, trigger, source, did_id, "
                            "callback_number, state, created_at, updated_at) VALUES "
                            "(1, 1, 'lgw', 's', 1, '12125550199', 'completed', 0, 0), "
                            "(2, 1, 'did', 's', 2, '12125550199', 'completed', 0, 0), "
                            "(3, 1, 'sms', 's', NULL, '12125550199', 'completed', 0, 0)")});
        auto db = v10.openAt(11);
        QCOMPARE(db->schemaVersion(), 11);
        QSqlQuery q =
            db->run(QStringLiteral("SELECT id, pinned_gateway_id FROM callback_requests ORDER BY id"), {},
                    QStringLiteral("t"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 7); // the LGW request: its DID's gateway
        QVERIFY(q.next());
        QVERIFY(q.value(1).isNull()); // a plain DID: the routes choose
        QVERIFY(q.next());
        QVERIFY(q.value(1).isNull());
        QVERIFY(!q.next());
        // A gateway that goes leaves the old request unpinned, not undeletable.
        db->run(QStringLiteral("DELETE FROM dids WHERE id = 1"), {}, QStringLiteral("t"));
        db->run(QStringLiteral("DELETE FROM gateways WHERE id = 7"), {}, QStringLiteral("t"));
        q = db->run(QStringLiteral("SELECT pinned_gateway_id FROM callback_requests WHERE id = 1"), {},
                    QStringLiteral("t"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
    }

    // The IVR's destination update and the test phones' lookup find a call
    // by its request through an index, not by reading every call.
    void version12FindsCallsByTheirRequestThroughAnIndex()
    {
        const OldDatabase v11(11, {});
        auto db = v11.openAt(12);
        QCOMPARE(db->schemaVersion(), 12);
        const QList<std::pair<QString, QVariantList>> statements{
            {QStringLiteral("UPDATE calls SET destination = ? WHERE callback_request_id = ? AND state = ?"),
             {QStringLiteral("12125550199"), 1, QStringLiteral("open")}},
            {QStringLiteral("SELECT id FROM calls WHERE callback_request_id = ? ORDER BY id LIMIT 1"), {1}}};
        for (const auto& [statement, values] : statements) {
            QSqlQuery plan =
                db->run(QStringLiteral("EXPLAIN QUERY PLAN ") + statement, values, QStringLiteral("t"));
            QString steps;
            while (plan.next())
                steps += plan.value(3).toString() + u'\n';
            QVERIFY2(steps.contains(QStringLiteral("calls_by_request")),
                     qPrintable(statement + u'\n' + steps));
        }
    }

    void version5AddsApiTokensToAVersion4Database()
    {
        const OldDatabase v4(
            4, {QStringLiteral("INSERT INTO settings (key, value) VALUES ('currency', 'EUR')")});
        auto db = v4.openAt(5);
        QCOMPARE(db->schemaVersion(), 5);
        QVERIFY(tables(*db).contains(QStringLiteral("api_tokens")));
        QSqlQuery q = db->run(QStringLiteral("SELECT value FROM settings WHERE key = 'currency'"), {},
                              QStringLiteral("t"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("EUR"));

        const auto insert = [&](const QString& name, const QString& hash, const QVariant& revokedAt) {
            db->run(QStringLiteral("INSERT INTO api_tokens (name, token_hash, created_at, revoked_at) "
                                   "VALUES (?, ?, 0, ?)"),
                    {name, hash, revokedAt}, QStringLiteral("t"));
        };
        insert(QStringLiteral("shop"), QStringLiteral("h1"), qlonglong(5));
        insert(QStringLiteral("shop"), QStringLiteral("h2"), QVariant()); // a revoked name may be reused
        // ... but only one live token per name, and every digest is unique.
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 insert(QStringLiteral("shop"), QStringLiteral("h3"), QVariant()));
        QVERIFY_THROWS_EXCEPTION(StoreError, insert(QStringLiteral("crm"), QStringLiteral("h2"), QVariant()));
        QVERIFY_THROWS_EXCEPTION(StoreError, insert(QString(), QStringLiteral("h4"), QVariant()));
    }

    void fileThatIsNotADatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("notes.txt"), QByteArray(4096, 'x'));
        const QByteArray before = fileHash(path);
        try {
            Database::open(path);
            QFAIL("a text file was opened as a database");
        } catch (const StoreError& error) {
            QVERIFY(error.kind() == StoreError::Kind::CannotOpen);
        }
        QCOMPARE(fileHash(path), before);
    }

    void transactionRollsBackWithoutCommit()
    {
        test::TempDatabase t;
        try {
            Database::Transaction tx(*t.db);
            t.db->run(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"), {},
                      QStringLiteral("t"));
            throw std::runtime_error("interrupted");
        } catch (const std::runtime_error&) {
        }
        QSqlQuery q = t.db->run(QStringLiteral("SELECT count(*) FROM settings"), {}, QStringLiteral("t"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void nestedTransactionsAreSavepoints()
    {
        test::TempDatabase t;
        const auto count = [&] {
            QSqlQuery q = t.db->run(QStringLiteral("SELECT count(*) FROM settings"), {}, QStringLiteral("t"));
            q.next();
            return q.value(0).toInt();
        };
        {
            Database::Transaction outer(*t.db);
            t.db->run(QStringLiteral("INSERT INTO settings VALUES ('outer', '1')"), {}, QStringLiteral("t"));
            {
                Database::Transaction inner(*t.db);
                t.db->run(QStringLiteral("INSERT INTO settings VALUES ('inner', '1')"), {},
                          QStringLiteral("t"));
                // no commit: only the inner insert is undone
            }
            {
                Database::Transaction inner(*t.db);
                t.db->run(QStringLiteral("INSERT INTO settings VALUES ('kept', '1')"), {},
                          QStringLiteral("t"));
                inner.commit();
            }
            outer.commit();
        }
        QCOMPARE(count(), 2);
    }

    void cachedStatementsAreReusedAndReset()
    {
        test::TempDatabase t;
        const QString insert = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)");
        const QString read = QStringLiteral("SELECT value FROM settings WHERE key = ?");
        for (int i = 0; i < 3; ++i)
            t.db->cached(insert, {QStringLiteral("k%1").arg(i), QString::number(i)}, QStringLiteral("t"));
        for (int i = 0; i < 3; ++i) {
            auto q = t.db->cached(read, {QStringLiteral("k%1").arg(i)}, QStringLiteral("t"));
            QVERIFY(q->next());
            QCOMPARE(q->value(0).toString(), QString::number(i));
        }
        // Asked for again while the first is still being read: a second one.
        auto outer =
            t.db->cached(QStringLiteral("SELECT key FROM settings ORDER BY key"), {}, QStringLiteral("t"));
        QStringList keys;
        while (outer->next()) {
            auto inner = t.db->cached(QStringLiteral("SELECT key FROM settings ORDER BY key"), {},
                                      QStringLiteral("t"));
            QVERIFY(inner->next());
            QCOMPARE(inner->value(0).toString(), QStringLiteral("k0"));
            keys << outer->value(0).toString();
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("k0"), QStringLiteral("k1"), QStringLiteral("k2")}));
    }

    void cachedReadHoldsNoSnapshotAfterUse()
    {
        // A statement kept prepared but not reset would keep its read
        // transaction, and this connection would not see another's writes.
        test::TempDatabase t;
        const auto other = Database::open(t.db->path());
        const QString read = QStringLiteral("SELECT count(*) FROM settings");
        const auto count = [&] {
            auto q = t.db->cached(read, {}, QStringLiteral("t"));
            return q->next() ? q->value(0).toInt() : -1;
        };
        QCOMPARE(count(), 0);
        other->run(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', '1')"), {},
                   QStringLiteral("t"));
        QCOMPARE(count(), 1);
    }

    void deferredSyncIsForItsTransactionOnly()
    {
        test::TempDatabase t;
        {
            Database::Transaction tx(*t.db, Database::Sync::Deferred);
            t.db->run(QStringLiteral("INSERT INTO settings VALUES ('a', '1')"), {}, QStringLiteral("t"));
            tx.commit();
        }
        QCOMPARE(pragma(*t.db, QStringLiteral("synchronous")).toInt(), 2); // FULL again
        try {
            Database::Transaction tx(*t.db, Database::Sync::Deferred);
            t.db->run(QStringLiteral("INSERT INTO settings VALUES ('b', '1')"), {}, QStringLiteral("t"));
            throw std::runtime_error("interrupted");
        } catch (const std::runtime_error&) {
        }
        QCOMPARE(pragma(*t.db, QStringLiteral("synchronous")).toInt(), 2);
        {
            // Inside a full transaction a deferred one is a savepoint of it.
            Database::Transaction outer(*t.db);
            Database::Transaction inner(*t.db, Database::Sync::Deferred);
            QCOMPARE(pragma(*t.db, QStringLiteral("synchronous")).toInt(), 2);
            inner.commit();
            outer.commit();
        }
        QSqlQuery q =
            t.db->run(QStringLiteral("SELECT group_concat(key) FROM settings"), {}, QStringLiteral("t"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("a"));
    }

    void constraintViolationsAreClassified()
    {
        test::TempDatabase t;
        t.db->run(QStringLiteral("INSERT INTO settings VALUES ('a', '1')"), {}, QStringLiteral("t"));
        try {
            t.db->run(QStringLiteral("INSERT INTO settings VALUES ('a', '2')"), {},
                      QStringLiteral("saving a"));
            QFAIL("duplicate key accepted");
        } catch (const StoreError& error) {
            QVERIFY(error.kind() == StoreError::Kind::Duplicate);
            QVERIFY2(error.message().startsWith(QStringLiteral("saving a: settings.key")),
                     qPrintable(error.message()));
        }
        try {
            t.db->run(QStringLiteral("INSERT INTO routes (prefix, gateway_id) VALUES ('44', 999)"), {},
                      QStringLiteral("adding a route"));
            QFAIL("dangling foreign key accepted");
        } catch (const StoreError& error) {
            QVERIFY(error.kind() == StoreError::Kind::InUse);
        }
    }

    void ledgerIsAppendOnly()
    {
        test::TempDatabase t;
        t.db->run(QStringLiteral(
                      "INSERT INTO accounts (account_code, created_at, updated_at) VALUES ('100', 0, 0)"),
                  {}, QStringLiteral("t"));
        t.db->run(
            QStringLiteral("INSERT INTO ledger (account_id, amount_micros, balance_after_micros, reason, "
                           "created_at) VALUES (1, 5, 5, 'topup', 0)"),
            {}, QStringLiteral("t"));
        QVERIFY_THROWS_EXCEPTION(StoreError, t.db->run(QStringLiteral("UPDATE ledger SET amount_micros = 6"),
                                                       {}, QStringLiteral("t")));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 t.db->run(QStringLiteral("DELETE FROM ledger"), {}, QStringLiteral("t")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
