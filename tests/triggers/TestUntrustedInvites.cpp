// A scanner's INVITEs are audited as one row per source and minute.
#include "store/AuditLog.h"
#include "support/TempDatabase.h"
#include "triggers/UntrustedInvites.h"

#include <QSqlQuery>
#include <QTest>

using namespace rebound;

class TestUntrustedInvites : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;

    int auditRows() const
    {
        QSqlQuery q =
            m_t->db->run(QStringLiteral("SELECT count(*) FROM audit_log"), {}, QStringLiteral("test"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_t->clock.set(1'800'000'000'000 - 1'800'000'000'000 % 60'000); // the start of a minute
    }
    void cleanup() { m_t.reset(); }

    void oneRowPerSourceAndMinute()
    {
        triggers::UntrustedInvites invites;
        for (int i = 0; i < 500; ++i)
            invites.count(QStringLiteral("198.51.100.7"), QStringLiteral("+4420%1").arg(i),
                          m_t->clock.nowMs());
        for (int i = 0; i < 3; ++i)
            invites.count(QStringLiteral("203.0.113.9"), QStringLiteral("100"), m_t->clock.nowMs());
        QCOMPARE(invites.flush(*m_t->db, m_t->clock), 0); // the minute is not over
        m_t->clock.advance(59'000);
        invites.count(QStringLiteral("198.51.100.7"), QStringLiteral("+442099"), m_t->clock.nowMs());
        m_t->clock.advance(2'000); // the next minute
        invites.count(QStringLiteral("198.51.100.7"), QStringLiteral("+449999"), m_t->clock.nowMs());
        QCOMPARE(invites.flush(*m_t->db, m_t->clock), 2);
        QCOMPARE(auditRows(), 2);
        const auto rows = store::AuditLog(*m_t->db, m_t->clock).recent(10);
        QStringList details;
        for (const auto& r : rows) {
            QCOMPARE(r.action, QStringLiteral("sip.untrusted"));
            details << r.source + QLatin1Char(' ') + r.details;
        }
        details.sort();
        QVERIFY2(details[0].startsWith(QStringLiteral("198.51.100.7 501 INVITE(s)")), qPrintable(details[0]));
        QVERIFY(details[0].contains(QStringLiteral("the last to +442099")));
        QVERIFY2(details[1].startsWith(QStringLiteral("203.0.113.9 3 INVITE(s)")), qPrintable(details[1]));
        // The next minute's INVITE is written at the end of its minute, or
        // at once when the switch stops.
        QCOMPARE(invites.pendingSources(), 1);
        QCOMPARE(invites.flush(*m_t->db, m_t->clock, true), 1);
        QCOMPARE(auditRows(), 3);
    }

    void longNumbersAndManySourcesAreBounded()
    {
        triggers::UntrustedInvites invites;
        const QString longUri = QString(5000, QLatin1Char('9'));
        for (int i = 0; i < triggers::UntrustedInvites::MaxSources + 250; ++i)
            invites.count(QStringLiteral("10.0.%1.%2").arg(i / 250).arg(i % 250), longUri,
                          m_t->clock.nowMs());
        QCOMPARE(invites.pendingSources(), triggers::UntrustedInvites::MaxSources + 1); // + "other sources"
        QCOMPARE(invites.flush(*m_t->db, m_t->clock, true), triggers::UntrustedInvites::MaxSources + 1);
        for (const auto& row : store::AuditLog(*m_t->db, m_t->clock).recent(2000)) {
            QVERIFY(row.objectId.size() <= 32);
            QVERIFY(row.details.size() < 200);
        }
    }
};

QTEST_GUILESS_MAIN(TestUntrustedInvites)
#include "TestUntrustedInvites.moc"
