#include "cli/Commands.h"
#include "cli/ConfigCommands.h"
#include "network/DidService.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace rebound::cli {

using namespace config;

namespace {
const QList<OptionOf> DidFields = {{network::didField::Number, QString(), false},
                                   {network::didField::Subscriber, QStringLiteral("--account"), false},
                                   {network::didField::Gateway, QStringLiteral("--gateway")}};

// A DID for --json and the list, with its gateway's name.
QJsonObject didJson(const store::GatewayRepository& repo, const store::Did& d)
{
    QString gateway;
    if (d.gatewayId)
        if (const auto g = repo.findGateway(*d.gatewayId))
            gateway = g->name;
    return QJsonObject{{QStringLiteral("number"), d.number},
                       {QStringLiteral("account"), d.accountCode},
                       {QStringLiteral("mode"), store::toString(d.mode)},
                       {QStringLiteral("gateway"), gateway},
                       {QStringLiteral("enabled"), d.enabled},
                       {QStringLiteral("ask_pin"), d.askPin}};
}

// dids list
int listDids(Context& c, const store::GatewayRepository& repo)
{
    QJsonArray array;
    QString text =
        ConfigCommands::tr("NUMBER").leftJustified(17) + ConfigCommands::tr("ACCOUNT").leftJustified(10) +
        ConfigCommands::tr("MODE").leftJustified(6) + ConfigCommands::tr("GATEWAY") + QLatin1Char('\n');
    for (const auto& d : repo.dids()) {
        const QJsonObject o = didJson(repo, d);
        array.append(o);
        text += (QLatin1Char('+') + d.number).leftJustified(17) + d.accountCode.leftJustified(10) +
                store::toString(d.mode).leftJustified(6) + o[QStringLiteral("gateway")].toString() +
                (d.askPin ? ConfigCommands::tr(" (asks for the PIN)") : QString()) +
                (d.enabled ? QString() : ConfigCommands::tr(" (disabled)")) + QLatin1Char('\n');
    }
    print(c, array, text);
    return Success;
}

// The DID dids add|set asks for: `existing` changed by the options given.
network::DidInput didInput(const QCommandLineParser& p, const store::Database& db, const core::Clock& clock,
                           const std::optional<store::Did>& existing, const QString& number, bool adding)
{
    network::DidInput input = existing ? network::DidInput::from(*existing) : network::DidInput();
    input.number = number;
    if (p.isSet(QStringLiteral("account"))) {
        const auto account =
            store::AccountRepository(db, clock).findByCode(p.value(QStringLiteral("account")));
        if (!account)
            throw CommandError{ConfigCommands::tr("--account: there is no subscriber %1.")
                                   .arg(p.value(QStringLiteral("account")))};
        input.accountId = account->id;
    } else if (adding) {
        throw CommandError{ConfigCommands::tr("--account: say which subscriber this DID calls back."),
                           UsageError};
    }
    if (p.isSet(QStringLiteral("mode"))) {
        const QString mode = p.value(QStringLiteral("mode"));
        if (mode != QLatin1String("did") && mode != QLatin1String("lgw"))
            throw CommandError{ConfigCommands::tr("--mode is did or lgw."), UsageError};
        input.mode = mode == QLatin1String("lgw") ? store::DidMode::Lgw : store::DidMode::Did;
    }
    if (p.isSet(QStringLiteral("gateway"))) {
        const auto g =
            store::GatewayRepository(db, clock).findGatewayByName(p.value(QStringLiteral("gateway")));
        if (!g)
            throw CommandError{ConfigCommands::tr("--gateway: there is no gateway called '%1'.")
                                   .arg(p.value(QStringLiteral("gateway")))};
        input.gatewayId = g->id;
    }
    input.enabled = boolValue(p, QStringLiteral("enabled"), input.enabled);
    input.askPin = boolValue(p, QStringLiteral("ask-pin"), input.askPin);
    return input;
}
} // namespace

int runDids(Context& c, const QStringList& arguments)
{
    const QString usage =
        ConfigCommands::tr("Usage: rebound-switch dids list | delete NUMBER\n"
                           "       rebound-switch dids add NUMBER --account CODE [--mode did|lgw --gateway "
                           "NAME] [--enabled yes|no] [--ask-pin yes|no]\n"
                           "       rebound-switch dids set NUMBER [--account CODE] [--mode did|lgw] "
                           "[--gateway NAME] [--enabled yes|no] [--ask-pin yes|no]\n"
                           "--ask-pin yes: the IVR asks for the subscriber's PIN on callbacks from this "
                           "DID.\n");
    return runChecked(c, arguments, usage, DidFields, [&]() -> int {
        QCommandLineParser p;
        parse(p, arguments,
              {QStringLiteral("account"), QStringLiteral("mode"), QStringLiteral("gateway"),
               QStringLiteral("enabled"), QStringLiteral("ask-pin")},
              {});
        const QStringList pos = p.positionalArguments();
        const QString sub = pos.value(0);
        const auto db = openDb(c);
        const store::GatewayRepository repo(*db, c.clock);
        if (sub == QLatin1String("list") && pos.size() == 1)
            return listDids(c, repo);
        if (pos.size() != 2)
            throw CommandError{usage, UsageError};
        const QString number = network::DidService::normaliseNumber(pos[1]);
        const std::optional<store::Did> existing = repo.findDid(number);
        network::DidService service(*db, c.clock);
        if (sub == QLatin1String("delete")) {
            if (!existing)
                throw CommandError{ConfigCommands::tr("There is no DID %1.").arg(pos[1])};
            service.remove(existing->id, Actor);
            print(c, QJsonObject{{QStringLiteral("deleted"), number}},
                  ConfigCommands::tr("Deleted DID +%1.\n").arg(number));
            return Success;
        }
        if (sub != QLatin1String("add") && sub != QLatin1String("set"))
            throw CommandError{usage, UsageError};
        if (sub == QLatin1String("add") && existing)
            throw CommandError{ConfigCommands::tr("DID +%1 already exists; use dids set.").arg(number)};
        if (sub == QLatin1String("set") && !existing)
            throw CommandError{ConfigCommands::tr("There is no DID %1; use dids add.").arg(pos[1])};
        const network::DidInput input =
            didInput(p, *db, c.clock, existing, pos[1], sub == QLatin1String("add"));
        const store::Did d =
            existing ? service.update(existing->id, input, Actor) : service.add(input, Actor);
        print(c, didJson(repo, d),
              ConfigCommands::tr("%1 DID +%2 for %3 (%4).\n")
                  .arg(existing ? ConfigCommands::tr("Saved") : ConfigCommands::tr("Added"), d.number,
                       d.accountCode, store::toString(d.mode)));
        return Success;
    });
}

} // namespace rebound::cli
