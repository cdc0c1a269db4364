#include "triggers/FloodGuard.h"

#include <algorithm>

namespace rebound::triggers {

bool FloodGuard::allow(const QString& source, std::int64_t nowMs)
{
    if (m_buckets.size() > 10'000)
        prune(nowMs);
    auto it = m_buckets.find(source);
    if (it == m_buckets.end())
        it = m_buckets.insert(source, {m_burst, nowMs});
    Bucket& b = *it;
    b.tokens = std::min(m_burst, b.tokens + double(nowMs - b.lastMs) * m_rate / 1000.0);
    b.lastMs = nowMs;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

void FloodGuard::setLimits(double ratePerSecond, double burst)
{
    m_rate = ratePerSecond;
    m_burst = burst;
}

void FloodGuard::prune(std::int64_t nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();)
        it = nowMs - it->lastMs > 60'000 ? m_buckets.erase(it) : std::next(it);
}

} // namespace rebound::triggers
