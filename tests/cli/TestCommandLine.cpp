#include "CliRun.h"
#include "cli/CommandLine.h"
#include "core/PasswordHash.h"
#include "core/SecretToken.h"
#include "store/AccountRepository.h"
#include "store/ApiTokenRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "support/Files.h"

#include <QFile>
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

    int run(const QStringList& args) { return test::runCli(dbPath(), m_clock, args, &m_out, &m_err); }
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

    // Every command that picks a subcommand says the same: which word was
    // not one and which are, or which argument came too many.
    void unknownSubcommandsAndExtraArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("cards") << QStringList{QStringLiteral("cards"), QStringLiteral("explode")}
                               << QStringLiteral("'explode' is not a cards subcommand; use generate, list, "
                                                 "export, void, redeem, history.");
        QTest::newRow("rates") << QStringList{QStringLiteral("rates"), QStringLiteral("explode")}
                               << QStringLiteral("'explode' is not a rates subcommand; use list, import, "
                                                 "export, quote, markup, delete.");
        QTest::newRow("cards list extra")
            << QStringList{QStringLiteral("cards"), QStringLiteral("list"), QStringLiteral("extra")}
            << QStringLiteral("Unexpected argument 'extra'.");
        QTest::newRow("rates list extra")
            << QStringList{QStringLiteral("rates"), QStringLiteral("list"), QStringLiteral("extra")}
            << QStringLiteral("Unexpected argument 'extra'.");
    }
    void unknownSubcommandsAndExtraArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QCOMPARE(run(arguments), 2);
        QCOMPARE(m_err, QStringLiteral("rebound-switch: ") + message + u'\n');
        QVERIFY(m_out.isEmpty());
        QVERIFY(!QFile::exists(dbPath())); // refused before the database is opened
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

    void registeredPhonesAreListedAndRemoved()
    {
        const auto accounts = [&](const QStringList& args) {
            return run(QStringList{QStringLiteral("accounts")} + args);
        };
        QCOMPARE(accounts({QStringLiteral("add"), QStringLiteral("--account-code"), QStringLiteral("2001"),
                           QStringLiteral("--callback"), QStringLiteral("+12025550147")}),
                 0);
        m_clock.advance(1000);
        QCOMPARE(accounts({QStringLiteral("set"), QStringLiteral("2001"), QStringLiteral("--callback"),
                           QStringLiteral("+12025550148")}),
                 0);
        QVERIFY2(m_out.contains(QStringLiteral("+12025550148, +12025550147")), qPrintable(m_out));

        QCOMPARE(accounts({QStringLiteral("phones"), QStringLiteral("2001"), QStringLiteral("--json")}), 0);
        QJsonObject listed = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(listed[QStringLiteral("account_code")].toString(), QStringLiteral("2001"));
        QJsonArray phones = listed[QStringLiteral("phones")].toArray();
        QCOMPARE(phones.size(), 2);
        QCOMPARE(phones[0][QStringLiteral("number")].toString(), QStringLiteral("+12025550148"));
        QVERIFY(phones[0][QStringLiteral("callback_number")].toBool());
        QCOMPARE(phones[1][QStringLiteral("number")].toString(), QStringLiteral("+12025550147"));
        QVERIFY(!phones[1][QStringLiteral("callback_number")].toBool());
        QCOMPARE(phones[1][QStringLiteral("registered_at")].toString(),
                 QStringLiteral("2026-01-01T00:00:00Z"));
        QCOMPARE(accounts({QStringLiteral("phones"), QStringLiteral("2001")}), 0);
        QVERIFY2(m_out.contains(QStringLiteral("callback number")), qPrintable(m_out));

        // The callback number is refused; so is a phone that is not registered.
        QCOMPARE(accounts({QStringLiteral("remove-phone"), QStringLiteral("2001"),
                           QStringLiteral("+12025550148")}),
                 1);
        QVERIFY2(m_err.contains(QStringLiteral("change or clear the callback number")), qPrintable(m_err));
        QCOMPARE(accounts({QStringLiteral("remove-phone"), QStringLiteral("2001"),
                           QStringLiteral("+12025550199")}),
                 1);
        QVERIFY2(m_err.contains(QStringLiteral("not a registered phone of subscriber 2001")),
                 qPrintable(m_err));
        QCOMPARE(accounts({QStringLiteral("remove-phone"), QStringLiteral("2001")}), 2);
        QCOMPARE(accounts({QStringLiteral("phones"), QStringLiteral("2001"), QStringLiteral("--name"),
                           QStringLiteral("x")}),
                 2);

        QCOMPARE(accounts({QStringLiteral("remove-phone"), QStringLiteral("2001"),
                           QStringLiteral("+1 202 555 0147"), QStringLiteral("--json")}),
                 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).object()[QStringLiteral("removed")].toString(),
                 QStringLiteral("+12025550147"));
        {
            const auto db = store::Database::open(dbPath());
            const auto entry = store::AuditLog(*db, m_clock).recent().first();
            QCOMPARE(entry.action, QStringLiteral("account.phone_remove"));
            QCOMPARE(entry.actor, QStringLiteral("cli"));
            QCOMPARE(entry.objectId, QStringLiteral("2001"));
        }

        // Clearing the callback number clears it; the phone stays registered
        // and can then be removed too.
        QCOMPARE(accounts({QStringLiteral("set"), QStringLiteral("2001"), QStringLiteral("--callback"),
                           QString(), QStringLiteral("--json")}),
                 0);
        QCOMPARE(
            QJsonDocument::fromJson(m_out.toUtf8()).object()[QStringLiteral("callback_number")].toString(),
            QString());
        QCOMPARE(accounts({QStringLiteral("remove-phone"), QStringLiteral("2001"),
                           QStringLiteral("+12025550148")}),
                 0);
        QVERIFY2(m_out.contains(QStringLiteral("Removed +12025550148")), qPrintable(m_out));
        QCOMPARE(accounts({QStringLiteral("phones"), QStringLiteral("2001"), QStringLiteral("--json")}), 0);
        QVERIFY(
            QJsonDocument::fromJson(m_out.toUtf8()).object()[QStringLiteral("phones")].toArray().isEmpty());
        QCOMPARE(accounts({QStringLiteral("phones"), QStringLiteral("2001")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("no registered phones")));
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

    // A secret in a file, as --pin-file and --password-file take it.
    QString secretFile(const QString& secret)
    {
        static int counter = 0;
        const QString name = QStringLiteral("secret%1.txt").arg(++counter);
        return test::writeFile(*m_dir, name, secret.toUtf8() + '\n');
    }

    void ratesImportQuoteExportMarkup()
    {
        const QString buy = test::writeFile(*m_dir, QStringLiteral("buy.csv"),
                                            "Prefix;Destination;Rate;Increment\n"
                                            "44;United Kingdom;0,0080;1/1\n"
                                            "447;UK mobile;0,0300;1/1\n"
                                            "1;USA;0,0060;6/6\n");
        QCOMPARE(run({QStringLiteral("rates"), QStringLiteral("import"), buy, QStringLiteral("--table"),
                      QStringLiteral("carrier"), QStringLiteral("--kind"), QStringLiteral("buy")}),
                 0);
        QVERIFY2(m_out.contains(QStringLiteral("Imported 3 rates into carrier")), qPrintable(m_out + m_err));

        // A sheet with bad rows changes nothing and lists every problem.
        const QString bad =
            test::writeFile(*m_dir, QStringLiteral("bad.csv"),
                            "prefix,destination,rate\n44,UK,0.01\n4x4,Oops,0.02\n33,France,cheap\n");
        QCOMPARE(run({QStringLiteral("rates"), QStringLiteral("import"), bad, QStringLiteral("--table"),
                      QStringLiteral("carrier")}),
                 1);
        QVERIFY2(m_err.contains(QStringLiteral("line 3")), qPrintable(m_err));
        QVERIFY(m_err.contains(QStringLiteral("line 4")));
        QVERIFY(m_err.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("rates"), QStringLiteral("list"),
                      QStringLiteral("--table"), QStringLiteral("carrier")}),
                 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).array().size(), 3);

        // Markup builds the sell plan; the quote shows price, cost and profit.
        QCOMPARE(run({QStringLiteral("rates"), QStringLiteral("markup"), QStringLiteral("--from"),
                      QStringLiteral("carrier"), QStringLiteral("--to"), QStringLiteral("retail"),
                      QStringLiteral("--percent"), QStringLiteral("50"), QStringLiteral("--increments"),
                      QStringLiteral("30/6")}),
                 0);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("rates"), QStringLiteral("quote"),
                      QStringLiteral("--plan"), QStringLiteral("retail"), QStringLiteral("--number"),
                      QStringLiteral("+44 7700 900123"), QStringLiteral("--seconds"), QStringLiteral("61"),
                      QStringLiteral("--buy"), QStringLiteral("carrier")}),
                 0);
        const QJsonObject q = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(q[QStringLiteral("rate")][QStringLiteral("prefix")].toString(), QStringLiteral("447"));
        QCOMPARE(q[QStringLiteral("rate")][QStringLiteral("rate_per_minute")].toString(),
                 QStringLiteral("0.045"));
        QCOMPARE(q[QStringLiteral("charged_seconds")].toInt(), 66);
        QCOMPARE(q[QStringLiteral("price")].toString(), QStringLiteral("0.0495")); // 0.045 * 66 / 60
        QCOMPARE(q[QStringLiteral("cost")].toString(), QStringLiteral("0.0305"));  // 0.03 * 61 / 60
        QCOMPARE(q[QStringLiteral("profit")].toString(), QStringLiteral("0.019"));

        QCOMPARE(run({QStringLiteral("rates"), QStringLiteral("quote"), QStringLiteral("--plan"),
                      QStringLiteral("retail"), QStringLiteral("--number"), QStringLiteral("+8613800138000"),
                      QStringLiteral("--seconds"), QStringLiteral("60")}),
                 1);
        QVERIFY(m_out.contains(QStringLiteral("not in the plan")));

        QCOMPARE(run({QStringLiteral("rates"), QStringLiteral("export"), QStringLiteral("--table"),
                      QStringLiteral("retail")}),
                 0);
        QVERIFY(m_out.startsWith(QStringLiteral("prefix,destination,rate")));
        QCOMPARE(m_out.count(QLatin1Char('\n')), 4);

        // The sell plan goes with its rates; a table that is gone is said.
        QCOMPARE(run({QStringLiteral("rates"), QStringLiteral("delete"), QStringLiteral("--table"),
                      QStringLiteral("retail")}),
                 0);
        QCOMPARE(m_out, QStringLiteral("Deleted rate table retail.\n"));
        QCOMPARE(run({QStringLiteral("rates"), QStringLiteral("export"), QStringLiteral("--table"),
                      QStringLiteral("retail")}),
                 1);
        QVERIFY2(m_err.contains(QStringLiteral("retail")), qPrintable(m_err));
    }

    void wholeCallQuoteAndMaxTalk()
    {
        const QString plan =
            test::writeFile(*m_dir, QStringLiteral("plan.csv"), "44,UK,0.06,,1/1\n1,USA,0.60,,60/60\n");
        QCOMPARE(run({QStringLiteral("rates"), QStringLiteral("import"), plan, QStringLiteral("--table"),
                      QStringLiteral("plan"), QStringLiteral("--kind"), QStringLiteral("sell")}),
                 0);
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--account-code"),
                      QStringLiteral("3001"), QStringLiteral("--plan"), QStringLiteral("nonesuch")}),
                 1);
        QVERIFY2(m_err.contains(QStringLiteral("--plan:")), qPrintable(m_err));
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--account-code"),
                      QStringLiteral("3001"), QStringLiteral("--plan"), QStringLiteral("plan")}),
                 0);
        QVERIFY(m_out.contains(QStringLiteral("Sell plan:")));
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("adjust"), QStringLiteral("3001"),
                      QStringLiteral("--amount"), QStringLiteral("1.00"), QStringLiteral("--reason"),
                      QStringLiteral("topup"), QStringLiteral("--note"), QStringLiteral("cash")}),
                 0);
        const QStringList call = {QStringLiteral("rates"),         QStringLiteral("quote"),
                                  QStringLiteral("--account"),     QStringLiteral("3001"),
                                  QStringLiteral("--callback"),    QStringLiteral("+442071234567"),
                                  QStringLiteral("--destination"), QStringLiteral("+12025550147"),
                                  QStringLiteral("--seconds-a"),   QStringLiteral("30")};
        QCOMPARE(
            run(QStringList{QStringLiteral("--json")} + call + QStringList{QStringLiteral("--max-talk")}), 0);
        const QJsonObject talk = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(talk[QStringLiteral("max_talk_seconds")].toInt(), 60); // see TestRater::maxTalkHandPicked
        QCOMPARE(talk[QStringLiteral("cost_at_limit")].toString(), QStringLiteral("0.69"));

        QCOMPARE(run(QStringList{QStringLiteral("--json")} + call +
                     QStringList{QStringLiteral("--seconds-b"), QStringLiteral("90")}),
                 0);
        const QJsonObject whole = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(whole[QStringLiteral("leg_a")][QStringLiteral("price")].toString(), QStringLiteral("0.03"));
        QCOMPARE(whole[QStringLiteral("leg_b")][QStringLiteral("price")].toString(), QStringLiteral("1.20"));
        QCOMPARE(whole[QStringLiteral("price")].toString(), QStringLiteral("1.23"));
    }

    void balanceAdjustmentsAndLedgerCheck()
    {
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--account-code"),
                      QStringLiteral("4001")}),
                 0);
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("adjust"), QStringLiteral("4001"),
                      QStringLiteral("--amount"), QStringLiteral("10")}),
                 0);
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("adjust"), QStringLiteral("4001"),
                      QStringLiteral("--amount"), QStringLiteral("-2.5"), QStringLiteral("--note"),
                      QStringLiteral("correction")}),
                 0);
        QVERIFY2(m_out.contains(QStringLiteral("7.50")), qPrintable(m_out));
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("adjust"), QStringLiteral("4001"),
                      QStringLiteral("--amount"), QStringLiteral("ten")}),
                 2);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("ledger"),
                      QStringLiteral("4001")}),
                 0);
        const QJsonArray ledger = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(ledger.size(), 2);
        QCOMPARE(ledger[0][QStringLiteral("reference")].toString(), QStringLiteral("correction"));
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("check-ledger")}), 0);

        {
            auto db = store::Database::open(dbPath());
            db->run(QStringLiteral("UPDATE accounts SET balance_micros = 1"), {}, QStringLiteral("t"));
        }
        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("check-ledger")}), 1);
        QVERIFY(m_err.contains(QStringLiteral("ledger adds up to")));
    }

    void cardsGenerateRedeemExportVoid()
    {
        QCOMPARE(run({QStringLiteral("cards"), QStringLiteral("generate"), QStringLiteral("--count"),
                      QStringLiteral("5"), QStringLiteral("--value"), QStringLiteral("10")}),
                 2);
        QVERIFY2(m_err.contains(QStringLiteral("--output")), qPrintable(m_err));

        const QString pins = m_dir->filePath(QStringLiteral("pins.csv"));
        QCOMPARE(
            run({QStringLiteral("cards"), QStringLiteral("generate"), QStringLiteral("--count"),
                 QStringLiteral("5"), QStringLiteral("--value"), QStringLiteral("10"),
                 QStringLiteral("--serial-prefix"), QStringLiteral("T"), QStringLiteral("--output"), pins}),
            0);
        QVERIFY2(m_err.contains(QStringLiteral("serials T000001 to T000005")), qPrintable(m_err));
        QFile file(pins);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!(file.permissions() & QFileDevice::ReadOther));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        const QString pin = lines[1].split(QLatin1Char(','))[1];

        QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--account-code"),
                      QStringLiteral("5001")}),
                 0);
        // A PIN on the command line is refused: every user of the machine sees it.
        QCOMPARE(run({QStringLiteral("cards"), QStringLiteral("redeem"), pin, QStringLiteral("--account"),
                      QStringLiteral("5001")}),
                 2);
        QVERIFY2(m_err.contains(QStringLiteral("--pin-file")), qPrintable(m_err));
        QCOMPARE(run({QStringLiteral("cards"), QStringLiteral("redeem"), QStringLiteral("--pin-file"),
                      secretFile(pin), QStringLiteral("--account"), QStringLiteral("5001")}),
                 0);
        QVERIFY2(m_out.contains(QStringLiteral("balance now 10.00")), qPrintable(m_out + m_err));
        QCOMPARE(run({QStringLiteral("cards"), QStringLiteral("redeem"), QStringLiteral("--pin-file"),
                      secretFile(pin), QStringLiteral("--account"), QStringLiteral("5001")}),
                 1);
        QVERIFY(m_err.contains(QStringLiteral("already been used")));
        QCOMPARE(
            run({QStringLiteral("cards"), QStringLiteral("redeem"), QStringLiteral("--pin-file"),
                 secretFile(QStringLiteral("123")), QStringLiteral("--account"), QStringLiteral("5001")}),
            1);
        QVERIFY(m_err.contains(QStringLiteral("10 to 20")));

        QCOMPARE(run({QStringLiteral("cards"), QStringLiteral("void"), QStringLiteral("--serial"),
                      QStringLiteral("T000002")}),
                 0);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("cards"), QStringLiteral("list")}), 0);
        const QJsonObject batch = QJsonDocument::fromJson(m_out.toUtf8()).array().first().toObject();
        QCOMPARE(batch[QStringLiteral("used")].toInt(), 1);
        QCOMPARE(batch[QStringLiteral("void")].toInt(), 1);
        QCOMPARE(batch[QStringLiteral("new")].toInt(), 3);

        QCOMPARE(run({QStringLiteral("cards"), QStringLiteral("export"), QStringLiteral("--batch"),
                      QString::number(batch[QStringLiteral("batch")].toInt())}),
                 0);
        QVERIFY(m_out.startsWith(QStringLiteral("serial,status,value")));
        QVERIFY(m_out.contains(QStringLiteral("T000001,used,10.00,USD,,")));
        QVERIFY(!m_out.contains(pin));

        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("cards"), QStringLiteral("history")}), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).array().size(), 1);
    }

    void cardsPpccActivation()
    {
        const QString prices = test::writeFile(*m_dir, QStringLiteral("p.csv"), "1,USA,0.02\n");
        QCOMPARE(run({QStringLiteral("rates"), QStringLiteral("import"), prices, QStringLiteral("--table"),
                      QStringLiteral("Retail"), QStringLiteral("--kind"), QStringLiteral("sell")}),
                 0);
        QCOMPARE(run({QStringLiteral("cards"), QStringLiteral("generate"), QStringLiteral("--kind"),
                      QStringLiteral("ppcc"), QStringLiteral("--count"), QStringLiteral("1"),
                      QStringLiteral("--value"), QStringLiteral("5"), QStringLiteral("--output"),
                      QStringLiteral("-")}),
                 1);
        QVERIFY2(m_err.contains(QStringLiteral("--plan:")), qPrintable(m_err));
        QCOMPARE(run({QStringLiteral("cards"), QStringLiteral("generate"), QStringLiteral("--kind"),
                      QStringLiteral("ppcc"), QStringLiteral("--plan"), QStringLiteral("Retail"),
                      QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--value"),
                      QStringLiteral("5"), QStringLiteral("--expires-days"), QStringLiteral("90"),
                      QStringLiteral("--after-first-use"), QStringLiteral("--output"), QStringLiteral("-")}),
                 0);
        const QString pin = m_out.split(QLatin1Char('\n'))[1].split(QLatin1Char(','))[1];
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("cards"), QStringLiteral("redeem"),
                      QStringLiteral("--pin-file"), secretFile(pin), QStringLiteral("--activate"),
                      QStringLiteral("--callback"), QStringLiteral("+12025550147")}),
                 0);
        const QString code =
            QJsonDocument::fromJson(m_out.toUtf8()).object()[QStringLiteral("account_code")].toString();
        QCOMPARE(code.size(), 8);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("show"), code}),
                 0);
        const QJsonObject account = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(account[QStringLiteral("balance")].toString(), QStringLiteral("5.00"));
        QCOMPARE(account[QStringLiteral("plan")].toString(), QStringLiteral("Retail"));
    }

    void gatewaysRoutesDidsAndSettings()
    {
        const auto ok = [this](QStringList args) {
            const int code = run(args);
            if (code != 0)
                qWarning().noquote() << m_err;
            return code == 0;
        };
        QVERIFY(ok({QStringLiteral("gateways"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("Carrier A"), QStringLiteral("--host"), QStringLiteral("203.0.113.10"),
                    QStringLiteral("--trusted"), QStringLiteral("203.0.113.10,198.51.100.0/24"),
                    QStringLiteral("--password-file"), secretFile(QStringLiteral("s3cret"))}));
        QCOMPARE(run({QStringLiteral("gateways"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("B"), QStringLiteral("--host"), QStringLiteral("x"),
                      QStringLiteral("--trusted"), QStringLiteral("10.0.0.0/99")}),
                 1);
        QVERIFY2(m_err.contains(QStringLiteral("'10.0.0.0/99'")), qPrintable(m_err));
        QCOMPARE(run({QStringLiteral("gateways"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("B"), QStringLiteral("--host"), QStringLiteral("x"),
                      QStringLiteral("--port"), QStringLiteral("70000")}),
                 2);
        QVERIFY(ok({QStringLiteral("gateways"), QStringLiteral("set"), QStringLiteral("Carrier A"),
                    QStringLiteral("--port"), QStringLiteral("5070"), QStringLiteral("--sms"),
                    QStringLiteral("yes")}));
        QVERIFY(ok({QStringLiteral("--json"), QStringLiteral("gateways"), QStringLiteral("list")}));
        const QJsonObject g = QJsonDocument::fromJson(m_out.toUtf8()).array().first().toObject();
        QCOMPARE(g[QStringLiteral("port")].toInt(), 5070);
        QCOMPARE(g[QStringLiteral("sms_gateway")].toBool(), true);
        QCOMPARE(g[QStringLiteral("has_password")].toBool(), true);
        QVERIFY(!m_out.contains(QStringLiteral("s3cret"))); // never printed

        QVERIFY(ok({QStringLiteral("routes"), QStringLiteral("add"), QStringLiteral("--prefix"),
                    QStringLiteral("+44"), QStringLiteral("--gateway"), QStringLiteral("Carrier A"),
                    QStringLiteral("--priority"), QStringLiteral("10")}));
        QVERIFY(ok({QStringLiteral("--json"), QStringLiteral("routes"), QStringLiteral("list")}));
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).array().first()[QStringLiteral("prefix")].toString(),
                 QStringLiteral("44"));
        QCOMPARE(run({QStringLiteral("routes"), QStringLiteral("add"), QStringLiteral("--prefix"),
                      QStringLiteral("4a"), QStringLiteral("--gateway"), QStringLiteral("Carrier A")}),
                 2);

        QVERIFY(ok({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--account-code"),
                    QStringLiteral("7001")}));
        QVERIFY(ok({QStringLiteral("dids"), QStringLiteral("add"), QStringLiteral("+1 212 555 0100"),
                    QStringLiteral("--account"), QStringLiteral("7001")}));
        QCOMPARE(run({QStringLiteral("dids"), QStringLiteral("set"), QStringLiteral("12125550100"),
                      QStringLiteral("--mode"), QStringLiteral("lgw")}),
                 2);
        QVERIFY(m_err.contains(QStringLiteral("--gateway")));
        QVERIFY(ok({QStringLiteral("dids"), QStringLiteral("set"), QStringLiteral("12125550100"),
                    QStringLiteral("--mode"), QStringLiteral("lgw"), QStringLiteral("--gateway"),
                    QStringLiteral("Carrier A")}));
        QCOMPARE(run({QStringLiteral("gateways"), QStringLiteral("delete"), QStringLiteral("Carrier A")}), 1);
        QVERIFY(m_err.contains(QStringLiteral("LGW")));
        QVERIFY(ok({QStringLiteral("--json"), QStringLiteral("dids"), QStringLiteral("list")}));
        const QJsonObject did = QJsonDocument::fromJson(m_out.toUtf8()).array().first().toObject();
        QCOMPARE(did[QStringLiteral("mode")].toString(), QStringLiteral("lgw"));
        QCOMPARE(did[QStringLiteral("gateway")].toString(), QStringLiteral("Carrier A"));
        QCOMPARE(run({QStringLiteral("dids"), QStringLiteral("add"), QStringLiteral("12125550100"),
                      QStringLiteral("--account"), QStringLiteral("7001")}),
                 1);
        QVERIFY(ok({QStringLiteral("dids"), QStringLiteral("delete"), QStringLiteral("+12125550100")}));
        QVERIFY(ok({QStringLiteral("gateways"), QStringLiteral("delete"), QStringLiteral("Carrier A")}));

        QVERIFY(ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("billing.timezone"),
                    QStringLiteral("Europe/London")}));
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("billing.timezone"),
                      QStringLiteral("Mars/Olympus")}),
                 1);
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"),
                      QStringLiteral("dialplan.country_code"), QStringLiteral("0x")}),
                 1);
        QVERIFY(
            ok({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("dialplan.country_code")}));
        QCOMPARE(m_out.trimmed(), QStringLiteral("1")); // the bad value was refused: still the default
        QVERIFY(ok({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("billing.timezone")}));
        QCOMPARE(m_out.trimmed(), QStringLiteral("Europe/London"));
    }

    void settingsAreSetAllOrNothingByTheCataloguesRules()
    {
        const auto ok = [this](const QStringList& args) { return run(args) == 0; };
        const QString s = QStringLiteral("settings");
        // One bad value: nothing of the command is saved.
        QCOMPARE(run({s, QStringLiteral("set"), QStringLiteral("callback.retries"), QStringLiteral("3"),
                      QStringLiteral("sip.listen"), QStringLiteral("nowhere")}),
                 1);
        QVERIFY2(m_err.contains(QStringLiteral("Nothing was saved")), qPrintable(m_err));
        QVERIFY(ok({s, QStringLiteral("get"), QStringLiteral("callback.retries")}));
        QCOMPARE(m_out.trimmed(), QStringLiteral("1"));
        QCOMPARE(run({s, QStringLiteral("set"), QStringLiteral("callback.retryz"), QStringLiteral("3")}), 1);
        QVERIFY(m_err.contains(QStringLiteral("no setting called callback.retryz")));

        QVERIFY(ok({s, QStringLiteral("set"), QStringLiteral("callback.retries"), QStringLiteral("3"),
                    QStringLiteral("sip.listen"), QStringLiteral("0.0.0.0:5070")}));
        QVERIFY2(m_out.contains(QStringLiteral("Restart the switch")), qPrintable(m_out));
        QVERIFY(ok({s, QStringLiteral("describe"), QStringLiteral("sip.listen")}));
        QVERIFY(m_out.contains(QStringLiteral("Value: 0.0.0.0:5070")));
        QVERIFY(m_out.contains(QStringLiteral("Default: 127.0.0.1:5060")));
        QVERIFY(ok({s, QStringLiteral("list")}));
        QVERIFY(m_out.contains(QStringLiteral("[Callbacks]")));
        QVERIFY(ok({s, QStringLiteral("reset"), QStringLiteral("callback.retries")}));
        QVERIFY(ok({s, QStringLiteral("get"), QStringLiteral("callback.retries")}));
        QCOMPARE(m_out.trimmed(), QStringLiteral("1"));
        {
            auto db = store::Database::open(dbPath());
            const auto entries = store::AuditLog(*db, m_clock).recent();
            QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const store::AuditEntry& e) {
                return e.action == QLatin1String("setting.reset") &&
                       e.objectId == QLatin1String("callback.retries");
            }));
        }
    }

    void apiTokensAreShownOnceAndStoredAsDigests()
    {
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("api-tokens"), QStringLiteral("add"),
                      QStringLiteral("website")}),
                 0);
        const QString token = QJsonDocument::fromJson(m_out.toUtf8())[QStringLiteral("token")].toString();
        QVERIFY2(token.startsWith(QStringLiteral("rbt_")) && token.size() == 4 + 43, qPrintable(m_out));
        auto db = store::Database::open(dbPath());
        const auto stored = store::ApiTokenRepository(*db, m_clock).findLive(QStringLiteral("website"));
        QVERIFY(stored);
        QVERIFY(core::SecretToken::matches(token, stored->tokenHash));
        QVERIFY(!stored->tokenHash.contains(token));

        QCOMPARE(run({QStringLiteral("api-tokens"), QStringLiteral("add"), QStringLiteral("website")}), 1);
        QVERIFY2(m_err.contains(QStringLiteral("already a live token")), qPrintable(m_err));
        QCOMPARE(run({QStringLiteral("api-tokens"), QStringLiteral("add"), QStringLiteral("web site")}), 2);
        QCOMPARE(run({QStringLiteral("api-tokens"), QStringLiteral("list")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("website")));
        QVERIFY(m_out.contains(QStringLiteral("never")));
        QVERIFY(!m_out.contains(token));
        QVERIFY(!m_out.contains(stored->tokenHash));

        QCOMPARE(run({QStringLiteral("api-tokens"), QStringLiteral("revoke"), QStringLiteral("website")}), 0);
        QVERIFY(store::ApiTokenRepository(*db, m_clock).findByHash(stored->tokenHash)->isRevoked());
        QCOMPARE(run({QStringLiteral("api-tokens"), QStringLiteral("revoke"), QStringLiteral("website")}), 1);
        QCOMPARE(run({QStringLiteral("api-tokens"), QStringLiteral("add"), QStringLiteral("website")}), 0);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("api-tokens"), QStringLiteral("list")}), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).array().size(), 2);
        for (const auto& entry : store::AuditLog(*db, m_clock).recent())
            QVERIFY(!entry.details.contains(QStringLiteral("rbt_")));
    }

    void apiTokenScopeAndExpiry()
    {
        const std::int64_t newYear = 1'767'225'600'000; // 2026-01-01 00:00 UTC
        m_clock.set(newYear);
        const auto args = [](const QString& line) { return line.split(QLatin1Char(' ')); };
        for (const QString& code : {QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003")})
            QCOMPARE(run(args(QStringLiteral("accounts add --account-code %1 --name Sub%1").arg(code))), 0);
        QCOMPARE(run(args(QStringLiteral("settings set billing.timezone America/New_York"))), 0);

        // Mistakes name their option, exit 1 or 2, and save nothing.
        QCOMPARE(run(args(QStringLiteral("api-tokens add shop --accounts 1001,9999,9998"))), 1);
        QVERIFY2(m_err.contains(
                     QStringLiteral("--accounts: There are no subscribers with account codes 9999, 9998")),
                 qPrintable(m_err));
        QCOMPARE(run(args(QStringLiteral("api-tokens add shop --accounts ,"))), 1);
        QVERIFY2(m_err.contains(QStringLiteral("--accounts: Choose the subscribers")), qPrintable(m_err));
        // Now is 2025-12-31 19:00 in New York.
        QCOMPARE(run(args(QStringLiteral("api-tokens add shop --expires 2025-12-30"))), 1);
        QVERIFY2(m_err.contains(QStringLiteral("--expires: 2025-12-30 has passed")), qPrintable(m_err));
        QCOMPARE(run(args(QStringLiteral("api-tokens add shop --expires 31/12/2026"))), 2);
        QVERIFY2(m_err.contains(QStringLiteral("--expires takes a date")), qPrintable(m_err));
        QCOMPARE(run(args(QStringLiteral("api-tokens add shop --expires-days 0"))), 1);
        QVERIFY2(m_err.contains(QStringLiteral("--expires-days: A token expires after 1 to 3650 days")),
                 qPrintable(m_err));
        QCOMPARE(run(args(QStringLiteral("api-tokens add shop --expires-days soon"))), 2);
        QCOMPARE(run(args(QStringLiteral("api-tokens add shop --expires 2026-06-30 --expires-days 9"))), 1);
        QVERIFY2(m_err.contains(QStringLiteral("not both")), qPrintable(m_err));
        QCOMPARE(run(args(QStringLiteral("api-tokens revoke shop --accounts 1001"))), 2);
        auto db = store::Database::open(dbPath());
        QVERIFY(store::ApiTokenRepository(*db, m_clock).list().isEmpty());

        // 2025-12-31 in New York is not over yet at midnight UTC: the token
        // works through that local day, until 05:00 UTC.
        QCOMPARE(
            run(args(QStringLiteral("--json api-tokens add shop --accounts 1002,1001 --expires 2025-12-31"))),
            0);
        QJsonObject o = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QVERIFY2(o[QStringLiteral("token")].toString().startsWith(QStringLiteral("rbt_")), qPrintable(m_out));
        QCOMPARE(o[QStringLiteral("all_accounts")].toBool(), false);
        QCOMPARE(o[QStringLiteral("accounts")].toArray(),
                 (QJsonArray{QStringLiteral("1001"), QStringLiteral("1002")}));
        QCOMPARE(o[QStringLiteral("expires_at")].toString(), QStringLiteral("2026-01-01T05:00:00Z"));
        const auto shop = store::ApiTokenRepository(*db, m_clock).findLive(QStringLiteral("shop"));
        QVERIFY(!shop->allAccounts);
        QCOMPARE(shop->accountCodes, (QStringList{QStringLiteral("1001"), QStringLiteral("1002")}));
        QCOMPARE(shop->expiresAt.value_or(0), newYear + 5 * 3600 * 1000);

        QCOMPARE(run(args(QStringLiteral("api-tokens add crm --expires-days 30"))), 0);
        QVERIFY2(m_out.contains(
                     QStringLiteral("for all subscribers, expires 2026-01-30 19:00 (America/New_York)")),
                 qPrintable(m_out));
        QVERIFY(m_out.contains(QStringLiteral("shown only now")));
        QCOMPARE(
            store::ApiTokenRepository(*db, m_clock).findLive(QStringLiteral("crm"))->expiresAt.value_or(0),
            newYear + 30LL * 86'400'000);
        QCOMPARE(run(args(QStringLiteral("api-tokens add website"))), 0);
        QVERIFY2(m_out.contains(QStringLiteral("for all subscribers, never expires")), qPrintable(m_out));
        const auto audit = store::AuditLog(*db, m_clock).recent(3);
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const store::AuditEntry& e) {
            return e.action == QLatin1String("api_token.add") && e.objectId == QLatin1String("shop") &&
                   e.details == QLatin1String("accounts=1001,1002 expires=2026-01-01T05:00:00Z");
        }));

        // list: scope, expiry and last use, in the billing zone; no secrets.
        store::ApiTokenRepository(*db, m_clock).markUsed(shop->id);
        m_clock.advance(6 * 3600 * 1000); // shop has expired now
        QCOMPARE(run(args(QStringLiteral("api-tokens revoke website"))), 0);
        QCOMPARE(run(args(QStringLiteral("api-tokens list"))), 0);
        const QStringList lines = m_out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines[0].startsWith(QStringLiteral("NAME")) &&
                     lines[0].contains(QStringLiteral("EXPIRES")) &&
                     lines[0].contains(QStringLiteral("LAST USED")) &&
                     lines[0].contains(QStringLiteral("SUBSCRIBERS")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QStringLiteral("crm ")) && lines[1].contains(QStringLiteral(" live ")) &&
                     lines[1].contains(QStringLiteral("2026-01-30 19:00")) &&
                     lines[1].endsWith(QStringLiteral("never             all subscribers")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("shop ")) &&
                     lines[2].contains(QStringLiteral(" expired ")) &&
                     lines[2].contains(QStringLiteral("2025-12-31 19:00")) &&
                     lines[2].contains(QStringLiteral("end of 2025-12-31")) &&
                     lines[2].endsWith(QStringLiteral("1001, 1002")),
                 qPrintable(lines[2]));
        QVERIFY2(lines[3].startsWith(QStringLiteral("website ")) &&
                     lines[3].contains(QStringLiteral(" revoked ")),
                 qPrintable(lines[3]));
        QCOMPARE(lines[4], QStringLiteral("Times are in America/New_York."));
        QCOMPARE(run(args(QStringLiteral("--json api-tokens list"))), 0);
        const QJsonArray list = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[1][QStringLiteral("status")].toString(), QStringLiteral("expired"));
        QCOMPARE(list[1][QStringLiteral("last_used_at")].toString(), QStringLiteral("2026-01-01T00:00:00Z"));
        QVERIFY(!m_out.contains(QStringLiteral("rbt_")));
    }

    void smsHttpSecretIsGeneratedNotSet()
    {
        QCOMPARE(run({QStringLiteral("sms-http"), QStringLiteral("status")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("is off.")));
        QCOMPARE(run({QStringLiteral("sms-http"), QStringLiteral("secret")}), 0);
        const QString secret = m_out.split(QLatin1Char('\n')).value(1);
        QVERIFY2(secret.startsWith(QStringLiteral("rbs_")), qPrintable(m_out));
        QCOMPARE(run({QStringLiteral("sms-http"), QStringLiteral("status")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("is on.")));
        {
            auto db = store::Database::open(dbPath());
            QVERIFY(core::SecretToken::matches(
                secret, store::SettingsRepository(*db).value(QStringLiteral("sms.http_secret"))));
            for (const auto& entry : store::AuditLog(*db, m_clock).recent())
                QVERIFY(!entry.details.contains(secret));
        }
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--all")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("(secret)")));
        QVERIFY(!m_out.contains(QStringLiteral("sha256:")));
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("sms.http_secret")}),
                 1);
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sms.http_secret"),
                      QStringLiteral("guessable")}),
                 1);
        QVERIFY2(m_err.contains(QStringLiteral("sms-http secret")), qPrintable(m_err));
        QCOMPARE(run({QStringLiteral("sms-http"), QStringLiteral("disable")}), 0);
        QCOMPARE(run({QStringLiteral("sms-http"), QStringLiteral("status")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("is off.")));
        QCOMPARE(run({QStringLiteral("sms-http"), QStringLiteral("rotate")}), 2);
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
