#include "billing/CreditManager.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/StoreError.h"

namespace rebound::billing {

namespace {
Reservation reservationFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(),
            core::Money::fromMicros(q.value(2).toLongLong()), q.value(3).toString(), q.value(4).toLongLong()};
}

const QString ReservationColumns =
    QStringLiteral("SELECT id, account_id, amount_micros, reference, created_at FROM credit_reservations ");
} // namespace

CreditError::CreditError(Kind kind, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}

core::Money CreditManager::reserved(std::int64_t accountId) const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT COALESCE(SUM(amount_micros), 0) FROM credit_reservations "
                                          "WHERE account_id = ?"),
                           {qlonglong(accountId)}, tr("reading reserved credit"));
    return core::Money::fromMicros(q.next() ? q.value(0).toLongLong() : 0);
}

core::Money CreditManager::available(std::int64_t accountId) const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT balance_micros + credit_limit_micros FROM accounts WHERE id = ?"),
                 {qlonglong(accountId)}, tr("reading available credit"));
    if (!q.next())
        throw CreditError(CreditError::Kind::NoAccount, tr("Subscriber #%1 does not exist.").arg(accountId));
    return core::Money::fromMicros(q.value(0).toLongLong()) - reserved(accountId);
}

QList<Reservation> CreditManager::reservations(std::int64_t accountId) const
{
    QSqlQuery q = m_db.run(ReservationColumns + QStringLiteral("WHERE account_id = ? ORDER BY id"),
                           {qlonglong(accountId)}, tr("reading reservations"));
    QList<Reservation> result;
    while (q.next())
        result.append(reservationFrom(q));
    return result;
}

QList<Reservation> CreditManager::allReservations() const
{
    QSqlQuery q =
        m_db.run(ReservationColumns + QStringLiteral("ORDER BY id"), {}, tr("reading reservations"));
    QList<Reservation> result;
    while (q.next())
        result.append(reservationFrom(q));
    return result;
}

std::optional<Reservation> CreditManager::findReservation(std::int64_t id) const
{
    QSqlQuery q = m_db.run(ReservationColumns + QStringLiteral("WHERE id = ?"), {qlonglong(id)},
                           tr("reading a reservation"));
    return q.next() ? std::optional<Reservation>(reservationFrom(q)) : std::nullopt;
}

Reservation CreditManager::reserve(std::int64_t accountId, const QString& reference, const HoldFunction& hold)
{
    store::Database::Transaction transaction(m_db);
    QSqlQuery account = m_db.run(
        QStringLiteral("SELECT account_code, status, max_concurrent_calls FROM accounts WHERE id = ?"),
        {qlonglong(accountId)}, tr("checking a subscriber's credit"));
    if (!account.next())
        throw CreditError(CreditError::Kind::NoAccount, tr("Subscriber #%1 does not exist.").arg(accountId));
    const QString code = account.value(0).toString();
    if (account.value(1).toString() != QLatin1String("active"))
        throw CreditError(CreditError::Kind::NotActive, tr("Subscriber %1 is not active.").arg(code));
    const int maxCalls = account.value(2).toInt();
    if (maxCalls > 0 && reservations(accountId).size() >= maxCalls)
        throw CreditError(CreditError::Kind::TooManyCalls,
                          tr("Subscriber %1 already has %2 call(s) in progress, the most allowed.")
                              .arg(code)
                              .arg(maxCalls));

    const core::Money free = available(accountId);
    const std::optional<core::Money> amount = hold(free);
    if (!amount || amount->isNegative() || *amount > free)
        throw CreditError(CreditError::Kind::InsufficientCredit,
                          tr("Subscriber %1 does not have enough credit for this call.").arg(code));

    const qlonglong now = m_clock.nowMs();
    QSqlQuery insert =
        m_db.run(QStringLiteral("INSERT INTO credit_reservations (account_id, reference, "
                                "amount_micros, created_at) VALUES (?, ?, ?, ?)"),
                 {qlonglong(accountId), reference, qlonglong(amount->micros()), now}, tr("reserving credit"));
    const Reservation reservation{insert.lastInsertId().toLongLong(), accountId, *amount, reference, now};
    transaction.commit();
    return reservation;
}

Reservation CreditManager::resize(std::int64_t reservationId, const HoldFunction& hold)
{
    store::Database::Transaction transaction(m_db);
    auto reservation = findReservation(reservationId);
    if (!reservation)
        throw CreditError(CreditError::Kind::NoReservation,
                          tr("Credit reservation #%1 does not exist (already settled?).").arg(reservationId));
    const core::Money free = available(reservation->accountId) + reservation->amount;
    const std::optional<core::Money> amount = hold(free);
    if (!amount || amount->isNegative() || *amount > free) {
        QSqlQuery account =
            m_db.run(QStringLiteral("SELECT account_code FROM accounts WHERE id = ?"),
                     {qlonglong(reservation->accountId)}, tr("checking a subscriber's credit"));
        throw CreditError(CreditError::Kind::InsufficientCredit,
                          tr("Subscriber %1 does not have enough credit for this call.")
                              .arg(account.next() ? account.value(0).toString() : QString()));
    }
    m_db.run(QStringLiteral("UPDATE credit_reservations SET amount_micros = ? WHERE id = ?"),
             {qlonglong(amount->micros()), qlonglong(reservationId)}, tr("reserving credit"));
    reservation->amount = *amount;
    transaction.commit();
    return *reservation;
}

Reservation CreditManager::reserveAmount(std::int64_t accountId, const QString& reference, core::Money amount)
{
    return reserve(accountId, reference,
                   [amount](core::Money) { return std::optional<core::Money>(amount); });
}

core::Money CreditManager::settle(std::int64_t reservationId, core::Money charge, const QString& reference,
                                  const QString& actor)
{
    store::Database::Transaction transaction(m_db);
    const auto reservation = findReservation(reservationId);
    if (!reservation)
        throw CreditError(CreditError::Kind::NoReservation,
                          tr("Credit reservation #%1 does not exist (already settled?).").arg(reservationId));
    m_db.run(QStringLiteral("DELETE FROM credit_reservations WHERE id = ?"), {qlonglong(reservationId)},
             tr("settling a call"));
    if (charge > reservation->amount)
        // Call control cuts calls at the limit, so this means a bug: keep the
        // books true and leave a trace to investigate.
        store::AuditLog(m_db, m_clock)
            .record(actor, QStringLiteral("credit.overrun"), QStringLiteral("account"),
                    QString::number(reservation->accountId),
                    QStringLiteral("%1: charged %2, reserved %3")
                        .arg(reference, charge.toPlainString(2), reservation->amount.toPlainString(2)));
    core::Money balance;
    if (charge.isZero()) {
        // A free call (inside grace) leaves no ledger row.
        QSqlQuery q = m_db.run(QStringLiteral("SELECT balance_micros FROM accounts WHERE id = ?"),
                               {qlonglong(reservation->accountId)}, tr("settling a call"));
        balance = core::Money::fromMicros(q.next() ? q.value(0).toLongLong() : 0);
    } else {
        balance = store::LedgerRepository(m_db, m_clock)
                      .append(reservation->accountId, -charge, store::LedgerReason::Call, reference, actor);
    }
    transaction.commit();
    return balance;
}

void CreditManager::release(std::int64_t reservationId)
{
    m_db.run(QStringLiteral("DELETE FROM credit_reservations WHERE id = ?"), {qlonglong(reservationId)},
             tr("releasing reserved credit"));
}

core::Money CreditManager::adjust(std::int64_t accountId, core::Money amount, store::LedgerReason reason,
                                  const QString& reference, const QString& actor)
{
    store::Database::Transaction transaction(m_db);
    const core::Money balance =
        store::LedgerRepository(m_db, m_clock).append(accountId, amount, reason, reference, actor);
    store::AuditLog(m_db, m_clock)
        .record(actor, QStringLiteral("balance.") + store::toString(reason), QStringLiteral("account"),
                QString::number(accountId),
                QStringLiteral("%1 (%2)").arg(amount.toPlainString(2), reference));
    transaction.commit();
    return balance;
}

} // namespace rebound::billing
