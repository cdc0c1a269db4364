// Business-view benchmark: a database of 1,000,000 callbacks over 90 days
// (each with its request, its legs and its ledger charge, every schema v6
// column filled as CdrRepository::closeCall fills it), then what the
// console's Calls, Dashboard and Reports pages ask of it through
// ReportRepository and BusinessReports, each beside a naive way of getting
// the same answer measured in the same run on the same data: the whole table
// read into memory, OFFSET paging, the same query with NOT INDEXED, and sums
// over the legs instead of the per-call columns. Prints figures; the exit
// code only reports an error, never a missed target, because the machines it
// runs on are shared and noisy.

#include "BenchSupport.h"
#include "billing/ChargeRule.h"
#include "core/Clock.h"
#include "core/Money.h"
#include "reports/BusinessReports.h"
#include "store/Database.h"
#include "store/Rate.h"
#include "store/ReportRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QVector>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>
#include <random>
#include <vector>

using namespace rebound;
using bench::grouped;
using bench::heading;
using bench::line;

namespace {

constexpr std::int64_t MsPerSecond = 1'000;
constexpr std::int64_t MsPerHour = 3'600'000;
constexpr std::int64_t MsPerDay = 86'400'000;
constexpr int Days = 90;

// ---------------------------------------------------------------- options

struct Options
{
    qint64 calls = 1'000'000;
    QString db; // empty: a temporary folder
    int rounds = 5;
    int subscribers = 200;
    bool baselines = true;
    std::uint64_t seed = 20260315;
};

std::optional<Options> parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Business-view benchmark: a database of N calls over 90 days, then the Calls page's "
        "first rows, sorts, keyset pages and filters, the dashboard, the 90-day charts and the "
        "reports, each beside a naive baseline. Prints figures."));
    parser.addHelpOption();
    const QCommandLineOption calls(QStringLiteral("calls"), QStringLiteral("Calls in the database."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Database file to build and keep, or to reuse when it already "
                                               "holds calls (default: a temporary one)."),
                                QStringLiteral("PATH"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Runs of each measurement (the median is printed)."),
                                    QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption noBaselines(QStringLiteral("no-baselines"),
                                         QStringLiteral("Only Rebound's own figures (quicker, e.g. to try an "
                                                        "index)."));
    parser.addOptions({calls, db, rounds, noBaselines});
    parser.process(app);

    Options o;
    bool okCalls = false;
    bool okRounds = false;
    o.calls = parser.value(calls).toLongLong(&okCalls);
    o.rounds = parser.value(rounds).toInt(&okRounds);
    if (!okCalls || o.calls < 1000) {
        std::fprintf(stderr, "--calls must be a whole number of at least 1000\n");
        return std::nullopt;
    }
    if (!okRounds || o.rounds < 1) {
        std::fprintf(stderr, "--rounds must be a positive whole number\n");
        return std::nullopt;
    }
    o.db = parser.value(db);
    o.baselines = !parser.isSet(noBaselines);
    return o;
}

// ---------------------------------------------------------------- what the calls are made of

struct Destination
{
    const char* prefix;
    const char* name;
    std::int64_t buyMicrosPerMinute;
    int weight; // how many calls go there
    int length; // digits of a number there
};

const Destination Destinations[] = {
    {"1", "United States / Canada", 6'000, 120, 11},
    {"44", "United Kingdom", 8'000, 60, 12},
    {"447", "United Kingdom mobile", 15'000, 70, 12},
    {"49", "Germany", 9'000, 25, 12},
    {"4915", "Germany mobile", 25'000, 20, 13},
    {"33", "France", 8'500, 20, 11},
    {"336", "France mobile", 20'000, 20, 11},
    {"39", "Italy", 9'500, 12, 12},
    {"34", "Spain", 8'000, 12, 11},
    {"346", "Spain mobile", 15'000, 15, 11},
    {"31", "Netherlands", 10'000, 6, 11},
    {"48", "Poland", 10'000, 10, 11},
    {"7", "Russia", 30'000, 10, 11},
    {"380", "Ukraine", 60'000, 12, 12},
    {"90", "Turkey", 35'000, 18, 12},
    {"20", "Egypt", 70'000, 14, 12},
    {"27", "South Africa", 25'000, 8, 11},
    {"234", "Nigeria", 90'000, 30, 13},
    {"233", "Ghana", 120'000, 14, 12},
    {"254", "Kenya", 80'000, 10, 12},
    {"971", "United Arab Emirates", 80'000, 16, 12},
    {"966", "Saudi Arabia", 60'000, 12, 12},
    {"961", "Lebanon", 90'000, 10, 11},
    {"91", "India", 12'000, 60, 12},
    {"92", "Pakistan", 50'000, 35, 12},
    {"880", "Bangladesh", 30'000, 20, 13},
    {"86", "China", 8'000, 30, 13},
    {"63", "Philippines", 100'000, 25, 12},
    {"62", "Indonesia", 35'000, 10, 12},
    {"84", "Vietnam", 45'000, 12, 11},
    {"52", "Mexico", 10'000, 40, 12},
    {"55", "Brazil", 15'000, 10, 13},
    {"53", "Cuba", 750'000, 6, 10},
    {"509", "Haiti", 250'000, 6, 11},
};
constexpr int DestinationCount = int(std::size(Destinations));
// Where subscribers are called back: indexes into Destinations.
const int CallbackCountries[] = {2, 2, 2, 0, 0, 4, 6, 9, 20};

constexpr int Gateways = 6;
constexpr const char* Triggers[] = {"did", "lgw", "sms", "web", "api"};
constexpr int TriggerWeights[] = {30, 10, 20, 30, 10};

// Calls per local hour, relative (evenings, and days at weekends).
constexpr double WeekdayHours[24] = {0.35, 0.15, 0.08, 0.05, 0.05, 0.12, 0.35, 0.8, 1.1, 1.1, 1.1, 1.2,
                                     1.6,  1.5,  1.1,  1.1,  1.3,  1.8,  2.6,  3.2, 3.4, 2.9, 1.9, 0.9};
constexpr double WeekendHours[24] = {0.5, 0.25, 0.1, 0.05, 0.05, 0.1, 0.25, 0.5, 1.0, 1.6, 2.0, 2.2,
                                     2.3, 2.1,  1.9, 1.8,  1.9,  2.1, 2.6,  3.0, 3.0, 2.6, 1.8, 1.0};
constexpr double DayFactors[7] = {0.9, 0.85, 0.88, 0.92, 1.05, 1.35, 1.45};

// How calls end, in percent: the rest are answered and talk.
enum class Outcome
{
    Answered,
    ABusy,
    ANoAnswer,
    HungUpInIvr,
    BBusy,
    BNoAnswer,
    BUnavailable
};
constexpr double OutcomeWeights[] = {92.5, 1.5, 2.0, 1.0, 1.5, 1.0, 0.5};

// ---------------------------------------------------------------- rates

store::Rate rate(const Destination& d, std::int64_t perMinuteMicros, int first, int next)
{
    store::Rate r;
    r.prefix = QString::fromLatin1(d.prefix);
    r.destination = QString::fromLatin1(d.name);
    r.perMinute = core::Money::fromMicros(perMinuteMicros);
    r.firstIncrement = first;
    r.nextIncrement = next;
    r.graceSeconds = 3;
    return r;
}

// Every gateway's buy rate for every destination (88 to 112 % of the list
// price), the sell plan at list + 60 % in 30/6 increments, and for each
// destination its gateways cheapest first, as least-cost routing tries them.
struct Prices
{
    std::vector<store::Rate> sell;
    std::vector<std::vector<store::Rate>> buy; // [gateway][destination]
    std::vector<std::vector<int>> byCost;      // [destination] -> gateway indexes

    Prices()
    {
        buy.resize(Gateways);
        for (int d = 0; d < DestinationCount; ++d) {
            const Destination& dest = Destinations[d];
            sell.push_back(rate(dest, dest.buyMicrosPerMinute * 16 / 10, 30, 6));
            std::vector<int> order;
            for (int g = 0; g < Gateways; ++g) {
                const int percent = 88 + int((unsigned(d) * 7919u + unsigned(g) * 104729u) % 25u);
                buy[g].push_back(rate(dest, dest.buyMicrosPerMinute * percent / 100, 1, 1));
                order.push_back(g);
            }
            std::sort(order.begin(), order.end(), [&](int a, int b) {
                return buy[a][d].perMinute != buy[b][d].perMinute ? buy[a][d].perMinute < buy[b][d].perMinute
                                                                  : a < b;
            });
            byCost.push_back(order);
        }
    }
};

// ---------------------------------------------------------------- the database

struct Subscriber
{
    std::int64_t id = 0;
    QString callback;
    int callbackDestination = 0;
    std::int64_t balanceMicros = 0;
};

struct Leg
{
    QChar leg;
    QString number;
    int destination = 0;
    std::int64_t gatewayId = 0;
    int gateway = 0;
    int status = 0;
    QString reason;
    std::int64_t invitedAt = 0;
    std::optional<std::int64_t> answeredAt;
    std::int64_t endedAt = 0;
    billing::Charge sell;
    billing::Charge buy;
};

// Writes the calls with prepared INSERTs in one transaction. Calls come in
// start order, as a switch writes them, so ids grow with time.
class Generator
{
public:
    Generator(const store::Database& db, const Options& options, std::int64_t nowMs)
        : m_db(db)
        , m_options(options)
        , m_nowMs(nowMs)
        , m_random(options.seed)
    {
    }

    void run();

private:
    void addReferenceData();
    std::vector<std::int64_t> callStarts();
    // One call's legs and how it ended, before pricing.
    struct Steps
    {
        std::vector<Leg> legs;
        QString failure;
        QString endReason;
        std::int64_t endedAt = 0;
    };
    Steps steps(const Subscriber& who, bool keyed, int destination, const QString& number,
                std::int64_t startMs);
    void addCall(std::int64_t startMs);
    void charge(Subscriber& who, std::int64_t sell, std::int64_t callId, std::int64_t startMs,
                std::int64_t endedAt);
    Leg leg(QChar which, const QString& number, int destination, std::int64_t invitedAt);
    void insertLeg(std::int64_t callId, const Leg& l);
    std::int64_t between(std::int64_t low, std::int64_t high)
    {
        return std::uniform_int_distribution<std::int64_t>(low, high)(m_random);
    }
    QString numberIn(int destination);

    const store::Database& m_db;
    const Options& m_options;
    const std::int64_t m_nowMs;
    std::mt19937_64 m_random;
    Prices m_prices;
    std::vector<Subscriber> m_subscribers;
    std::discrete_distribution<int> m_pickSubscriber;
    std::discrete_distribution<int> m_pickDestination;
    std::discrete_distribution<int> m_pickTrigger{std::begin(TriggerWeights), std::end(TriggerWeights)};
    std::discrete_distribution<int> m_pickOutcome{std::begin(OutcomeWeights), std::end(OutcomeWeights)};
    std::lognormal_distribution<double> m_talkSeconds{std::log(150.0), 1.0};
    std::int64_t m_gatewayIds[Gateways] = {};
    QSqlQuery m_request;
    QSqlQuery m_call;
    QSqlQuery m_leg;
    QSqlQuery m_ledger;
};

void Generator::addReferenceData()
{
    const auto insert = [&](const QString& sql, const QVariantList& values) {
        return m_db.run(sql, values, QStringLiteral("adding reference data")).lastInsertId().toLongLong();
    };
    const qlonglong at = m_nowMs - (Days + 1) * MsPerDay;
    const std::int64_t plan = insert(
        QStringLiteral("INSERT INTO rate_tables (name, kind, currency, created_at, updated_at) VALUES (?, "
                       "'sell', 'USD', ?, ?)"),
        {QStringLiteral("Bench retail"), at, at});
    for (int g = 0; g < Gateways; ++g) {
        const QString name = QStringLiteral("Bench carrier %1").arg(g + 1);
        const std::int64_t table =
            insert(QStringLiteral(
                       "INSERT INTO rate_tables (name, kind, currency, created_at, updated_at) VALUES (?, "
                       "'buy', 'USD', ?, ?)"),
                   {name, at, at});
        m_gatewayIds[g] =
            insert(QStringLiteral("INSERT INTO gateways (name, host, port, buy_rate_table_id, "
                                  "created_at, updated_at) VALUES (?, ?, 5060, ?, ?, ?)"),
                   {name, QStringLiteral("198.51.100.%1").arg(10 + g), qlonglong(table), at, at});
        insert(QStringLiteral("INSERT INTO routes (prefix, gateway_id, priority) VALUES ('', ?, 100)"),
               {qlonglong(m_gatewayIds[g])});
    }
    std::vector<double> weights;
    for (int i = 0; i < m_options.subscribers; ++i) {
        Subscriber s;
        s.callbackDestination = CallbackCountries[i % int(std::size(CallbackCountries))];
        s.callback = numberIn(s.callbackDestination);
        s.id = insert(QStringLiteral("INSERT INTO accounts (account_code, name, sell_plan_id, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?)"),
                      {QString::number(10001 + i), QStringLiteral("Bench subscriber %1").arg(i + 1),
                       qlonglong(plan), at, at});
        m_subscribers.push_back(s);
        weights.push_back(1.0 / std::pow(double(i + 1), 0.7)); // a few big ones, many small
    }
    m_pickSubscriber = std::discrete_distribution<int>(weights.begin(), weights.end());
    std::vector<int> destinationWeights;
    for (const Destination& d : Destinations)
        destinationWeights.push_back(d.weight);
    m_pickDestination = std::discrete_distribution<int>(destinationWeights.begin(), destinationWeights.end());
}

QString Generator::numberIn(int destination)
{
    const Destination& d = Destinations[destination];
    QString number = QString::fromLatin1(d.prefix);
    while (number.size() < d.length)
        number.append(QChar(u'0' + int(between(0, 9))));
    return number;
}

// When each call starts: the daily and weekly rhythm in UTC, the last 90
// days up to now, in order.
std::vector<std::int64_t> Generator::callStarts()
{
    std::vector<double> dayWeights;
    for (int day = 0; day < Days; ++day) {
        const QDate date =
            QDateTime::fromMSecsSinceEpoch(m_nowMs - (Days - 1 - day) * MsPerDay, QTimeZone::utc()).date();
        dayWeights.push_back(DayFactors[date.dayOfWeek() - 1] * (0.8 + 0.4 * day / double(Days)));
    }
    std::discrete_distribution<int> pickDay(dayWeights.begin(), dayWeights.end());
    std::discrete_distribution<int> weekdayHour(std::begin(WeekdayHours), std::end(WeekdayHours));
    std::discrete_distribution<int> weekendHour(std::begin(WeekendHours), std::end(WeekendHours));
    const std::int64_t today = m_nowMs - m_nowMs % MsPerDay;
    std::vector<std::int64_t> starts;
    starts.reserve(std::size_t(m_options.calls));
    while (qint64(starts.size()) < m_options.calls) {
        const std::int64_t dayStart = today - (Days - 1 - pickDay(m_random)) * MsPerDay;
        const int weekday = QDateTime::fromMSecsSinceEpoch(dayStart, QTimeZone::utc()).date().dayOfWeek();
        const int hour = weekday >= 6 ? weekendHour(m_random) : weekdayHour(m_random);
        const std::int64_t at = dayStart + hour * MsPerHour + between(0, MsPerHour - 1);
        if (at < m_nowMs - 30 * 60 * MsPerSecond) // every call is over by now
            starts.push_back(at);
    }
    std::sort(starts.begin(), starts.end());
    return starts;
}

Leg Generator::leg(QChar which, const QString& number, int destination, std::int64_t invitedAt)
{
    // Mostly the cheapest gateway; sometimes the next ones (failover, load).
    const std::vector<int>& order = m_prices.byCost[std::size_t(destination)];
    const int roll = int(between(0, 99));
    Leg l;
    l.leg = which;
    l.number = number;
    l.destination = destination;
    l.gateway = order[roll < 80 ? 0 : roll < 95 ? 1 : 2];
    l.gatewayId = m_gatewayIds[l.gateway];
    l.invitedAt = invitedAt;
    return l;
}

void Generator::run()
{
    addReferenceData();
    const std::vector<std::int64_t> starts = callStarts();
    m_request = m_db.prepare(QStringLiteral(
        "INSERT INTO callback_requests (account_id, trigger, source, callback_number, destination, state, "
        "failure_reason, created_at, updated_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_call = m_db.prepare(QStringLiteral(
        "INSERT INTO calls (callback_request_id, account_id, state, limit_seconds, sell_micros, buy_micros, "
        "started_at, ended_at, hangup_reason, trigger, callback_number, destination, destination_name, "
        "gateway_a_id, gateway_b_id, answered_at, talk_ms, a_seconds, b_seconds, a_sell_micros, "
        "a_buy_micros, "
        "b_sell_micros, b_buy_micros) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)"));
    m_leg = m_db.prepare(QStringLiteral(
        "INSERT INTO legs (call_id, leg, number, gateway_id, sip_status, sip_reason, invited_at, "
        "answered_at, "
        "progress_at, ended_at, is_open, duration_ms, charged_seconds, sell_micros, buy_micros, sell_prefix, "
        "sell_rate_micros, buy_prefix, buy_rate_micros, packets_in, packets_out, destination_name) VALUES "
        "(?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_ledger = m_db.prepare(QStringLiteral(
        "INSERT INTO ledger (account_id, amount_micros, balance_after_micros, reason, reference, "
        "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const std::int64_t start : starts)
        addCall(start);
    // The balance cache equals the ledger, as LedgerRepository keeps it.
    m_db.run(QStringLiteral("UPDATE accounts SET balance_micros = (SELECT COALESCE(SUM(amount_micros), 0) "
                            "FROM ledger WHERE account_id = accounts.id)"),
             {}, QStringLiteral("setting balances"));
}

void execute(QSqlQuery& query, const QVariantList& values)
{
    // As Database::run binds them: a null QString is text, never SQL NULL.
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i].typeId() == QMetaType::QString && values[i].toString().isNull()
                               ? QVariant(QStringLiteral(""))
                               : values[i]);
    store::Database::exec(query, QStringLiteral("writing the benchmark calls"));
}

QVariant nullable(const std::optional<std::int64_t>& v)
{
    return v ? QVariant(qlonglong(*v)) : QVariant();
}

// Every leg keeps the name of where it went, answered or not.
void Generator::insertLeg(std::int64_t callId, const Leg& l)
{
    const std::int64_t duration = l.answeredAt ? l.endedAt - *l.answeredAt : 0;
    const qint64 packets = l.leg == u'B' ? duration / 20 : 0;
    const store::Rate& sell = m_prices.sell[std::size_t(l.destination)];
    const store::Rate& buy = m_prices.buy[std::size_t(l.gateway)][std::size_t(l.destination)];
    execute(m_leg, {qlonglong(callId),
                    QString(l.leg),
                    l.number,
                    qlonglong(l.gatewayId),
                    l.status,
                    l.reason,
                    qlonglong(l.invitedAt),
                    nullable(l.answeredAt),
                    nullable(l.answeredAt),
                    qlonglong(l.endedAt),
                    qlonglong(duration),
                    l.sell.seconds,
                    qlonglong(l.sell.amount.micros()),
                    qlonglong(l.buy.amount.micros()),
                    l.answeredAt ? sell.prefix : QString(),
                    qlonglong(l.answeredAt ? sell.perMinute.micros() : 0),
                    l.answeredAt ? buy.prefix : QString(),
                    qlonglong(l.answeredAt ? buy.perMinute.micros() : 0),
                    packets,
                    packets,
                    sell.destination});
}

QString legFailure(QChar leg, int status, const QString& reason)
{
    return QStringLiteral("leg %1: %2 %3").arg(leg).arg(status).arg(reason);
}

// The switch's steps for one call: leg A (called again once on busy or no
// answer), the IVR, leg B, the talk, then both legs hung up.
Generator::Steps Generator::steps(const Subscriber& who, bool keyed, int destination, const QString& number,
                                  std::int64_t startMs)
{
    const Outcome outcome = Outcome(m_pickOutcome(m_random));
    Steps c;
    std::int64_t t = startMs + 2 * MsPerSecond;
    if (outcome == Outcome::ABusy || outcome == Outcome::ANoAnswer) {
        const bool busy = outcome == Outcome::ABusy;
        for (int attempt = 0; attempt < 2; ++attempt) {
            Leg a = leg(u'A', who.callback, who.callbackDestination, t);
            t += busy ? between(800, 4'000) : between(25'000, 40'000);
            a.status = busy ? 486 : 480;
            a.reason = busy ? QStringLiteral("Busy Here") : QStringLiteral("Temporarily Unavailable");
            a.endedAt = t;
            c.legs.push_back(a);
            t += 15 * MsPerSecond;
        }
        c.failure = legFailure(u'A', c.legs.back().status, c.legs.back().reason);
        c.endedAt = t;
        return c;
    }
    Leg a = leg(u'A', who.callback, who.callbackDestination, t);
    t += between(3'000, 12'000);
    a.answeredAt = t;
    a.status = 200;
    if (outcome == Outcome::HungUpInIvr) {
        t += between(2'000, 15'000);
        a.reason = QStringLiteral("the other side hung up");
        c.failure = QStringLiteral("the subscriber hung up before being connected");
    } else {
        t += keyed ? between(8'000, 22'000) : between(5'500, 8'000);
        Leg b = leg(u'B', number, destination, t);
        if (outcome == Outcome::Answered) {
            t += between(4'000, 25'000);
            b.answeredAt = t;
            t += std::llround(std::clamp(m_talkSeconds(m_random), 5.0, 7'200.0) * MsPerSecond);
            const bool bFirst = between(0, 99) < 55;
            b.status = 200;
            b.reason = bFirst ? QStringLiteral("the other side hung up") : QStringLiteral("hung up");
            a.reason = bFirst ? QStringLiteral("hung up") : QStringLiteral("the other side hung up");
            c.endReason = QStringLiteral("leg %1 ended: the other side hung up").arg(bFirst ? u'B' : u'A');
        } else {
            const bool busy = outcome == Outcome::BBusy;
            const bool down = outcome == Outcome::BUnavailable;
            t += busy ? between(1'000, 5'000) : down ? between(100, 900) : between(25'000, 45'000);
            b.status = busy ? 486 : down ? 503 : 480;
            b.reason = busy   ? QStringLiteral("Busy Here")
                       : down ? QStringLiteral("Service Unavailable")
                              : QStringLiteral("Temporarily Unavailable");
            c.failure = legFailure(u'B', b.status, b.reason);
            a.reason = QStringLiteral("hung up");
            t += between(3'000, 4'500); // "busy", "goodbye"
        }
        b.endedAt = t;
        c.legs.push_back(b);
        t += between(30, 150);
    }
    a.endedAt = t;
    c.legs.insert(c.legs.begin(), a);
    c.endedAt = t;
    return c;
}

void Generator::addCall(std::int64_t startMs)
{
    Subscriber& who = m_subscribers[std::size_t(m_pickSubscriber(m_random))];
    const int triggerIndex = m_pickTrigger(m_random);
    const QString trigger = QString::fromLatin1(Triggers[triggerIndex]);
    const bool keyed = trigger == QLatin1String("did") || trigger == QLatin1String("lgw");
    const int destination = m_pickDestination(m_random);
    const QString number = numberIn(destination);
    Steps c = steps(who, keyed, destination, number, startMs);

    // Priced by the billing rule, summed onto the call as closeCall does.
    std::int64_t sums[2][2] = {}; // [A/B][sell/buy]
    int seconds[2] = {};
    const Leg* lastA = nullptr;
    const Leg* lastB = nullptr;
    for (Leg& l : c.legs) {
        const int side = l.leg == u'A' ? 0 : 1;
        (side == 0 ? lastA : lastB) = &l;
        if (!l.answeredAt)
            continue;
        const std::int64_t duration = l.endedAt - *l.answeredAt;
        l.sell = billing::chargeForDuration(m_prices.sell[std::size_t(l.destination)], duration);
        l.buy = billing::chargeForDuration(m_prices.buy[std::size_t(l.gateway)][std::size_t(l.destination)],
                                           duration);
        sums[side][0] += l.sell.amount.micros();
        sums[side][1] += l.buy.amount.micros();
        seconds[side] += l.sell.seconds;
    }
    const std::int64_t sell = sums[0][0] + sums[1][0];
    const std::int64_t buy = sums[0][1] + sums[1][1];
    const bool completed = c.failure.isEmpty();
    const std::int64_t endedAt = c.endedAt + 20;
    const QString state = completed ? QStringLiteral("completed") : QStringLiteral("failed");
    // A DID caller keys the destination in the IVR: unknown if it never got there.
    const bool known = lastB || !keyed;
    const QString destinationName = known ? QString::fromLatin1(Destinations[destination].name) : QString();

    static const QString Sources[] = {QStringLiteral("udp:198.51.100.10:5060"),
                                      QStringLiteral("udp:198.51.100.10:5060"),
                                      QStringLiteral("sip:198.51.100.10:5060"),
                                      QStringLiteral("web:203.0.113.7"), QStringLiteral("api:shop")};
    execute(m_request, {qlonglong(who.id), trigger, Sources[triggerIndex], who.callback,
                        keyed ? QVariant() : QVariant(number), state, c.failure, qlonglong(startMs - 100),
                        qlonglong(endedAt), qlonglong(endedAt)});
    const qlonglong requestId = m_request.lastInsertId().toLongLong();
    execute(m_call, {requestId,
                     qlonglong(who.id),
                     state,
                     3600,
                     qlonglong(sell),
                     qlonglong(buy),
                     qlonglong(startMs),
                     qlonglong(endedAt),
                     completed ? c.endReason : c.failure,
                     trigger,
                     who.callback,
                     known ? number : QString(),
                     destinationName,
                     qlonglong(lastA->gatewayId),
                     lastB ? QVariant(qlonglong(lastB->gatewayId)) : QVariant(),
                     lastB ? nullable(lastB->answeredAt) : QVariant(),
                     qlonglong(lastB && lastB->answeredAt ? lastB->endedAt - *lastB->answeredAt : 0),
                     seconds[0],
                     seconds[1],
                     qlonglong(sums[0][0]),
                     qlonglong(sums[0][1]),
                     qlonglong(sums[1][0]),
                     qlonglong(sums[1][1])});
    const std::int64_t callId = m_call.lastInsertId().toLongLong();
    for (const Leg& l : c.legs)
        insertLeg(callId, l);
    charge(who, sell, callId, startMs, endedAt);
}

// Charged once at the end; topped up before the money runs out.
void Generator::charge(Subscriber& who, std::int64_t sell, std::int64_t callId, std::int64_t startMs,
                       std::int64_t endedAt)
{
    if (sell == 0)
        return;
    while (who.balanceMicros < sell) {
        who.balanceMicros += 50'000'000;
        execute(m_ledger, {qlonglong(who.id), qlonglong(50'000'000), qlonglong(who.balanceMicros),
                           QStringLiteral("topup"), QStringLiteral("bank transfer"),
                           QStringLiteral("console"), qlonglong(startMs - 60 * MsPerSecond)});
    }
    who.balanceMicros -= sell;
    execute(m_ledger,
            {qlonglong(who.id), qlonglong(-sell), qlonglong(who.balanceMicros), QStringLiteral("call"),
             QStringLiteral("call %1").arg(callId), QStringLiteral("switch"), qlonglong(endedAt)});
}

// ---------------------------------------------------------------- measuring

struct Timing
{
    double medianMs = 0;
    double firstMs = 0; // the first run, before SQLite's page cache holds anything of it
};

qint64 g_sink = 0; // results are counted here, so no measured work is unused

template <typename Body>
Timing measure(int rounds, Body&& body)
{
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    Timing t;
    t.firstMs = ms.front();
    std::sort(ms.begin(), ms.end());
    t.medianMs = ms[ms.size() / 2];
    return t;
}

// The naive way's time (median of at most 3 runs: they are the slow part),
// unless baselines are off.
template <typename Body>
std::optional<Timing> baseline(const Options& o, Body&& body)
{
    if (!o.baselines)
        return std::nullopt;
    return measure(std::min(o.rounds, 3), std::forward<Body>(body));
}

QString millis(double ms)
{
    return ms < 10 ? QStringLiteral("%1 ms").arg(ms, 0, 'f', 2) : QStringLiteral("%1 ms").arg(grouped(ms));
}

void tableHeading()
{
    std::printf("  %-56s %11s %11s %9s  %s\n", "", "median", "baseline", "ratio", "");
}

// One figure: the median, the baseline's median and how many times faster,
// and the target when there is one.
void figure(const QString& label, const Timing& measured, const std::optional<Timing>& baseline,
            std::optional<double> targetMs = {})
{
    QString verdict;
    if (targetMs)
        verdict = QStringLiteral("target < %1: %2")
                      .arg(millis(*targetMs),
                           measured.medianMs < *targetMs ? QStringLiteral("met") : QStringLiteral("MISSED"));
    std::printf("  %-56s %11s %11s %9s  %s\n", qPrintable(label), qPrintable(millis(measured.medianMs)),
                baseline ? qPrintable(millis(baseline->medianMs)) : "-",
                baseline && measured.medianMs > 0
                    ? qPrintable(bench::ratio(baseline->medianMs / measured.medianMs))
                    : "",
                qPrintable(verdict));
    std::fflush(stdout);
}

// ---------------------------------------------------------------- the naive ways

// Read when first used, not when this file's globals are set up: the
// repository's own column list is a global of another file, which may not
// be set up yet then.
const QString& rowColumns()
{
    static const QString columns = store::ReportRepository::callRowColumns();
    return columns;
}
const QString RowTables = QStringLiteral("FROM calls c %1JOIN accounts a ON a.id = c.account_id "
                                         "LEFT JOIN gateways ga ON ga.id = c.gateway_a_id "
                                         "LEFT JOIN gateways gb ON gb.id = c.gateway_b_id ");

store::CallRow rowFrom(const QSqlQuery& q)
{
    return store::ReportRepository::callRowFrom(q);
}

QSqlQuery select(const store::Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw store::StoreError::fromSql(q.lastError(), QStringLiteral("preparing a baseline query"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    store::Database::exec(q, QStringLiteral("running a baseline query"));
    return q;
}

// What a model that loads everything does: every call, joined and converted.
qsizetype wholeTable(const store::Database& db)
{
    QSqlQuery q = select(
        db, rowColumns() + RowTables.arg(QString()) + QStringLiteral("ORDER BY c.started_at DESC, c.id DESC"),
        {});
    QVector<store::CallRow> rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows.size();
}

// A page by OFFSET: SQLite walks past every row before it.
qsizetype offsetPage(const store::Database& db, const store::CallFilter& f, const QString& order,
                     qint64 offset)
{
    QSqlQuery q = select(db,
                         rowColumns() + RowTables.arg(QString()) +
                             QStringLiteral("WHERE c.started_at >= ? AND c.started_at < ? ORDER BY %1 DESC, "
                                            "c.id DESC LIMIT 200 OFFSET ?")
                                 .arg(order),
                         {qlonglong(*f.fromMs), qlonglong(*f.toMs), offset});
    qsizetype n = 0;
    while (q.next())
        ++n;
    return n;
}

// The sort key and id of the row at `offset`, to start a keyset page there.
store::CallPageKey keyAt(const store::Database& db, const store::CallFilter& f, const QString& order,
                         qint64 offset)
{
    QSqlQuery q =
        select(db,
               QStringLiteral("SELECT %1, c.id FROM calls c WHERE c.started_at >= ? AND c.started_at < ? "
                              "ORDER BY %1 DESC, c.id DESC LIMIT 1 OFFSET ?")
                   .arg(order),
               {qlonglong(*f.fromMs), qlonglong(*f.toMs), offset - 1});
    if (!q.next())
        throw std::runtime_error("the 30-day range has too few calls for the deep page");
    return {q.value(0), q.value(1).toLongLong()};
}

qsizetype subscriberPageNotIndexed(const store::Database& db, const store::CallFilter& f)
{
    QSqlQuery q =
        select(db,
               rowColumns() + RowTables.arg(QStringLiteral("NOT INDEXED ")) +
                   QStringLiteral("WHERE c.started_at >= ? AND c.started_at < ? AND c.account_id = ? "
                                  "ORDER BY c.started_at DESC, c.id DESC LIMIT 200"),
               {qlonglong(*f.fromMs), qlonglong(*f.toMs), qlonglong(*f.accountId)});
    qsizetype n = 0;
    while (q.next())
        ++n;
    return n;
}

// Sums from the legs, as they would be without the per-call columns of
// schema v6: every leg of the period joined to its call.
const QString LegSums = QStringLiteral(
    "COUNT(DISTINCT c.id), COUNT(DISTINCT CASE WHEN l.leg = 'B' AND l.answered_at IS NOT NULL THEN c.id "
    "END), "
    "SUM(CASE WHEN l.leg = 'B' THEN l.duration_ms ELSE 0 END), SUM(CASE WHEN l.leg = 'A' THEN "
    "l.charged_seconds "
    "ELSE 0 END), SUM(CASE WHEN l.leg = 'B' THEN l.charged_seconds ELSE 0 END), SUM(l.sell_micros), "
    "SUM(l.buy_micros) ");

qint64 sumRows(QSqlQuery& q)
{
    qint64 n = 0;
    while (q.next())
        n += q.value(0).toLongLong() + 1;
    return n;
}

// The legs' sums (LegSums, after `columns`) of the calls that started in
// f's period, `rest` after the WHERE with its `values`, added up by sumRows.
qint64 legSumsInPeriod(const store::Database& db, const store::CallFilter& f, const QString& columns,
                       const QString& join, const QString& rest, QVariantList values = {})
{
    values.prepend(qlonglong(*f.toMs));
    values.prepend(qlonglong(*f.fromMs));
    QSqlQuery q = select(db,
                         QStringLiteral("SELECT ") + columns + LegSums +
                             QStringLiteral("FROM calls c JOIN legs l ON l.call_id = c.id ") + join +
                             QStringLiteral("WHERE c.started_at >= ? AND c.started_at < ? ") + rest,
                         values);
    return sumRows(q);
}

qint64 totalsFromLegs(const store::Database& db, const store::CallFilter& f)
{
    return legSumsInPeriod(db, f, {}, {}, {});
}

qint64 destinationsFromLegs(const store::Database& db, const store::CallFilter& f, int limit)
{
    return legSumsInPeriod(
        db, f, QStringLiteral("COALESCE(b.destination_name, ''), "),
        QStringLiteral("LEFT JOIN legs b ON b.call_id = c.id AND b.leg = 'B' "),
        QStringLiteral("GROUP BY 1 ORDER BY SUM(l.sell_micros) - SUM(l.buy_micros) DESC LIMIT ?"), {limit});
}

qint64 seriesFromLegs(const store::Database& db, const store::CallFilter& f)
{
    return legSumsInPeriod(db, f, QStringLiteral("c.started_at / 900000, "), {},
                           QStringLiteral("GROUP BY 1"));
}

// The dashboard's figures the same way, without the per-call columns.
qint64 dashboardFromLegs(const store::Database& db, std::int64_t nowMs, const QTimeZone& zone)
{
    using reports::Period;
    store::ReportRepository repository(db);
    qint64 n = 0;
    for (const auto preset : {Period::Preset::Today, Period::Preset::Last7Days, Period::Preset::Last30Days}) {
        const Period p = Period::preset(preset, nowMs, zone);
        n += totalsFromLegs(db, p.filter()) + repository.requests(p.fromMs, p.toMs).first;
    }
    const store::CallFilter month = Period::preset(Period::Preset::Last30Days, nowMs, zone).filter();
    n += destinationsFromLegs(db, month, reports::BusinessReports::TopDestinations);
    n += repository.failureReasons(month).size() + repository.openCalls() +
         repository.lowBalances(core::Money::fromUnits(5), 20).size();
    n += seriesFromLegs(db, month);
    return n;
}

// A report added up in the client: every leg of the period read and summed
// per gateway in memory.
qint64 gatewaysInMemory(const store::Database& db, const store::CallFilter& f)
{
    QSqlQuery q =
        select(db,
               QStringLiteral("SELECT l.gateway_id, l.leg, l.answered_at, l.duration_ms, l.charged_seconds, "
                              "l.sell_micros, l.buy_micros FROM calls c JOIN legs l ON l.call_id = c.id "
                              "WHERE c.started_at >= ? AND c.started_at < ?"),
               {qlonglong(*f.fromMs), qlonglong(*f.toMs)});
    QHash<qint64, store::CallTotals> byGateway;
    while (q.next()) {
        store::CallTotals& t = byGateway[q.value(0).toLongLong()];
        ++t.calls;
        t.answered += q.value(2).isNull() ? 0 : 1;
        t.talkMs += q.value(3).toLongLong();
        (q.value(1).toString() == QLatin1String("A") ? t.secondsA : t.secondsB) += q.value(4).toLongLong();
        t.sell += core::Money::fromMicros(q.value(5).toLongLong());
        t.cost += core::Money::fromMicros(q.value(6).toLongLong());
    }
    return byGateway.size();
}

// ---------------------------------------------------------------- the run

// The calls end here (fixed, so every run sees the same days).
std::int64_t fixedNowMs()
{
    return QDateTime(QDate(2026, 3, 15), QTime(19, 30), QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 count(const store::Database& db, const QString& table)
{
    QSqlQuery q = db.run(QStringLiteral("SELECT COUNT(*) FROM ") + table, {}, QStringLiteral("counting"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Builds the database at `path`, or reuses it when it already holds calls.
// Returns the "now" its calls end at.
std::int64_t prepareDatabase(const Options& o, const QString& path)
{
    const auto db = store::Database::open(path);
    store::SettingsRepository settings(*db);
    if (count(*db, QStringLiteral("calls")) > 0) {
        line(QStringLiteral("database"), QStringLiteral("reusing %1").arg(path));
        const qint64 now = settings.value(QStringLiteral("bench.now_ms")).toLongLong();
        return now > 0 ? now : fixedNowMs();
    }
    // Only for building: the measurements below reopen it as Rebound does.
    QSqlQuery pragma(db->connection());
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    const std::int64_t now = fixedNowMs();
    QElapsedTimer timer;
    timer.start();
    {
        store::Database::Transaction transaction(*db);
        Generator(*db, o, now).run();
        settings.setValue(QStringLiteral("bench.now_ms"), QString::number(now));
        transaction.commit();
    }
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    line(QStringLiteral("database built"),
         QStringLiteral("%1 calls in %2 (prepared INSERTs, one transaction), %3")
             .arg(grouped(double(o.calls)), bench::seconds(double(timer.elapsed()) / 1000.0), path));
    return now;
}

void callsPage(const store::Database& db, store::ReportRepository& repo, const store::CallFilter& month,
               const Options& o)
{
    using store::CallColumn;
    heading(QStringLiteral("Calls page, last 30 days, 200 rows a page"));
    tableHeading();
    const std::optional<Timing> whole = baseline(o, [&] { g_sink += wholeTable(db); });
    figure(
        QStringLiteral("first rows, newest first"),
        measure(o.rounds, [&] { g_sink += repo.callPage(month, CallColumn::StartedAt, false, 200).size(); }),
        whole, 1000);
    figure(QStringLiteral("page opens: rows, totals line, result choices"),
           measure(o.rounds,
                   [&] {
                       g_sink += repo.callPage(month, CallColumn::StartedAt, false, 200).size();
                       g_sink += repo.totals(month).calls + repo.hangupReasons().size();
                   }),
           whole, 1000);

    const QString profit = QStringLiteral("(c.sell_micros - c.buy_micros)");
    const auto firstByProfit = repo.callPage(month, CallColumn::Profit, false, 200);
    const store::CallPageKey second{firstByProfit.last().sortKey, firstByProfit.last().id};
    figure(QStringLiteral("sorted by profit: first page"),
           measure(o.rounds, [&] { g_sink += repo.callPage(month, CallColumn::Profit, false, 200).size(); }),
           whole, 1000);
    figure(QStringLiteral("sorted by profit: next page (keyset; OFFSET)"),
           measure(o.rounds,
                   [&] { g_sink += repo.callPage(month, CallColumn::Profit, false, 200, second).size(); }),
           baseline(o, [&] { g_sink += offsetPage(db, month, profit, 200); }));
    const qint64 depth = std::min<qint64>(100'000, repo.totals(month).calls / 2);
    const store::CallPageKey deepByProfit = keyAt(db, month, profit, depth);
    figure(
        QStringLiteral("sorted by profit: page at row %1").arg(grouped(double(depth + 1))),
        measure(o.rounds,
                [&] { g_sink += repo.callPage(month, CallColumn::Profit, false, 200, deepByProfit).size(); }),
        baseline(o, [&] { g_sink += offsetPage(db, month, profit, depth); }));
    const store::CallPageKey deepByTime = keyAt(db, month, QStringLiteral("c.started_at"), depth);
    figure(QStringLiteral("newest first: page at row %1").arg(grouped(double(depth + 1))),
           measure(
               o.rounds,
               [&] { g_sink += repo.callPage(month, CallColumn::StartedAt, false, 200, deepByTime).size(); }),
           baseline(o, [&] { g_sink += offsetPage(db, month, QStringLiteral("c.started_at"), depth); }));
    for (const qint64 code : {10001, 10000 + o.subscribers}) {
        store::CallFilter one = month;
        QSqlQuery q = db.run(QStringLiteral("SELECT id FROM accounts WHERE account_code = ?"),
                             {QString::number(code)}, QStringLiteral("finding a subscriber"));
        one.accountId = q.next() ? q.value(0).toLongLong() : 0;
        figure(QStringLiteral("one subscriber (%1 calls), first page (NOT INDEXED)")
                   .arg(grouped(double(repo.totals(one).calls))),
               measure(o.rounds,
                       [&] { g_sink += repo.callPage(one, CallColumn::StartedAt, false, 200).size(); }),
               baseline(o, [&] { g_sink += subscriberPageNotIndexed(db, one); }));
    }
}

void dashboard(const store::Database& db, const reports::BusinessReports& reports, std::int64_t nowMs,
               const Options& o)
{
    using reports::Period;
    heading(QStringLiteral("Dashboard (today, 7 and 30 days; baseline: the same sums over the legs)"));
    tableHeading();
    figure(QStringLiteral("whole dashboard"),
           measure(o.rounds, [&] { g_sink += reports.dashboard(nowMs).topDestinations.size(); }),
           baseline(o, [&] { g_sink += dashboardFromLegs(db, nowMs, reports.zone()); }), 500);
    // Its parts, to see where the time goes.
    const store::CallFilter month =
        Period::preset(Period::Preset::Last30Days, nowMs, reports.zone()).filter();
    store::ReportRepository repo(db);
    for (const auto preset : {Period::Preset::Today, Period::Preset::Last7Days, Period::Preset::Last30Days}) {
        const store::CallFilter f = Period::preset(preset, nowMs, reports.zone()).filter();
        figure(QStringLiteral("  summary, %1").arg(Period::presetName(preset).toLower()),
               measure(o.rounds, [&] { g_sink += reports.summary(f).calls.calls; }),
               baseline(o, [&] { g_sink += totalsFromLegs(db, f); }));
    }
    figure(
        QStringLiteral("  top destinations, 30 days"),
        measure(o.rounds,
                [&] { g_sink += reports.breakdown(month, store::CallGrouping::Destination).groups.size(); }),
        baseline(o, [&] { g_sink += destinationsFromLegs(db, month, 10); }));
    figure(QStringLiteral("  failure reasons, 30 days"),
           measure(o.rounds, [&] { g_sink += repo.failureReasons(month).size(); }), std::nullopt);
    figure(QStringLiteral("  calls per day, 30 days"),
           measure(o.rounds, [&] { g_sink += reports.series(month, reports::Bucket::Day).size(); }),
           baseline(o, [&] { g_sink += seriesFromLegs(db, month); }));
    figure(
        QStringLiteral("  calls in progress, low balances"),
        measure(o.rounds,
                [&] { g_sink += repo.openCalls() + repo.lowBalances(core::Money::fromUnits(5), 20).size(); }),
        std::nullopt);
}

void chartsAndReports(const store::Database& db, const reports::BusinessReports& reports,
                      const store::CallFilter& quarter, const Options& o)
{
    heading(QStringLiteral("Charts, last 90 days (baseline: the same sums over the legs)"));
    tableHeading();
    const std::optional<Timing> fromLegs = baseline(o, [&] { g_sink += seriesFromLegs(db, quarter); });
    figure(QStringLiteral("calls, minutes and money per day"),
           measure(o.rounds, [&] { g_sink += reports.series(quarter, reports::Bucket::Day).size(); }),
           fromLegs);
    figure(QStringLiteral("calls, minutes and money per hour"),
           measure(o.rounds, [&] { g_sink += reports.series(quarter, reports::Bucket::Hour).size(); }),
           fromLegs);

    heading(QStringLiteral("Reports, last 90 days"));
    tableHeading();
    const auto breakdown = [&](store::CallGrouping g) {
        return measure(o.rounds, [&] { g_sink += reports.breakdown(quarter, g).groups.size(); });
    };
    const store::ReportRepository repo(db);
    figure(QStringLiteral("by destination (baseline: over the legs)"),
           breakdown(store::CallGrouping::Destination),
           baseline(o, [&] { g_sink += destinationsFromLegs(db, quarter, 1'000); }), 2000);
    figure(QStringLiteral("  the ledger check beside it"),
           measure(o.rounds, [&] { g_sink += repo.ledgerCallCharges(quarter).micros(); }), std::nullopt);
    figure(QStringLiteral("by gateway (baseline: legs summed in memory)"),
           breakdown(store::CallGrouping::Gateway),
           baseline(o, [&] { g_sink += gatewaysInMemory(db, quarter); }));
    figure(QStringLiteral("by subscriber"), breakdown(store::CallGrouping::Subscriber), std::nullopt);
    figure(QStringLiteral("by trigger"), breakdown(store::CallGrouping::Trigger), std::nullopt);
}

int run(const Options& o)
{
    heading(QStringLiteral("BenchCdrs: the business view on %1 calls over %2 days")
                .arg(grouped(double(o.calls)))
                .arg(Days));
    line(QStringLiteral("machine"), bench::machine());
    QTemporaryDir dir;
    const QString path = o.db.isEmpty() ? dir.filePath(QStringLiteral("cdrs.sqlite")) : o.db;
    const std::int64_t nowMs = prepareDatabase(o, path);

    // Opened as Rebound opens it (WAL, default page cache).
    const auto db = store::Database::open(path);
    reports::BusinessReports reports(*db);
    store::ReportRepository& repo = reports.repository();
    using reports::Period;
    const store::CallFilter month =
        Period::preset(Period::Preset::Last30Days, nowMs, reports.zone()).filter();
    const store::CallFilter quarter =
        Period::preset(Period::Preset::Last90Days, nowMs, reports.zone()).filter();
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    line(QStringLiteral("rows"), QStringLiteral("%1 calls, %2 legs, %3 requests, %4 ledger rows")
                                     .arg(grouped(double(count(*db, QStringLiteral("calls")))),
                                          grouped(double(count(*db, QStringLiteral("legs")))),
                                          grouped(double(count(*db, QStringLiteral("callback_requests")))),
                                          grouped(double(count(*db, QStringLiteral("ledger"))))));
    line(QStringLiteral("database size"), QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 0));
    line(QStringLiteral("last 30 / 90 days"),
         QStringLiteral("%1 / %2 calls (time zone %3)")
             .arg(grouped(double(repo.totals(month).calls)), grouped(double(repo.totals(quarter).calls)),
                  QString::fromUtf8(reports.zone().id())));
    line(QStringLiteral("rounds"),
         o.baselines
             ? QStringLiteral("median of %1 (baselines: of %2)").arg(o.rounds).arg(std::min(o.rounds, 3))
             : QStringLiteral("median of %1, no baselines").arg(o.rounds));

    callsPage(*db, repo, month, o);
    dashboard(*db, reports, nowMs, o);
    chartsAndReports(*db, reports, quarter, o);
    std::printf("\n(checksum %lld)\n", static_cast<long long>(g_sink));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    return bench::benchMain<Options>(argc, argv, "BenchCdrs", parseOptions, run);
}
