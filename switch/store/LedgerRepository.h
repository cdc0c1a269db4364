#pragma once

#include "core/Clock.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <cstdint>

namespace rebound::store {

class Database;

enum class LedgerReason
{
    Call,
    TopUp,
    Card,
    Ppcc,
    Adjustment,
    Refund
};
QString toString(LedgerReason reason);

struct LedgerEntry
{
    std::int64_t id = 0;
    std::int64_t accountId = 0;
    core::Money amount; // positive credits the account, negative charges it
    core::Money balanceAfter;
    LedgerReason reason = LedgerReason::Adjustment;
    QString reference; // what caused it: "call 42", "card 000123", a note
    QString createdBy;
    std::int64_t createdAt = 0;
};

// The append-only money history. Every balance change is one row here and
// the account's balance cache moves with it in the same transaction, so the
// cache always equals the ledger sum (see findMismatches()).
class LedgerRepository
{
    Q_DECLARE_TR_FUNCTIONS(LedgerRepository)

public:
    LedgerRepository(const Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // Must run inside a Database::Transaction. Returns the new balance.
    core::Money append(std::int64_t accountId, core::Money amount, LedgerReason reason,
                       const QString& reference, const QString& createdBy);
    QList<LedgerEntry> entries(std::int64_t accountId) const; // newest first
    core::Money sum(std::int64_t accountId) const;

    struct Mismatch
    {
        std::int64_t accountId = 0;
        core::Money cached;
        core::Money ledgerSum;
    };
    // Accounts whose cached balance differs from their ledger sum; empty when
    // the books are consistent.
    QList<Mismatch> findMismatches() const;

private:
    const Database& m_db;
    const core::Clock& m_clock;
};

} // namespace rebound::store
