#pragma once

#include <QTimeZone>
#include <cstdint>

namespace rebound::billing {

// When a call started, in the two forms rate selection needs: UTC for
// validity dates, and the reseller's local minute of day and weekday for
// peak/off-peak windows.
struct CallTime
{
    std::int64_t utcMs = 0;
    int minuteOfDay = 0; // 0..1439, local
    int dayOfWeek = 1;   // 1 = Monday ... 7 = Sunday, local
};

// Converts UTC instants to CallTime in one time zone. Time-zone conversion is
// slow, so the UTC offset is cached per hour: rating a million CDRs converts
// only as many hours as they span.
class CallTimeConverter
{
public:
    explicit CallTimeConverter(QTimeZone zone = QTimeZone::utc())
        : m_zone(std::move(zone))
    {
    }
    CallTime at(std::int64_t utcMs);
    const QTimeZone& zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    std::int64_t m_cachedHour = INT64_MIN;
    std::int64_t m_cachedOffsetMs = 0;
};

} // namespace rebound::billing
