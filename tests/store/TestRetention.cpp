// Old audit rows and attempt counters go; recent ones and live lock-outs stay.
#include "store/AuditLog.h"
#include "store/Retention.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace rebound;

class TestRetention : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;

    int count(const QString& table) const
    {
        QSqlQuery q =
            m_t->db->run(QStringLiteral("SELECT count(*) FROM ") + table, {}, QStringLiteral("test"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_t->clock.set(1'800'000'000'000);
    }
    void cleanup() { m_t.reset(); }

    void auditRowsBeforeTheCutGoInChunks()
    {
        store::AuditLog audit(*m_t->db, m_t->clock);
        {
            store::Database::Transaction transaction(*m_t->db);
            for (int i = 0; i < 12'000; ++i) // more than one chunk
                audit.record(QStringLiteral("sip"), QStringLiteral("sip.untrusted"), QStringLiteral("did"),
                             QString::number(i));
            transaction.commit();
        }
        m_t->clock.advance(10'000);
        audit.record(QStringLiteral("console"), QStringLiteral("account.add"), QStringLiteral("account"),
                     QStringLiteral("1001"));
        QCOMPARE(store::Retention(*m_t->db).purgeAudit(m_t->clock.nowMs() - 5'000), 12'000);
        QCOMPARE(count(QStringLiteral("audit_log")), 1);
        QCOMPARE(audit.recent(1).first().action, QStringLiteral("account.add"));
    }

    void attemptCountersGoUnlessTheyStillLockSomeoneOut()
    {
        const qlonglong now = m_t->clock.nowMs();
        const qlonglong old = now - 40LL * 86'400'000;
        for (const auto& [key, lockedUntil] : QList<QPair<QString, QVariant>>{
                 {QStringLiteral("source:old"), QVariant()},
                 {QStringLiteral("source:old-expired-lock"), QVariant(old + 1000)},
                 {QStringLiteral("source:old-but-locked"), QVariant(now + 60'000)}})
            m_t->db->run(
                QStringLiteral("INSERT INTO redemption_attempts (key, failures, window_start, locked_until) "
                               "VALUES (?, 5, ?, ?)"),
                {key, old, lockedUntil}, QStringLiteral("test"));
        m_t->db->run(
            QStringLiteral("INSERT INTO redemption_attempts (key, failures, window_start) VALUES (?, 1, ?)"),
            {QStringLiteral("source:recent"), now - 1000}, QStringLiteral("test"));
        QCOMPARE(store::Retention(*m_t->db).purgeRedemptionAttempts(now - 30LL * 86'400'000, now), 2);
        QSqlQuery left = m_t->db->run(QStringLiteral("SELECT key FROM redemption_attempts ORDER BY key"), {},
                                      QStringLiteral("test"));
        QStringList keys;
        while (left.next())
            keys << left.value(0).toString();
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("source:old-but-locked"), QStringLiteral("source:recent")}));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
