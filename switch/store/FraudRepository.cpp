#include "store/FraudRepository.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace rebound::store {

namespace {
const QString Context = QStringLiteral("reading the fraud figures");

// Rows of account id, account code and a figure.
QList<FraudRepository::AccountCount> accountCounts(QSqlQuery q)
{
    QList<FraudRepository::AccountCount> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return result;
}
} // namespace

QList<FraudRepository::AccountCount> FraudRepository::callbacksOver(std::int64_t sinceMs,
                                                                    std::int64_t limit) const
{
    return accountCounts(
        m_db.run(QStringLiteral("SELECT r.account_id, a.account_code, count(*) FROM callback_requests r "
                                "JOIN accounts a ON a.id = r.account_id WHERE r.created_at >= ? "
                                "GROUP BY r.account_id HAVING count(*) > ?"),
                 {qlonglong(sinceMs), qlonglong(limit)}, Context));
}

QList<FraudRepository::AccountCount> FraudRepository::spendOver(std::int64_t sinceMs,
                                                                std::int64_t limitMicros) const
{
    return accountCounts(
        m_db.run(QStringLiteral(
                     "SELECT s.account_id, a.account_code, sum(s.micros) FROM ("
                     "  SELECT account_id, sell_micros AS micros FROM calls WHERE started_at >= ?"
                     "  UNION ALL SELECT account_id, amount_micros FROM credit_reservations) s "
                     "JOIN accounts a ON a.id = s.account_id GROUP BY s.account_id HAVING sum(s.micros) > ?"),
                 {qlonglong(sinceMs), qlonglong(limitMicros)}, Context));
}

std::int64_t FraudRepository::totalSpend(std::int64_t sinceMs) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT (SELECT coalesce(sum(sell_micros), 0) FROM calls WHERE started_at >= ?)"
                       " + (SELECT coalesce(sum(amount_micros), 0) FROM credit_reservations)"),
        {qlonglong(sinceMs)}, Context);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<FraudRepository::PremiumCall> FraudRepository::premiumDestinations(std::int64_t sinceMs,
                                                                         std::int64_t rateMicros) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT c.account_id, a.account_code, l.number, max(r.rate_micros) FROM legs l "
                       "JOIN calls c ON c.id = l.call_id JOIN accounts a ON a.id = c.account_id "
                       "JOIN rates r ON r.id = l.sell_rate_id "
                       "WHERE l.leg = 'B' AND l.invited_at >= ? AND r.rate_micros > ? "
                       "GROUP BY c.account_id, l.number"),
        {qlonglong(sinceMs), qlonglong(rateMicros)}, Context);
    QList<PremiumCall> result;
    while (q.next())
        result.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return result;
}

QList<FraudRepository::GatewayAsr> FraudRepository::asrBelow(std::int64_t sinceMs, int minAttempts,
                                                             int percent) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "SELECT l.gateway_id, g.name, count(*), sum(l.answered_at IS NOT NULL) FROM legs l "
            "JOIN gateways g ON g.id = l.gateway_id WHERE l.invited_at >= ? AND l.ended_at IS NOT NULL "
            "GROUP BY l.gateway_id "
            "HAVING count(*) >= ? AND 100 * sum(l.answered_at IS NOT NULL) < ? * count(*)"),
        {qlonglong(sinceMs), minAttempts, percent}, Context);
    QList<GatewayAsr> result;
    while (q.next())
        result.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()});
    return result;
}

} // namespace rebound::store
