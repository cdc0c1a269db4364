#include "cards/AttemptLimiter.h"

#include "store/AttemptRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

namespace rebound::cards {

AttemptLimiter::Policy AttemptLimiter::policyFromSettings(const store::Database& db, const PolicyKeys& keys,
                                                          Policy defaults)
{
    const store::SettingsRepository settings(db);
    const auto number = [&](const char* key, std::int64_t fallback) {
        bool ok = false;
        const std::int64_t value = settings.value(QString::fromLatin1(key)).toLongLong(&ok);
        return ok && value > 0 ? value : fallback;
    };
    Policy policy;
    policy.maxFailures = static_cast<int>(number(keys.maxFailures, defaults.maxFailures));
    policy.windowMs = number(keys.windowMinutes, defaults.windowMs / 60'000) * 60'000;
    policy.lockMs = number(keys.lockoutMinutes, defaults.lockMs / 60'000) * 60'000;
    return policy;
}

AttemptLimiter::Policy AttemptLimiter::policyFromSettings(const store::Database& db, const PolicyKeys& keys)
{
    return policyFromSettings(db, keys, Policy{});
}

AttemptLimiter::Policy AttemptLimiter::policyFromSettings(const store::Database& db)
{
    return policyFromSettings(
        db, {"cards.max_failures", "cards.failure_window_minutes", "cards.lockout_minutes"});
}

std::int64_t AttemptLimiter::lockedFor(const QString& key) const
{
    const std::optional<std::int64_t> until = store::AttemptRepository(m_db).lockedUntil(key);
    if (!until)
        return 0;
    return std::max<std::int64_t>(0, *until - m_clock.nowMs());
}

bool AttemptLimiter::recordFailure(const QString& key)
{
    const std::int64_t now = m_clock.nowMs();
    store::AttemptRepository attempts(m_db);
    store::Database::Transaction transaction(m_db);
    store::AttemptRepository::Window window{1, now};
    if (const auto current = attempts.window(key); current && now - current->start < m_policy.windowMs)
        window = {current->failures + 1, current->start};
    const bool lock = window.failures >= m_policy.maxFailures;
    // After a lock-out the count starts again, so each further burst of
    // failures earns a fresh lock.
    attempts.save(key, lock ? store::AttemptRepository::Window{0, now} : window,
                  lock ? std::optional<std::int64_t>(now + m_policy.lockMs) : std::nullopt);
    transaction.commit();
    return lock;
}

void AttemptLimiter::recordSuccess(const QString& key)
{
    store::AttemptRepository(m_db).clear(key);
}

} // namespace rebound::cards
