#pragma once

#include "core/Clock.h"
#include "store/ReportRepository.h"
#include "store/TriggerKind.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>
#include <functional>

class QIODevice;

namespace rebound::store {
class Database;
}

namespace rebound::reports {

// A span of whole local days in the billing time zone, as [fromMs, toMs) UTC.
struct Period
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    enum class Preset
    {
        Today,
        Yesterday,
        Last7Days,
        ThisMonth,
        Last30Days,
        Last90Days
    };

    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    QDate firstDay; // local, inclusive
    QDate lastDay;  // local, inclusive

    // Days first..last inclusive, in `zone`. An empty or reversed range gives
    // first..first.
    static Period days(QDate first, QDate last, const QTimeZone& zone);
    static Period preset(Preset preset, std::int64_t nowMs, const QTimeZone& zone);
    static QString presetName(Preset preset);
    // "2026-12-01" or "2026-11-01" .. "2026-11-30"
    QString label() const;
    store::CallFilter filter() const;
};

// The figures a reseller judges a period by. Ratios are for display only;
// money stays exact.
struct Summary
{
    store::CallTotals calls;
    qint64 requested = 0; // callback requests made (some never became calls)
    qint64 completed = 0; // requests that ended completed

    core::Money revenue() const { return calls.sell; }
    core::Money cost() const { return calls.cost; }
    core::Money profit() const { return calls.profit(); }
    double paidMinutes() const { return double(calls.secondsB) / 60.0; } // destination minutes billed
    double talkSeconds() const { return double(calls.talkMs) / 1000.0; }
};

// Percentages and averages of a set of calls, for people.
double marginPercent(const store::CallTotals& totals); // profit / revenue
double asrPercent(const store::CallTotals& totals);    // answered / calls
double acdSeconds(const store::CallTotals& totals);    // talk / answered

// One breakdown with its total row; groups most profitable first.
struct Breakdown
{
    QList<store::CallGroup> groups;
    store::CallTotals total;
};

enum class Bucket
{
    Hour,
    Day
};

// One point of a chart: a local hour or day and its calls.
struct SeriesPoint
{
    QDateTime start; // local, in the billing time zone
    store::CallTotals totals;
};

// One event of a call's timeline (detail pane, `cdrs show`).
struct TimelineEvent
{
    std::int64_t atMs = 0;
    QString text;
};

// What the console's first page shows, computed in one go (on a worker
// thread in the console, so the window never waits for it).
struct Dashboard
{
    std::int64_t computedAtMs = 0;
    Summary today;
    Summary last7Days;
    Summary last30Days;
    qint64 callsInProgress = 0;
    QList<store::CallGroup> topDestinations; // last 30 days, most profit first
    QList<store::LowBalance> lowBalances;
    core::Money lowBalanceThreshold;
    QList<std::pair<QString, qint64>> failureReasons; // last 30 days
    QList<SeriesPoint> last30DaysByDay;
};

// The business view for the console's Dashboard, Calls and Reports pages and
// for `rebound-switch cdrs` and `reports`: one implementation of every
// figure, so the console, the CLI and the tests cannot disagree.
class BusinessReports
{
    Q_DECLARE_TR_FUNCTIONS(BusinessReports)

public:
    BusinessReports(const store::Database& db, QTimeZone zone);
    // The billing time zone from the settings.
    explicit BusinessReports(const store::Database& db);

    const QTimeZone& zone() const { return m_zone; }
    store::ReportRepository& repository() { return m_repository; }

    Summary summary(const store::CallFilter& filter) const;
    Breakdown breakdown(const store::CallFilter& filter, store::CallGrouping grouping) const;
    // Every hour or day of the filter's range, empty ones included.
    QList<SeriesPoint> series(const store::CallFilter& filter, Bucket bucket) const;
    // The dashboard at `nowMs`: low balances are below the setting
    // dashboard.low_balance (default 5).
    Dashboard dashboard(std::int64_t nowMs) const;
    static constexpr int TopDestinations = 10;

    // Request, each leg attempt, IVR, bridge and hang-up, oldest first.
    QList<TimelineEvent> timeline(std::int64_t callId) const;

    // The filtered calls as CSV, one row per call with both legs in columns,
    // newest first, read a page at a time. `progress(done)` may return false
    // to stop; returns how many rows were written, or -1 when stopped.
    qint64 exportCsv(const store::CallFilter& filter, QIODevice& out,
                     const std::function<bool(qint64)>& progress = {}) const;
    static QStringList csvHeader();
    QStringList csvRow(const store::CallRow& row) const;
    // A breakdown as CSV with its total row.
    static QString breakdownCsv(const Breakdown& breakdown, const QString& groupTitle);
    static QString groupingTitle(store::CallGrouping grouping);
    // How a trigger is called in public.
    // A trigger for people; "sms test" (the trigger breakdown's key for test
    // calls) or test = true reads "SMS (test call)".
    static QString triggerName(const QString& trigger, bool test = false);
    // The console's one name of each trigger kind (store::TriggerKind).
    static QString triggerName(store::TriggerKind kind, bool test = false);
    // A call's result in words: "answered", "in progress" or the reason.
    static QString resultText(const store::CallRow& row);

private:
    const store::Database& m_db;
    QTimeZone m_zone;
    store::ReportRepository m_repository;
};

} // namespace rebound::reports
