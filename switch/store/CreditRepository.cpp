#include "store/CreditRepository.h"

#include "store/Database.h"
#include "store/SqlValues.h"

namespace rebound::store {

namespace {
const QString ReservationColumns =
    QStringLiteral("SELECT id, account_id, amount_micros, reference, created_at FROM credit_reservations ");

CreditReservation reservationFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(),
            core::Money::fromMicros(q.value(2).toLongLong()), q.value(3).toString(), q.value(4).toLongLong()};
}
} // namespace

core::Money CreditRepository::reserved(std::int64_t accountId) const
{
    auto q = m_db.cached(QStringLiteral("SELECT COALESCE(SUM(amount_micros), 0) FROM credit_reservations "
                                        "WHERE account_id = ?"),
                         {qlonglong(accountId)}, tr("reading reserved credit"));
    return core::Money::fromMicros(q->next() ? q->value(0).toLongLong() : 0);
}

std::optional<core::Money> CreditRepository::spendable(std::int64_t accountId) const
{
    auto q =
        m_db.cached(QStringLiteral("SELECT balance_micros + credit_limit_micros FROM accounts WHERE id = ?"),
                    {qlonglong(accountId)}, tr("reading available credit"));
    if (!q->next())
        return std::nullopt;
    return core::Money::fromMicros(q->value(0).toLongLong());
}

std::optional<core::Money> CreditRepository::balance(std::int64_t accountId) const
{
    auto q = m_db.cached(QStringLiteral("SELECT balance_micros FROM accounts WHERE id = ?"),
                         {qlonglong(accountId)}, tr("reading a balance"));
    if (!q->next())
        return std::nullopt;
    return core::Money::fromMicros(q->value(0).toLongLong());
}

std::optional<CreditHolder> CreditRepository::holder(std::int64_t accountId) const
{
    auto q = m_db.cached(
        QStringLiteral("SELECT account_code, status, max_concurrent_calls FROM accounts WHERE id = ?"),
        {qlonglong(accountId)}, tr("checking a subscriber's credit"));
    if (!q->next())
        return std::nullopt;
    return CreditHolder{q->value(0).toString(), q->value(1).toString() == QLatin1String("active"),
                        q->value(2).toInt()};
}

QList<CreditReservation> CreditRepository::reservationsWhere(const QString& where,
                                                             const QVariantList& values) const
{
    QSqlQuery q = m_db.run(ReservationColumns + where, values, tr("reading reservations"));
    return allRows(q, reservationFrom);
}

QList<CreditReservation> CreditRepository::reservations(std::int64_t accountId) const
{
    // Read on every hold (the concurrent-calls limit), so cached; its text is
    // built once, the cache being keyed by it.
    static const QString sql = ReservationColumns + QStringLiteral("WHERE account_id = ? ORDER BY id");
    auto statement = m_db.cached(sql, {qlonglong(accountId)}, tr("reading reservations"));
    QList<CreditReservation> result;
    while (statement->next())
        result.append(reservationFrom(*statement));
    return result;
}

QList<CreditReservation> CreditRepository::allReservations() const
{
    return reservationsWhere(QStringLiteral("ORDER BY id"), {});
}

std::optional<CreditReservation> CreditRepository::find(std::int64_t id) const
{
    static const QString sql = ReservationColumns + QStringLiteral("WHERE id = ?");
    auto q = m_db.cached(sql, {qlonglong(id)}, tr("reading a reservation"));
    return firstRow(*q, reservationFrom);
}

std::int64_t CreditRepository::insert(std::int64_t accountId, const QString& reference, core::Money amount,
                                      std::int64_t createdAt)
{
    return m_db
        .cached(QStringLiteral("INSERT INTO credit_reservations (account_id, reference, amount_micros, "
                               "created_at) VALUES (?, ?, ?, ?)"),
                {qlonglong(accountId), reference, qlonglong(amount.micros()), qlonglong(createdAt)},
                tr("reserving credit"))
        ->lastInsertId()
        .toLongLong();
}

void CreditRepository::setAmount(std::int64_t id, core::Money amount)
{
    m_db.cached(QStringLiteral("UPDATE credit_reservations SET amount_micros = ? WHERE id = ?"),
                {qlonglong(amount.micros()), qlonglong(id)}, tr("reserving credit"));
}

void CreditRepository::remove(std::int64_t id, const QString& context)
{
    m_db.cached(QStringLiteral("DELETE FROM credit_reservations WHERE id = ?"), {qlonglong(id)}, context);
}

} // namespace rebound::store
