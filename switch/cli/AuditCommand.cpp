#include "cli/CommandOptions.h"
#include "cli/Commands.h"
#include "reports/AuditCsv.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace rebound::cli {

class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

namespace {
const QString Actor = QStringLiteral("actor");
const QString Action = QStringLiteral("action");
const QString Object = QStringLiteral("object");
const QString Text = QStringLiteral("text");

constexpr int DefaultLimit = 50;

QString nonEmpty(const QCommandLineParser& p, const QString& name, const QString& example)
{
    const QString value = p.value(name).trimmed();
    if (p.isSet(name) && value.isEmpty())
        throw CommandError{AuditCommand::tr("--%1 is empty; give a value such as %2.").arg(name, example),
                           UsageError};
    return value;
}

store::AuditFilter filterFrom(const QCommandLineParser& p, const QTimeZone& zone)
{
    store::AuditFilter f;
    f.actor = store::AuditMatch::parse(nonEmpty(p, Actor, QStringLiteral("console or web:")));
    f.action = store::AuditMatch::parse(nonEmpty(p, Action, QStringLiteral("account.add or account.")));
    const QString object = nonEmpty(p, Object, QStringLiteral("account:1001"));
    const qsizetype colon = object.indexOf(u':');
    f.objectType = colon < 0 ? object : object.left(colon).trimmed();
    f.objectId = colon < 0 ? QString() : object.mid(colon + 1).trimmed();
    if (colon >= 0 && (f.objectType.isEmpty() || f.objectId.isEmpty()))
        throw CommandError{
            AuditCommand::tr("--object: '%1' is not TYPE or TYPE:ID; write e.g. account or account:1001.")
                .arg(object),
            UsageError};
    f.text = nonEmpty(p, Text, QStringLiteral("1001"));
    f.fromMs = momentOption(p, From, zone, DayEdge::Start);
    f.toMs = momentOption(p, To, zone, DayEdge::End);
    if (f.fromMs && f.toMs && *f.toMs <= *f.fromMs)
        throw CommandError{
            AuditCommand::tr("--to: %1 is not after --from %2.").arg(p.value(To), p.value(From)), UsageError};
    return f;
}

QString localTime(std::int64_t ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString objectText(const store::AuditEntry& e)
{
    return QStringLiteral("%1 %2").arg(e.objectType, e.objectId).trimmed();
}

QJsonObject entryJson(const store::AuditEntry& e, const QTimeZone& zone)
{
    return {{QStringLiteral("id"), qint64(e.id)},
            {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(e.at, zone).toString(Qt::ISODate)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("source"), e.source},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("object_type"), e.objectType},
            {QStringLiteral("object_id"), e.objectId},
            {QStringLiteral("details"), e.details}};
}

int listEntries(Context& c, const store::AuditLog& log, const store::AuditFilter& filter,
                const QTimeZone& zone, int limit)
{
    // One entry more than shown tells whether --limit left any out.
    QList<store::AuditEntry> entries = log.entries(filter, limit + 1);
    const bool more = cutToLimit(entries, limit);
    QJsonArray array;
    QList<QStringList> cells;
    for (const store::AuditEntry& e : entries) {
        array.append(entryJson(e, zone));
        cells.append({localTime(e.at, zone), e.actor, e.source, e.action, elided(objectText(e), 30),
                      elided(e.details, 60)});
    }
    QString text;
    if (entries.isEmpty()) {
        text = AuditCommand::tr("No audit entries match.\n");
    } else {
        text = textTable({AuditCommand::tr("TIME"), AuditCommand::tr("WHO"), AuditCommand::tr("FROM"),
                          AuditCommand::tr("WHAT"), AuditCommand::tr("OBJECT"), AuditCommand::tr("DETAILS")},
                         cells, QStringLiteral("llllll"));
        text += AuditCommand::tr("Entries shown: %1, newest first; times in %2.")
                    .arg(entries.size())
                    .arg(QString::fromUtf8(zone.id()));
        if (more)
            text += AuditCommand::tr(" There are more; --limit N shows N.");
        text += u'\n';
    }
    print(c, array, text);
    return Success;
}

int exportEntries(Context& c, const store::AuditLog& log, const store::AuditFilter& filter,
                  const QTimeZone& zone, const QCommandLineParser& p)
{
    const ExportResult written =
        writeExport(c, p, [&](QIODevice& out) { return reports::AuditCsv::write(log, filter, zone, out); });
    if (written.path.isEmpty())
        return Success;
    print(c, QJsonObject{{QStringLiteral("output"), written.path}, {QStringLiteral("entries"), written.rows}},
          AuditCommand::tr("Audit entries written to %1: %2.\n")
              .arg(QDir::toNativeSeparators(written.path))
              .arg(written.rows));
    return Success;
}
} // namespace

static QString usage()
{
    return AuditCommand::tr(
        "Usage: rebound-switch [--db PATH] [--json] audit SUBCOMMAND [FILTERS]\n"
        "\n"
        "  list [FILTERS] [--limit N]\n"
        "                    the entries, newest first (50 unless --limit says more)\n"
        "  export [FILTERS] [--output FILE|-]\n"
        "                    CSV: time, actor, source, action, object type and id, details\n"
        "                    (standard output without --output or with -)\n"
        "\n"
        "Filters:\n"
        "  --actor WHO         console, cli, web:1001 ...; a value ending in : . or * matches\n"
        "                      every actor that starts with it (web: is every portal user)\n"
        "  --action WHAT       account.add ...; account. is every account change\n"
        "  --object TYPE[:ID]  what it was done to: account, or account:1001\n"
        "  --text TEXT         the details contain TEXT\n"
        "  --from WHEN         entries at or after WHEN\n"
        "  --to WHEN           entries before WHEN (a day: up to the end of that day)\n"
        "\n"
        "WHEN is a day, YYYY-MM-DD, or a date and time such as 2026-03-04T18:30, in the billing\n"
        "time zone (setting billing.timezone) unless it ends in Z (UTC) or an offset (+02:00).\n"
        "The CSV writes times in ISO 8601 with that zone's offset; a cell starting with = + - or @\n"
        "gets a leading ' so that spreadsheets show it as text instead of running it.\n");
}

int runAudit(Context& c, const QStringList& arguments)
{
    return runCommand(c, arguments, usage(), [&]() -> int {
        QCommandLineParser p;
        const QStringList filters = {Actor, Action, Object, Text, From, To};
        parseOptions(p, arguments, filters + QStringList{Limit, Output});
        const QString sub = p.positionalArguments().value(0);
        if (sub != QLatin1String("list") && sub != QLatin1String("export"))
            throw CommandError{
                AuditCommand::tr("'%1' is not an audit subcommand; use list or export.").arg(sub),
                UsageError};
        const bool list = isList(p, QStringLiteral("audit"), filters);
        const int limit = limitOption(p, DefaultLimit);
        const auto db = store::Database::open(c.databasePath);
        const QTimeZone zone = store::SettingsRepository(*db).billingTimeZone();
        const store::AuditFilter filter = filterFrom(p, zone);
        const store::AuditLog log(*db, c.clock);
        return list ? listEntries(c, log, filter, zone, limit) : exportEntries(c, log, filter, zone, p);
    });
}

} // namespace rebound::cli
