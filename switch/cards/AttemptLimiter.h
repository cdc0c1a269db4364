#pragma once

#include "core/Clock.h"

#include <QCoreApplication>
#include <QString>

namespace rebound::store {
class Database;
}

namespace rebound::cards {

// Counts failed attempts per key ("account:12", "source:web:203.0.113.9")
// and locks a key out after too many, so PINs cannot be guessed. Kept in the
// database so a restart or a second switch does not reset the count.
class AttemptLimiter
{
    Q_DECLARE_TR_FUNCTIONS(AttemptLimiter)

public:
    struct Policy
    {
        int maxFailures = 5;             // within the window ...
        std::int64_t windowMs = 900'000; // 15 minutes
        std::int64_t lockMs = 1'800'000; // ... lock for 30 minutes
    };

    AttemptLimiter(const store::Database& db, const core::Clock& clock, Policy policy)
        : m_db(db)
        , m_clock(clock)
        , m_policy(policy)
    {
    }
    // The settings a policy is read from: a count and two whole minutes.
    struct PolicyKeys
    {
        const char* maxFailures;
        const char* windowMinutes;
        const char* lockoutMinutes;
    };
    // Each key's value when it is a positive number, else the default's
    // (Policy's own when none are given).
    static Policy policyFromSettings(const store::Database& db, const PolicyKeys& keys, Policy defaults);
    static Policy policyFromSettings(const store::Database& db, const PolicyKeys& keys);
    // Settings cards.max_failures, cards.failure_window_minutes,
    // cards.lockout_minutes, or the defaults.
    static Policy policyFromSettings(const store::Database& db);

    // Milliseconds the key stays locked; 0 when it may try.
    std::int64_t lockedFor(const QString& key) const;
    // A lock-out's time left as people are told it: whole minutes, rounded up.
    static int minutesLeft(std::int64_t lockedMs) { return static_cast<int>((lockedMs + 59'999) / 60'000); }
    // Returns true when this failure locked the key.
    bool recordFailure(const QString& key);
    void recordSuccess(const QString& key);

private:
    const store::Database& m_db;
    const core::Clock& m_clock;
    Policy m_policy;
};

} // namespace rebound::cards
