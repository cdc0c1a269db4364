#include "reports/BusinessReports.h"

#include "core/Csv.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"

#include <QIODevice>
#include <QMap>
#include <algorithm>

namespace rebound::reports {

namespace {
std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

void add(store::CallTotals& into, const store::CallTotals& t)
{
    into.calls += t.calls;
    into.answered += t.answered;
    into.talkMs += t.talkMs;
    into.secondsA += t.secondsA;
    into.secondsB += t.secondsB;
    into.sell += t.sell;
    into.cost += t.cost;
}

// The chart buckets the database groups by: every zone's offset is a
// multiple of 15 minutes, so these fall wholly inside one local hour.
constexpr std::int64_t QuarterHourMs = 15 * 60 * 1000;

std::int64_t startOfDay(QDate day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
}

QString isoUtc(std::optional<std::int64_t> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).toString(Qt::ISODateWithMs) : QString();
}

QString money(core::Money amount)
{
    return amount.toPlainString(2);
}
} // namespace

Period Period::days(QDate first, QDate last, const QTimeZone& zone)
{
    if (!last.isValid() || last < first)
        last = first;
    Period p;
    p.firstDay = first;
    p.lastDay = last;
    p.fromMs = startOfDay(first, zone);
    p.toMs = startOfDay(last.addDays(1), zone);
    return p;
}

Period Period::preset(Preset preset, std::int64_t nowMs, const QTimeZone& zone)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    switch (preset) {
    case Preset::Today:
        return days(today, today, zone);
    case Preset::Yesterday:
        return days(today.addDays(-1), today.addDays(-1), zone);
    case Preset::Last7Days:
        return days(today.addDays(-6), today, zone);
    case Preset::ThisMonth:
        return days(QDate(today.year(), today.month(), 1), today, zone);
    case Preset::Last30Days:
        return days(today.addDays(-29), today, zone);
    case Preset::Last90Days:
        return days(today.addDays(-89), today, zone);
    }
    return days(today, today, zone);
}

QString Period::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Today:
        return tr("Today");
    case Preset::Yesterday:
        return tr("Yesterday");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::ThisMonth:
        return tr("This month");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::Last90Days:
        return tr("Last 90 days");
    }
    return {};
}

QString Period::label() const
{
    return firstDay == lastDay
               ? firstDay.toString(Qt::ISODate)
               : tr("%1 to %2").arg(firstDay.toString(Qt::ISODate), lastDay.toString(Qt::ISODate));
}

store::CallFilter Period::filter() const
{
    store::CallFilter f;
    f.fromMs = fromMs;
    f.toMs = toMs;
    return f;
}

double marginPercent(const store::CallTotals& t)
{
    return t.sell.isZero() ? 0.0 : 100.0 * double(t.profit().micros()) / double(t.sell.micros());
}

double asrPercent(const store::CallTotals& t)
{
    return t.calls == 0 ? 0.0 : 100.0 * double(t.answered) / double(t.calls);
}

double acdSeconds(const store::CallTotals& t)
{
    return t.answered == 0 ? 0.0 : double(t.talkMs) / 1000.0 / double(t.answered);
}

BusinessReports::BusinessReports(const store::Database& db, QTimeZone zone)
    : m_db(db)
    , m_zone(std::move(zone))
    , m_repository(db)
{
}

BusinessReports::BusinessReports(const store::Database& db)
    : BusinessReports(db, store::SettingsRepository(db).billingTimeZone())
{
}

Summary BusinessReports::summary(const store::CallFilter& filter) const
{
    Summary s;
    s.calls = m_repository.totals(filter);
    if (filter.fromMs && filter.toMs)
        std::tie(s.requested, s.completed) = m_repository.requests(*filter.fromMs, *filter.toMs);
    return s;
}

Breakdown BusinessReports::breakdown(const store::CallFilter& filter, store::CallGrouping grouping) const
{
    Breakdown b;
    b.groups = m_repository.breakdown(filter, grouping);
    for (store::CallGroup& g : b.groups) {
        if (g.label.trimmed().isEmpty())
            g.label = grouping == store::CallGrouping::Gateway ? tr("(no gateway)") : tr("(unknown)");
        else if (grouping == store::CallGrouping::Trigger)
            g.label = triggerName(g.key);
        add(b.total, g.totals);
    }
    std::stable_sort(b.groups.begin(), b.groups.end(),
                     [](const store::CallGroup& x, const store::CallGroup& y) {
                         if (x.totals.profit() != y.totals.profit())
                             return x.totals.profit() > y.totals.profit();
                         return x.label < y.label;
                     });
    return b;
}

namespace {
// Local hour or day numbers for UTC instants. A zone's offset is looked up
// once per UTC hour, not per bucket: a 90-day chart has 8,640 quarter hours.
class LocalBuckets
{
public:
    LocalBuckets(const QTimeZone& zone, Bucket bucket)
        : m_zone(zone)
        , m_bucket(bucket)
    {
    }
    std::int64_t keyOf(std::int64_t utcMs)
    {
        const std::int64_t hour = floorDiv(utcMs, 3'600'000);
        if (hour != m_cachedHour) {
            m_cachedHour = hour;
            m_offsetMs = std::int64_t(m_zone.offsetFromUtc(
                             QDateTime::fromMSecsSinceEpoch(hour * 3'600'000, QTimeZone::utc()))) *
                         1000;
        }
        return floorDiv(utcMs + m_offsetMs, m_bucket == Bucket::Day ? 86'400'000 : 3'600'000);
    }
    QDateTime startOf(std::int64_t key) const
    {
        const std::int64_t days = m_bucket == Bucket::Day ? key : floorDiv(key, 24);
        const int hour = m_bucket == Bucket::Day ? 0 : int(key - floorDiv(key, 24) * 24);
        return QDateTime(QDate(1970, 1, 1).addDays(days), QTime(hour, 0), m_zone);
    }

private:
    const QTimeZone& m_zone;
    Bucket m_bucket;
    std::int64_t m_cachedHour = INT64_MIN;
    std::int64_t m_offsetMs = 0;
};

// Quarter hours (every zone's offset is a multiple of 15 minutes, so each
// lies wholly in one local hour) added up into local hours or days, empty
// ones included so a chart shows quiet days as zero.
QList<SeriesPoint> bucketed(const QList<store::CallBucket>& quarters, const store::CallFilter& filter,
                            Bucket bucket, const QTimeZone& zone)
{
    LocalBuckets local(zone, bucket);
    QMap<std::int64_t, store::CallTotals> byKey;
    for (const store::CallBucket& q : quarters)
        add(byKey[local.keyOf(q.startMs)], q.totals);
    if (filter.fromMs && filter.toMs && *filter.toMs > *filter.fromMs) {
        const std::int64_t first = local.keyOf(*filter.fromMs);
        const std::int64_t last = local.keyOf(*filter.toMs - 1);
        for (std::int64_t key = first; key <= last && key - first < 24 * 400; ++key)
            if (!byKey.contains(key))
                byKey.insert(key, {});
    }
    QList<SeriesPoint> points;
    points.reserve(byKey.size());
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        points.append({local.startOf(it.key()), it.value()});
    return points;
}

store::CallTotals within(const QList<store::CallBucket>& quarters, const Period& period)
{
    store::CallTotals t;
    for (const store::CallBucket& q : quarters)
        if (q.startMs >= period.fromMs && q.startMs < period.toMs)
            add(t, q.totals);
    return t;
}
} // namespace

QList<SeriesPoint> BusinessReports::series(const store::CallFilter& filter, Bucket bucket) const
{
    return bucketed(m_repository.series(filter, QuarterHourMs), filter, bucket, m_zone);
}

Dashboard BusinessReports::dashboard(std::int64_t nowMs) const
{
    // One pass over the last 30 days' quarter hours gives today, the last 7
    // and 30 days (local midnights fall on quarter hours) and the chart.
    Dashboard d;
    d.computedAtMs = nowMs;
    const Period today = Period::preset(Period::Preset::Today, nowMs, m_zone);
    const Period week = Period::preset(Period::Preset::Last7Days, nowMs, m_zone);
    const Period monthPeriod = Period::preset(Period::Preset::Last30Days, nowMs, m_zone);
    const store::CallFilter month = monthPeriod.filter();
    const QList<store::CallBucket> quarters = m_repository.series(month, QuarterHourMs);
    const auto summarise = [&](const Period& p) {
        Summary s;
        s.calls = within(quarters, p);
        std::tie(s.requested, s.completed) = m_repository.requests(p.fromMs, p.toMs);
        return s;
    };
    d.today = summarise(today);
    d.last7Days = summarise(week);
    d.last30Days = summarise(monthPeriod);
    d.last30DaysByDay = bucketed(quarters, month, Bucket::Day, m_zone);
    d.callsInProgress = m_repository.openCalls();
    d.topDestinations = breakdown(month, store::CallGrouping::Destination).groups.mid(0, TopDestinations);
    const auto threshold =
        core::Money::parse(store::SettingsRepository(m_db).value(QStringLiteral("dashboard.low_balance")));
    d.lowBalanceThreshold = threshold.value ? *threshold.value : core::Money::fromUnits(5);
    d.lowBalances = m_repository.lowBalances(d.lowBalanceThreshold, 20);
    d.failureReasons = m_repository.failureReasons(month);
    return d;
}

QList<TimelineEvent> BusinessReports::timeline(std::int64_t callId) const
{
    const core::SystemClock& clock = core::SystemClock::instance(); // reads only
    const store::CdrRepository cdrs(m_db, clock);
    const auto call = cdrs.call(callId);
    if (!call)
        return {};
    QList<TimelineEvent> events;
    if (call->requestId)
        if (const auto request = store::CallbackRequestRepository(m_db, clock).find(*call->requestId)) {
            QString text = tr("Callback requested by %1 from %2, to call back %3")
                               .arg(triggerName(request->trigger),
                                    request->source.isEmpty() ? tr("(unknown)") : request->source,
                                    request->callbackNumber.toPlus());
            if (!request->destination.isEmpty())
                text += tr(", destination %1").arg(request->destination.toPlus());
            events.append({request->createdAt, text});
        }
    const store::GatewayRepository gateways(m_db, clock);
    const auto gatewayName = [&](std::optional<std::int64_t> id) {
        const auto g = id ? gateways.findGateway(*id) : std::nullopt;
        return g ? g->name : tr("(no gateway)");
    };
    bool ivrShown = false;
    std::optional<std::int64_t> legAAnswered;
    for (const store::LegRecord& leg : cdrs.legs(callId)) {
        const QString side = leg.leg == u'A' ? tr("Leg A (subscriber)") : tr("Leg B (destination)");
        const QString number = QStringLiteral("+") + leg.number;
        if (leg.leg == u'B' && !ivrShown && legAAnswered) {
            events.append({*legAAnswered, tr("IVR: prompts played, destination collected")});
            ivrShown = true;
        }
        events.append({leg.invitedAt, tr("%1: calling %2 %3 through %4")
                                          .arg(side, number,
                                               leg.destinationName.isEmpty()
                                                   ? QString()
                                                   : QStringLiteral("(%1)").arg(leg.destinationName),
                                               gatewayName(leg.gatewayId))
                                          .simplified()});
        if (leg.answeredAt) {
            if (leg.leg == u'A')
                legAAnswered = *leg.answeredAt;
            events.append({*leg.answeredAt, leg.leg == u'A' ? tr("%1: answered").arg(side)
                                                            : tr("%1: answered, legs bridged").arg(side)});
        }
        if (leg.endedAt) {
            QString end = leg.answeredAt
                              ? tr("%1: ended after %2 s").arg(side).arg(leg.durationMs / 1000.0, 0, 'f', 1)
                              : tr("%1: not connected").arg(side);
            if (leg.sipStatus > 0 || !leg.sipReason.isEmpty())
                end += QStringLiteral(" (%1 %2)")
                           .arg(leg.sipStatus > 0 ? QString::number(leg.sipStatus) : QString(), leg.sipReason)
                           .replace(QStringLiteral("( "), QStringLiteral("("));
            if (leg.chargedSeconds > 0 || !leg.sell.isZero())
                end += tr("; billed %1 s: sell %2 at %3/min (prefix %4), cost %5 at %6/min (prefix %7)")
                           .arg(leg.chargedSeconds)
                           .arg(money(leg.sell), money(leg.sellRate), leg.sellPrefix, money(leg.buy),
                                money(leg.buyRate), leg.buyPrefix.isEmpty() ? tr("none") : leg.buyPrefix);
            events.append({*leg.endedAt, end});
        }
    }
    if (call->endedAt)
        events.append(
            {*call->endedAt, tr("Call %1: %2; sell %3, cost %4, profit %5")
                                 .arg(store::stateWord(call->state),
                                      call->hangupReason.isEmpty() ? tr("hung up") : call->hangupReason,
                                      money(call->sell), money(call->buy), money(call->sell - call->buy))});
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent& x, const TimelineEvent& y) { return x.atMs < y.atMs; });
    return events;
}

QStringList BusinessReports::csvHeader()
{
    return {QStringLiteral("call_id"),
            QStringLiteral("started_at"),
            QStringLiteral("ended_at"),
            QStringLiteral("account_code"),
            QStringLiteral("subscriber"),
            QStringLiteral("trigger"),
            QStringLiteral("callback_number"),
            QStringLiteral("destination"),
            QStringLiteral("destination_name"),
            QStringLiteral("state"),
            QStringLiteral("result"),
            QStringLiteral("hangup_reason"),
            QStringLiteral("answered_at"),
            QStringLiteral("talk_seconds"),
            QStringLiteral("a_gateway"),
            QStringLiteral("a_charged_seconds"),
            QStringLiteral("a_sell"),
            QStringLiteral("a_cost"),
            QStringLiteral("b_gateway"),
            QStringLiteral("b_charged_seconds"),
            QStringLiteral("b_sell"),
            QStringLiteral("b_cost"),
            QStringLiteral("sell"),
            QStringLiteral("cost"),
            QStringLiteral("profit")};
}

QStringList BusinessReports::csvRow(const store::CallRow& r) const
{
    return {QString::number(r.id),
            isoUtc(r.startedAt),
            isoUtc(r.endedAt),
            r.accountCode,
            r.accountName,
            r.trigger,
            r.callbackNumber.isEmpty() ? QString() : u'+' + r.callbackNumber,
            r.destination.isEmpty() ? QString() : u'+' + r.destination,
            r.destinationName,
            store::stateWord(r.state),
            resultText(r),
            r.hangupReason,
            isoUtc(r.answeredAt),
            QString::number(r.talkMs / 1000.0, 'f', 3),
            r.gatewayA,
            QString::number(r.secondsA),
            r.sellA.toPlainString(2),
            r.costA.toPlainString(2),
            r.gatewayB,
            QString::number(r.secondsB),
            r.sellB.toPlainString(2),
            r.costB.toPlainString(2),
            r.sell.toPlainString(2),
            r.cost.toPlainString(2),
            r.profit().toPlainString(2)};
}

qint64 BusinessReports::exportCsv(const store::CallFilter& filter, QIODevice& out,
                                  const std::function<bool(qint64)>& progress) const
{
    const auto writeLine = [&](const QStringList& fields) {
        out.write((core::csv::line(fields) + QStringLiteral("\r\n")).toUtf8());
    };
    writeLine(csvHeader());
    qint64 written = 0;
    std::optional<store::CallPageKey> after;
    for (;;) {
        const QList<store::CallRow> page =
            m_repository.callPage(filter, store::CallColumn::StartedAt, false, 2000, after);
        for (const store::CallRow& row : page)
            writeLine(csvRow(row));
        written += page.size();
        if (progress && !progress(written))
            return -1;
        if (page.size() < 2000)
            return written;
        after = store::CallPageKey{page.last().sortKey, page.last().id};
    }
}

QString BusinessReports::groupingTitle(store::CallGrouping grouping)
{
    switch (grouping) {
    case store::CallGrouping::Destination:
        return tr("Destination");
    case store::CallGrouping::Subscriber:
        return tr("Subscriber");
    case store::CallGrouping::Trigger:
        return tr("Trigger");
    case store::CallGrouping::Gateway:
        return tr("Gateway");
    }
    return {};
}

QString BusinessReports::breakdownCsv(const Breakdown& breakdown, const QString& groupTitle)
{
    QStringList lines{QStringList{core::csv::field(groupTitle), QStringLiteral("calls"),
                                  QStringLiteral("answered"), QStringLiteral("talk_seconds"),
                                  QStringLiteral("charged_seconds_a"), QStringLiteral("charged_seconds_b"),
                                  QStringLiteral("revenue"), QStringLiteral("cost"), QStringLiteral("profit"),
                                  QStringLiteral("margin_percent")}
                          .join(u',')};
    const auto line = [&](const QString& label, const store::CallTotals& t) {
        lines.append(QStringList{core::csv::field(label), QString::number(t.calls),
                                 QString::number(t.answered), QString::number(t.talkMs / 1000.0, 'f', 3),
                                 QString::number(t.secondsA), QString::number(t.secondsB),
                                 t.sell.toPlainString(2), t.cost.toPlainString(2),
                                 t.profit().toPlainString(2), QString::number(marginPercent(t), 'f', 1)}
                         .join(u','));
    };
    for (const store::CallGroup& g : breakdown.groups)
        line(g.label, g.totals);
    line(tr("Total"), breakdown.total);
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString BusinessReports::triggerName(const QString& trigger, bool test)
{
    if (trigger.endsWith(QLatin1String(" test")))
        return triggerName(trigger.chopped(5), true);
    if (const auto kind = store::triggerKindFromString(trigger))
        return triggerName(*kind, test);
    const QString name = trigger.isEmpty() ? tr("(unknown)") : trigger;
    return test ? tr("%1 (test call)").arg(name) : name;
}

QString BusinessReports::triggerName(store::TriggerKind kind, bool test)
{
    if (test)
        return tr("%1 (test call)").arg(triggerName(kind));
    switch (kind) {
    case store::TriggerKind::Did:
        return tr("DID");
    case store::TriggerKind::Lgw:
        return tr("LGW");
    case store::TriggerKind::Sms:
        return tr("SMS");
    case store::TriggerKind::Web:
        return tr("Web");
    case store::TriggerKind::Api:
        return tr("API");
    case store::TriggerKind::Console:
        break;
    }
    return tr("Console");
}

QString BusinessReports::resultText(const store::CallRow& row)
{
    if (row.answered())
        return tr("answered");
    if (row.state == store::CallState::Open)
        return tr("in progress");
    return row.hangupReason.isEmpty() ? tr("failed") : row.hangupReason;
}

} // namespace rebound::reports
