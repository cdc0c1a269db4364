#include "callback/PendingCallbacks.h"

#include <algorithm>

namespace rebound::callback {

bool PendingCallbacks::add(std::int64_t requestId, std::int64_t nowMs)
{
    if (!m_ids.insert(requestId).second)
        return false;
    // A clock stepped back must not put a later request before an earlier one.
    const std::int64_t since = m_queue.empty() ? nowMs : std::max(nowMs, m_queue.back().since);
    m_queue.push_back({requestId, since});
    return true;
}

QList<std::int64_t> PendingCallbacks::takeDue(std::int64_t nowMs, std::int64_t delayMs)
{
    QList<std::int64_t> due;
    while (!m_queue.empty() && m_queue.front().since + delayMs <= nowMs) {
        due.append(m_queue.front().requestId);
        m_ids.erase(m_queue.front().requestId);
        m_queue.pop_front();
    }
    return due;
}

QList<std::int64_t> PendingCallbacks::takeAll()
{
    QList<std::int64_t> all;
    all.reserve(qsizetype(m_queue.size()));
    for (const Entry& entry : m_queue)
        all.append(entry.requestId);
    m_queue.clear();
    m_ids.clear();
    return all;
}

bool PendingCallbacks::remove(std::int64_t requestId)
{
    if (m_ids.erase(requestId) == 0)
        return false;
    m_queue.erase(std::find_if(m_queue.begin(), m_queue.end(),
                               [requestId](const Entry& e) { return e.requestId == requestId; }));
    return true;
}

std::int64_t PendingCallbacks::msUntilNext(std::int64_t nowMs, std::int64_t delayMs) const
{
    if (m_queue.empty())
        return -1;
    return std::max<std::int64_t>(0, m_queue.front().since + delayMs - nowMs);
}

} // namespace rebound::callback
