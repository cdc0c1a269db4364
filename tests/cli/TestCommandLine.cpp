#include "cli/CommandLine.h"
#include "core/PasswordHash.h"
#include "store/AccountRepository.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rebound;

class TestCommandLine : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    core::MockClock m_clock;
    QString m_out;
    QString m_err;

    int run(QStringList args)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        args.prepend(QStringLiteral("--db"));
        args.insert(1, dbPath());
        args.prepend(QStringLiteral("rebound-switch"));
        return cli::CommandLine(out, err, m_clock).run(args);
    }
    QString dbPath() const { return m_dir->filePath(QStringLiteral("cli.sqlite")); }

private Q_SLOTS:
    void init()
    {
        core::PasswordHash::setDefaultIterationsForTesting(1000);
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void helpAndVersion()
    {
        QCOMPARE(run({QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("accounts")));
        QCOMPARE(run({QStringLiteral("--version")}), 0);
        QVERIFY(m_out.startsWith(QStringLiteral("rebound-switch ")));
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("--credit-limit")));
    }

    void unknownCommandIsAUsageError()
    {
        QCOMPARE(run({QStringLiteral("frobnicate")}), 2);
        QVERIFY(m_err.contains(QStringLiteral("'frobnicate' is not a command")));
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("explode")}), 2);
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--bogus")}), 2);
        QVERIFY(m_err.contains(QStringLiteral("bogus")));
        QCOMPARE(run({}), 2);
    }

    void addListShowSetDelete()
    {
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--account-code"),
                      QStringLiteral("2001"), QStringLiteral("--name"), QStringLiteral("Zed"),
                      QStringLiteral("--callback"), QStringLiteral("+1 (202) 555-0147"),
                      QStringLiteral("--credit-limit"), QStringLiteral("5")}),
                 0);
        QVERIFY2(m_out.contains(QStringLiteral("+12025550147")), qPrintable(m_out));
        QVERIFY(m_err.isEmpty());

        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list")}), 0);
        const QJsonArray list = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][QStringLiteral("account_code")].toString(), QStringLiteral("2001"));
        QCOMPARE(list[0][QStringLiteral("credit_limit")].toString(), QStringLiteral("5.00"));
        QCOMPARE(list[0][QStringLiteral("callback_number")].toString(), QStringLiteral("+12025550147"));

        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("set"), QStringLiteral("2001"),
                      QStringLiteral("--status"), QStringLiteral("suspended"), QStringLiteral("--json")}),
                 0);
        const QJsonObject changed = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(changed[QStringLiteral("status")].toString(), QStringLiteral("suspended"));
        QCOMPARE(changed[QStringLiteral("name")].toString(), QStringLiteral("Zed")); // untouched

        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("2001")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("Suspended")));

        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("delete"), QStringLiteral("2001")}), 0);
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("2001")}), 1);
        QVERIFY(m_err.contains(QStringLiteral("no subscriber with account code 2001")));
    }

    void validationErrorsNameTheOptionAndChangeNothing()
    {
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--account-code"),
                      QStringLiteral("20x1"), QStringLiteral("--callback"), QStringLiteral("12")}),
                 1);
        QVERIFY2(m_err.contains(QStringLiteral("--account-code:")), qPrintable(m_err));
        QVERIFY(m_err.contains(QStringLiteral("--callback:")));
        QVERIFY(m_out.isEmpty());
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).array().size(), 0);
    }

    void setOnMissingAccountFails()
    {
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("set"), QStringLiteral("404"),
                      QStringLiteral("--name"), QStringLiteral("x")}),
                 1);
        QVERIFY(m_err.contains(QStringLiteral("404")));
    }

    void newerDatabaseIsReportedOnStderr()
    {
        {
            auto db = store::Database::open(dbPath(), {{99, QStringLiteral("future"), {}}});
        }
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("list")}), 1);
        QVERIFY2(m_err.contains(QStringLiteral("newer Rebound")), qPrintable(m_err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
