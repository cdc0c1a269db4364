#pragma once

#include "core/Money.h"
#include "store/CallState.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace rebound::store {

class Database;

// Which calls the business view looks at. Times are UTC milliseconds, the
// range is [fromMs, toMs) on the call's start. Every field is optional.
struct CallFilter
{
    std::optional<std::int64_t> fromMs;
    std::optional<std::int64_t> toMs;
    std::optional<std::int64_t> accountId;
    // Digits: the destination starts with them; any other text: the
    // destination's name contains it.
    QString destination;
    std::optional<std::int64_t> gatewayId; // on either leg
    // "" every call, "answered" (leg B talked), "failed" (any failure),
    // "open" (in progress), or one exact hang-up reason of a failed call.
    QString result;
    QString trigger; // did | lgw | sms | web | api | console
};

// The Calls page's columns; each one sorts.
enum class CallColumn
{
    Id,
    StartedAt,
    Subscriber,
    Trigger,
    CallbackNumber,
    Destination,
    DestinationName,
    GatewayA,
    GatewayB,
    Result,
    AnsweredAt,
    Talk,
    SecondsA,
    SellA,
    CostA,
    SecondsB,
    SellB,
    CostB,
    Sell,
    Cost,
    Profit,
    HangupReason,
    Count
};

// One call as the business view shows it: the request's trigger and
// numbers, both sides' figures and the total.
struct CallRow
{
    std::int64_t id = 0;
    std::int64_t startedAt = 0;
    std::optional<std::int64_t> endedAt;
    std::int64_t accountId = 0;
    QString accountCode;
    QString accountName;
    QString trigger;
    bool test = false; // made through the built-in test phones
    QString callbackNumber;
    QString destination;
    QString destinationName;
    QString gatewayA;
    QString gatewayB;
    CallState state = CallState::Open;
    QString hangupReason;
    std::optional<std::int64_t> answeredAt; // leg B answered: the bridge
    std::int64_t talkMs = 0;
    int secondsA = 0; // charged
    int secondsB = 0;
    core::Money sellA;
    core::Money costA;
    core::Money sellB;
    core::Money costB;
    core::Money sell;
    core::Money cost;
    QVariant sortKey; // the value of the sorted column, for the next page

    core::Money profit() const { return sell - cost; }
    bool answered() const { return answeredAt.has_value(); }
};

// Where the next page starts: after the last row of the previous one.
struct CallPageKey
{
    QVariant sortKey;
    std::int64_t id = 0;
};

// Sums over a set of calls (or of legs, for the gateway breakdown).
struct CallTotals
{
    qint64 calls = 0;
    qint64 answered = 0;
    qint64 talkMs = 0;
    qint64 secondsA = 0; // charged
    qint64 secondsB = 0;
    core::Money sell;
    core::Money cost;

    core::Money profit() const { return sell - cost; }
};

// One group of a breakdown: its key (an id, a name or a trigger), a label
// and its totals.
struct CallGroup
{
    QString key;
    QString label;
    CallTotals totals;
};

// One time bucket of a chart (UTC start, bucket width chosen by the caller).
struct CallBucket
{
    std::int64_t startMs = 0;
    CallTotals totals;
};

struct LowBalance
{
    std::int64_t accountId = 0;
    QString accountCode;
    QString name;
    core::Money balance;
    core::Money creditLimit;
};

enum class CallGrouping
{
    Destination,
    Subscriber,
    Trigger,
    Gateway // per leg, by the gateway that carried it (the buy side)
};

// The business view's SQL: pages of calls by keyset (never OFFSET, never the
// whole table), and sums grouped by destination, subscriber, trigger,
// gateway or time. Every query is a range over the indexed `calls` columns
// that CdrRepository::closeCall fills in.
class ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReportRepository)

public:
    explicit ReportRepository(const Database& db)
        : m_db(db)
    {
    }

    // Up to `limit` calls after `after` in the given order. callPage() and
    // callRow() throw StoreError (Invalid) for a call whose state word this
    // build does not know.
    QList<CallRow> callPage(const CallFilter& filter, CallColumn sortBy, bool ascending, int limit,
                            const std::optional<CallPageKey>& after = {}) const;
    std::optional<CallRow> callRow(std::int64_t callId) const;
    CallTotals totals(const CallFilter& filter) const;
    QList<CallGroup> breakdown(const CallFilter& filter, CallGrouping grouping) const;
    // Calls grouped into buckets of bucketMs on their start (UTC-aligned).
    QList<CallBucket> series(const CallFilter& filter, std::int64_t bucketMs) const;
    QList<std::pair<QString, qint64>> failureReasons(const CallFilter& filter) const; // most first
    // What the ledger charged for the calls of the filter (positive).
    core::Money ledgerCallCharges(const CallFilter& filter) const;
    // Callback requests made in [fromMs, toMs): all, and those completed.
    std::pair<qint64, qint64> requests(std::int64_t fromMs, std::int64_t toMs) const;
    qint64 openCalls() const;
    // Active subscribers whose balance plus credit limit is below `threshold`.
    QList<LowBalance> lowBalances(core::Money threshold, int limit) const;
    // The hang-up reasons of failed calls, for a filter's choices.
    QStringList hangupReasons() const;

    // The SELECT list of a CallRow (over `calls c`, `accounts a`, `gateways
    // ga` and `gb`) and the row it reads, for callers that query rows their
    // own way (the benchmark's naive baselines).
    static QString callRowColumns();
    static CallRow callRowFrom(const QSqlQuery& query);

private:
    const Database& m_db;
};

} // namespace rebound::store
