#pragma once

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <optional>

namespace rebound::store {

class Database;

// Failed card redemptions per key ("account:12", "source:web:203.0.113.9"):
// the rows of redemption_attempts. The lock-out rule is
// cards::AttemptLimiter's; this class only reads and writes the counts.
class AttemptRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttemptRepository)

public:
    explicit AttemptRepository(const Database& db)
        : m_db(db)
    {
    }

    struct Window
    {
        int failures = 0;
        std::int64_t start = 0; // ms since epoch
    };
    // The key's current failure count and when its window began; empty when
    // the key has none.
    std::optional<Window> window(const QString& key) const;
    // Until when the key is locked out; empty when it never was (or was cleared).
    std::optional<std::int64_t> lockedUntil(const QString& key) const;
    // Writes the key's count and window. Without `lockedUntil`, an earlier
    // lock-out stays as it was.
    void save(const QString& key, const Window& window, std::optional<std::int64_t> lockedUntil);
    // A success: the key starts again from nothing.
    void clear(const QString& key);

private:
    const Database& m_db;
};

} // namespace rebound::store
