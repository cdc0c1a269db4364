#include "billing/CallTime.h"

#include <QDateTime>

namespace rebound::billing {

namespace {
constexpr std::int64_t MsPerHour = 3'600'000;
constexpr std::int64_t MsPerMinute = 60'000;
constexpr std::int64_t MsPerDay = 86'400'000;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

CallTime withOffset(std::int64_t utcMs, std::int64_t offsetMs)
{
    const std::int64_t local = utcMs + offsetMs;
    const std::int64_t day = floorDiv(local, MsPerDay);
    // 1970-01-01 was a Thursday; (day + 3) mod 7 counts from Monday = 0.
    const std::int64_t weekday = day + 3 - floorDiv(day + 3, 7) * 7;
    return {utcMs, static_cast<int>((local - day * MsPerDay) / MsPerMinute), static_cast<int>(weekday) + 1};
}
} // namespace

CallTime CallTimeConverter::at(std::int64_t utcMs)
{
    const auto offsetAt = [this](std::int64_t ms) {
        return std::int64_t(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC))) * 1000;
    };
    const std::int64_t hour = floorDiv(utcMs, MsPerHour);
    if (hour != m_cachedHour) {
        const std::int64_t startOffset = offsetAt(hour * MsPerHour);
        if (startOffset != offsetAt(hour * MsPerHour + MsPerHour - 1)) {
            // A daylight-saving change inside this hour: exact, uncached.
            m_cachedHour = INT64_MIN;
            return withOffset(utcMs, offsetAt(utcMs));
        }
        m_cachedHour = hour;
        m_cachedOffsetMs = startOffset;
    }
    return withOffset(utcMs, m_cachedOffsetMs);
}

} // namespace rebound::billing
