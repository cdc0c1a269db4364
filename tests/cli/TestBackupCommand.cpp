// rebound-switch backup and restore: in-process for the commands' output,
// and through the real executable for a restore refused beside `serve`.
#include "CliRun.h"
#include "cards/PinKey.h"
#include "cli/CommandLine.h"
#include "core/PasswordHash.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/LedgerRepository.h"
#include "support/Files.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rebound;
using core::Money;

class TestBackupCommand : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    core::MockClock m_clock;
    QString m_out;
    QString m_err;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("cli.sqlite")); }
    QString file(const QString& name) const { return m_dir->filePath(name); }

    int run(const QStringList& args) { return test::runCli(dbPath(), m_clock, args, &m_out, &m_err); }

    Money balance(const QString& code) const
    {
        auto db = store::Database::open(dbPath());
        return store::AccountRepository(*db, m_clock).findByCode(code)->balance;
    }

    void topUp(const QString& code, Money amount)
    {
        auto db = store::Database::open(dbPath());
        store::Database::Transaction tx(*db);
        const auto account = store::AccountRepository(*db, m_clock).findByCode(code);
        store::LedgerRepository(*db, m_clock)
            .append(account->id, amount, store::LedgerReason::TopUp, QStringLiteral("test"),
                    QStringLiteral("test"));
        tx.commit();
    }

private Q_SLOTS:
    void init()
    {
        core::PasswordHash::setDefaultIterationsForTesting(1000);
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = store::Database::open(dbPath());
        QVERIFY(demo::DemoData::seed(*db, m_clock));
        cards::PinKey::load(*db); // the key file beside the database
    }

    void backupWritesAndChecks()
    {
        const QString out = file(QStringLiteral("copy.sqlite"));
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--output"), out}), 0);
        QVERIFY2(m_out.contains(out) && m_out.contains(QStringLiteral("bytes")), qPrintable(m_out));
        QVERIFY(QFile::exists(out));

        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--output"), out}),
                 0);
        const QJsonObject json = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("path")).toString(), QFileInfo(out).absoluteFilePath());
        QCOMPARE(json.value(QStringLiteral("bytes")).toInteger(), QFileInfo(out).size());

        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("check"), out}), 0);
        QVERIFY2(m_out.contains(QStringLiteral("Subscribers: 5")), qPrintable(m_out));
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("check"), out}), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).object().value(QStringLiteral("accounts")).toInt(),
                 5);

        QCOMPARE(run({QStringLiteral("backup")}), 2);
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("pin-key")));
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--output"), dbPath()}), 1);
        QVERIFY2(m_err.contains(QStringLiteral("live database")), qPrintable(m_err));
    }

    void restoreAsksFirstThenReplaces()
    {
        const QString out = file(QStringLiteral("copy.sqlite"));
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--output"), out}), 0);
        const Money saved = balance(QStringLiteral("1001"));
        topUp(QStringLiteral("1001"), Money::fromCents(2500));

        QCOMPARE(run({QStringLiteral("restore"), out}), 1);
        QVERIFY2(m_out.contains(QStringLiteral("Schema version")) &&
                     m_out.contains(QStringLiteral("Last call")),
                 qPrintable(m_out));
        QVERIFY2(m_err.contains(QStringLiteral("--yes")), qPrintable(m_err));
        QCOMPARE(balance(QStringLiteral("1001")), saved + Money::fromCents(2500));

        QCOMPARE(run({QStringLiteral("restore"), out, QStringLiteral("--yes")}), 0);
        QVERIFY2(m_out.contains(QStringLiteral("before-restore")), qPrintable(m_out));
        QCOMPARE(balance(QStringLiteral("1001")), saved);
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("check-ledger")}), 0);

        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("restore"), out, QStringLiteral("--yes")}), 0);
        const QJsonObject json = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QVERIFY(json.value(QStringLiteral("restored")).toBool());
        QVERIFY(json.value(QStringLiteral("pin_key_restored")).toBool());
        QVERIFY(QFile::exists(
            json.value(QStringLiteral("previous")).toObject().value(QStringLiteral("path")).toString()));
    }

    void badBackupsAreRefused()
    {
        const QString notes = test::writeFile(*m_dir, QStringLiteral("notes.txt"), QByteArray(200, 'x'));
        QCOMPARE(run({QStringLiteral("restore"), notes, QStringLiteral("--yes")}), 1);
        QVERIFY2(m_err.contains(QStringLiteral("not an SQLite database")), qPrintable(m_err));
        QCOMPARE(
            run({QStringLiteral("backup"), QStringLiteral("check"), file(QStringLiteral("none.sqlite"))}), 1);
        QVERIFY2(m_err.contains(QStringLiteral("There is no file")), qPrintable(m_err));
        QCOMPARE(run({QStringLiteral("restore")}), 2);
    }

    void restoreIsRefusedWhileServeRuns()
    {
        const QString out = file(QStringLiteral("copy.sqlite"));
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--output"), out}), 0);
        topUp(QStringLiteral("1002"), Money::fromCents(700));
        const Money now = balance(QStringLiteral("1002"));

        QProcess serve;
        serve.start(QStringLiteral(REBOUND_SWITCH_EXE),
                    {QStringLiteral("--db"), dbPath(), QStringLiteral("serve"),
                     QStringLiteral("--sip-listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--web-listen"), QStringLiteral("off")});
        QVERIFY(serve.waitForStarted());
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += QString::fromUtf8(serve.readAllStandardError()), log.contains(QStringLiteral("running"))),
            20000);

        // A backup works beside the running switch; a restore does not.
        const auto [backedUp, backupOutput] =
            test::runSwitchExe({QStringLiteral("--db"), dbPath(), QStringLiteral("backup"),
                                QStringLiteral("--output"), file(QStringLiteral("live.sqlite"))});
        QVERIFY2(backedUp == 0, qPrintable(backupOutput));
        const auto [code, output] = test::runSwitchExe(
            {QStringLiteral("--db"), dbPath(), QStringLiteral("restore"), out, QStringLiteral("--yes")});
        QVERIFY2(code == 1, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("rebound-switch serve, PID %1").arg(serve.processId())),
                 qPrintable(output));
        QCOMPARE(balance(QStringLiteral("1002")), now);

        serve.terminate();
        QVERIFY(serve.waitForFinished(20000));
        QCOMPARE(serve.exitCode(), 0);
        const auto [after, afterOutput] = test::runSwitchExe(
            {QStringLiteral("--db"), dbPath(), QStringLiteral("restore"), out, QStringLiteral("--yes")});
        QVERIFY2(after == 0, qPrintable(afterOutput));
        QCOMPARE(balance(QStringLiteral("1002")), now - Money::fromCents(700));
    }
};

QTEST_GUILESS_MAIN(TestBackupCommand)
#include "TestBackupCommand.moc"
