#include "store/AttemptRepository.h"

#include "store/Database.h"

namespace rebound::store {

std::optional<AttemptRepository::Window> AttemptRepository::window(const QString& key) const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT failures, window_start FROM redemption_attempts WHERE key = ?"),
                 {key}, tr("recording a failed redemption"));
    if (!q.next())
        return std::nullopt;
    return Window{q.value(0).toInt(), q.value(1).toLongLong()};
}

std::optional<std::int64_t> AttemptRepository::lockedUntil(const QString& key) const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT locked_until FROM redemption_attempts WHERE key = ?"),
                           {key}, tr("checking redemption attempts"));
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void AttemptRepository::save(const QString& key, const Window& window,
                             std::optional<std::int64_t> lockedUntil)
{
    m_db.run(
        QStringLiteral("INSERT INTO redemption_attempts (key, failures, window_start, locked_until) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, "
                       "window_start = excluded.window_start, "
                       "locked_until = COALESCE(excluded.locked_until, redemption_attempts.locked_until)"),
        {key, window.failures, qlonglong(window.start),
         lockedUntil ? QVariant(qlonglong(*lockedUntil)) : QVariant()},
        tr("recording a failed redemption"));
}

void AttemptRepository::clear(const QString& key)
{
    m_db.run(QStringLiteral("DELETE FROM redemption_attempts WHERE key = ?"), {key},
             tr("clearing redemption attempts"));
}

} // namespace rebound::store
