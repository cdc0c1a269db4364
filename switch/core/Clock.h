#pragma once

#include <QDateTime>
#include <cstdint>

namespace rebound::core {

// All time in the switch goes through a Clock so tests can replace it.
// Timestamps are milliseconds since the Unix epoch, UTC.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    std::int64_t nowMs() const override;
    // The process-wide real clock; lives for the whole program.
    static SystemClock& instance();
};

// A clock that only moves when told to.
class MockClock final : public Clock
{
public:
    explicit MockClock(std::int64_t startMs = 1'767'225'600'000)
        : m_nowMs(startMs)
    {
    } // 2026-01-01 UTC
    std::int64_t nowMs() const override { return m_nowMs; }
    void advance(std::int64_t ms) { m_nowMs += ms; }
    void set(std::int64_t ms) { m_nowMs = ms; }

private:
    std::int64_t m_nowMs;
};

} // namespace rebound::core
