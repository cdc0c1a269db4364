#pragma once

#include "billing/CallTime.h"
#include "store/Rate.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rebound::billing {

// An immutable, in-memory rate table for longest-prefix matching: a digit
// trie built once from the database, so rating a call never scans SQL.
// Several rates may share a prefix (peak/off-peak, old/new validity); the
// longest prefix that has a rate applying at the call's time wins, so a
// window with a gap falls back to the shorter prefix instead of failing.
// Among the rates of one prefix, windowed rates are tried before any-time
// ones, otherwise in the order given.
//
// Built for a switch rating every call (issue 20): 16-byte trie nodes whose
// children are adjacent and found by a 4-bit place per digit, and 32-byte
// rows holding money as integers, with prefix text, destination names,
// charging terms and time windows stored once each and shared. A lookup
// returns a row number and allocates nothing; rate() rebuilds the full
// store::Rate when a caller wants one.
class RateTable
{
public:
    static constexpr std::uint32_t NoRow = UINT32_MAX;

    RateTable() = default;
    // Throws std::length_error past 8,388,607 rates on one prefix.
    explicit RateTable(const QList<store::Rate>& rates);

    // The rate that applies to a number at a time; empty when none does.
    // digits are E.164 digits; anything else ends the match.
    std::optional<store::Rate> match(QStringView digits, const CallTime& when) const;
    std::optional<store::Rate> match(const char* digits, std::size_t length, const CallTime& when) const;

    // The same as a row number (NoRow when none applies), for callers that
    // price many calls: nothing is copied or allocated.
    std::uint32_t find(QStringView digits, const CallTime& when) const;
    std::uint32_t find(const char* digits, std::size_t length, const CallTime& when) const;

    // Rows are numbered 0..size()-1, sorted by prefix; row < size().
    store::Rate rate(std::uint32_t row) const;
    // The row without its prefix and destination text: all that the billing
    // rule (ChargeRule.h) reads, without allocating.
    store::Rate billingTerms(std::uint32_t row) const;

    std::size_t size() const { return m_rows.size(); }
    std::size_t nodeCount() const { return m_nodes.size(); }

    static bool applies(const store::Rate& rate, const CallTime& when);

private:
    // When a rate applies; index 0 of m_windows is "at any time".
    struct Window
    {
        std::optional<std::int64_t> validFrom;
        std::optional<std::int64_t> validTo;
        std::optional<int> timeFrom;
        std::optional<int> timeTo;
        int daysMask = 127;

        static Window of(const store::Rate& rate);
        bool anyTime() const;
        friend bool operator==(const Window&, const Window&) = default;
    };
    // How a call is charged, apart from the price per minute.
    struct Terms
    {
        std::int64_t tableId = 0;
        std::int64_t connectFeeMicros = 0;
        int firstIncrement = 60;
        int nextIncrement = 60;
        int minSeconds = 0;
        int graceSeconds = 0;
        friend bool operator==(const Terms&, const Terms&) = default;
    };
    struct Row
    {
        std::int64_t id = 0;
        std::int64_t perMinuteMicros = 0;
        std::uint32_t prefix = 0;      // into m_prefixStart
        std::uint32_t destination = 0; // into m_destinations
        std::uint32_t terms = 0;       // into m_terms
        std::uint32_t window = 0;      // into m_windows
    };
    struct Node
    {
        std::uint32_t firstChild = 0; // children are adjacent, in digit order
        std::uint32_t firstRow = 0;
        // bits 0-39: for each digit, its child's place after firstChild
        // (0-9), or 15 for none; bit 40: the first row applies at any time
        // (so it wins without a check); bits 41-63: row count.
        std::uint64_t bits = NoChildren;
    };
    static constexpr std::uint64_t NoChildren = 0xff'ffff'ffff;
    static constexpr std::uint64_t FirstRowAnyTime = 1ULL << 40;
    static constexpr int RowCountShift = 41;

    struct BuildNode;

    static void addToTrie(std::vector<BuildNode>& trie, const std::string& path, std::uint32_t row,
                          bool anyTime);
    void layOut(const std::vector<BuildNode>& trie);
    template <typename CharAt>
    std::uint32_t findImpl(std::size_t length, CharAt charAt, const CallTime& when) const;
    std::uint32_t pick(const Node& node, const CallTime& when) const;
    void fillRate(std::uint32_t row, store::Rate& rate) const;

    std::vector<Node> m_nodes; // the root first; see the constructor for the order
    std::vector<Row> m_rows;
    std::vector<std::uint32_t> m_prefixStart; // prefix i is m_prefixText[start[i], start[i+1])
    std::vector<char16_t> m_prefixText;
    std::vector<QString> m_destinations;
    std::vector<Terms> m_terms;
    std::vector<Window> m_windows;
};

} // namespace rebound::billing
