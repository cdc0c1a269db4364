#pragma once

#include <QHash>
#include <QString>
#include <cstdint>

namespace rebound::triggers {

// Per-source rate limit (token bucket): each source may send `ratePerSecond`
// requests per second on average with bursts of `burst`. Sofia-SIP 1.12 has
// no flood limiter of its own, and scanners send thousands of INVITEs. Lives
// on the switch thread; no locking.
class FloodGuard
{
public:
    FloodGuard(double ratePerSecond = 10, double burst = 20)
        : m_rate(ratePerSecond)
        , m_burst(burst)
    {
    }

    // True when the request may proceed; false when the source is over its rate.
    bool allow(const QString& source, std::int64_t nowMs);
    void setLimits(double ratePerSecond, double burst);
    // Forget sources idle for a minute, so a scan from many addresses cannot
    // grow the table without bound.
    void prune(std::int64_t nowMs);
    int sources() const { return static_cast<int>(m_buckets.size()); }

private:
    struct Bucket
    {
        double tokens = 0;
        std::int64_t lastMs = 0;
    };
    double m_rate;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
};

} // namespace rebound::triggers
