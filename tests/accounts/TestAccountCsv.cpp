#include "accounts/AccountCsv.h"
#include "accounts/AccountService.h"
#include "core/PasswordHash.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/LedgerRepository.h"
#include "store/RateRepository.h"
#include "support/DialPlans.h"
#include "support/ServiceFixture.h"

#include <QTest>
#include <algorithm>

using namespace rebound;
using accounts::AccountCsv;
using accounts::AccountService;
using core::Money;

namespace {
const QString Plan = QStringLiteral("Retail");

QString errorText(const AccountService::ImportResult& result)
{
    QStringList lines;
    for (const auto& issue : result.errors)
        lines << QStringLiteral("[%1] %2").arg(issue.line).arg(issue.message);
    return lines.join(u'\n');
}

// Whether some listed problem starts with `prefix` ("line 3, pin: ").
bool reported(const AccountService::ImportResult& result, const QString& prefix)
{
    return std::any_of(result.errors.cbegin(), result.errors.cend(),
                       [&](const core::CsvIssue& issue) { return issue.message.startsWith(prefix); });
}

// The service on a database with the UK's dial plan and an empty sell plan
// called Plan.
struct Fixture : test::ServiceFixture<AccountService>
{
    Fixture()
    {
        test::useUkDialPlan(*db);
        store::RateRepository(*db, clock)
            .createTable(store::RateTable::named(Plan, store::RateTableKind::Sell));
    }
    AccountService::ImportResult import(const QByteArray& csv, bool dryRun = false)
    {
        return service.importCsv(csv, QStringLiteral("test"), dryRun);
    }
    std::optional<store::Account> account(const QString& code) const
    {
        return store::AccountRepository(*db, clock).findByCode(code);
    }
    int count() const { return store::AccountRepository(*db, clock).count(); }
    // Every entry, however large the import.
    QList<store::AuditEntry> audit() const { return ServiceFixture::audit(1000); }
};
} // namespace

class TestAccountCsv : public QObject
{
    Q_OBJECT
    std::unique_ptr<Fixture> m_d;

private Q_SLOTS:
    void init() { m_d = std::make_unique<Fixture>(); }
    void cleanup() { m_d.reset(); }

    void goodFileImportsEveryColumn()
    {
        // Columns in an order of their own, some under their option names.
        const QByteArray csv = "Notes,balance,PIN,password,Account Code,name,member-id,callback,language,"
                               "credit_limit,max_calls,status,plan,did_callers\n"
                               "moved from OldSwitch,12.50,482913,correct-horse,1001,Amira Haddad,amira,"
                               "07700 900123,de,2.50,3,suspended,Retail,any\n"
                               ",,,,1002,,,,,,,,,\n";
        const auto result = m_d->import(csv);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(result.imported, 2);

        const auto amira = m_d->account(QStringLiteral("1001"));
        QVERIFY(amira);
        QCOMPARE(amira->name, QStringLiteral("Amira Haddad"));
        QCOMPARE(amira->memberId, QStringLiteral("amira"));
        QVERIFY(core::PasswordHash::verify(QStringLiteral("correct-horse"), amira->passwordHash));
        QVERIFY(core::PasswordHash::verify(QStringLiteral("482913"), amira->pinHash));
        QCOMPARE(amira->callbackNumber.digits(), QStringLiteral("447700900123"));
        QCOMPARE(amira->language, QStringLiteral("de"));
        QCOMPARE(amira->creditLimit, Money::fromCents(250));
        QCOMPARE(amira->maxConcurrentCalls, 3);
        QVERIFY(amira->status == store::AccountStatus::Suspended);
        QVERIFY(amira->sellPlanId);
        QVERIFY(!amira->didRegisteredCallersOnly);
        QCOMPARE(amira->notes, QStringLiteral("moved from OldSwitch"));
        QCOMPARE(amira->balance, Money::fromCents(1250));

        // Empty cells take a new subscriber's defaults.
        const auto plain = m_d->account(QStringLiteral("1002"));
        QVERIFY(plain);
        QCOMPARE(plain->language, QStringLiteral("en"));
        QCOMPARE(plain->maxConcurrentCalls, 1);
        QVERIFY(plain->status == store::AccountStatus::Active);
        QVERIFY(plain->didRegisteredCallersOnly);
        QVERIFY(plain->balance.isZero());
        QVERIFY(plain->passwordHash.isEmpty() && plain->pinHash.isEmpty());

        // The opening balance is a ledger row, so the books still agree.
        store::LedgerRepository ledger(*m_d->db, m_d->clock);
        const auto entries = ledger.entries(amira->id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().amount, Money::fromCents(1250));
        QVERIFY(entries.first().reason == store::LedgerReason::Adjustment);
        QCOMPARE(entries.first().reference, QStringLiteral("opening balance"));
        QVERIFY(ledger.entries(plain->id).isEmpty());
        QVERIFY(ledger.findMismatches().isEmpty());

        // One audit entry for the whole import, with the count and no secret.
        const auto audit = m_d->audit();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("accounts.import"));
        QCOMPARE(audit.first().actor, QStringLiteral("test"));
        QCOMPARE(audit.first().details, QStringLiteral("2 subscribers imported"));
    }

    void aMemberIdMayComeWithoutAPassword()
    {
        // Platforms being left rarely hand over clear passwords.
        const auto result = m_d->import("account_code,member_id\n1001,amira\n");
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QVERIFY(m_d->account(QStringLiteral("1001"))->passwordHash.isEmpty());
    }

    void everyKindOfBadRowIsReportedAndNothingStored()
    {
        const QByteArray csv =
            "account_code,name,member_id,password,pin,callback_number,language,credit_limit,"
            "max_calls,status,sell_plan,did_callers,balance\n"
            "1001,Good,,,,,,,,,,,\n"      // 2
            "12x,,,,,,,,,,,,\n"           // 3
            "1003,,a b,,,,,,,,,,\n"       // 4
            "1004,,,short,,,,,,,,,\n"     // 5
            "1005,,,,12ab,,,,,,,,\n"      // 6
            "1006,,,,,555,,,,,,,\n"       // 7
            "1007,,,,,,xx1,,,,,,\n"       // 8
            "1008,,,,,,,abc,,,,,\n"       // 9
            "1009,,,,,,,-1,,,,,\n"        // 10
            "1010,,,,,,,,500,,,,\n"       // 11
            "1011,,,,,,,,,gone,,,\n"      // 12
            "1012,,,,,,,,,,Nowhere,,\n"   // 13
            "1013,,,,,,,,,,,maybe,\n"     // 14
            "1014,,,,,,,,,,,,lots\n"      // 15
            "1015,too,many,,,,,,,,,,,,\n" // 16
            "1016,\"" +
            QByteArray(101, 'n') +
            "\",,,,,,,,,,,\n"         // 17
            ",,,,,,,,,,,,\n"          // blank: skipped
            ",Nameless,,,,,,,,,,,\n"; // 19
        const auto result = m_d->import(csv);
        QVERIFY(!result.ok());
        const QString text = errorText(result);
        const QStringList expected = {
            QStringLiteral("line 3, account_code: "),
            QStringLiteral("line 4, member_id: "),
            QStringLiteral("line 5, password: "),
            QStringLiteral("line 6, pin: "),
            QStringLiteral("line 7, callback_number: "),
            QStringLiteral("line 8, language: "),
            QStringLiteral("line 9, credit_limit: "),
            QStringLiteral("line 10, credit_limit: "),
            QStringLiteral("line 11, max_calls: "),
            QStringLiteral("line 12, status: "),
            QStringLiteral("line 13, sell_plan: "),
            QStringLiteral("line 14, did_callers: "),
            QStringLiteral("line 15, balance: "),
            QStringLiteral("line 16: 15 values, but the header names 13"),
            QStringLiteral("line 17, name: "),
            QStringLiteral("line 19, account_code: "),
        };
        for (const QString& prefix : expected)
            QVERIFY2(reported(result, prefix), qPrintable(prefix + QStringLiteral(" not in:\n") + text));
        QCOMPARE(result.problems, expected.size());
        QCOMPARE(result.errors.size(), expected.size());
        QVERIFY2(!text.contains(QStringLiteral("line 2")), qPrintable(text));
        // Sorted by line.
        for (qsizetype i = 1; i < result.errors.size(); ++i)
            QVERIFY(result.errors.at(i - 1).line <= result.errors.at(i).line);
        QCOMPARE(result.imported, 0);
        QCOMPARE(m_d->count(), 0);
        QVERIFY(m_d->audit().isEmpty());
    }

    void secretsAreNeverQuoted()
    {
        const QByteArray csv = "account_code,member_id,password,pin\n"
                               "1001,amira,hunter2,98x765\n"
                               "1002,bob,\"=SECRET,1\",1002\n";
        const auto result = m_d->import(csv);
        QVERIFY(!result.ok());
        const QString text = errorText(result);
        QVERIFY2(reported(result, QStringLiteral("line 2, password: ")), qPrintable(text));
        QVERIFY2(reported(result, QStringLiteral("line 2, pin: ")), qPrintable(text));
        QVERIFY2(reported(result, QStringLiteral("line 3, pin: ")), qPrintable(text));
        for (const char* secret : {"hunter2", "98x765", "SECRET"})
            QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(text));

        // Nor in the audit log of a good import; and they are never exported.
        QVERIFY(m_d->import("account_code,password,pin\n1003,hunter2-long,556677\n").ok());
        for (const store::AuditEntry& e : m_d->audit())
            QVERIFY(!e.details.contains(QStringLiteral("hunter2")) &&
                    !e.details.contains(QStringLiteral("556677")));
        const QByteArray exported = m_d->service.exportCsv();
        QVERIFY(!exported.contains("hunter2") && !exported.contains("556677"));
        QVERIFY(!exported.contains("password") && !exported.contains("pin"));
    }

    void duplicatesInTheFileAndInTheDatabase()
    {
        accounts::AccountForm existing;
        existing.accountCode = QStringLiteral("2000");
        existing.memberId = QStringLiteral("taken");
        existing.password = QStringLiteral("long-enough");
        m_d->service.add(existing, QStringLiteral("test"));

        const QByteArray csv = "account_code,member_id\n"
                               "1001,amira\n"  // 2
                               "1002,bob\n"    // 3
                               "1001,carla\n"  // 4: code of line 2
                               "1004,amira\n"  // 5: member of line 2
                               "2000,\n"       // 6: code in the database
                               "1006,taken\n"; // 7: member in the database
        const auto result = m_d->import(csv);
        const QString text = errorText(result);
        QCOMPARE(result.problems, 4);
        QVERIFY2(
            reported(result, QStringLiteral("line 4, account_code: Account code 1001 is also on line 2")),
            qPrintable(text));
        QVERIFY2(reported(result, QStringLiteral("line 5, member_id: Member id amira is also on line 2")),
                 qPrintable(text));
        QVERIFY2(reported(result, QStringLiteral("line 6, account_code: Account code 2000 is already used")),
                 qPrintable(text));
        QVERIFY2(reported(result, QStringLiteral("line 7, member_id: Member id taken is already used")),
                 qPrintable(text));
        QCOMPARE(m_d->count(), 1);
    }

    void oneBadRowLeavesTheDatabaseAsItWas()
    {
        accounts::AccountForm existing;
        existing.accountCode = QStringLiteral("2000");
        existing.openingBalance = QStringLiteral("5");
        m_d->service.add(existing, QStringLiteral("test"));
        const QByteArray before = m_d->service.exportCsv();
        const auto auditBefore = m_d->audit().size();

        QByteArray csv = "account_code,balance\n";
        for (int i = 0; i < 50; ++i)
            csv += QByteArray::number(3000 + i) + ",1.00\n";
        csv += "3999,not money\n";
        const auto result = m_d->import(csv);
        QCOMPARE(result.problems, 1);
        QVERIFY(reported(result, QStringLiteral("line 52, balance: ")));
        QCOMPARE(m_d->service.exportCsv(), before);
        QCOMPARE(m_d->audit().size(), auditBefore);
        const store::LedgerRepository ledger(*m_d->db, m_d->clock);
        QCOMPARE(ledger.entries(m_d->account(QStringLiteral("2000"))->id).size(), 1);
        QVERIFY(ledger.findMismatches().isEmpty());
    }

    void aDryRunChecksAndWritesNothing()
    {
        const auto ok = m_d->import("account_code,balance\n1001,3\n1002,4\n", true);
        QVERIFY2(ok.ok(), qPrintable(errorText(ok)));
        QCOMPARE(ok.imported, 2);
        QCOMPARE(m_d->count(), 0);
        QVERIFY(m_d->audit().isEmpty());
        const auto bad = m_d->import("account_code\n1x\n", true);
        QCOMPARE(bad.problems, 1);
    }

    void headerProblemsAreNamed()
    {
        auto result = m_d->import("account_code,name,colour,Shoe Size\n1001,A,red,9\n");
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().message.startsWith(QStringLiteral("line 1: unknown columns 'colour', "
                                                                         "'Shoe Size'")),
                 qPrintable(errorText(result)));
        QVERIFY(result.errors.first().message.contains(QStringLiteral("callback_number")));

        // A header line after blank lines is still the header.
        result = m_d->import("\n\naccount_code\n1001\n");
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(m_d->count(), 1);
    }

    // A file that cannot be read as a whole is refused with the line at
    // fault, and nobody is imported.
    void unreadableFilesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no account code") << QByteArray("name,callback_number\nA,+447700900123\n")
                                         << QStringLiteral("line 1: the header has no account_code column");
        QTest::newRow("a column twice")
            << QByteArray("account_code,callback,callback_number\n1001,,\n")
            << QStringLiteral("line 1: columns 2 and 3 both give callback_number");
        QTest::newRow("semicolons") << QByteArray("account_code;name\n1001;A\n")
                                    << QStringLiteral("line 1: the columns must be separated by commas");
        QTest::newRow("not UTF-8") << QByteArray("account_code,name\n1001,Jos\xe9\n")
                                   << QStringLiteral("line 2: the text is not valid UTF-8");
        QTest::newRow("open quote") << QByteArray("account_code,name\n1001,\"open\n1002,B\n")
                                    << QStringLiteral("line 2: a quoted field is not closed");
    }
    void unreadableFilesAreNamed()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, problem);
        const auto result = m_d->import(csv);
        QVERIFY2(reported(result, problem), qPrintable(errorText(result)));
        QCOMPARE(result.imported, 0);
        QCOMPARE(m_d->count(), 0);
    }

    void bomCrlfQuotesAndBlankLines()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "account_code,name,notes\r\n"
                               "1001,\"Haddad, Amira\",\"two\r\nlines, \"\"quoted\"\"\"\r\n"
                               "\r\n"
                               "1002,  Bob  ,\r\n"
                               "1x03,Carla,\r\n"
                               "\r\n\r\n";
        const auto result = m_d->import(csv);
        // Line numbers count the line inside the quoted field and the blank one.
        QCOMPARE(result.problems, 1);
        QVERIFY2(reported(result, QStringLiteral("line 6, account_code: ")), qPrintable(errorText(result)));

        const auto fixed = m_d->import(QByteArray(csv).replace("1x03", "1003"));
        QVERIFY2(fixed.ok(), qPrintable(errorText(fixed)));
        QCOMPARE(fixed.imported, 3);
        const auto amira = m_d->account(QStringLiteral("1001"));
        QCOMPARE(amira->name, QStringLiteral("Haddad, Amira"));
        QCOMPARE(amira->notes, QStringLiteral("two\nlines, \"quoted\""));
        QCOMPARE(m_d->account(QStringLiteral("1002"))->name, QStringLiteral("Bob"));
    }

    void filesThatAreNotCsv()
    {
        QByteArray binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        auto result = m_d->import(binary);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().line, 0);
        QVERIFY2(result.errors.first().message.contains(QStringLiteral("not a CSV text file")),
                 qPrintable(errorText(result)));

        result = m_d->import("");
        QVERIFY2(result.errors.first().message.contains(QStringLiteral("empty")),
                 qPrintable(errorText(result)));
        result = m_d->import("account_code,name\r\n\r\n");
        QVERIFY2(result.errors.first().message.contains(QStringLiteral("No subscribers found")),
                 qPrintable(errorText(result)));
        QCOMPARE(m_d->count(), 0);
    }

    void hugeFilesAreRefused()
    {
        QByteArray csv = "account_code\n";
        csv.reserve(AccountCsv::MaxRows * 8);
        for (int i = 0; i <= AccountCsv::MaxRows; ++i)
            csv += QByteArray::number(1'000'000 + i) + '\n';
        auto result = m_d->import(csv);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().message.contains(QStringLiteral("at most 100000")),
                 qPrintable(errorText(result)));

        result = m_d->import(QByteArray(AccountCsv::MaxBytes + 1, 'x'));
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().message.contains(QStringLiteral("larger than")),
                 qPrintable(errorText(result)));
        QCOMPARE(m_d->count(), 0);
    }

    void longErrorListsAreCapped()
    {
        QByteArray csv = "account_code\n";
        for (int i = 0; i < 150; ++i)
            csv += "bad" + QByteArray::number(i) + '\n';
        const auto result = m_d->import(csv);
        QCOMPARE(result.problems, 150);
        QCOMPARE(result.errors.size(), AccountCsv::MaxListedIssues + 1);
        QVERIFY(result.errors.at(AccountCsv::MaxListedIssues - 1)
                    .message.startsWith(QStringLiteral("line 101,")));
        QVERIFY2(result.errors.last().message.contains(QStringLiteral("and 50 more problems")),
                 qPrintable(result.errors.last().message));
    }

    void exportThenImportRoundTrips()
    {
        const auto add = [&](const QString& code, const QString& name, const QString& notes,
                             const QString& balance) {
            accounts::AccountForm f;
            f.accountCode = code;
            f.name = name;
            f.notes = notes;
            f.openingBalance = balance;
            return m_d->service.add(f, QStringLiteral("test"));
        };
        accounts::AccountForm full;
        full.accountCode = QStringLiteral("1001");
        full.name = QStringLiteral("Amira Haddad");
        full.memberId = QStringLiteral("amira@example.com");
        full.password = QStringLiteral("correct-horse");
        full.pin = QStringLiteral("482913");
        full.callbackNumber = QStringLiteral("07700 900123");
        full.language = QStringLiteral("es");
        full.creditLimit = QStringLiteral("2.125");
        full.maxConcurrentCalls = QStringLiteral("0");
        full.status = QStringLiteral("closed");
        full.sellPlan = Plan;
        full.didCallers = accounts::didCallers::Any;
        full.notes = QStringLiteral("VIP");
        full.openingBalance = QStringLiteral("-0.000125");
        m_d->service.add(full, QStringLiteral("test"));
        add(QStringLiteral("1002"), QStringLiteral("=HYPERLINK(\"http://x\",\"click\")"),
            QStringLiteral("line one\nline \"two\", with a comma"), QStringLiteral("100"));
        add(QStringLiteral("1003"), QStringLiteral("'=already defused"), QStringLiteral("@SUM(A1)"),
            QString());
        add(QStringLiteral("1004"), QStringLiteral("Zoë 日本"), QStringLiteral("-minus"),
            QStringLiteral("0.5"));
        add(QStringLiteral("1005"), QStringLiteral("+ plus"), QStringLiteral("+447700900123"), QString());

        const QByteArray exported = m_d->service.exportCsv();
        // Formulas are defused for spreadsheets; RFC 4180 line ends.
        QVERIFY2(exported.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\","),
                 exported.constData());
        QVERIFY2(exported.contains("''=already defused"), exported.constData());
        QVERIFY2(exported.contains("'@SUM(A1)"), exported.constData());
        QVERIFY2(exported.contains("'-minus"), exported.constData());
        QVERIFY2(exported.contains(",+447700900123\r\n"), exported.constData());
        QVERIFY(exported.startsWith("account_code,name,member_id,callback_number,language,credit_limit,"
                                    "max_calls,status,sell_plan,did_callers,balance,notes\r\n"));

        Fixture other;
        const auto result = other.import(exported);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(result.imported, 5);
        QCOMPARE(other.service.exportCsv(), exported);
        for (const QString& code : {QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003"),
                                    QStringLiteral("1004"), QStringLiteral("1005")}) {
            const auto a = m_d->account(code);
            const auto b = other.account(code);
            QVERIFY(b);
            QCOMPARE(b->name, a->name);
            QCOMPARE(b->notes, a->notes);
            QCOMPARE(b->balance, a->balance);
            QCOMPARE(b->creditLimit, a->creditLimit);
            QCOMPARE(b->callbackNumber.digits(), a->callbackNumber.digits());
            QVERIFY(b->status == a->status);
            QCOMPARE(b->maxConcurrentCalls, a->maxConcurrentCalls);
            QCOMPARE(b->didRegisteredCallersOnly, a->didRegisteredCallersOnly);
            QCOMPARE(b->language, a->language);
            QCOMPARE(b->memberId, a->memberId);
            QCOMPARE(b->sellPlanId.has_value(), a->sellPlanId.has_value());
        }
        // Secrets stay behind: the subscriber sets a new password.
        QVERIFY(other.account(QStringLiteral("1001"))->passwordHash.isEmpty());
        QVERIFY(store::LedgerRepository(*other.db, other.clock).findMismatches().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountCsv)
#include "TestAccountCsv.moc"
