#include "billing/RateTable.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <numeric>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace rebound::billing {

namespace {

// Mixes a few integers into one hash; the palettes below only need it to be
// cheap and to spread ordinary values.
template <typename... Values>
std::size_t hashOf(const Values&... values)
{
    std::size_t h = 0x9e3779b97f4a7c15ULL;
    ((h = (h ^ std::hash<Values>{}(values)) * 0x100000001b3ULL), ...);
    return h;
}

// Where a rate sits in the trie: its prefix up to the first non-digit (the
// store only holds digits; be safe anyway).
std::string digitPath(const QString& prefix)
{
    std::string path;
    path.reserve(std::size_t(prefix.size()));
    for (QChar c : prefix) {
        if (c.unicode() < '0' || c.unicode() > '9')
            break;
        path.push_back(char(c.unicode()));
    }
    return path;
}

// The order of the rows: by trie node, windowed before any-time, else as
// given.
std::vector<std::uint32_t> sortedOrder(const std::vector<std::string>& paths,
                                       const std::vector<bool>& anyTime)
{
    std::vector<std::uint32_t> order(paths.size());
    std::iota(order.begin(), order.end(), 0U);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (const int c = paths[a].compare(paths[b]); c != 0)
            return c < 0;
        return !anyTime[a] && anyTime[b];
    });
    return order;
}

// Hands out a small number per distinct value, in order of first use.
template <typename Value, typename Hash>
class Palette
{
public:
    std::uint32_t indexOf(const Value& value, std::vector<Value>& values)
    {
        const auto [it, inserted] = m_index.try_emplace(value, std::uint32_t(values.size()));
        if (inserted)
            values.push_back(value);
        return it->second;
    }

private:
    std::unordered_map<Value, std::uint32_t, Hash> m_index;
};

// The billing rule's time conditions, for store::Rate and Window alike (the
// same field names), so the rule is written once and nothing is copied.
template <typename Timed>
bool appliesAt(const Timed& r, const CallTime& when)
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

} // namespace

// A trie node while building: children by digit, laid out by layOut().
struct RateTable::BuildNode
{
    std::array<std::int32_t, 10> child;
    std::uint32_t firstRow = 0;
    std::uint32_t rowCount = 0;
    bool firstRowAnyTime = false;
    BuildNode() { child.fill(-1); }
};

RateTable::Window RateTable::Window::of(const store::Rate& r)
{
    return {r.validFrom, r.validTo, r.timeFrom, r.timeTo, r.daysMask};
}

bool RateTable::Window::anyTime() const
{
    return !validFrom && !validTo && !timeFrom && !timeTo && (daysMask & 0x7f) == 0x7f;
}

bool RateTable::applies(const store::Rate& rate, const CallTime& when)
{
    return appliesAt(rate, when);
}

RateTable::RateTable(const QList<store::Rate>& rates)
{
    // Rates of one trie node end up adjacent; the stable sort keeps the given
    // order among them, and windowed rates come before an any-time fallback.
    const auto count = std::size_t(rates.size());
    std::vector<std::string> paths(count);
    std::vector<bool> anyTime(count);
    for (std::size_t i = 0; i < count; ++i) {
        paths[i] = digitPath(rates[qsizetype(i)].prefix);
        anyTime[i] = Window::of(rates[qsizetype(i)]).anyTime();
    }
    const std::vector<std::uint32_t> order = sortedOrder(paths, anyTime);

    struct TermsHash
    {
        std::size_t operator()(const Terms& t) const
        {
            return hashOf(t.tableId, t.connectFeeMicros, t.firstIncrement, t.nextIncrement, t.minSeconds,
                          t.graceSeconds);
        }
    };
    struct WindowHash
    {
        std::size_t operator()(const Window& w) const
        {
            return hashOf(w.validFrom.value_or(INT64_MIN), w.validTo.value_or(INT64_MIN),
                          w.timeFrom.value_or(INT32_MIN), w.timeTo.value_or(INT32_MIN), w.daysMask);
        }
    };
    Palette<Terms, TermsHash> terms;
    Palette<Window, WindowHash> windows;
    (void)windows.indexOf(Window{}, m_windows); // index 0: any time
    QHash<QString, std::uint32_t> destinations;

    std::vector<BuildNode> trie(1);
    m_rows.reserve(count);
    for (std::uint32_t i : order) {
        const store::Rate& r = rates[qsizetype(i)];
        const auto row = std::uint32_t(m_rows.size());
        // Rows of one prefix are mostly adjacent: their text is kept once.
        if (m_prefixStart.empty() || rates[qsizetype(order[row - 1])].prefix != r.prefix) {
            m_prefixStart.push_back(std::uint32_t(m_prefixText.size()));
            m_prefixText.insert(m_prefixText.end(), r.prefix.utf16(), r.prefix.utf16() + r.prefix.size());
        }
        const auto destination = destinations.constFind(r.destination);
        Row compact;
        compact.id = r.id;
        compact.perMinuteMicros = r.perMinute.micros();
        compact.prefix = std::uint32_t(m_prefixStart.size() - 1);
        if (destination != destinations.cend()) {
            compact.destination = *destination;
        } else {
            compact.destination = std::uint32_t(m_destinations.size());
            destinations.insert(r.destination, compact.destination);
            m_destinations.push_back(r.destination);
        }
        compact.terms = terms.indexOf({r.tableId, r.connectFee.micros(), r.firstIncrement, r.nextIncrement,
                                       r.minSeconds, r.graceSeconds},
                                      m_terms);
        compact.window = windows.indexOf(Window::of(r), m_windows);
        m_rows.push_back(compact);

        addToTrie(trie, paths[i], row, anyTime[i]);
    }
    m_prefixStart.push_back(std::uint32_t(m_prefixText.size()));

    layOut(trie);
    m_prefixStart.shrink_to_fit();
    m_prefixText.shrink_to_fit();
    m_destinations.shrink_to_fit();
    m_terms.shrink_to_fit();
    m_windows.shrink_to_fit();
}

// Row `row` is the next of the node at `path`, made on the way as needed.
void RateTable::addToTrie(std::vector<BuildNode>& trie, const std::string& path, std::uint32_t row,
                          bool anyTime)
{
    std::size_t node = 0;
    for (char c : path) {
        const int digit = c - '0';
        if (trie[node].child[digit] < 0) {
            trie[node].child[digit] = std::int32_t(trie.size());
            trie.emplace_back();
        }
        node = std::size_t(trie[node].child[digit]);
    }
    BuildNode& n = trie[node];
    if (n.rowCount == 0) {
        n.firstRow = row;
        n.firstRowAnyTime = anyTime;
    }
    if (++n.rowCount >= (1u << (64 - RowCountShift)))
        throw std::length_error("more than 8,388,607 rates on one prefix");
}

void RateTable::layOut(const std::vector<BuildNode>& trie)
{
    // A node's children are adjacent (a 4-bit place per digit finds one), and each group
    // of children is placed depth first, right after its parent's group and
    // before any other subtree: the deep end of a lookup's path, where the
    // cache misses are, lies within a few neighbouring cache lines.
    std::vector<std::uint32_t> placed{0}; // build node at each position
    placed.reserve(trie.size());
    std::vector<std::uint32_t> pending{0}; // positions whose children are not placed yet
    m_nodes.resize(trie.size());
    while (!pending.empty()) {
        const std::uint32_t k = pending.back();
        pending.pop_back();
        const BuildNode& from = trie[placed[k]];
        Node& to = m_nodes[k];
        to.firstChild = std::uint32_t(placed.size());
        to.firstRow = from.firstRow;
        to.bits = std::uint64_t(from.rowCount) << RowCountShift |
                  (from.firstRowAnyTime ? FirstRowAnyTime : 0) | NoChildren;
        for (int digit = 0; digit < 10; ++digit)
            if (from.child[std::size_t(digit)] >= 0) {
                const std::uint64_t place = placed.size() - to.firstChild;
                to.bits &= ~(std::uint64_t(15) << (4 * digit)) | place << (4 * digit);
                placed.push_back(std::uint32_t(from.child[std::size_t(digit)]));
            }
        for (auto position = std::uint32_t(placed.size()); position-- > to.firstChild;)
            pending.push_back(position);
    }
}

std::uint32_t RateTable::pick(const Node& node, const CallTime& when) const
{
    const std::uint32_t end = node.firstRow + std::uint32_t(node.bits >> RowCountShift);
    for (std::uint32_t row = node.firstRow; row != end; ++row)
        if (appliesAt(m_windows[m_rows[row].window], when))
            return row;
    return NoRow;
}

template <typename CharAt>
std::uint32_t RateTable::findImpl(std::size_t length, CharAt charAt, const CallTime& when) const
{
    if (m_nodes.empty())
        return NoRow;
    // Walk down as far as the digits go, keeping the deepest node with rows.
    // When none of its rows applies at this time, walk again to just above
    // it: gaps are rare, so the common path keeps no stack of nodes.
    std::size_t limit = length;
    for (;;) {
        const Node* node = m_nodes.data();
        const Node* deepest = (node->bits >> RowCountShift) ? node : nullptr;
        std::size_t deepestDepth = 0;
        for (std::size_t i = 0; i < limit; ++i) {
            const auto digit = unsigned(charAt(i)) - unsigned('0');
            if (digit > 9)
                break;
            const auto place = unsigned(node->bits >> (4 * digit)) & 15;
            if (place > 9)
                break;
            node = &m_nodes[node->firstChild + place];
            if (node->bits >> RowCountShift) {
                deepest = node;
                deepestDepth = i + 1;
            }
        }
        if (!deepest)
            return NoRow;
        if (deepest->bits & FirstRowAnyTime)
            return deepest->firstRow;
        if (const std::uint32_t row = pick(*deepest, when); row != NoRow)
            return row;
        if (deepestDepth == 0)
            return NoRow;
        limit = deepestDepth - 1;
    }
}

std::uint32_t RateTable::find(QStringView digits, const CallTime& when) const
{
    return findImpl(
        std::size_t(digits.size()), [&](std::size_t i) { return digits[qsizetype(i)].unicode(); }, when);
}

std::uint32_t RateTable::find(const char* digits, std::size_t length, const CallTime& when) const
{
    return findImpl(
        length, [&](std::size_t i) { return static_cast<unsigned char>(digits[i]); }, when);
}

void RateTable::fillRate(std::uint32_t row, store::Rate& rate) const
{
    const Row& r = m_rows[row];
    const Terms& t = m_terms[r.terms];
    const Window& w = m_windows[r.window];
    rate.id = r.id;
    rate.tableId = t.tableId;
    rate.perMinute = core::Money::fromMicros(r.perMinuteMicros);
    rate.connectFee = core::Money::fromMicros(t.connectFeeMicros);
    rate.firstIncrement = t.firstIncrement;
    rate.nextIncrement = t.nextIncrement;
    rate.minSeconds = t.minSeconds;
    rate.graceSeconds = t.graceSeconds;
    rate.validFrom = w.validFrom;
    rate.validTo = w.validTo;
    rate.timeFrom = w.timeFrom;
    rate.timeTo = w.timeTo;
    rate.daysMask = w.daysMask;
}

store::Rate RateTable::billingTerms(std::uint32_t row) const
{
    store::Rate rate;
    fillRate(row, rate);
    return rate;
}

store::Rate RateTable::rate(std::uint32_t row) const
{
    store::Rate rate;
    fillRate(row, rate);
    const Row& r = m_rows[row];
    const std::uint32_t begin = m_prefixStart[r.prefix];
    rate.prefix = QString(reinterpret_cast<const QChar*>(m_prefixText.data() + begin),
                          qsizetype(m_prefixStart[r.prefix + 1] - begin));
    rate.destination = m_destinations[r.destination];
    return rate;
}

std::optional<store::Rate> RateTable::match(QStringView digits, const CallTime& when) const
{
    if (const std::uint32_t row = find(digits, when); row != NoRow)
        return rate(row);
    return std::nullopt;
}

std::optional<store::Rate> RateTable::match(const char* digits, std::size_t length,
                                            const CallTime& when) const
{
    if (const std::uint32_t row = find(digits, length, when); row != NoRow)
        return rate(row);
    return std::nullopt;
}

} // namespace rebound::billing
