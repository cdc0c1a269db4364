#include "billing/CreditManager.h"

#include "store/AuditLog.h"
#include "store/CreditRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"

namespace rebound::billing {

CreditError::CreditError(Kind kind, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}

core::Money CreditManager::reserved(std::int64_t accountId) const
{
    return store::CreditRepository(m_db).reserved(accountId);
}

core::Money CreditManager::available(std::int64_t accountId) const
{
    const store::CreditRepository credit(m_db);
    const std::optional<core::Money> spendable = credit.spendable(accountId);
    if (!spendable)
        throw CreditError(CreditError::Kind::NoAccount, tr("Subscriber #%1 does not exist.").arg(accountId));
    return *spendable - credit.reserved(accountId);
}

QList<Reservation> CreditManager::reservations(std::int64_t accountId) const
{
    return store::CreditRepository(m_db).reservations(accountId);
}

QList<Reservation> CreditManager::allReservations() const
{
    return store::CreditRepository(m_db).allReservations();
}

std::optional<Reservation> CreditManager::findReservation(std::int64_t id) const
{
    return store::CreditRepository(m_db).find(id);
}

Reservation CreditManager::reserve(std::int64_t accountId, const QString& reference, const HoldFunction& hold)
{
    store::CreditRepository credit(m_db);
    store::Database::Transaction transaction(m_db);
    const std::optional<store::CreditHolder> holder = credit.holder(accountId);
    if (!holder)
        throw CreditError(CreditError::Kind::NoAccount, tr("Subscriber #%1 does not exist.").arg(accountId));
    const QString& code = holder->accountCode;
    if (!holder->active)
        throw CreditError(CreditError::Kind::NotActive, tr("Subscriber %1 is not active.").arg(code));
    const int maxCalls = holder->maxConcurrentCalls;
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

    const std::int64_t now = m_clock.nowMs();
    const Reservation reservation{credit.insert(accountId, reference, *amount, now), accountId, *amount,
                                  reference, now};
    transaction.commit();
    return reservation;
}

Reservation CreditManager::resize(std::int64_t reservationId, const HoldFunction& hold)
{
    store::CreditRepository credit(m_db);
    store::Database::Transaction transaction(m_db);
    auto reservation = findReservation(reservationId);
    if (!reservation)
        throw CreditError(CreditError::Kind::NoReservation,
                          tr("Credit reservation #%1 does not exist (already settled?).").arg(reservationId));
    const core::Money free = available(reservation->accountId) + reservation->amount;
    const std::optional<core::Money> amount = hold(free);
    if (!amount || amount->isNegative() || *amount > free) {
        const auto holder = credit.holder(reservation->accountId);
        throw CreditError(CreditError::Kind::InsufficientCredit,
                          tr("Subscriber %1 does not have enough credit for this call.")
                              .arg(holder ? holder->accountCode : QString()));
    }
    credit.setAmount(reservationId, *amount);
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
    store::CreditRepository credit(m_db);
    credit.remove(reservationId, tr("settling a call"));
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
        balance = credit.balance(reservation->accountId).value_or(core::Money());
    } else {
        balance = store::LedgerRepository(m_db, m_clock)
                      .append(reservation->accountId, -charge, store::LedgerReason::Call, reference, actor);
    }
    transaction.commit();
    return balance;
}

void CreditManager::release(std::int64_t reservationId)
{
    store::CreditRepository(m_db).remove(reservationId, tr("releasing reserved credit"));
}

core::Money CreditManager::adjust(std::int64_t accountId, core::Money amount, store::LedgerReason reason,
                                  const QString& reference, const QString& actor)
{
    store::AuditedChange change = begin(actor);
    const core::Money balance =
        store::LedgerRepository(m_db, m_clock).append(accountId, amount, reason, reference, actor);
    change.commit(QStringLiteral("balance.") + store::toString(reason), QStringLiteral("account"),
                  QString::number(accountId),
                  QStringLiteral("%1 (%2)").arg(amount.toPlainString(2), reference));
    return balance;
}

} // namespace rebound::billing
