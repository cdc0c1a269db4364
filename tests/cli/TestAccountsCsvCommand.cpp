#include "CliRun.h"
#include "cli/CommandLine.h"
#include "core/PasswordHash.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "support/Files.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rebound;

// rebound-switch accounts import / export, in-process.
class TestAccountsCsvCommand : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    core::MockClock m_clock;
    QString m_out;
    QString m_err;

    int run(const QStringList& args, const QString& database = QStringLiteral("cli.sqlite"))
    {
        return test::runCli(m_dir->filePath(database), m_clock, args, &m_out, &m_err);
    }
    int accounts(const QStringList& args) { return run(QStringList{QStringLiteral("accounts")} + args); }
    int count(const QString& database = QStringLiteral("cli.sqlite"))
    {
        const auto db = store::Database::open(m_dir->filePath(database));
        return store::AccountRepository(*db, m_clock).count();
    }

    const QByteArray Good = "account_code,name,callback_number,balance,password,member_id\r\n"
                            "1001,\"Haddad, Amira\",+447700900123,12.50,correct-horse,amira\r\n"
                            "1002,Bob,,,,\r\n";

private Q_SLOTS:
    void init()
    {
        core::PasswordHash::setDefaultIterationsForTesting(1000);
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void importThenExport()
    {
        const QString good = test::writeFile(*m_dir, QStringLiteral("good.csv"), Good);
        QCOMPARE(accounts({QStringLiteral("import"), good}), 0);
        QCOMPARE(m_out.trimmed(), QStringLiteral("2 subscribers imported."));
        QVERIFY(m_err.isEmpty());
        QCOMPARE(count(), 2);
        QCOMPARE(accounts({QStringLiteral("check-ledger")}), 0);
        QCOMPARE(accounts({QStringLiteral("show"), QStringLiteral("1001")}), 0);
        QVERIFY2(m_out.contains(QStringLiteral("12.50")), qPrintable(m_out));

        // To standard output by default, or "-"; no secrets.
        QCOMPARE(accounts({QStringLiteral("export")}), 0);
        const QString exported = m_out;
        QVERIFY2(exported.startsWith(QStringLiteral("account_code,name,member_id,callback_number,")),
                 qPrintable(exported));
        QVERIFY(exported.contains(QStringLiteral("1001,\"Haddad, Amira\",amira,+447700900123,")));
        QVERIFY(!exported.contains(QStringLiteral("correct-horse")));
        QCOMPARE(accounts({QStringLiteral("export"), QStringLiteral("--output"), QStringLiteral("-")}), 0);
        QCOMPARE(m_out, exported);

        // To a file only its owner can read, then into another database.
        const QString file = m_dir->filePath(QStringLiteral("out.csv"));
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("export"),
                      QStringLiteral("--output"), file}),
                 0);
        const QJsonObject written = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(written[QStringLiteral("exported")].toInt(), 2);
        QCOMPARE(written[QStringLiteral("output")].toString(), file);
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("import"), file},
                     QStringLiteral("other.sqlite")),
                 0);
        const QJsonObject imported = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(imported[QStringLiteral("imported")].toInt(), 2);
        QCOMPARE(imported[QStringLiteral("dry_run")].toBool(), false);
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("export")}, QStringLiteral("other.sqlite")),
                 0);
        QCOMPARE(m_out, exported);

        // Importing the same file again: every code is taken, nothing changes.
        QCOMPARE(accounts({QStringLiteral("import"), good}), 1);
        QVERIFY2(m_err.contains(QStringLiteral("line 2, account_code: Account code 1001 is already used")),
                 qPrintable(m_err));
        QCOMPARE(count(), 2);
    }

    void aBadFileChangesNothingAndListsEveryLine()
    {
        const QString bad = test::writeFile(*m_dir, QStringLiteral("bad.csv"),
                                            "account_code,callback_number,pin\n"
                                            "1001,+447700900123,\n"
                                            "1002,555,\n"
                                            "1003,,12x456\n");
        QCOMPARE(accounts({QStringLiteral("import"), bad}), 1);
        QVERIFY(m_out.isEmpty());
        QVERIFY2(m_err.contains(bad + QStringLiteral(": line 3, callback_number: ")), qPrintable(m_err));
        QVERIFY2(m_err.contains(bad + QStringLiteral(": line 4, pin: ")), qPrintable(m_err));
        QVERIFY2(!m_err.contains(QStringLiteral("12x456")), qPrintable(m_err));
        QVERIFY2(m_err.contains(QStringLiteral("nothing was imported; problems found: 2.")),
                 qPrintable(m_err));
        QCOMPARE(count(), 0);

        // A dry run reports the same and exits the same way.
        const QString problems = m_err;
        QCOMPARE(accounts({QStringLiteral("import"), bad, QStringLiteral("--dry-run")}), 1);
        QCOMPARE(m_err, problems);
    }

    void aDryRunChangesNothing()
    {
        const QString good = test::writeFile(*m_dir, QStringLiteral("good.csv"), Good);
        QCOMPARE(accounts({QStringLiteral("import"), QStringLiteral("--dry-run"), good}), 0);
        QVERIFY2(m_out.contains(QStringLiteral("2 subscribers would be imported; nothing was changed")),
                 qPrintable(m_out));
        QCOMPARE(count(), 0);
        const auto db = store::Database::open(m_dir->filePath(QStringLiteral("cli.sqlite")));
        QVERIFY(store::AuditLog(*db, m_clock).recent().isEmpty());
    }

    void filesThatCannotBeImported()
    {
        const QString binary =
            test::writeFile(*m_dir, QStringLiteral("photo.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\r", 12));
        QCOMPARE(accounts({QStringLiteral("import"), binary}), 1);
        QVERIFY2(m_err.contains(QStringLiteral("not a CSV text file")), qPrintable(m_err));
        QCOMPARE(accounts({QStringLiteral("import"), m_dir->filePath(QStringLiteral("missing.csv"))}), 1);
        QVERIFY2(m_err.contains(QStringLiteral("Cannot read")), qPrintable(m_err));
        QCOMPARE(accounts({QStringLiteral("export"), QStringLiteral("--output"),
                           m_dir->filePath(QStringLiteral("no/such/folder.csv"))}),
                 1);
        QVERIFY2(m_err.contains(QStringLiteral("Cannot write")), qPrintable(m_err));
    }

    void usageErrors()
    {
        QCOMPARE(accounts({QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("import FILE [--dry-run]")));
        QVERIFY(m_out.contains(QStringLiteral("export [--output FILE|-]")));
        const QString good = test::writeFile(*m_dir, QStringLiteral("good.csv"), Good);
        QCOMPARE(accounts({QStringLiteral("import")}), 2);
        QVERIFY2(m_err.contains(QStringLiteral("exactly one CSV file")), qPrintable(m_err));
        QCOMPARE(accounts({QStringLiteral("import"), good, good}), 2);
        QCOMPARE(accounts({QStringLiteral("import"), good, QStringLiteral("--output"), good}), 2);
        QCOMPARE(accounts({QStringLiteral("export"), QStringLiteral("--dry-run")}), 2);
        QCOMPARE(accounts({QStringLiteral("export"), good}), 2);
        QCOMPARE(accounts({QStringLiteral("list"), QStringLiteral("--dry-run")}), 2);
        QCOMPARE(count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountsCsvCommand)
#include "TestAccountsCsvCommand.moc"
