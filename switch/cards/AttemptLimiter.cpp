#include "cards/AttemptLimiter.h"

#include "store/Database.h"
#include "store/SettingsRepository.h"

namespace rebound::cards {

AttemptLimiter::Policy AttemptLimiter::policyFromSettings(const store::Database& db)
{
    const store::SettingsRepository settings(db);
    Policy policy;
    const auto number = [&](const char* key, std::int64_t fallback) {
        bool ok = false;
        const std::int64_t value = settings.value(QString::fromLatin1(key)).toLongLong(&ok);
        return ok && value > 0 ? value : fallback;
    };
    policy.maxFailures = static_cast<int>(number("cards.max_failures", policy.maxFailures));
    policy.windowMs = number("cards.failure_window_minutes", policy.windowMs / 60'000) * 60'000;
    policy.lockMs = number("cards.lockout_minutes", policy.lockMs / 60'000) * 60'000;
    return policy;
}

std::int64_t AttemptLimiter::lockedFor(const QString& key) const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT locked_until FROM redemption_attempts WHERE key = ?"),
                           {key}, tr("checking redemption attempts"));
    if (!q.next() || q.value(0).isNull())
        return 0;
    return std::max<std::int64_t>(0, q.value(0).toLongLong() - m_clock.nowMs());
}

bool AttemptLimiter::recordFailure(const QString& key)
{
    const qlonglong now = m_clock.nowMs();
    store::Database::Transaction transaction(m_db);
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT failures, window_start FROM redemption_attempts WHERE key = ?"),
                 {key}, tr("recording a failed redemption"));
    int failures = 1;
    qlonglong windowStart = now;
    if (q.next() && now - q.value(1).toLongLong() < m_policy.windowMs) {
        failures = q.value(0).toInt() + 1;
        windowStart = q.value(1).toLongLong();
    }
    const bool lock = failures >= m_policy.maxFailures;
    // After a lock-out the count starts again, so each further burst of
    // failures earns a fresh lock.
    m_db.run(
        QStringLiteral("INSERT INTO redemption_attempts (key, failures, window_start, locked_until) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, "
                       "window_start = excluded.window_start, "
                       "locked_until = COALESCE(excluded.locked_until, redemption_attempts.locked_until)"),
        {key, lock ? 0 : failures, lock ? now : windowStart,
         lock ? QVariant(now + m_policy.lockMs) : QVariant()},
        tr("recording a failed redemption"));
    transaction.commit();
    return lock;
}

void AttemptLimiter::recordSuccess(const QString& key)
{
    m_db.run(QStringLiteral("DELETE FROM redemption_attempts WHERE key = ?"), {key},
             tr("clearing redemption attempts"));
}

} // namespace rebound::cards
