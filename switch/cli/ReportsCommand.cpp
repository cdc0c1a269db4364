#include "cli/CommandOptions.h"
#include "cli/Commands.h"
#include "reports/BusinessReports.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace rebound::cli {

class ReportsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportsCommand)
};

namespace {
using reports::BusinessReports;

const QString Account = QStringLiteral("account");
const QString Destination = QStringLiteral("destination");

constexpr int DefaultLimit = 50;

// --from and --to: whole local days, both included.
struct Days
{
    std::optional<QDate> first;
    std::optional<QDate> last;

    Days(const QCommandLineParser& p, bool required)
        : first(dateOption(p, From))
        , last(dateOption(p, To))
    {
        for (const auto& [name, day] : {std::pair{From, first}, std::pair{To, last}})
            if (required && !day)
                throw CommandError{
                    ReportsCommand::tr("--%1 is missing: a report covers --from YYYY-MM-DD --to YYYY-MM-DD.")
                        .arg(name),
                    UsageError};
        if (first && last && *last < *first)
            throw CommandError{ReportsCommand::tr("--to: %1 is before --from %2.")
                                   .arg(last->toString(Qt::ISODate), first->toString(Qt::ISODate)),
                               UsageError};
    }

    // The calls started in these days, in the billing time zone; an end not
    // given stays open.
    store::CallFilter filter(const QTimeZone& zone) const
    {
        store::CallFilter f;
        if (first)
            f.fromMs = reports::Period::days(*first, *first, zone).fromMs;
        if (last)
            f.toMs = reports::Period::days(*last, *last, zone).toMs;
        return f;
    }
};

// --account and --destination narrow a period's filter.
void narrow(const QCommandLineParser& p, const store::Database& db, const core::Clock& clock,
            store::CallFilter& filter)
{
    if (p.isSet(Account)) {
        const QString code = p.value(Account).trimmed();
        const auto account = store::AccountRepository(db, clock).findByCode(code);
        if (!account)
            throw CommandError{ReportsCommand::tr("--account: there is no subscriber with account code %1; "
                                                  "accounts list shows them.")
                                   .arg(code)};
        filter.accountId = account->id;
    }
    if (p.isSet(Destination)) {
        // "+44 7700" is a number's start; anything else part of a name.
        const QString text = p.value(Destination).trimmed();
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[\\s+\\-.()]")));
        static const QRegularExpression allDigits(QStringLiteral("^[0-9]+$"));
        filter.destination = allDigits.match(digits).hasMatch() ? digits : text;
        if (filter.destination.isEmpty())
            throw CommandError{ReportsCommand::tr("--destination: give a number's start such as +44, or part "
                                                  "of a destination's name."),
                               UsageError};
    }
}

QString localTime(std::optional<std::int64_t> ms, const QTimeZone& zone)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
              : QString();
}

// ISO 8601 with the billing zone's offset, so a script need not know the zone.
QJsonValue isoTime(std::optional<std::int64_t> ms, const QTimeZone& zone)
{
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(*ms, zone).toString(Qt::ISODate)) : QJsonValue();
}

QString plus(const QString& digits)
{
    return digits.isEmpty() ? QString() : u'+' + digits;
}

QString money(core::Money amount)
{
    return amount.toPlainString(2);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject callJson(const store::CallRow& r, const QTimeZone& zone)
{
    return {{QStringLiteral("id"), qint64(r.id)},
            {QStringLiteral("started_at"), isoTime(r.startedAt, zone)},
            {QStringLiteral("ended_at"), isoTime(r.endedAt, zone)},
            {QStringLiteral("account_code"), r.accountCode},
            {QStringLiteral("subscriber"), r.accountName},
            {QStringLiteral("trigger"), r.trigger},
            {QStringLiteral("test"), r.test},
            {QStringLiteral("callback_number"), plus(r.callbackNumber)},
            {QStringLiteral("destination"), plus(r.destination)},
            {QStringLiteral("destination_name"), r.destinationName},
            {QStringLiteral("gateway_a"), r.gatewayA},
            {QStringLiteral("gateway_b"), r.gatewayB},
            {QStringLiteral("state"), store::stateWord(r.state)},
            {QStringLiteral("result"), BusinessReports::resultText(r)},
            {QStringLiteral("hangup_reason"), r.hangupReason},
            {QStringLiteral("answered_at"), isoTime(r.answeredAt, zone)},
            {QStringLiteral("talk_seconds"), rounded(r.talkMs / 1000.0, 3)},
            {QStringLiteral("a_charged_seconds"), r.secondsA},
            {QStringLiteral("a_sell"), money(r.sellA)},
            {QStringLiteral("a_cost"), money(r.costA)},
            {QStringLiteral("b_charged_seconds"), r.secondsB},
            {QStringLiteral("b_sell"), money(r.sellB)},
            {QStringLiteral("b_cost"), money(r.costB)},
            {QStringLiteral("sell"), money(r.sell)},
            {QStringLiteral("cost"), money(r.cost)},
            {QStringLiteral("profit"), money(r.profit())}};
}

QString destinationText(const store::CallRow& r)
{
    return QStringLiteral("%1 %2").arg(plus(r.destination), r.destinationName).trimmed();
}

int listCalls(Context& c, const store::Database& db, const QCommandLineParser& p, const Days& days)
{
    BusinessReports reports(db);
    store::CallFilter filter = days.filter(reports.zone());
    narrow(p, db, c.clock, filter);
    const int limit = limitOption(p, DefaultLimit);
    // One row more than shown tells whether --limit left any out.
    QList<store::CallRow> rows =
        reports.repository().callPage(filter, store::CallColumn::StartedAt, false, limit + 1);
    const bool more = cutToLimit(rows, limit);
    const QString currency = store::SettingsRepository(db).currency();
    QJsonArray array;
    QList<QStringList> cells;
    for (const store::CallRow& r : rows) {
        array.append(callJson(r, reports.zone()));
        cells.append({QString::number(r.id), localTime(r.startedAt, reports.zone()), r.accountCode,
                      BusinessReports::triggerName(r.trigger, r.test), plus(r.callbackNumber),
                      elided(destinationText(r), 36), elided(BusinessReports::resultText(r), 28),
                      QString::number(r.talkMs / 1000.0, 'f', 1), r.sell.format(currency),
                      r.cost.format(currency), r.profit().format(currency)});
    }
    QString text;
    if (rows.isEmpty()) {
        text = ReportsCommand::tr("No calls match.\n");
    } else {
        text = textTable(
            {ReportsCommand::tr("ID"), ReportsCommand::tr("START"), ReportsCommand::tr("ACCOUNT"),
             ReportsCommand::tr("TRIGGER"), ReportsCommand::tr("CALLBACK"), ReportsCommand::tr("DESTINATION"),
             ReportsCommand::tr("RESULT"), ReportsCommand::tr("TALK S"), ReportsCommand::tr("SELL"),
             ReportsCommand::tr("COST"), ReportsCommand::tr("PROFIT")},
            cells, QStringLiteral("rllllllrrrr"));
        text += ReportsCommand::tr("%n call(s), newest first; times in %1.", nullptr, int(rows.size()))
                    .arg(QString::fromUtf8(reports.zone().id()));
        if (more)
            text += ReportsCommand::tr(" There are more; --limit N shows N.");
        text += u'\n';
    }
    print(c, array, text);
    return Success;
}

QString showText(const store::CallRow& r, const QList<reports::TimelineEvent>& timeline,
                 const QTimeZone& zone, const QString& currency)
{
    QString text;
    const auto row = [&](const QString& label, const QString& value) {
        text += label.leftJustified(14) + value + u'\n';
    };
    const auto via = [](const QString& gateway) {
        return gateway.isEmpty() ? QString() : ReportsCommand::tr(" via %1").arg(gateway);
    };
    const auto leg = [&](int seconds, core::Money sell, core::Money cost) {
        return ReportsCommand::tr("%1 s charged, sell %2, cost %3")
            .arg(seconds)
            .arg(sell.format(currency), cost.format(currency));
    };
    row(ReportsCommand::tr("Call:"), QString::number(r.id));
    row(ReportsCommand::tr("Started:"),
        QStringLiteral("%1 (%2)").arg(localTime(r.startedAt, zone), QString::fromUtf8(zone.id())));
    row(ReportsCommand::tr("Ended:"), r.endedAt ? localTime(r.endedAt, zone) : ReportsCommand::tr("(open)"));
    row(ReportsCommand::tr("Subscriber:"), QStringLiteral("%1 %2").arg(r.accountCode, r.accountName));
    row(ReportsCommand::tr("Trigger:"), BusinessReports::triggerName(r.trigger, r.test));
    row(ReportsCommand::tr("Callback:"), plus(r.callbackNumber) + via(r.gatewayA));
    row(ReportsCommand::tr("Destination:"), destinationText(r) + via(r.gatewayB));
    row(ReportsCommand::tr("Result:"), BusinessReports::resultText(r));
    if (!r.hangupReason.isEmpty() && r.hangupReason != BusinessReports::resultText(r))
        row(ReportsCommand::tr("Hang-up:"), r.hangupReason);
    row(ReportsCommand::tr("Talk:"), ReportsCommand::tr("%1 s").arg(r.talkMs / 1000.0, 0, 'f', 1));
    row(ReportsCommand::tr("Leg A:"), leg(r.secondsA, r.sellA, r.costA));
    row(ReportsCommand::tr("Leg B:"), leg(r.secondsB, r.sellB, r.costB));
    row(ReportsCommand::tr("Total:"),
        ReportsCommand::tr("sell %1, cost %2, profit %3")
            .arg(r.sell.format(currency), r.cost.format(currency), r.profit().format(currency)));
    text += u'\n' + ReportsCommand::tr("Timeline:") + u'\n';
    for (const reports::TimelineEvent& e : timeline)
        text += localTime(e.atMs, zone) + QStringLiteral("  ") + e.text + u'\n';
    return text;
}

int showCall(Context& c, const store::Database& db, const QString& idText)
{
    bool ok = false;
    const std::int64_t id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        throw CommandError{
            ReportsCommand::tr("cdrs show takes a call's id (cdrs list shows them), not '%1'.").arg(idText),
            UsageError};
    BusinessReports reports(db);
    const auto row = reports.repository().callRow(id);
    if (!row)
        throw CommandError{ReportsCommand::tr("There is no call %1; cdrs list shows the calls.").arg(id)};
    const QList<reports::TimelineEvent> timeline = reports.timeline(id);
    QJsonObject json = callJson(*row, reports.zone());
    QJsonArray events;
    for (const reports::TimelineEvent& e : timeline)
        events.append(QJsonObject{{QStringLiteral("at"), isoTime(e.atMs, reports.zone())},
                                  {QStringLiteral("text"), e.text}});
    json.insert(QStringLiteral("timeline"), events);
    json.insert(QStringLiteral("time_zone"), QString::fromUtf8(reports.zone().id()));
    print(c, json, showText(*row, timeline, reports.zone(), store::SettingsRepository(db).currency()));
    return Success;
}

int exportCalls(Context& c, const store::Database& db, const QCommandLineParser& p, const Days& days)
{
    const BusinessReports reports(db);
    store::CallFilter filter = days.filter(reports.zone());
    narrow(p, db, c.clock, filter);
    const ExportResult written =
        writeExport(c, p, [&](QIODevice& out) { return reports.exportCsv(filter, out); });
    if (written.path.isEmpty())
        return Success;
    print(c, QJsonObject{{QStringLiteral("output"), written.path}, {QStringLiteral("calls"), written.rows}},
          ReportsCommand::tr("Wrote %n call(s) to %1.\n", nullptr, int(written.rows))
              .arg(QDir::toNativeSeparators(written.path)));
    return Success;
}

// One set of totals for scripts; `count` is "calls", or "legs" for gateways.
QJsonObject totalsJson(const store::CallTotals& t, const QString& count = QStringLiteral("calls"))
{
    reports::Summary summary;
    summary.calls = t;
    return {{count, t.calls},
            {QStringLiteral("answered"), t.answered},
            {QStringLiteral("talk_seconds"), rounded(summary.talkSeconds(), 3)},
            {QStringLiteral("charged_seconds_a"), t.secondsA},
            {QStringLiteral("charged_seconds_b"), t.secondsB},
            {QStringLiteral("paid_minutes"), rounded(summary.paidMinutes(), 2)},
            {QStringLiteral("revenue"), money(summary.revenue())},
            {QStringLiteral("cost"), money(summary.cost())},
            {QStringLiteral("profit"), money(summary.profit())},
            {QStringLiteral("margin_percent"), rounded(reports::marginPercent(t), 2)},
            {QStringLiteral("asr_percent"), rounded(reports::asrPercent(t), 2)},
            {QStringLiteral("acd_seconds"), rounded(reports::acdSeconds(t), 2)}};
}

QJsonObject periodJson(const reports::Period& period, const QTimeZone& zone, const QString& currency)
{
    return {{QStringLiteral("from"), period.firstDay.toString(Qt::ISODate)},
            {QStringLiteral("to"), period.lastDay.toString(Qt::ISODate)},
            {QStringLiteral("time_zone"), QString::fromUtf8(zone.id())},
            {QStringLiteral("currency"), currency}};
}

int printSummary(Context& c, const store::Database& db, const reports::Period& period)
{
    BusinessReports reports(db);
    const QString currency = store::SettingsRepository(db).currency();
    const reports::Summary s = reports.summary(period.filter());
    // What the ledger took for these calls: equal to the revenue unless a
    // charge went astray, so scripts can check one against the other.
    const core::Money ledger = reports.repository().ledgerCallCharges(period.filter());
    QJsonObject json = totalsJson(s.calls);
    const QJsonObject extra = periodJson(period, reports.zone(), currency);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    json.insert(QStringLiteral("requested"), s.requested);
    json.insert(QStringLiteral("completed"), s.completed);
    json.insert(QStringLiteral("ledger_charges"), money(ledger));

    QString text;
    const auto row = [&](const QString& label, const QString& value) {
        text += label.leftJustified(22) + value + u'\n';
    };
    row(ReportsCommand::tr("Period:"),
        QStringLiteral("%1 (%2)").arg(period.label(), QString::fromUtf8(reports.zone().id())));
    row(ReportsCommand::tr("Callbacks requested:"),
        ReportsCommand::tr("%1, completed %2").arg(s.requested).arg(s.completed));
    row(ReportsCommand::tr("Calls:"), ReportsCommand::tr("%1, answered %2 (ASR %3 %)")
                                          .arg(s.calls.calls)
                                          .arg(s.calls.answered)
                                          .arg(reports::asrPercent(s.calls), 0, 'f', 1));
    row(ReportsCommand::tr("Talk time:"), ReportsCommand::tr("%1 s (ACD %2 s)")
                                              .arg(s.talkSeconds(), 0, 'f', 1)
                                              .arg(reports::acdSeconds(s.calls), 0, 'f', 1));
    row(ReportsCommand::tr("Paid minutes:"), QString::number(s.paidMinutes(), 'f', 2));
    row(ReportsCommand::tr("Revenue:"), s.revenue().format(currency));
    row(ReportsCommand::tr("Cost:"), s.cost().format(currency));
    row(ReportsCommand::tr("Profit:"), ReportsCommand::tr("%1 (margin %2 %)")
                                           .arg(s.profit().format(currency))
                                           .arg(reports::marginPercent(s.calls), 0, 'f', 1));
    row(ReportsCommand::tr("Ledger call charges:"), ledger.format(currency));
    print(c, json, text);
    return Success;
}

int printBreakdown(Context& c, const store::Database& db, const reports::Period& period,
                   store::CallGrouping grouping)
{
    BusinessReports reports(db);
    const QString currency = store::SettingsRepository(db).currency();
    const reports::Breakdown b = reports.breakdown(period.filter(), grouping);
    // A gateway sells legs, not calls: each attempt is bought where it went.
    const bool legs = grouping == store::CallGrouping::Gateway;
    const QString count = legs ? QStringLiteral("legs") : QStringLiteral("calls");
    QJsonArray groups;
    QList<QStringList> cells;
    const auto cellsFor = [&](const QString& label, const store::CallTotals& t) {
        reports::Summary s;
        s.calls = t;
        return QStringList{elided(label, 40),
                           QString::number(t.calls),
                           QString::number(t.answered),
                           QString::number(reports::asrPercent(t), 'f', 1),
                           QString::number(reports::acdSeconds(t), 'f', 1),
                           QString::number(s.paidMinutes(), 'f', 2),
                           t.sell.format(currency),
                           t.cost.format(currency),
                           t.profit().format(currency),
                           QString::number(reports::marginPercent(t), 'f', 1)};
    };
    for (const store::CallGroup& g : b.groups) {
        QJsonObject group = totalsJson(g.totals, count);
        group.insert(QStringLiteral("key"), g.key);
        group.insert(QStringLiteral("label"), g.label);
        groups.append(group);
        cells.append(cellsFor(g.label, g.totals));
    }
    cells.append(cellsFor(ReportsCommand::tr("Total"), b.total));
    QJsonObject json = periodJson(period, reports.zone(), currency);
    json.insert(QStringLiteral("groups"), groups);
    json.insert(QStringLiteral("total"), totalsJson(b.total, count));

    QString text = ReportsCommand::tr("Profit by %1, %2 (%3)\n\n")
                       .arg(BusinessReports::groupingTitle(grouping).toLower(), period.label(),
                            QString::fromUtf8(reports.zone().id()));
    text +=
        textTable({BusinessReports::groupingTitle(grouping).toUpper(),
                   legs ? ReportsCommand::tr("LEGS") : ReportsCommand::tr("CALLS"),
                   ReportsCommand::tr("ANSWERED"), ReportsCommand::tr("ASR %"), ReportsCommand::tr("ACD S"),
                   ReportsCommand::tr("PAID MIN"), ReportsCommand::tr("REVENUE"), ReportsCommand::tr("COST"),
                   ReportsCommand::tr("PROFIT"), ReportsCommand::tr("MARGIN %")},
                  cells, QStringLiteral("lrrrrrrrrr"), true);
    print(c, json, text);
    return Success;
}

std::optional<store::CallGrouping> groupingFor(const QString& report)
{
    if (report == QLatin1String("destinations"))
        return store::CallGrouping::Destination;
    if (report == QLatin1String("gateways"))
        return store::CallGrouping::Gateway;
    if (report == QLatin1String("subscribers"))
        return store::CallGrouping::Subscriber;
    if (report == QLatin1String("triggers"))
        return store::CallGrouping::Trigger;
    return std::nullopt;
}
} // namespace

static QString cdrsUsage()
{
    return ReportsCommand::tr(
        "Usage: rebound-switch [--db PATH] [--json] cdrs SUBCOMMAND\n"
        "\n"
        "  list [--from DATE] [--to DATE] [--account CODE] [--destination PREFIX|TEXT] [--limit N]\n"
        "                    the calls, newest first (50 unless --limit says more)\n"
        "  show ID           one call: both legs' figures and its timeline\n"
        "  export [--from DATE] [--to DATE] [--account CODE] [--destination PREFIX|TEXT]\n"
        "         [--output FILE]\n"
        "                    CSV, one row per call with both legs in columns (stdout without\n"
        "                    --output)\n"
        "\n"
        "DATE is YYYY-MM-DD, a local day in the billing time zone (setting billing.timezone);\n"
        "both days are included. --destination: digits match the number's start (+44 7700),\n"
        "other text part of the destination's name.\n");
}

static QString reportsUsage()
{
    return ReportsCommand::tr(
        "Usage: rebound-switch [--db PATH] [--json] reports REPORT --from DATE --to DATE\n"
        "\n"
        "  summary       callbacks requested and completed, calls, answered, talk time, paid\n"
        "                minutes, revenue, cost, profit, margin, ASR, ACD\n"
        "  destinations  profit by destination\n"
        "  gateways      profit by gateway, the buy side (counts legs: each attempt is bought\n"
        "                from the gateway that carried it)\n"
        "  subscribers   profit by subscriber\n"
        "  triggers      profit by trigger (DID, LGW, SMS, web, API, console)\n"
        "\n"
        "DATE is YYYY-MM-DD, a local day in the billing time zone (setting billing.timezone);\n"
        "both days are included. Money in --json is a decimal string.\n");
}

int runCdrs(Context& c, const QStringList& arguments)
{
    return runCommand(c, arguments, cdrsUsage(), [&]() -> int {
        QCommandLineParser p;
        const QStringList filters = {From, To, Account, Destination};
        parseOptions(p, arguments, filters + QStringList{Limit, Output});
        const QStringList pos = p.positionalArguments();
        const QString sub = pos.value(0);
        if (sub == QLatin1String("list") || sub == QLatin1String("export")) {
            const bool list = isList(p, QStringLiteral("cdrs"), filters);
            const Days days(p, false);
            const auto db = store::Database::open(c.databasePath);
            return list ? listCalls(c, *db, p, days) : exportCalls(c, *db, p, days);
        }
        if (sub == QLatin1String("show")) {
            allowOnly(p, {}, QStringLiteral("cdrs show"));
            if (pos.size() < 2)
                throw CommandError{ReportsCommand::tr("cdrs show needs a call's id (cdrs list shows them)."),
                                   UsageError};
            noMoreThan(pos, 2);
            const auto db = store::Database::open(c.databasePath);
            return showCall(c, *db, pos[1]);
        }
        throw CommandError{
            ReportsCommand::tr("'%1' is not a cdrs subcommand; use list, show or export.").arg(sub),
            UsageError};
    });
}

int runReports(Context& c, const QStringList& arguments)
{
    return runCommand(c, arguments, reportsUsage(), [&]() -> int {
        QCommandLineParser p;
        parseOptions(p, arguments, {From, To});
        const QStringList pos = p.positionalArguments();
        const QString report = pos.value(0);
        const auto grouping = groupingFor(report);
        if (!grouping && report != QLatin1String("summary"))
            throw CommandError{
                ReportsCommand::tr("'%1' is not a report; use summary, destinations, gateways, subscribers "
                                   "or triggers.")
                    .arg(report),
                UsageError};
        noMoreThan(pos, 1);
        const Days days(p, true);
        const auto db = store::Database::open(c.databasePath);
        const reports::Period period =
            reports::Period::days(*days.first, *days.last, store::SettingsRepository(*db).billingTimeZone());
        return grouping ? printBreakdown(c, *db, period, *grouping) : printSummary(c, *db, period);
    });
}

} // namespace rebound::cli
