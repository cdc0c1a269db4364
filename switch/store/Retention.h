#pragma once

#include <cstdint>

namespace rebound::store {

class Database;

// Old rows that only grow: the audit log (every refused trigger, every
// sign-in failure) and the card-redemption attempt counters (one per
// source that ever typed a wrong PIN). Deleted in short transactions so the
// write lock is never held for long.
class Retention
{
public:
    explicit Retention(const Database& db)
        : m_db(db)
    {
    }

    // Audit rows written before `beforeMs`; returns how many went.
    int purgeAudit(std::int64_t beforeMs);
    // Attempt counters whose window began before `beforeMs` and that lock
    // nothing out at `nowMs`; returns how many went.
    int purgeRedemptionAttempts(std::int64_t beforeMs, std::int64_t nowMs);

private:
    const Database& m_db;
};

} // namespace rebound::store
