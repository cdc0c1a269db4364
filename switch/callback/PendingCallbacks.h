#pragma once

#include <QList>
#include <cstdint>
#include <deque>
#include <unordered_set>

namespace rebound::callback {

// Callback requests waiting out callback.delay_ms before their session
// starts. A waiting request costs a queue entry, not a session: the session
// (its credit hold, its call record, its timers) is made when the wait ends,
// so a burst of triggers does no call work on the switch thread and holds no
// objects for the calls it has not started yet. Requests leave in the order
// they came, which is also the order they fall due: every wait has the same
// length, read when they fall due.
class PendingCallbacks
{
public:
    // False when the request is already waiting.
    bool add(std::int64_t requestId, std::int64_t nowMs);
    // Takes the requests whose wait of delayMs has ended by nowMs, oldest first.
    QList<std::int64_t> takeDue(std::int64_t nowMs, std::int64_t delayMs);
    // Takes every waiting request (the switch is stopping).
    QList<std::int64_t> takeAll();
    // False when the request was not waiting.
    bool remove(std::int64_t requestId);
    bool contains(std::int64_t requestId) const { return m_ids.contains(requestId); }
    bool isEmpty() const { return m_queue.empty(); }
    std::size_t size() const { return m_queue.size(); }
    // Milliseconds until the oldest request falls due (0: now); -1 when none waits.
    std::int64_t msUntilNext(std::int64_t nowMs, std::int64_t delayMs) const;

private:
    struct Entry
    {
        std::int64_t requestId;
        std::int64_t since;
    };
    std::deque<Entry> m_queue;
    std::unordered_set<std::int64_t> m_ids;
};

} // namespace rebound::callback
