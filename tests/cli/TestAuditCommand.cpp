// rebound-switch audit list|export: the filters, local times, --json, the CSV
// file and standard output, and every mistake a usage error that names its option.
#include "CliRun.h"
#include "cli/CommandLine.h"
#include "core/Csv.h"
#include "store/AuditLog.h"
#include "store/SettingsRepository.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rebound;

namespace {
std::int64_t utc(const char* iso)
{
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(at.isValid());
    return at.toMSecsSinceEpoch();
}

QList<QStringList> csvRecords(const QString& text)
{
    QList<QStringList> result;
    for (const core::csv::Record& r : core::csv::split(text).records)
        result << r.fields;
    return result;
}

QStringList objectIds(const QJsonArray& entries)
{
    QStringList ids;
    for (const QJsonValue& e : entries)
        ids << e.toObject().value(QStringLiteral("object_id")).toString();
    return ids;
}
} // namespace

class TestAuditCommand : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    QString m_out;
    QString m_err;

    int run(const QStringList& args) { return test::runCli(m_t->path(), m_t->clock, args, &m_out, &m_err); }

    QJsonArray list(const QStringList& filters)
    {
        const int code = run(
            QStringList{QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")} + filters);
        [&] { QVERIFY2(code == 0, qPrintable(m_err)); }();
        return QJsonDocument::fromJson(m_out.toUtf8()).array();
    }

    void add(const char* atUtc, const QString& actor, const QString& action, const QString& type,
             const QString& id, const QString& details = {})
    {
        m_t->clock.set(utc(atUtc));
        store::AuditLog(*m_t->db, m_t->clock)
            .record(actor, action, type, id, details, QStringLiteral("10.0.0.1"));
    }

private Q_SLOTS:
    // The commands only read, so one database serves every test.
    void initTestCase()
    {
        m_t = std::make_unique<test::TempDatabase>();
        store::SettingsRepository(*m_t->db).setValue(QStringLiteral("billing.timezone"),
                                                     QStringLiteral("America/New_York"));
        // New York times: Jan 4 23:30; Jan 5 00:00, 10:00, 23:59:59; Jan 6 00:00, 09:00.
        add("2026-01-05T04:30:00Z", QStringLiteral("console"), QStringLiteral("account.add"),
            QStringLiteral("account"), QStringLiteral("1001"), QStringLiteral("name=Alice"));
        add("2026-01-05T05:00:00Z", QStringLiteral("web:1001"), QStringLiteral("web.login"),
            QStringLiteral("member"), QStringLiteral("m1001"));
        add("2026-01-05T15:00:00Z", QStringLiteral("cli"), QStringLiteral("account.update"),
            QStringLiteral("account"), QStringLiteral("1002"),
            QStringLiteral("=cmd|' /C calc'!A0, \"quoted\""));
        add("2026-01-06T04:59:59Z", QStringLiteral("web:1002"), QStringLiteral("web.login"),
            QStringLiteral("member"), QStringLiteral("m1002"));
        add("2026-01-06T05:00:00Z", QStringLiteral("cli"), QStringLiteral("setting.set"),
            QStringLiteral("setting"), QStringLiteral("billing.timezone"),
            QStringLiteral("America/New_York"));
        add("2026-01-06T14:00:00Z", QStringLiteral("sms"), QStringLiteral("sms.refused"),
            QStringLiteral("account"), QStringLiteral("1001"), QStringLiteral("wrong PIN"));
    }
    void cleanupTestCase() { m_t.reset(); }

    void listIsNewestFirstInLocalTime()
    {
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("list")}), 0);
        const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 6 + 1); // header, entries, footer
        QVERIFY2(lines[0].startsWith(QStringLiteral("TIME")), qPrintable(m_out));
        QVERIFY2(lines[1].startsWith(QStringLiteral("2026-01-06 09:00:00  sms")), qPrintable(lines[1]));
        QVERIFY2(lines[6].startsWith(QStringLiteral("2026-01-04 23:30:00  console")), qPrintable(lines[6]));
        QVERIFY2(lines[7].contains(QStringLiteral("America/New_York")), qPrintable(lines[7]));

        const QJsonArray all = list({});
        QCOMPARE(all.size(), 6);
        const QJsonObject newest = all.first().toObject();
        QCOMPARE(newest.value(QStringLiteral("at")).toString(), QStringLiteral("2026-01-06T09:00:00-05:00"));
        QCOMPARE(newest.value(QStringLiteral("actor")).toString(), QStringLiteral("sms"));
        QCOMPARE(newest.value(QStringLiteral("source")).toString(), QStringLiteral("10.0.0.1"));
        QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("sms.refused"));
        QCOMPARE(newest.value(QStringLiteral("object_type")).toString(), QStringLiteral("account"));
        QCOMPARE(newest.value(QStringLiteral("details")).toString(), QStringLiteral("wrong PIN"));
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("an actor") << QStringList{"--actor", "cli"} << QStringList{"billing.timezone", "1002"};
        QTest::newRow("every web actor") << QStringList{"--actor", "web:"} << QStringList{"m1002", "m1001"};
        QTest::newRow("an action group")
            << QStringList{"--action", "account."} << QStringList{"1002", "1001"};
        QTest::newRow("an object type") << QStringList{"--object", "member"} << QStringList{"m1002", "m1001"};
        QTest::newRow("one object") << QStringList{"--object", "account:1001"} << QStringList{"1001", "1001"};
        QTest::newRow("text") << QStringList{"--text", "alice"} << QStringList{"1001"};
        // A day is the whole local day: Jan 5 00:00 up to Jan 5 23:59:59.
        QTest::newRow("one day") << QStringList{"--from", "2026-01-05", "--to", "2026-01-05"}
                                 << QStringList{"m1002", "1002", "m1001"};
        QTest::newRow("from a time") << QStringList{"--from", "2026-01-06T00:00"}
                                     << QStringList{"1001", "billing.timezone"};
        QTest::newRow("before a time in UTC")
            << QStringList{"--to", "2026-01-05T05:00:00Z"} << QStringList{"1001"};
        QTest::newRow("a space for the T")
            << QStringList{"--from", "2026-01-05 10:00", "--to", "2026-01-05 10:00:01"}
            << QStringList{"1002"};
        QTest::newRow("all together")
            << QStringList{"--actor", "web:",   "--action",         "web.login", "--object",
                           "member",  "--from", "2026-01-05T12:00", "--to",      "2026-01-06"}
            << QStringList{"m1002"};
        QTest::newRow("nothing") << QStringList{"--actor", "nobody"} << QStringList{};
    }
    void filters()
    {
        QFETCH(QStringList, filters);
        QFETCH(QStringList, ids);
        QCOMPARE(objectIds(list(filters)), ids);
    }

    void limitSaysWhenThereAreMore()
    {
        QCOMPARE(objectIds(list({QStringLiteral("--limit"), QStringLiteral("2")})),
                 (QStringList{"1001", "billing.timezone"}));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                      QStringLiteral("2")}),
                 0);
        QVERIFY2(m_out.contains(QStringLiteral("There are more")), qPrintable(m_out));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--actor"),
                      QStringLiteral("nobody")}),
                 0);
        QCOMPARE(m_out, QStringLiteral("No audit entries match.\n"));
    }

    void exportWritesTheFilteredEntriesToAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QCOMPARE(
            run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("export"),
                 QStringLiteral("--action"), QStringLiteral("account."), QStringLiteral("--output"), path}),
            0);
        const QJsonObject result = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("entries")).toInt(), 2);
        QCOMPARE(result.value(QStringLiteral("output")).toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("time,actor,source,action,object_type,object_id,details\r\n"));
        const QList<QStringList> rows = csvRecords(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1], (QStringList{"2026-01-05T10:00:00-05:00", "cli", "10.0.0.1", "account.update",
                                       "account", "1002", "'=cmd|' /C calc'!A0, \"quoted\""}));
        QCOMPARE(rows[2][0], QStringLiteral("2026-01-04T23:30:00-05:00"));

        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), path}),
                 0);
        QVERIFY2(m_out.contains(path) && m_out.contains(QStringLiteral("6")), qPrintable(m_out));
    }

    void exportWritesToStandardOutput()
    {
        for (const QStringList& output :
             {QStringList{}, QStringList{QStringLiteral("--output"), QStringLiteral("-")}}) {
            QCOMPARE(run(QStringList{QStringLiteral("audit"), QStringLiteral("export"),
                                     QStringLiteral("--actor"), QStringLiteral("sms")} +
                         output),
                     0);
            const QList<QStringList> rows = csvRecords(m_out);
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows[1][1], QStringLiteral("sms"));
            QVERIFY(m_err.isEmpty());
        }
    }

    void mistakesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString list = QStringLiteral("list");
        QTest::newRow("a day that is not")
            << QStringList{list, "--from", "2026-13-01"} << "--from: '2026-13-01'";
        QTest::newRow("a word") << QStringList{list, "--to", "yesterday"} << "--to: 'yesterday'";
        QTest::newRow("a bad time") << QStringList{list, "--from", "2026-01-05T25:00"} << "--from:";
        QTest::newRow("a month only") << QStringList{list, "--from", "2026-01"} << "--from:";
        QTest::newRow("to before from") << QStringList{list, "--from", "2026-01-06", "--to", "2026-01-05"}
                                        << "--to: 2026-01-05 is not after --from 2026-01-06";
        QTest::newRow("an object without type") << QStringList{list, "--object", ":1001"} << "--object:";
        QTest::newRow("an empty actor") << QStringList{list, "--actor", " "} << "--actor is empty";
        QTest::newRow("a bad limit") << QStringList{list, "--limit", "0"} << "--limit";
        QTest::newRow("output on list")
            << QStringList{list, "--output", "x.csv"} << "takes no option --output";
        QTest::newRow("limit on export")
            << QStringList{"export", "--limit", "5"} << "takes no option --limit";
        QTest::newRow("an unknown option") << QStringList{list, "--who", "cli"} << "who";
        QTest::newRow("a subcommand") << QStringList{"delete"} << "not an audit subcommand";
        QTest::newRow("one too many") << QStringList{list, "extra"} << "Unexpected argument 'extra'";
    }
    void mistakesAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QCOMPARE(run(QStringList{QStringLiteral("audit")} + arguments), 2);
        QVERIFY2(m_err.contains(message), qPrintable(m_err));
        QVERIFY(m_out.isEmpty());
    }

    void helpListsTheFilters()
    {
        QCOMPARE(run({QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("audit")));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("--help")}), 0);
        for (const char* option :
             {"--actor", "--action", "--object", "--text", "--from", "--to", "--limit", "--output"})
            QVERIFY2(m_out.contains(QLatin1String(option)), option);
        QCOMPARE(run({QStringLiteral("audit")}), 2);
        QVERIFY(m_err.contains(QStringLiteral("Usage:")));
    }
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "TestAuditCommand.moc"
