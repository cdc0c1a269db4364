#include "CliRun.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QDateTime>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

// Runs the real rebound-switch binary: serve must create the database, say
// what it opened, and stop cleanly on SIGTERM and SIGINT.
class TestServe : public QObject
{
    Q_OBJECT

    // Starts `rebound-switch --db <db> serve` on SIP 127.0.0.1, any port,
    // (and `--web-listen <web>` unless empty) and waits until it says it
    // runs; what it logged goes to `log`.
    static void startServe(QProcess& process, const QString& db, const QString& web, QString* log)
    {
        QStringList arguments{QStringLiteral("--db"), db, QStringLiteral("serve"),
                              QStringLiteral("--sip-listen"), QStringLiteral("127.0.0.1:0")};
        if (!web.isEmpty())
            arguments << QStringLiteral("--web-listen") << web;
        process.start(QStringLiteral(REBOUND_SWITCH_EXE), arguments);
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT((*log += QString::fromUtf8(process.readAllStandardError()),
                                  log->contains(QStringLiteral("running"))),
                                 20000);
    }

    // SIGTERM, and it ends with exit code 0.
    static void stopsCleanly(QProcess& process)
    {
        process.terminate();
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
    }

    static void stopWith(int signalNumber, const QString& name)
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("serve.sqlite"));
        QProcess process;
        QString log;
        startServe(process, db, {}, &log);
        QVERIFY2(log.contains(QStringLiteral("created database")), qPrintable(log));
        QVERIFY(
            log.contains(QStringLiteral("schema version %1").arg(rebound::store::Schema::latestVersion())));
        ::kill(process.processId(), signalNumber);
        QVERIFY(process.waitForFinished(20000));
        log += QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(log.contains(QStringLiteral("received ") + name), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("stopped cleanly")));
        QVERIFY(QFile::exists(db));
    }

private Q_SLOTS:
    void stopsOnSigterm() { stopWith(SIGTERM, QStringLiteral("SIGTERM")); }
    void stopsOnSigint() { stopWith(SIGINT, QStringLiteral("SIGINT")); }

    void reopensWithoutCreating()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("again.sqlite"));
        QCOMPARE(rebound::test::runSwitchExe(
                     {QStringLiteral("--db"), db, QStringLiteral("accounts"), QStringLiteral("list")})
                     .first,
                 0);
        QProcess second;
        // Any free ports: 5060 and 8080 may be taken by tests running beside this one.
        QString log;
        startServe(second, db, QStringLiteral("127.0.0.1:0"), &log);
        QVERIFY2(log.contains(QStringLiteral("opened database")), qPrintable(log));
        stopsCleanly(second);
    }

    void oneSwitchPerDatabase()
    {
        // A second switch on the same database must not run start-up
        // recovery: it would close and bill the first one's live calls and
        // release their holds. It refuses at once, naming the first; `dial`
        // runs beside it without touching the calls either.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
        QVERIFY(rebound::test::runSwitchExe({QStringLiteral("--db"), db, QStringLiteral("demo")}).first == 0);
        QProcess first;
        QString log;
        startServe(first, db, QStringLiteral("off"), &log);
        // A call of the first switch in progress, with its hold.
        {
            auto database = rebound::store::Database::open(db);
            database->run(
                QStringLiteral("INSERT INTO calls (account_id, state, started_at) SELECT id, 'open', ? "
                               "FROM accounts WHERE account_code = '1001'"),
                {QDateTime::currentMSecsSinceEpoch()}, QStringLiteral("test"));
            database->run(
                QStringLiteral("INSERT INTO credit_reservations (account_id, reference, amount_micros, "
                               "created_at) SELECT id, 'call live', 1500000, ? FROM accounts WHERE "
                               "account_code = '1001'"),
                {QDateTime::currentMSecsSinceEpoch()}, QStringLiteral("test"));
        }
        const auto [code, output] = rebound::test::runSwitchExe(
            {QStringLiteral("--db"), db, QStringLiteral("serve"), QStringLiteral("--sip-listen"),
             QStringLiteral("127.0.0.1:0"), QStringLiteral("--web-listen"), QStringLiteral("off")});
        QVERIFY2(code != 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Another switch is running")) &&
                     output.contains(QStringLiteral("rebound-switch serve, PID %1").arg(first.processId())),
                 qPrintable(output));
        // dial: a test leg to nowhere reachable, beside the running switch.
        const auto dialled = rebound::test::runSwitchExe({QStringLiteral("--db"), db, QStringLiteral("dial"),
                                                          QStringLiteral("+447700900123"),
                                                          QStringLiteral("--hold"), QStringLiteral("0")});
        QVERIFY2(!dialled.second.contains(QStringLiteral("Another switch")), qPrintable(dialled.second));
        // Reading and editing data works beside it.
        QCOMPARE(rebound::test::runSwitchExe(
                     {QStringLiteral("--db"), db, QStringLiteral("accounts"), QStringLiteral("list")})
                     .first,
                 0);
        {
            auto database = rebound::store::Database::open(db);
            QSqlQuery open =
                database->run(QStringLiteral("SELECT (SELECT count(*) FROM calls WHERE state = 'open'), "
                                             "(SELECT count(*) FROM credit_reservations)"),
                              {}, QStringLiteral("test"));
            QVERIFY(open.next());
            QCOMPARE(open.value(0).toInt(), 1); // still live, not billed by anyone
            QCOMPARE(open.value(1).toInt(), 1); // its hold kept
        }
        QCOMPARE(first.state(), QProcess::Running);
        stopsCleanly(first);
        // Once the first has stopped, a new switch starts (and recovers the call).
        QProcess again;
        QString againLog;
        startServe(again, db, QStringLiteral("off"), &againLog);
        QVERIFY2(againLog.contains(QStringLiteral("Closed and billed 1 call")), qPrintable(againLog));
        again.terminate();
        QVERIFY(again.waitForFinished(20000));
    }

    void badArgumentsExitNonZero()
    {
        QProcess process;
        process.start(QStringLiteral(REBOUND_SWITCH_EXE),
                      {QStringLiteral("serve"), QStringLiteral("--nonsense")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "TestServe.moc"
