#include "store/Schema.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

// Runs the real rebound-switch binary: serve must create the database, say
// what it opened, and stop cleanly on SIGTERM and SIGINT.
class TestServe : public QObject
{
    Q_OBJECT

    static void stopWith(int signalNumber, const QString& name)
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("serve.sqlite"));
        QProcess process;
        process.start(QStringLiteral(REBOUND_SWITCH_EXE),
                      {QStringLiteral("--db"), db, QStringLiteral("serve"), QStringLiteral("--sip-listen"),
                       QStringLiteral("127.0.0.1:0")});
        QVERIFY(process.waitForStarted());
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(process.readAllStandardError()),
                                  log.contains(QStringLiteral("running"))),
                                 20000);
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
        QProcess first;
        first.start(QStringLiteral(REBOUND_SWITCH_EXE),
                    {QStringLiteral("--db"), db, QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY(first.waitForFinished(20000));
        QCOMPARE(first.exitCode(), 0);
        QProcess second;
        // Any free ports: 5060 and 8080 may be taken by tests running beside this one.
        second.start(QStringLiteral(REBOUND_SWITCH_EXE),
                     {QStringLiteral("--db"), db, QStringLiteral("serve"), QStringLiteral("--sip-listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--web-listen"),
                      QStringLiteral("127.0.0.1:0")});
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(second.readAllStandardError()),
                                  log.contains(QStringLiteral("running"))),
                                 20000);
        QVERIFY2(log.contains(QStringLiteral("opened database")), qPrintable(log));
        second.terminate();
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
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
