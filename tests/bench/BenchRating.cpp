// Rating benchmark: longest-prefix lookups and CDR pricing with the in-memory
// billing::RateTable, each against a naive SQL longest-match query on the same
// SQLite data and against the trie RateTable used before issue 20 (a copy
// kept below), all measured in the same run. Prints figures; the exit code
// only reports a correctness mismatch between the tries and SQL, never a
// missed speed target, because the machines it runs on are shared and noisy.

#include "BenchSupport.h"
#include "billing/CallTime.h"
#include "billing/ChargeRule.h"
#include "billing/RateTable.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/RateRepository.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <malloc.h>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

using namespace rebound;
using namespace rebound::bench;
using billing::CallTime;

namespace {

// ---------------------------------------------------------------- options

struct Options
{
    std::size_t prefixes = 100'000;
    std::size_t lookups = 2'000'000;
    std::size_t cdrs = 1'000'000;
    std::size_t baselineQueries = 20'000;
    // The naive query scans the whole table (~20 ms each on a 100,000-row
    // table), so 20,000 of them would take several minutes: each SQL
    // baseline stops at this budget (still a few thousand numbers checked
    // for agreement in all) and reports how many it ran.
    double baselineSeconds = 40;
    std::uint64_t seed = 20260301;
};

// Medians of a few rounds, so one noisy round on a shared machine does not
// decide a figure. The SQL baselines run once: they are the slow part.
constexpr int Rounds = 3;

// Distinct numbers the lookups cycle through: more than any cache holds, so
// lookups walk the trie cold as a switch rating random callers would.
constexpr std::size_t MaxNumberPool = 1'000'000;

constexpr double LookupTarget = 10'000'000;  // per second, one core (issue 20)
constexpr double BytesPerPrefixTarget = 100; // whole structure, strings included (issue 20)
constexpr double RatioTarget = 100;          // times the naive SQL baseline

// ---------------------------------------------------------------- number formatting

QString ratio(double r)
{
    return QStringLiteral("%1x").arg(grouped(r));
}

// ---------------------------------------------------------------- the rate table

// Real E.164 country codes. weight is roughly how big the country's section
// of a wholesale carrier sheet is (NANP and big mobile markets have thousands
// of area and operator ranges, small islands a handful).
struct Country
{
    const char* code;
    int weight;
};
constexpr Country Countries[] = {
    {"1", 60},  {"7", 25},  {"20", 6},  {"27", 6},  {"30", 4},  {"31", 5},  {"32", 4},  {"33", 12},
    {"34", 10}, {"36", 3},  {"39", 14}, {"40", 4},  {"41", 4},  {"43", 6},  {"44", 18}, {"45", 2},
    {"46", 4},  {"47", 2},  {"48", 5},  {"49", 20}, {"51", 3},  {"52", 15}, {"53", 1},  {"54", 8},
    {"55", 16}, {"56", 3},  {"57", 5},  {"58", 3},  {"60", 4},  {"61", 6},  {"62", 12}, {"63", 8},
    {"64", 2},  {"65", 2},  {"66", 5},  {"81", 8},  {"82", 5},  {"84", 6},  {"86", 30}, {"90", 6},
    {"91", 30}, {"92", 8},  {"93", 2},  {"94", 2},  {"95", 2},  {"98", 5},  {"211", 1}, {"212", 3},
    {"213", 3}, {"216", 2}, {"218", 1}, {"220", 1}, {"221", 2}, {"222", 1}, {"223", 1}, {"224", 1},
    {"225", 2}, {"226", 1}, {"227", 1}, {"228", 1}, {"229", 1}, {"230", 1}, {"231", 1}, {"232", 1},
    {"233", 3}, {"234", 6}, {"235", 1}, {"236", 1}, {"237", 2}, {"238", 1}, {"239", 1}, {"240", 1},
    {"241", 1}, {"242", 1}, {"243", 2}, {"244", 2}, {"245", 1}, {"248", 1}, {"249", 2}, {"250", 1},
    {"251", 2}, {"252", 1}, {"253", 1}, {"254", 3}, {"255", 2}, {"256", 2}, {"257", 1}, {"258", 1},
    {"260", 1}, {"261", 1}, {"262", 1}, {"263", 1}, {"264", 1}, {"265", 1}, {"266", 1}, {"267", 1},
    {"268", 1}, {"269", 1}, {"290", 1}, {"291", 1}, {"297", 1}, {"298", 1}, {"299", 1}, {"350", 1},
    {"351", 3}, {"352", 1}, {"353", 2}, {"354", 1}, {"355", 1}, {"356", 1}, {"357", 1}, {"358", 2},
    {"359", 2}, {"370", 1}, {"371", 1}, {"372", 1}, {"373", 1}, {"374", 1}, {"375", 2}, {"376", 1},
    {"377", 1}, {"378", 1}, {"380", 4}, {"381", 2}, {"382", 1}, {"383", 1}, {"385", 2}, {"386", 1},
    {"387", 1}, {"389", 1}, {"420", 2}, {"421", 2}, {"423", 1}, {"500", 1}, {"501", 1}, {"502", 1},
    {"503", 1}, {"504", 1}, {"505", 1}, {"506", 1}, {"507", 1}, {"509", 2}, {"591", 1}, {"592", 1},
    {"593", 2}, {"595", 1}, {"597", 1}, {"598", 1}, {"670", 1}, {"673", 1}, {"674", 1}, {"675", 1},
    {"676", 1}, {"677", 1}, {"678", 1}, {"679", 1}, {"680", 1}, {"685", 1}, {"686", 1}, {"687", 1},
    {"689", 1}, {"691", 1}, {"692", 1}, {"850", 1}, {"852", 3}, {"853", 1}, {"855", 2}, {"856", 1},
    {"880", 4}, {"886", 3}, {"960", 1}, {"961", 1}, {"962", 1}, {"963", 1}, {"964", 2}, {"965", 1},
    {"966", 3}, {"967", 1}, {"968", 1}, {"970", 1}, {"971", 3}, {"972", 2}, {"973", 1}, {"974", 1},
    {"975", 1}, {"976", 1}, {"977", 2}, {"992", 1}, {"993", 1}, {"994", 1}, {"995", 1}, {"996", 1},
    {"998", 2},
};

// Spare E.164 ranges: numbers starting here match no prefix of the table.
constexpr const char* UnassignedStarts[] = {"280", "283", "286", "289", "693", "696", "699",
                                            "830", "835", "839", "890", "895", "899", "999"};

constexpr std::size_t MaxPrefixLength = 9;

struct Prefix
{
    std::string digits;
    std::size_t country; // index into Countries
};

// Carrier-sheet-like prefixes: every country code, then area and mobile
// ranges of 3-9 digits under it. Half of them extend an existing range by a
// digit or two, so prefixes nest (44, 447, 4477, 44770...) the way real sheets
// do and the trie sees deep shared paths, not only a flat fan-out.
std::vector<Prefix> generatePrefixes(std::size_t count, std::mt19937_64& rng)
{
    std::vector<Prefix> result;
    std::unordered_set<std::string> seen;
    std::vector<std::vector<std::size_t>> byCountry(std::size(Countries));
    std::vector<double> weights;
    for (std::size_t c = 0; c < std::size(Countries); ++c) {
        weights.push_back(Countries[c].weight);
        if (result.size() < count) {
            result.push_back({Countries[c].code, c});
            seen.insert(result.back().digits);
            byCountry[c].push_back(result.size() - 1);
        }
    }
    std::discrete_distribution<std::size_t> pickCountry(weights.begin(), weights.end());
    // index = prefix length; most ranges on real sheets are 5-7 digits long
    std::discrete_distribution<std::size_t> pickLength({0, 0, 0, 1, 3, 5, 7, 6, 4, 2});
    std::uniform_int_distribution<int> digit(0, 9);
    std::bernoulli_distribution extend(0.5);
    std::bernoulli_distribution twoDigits(0.3);
    std::size_t attempts = 0;
    while (result.size() < count) {
        if (++attempts > 100 * count)
            throw std::runtime_error("cannot generate that many distinct prefixes");
        const std::size_t c = pickCountry(rng);
        const std::string code = Countries[c].code;
        std::string candidate;
        const std::vector<std::size_t>& members = byCountry[c];
        if (extend(rng)) {
            std::uniform_int_distribution<std::size_t> pickMember(0, members.size() - 1);
            candidate = result[members[pickMember(rng)]].digits;
            if (candidate.size() >= MaxPrefixLength)
                continue;
            candidate.push_back(static_cast<char>('0' + digit(rng)));
            if (twoDigits(rng) && candidate.size() < MaxPrefixLength)
                candidate.push_back(static_cast<char>('0' + digit(rng)));
        } else {
            std::size_t length = 0;
            do
                length = pickLength(rng);
            while (length <= code.size());
            candidate = code;
            while (candidate.size() < length)
                candidate.push_back(static_cast<char>('0' + digit(rng)));
        }
        if (seen.insert(candidate).second) {
            result.push_back({candidate, c});
            byCountry[c].push_back(result.size() - 1);
        }
    }
    return result;
}

struct TableStats
{
    std::size_t rows = 0;
    std::size_t peak = 0;        // Mon-Fri 08:00-19:00 rate over an any-time fallback
    std::size_t night = 0;       // 19:00-07:00 (wraps midnight) over an any-time fallback
    std::size_t priceChange = 0; // old rate until mid-month, new rate from then on
};

// The CDR month (UTC), and the instant in its middle when the price-change
// rows switch over.
std::int64_t monthStartMs()
{
    return QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}
std::int64_t priceChangeMs()
{
    return QDateTime(QDate(2026, 3, 16), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// One or two rows per prefix. Every prefix has a rate at every instant (the
// windowed rows sit over an any-time fallback, the price change covers both
// halves), so time windows can change which row of a prefix wins but never
// which prefix wins: the prefix-only SQL check below relies on that.
QList<store::Rate> generateRates(const std::vector<Prefix>& prefixes, std::mt19937_64& rng, TableStats& stats)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double lowLog = std::log(1'000.0);      // 0.001 per minute, in micros
    const double highLog = std::log(1'500'000.0); // 1.50 per minute
    // {1/1, 6/6, 30/6, 60/60} as carriers bill them
    constexpr int Increments[][2] = {{1, 1}, {6, 6}, {30, 6}, {60, 60}};
    std::discrete_distribution<std::size_t> pickIncrement({2, 3, 3, 2});
    std::uniform_int_distribution<std::int64_t> connectFee(5'000, 50'000);
    std::uniform_int_distribution<int> grace(1, 5);

    QList<store::Rate> rates;
    rates.reserve(static_cast<qsizetype>(prefixes.size() + prefixes.size() / 10));
    for (const Prefix& prefix : prefixes) {
        store::Rate base;
        base.prefix = QString::fromLatin1(prefix.digits.data(), static_cast<qsizetype>(prefix.digits.size()));
        base.destination = QStringLiteral("+%1 %2").arg(QLatin1String(Countries[prefix.country].code),
                                                        unit(rng) < 0.4 ? QStringLiteral("Mobile")
                                                                        : QStringLiteral("Fixed"));
        base.perMinute =
            core::Money::fromMicros(std::llround(std::exp(lowLog + unit(rng) * (highLog - lowLog))));
        const auto& increment = Increments[pickIncrement(rng)];
        base.firstIncrement = increment[0];
        base.nextIncrement = increment[1];
        if (unit(rng) < 0.08)
            base.connectFee = core::Money::fromMicros(connectFee(rng));
        if (unit(rng) < 0.10)
            base.graceSeconds = grace(rng);
        if (unit(rng) < 0.03)
            base.minSeconds = 60;

        const double special = unit(rng);
        if (special < 0.020) {
            store::Rate peak = base;
            peak.perMinute = base.perMinute.scaled(14, 10);
            peak.timeFrom = 8 * 60;
            peak.timeTo = 19 * 60;
            peak.daysMask = 0b0011111;
            rates.append(base);
            rates.append(peak);
            ++stats.peak;
        } else if (special < 0.035) {
            store::Rate night = base;
            night.perMinute = base.perMinute.scaled(6, 10);
            night.timeFrom = 19 * 60;
            night.timeTo = 7 * 60;
            rates.append(night);
            rates.append(base);
            ++stats.night;
        } else if (special < 0.045) {
            store::Rate before = base;
            before.validTo = priceChangeMs();
            store::Rate after = base;
            after.validFrom = priceChangeMs();
            after.perMinute = base.perMinute.scaled(11, 10);
            rates.append(before);
            rates.append(after);
            ++stats.priceChange;
        } else {
            rates.append(base);
        }
    }
    stats.rows = static_cast<std::size_t>(rates.size());
    return rates;
}

// ---------------------------------------------------------------- numbers and CDRs

// Dialled numbers as a switch sees them: a range of the table plus subscriber
// digits, 10-13 digits in all. About 5% go nowhere useful: half start in a
// spare range (no match at all), half are a country code and random digits
// (usually only the country's catch-all prefix matches).
class NumberSource
{
public:
    NumberSource(const std::vector<Prefix>& prefixes, std::uint64_t seed)
        : m_prefixes(prefixes)
        , m_rng(seed)
    {
    }

    std::string next()
    {
        const double kind = m_unit(m_rng);
        std::string number;
        if (kind < 0.025)
            number = UnassignedStarts[pick(std::size(UnassignedStarts))];
        else if (kind < 0.05)
            number = Countries[pick(std::size(Countries))].code;
        else
            number = m_prefixes[pick(m_prefixes.size())].digits;
        const std::size_t length = 10 + pick(4);
        while (number.size() < length)
            number.push_back(static_cast<char>('0' + pick(10)));
        return number;
    }

private:
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(m_rng); }

    const std::vector<Prefix>& m_prefixes;
    std::mt19937_64 m_rng;
    std::uniform_real_distribution<double> m_unit{0.0, 1.0};
};

struct Cdr
{
    std::string number;
    std::int64_t startMs = 0;
    std::int64_t durationMs = 0;
};

// A month of CDRs in start order, as a billing run reads them. Calls cluster
// in the afternoon; 22% are unanswered and 8% hang up within ten seconds; the
// rest are log-normal around a minute and a half, capped at an hour.
std::vector<Cdr> generateCdrs(std::size_t count, NumberSource& numbers, std::mt19937_64& rng)
{
    constexpr std::int64_t MsPerDay = 86'400'000;
    std::uniform_int_distribution<std::int64_t> day(0, 30);
    std::uniform_int_distribution<std::int64_t> anyMs(0, MsPerDay - 1);
    std::normal_distribution<double> afternoonMs(14.0 * 3'600'000, 4.0 * 3'600'000);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<std::int64_t> shortMs(1, 10'000);
    std::lognormal_distribution<double> talkSeconds(std::log(90.0), 1.1);

    const std::int64_t month = monthStartMs();
    std::vector<Cdr> cdrs;
    cdrs.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        Cdr cdr;
        cdr.number = numbers.next();
        std::int64_t ofDay = anyMs(rng);
        if (unit(rng) < 0.75) {
            ofDay = std::llround(afternoonMs(rng)) % MsPerDay;
            if (ofDay < 0)
                ofDay += MsPerDay;
        }
        cdr.startMs = month + day(rng) * MsPerDay + ofDay;
        const double outcome = unit(rng);
        if (outcome < 0.22)
            cdr.durationMs = 0;
        else if (outcome < 0.30)
            cdr.durationMs = shortMs(rng);
        else
            cdr.durationMs = std::llround(std::min(talkSeconds(rng), 3600.0) * 1000.0);
        cdrs.push_back(std::move(cdr));
    }
    std::sort(cdrs.begin(), cdrs.end(), [](const Cdr& a, const Cdr& b) { return a.startMs < b.startMs; });
    return cdrs;
}

// ---------------------------------------------------------------- the naive SQL baseline

// Rows are read as the repository reads them (RateRepository::rateColumns and
// rateFrom): the baseline differs from it only in its SQL.

// What a first implementation would do: ask SQLite for the longest prefix of
// the number. substr(number, 1, length(prefix)) = prefix is the exact test
// (LIKE would also treat '_' as a wildcard and ignore case) and was no slower
// than LIKE prefix || '%' when measured; neither can use the
// (rate_table_id, prefix) index for the prefix, so every query walks all of
// the table's index entries.
class SqlRater
{
public:
    SqlRater(const store::Database& db, std::int64_t tableId)
        : m_tableId(tableId)
        , m_longest(db.connection())
        , m_at(db.connection())
        , m_indexed(db.connection())
    {
        prepare(m_longest, QStringLiteral("SELECT %1 FROM rates WHERE rate_table_id = ? "
                                          "AND substr(?, 1, length(prefix)) = prefix "
                                          "ORDER BY length(prefix) DESC, id LIMIT 1")
                               .arg(store::RateRepository::rateColumns()));
        // The same with the billing rule's time conditions, for pricing. The
        // ORDER BY mirrors RateTable: deepest prefix first, then windowed rows
        // before an any-time row of the same prefix, then row order.
        prepare(m_at,
                QStringLiteral(
                    "WITH call (number, utc, minute, weekday) AS (SELECT ?, ?, ?, ?) "
                    "SELECT %1 FROM rates, call WHERE rate_table_id = ? "
                    "AND substr(call.number, 1, length(prefix)) = prefix "
                    "AND (valid_from IS NULL OR valid_from <= call.utc) "
                    "AND (valid_to IS NULL OR call.utc < valid_to) "
                    "AND (days_mask >> (call.weekday - 1)) & 1 "
                    "AND (time_from IS NULL OR time_to IS NULL OR CASE WHEN time_from <= time_to "
                    "THEN call.minute >= time_from AND call.minute < time_to "
                    "ELSE call.minute >= time_from OR call.minute < time_to END) "
                    "ORDER BY length(prefix) DESC, (valid_from IS NULL AND valid_to IS NULL AND time_from IS "
                    "NULL AND time_to IS NULL AND days_mask = 127), id LIMIT 1")
                    .arg(store::RateRepository::rateColumns()));
        // Not the baseline, only context: SQL that does use the index, by
        // listing every prefix of the number.
        QString slots;
        for (int i = 0; i < MaxDigits; ++i)
            slots += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
        prepare(m_indexed, QStringLiteral("SELECT %1 FROM rates WHERE rate_table_id = ? AND prefix IN (%2) "
                                          "ORDER BY length(prefix) DESC, id LIMIT 1")
                               .arg(store::RateRepository::rateColumns(), slots));
    }

    std::optional<store::Rate> longestPrefix(const std::string& number)
    {
        m_longest.bindValue(0, qlonglong(m_tableId));
        m_longest.bindValue(1, text(number));
        return fetch(m_longest);
    }

    std::optional<store::Rate> rateAt(const std::string& number, const CallTime& when)
    {
        m_at.bindValue(0, text(number));
        m_at.bindValue(1, qlonglong(when.utcMs));
        m_at.bindValue(2, when.minuteOfDay);
        m_at.bindValue(3, when.dayOfWeek);
        m_at.bindValue(4, qlonglong(m_tableId));
        return fetch(m_at);
    }

    std::optional<store::Rate> longestPrefixIndexed(const std::string& number)
    {
        m_indexed.bindValue(0, qlonglong(m_tableId));
        for (int i = 0; i < MaxDigits; ++i) {
            const auto length = static_cast<std::size_t>(i + 1);
            // An unused slot is NULL, which IN never matches.
            m_indexed.bindValue(i + 1, length <= number.size()
                                           ? QVariant(QString::fromLatin1(number.data(), qsizetype(length)))
                                           : QVariant());
        }
        return fetch(m_indexed);
    }

private:
    static constexpr int MaxDigits = 15; // E.164

    static QString text(const std::string& number)
    {
        return QString::fromLatin1(number.data(), static_cast<qsizetype>(number.size()));
    }

    static void prepare(QSqlQuery& query, const QString& sql)
    {
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw store::StoreError::fromSql(query.lastError(),
                                             QStringLiteral("preparing the baseline query"));
    }

    static std::optional<store::Rate> fetch(QSqlQuery& query)
    {
        store::Database::exec(query, QStringLiteral("running the baseline query"));
        std::optional<store::Rate> result;
        if (query.next())
            result = store::RateRepository::rateFrom(query);
        query.finish();
        return result;
    }

    std::int64_t m_tableId;
    QSqlQuery m_longest;
    QSqlQuery m_at;
    QSqlQuery m_indexed;
};

// ---------------------------------------------------------------- the old trie (baseline)

// BASELINE ONLY: billing::RateTable as it was before issue 20, copied here so
// every run measures the compact table against it on the same data: 52-byte
// nodes with ten int32 children, and a full store::Rate (two QStrings) per
// row. Not used anywhere else.
class OldRateTable
{
public:
    explicit OldRateTable(const QList<store::Rate>& rates)
    {
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
            std::int32_t node = 0;
            for (QChar c : m_rates[i].prefix) {
                const int digit = c.unicode() - '0';
                if (digit < 0 || digit > 9)
                    break;
                if (m_nodes[std::size_t(node)].child[digit] < 0) {
                    Node fresh;
                    std::fill(std::begin(fresh.child), std::end(fresh.child), -1);
                    m_nodes[std::size_t(node)].child[digit] = static_cast<std::int32_t>(m_nodes.size());
                    m_nodes.push_back(fresh);
                }
                node = m_nodes[std::size_t(node)].child[digit];
            }
            Node& n = m_nodes[std::size_t(node)];
            if (n.firstRate < 0)
                n.firstRate = static_cast<std::int32_t>(i);
            ++n.rateCount;
            n.anyTimeRate = n.anyTimeRate || isAnyTime(m_rates[i]);
        }
        m_nodes.shrink_to_fit();
    }

    const store::Rate* match(QStringView digits, const CallTime& when) const
    {
        return matchImpl(
            std::size_t(digits.size()), [&](std::size_t i) { return int(digits[qsizetype(i)].unicode()); },
            when);
    }
    const store::Rate* match(const char* digits, std::size_t length, const CallTime& when) const
    {
        return matchImpl(
            length, [&](std::size_t i) { return int(static_cast<unsigned char>(digits[i])); }, when);
    }
    // A match as a row number, comparable with billing::RateTable::find().
    std::uint32_t row(const store::Rate* rate) const
    {
        return rate ? std::uint32_t(rate - m_rates.data()) : billing::RateTable::NoRow;
    }
    std::size_t size() const { return m_rates.size(); }
    std::size_t nodeCount() const { return m_nodes.size(); }

private:
    struct Node
    {
        std::int32_t child[10];
        std::int32_t firstRate = -1;
        std::int32_t rateCount = 0;
        bool anyTimeRate = false;
    };

    static bool isAnyTime(const store::Rate& r)
    {
        return !r.validFrom && !r.validTo && !r.timeFrom && !r.timeTo && (r.daysMask & 0x7f) == 0x7f;
    }

    const store::Rate* pick(const Node& node, const CallTime& when) const
    {
        const store::Rate* begin = m_rates.data() + node.firstRate;
        if (node.rateCount == 1 && node.anyTimeRate)
            return begin;
        for (const store::Rate* r = begin; r != begin + node.rateCount; ++r)
            if (applies(*r, when))
                return r;
        return nullptr;
    }

    static bool applies(const store::Rate& r, const CallTime& when)
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

    template <typename CharAt>
    const store::Rate* matchImpl(std::size_t length, CharAt charAt, const CallTime& when) const
    {
        std::int32_t path[32];
        std::size_t depth = 0;
        std::int32_t node = 0;
        path[depth++] = 0;
        for (std::size_t i = 0; i < length && depth < std::size(path); ++i) {
            const int digit = charAt(i) - '0';
            if (digit < 0 || digit > 9)
                break;
            node = m_nodes[std::size_t(node)].child[digit];
            if (node < 0)
                break;
            path[depth++] = node;
        }
        while (depth > 0) {
            const Node& n = m_nodes[std::size_t(path[--depth])];
            if (n.rateCount > 0)
                if (const store::Rate* r = pick(n, when))
                    return r;
        }
        return nullptr;
    }

    std::vector<Node> m_nodes;
    std::vector<store::Rate> m_rates;
};

// ---------------------------------------------------------------- helpers

std::size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

std::optional<Options> parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rating benchmark: trie lookups and CDR pricing vs. a "
                                                    "naive SQL longest-prefix match. Prints figures; "
                                                    "exits non-zero only when the trie and SQL disagree."));
    parser.addHelpOption();
    const QCommandLineOption prefixes(QStringLiteral("prefixes"), QStringLiteral("Prefixes in the table."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption lookups(QStringLiteral("lookups"), QStringLiteral("Timed trie lookups."),
                                     QStringLiteral("N"), QStringLiteral("2000000"));
    const QCommandLineOption cdrs(QStringLiteral("cdrs"), QStringLiteral("CDRs to price."),
                                  QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption baselineQueries(QStringLiteral("baseline-queries"),
                                             QStringLiteral("Most SQL queries per baseline."),
                                             QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption baselineSeconds(QStringLiteral("baseline-seconds"),
                                             QStringLiteral("Time budget of each SQL baseline."),
                                             QStringLiteral("S"), QStringLiteral("40"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"),
                                  QStringLiteral("20260301"));
    parser.addOptions({prefixes, lookups, cdrs, baselineQueries, baselineSeconds, seed});
    parser.process(app);

    Options o;
    bench::OptionValues values(parser);
    o.prefixes = values.count(prefixes);
    o.lookups = values.count(lookups);
    o.cdrs = values.count(cdrs);
    o.baselineQueries = values.count(baselineQueries);
    bool valid = false;
    o.seed = parser.value(seed).toULongLong(&valid);
    if (!valid)
        values.fail(QStringLiteral("--seed must be a whole number"));
    o.baselineSeconds = values.positive(baselineSeconds);
    if (!values.ok())
        return std::nullopt;
    return o;
}

// ---------------------------------------------------------------- the benchmark

int run(const Options& o)
{
    bool mismatch = false;
    std::printf("Rebound rating benchmark (single-threaded figures)\n");
    line(QStringLiteral("machine"), bench::machine());
    line(QStringLiteral("options"),
         QStringLiteral("--prefixes %1 --lookups %2 --cdrs %3 --baseline-queries %4 --baseline-seconds %5 "
                        "--seed %6")
             .arg(o.prefixes)
             .arg(o.lookups)
             .arg(o.cdrs)
             .arg(o.baselineQueries)
             .arg(o.baselineSeconds)
             .arg(o.seed));

    // Separate streams, so changing one count does not change the others' data.
    std::mt19937_64 tableRng(o.seed);
    std::mt19937_64 cdrRng(o.seed ^ 0x9e3779b97f4a7c15ULL);

    // ---- 1. the table, through SQLite and back
    heading(QStringLiteral("Rate table"));
    QElapsedTimer timer;
    timer.start();
    const std::vector<Prefix> prefixes = generatePrefixes(o.prefixes, tableRng);
    TableStats stats;
    const QList<store::Rate> generated = generateRates(prefixes, tableRng, stats);
    line(QStringLiteral("generated"),
         QStringLiteral("%1 prefixes in %2 countries, %3 rate rows in %4")
             .arg(grouped(double(prefixes.size())))
             .arg(std::min(std::size(Countries), prefixes.size()))
             .arg(grouped(double(stats.rows)), seconds(timer.nsecsElapsed() / 1e9)));
    line(QStringLiteral("two rows per prefix"),
         QStringLiteral("%1 peak, %2 night (time windows), %3 mid-month price change")
             .arg(stats.peak)
             .arg(stats.night)
             .arg(stats.priceChange));

    QTemporaryDir dir;
    if (!dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    core::MockClock clock;
    const std::unique_ptr<store::Database> db =
        store::Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    store::RateRepository repo(*db, clock);
    timer.restart();
    const std::int64_t tableId =
        repo.createTable(store::RateTable::named(QStringLiteral("Bench"), store::RateTableKind::Sell));
    repo.replaceRates(tableId, generated);
    line(QStringLiteral("SQLite write (replaceRates)"), seconds(timer.nsecsElapsed() / 1e9));

    // The heap each table keeps, measured once its loaded list is gone, so it
    // counts the whole structure: trie, rows and the strings it alone now
    // owns. Each table is built from a list of its own.
    const auto loadAndBuild = [&](auto build, const QString& label) {
        const std::size_t heapBefore = heapInUse();
        {
            timer.restart();
            const QList<store::Rate> loaded = repo.rates(tableId);
            const std::int64_t loadNs = timer.nsecsElapsed();
            timer.restart();
            build(loaded);
            const std::int64_t buildNs = timer.nsecsElapsed();
            line(QStringLiteral("load (RateRepository::rates)"),
                 QStringLiteral("%1 rows in %2").arg(grouped(double(loaded.size())), seconds(loadNs / 1e9)));
            line(label, seconds(buildNs / 1e9));
        }
        return static_cast<double>(heapInUse()) - static_cast<double>(heapBefore);
    };
    std::unique_ptr<billing::RateTable> table;
    const double heap =
        loadAndBuild([&](const QList<store::Rate>& l) { table = std::make_unique<billing::RateTable>(l); },
                     QStringLiteral("trie build (RateTable)"));
    std::unique_ptr<OldRateTable> oldTable;
    const double oldHeap =
        loadAndBuild([&](const QList<store::Rate>& l) { oldTable = std::make_unique<OldRateTable>(l); },
                     QStringLiteral("old trie build (baseline)"));
    const double bytesPerPrefix = heap / double(prefixes.size());
    const double oldBytesPerPrefix = oldHeap / double(prefixes.size());
    line(QStringLiteral("trie"),
         QStringLiteral("%1 nodes for %2 rows, ~%3 heap (%4 bytes per prefix)")
             .arg(grouped(double(table->nodeCount())), grouped(double(table->size())), megabytes(heap))
             .arg(std::llround(bytesPerPrefix)));
    line(QStringLiteral("old trie (baseline)"),
         QStringLiteral("%1 nodes for %2 rows, ~%3 heap (%4 bytes per prefix)")
             .arg(grouped(double(oldTable->nodeCount())), grouped(double(oldTable->size())),
                  megabytes(oldHeap))
             .arg(std::llround(oldBytesPerPrefix)));
    // Where the old table's memory went: the copied rows (and their strings)
    // outweighed the trie itself.
    line(
        QStringLiteral("old trie's rate rows"),
        QStringLiteral("%1 (%2 x sizeof(store::Rate) = %3 bytes, strings not counted)")
            .arg(megabytes(double(oldTable->size() * sizeof(store::Rate))), grouped(double(oldTable->size())))
            .arg(sizeof(store::Rate)));
    line(QStringLiteral("memory, trie / old trie"),
         QStringLiteral("%1x less").arg(oldBytesPerPrefix / bytesPerPrefix, 0, 'f', 1));

    // ---- 2. numbers
    NumberSource numberSource(prefixes, o.seed + 1);
    const std::size_t poolSize = std::min(o.lookups, MaxNumberPool);
    std::vector<std::string> numbers;
    numbers.reserve(poolSize);
    for (std::size_t i = 0; i < poolSize; ++i)
        numbers.push_back(numberSource.next());
    std::vector<QString> qnumbers;
    qnumbers.reserve(poolSize);
    for (const std::string& n : numbers)
        qnumbers.push_back(QString::fromLatin1(n.data(), static_cast<qsizetype>(n.size())));

    // A Wednesday morning in the reseller's zone: peak rows are in force.
    const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    const QTimeZone billingZone = zone.isValid() ? zone : QTimeZone::utc();
    const CallTime lookupTime =
        billing::CallTimeConverter(billingZone)
            .at(QDateTime(QDate(2026, 3, 4), QTime(10, 30), billingZone).toMSecsSinceEpoch());

    // ---- 3. trie lookups
    std::size_t matched = 0;
    std::size_t oldAgree = 0;
    for (const std::string& n : numbers) {
        const std::uint32_t row = table->find(n.data(), n.size(), lookupTime);
        matched += row != billing::RateTable::NoRow;
        oldAgree += row == oldTable->row(oldTable->match(n.data(), n.size(), lookupTime));
    }
    mismatch = mismatch || oldAgree != numbers.size();
    heading(QStringLiteral("Longest-prefix lookups (%1 over %2 distinct numbers, %3% matched)")
                .arg(grouped(double(o.lookups)), grouped(double(poolSize)))
                .arg(100.0 * double(matched) / double(poolSize), 0, 'f', 1));

    const auto lookupLoop = [&](auto&& lookup) {
        return [&, lookup]() {
            std::uint64_t sum = 0;
            std::size_t j = 0;
            for (std::size_t i = 0; i < o.lookups; ++i) {
                const std::uint32_t row = lookup(j);
                sum += row != billing::RateTable::NoRow ? row : 0x9e37U;
                if (++j == poolSize)
                    j = 0;
            }
            return sum;
        };
    };
    std::uint64_t lookupSum = 0;
    const bench::Measured trieChar =
        bench::measure(Rounds, lookupLoop([&](std::size_t j) {
                           return table->find(numbers[j].data(), numbers[j].size(), lookupTime);
                       }),
                       lookupSum);
    std::uint64_t qstringSum = 0;
    const bench::Measured trieQString = bench::measure(
        Rounds, lookupLoop([&](std::size_t j) { return table->find(qnumbers[j], lookupTime); }), qstringSum);
    if (qstringSum != lookupSum)
        throw std::runtime_error("the QString and const char* lookups disagree");
    // The old trie answers a pointer; its row number costs no memory access.
    std::uint64_t oldSum = 0;
    const bench::Measured oldChar = bench::measure(
        Rounds, lookupLoop([&](std::size_t j) {
            return oldTable->row(oldTable->match(numbers[j].data(), numbers[j].size(), lookupTime));
        }),
        oldSum);
    std::uint64_t oldQStringSum = 0;
    const bench::Measured oldQString = bench::measure(
        Rounds,
        lookupLoop([&](std::size_t j) { return oldTable->row(oldTable->match(qnumbers[j], lookupTime)); }),
        oldQStringSum);
    mismatch = mismatch || oldSum != lookupSum || oldQStringSum != lookupSum;
    const double trieLookups = perSecond(o.lookups, trieChar.medianNs);
    // A lookup round's figures: rate (best round), time each and checksum.
    const auto charLookups = [&](const bench::Measured& m, std::uint64_t sum) {
        return QStringLiteral("%1 lookups/s (best %2), %3 ns each, checksum %4")
            .arg(grouped(perSecond(o.lookups, m.medianNs)), grouped(perSecond(o.lookups, m.bestNs)))
            .arg(double(m.medianNs) / double(o.lookups), 0, 'f', 0)
            .arg(sum, 0, 16);
    };
    const auto qstringLookups = [&](const bench::Measured& m) {
        return QStringLiteral("%1 lookups/s (best %2)")
            .arg(grouped(perSecond(o.lookups, m.medianNs)), grouped(perSecond(o.lookups, m.bestNs)));
    };
    line(QStringLiteral("trie, const char*"), charLookups(trieChar, lookupSum));
    line(QStringLiteral("trie, QString"), qstringLookups(trieQString));
    const double oldLookups = perSecond(o.lookups, oldChar.medianNs);
    line(QStringLiteral("old trie, const char* (baseline)"), charLookups(oldChar, oldSum));
    line(QStringLiteral("old trie, QString (baseline)"), qstringLookups(oldQString));
    line(QStringLiteral("trie / old trie"),
         QStringLiteral("%1x (const char*), %2x (QString)")
             .arg(oldLookups > 0 ? trieLookups / oldLookups : 0, 0, 'f', 1)
             .arg(double(oldQString.medianNs) / double(std::max<std::int64_t>(trieQString.medianNs, 1)), 0,
                  'f', 1));
    line(QStringLiteral("agreement with old trie"),
         QStringLiteral("%1 of %2 numbers, same row").arg(oldAgree).arg(numbers.size()));

    // ---- 4. naive SQL baseline for lookups, and agreement with the trie
    SqlRater sql(*db, tableId);
    const std::size_t sqlCount = std::min(o.baselineQueries, poolSize);
    (void)sql.longestPrefix(numbers[0]); // first query pays for opening pages, not for matching
    std::vector<QString> sqlPrefixes;
    timer.restart();
    while (sqlPrefixes.size() < sqlCount && timer.nsecsElapsed() < std::llround(o.baselineSeconds * 1e9)) {
        const auto r = sql.longestPrefix(numbers[sqlPrefixes.size()]);
        sqlPrefixes.push_back(r ? r->prefix : QString());
    }
    const std::int64_t sqlNs = timer.nsecsElapsed();
    const double sqlLookups = perSecond(sqlPrefixes.size(), sqlNs);
    // Only the prefix is compared: the naive query ignores time windows, and
    // every prefix has a rate at every instant (see generateRates).
    std::size_t agree = 0;
    for (std::size_t i = 0; i < sqlPrefixes.size(); ++i) {
        const auto r = table->match(numbers[i].data(), numbers[i].size(), lookupTime);
        if ((r ? r->prefix : QString()) == sqlPrefixes[i])
            ++agree;
        else if (i - agree < 5)
            std::printf("  MISMATCH %s: trie %s, SQL %s\n", numbers[i].c_str(),
                        r ? qPrintable(r->prefix) : "-",
                        sqlPrefixes[i].isEmpty() ? "-" : qPrintable(sqlPrefixes[i]));
    }
    mismatch = mismatch || agree != sqlPrefixes.size();
    const double lookupRatio = sqlLookups > 0 ? trieLookups / sqlLookups : 0;
    line(QStringLiteral("naive SQL (substr scan)"),
         QStringLiteral("%1 lookups/s, %2 ms each (%3 of %4 queries in %5)")
             .arg(sqlLookups, 0, 'f', 1)
             .arg(double(sqlNs) / 1e6 / double(std::max<std::size_t>(sqlPrefixes.size(), 1)), 0, 'f', 2)
             .arg(sqlPrefixes.size())
             .arg(sqlCount)
             .arg(seconds(sqlNs / 1e9)));
    line(QStringLiteral("trie / naive SQL"), ratio(lookupRatio));
    line(QStringLiteral("agreement with naive SQL"),
         QStringLiteral("%1 of %2 numbers, same prefix").arg(agree).arg(sqlPrefixes.size()));

    // Context only: the same longest match done with the index.
    std::size_t indexedAgree = 0;
    timer.restart();
    std::vector<QString> indexedPrefixes;
    indexedPrefixes.reserve(sqlCount);
    for (std::size_t i = 0; i < sqlCount; ++i) {
        const auto r = sql.longestPrefixIndexed(numbers[i]);
        indexedPrefixes.push_back(r ? r->prefix : QString());
    }
    const std::int64_t indexedNs = timer.nsecsElapsed();
    for (std::size_t i = 0; i < sqlCount; ++i) {
        const auto r = table->match(numbers[i].data(), numbers[i].size(), lookupTime);
        indexedAgree += (r ? r->prefix : QString()) == indexedPrefixes[i];
    }
    mismatch = mismatch || indexedAgree != sqlCount;
    const double indexedLookups = perSecond(sqlCount, indexedNs);
    line(QStringLiteral("indexed SQL (prefix IN ...)"),
         QStringLiteral("%1 lookups/s; trie is %2 that; agrees on %3 of %4 (context, no target)")
             .arg(grouped(indexedLookups), ratio(indexedLookups > 0 ? trieLookups / indexedLookups : 0))
             .arg(indexedAgree)
             .arg(sqlCount));

    // ---- 5. pricing CDRs
    NumberSource cdrNumbers(prefixes, o.seed + 2);
    timer.restart();
    const std::vector<Cdr> cdrs = generateCdrs(o.cdrs, cdrNumbers, cdrRng);
    std::size_t unanswered = 0;
    for (const Cdr& c : cdrs)
        unanswered += c.durationMs == 0;
    heading(QStringLiteral("Pricing CDRs (%1 over March 2026 in %2, %3% unanswered; generated in %4)")
                .arg(grouped(double(cdrs.size())), QString::fromLatin1(billingZone.id()))
                .arg(100.0 * double(unanswered) / double(cdrs.size()), 0, 'f', 1)
                .arg(seconds(timer.nsecsElapsed() / 1e9)));

    core::Money total;
    std::size_t priced = 0;
    // Every way of pricing gets the CDRs and a rate lookup that gives a
    // store::Rate (or nothing) to charge.
    const auto pricingRun = [&](auto rateFor) {
        return [&, rateFor]() {
            billing::CallTimeConverter times(billingZone);
            core::Money sum;
            std::size_t count = 0;
            for (const Cdr& cdr : cdrs) {
                const CallTime when = times.at(cdr.startMs);
                if (const auto r = rateFor(cdr, when)) {
                    sum += billing::chargeForDuration(*r, cdr.durationMs).amount;
                    ++count;
                }
            }
            total = sum;
            priced = count;
            return static_cast<std::uint64_t>(sum.micros());
        };
    };
    std::uint64_t pricingSum = 0;
    const bench::Measured pricing = bench::measure(
        Rounds, pricingRun([&](const Cdr& cdr, const CallTime& when) {
            const std::uint32_t row = table->find(cdr.number.data(), cdr.number.size(), when);
            return row != billing::RateTable::NoRow ? std::optional(table->billingTerms(row)) : std::nullopt;
        }),
        pricingSum);
    std::uint64_t wholeRowsSum = 0;
    const bench::Measured wholeRows =
        bench::measure(Rounds, pricingRun([&](const Cdr& cdr, const CallTime& when) {
                           return table->match(cdr.number.data(), cdr.number.size(), when);
                       }),
                       wholeRowsSum);
    std::uint64_t oldPricingSum = 0;
    const bench::Measured oldPricing =
        bench::measure(Rounds, pricingRun([&](const Cdr& cdr, const CallTime& when) {
                           return oldTable->match(cdr.number.data(), cdr.number.size(), when);
                       }),
                       oldPricingSum);
    mismatch = mismatch || wholeRowsSum != pricingSum || oldPricingSum != pricingSum;
    const double triePricing = perSecond(cdrs.size(), pricing.medianNs);
    const double oldTriePricing = perSecond(cdrs.size(), oldPricing.medianNs);
    line(QStringLiteral("trie (CallTime + find + charge)"),
         QStringLiteral("%1 CDRs/s (best %2), %3 ns each")
             .arg(grouped(triePricing), grouped(perSecond(cdrs.size(), pricing.bestNs)))
             .arg(double(pricing.medianNs) / double(cdrs.size()), 0, 'f', 0));
    line(QStringLiteral("trie, whole rows (as Rater does)"),
         QStringLiteral("%1 CDRs/s (best %2), %3 ns each")
             .arg(grouped(perSecond(cdrs.size(), wholeRows.medianNs)),
                  grouped(perSecond(cdrs.size(), wholeRows.bestNs)))
             .arg(double(wholeRows.medianNs) / double(cdrs.size()), 0, 'f', 0));
    line(QStringLiteral("old trie (baseline)"),
         QStringLiteral("%1 CDRs/s (best %2), %3 ns each")
             .arg(grouped(oldTriePricing), grouped(perSecond(cdrs.size(), oldPricing.bestNs)))
             .arg(double(oldPricing.medianNs) / double(cdrs.size()), 0, 'f', 0));
    line(QStringLiteral("trie / old trie"),
         QStringLiteral("%1x (find), %2x (whole rows)")
             .arg(oldTriePricing > 0 ? triePricing / oldTriePricing : 0, 0, 'f', 1)
             .arg(double(oldPricing.medianNs) / double(std::max<std::int64_t>(wholeRows.medianNs, 1)), 0, 'f',
                  1));
    line(QStringLiteral("total priced (checksum)"),
         QStringLiteral("%1 for %2 CDRs with a rate, %3 without")
             .arg(total.toPlainString(6), grouped(double(priced)), grouped(double(cdrs.size() - priced))));

    // The baseline prices a sample spread over the month, so it meets the
    // same hours, windows and price change as the full run.
    const std::size_t stride = std::max<std::size_t>(1, cdrs.size() / o.baselineQueries);
    struct Priced
    {
        std::size_t cdr;
        std::int64_t rateId;
        core::Money amount;
    };
    std::vector<Priced> sqlPriced;
    {
        billing::CallTimeConverter times(billingZone);
        (void)sql.rateAt(cdrs[0].number, times.at(cdrs[0].startMs));
        timer.restart();
        for (std::size_t i = 0; i < cdrs.size() && sqlPriced.size() < o.baselineQueries &&
                                timer.nsecsElapsed() < std::llround(o.baselineSeconds * 1e9);
             i += stride) {
            const Cdr& cdr = cdrs[i];
            const auto r = sql.rateAt(cdr.number, times.at(cdr.startMs));
            sqlPriced.push_back({i, r ? r->id : 0,
                                 r ? billing::chargeForDuration(*r, cdr.durationMs).amount : core::Money()});
        }
    }
    const std::int64_t sqlPricingNs = timer.nsecsElapsed();
    const double sqlPricing = perSecond(sqlPriced.size(), sqlPricingNs);
    std::size_t pricingAgree = 0;
    std::size_t shown = 0;
    {
        billing::CallTimeConverter times(billingZone);
        for (const Priced& p : sqlPriced) {
            const Cdr& cdr = cdrs[p.cdr];
            const auto r = table->match(cdr.number.data(), cdr.number.size(), times.at(cdr.startMs));
            const core::Money amount =
                r ? billing::chargeForDuration(*r, cdr.durationMs).amount : core::Money();
            if ((r ? r->id : 0) == p.rateId && amount == p.amount)
                ++pricingAgree;
            else if (shown++ < 5)
                std::printf("  MISMATCH CDR %s at %lld: trie rate #%lld %s, SQL rate #%lld %s\n",
                            cdr.number.c_str(), static_cast<long long>(cdr.startMs),
                            static_cast<long long>(r ? r->id : 0), qPrintable(amount.toPlainString()),
                            static_cast<long long>(p.rateId), qPrintable(p.amount.toPlainString()));
        }
    }
    mismatch = mismatch || pricingAgree != sqlPriced.size();
    const double pricingRatio = sqlPricing > 0 ? triePricing / sqlPricing : 0;
    line(QStringLiteral("naive SQL (time-aware scan)"),
         QStringLiteral("%1 CDRs/s (%2 CDRs, one in %3, in %4)")
             .arg(sqlPricing, 0, 'f', 1)
             .arg(sqlPriced.size())
             .arg(stride)
             .arg(seconds(sqlPricingNs / 1e9)));
    line(QStringLiteral("trie / naive SQL"), ratio(pricingRatio));
    line(QStringLiteral("agreement with naive SQL"),
         QStringLiteral("%1 of %2 CDRs, same rate row and amount").arg(pricingAgree).arg(sqlPriced.size()));

    // ---- 6. summary
    heading(QStringLiteral("Targets (information only; exit code 0 unless the tries and SQL disagree)"));
    line(QStringLiteral(">= 10,000,000 lookups/s, 1 core"),
         QStringLiteral("%1 (%2/s)").arg(metOrMissed(trieLookups >= LookupTarget), grouped(trieLookups)));
    line(QStringLiteral("<= 100 bytes per prefix"),
         QStringLiteral("%1 (%2)")
             .arg(metOrMissed(bytesPerPrefix <= BytesPerPrefixTarget))
             .arg(std::llround(bytesPerPrefix)));
    line(QStringLiteral(">= 100x naive SQL, lookups"),
         QStringLiteral("%1 (%2)").arg(metOrMissed(lookupRatio >= RatioTarget), ratio(lookupRatio)));
    line(QStringLiteral(">= 100x naive SQL, pricing"),
         QStringLiteral("%1 (%2)").arg(metOrMissed(pricingRatio >= RatioTarget), ratio(pricingRatio)));
    line(QStringLiteral("tries and SQL agree"),
         mismatch ? QStringLiteral("NO: correctness bug, exit code 1") : QStringLiteral("yes"));
    return mismatch ? 1 : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    return bench::benchMain<Options>(argc, argv, "BenchRating", parseOptions, run);
}
