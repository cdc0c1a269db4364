#pragma once

#include "core/Money.h"
#include "store/AuditLog.h"
#include "store/CreditRepository.h"
#include "store/LedgerRepository.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>
#include <stdexcept>

namespace rebound::billing {

class CreditError : public std::runtime_error
{
public:
    enum class Kind
    {
        NoAccount,
        NotActive,
        TooManyCalls,
        InsufficientCredit,
        NoReservation
    };
    CreditError(Kind kind, const QString& message);
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

// Credit held by one live call: a row of credit_reservations.
using Reservation = store::CreditReservation;

// Money that may be spent, and the rule that it is never spent twice. A call
// reserves what its hard time limit can cost before leg B is dialled; each
// reservation is checked and written in one write transaction (BEGIN
// IMMEDIATE), so concurrent calls, even from several switches sharing the
// database, are serialised and together can never take an account below its
// credit limit: balance + credit limit - reservations >= 0 at all times.
class CreditManager : public store::AuditedService
{
    Q_DECLARE_TR_FUNCTIONS(CreditManager)

public:
    using AuditedService::AuditedService;

    // balance + credit limit - what live calls hold.
    core::Money available(std::int64_t accountId) const;
    core::Money reserved(std::int64_t accountId) const;
    QList<Reservation> reservations(std::int64_t accountId) const;

    // Checks the account is active and below its concurrent-call limit, then
    // asks `hold` how much to reserve given the credit available now (inside
    // the transaction, so nothing can change in between). hold returns empty
    // to refuse. Throws CreditError; nothing is written then.
    using HoldFunction = std::function<std::optional<core::Money>(core::Money available)>;
    Reservation reserve(std::int64_t accountId, const QString& reference, const HoldFunction& hold);
    // Changes what a live call holds: `hold` is asked with the credit
    // available to this call (its own hold counted as free). On refusal the
    // reservation stays as it was and InsufficientCredit is thrown.
    Reservation resize(std::int64_t reservationId, const HoldFunction& hold);
    // Reserves exactly `amount`, or throws InsufficientCredit.
    Reservation reserveAmount(std::int64_t accountId, const QString& reference, core::Money amount);

    // The call ended: its reservation goes and `charge` is written to the
    // ledger (reason Call), in one transaction. Returns the new balance.
    core::Money settle(std::int64_t reservationId, core::Money charge, const QString& reference,
                       const QString& actor);
    // The call never cost anything: just drop the reservation.
    void release(std::int64_t reservationId);
    // Reservations left by a switch that stopped without settling; the
    // caller bills or releases each.
    QList<Reservation> allReservations() const;

    // Top-ups and manual corrections: a ledger row plus an audit entry.
    core::Money adjust(std::int64_t accountId, core::Money amount, store::LedgerReason reason,
                       const QString& reference, const QString& actor);

private:
    std::optional<Reservation> findReservation(std::int64_t id) const;
};

} // namespace rebound::billing
