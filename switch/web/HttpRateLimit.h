#pragma once

#include "triggers/FloodGuard.h"

#include <QString>
#include <cstdint>

namespace rebound::store {
class Database;
}

namespace rebound::web {

// A FloodGuard for an HTTP trigger, with its limits read once from the
// settings `<prefix>rate_per_second` and `<prefix>burst` (defaults when unset
// or not positive), and the Retry-After to send with a 429.
class HttpRateLimit
{
public:
    HttpRateLimit(const store::Database& db, const QString& settingPrefix, double defaultRate,
                  double defaultBurst);

    bool allow(const QString& key, std::int64_t nowMs) { return m_guard.allow(key, nowMs); }
    // Whole seconds until the bucket holds a request again: 1 / rate, rounded up.
    QByteArray retryAfter() const;

private:
    double m_rate;
    triggers::FloodGuard m_guard;
};

} // namespace rebound::web
