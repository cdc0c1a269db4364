#include "cli/CommandOptions.h"
#include "cli/Commands.h"
#include "cli/ConfigCommands.h"
#include "network/RouteService.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace rebound::cli {

using namespace config;

namespace {
const QList<OptionOf> RouteFields = {{network::routeField::Prefix, QStringLiteral("--prefix")},
                                     {network::routeField::Gateway, QStringLiteral("--gateway"), false},
                                     {network::routeField::Priority, QStringLiteral("--priority")}};

} // namespace

int runRoutes(Context& c, const QStringList& arguments)
{
    const QString usage = ConfigCommands::tr(
        "Usage: rebound-switch routes list | add --prefix DIGITS --gateway NAME [--priority 100]"
        " | delete ID\n"
        "       (an empty --prefix routes every number)\n");
    return runChecked(c, arguments, usage, RouteFields, [&]() -> int {
        QCommandLineParser p;
        parse(p, arguments, {QStringLiteral("prefix"), QStringLiteral("gateway"), QStringLiteral("priority")},
              {});
        const QStringList pos = p.positionalArguments();
        const auto db = openDb(c);
        const store::GatewayRepository repo(*db, c.clock);
        if (pos.value(0) == QLatin1String("list") && pos.size() == 1) {
            QJsonArray array;
            QString text = ConfigCommands::tr("ID").leftJustified(6) +
                           ConfigCommands::tr("PREFIX").leftJustified(12) +
                           ConfigCommands::tr("PRIORITY").leftJustified(10) + ConfigCommands::tr("GATEWAY") +
                           QLatin1Char('\n');
            for (const auto& r : repo.routes()) {
                array.append(QJsonObject{{QStringLiteral("id"), qint64(r.id)},
                                         {QStringLiteral("prefix"), r.prefix},
                                         {QStringLiteral("gateway"), r.gatewayName},
                                         {QStringLiteral("priority"), r.priority},
                                         {QStringLiteral("enabled"), r.enabled}});
                text += QString::number(r.id).leftJustified(6) +
                        (r.prefix.isEmpty() ? ConfigCommands::tr("(all)") : r.prefix).leftJustified(12) +
                        QString::number(r.priority).leftJustified(10) + r.gatewayName + QLatin1Char('\n');
            }
            print(c, array, text);
            return Success;
        }
        if (pos.value(0) == QLatin1String("add") && pos.size() == 1) {
            network::RouteInput input;
            input.prefix = p.value(QStringLiteral("prefix"));
            const auto g = repo.findGatewayByName(p.value(QStringLiteral("gateway")));
            if (!g)
                throw CommandError{ConfigCommands::tr("--gateway: there is no gateway called '%1'.")
                                       .arg(p.value(QStringLiteral("gateway")))};
            input.gatewayId = g->id;
            input.priority = wholeNumberOption(p, QStringLiteral("priority"), input.priority);
            const store::Route r = network::RouteService(*db, c.clock).add(input, Actor);
            print(c, QJsonObject{{QStringLiteral("id"), qint64(r.id)}},
                  ConfigCommands::tr("Added route #%1: %2 via %3.\n")
                      .arg(r.id)
                      .arg(r.prefix.isEmpty() ? ConfigCommands::tr("all numbers") : r.prefix, g->name));
            return Success;
        }
        if (pos.value(0) == QLatin1String("delete") && pos.size() == 2) {
            bool ok = false;
            const qint64 id = pos[1].toLongLong(&ok);
            if (!ok)
                throw CommandError{
                    ConfigCommands::tr("routes delete takes the route's id (routes list shows it)."),
                    UsageError};
            network::RouteService(*db, c.clock).remove(id, Actor);
            print(c, QJsonObject{{QStringLiteral("deleted"), id}},
                  ConfigCommands::tr("Deleted route #%1.\n").arg(id));
            return Success;
        }
        throw CommandError{usage, UsageError};
    });
}

} // namespace rebound::cli
