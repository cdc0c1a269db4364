#include "cli/CommandOptions.h"
#include "cli/Commands.h"
#include "network/DidService.h"
#include "network/GatewayService.h"
#include "network/RouteService.h"
#include "settings/SettingsService.h"
#include "sip/SipStack.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "web/SmsHttpEndpoint.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace rebound::cli {

class ConfigCommands
{
    Q_DECLARE_TR_FUNCTIONS(ConfigCommands)
};

namespace {
const QString Actor = QStringLiteral("cli");

// A setting's value as stored, else its default.
QString shownValue(const settings::Setting& s, const QMap<QString, QString>& stored)
{
    return stored.contains(s.key) ? stored.value(s.key) : s.defaultValue;
}

// A setting and its value, for --json.
QJsonObject describedSetting(const settings::Setting& s, const QMap<QString, QString>& stored)
{
    QJsonObject object{{QStringLiteral("key"), s.key},
                       {QStringLiteral("group"), s.group},
                       {QStringLiteral("label"), s.label},
                       {QStringLiteral("help"), s.help},
                       {QStringLiteral("value"), shownValue(s, stored)},
                       {QStringLiteral("default"), s.defaultValue},
                       {QStringLiteral("is_default"), !stored.contains(s.key)},
                       {QStringLiteral("restart"), s.restart}};
    if (!s.choices.isEmpty())
        object.insert(QStringLiteral("choices"), QJsonArray::fromStringList(s.choices));
    return object;
}

// Parses `arguments` (subcommand first) with the given value options.
void parse(QCommandLineParser& parser, const QStringList& arguments, const QStringList& valueOptions,
           const QStringList& flags)
{
    for (const QString& name : valueOptions)
        parser.addOption(QCommandLineOption(name, name, QStringLiteral("value")));
    for (const QString& name : flags)
        parser.addOption(QCommandLineOption(name, name));
    parseCommand(parser, arguments);
}

int intValue(const QCommandLineParser& p, const QString& name, int fallback, int min, int max)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const int value = p.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        throw CommandError{
            ConfigCommands::tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max),
            UsageError};
    return value;
}

bool boolValue(const QCommandLineParser& p, const QString& name, bool fallback)
{
    if (!p.isSet(name))
        return fallback;
    const QString v = p.value(name).toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0"))
        return false;
    throw CommandError{ConfigCommands::tr("--%1 is yes or no.").arg(name), UsageError};
}

QJsonObject gatewayJson(const store::Gateway& g, const QString& buyTable)
{
    return {{QStringLiteral("name"), g.name},
            {QStringLiteral("host"), g.host},
            {QStringLiteral("port"), g.port},
            {QStringLiteral("transport"), g.transport},
            {QStringLiteral("username"), g.username},
            {QStringLiteral("has_password"), !g.password.isEmpty()},
            {QStringLiteral("realm"), g.realm},
            {QStringLiteral("strip_digits"), g.stripDigits},
            {QStringLiteral("add_prefix"), g.addPrefix},
            {QStringLiteral("caller_id"), g.callerId},
            {QStringLiteral("buy_table"), buyTable},
            {QStringLiteral("max_calls"), g.maxCalls},
            {QStringLiteral("trusted_sources"), g.trustedSources.join(QLatin1Char(','))},
            {QStringLiteral("sms_gateway"), g.isSmsGateway},
            {QStringLiteral("enabled"), g.enabled}};
}

const QStringList GatewayOptions = {
    QStringLiteral("name"),      QStringLiteral("host"),         QStringLiteral("port"),
    QStringLiteral("transport"), QStringLiteral("username"),     QStringLiteral("password-file"),
    QStringLiteral("realm"),     QStringLiteral("strip-digits"), QStringLiteral("add-prefix"),
    QStringLiteral("caller-id"), QStringLiteral("buy-table"),    QStringLiteral("max-calls"),
    QStringLiteral("trusted"),   QStringLiteral("sms"),          QStringLiteral("enabled"),
    QStringLiteral("timeout")};

// A service's field as these commands name it. A value the service refuses
// in a `usage` field exits 2 (a usage error), any other refusal 1, as these
// commands have always answered.
struct OptionOf
{
    QString field;
    QString option; // empty: the field is a positional argument, or the whole input
    bool usage = true;
};

int refused(Context& c, const core::ValidationError& error, const QList<OptionOf>& options)
{
    bool usage = true; // every field refused is an option's that makes it a usage error
    c.refused(error, [&](const QString& field) {
        const auto it = std::find_if(options.cbegin(), options.cend(),
                                     [&](const OptionOf& o) { return o.field == field; });
        usage = usage && it != options.cend() && it->usage;
        return it == options.cend() ? QString() : it->option;
    });
    return usage ? UsageError : Failure;
}

const QList<OptionOf> GatewayFields = {
    {network::gatewayField::Name, QStringLiteral("--name")},
    {network::gatewayField::Host, QStringLiteral("--host")},
    {network::gatewayField::Port, QStringLiteral("--port")},
    {network::gatewayField::Transport, QStringLiteral("--transport")},
    {network::gatewayField::StripDigits, QStringLiteral("--strip-digits")},
    {network::gatewayField::AddPrefix, QStringLiteral("--add-prefix")},
    {network::gatewayField::CallerId, QStringLiteral("--caller-id")},
    {network::gatewayField::BuyTable, QStringLiteral("--buy-table"), false},
    {network::gatewayField::MaxCalls, QStringLiteral("--max-calls")},
    {network::gatewayField::TrustedSources, QStringLiteral("--trusted"), false}};

const QList<OptionOf> RouteFields = {{network::routeField::Prefix, QStringLiteral("--prefix")},
                                     {network::routeField::Gateway, QStringLiteral("--gateway"), false},
                                     {network::routeField::Priority, QStringLiteral("--priority")}};

const QList<OptionOf> DidFields = {{network::didField::Number, QString(), false},
                                   {network::didField::Subscriber, QStringLiteral("--account"), false},
                                   {network::didField::Gateway, QStringLiteral("--gateway")}};

// runCommand for the commands of a network service, whose refusals are
// answered field by field as `fields` name them.
int runChecked(Context& c, const QStringList& arguments, const QString& usage, const QList<OptionOf>& fields,
               const std::function<int()>& body)
{
    return runCommand<sip::SipError>(c, arguments, usage, [&]() -> int {
        try {
            return body();
        } catch (const core::ValidationError& e) {
            return refused(c, e, fields);
        }
    });
}

// The options given, on top of `input`; the service checks the values.
network::GatewayInput gatewayInput(const QCommandLineParser& p, const store::Database& db,
                                   const core::Clock& clock, network::GatewayInput input)
{
    const auto take = [&](const char* name, QString& target) {
        if (p.isSet(QString::fromLatin1(name)))
            target = p.value(QString::fromLatin1(name)).trimmed();
    };
    take("name", input.name);
    take("host", input.host);
    take("port", input.port);
    take("transport", input.transport);
    take("username", input.username);
    input.password = readSecret(p, QStringLiteral("password"));
    take("realm", input.realm);
    take("add-prefix", input.addPrefix);
    take("caller-id", input.callerId);
    take("trusted", input.trustedSources);
    input.stripDigits = wholeNumberOption(p, QStringLiteral("strip-digits"), input.stripDigits);
    input.maxCalls = wholeNumberOption(p, QStringLiteral("max-calls"), input.maxCalls);
    input.smsGateway = boolValue(p, QStringLiteral("sms"), input.smsGateway);
    input.enabled = boolValue(p, QStringLiteral("enabled"), input.enabled);
    if (p.isSet(QStringLiteral("buy-table"))) {
        const QString name = p.value(QStringLiteral("buy-table"));
        if (name.isEmpty()) {
            input.buyTableId.reset();
        } else {
            const auto table = store::RateRepository(db, clock).findTableByName(name);
            if (!table)
                throw CommandError{
                    ConfigCommands::tr("--buy-table: there is no buy table called '%1'.").arg(name)};
            input.buyTableId = table->id;
        }
    }
    return input;
}

std::unique_ptr<store::Database> openDb(const Context& c)
{
    return store::Database::open(c.databasePath);
}

// Sends OPTIONS from a stack of our own on an ephemeral port and waits.
int pingGateway(Context& c, const store::Gateway& g, int timeoutSeconds)
{
    struct NoRequests : sip::SipRequestHandler
    {
        sip::SipReply handle(const sip::SipRequest&) override
        {
            sip::SipReply reply;
            reply.status = 403;
            reply.phrase = QStringLiteral("Forbidden");
            return reply;
        }
    } handler;
    sip::SipStack stack(handler);
    sip::SipStack::Config config;
    config.port = 0;
    config.host = QStringLiteral("127.0.0.1");
    const QHostAddress target(g.host);
    if (!target.isNull() && !target.isLoopback())
        config.host = QStringLiteral("0.0.0.0");
    stack.start(config);
    QEventLoop loop;
    int status = 0;
    QString phrase;
    qint64 elapsed = 0;
    QObject::connect(&stack, &sip::SipStack::pingFinished, &loop,
                     [&](int, int s, const QString& p, qint64 ms) {
                         status = s;
                         phrase = p;
                         elapsed = ms;
                         loop.quit();
                     });
    QTimer::singleShot(timeoutSeconds * 1000, &loop, &QEventLoop::quit);
    stack.ping(g.host, g.port, g.transport);
    loop.exec();
    stack.shutdownAndWait();
    const bool ok = status >= 200 && status < 300;
    print(c,
          QJsonObject{{QStringLiteral("gateway"), g.name},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("phrase"), phrase},
                      {QStringLiteral("ms"), elapsed},
                      {QStringLiteral("reachable"), ok}},
          status == 0 ? ConfigCommands::tr("%1 (%2:%3): no answer within %4 s\n")
                            .arg(g.name, g.host)
                            .arg(g.port)
                            .arg(timeoutSeconds)
                      : ConfigCommands::tr("%1 (%2:%3): %4 %5 in %6 ms\n")
                            .arg(g.name, g.host)
                            .arg(g.port)
                            .arg(status)
                            .arg(phrase)
                            .arg(elapsed));
    return ok ? Success : Failure;
}
// The buy table's name, empty when the gateway has none.
QString buyTableName(const store::RateRepository& rates, const store::Gateway& g)
{
    if (!g.buyTableId)
        return QString();
    const auto t = rates.findTable(*g.buyTableId);
    return t ? t->name : QString();
}

// gateways list
int listGateways(Context& c, const store::GatewayRepository& repo, const store::RateRepository& rates)
{
    QJsonArray array;
    QString text =
        ConfigCommands::tr("NAME").leftJustified(20) + ConfigCommands::tr("ADDRESS").leftJustified(28) +
        ConfigCommands::tr("BUY TABLE").leftJustified(18) + ConfigCommands::tr("TRUSTED") + QLatin1Char('\n');
    for (const auto& g : repo.gateways()) {
        array.append(gatewayJson(g, buyTableName(rates, g)));
        text += g.name.leftJustified(20) +
                QStringLiteral("%1:%2/%3").arg(g.host).arg(g.port).arg(g.transport).leftJustified(28) +
                buyTableName(rates, g).leftJustified(18) + g.trustedSources.join(QLatin1Char(',')) +
                (g.isSmsGateway ? ConfigCommands::tr(" (SMS)") : QString()) +
                (g.enabled ? QString() : ConfigCommands::tr(" (disabled)")) + QLatin1Char('\n');
    }
    print(c, array, text);
    return Success;
}
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

int runGateways(Context& c, const QStringList& arguments)
{
    const QString usage = ConfigCommands::tr(
        "Usage: rebound-switch gateways list | show NAME | delete NAME | ping NAME [--timeout S]\n"
        "       rebound-switch gateways add --name N --host H [--port 5060] [--transport udp|tcp|tls]\n"
        "         [--username U --password-stdin|--password-file F --realm R] [--strip-digits N] "
        "[--add-prefix DIGITS]\n"
        "         [--caller-id NUMBER] [--buy-table NAME] [--max-calls N] [--trusted ADDR,SUBNET/BITS]\n"
        "         [--sms yes|no] [--enabled yes|no]\n"
        "       rebound-switch gateways set NAME [the same options]\n");
    return runChecked(c, arguments, usage, GatewayFields, [&]() -> int {
        QCommandLineParser p;
        parse(p, arguments, GatewayOptions, {QStringLiteral("password-stdin")});
        const QStringList pos = p.positionalArguments();
        const QString sub = pos.value(0);
        const auto db = openDb(c);
        const store::GatewayRepository repo(*db, c.clock);
        const store::RateRepository rates(*db, c.clock);
        const auto buyName = [&](const store::Gateway& g) { return buyTableName(rates, g); };
        const auto need = [&](const QString& name) {
            const auto g = repo.findGatewayByName(name);
            if (!g)
                throw CommandError{
                    ConfigCommands::tr("There is no gateway called '%1'; gateways list shows them.")
                        .arg(name)};
            return *g;
        };
        network::GatewayService service(*db, c.clock);
        if (sub == QLatin1String("list") && pos.size() == 1)
            return listGateways(c, repo, rates);
        if (sub == QLatin1String("add") && pos.size() == 1) {
            const store::Gateway g = service.add(gatewayInput(p, *db, c.clock, {}), Actor);
            print(c, gatewayJson(g, buyName(g)), ConfigCommands::tr("Added gateway %1.\n").arg(g.name));
            return Success;
        }
        if (pos.size() != 2)
            throw CommandError{usage, UsageError};
        store::Gateway g = need(pos[1]);
        if (sub == QLatin1String("show")) {
            print(
                c, gatewayJson(g, buyName(g)),
                QString::fromUtf8(QJsonDocument(gatewayJson(g, buyName(g))).toJson(QJsonDocument::Indented)));
            return Success;
        }
        if (sub == QLatin1String("set")) {
            g = service.update(g.id, gatewayInput(p, *db, c.clock, network::GatewayInput::from(g)), Actor);
            print(c, gatewayJson(g, buyName(g)), ConfigCommands::tr("Saved gateway %1.\n").arg(g.name));
            return Success;
        }
        if (sub == QLatin1String("delete")) {
            service.remove(g.id, Actor);
            print(c, QJsonObject{{QStringLiteral("deleted"), g.name}},
                  ConfigCommands::tr("Deleted gateway %1 and its routes.\n").arg(g.name));
            return Success;
        }
        if (sub == QLatin1String("ping"))
            return pingGateway(c, g, intValue(p, QStringLiteral("timeout"), 5, 1, 60));
        throw CommandError{usage, UsageError};
    });
}

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

// settings list [--all]
static int listSettings(Context& c, const QMap<QString, QString>& stored, bool all)
{
    QJsonArray array;
    QString text;
    QString group;
    for (const settings::Setting& s : settings::Catalog::all()) {
        if (s.group != group) {
            group = s.group;
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("[%1]\n").arg(group);
        }
        array.append(describedSetting(s, stored));
        text += s.key.leftJustified(34) +
                (stored.contains(s.key) ? QStringLiteral("  ") : QStringLiteral("* ")) +
                shownValue(s, stored) + QLatin1Char('\n');
    }
    if (all) {
        QString others;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (settings::Catalog::find(it.key()))
                continue;
            const QString value =
                settings::Catalog::isSecret(it.key()) ? ConfigCommands::tr("(secret)") : it.value();
            array.append(QJsonObject{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), value}});
            others += it.key().leftJustified(34) + QStringLiteral("  ") + value + QLatin1Char('\n');
        }
        if (!others.isEmpty())
            text += QStringLiteral("\n[%1]\n").arg(ConfigCommands::tr("Other")) + others;
    }
    print(c, array, text);
    return Success;
}

// settings get KEY | describe KEY
static int showSetting(Context& c, const QMap<QString, QString>& stored, const QString& key, bool describe)
{
    if (settings::Catalog::isSecret(key))
        throw CommandError{ConfigCommands::tr("%1 is a secret and is not shown.").arg(key)};
    const settings::Setting* s = settings::Catalog::find(key);
    if (!s) {
        if (!stored.contains(key))
            throw CommandError{
                ConfigCommands::tr("There is no setting called %1; 'settings list' shows them.").arg(key)};
        print(c, QJsonObject{{key, stored.value(key)}}, stored.value(key) + QLatin1Char('\n'));
        return Success;
    }
    if (!describe) {
        print(c, QJsonObject{{key, shownValue(*s, stored)}}, shownValue(*s, stored) + QLatin1Char('\n'));
        return Success;
    }
    QString text =
        QStringLiteral("%1 (%2)\n%3\n").arg(s->label, s->group, s->help) +
        ConfigCommands::tr("Value: %1\n").arg(shownValue(*s, stored)) +
        ConfigCommands::tr("Default: %1\n").arg(s->defaultValue.isEmpty() ? s->defaultText : s->defaultValue);
    if (!s->choices.isEmpty())
        text += ConfigCommands::tr("Choices: %1\n").arg(s->choices.join(QStringLiteral(", ")));
    if (s->restart)
        text += ConfigCommands::tr("Read when the switch starts: restart it after a change.\n");
    print(c, describedSetting(*s, stored), text);
    return Success;
}

// settings set KEY VALUE ... | reset KEY ...
static int changeSettings(Context& c, const QStringList& arguments, const QString& usage,
                          const store::Database& db, const settings::SettingsService& service)
{
    const QString sub = arguments.first();
    settings::SettingsService::Changes changes;
    if (sub == QLatin1String("set") && arguments.size() >= 3 && arguments.size() % 2 == 1) {
        for (qsizetype i = 1; i + 1 < arguments.size(); i += 2)
            changes.insert(arguments[i], arguments[i + 1]);
    } else if (sub == QLatin1String("reset") && arguments.size() >= 2) {
        for (qsizetype i = 1; i < arguments.size(); ++i)
            changes.insert(arguments[i], std::nullopt);
    } else {
        throw CommandError{usage, UsageError};
    }
    const auto outcome = service.apply(changes, Actor);
    if (!outcome.ok()) {
        QStringList lines;
        for (const auto& problem : outcome.problems)
            lines << problem.message;
        throw CommandError{lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                           ConfigCommands::tr("Nothing was saved.")};
    }
    const store::SettingsRepository after(db);
    QJsonObject object;
    QString text;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QString value = after.text(it.key());
        object.insert(it.key(), value);
        text += ConfigCommands::tr("%1 = %2\n").arg(it.key(), value);
    }
    if (outcome.restartNeeded)
        text += ConfigCommands::tr("Restart the switch to use the new value.\n");
    print(c, object, text);
    return Success;
}

int runSettings(Context& c, const QStringList& arguments)
{
    const QString usage = ConfigCommands::tr(
        "Usage: rebound-switch settings list [--all] | get KEY | describe KEY\n"
        "       rebound-switch settings set KEY VALUE [KEY VALUE ...] | reset KEY [KEY ...]\n"
        "list shows every setting with its value (* marks a default); --all adds keys no\n"
        "setting of this version knows. set checks every value first and saves all or none;\n"
        "an empty VALUE means none where a setting allows it, else the default.\n"
        "Settings marked 'restart' are read when the switch starts.\n"
        "Secrets are made by commands, not set: the card PIN key (a file beside the database,\n"
        "DATABASE.pin-key) by the switch, sms.http_secret by rebound-switch sms-http secret.\n");
    return runCommand(c, arguments, usage, [&]() -> int {
        const QString sub = arguments.first();
        const auto db = openDb(c);
        const settings::SettingsService service(*db, c.clock);
        const QMap<QString, QString> stored = service.stored();
        if (sub == QLatin1String("list") &&
            (arguments.size() == 1 || (arguments.size() == 2 && arguments[1] == QLatin1String("--all"))))
            return listSettings(c, stored, arguments.size() == 2);
        if ((sub == QLatin1String("get") || sub == QLatin1String("describe")) && arguments.size() == 2)
            return showSetting(c, stored, arguments[1], sub == QLatin1String("describe"));
        return changeSettings(c, arguments, usage, *db, service);
    });
}

} // namespace rebound::cli
