// The audit log as CSV: RFC 4180 quoting, the spreadsheet formula guard,
// times with the zone's offset, the filter and paging through a large log.
#include "core/Csv.h"
#include "reports/AuditCsv.h"
#include "store/Database.h"
#include "support/TempDatabase.h"

#include <QBuffer>
#include <QTest>

using namespace rebound;
using reports::AuditCsv;

namespace {
// 2026-01-05 09:30:00 UTC
constexpr std::int64_t At = 1'767'605'400'000;

QList<QStringList> records(const QByteArray& csv)
{
    QList<QStringList> result;
    for (const core::csv::Record& r : core::csv::split(QString::fromUtf8(csv)).records)
        result << r.fields;
    return result;
}
} // namespace

class TestAuditCsv : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    const QTimeZone m_newYork{"America/New_York"};

    store::AuditLog log() const { return store::AuditLog(*m_t->db, m_t->clock); }

    QByteArray write(const store::AuditFilter& filter = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const qint64 written = AuditCsv::write(log(), filter, m_newYork, buffer);
        [&] { QVERIFY(written >= 0); }();
        return buffer.data();
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_t->clock.set(At);
    }
    void cleanup() { m_t.reset(); }

    void headerAndOneLinePerEntryWithCrlf()
    {
        log().record(QStringLiteral("console"), QStringLiteral("account.add"), QStringLiteral("account"),
                     QStringLiteral("1001"), QStringLiteral("name=Alice"), QStringLiteral("127.0.0.1"));
        QCOMPARE(write(), QByteArray("time,actor,source,action,object_type,object_id,details\r\n"
                                     "2026-01-05T04:30:00-05:00,console,127.0.0.1,account.add,account,1001,"
                                     "name=Alice\r\n"));
    }

    void timesCarryTheZonesOffset()
    {
        store::AuditEntry entry;
        entry.at = At;
        QCOMPARE(AuditCsv::row(entry, m_newYork).first(), QStringLiteral("2026-01-05T04:30:00-05:00"));
        QCOMPARE(AuditCsv::row(entry, QTimeZone("Asia/Kolkata")).first(),
                 QStringLiteral("2026-01-05T15:00:00+05:30"));
        entry.at = At + 181LL * 86'400'000; // July: daylight saving time
        QCOMPARE(AuditCsv::row(entry, m_newYork).first(), QStringLiteral("2026-07-05T05:30:00-04:00"));
    }

    void quotesFieldsAsRfc4180()
    {
        const QString details = QStringLiteral("note=\"VIP\", line one\nline two");
        log().record(QStringLiteral("web:1001"), QStringLiteral("account.update"), QStringLiteral("account"),
                     QStringLiteral("Smith, J"), details);
        const QByteArray csv = write();
        QVERIFY2(csv.contains("\"Smith, J\",\"note=\"\"VIP\"\", line one\nline two\"\r\n"), csv.constData());
        const QList<QStringList> rows = records(csv);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].size(), 7);
        QCOMPARE(rows[1][5], QStringLiteral("Smith, J"));
        QCOMPARE(rows[1][6], details);
    }

    void formulasAreDefused_data()
    {
        QTest::addColumn<QString>("details");
        QTest::addColumn<QString>("cell");
        QTest::newRow("equals") << "=HYPERLINK(\"http://x\")"
                                << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("plus") << "+1+cmd|' /C calc'!A0"
                              << "'+1+cmd|' /C calc'!A0";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("a phone number stays") << "+447700900123"
                                              << "+447700900123";
        QTest::newRow("a negative amount stays") << "-0.50"
                                                 << "-0.50";
        QTest::newRow("inside is harmless") << "a=b"
                                            << "a=b";
    }
    void formulasAreDefused()
    {
        QFETCH(QString, details);
        QFETCH(QString, cell);
        log().record(QStringLiteral("cli"), QStringLiteral("setting.set"), QStringLiteral("setting"),
                     QStringLiteral("x"), details);
        const QByteArray csv = write();
        const QByteArray line = csv.mid(csv.indexOf("\r\n") + 2);
        // The details, last on the line, and read back exactly.
        QCOMPARE(QString::fromUtf8(line.chopped(2)).section(u',', 6), cell);
        QCOMPARE(core::csv::unguarded(records(csv)[1][6]), details);
    }

    void writesOnlyTheFilteredEntriesNewestFirst()
    {
        for (int i = 0; i < 6; ++i) {
            m_t->clock.set(At + i * 1000);
            log().record(i % 2 ? QStringLiteral("web:100%1").arg(i) : QStringLiteral("console"),
                         QStringLiteral("web.login"), QStringLiteral("member"), QString::number(i));
        }
        store::AuditFilter f;
        f.actor = store::AuditMatch::parse(QStringLiteral("web:"));
        f.fromMs = At + 1000; // from entry 1
        f.toMs = At + 5000;   // up to entry 4
        const QList<QStringList> rows = records(write(f));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1][5], QStringLiteral("3"));
        QCOMPARE(rows[2][5], QStringLiteral("1"));
    }

    void pagesThroughALargeLogOnce()
    {
        const int count = AuditCsv::PageSize * 2 + 5;
        {
            store::Database::Transaction transaction(*m_t->db);
            for (int i = 0; i < count; ++i) {
                m_t->clock.set(At + i / 3); // ties across page ends
                log().record(QStringLiteral("sip"), QStringLiteral("sip.untrusted"), QStringLiteral("did"),
                             QString::number(i));
            }
            transaction.commit();
        }
        const QList<QStringList> rows = records(write());
        QCOMPARE(rows.size(), count + 1);
        for (int i = 1; i <= count; ++i)
            QCOMPARE(rows[i][5], QString::number(count - i));
    }

    void progressCanStop()
    {
        log().record(QStringLiteral("cli"), QStringLiteral("a.x"), QString(), QString());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(AuditCsv::write(log(), {}, m_newYork, buffer, [](qint64) { return false; }), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestAuditCsv)
#include "TestAuditCsv.moc"
