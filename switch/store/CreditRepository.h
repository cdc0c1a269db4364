#pragma once

#include "core/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace rebound::store {

class Database;

// Credit held by one live call: a row of credit_reservations.
struct CreditReservation
{
    std::int64_t id = 0;
    std::int64_t accountId = 0;
    core::Money amount;
    QString reference;
    std::int64_t createdAt = 0;
};

// What billing::CreditManager checks before it holds credit for a call.
struct CreditHolder
{
    QString accountCode;
    bool active = false;
    int maxConcurrentCalls = 0; // 0 = no limit
};

// Reservations and the account figures they are weighed against. The rule
// (never below the credit limit) is billing::CreditManager's; it runs these
// inside its own write transaction so the check and the write are one step.
class CreditRepository
{
    Q_DECLARE_TR_FUNCTIONS(CreditRepository)

public:
    explicit CreditRepository(const Database& db)
        : m_db(db)
    {
    }

    // What the account's live calls hold together.
    core::Money reserved(std::int64_t accountId) const;
    // Balance + credit limit, before reservations; empty when there is no
    // such account.
    std::optional<core::Money> spendable(std::int64_t accountId) const;
    // The cached balance; empty when there is no such account.
    std::optional<core::Money> balance(std::int64_t accountId) const;
    std::optional<CreditHolder> holder(std::int64_t accountId) const;

    QList<CreditReservation> reservations(std::int64_t accountId) const; // oldest first
    QList<CreditReservation> allReservations() const;                    // oldest first
    std::optional<CreditReservation> find(std::int64_t id) const;
    // Returns the new reservation's id.
    std::int64_t insert(std::int64_t accountId, const QString& reference, core::Money amount,
                        std::int64_t createdAt);
    void setAmount(std::int64_t id, core::Money amount);
    // `context` says why it goes ("settling a call", "releasing reserved credit").
    void remove(std::int64_t id, const QString& context);

private:
    QList<CreditReservation> reservationsWhere(const QString& where, const QVariantList& values) const;

    const Database& m_db;
};

} // namespace rebound::store
