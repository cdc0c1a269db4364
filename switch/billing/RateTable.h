#pragma once

#include "billing/CallTime.h"
#include "store/Rate.h"

#include <QList>
#include <QStringView>
#include <cstdint>
#include <vector>

namespace rebound::billing {

// An immutable, in-memory rate table for longest-prefix matching: a digit
// trie built once from the database, so rating a call never scans SQL.
// Several rates may share a prefix (peak/off-peak, old/new validity); the
// longest prefix that has a rate applying at the call's time wins, so a
// window with a gap falls back to the shorter prefix instead of failing.
class RateTable
{
public:
    RateTable() = default;
    explicit RateTable(const QList<store::Rate>& rates);

    // nullptr when no rate applies. digits are E.164 digits; anything else
    // ends the match.
    const store::Rate* match(QStringView digits, const CallTime& when) const;
    const store::Rate* match(const char* digits, std::size_t length, const CallTime& when) const;

    std::size_t size() const { return m_rates.size(); }
    std::size_t nodeCount() const { return m_nodes.size(); }
    const std::vector<store::Rate>& rates() const { return m_rates; }

    static bool applies(const store::Rate& rate, const CallTime& when);

private:
    struct Node
    {
        std::int32_t child[10];
        std::int32_t firstRate = -1; // index into m_rates, rates of one node are adjacent
        std::int32_t rateCount = 0;
        bool anyTimeRate = false; // one of them applies at every time: skip the checks
    };
    template <typename CharAt>
    const store::Rate* matchImpl(std::size_t length, CharAt charAt, const CallTime& when) const;
    const store::Rate* pick(const Node& node, const CallTime& when) const;

    std::vector<Node> m_nodes;
    std::vector<store::Rate> m_rates;
};

} // namespace rebound::billing
