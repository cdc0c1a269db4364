#include "billing/RateTable.h"

#include <algorithm>

namespace rebound::billing {

namespace {
bool isAnyTime(const store::Rate& r)
{
    return !r.validFrom && !r.validTo && !r.timeFrom && !r.timeTo && (r.daysMask & 0x7f) == 0x7f;
}
} // namespace

RateTable::RateTable(const QList<store::Rate>& rates)
{
    // Rates of one prefix end up adjacent; the stable sort keeps file order
    // among them, and windowed rates come before an any-time fallback.
    m_rates.assign(rates.cbegin(), rates.cend());
    std::stable_sort(m_rates.begin(), m_rates.end(), [](const store::Rate& a, const store::Rate& b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        return !isAnyTime(a) && isAnyTime(b);
    });

    Node root;
    std::fill(std::begin(root.child), std::end(root.child), -1);
    m_nodes.push_back(root);
    for (std::size_t i = 0; i < m_rates.size(); ++i) {
        const QString& prefix = m_rates[i].prefix;
        std::int32_t node = 0;
        for (QChar c : prefix) {
            const int digit = c.unicode() - '0';
            if (digit < 0 || digit > 9)
                break; // the store only holds digits; be safe anyway
            if (m_nodes[node].child[digit] < 0) {
                Node fresh;
                std::fill(std::begin(fresh.child), std::end(fresh.child), -1);
                m_nodes[node].child[digit] = static_cast<std::int32_t>(m_nodes.size());
                m_nodes.push_back(fresh);
            }
            node = m_nodes[node].child[digit];
        }
        Node& n = m_nodes[node];
        if (n.firstRate < 0)
            n.firstRate = static_cast<std::int32_t>(i);
        ++n.rateCount;
        n.anyTimeRate = n.anyTimeRate || isAnyTime(m_rates[i]);
    }
    m_nodes.shrink_to_fit();
}

bool RateTable::applies(const store::Rate& r, const CallTime& when)
{
    if (r.validFrom && when.utcMs < *r.validFrom)
        return false;
    if (r.validTo && when.utcMs >= *r.validTo)
        return false;
    if (!(r.daysMask & (1 << (when.dayOfWeek - 1))))
        return false;
    if (r.timeFrom && r.timeTo) {
        const int from = *r.timeFrom;
        const int to = *r.timeTo;
        const int m = when.minuteOfDay;
        if (from <= to ? (m < from || m >= to) : (m < from && m >= to))
            return false;
    }
    return true;
}

const store::Rate* RateTable::pick(const Node& node, const CallTime& when) const
{
    const store::Rate* begin = m_rates.data() + node.firstRate;
    if (node.rateCount == 1 && node.anyTimeRate)
        return begin;
    for (const store::Rate* r = begin; r != begin + node.rateCount; ++r)
        if (applies(*r, when))
            return r;
    return nullptr;
}

template <typename CharAt>
const store::Rate* RateTable::matchImpl(std::size_t length, CharAt charAt, const CallTime& when) const
{
    if (m_nodes.empty())
        return nullptr;
    // Remember the nodes on the path, then try them deepest first.
    std::int32_t path[32];
    std::size_t depth = 0;
    std::int32_t node = 0;
    path[depth++] = 0;
    for (std::size_t i = 0; i < length && depth < std::size(path); ++i) {
        const int digit = charAt(i) - '0';
        if (digit < 0 || digit > 9)
            break;
        node = m_nodes[node].child[digit];
        if (node < 0)
            break;
        path[depth++] = node;
    }
    while (depth > 0) {
        const Node& n = m_nodes[path[--depth]];
        if (n.rateCount > 0)
            if (const store::Rate* r = pick(n, when))
                return r;
    }
    return nullptr;
}

const store::Rate* RateTable::match(QStringView digits, const CallTime& when) const
{
    return matchImpl(
        digits.size(), [&](std::size_t i) { return int(digits[qsizetype(i)].unicode()); }, when);
}

const store::Rate* RateTable::match(const char* digits, std::size_t length, const CallTime& when) const
{
    return matchImpl(
        length, [&](std::size_t i) { return int(static_cast<unsigned char>(digits[i])); }, when);
}

} // namespace rebound::billing
