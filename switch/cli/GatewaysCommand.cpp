#include "cli/CommandOptions.h"
#include "cli/Commands.h"
#include "cli/ConfigCommands.h"
#include "network/GatewayService.h"
#include "sip/SipStack.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/RateRepository.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace rebound::cli {

using namespace config;

namespace {
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

} // namespace rebound::cli
