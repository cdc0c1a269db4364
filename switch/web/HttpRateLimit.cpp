#include "web/HttpRateLimit.h"

#include "store/SettingsRepository.h"

#include <algorithm>
#include <cmath>

namespace rebound::web {

namespace {
double positiveSetting(const store::SettingsRepository& settings, const QString& key, double fallback)
{
    bool ok = false;
    const double value = settings.value(key).toDouble(&ok);
    return ok && value > 0 ? value : fallback;
}
} // namespace

HttpRateLimit::HttpRateLimit(const store::Database& db, const QString& settingPrefix, double defaultRate,
                             double defaultBurst)
{
    const store::SettingsRepository settings(db);
    m_rate = positiveSetting(settings, settingPrefix + QStringLiteral("rate_per_second"), defaultRate);
    m_guard.setLimits(m_rate, std::max(1.0, positiveSetting(settings, settingPrefix + QStringLiteral("burst"),
                                                            defaultBurst)));
}

QByteArray HttpRateLimit::retryAfter() const
{
    return QByteArray::number(std::max(1, int(std::ceil(1.0 / m_rate))));
}

} // namespace rebound::web
