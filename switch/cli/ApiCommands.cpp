#include "cli/Commands.h"
#include "core/SecretToken.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "web/ApiTokenService.h"
#include "web/SmsHttpEndpoint.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebound::cli {

class ApiCommands
{
    Q_DECLARE_TR_FUNCTIONS(ApiCommands)
};

namespace {
const QString Actor = QStringLiteral("cli");

QString when(std::optional<std::int64_t> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

// The token list: times in the billing zone for people, UTC ISO 8601 in JSON.
QJsonObject tokenJson(const web::ApiTokenService& service, const store::ApiToken& t)
{
    QJsonArray accounts;
    for (const QString& code : t.accountCodes)
        accounts.append(code);
    return {{QStringLiteral("name"), t.name},
            {QStringLiteral("status"), web::ApiTokenService::stateName(service.state(t))},
            {QStringLiteral("all_accounts"), t.allAccounts},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("created_at"), when(t.createdAt)},
            {QStringLiteral("expires_at"), when(t.expiresAt)},
            {QStringLiteral("last_used_at"), when(t.lastUsedAt)},
            {QStringLiteral("revoked_at"), when(t.revokedAt)}};
}

QString localTime(std::optional<std::int64_t> ms, const QTimeZone& zone, const QString& none)
{
    return ms ? web::ApiTokenService::localTime(ms, zone) : none;
}

int listTokens(Context& c, const store::Database& db)
{
    const web::ApiTokenService service(db, c.clock);
    const QTimeZone zone = store::SettingsRepository(db).billingTimeZone();
    const QList<store::ApiToken> tokens = service.list();
    qsizetype nameWidth = 20; // names may be up to 64 characters: the column grows to the longest
    for (const auto& t : tokens)
        nameWidth = std::max(nameWidth, t.name.size() + 2);
    QJsonArray array;
    QString text =
        ApiCommands::tr("NAME").leftJustified(nameWidth) + ApiCommands::tr("STATUS").leftJustified(9) +
        ApiCommands::tr("CREATED").leftJustified(18) + ApiCommands::tr("EXPIRES").leftJustified(18) +
        ApiCommands::tr("LAST USED").leftJustified(18) + ApiCommands::tr("SUBSCRIBERS") + QLatin1Char('\n');
    for (const auto& t : tokens) {
        array.append(tokenJson(service, t));
        const web::ApiTokenState state = service.state(t);
        const QString status = state == web::ApiTokenState::Live      ? ApiCommands::tr("live")
                               : state == web::ApiTokenState::Expired ? ApiCommands::tr("expired")
                                                                      : ApiCommands::tr("revoked");
        text += t.name.leftJustified(nameWidth) + status.leftJustified(9) +
                localTime(t.createdAt, zone, {}).leftJustified(18) +
                web::ApiTokenService::expiryText(t, zone).leftJustified(18) +
                localTime(t.lastUsedAt, zone, ApiCommands::tr("never")).leftJustified(18) +
                web::ApiTokenService::scopeText(t) + QLatin1Char('\n');
    }
    text += ApiCommands::tr("Times are in %1.\n").arg(QString::fromUtf8(zone.id()));
    print(c, array, text);
    return Success;
}

web::ApiTokenForm addForm(const QCommandLineParser& p, const QString& name)
{
    web::ApiTokenForm form;
    form.name = name;
    if (p.isSet(web::apiTokenField::Accounts)) {
        form.allAccounts = false;
        form.accountCodes = p.value(web::apiTokenField::Accounts).split(QLatin1Char(','));
    }
    if (p.isSet(web::apiTokenField::Expires)) {
        const QDate day = QDate::fromString(p.value(web::apiTokenField::Expires), Qt::ISODate);
        if (!day.isValid())
            throw CommandError{ApiCommands::tr("--expires takes a date such as 2027-06-30 (the token works "
                                               "through that day)."),
                               UsageError};
        form.expiresOn = day;
    }
    if (p.isSet(web::apiTokenField::ExpiresDays)) {
        bool ok = false;
        form.expiresInDays = p.value(web::apiTokenField::ExpiresDays).toInt(&ok);
        if (!ok)
            throw CommandError{ApiCommands::tr("--expires-days takes a whole number of days, such as 90."),
                               UsageError};
    }
    return form;
}

int addToken(Context& c, const store::Database& db, const web::ApiTokenForm& form)
{
    web::ApiTokenService service(db, c.clock);
    try {
        const web::NewApiToken created = service.add(form, Actor);
        QJsonObject json = tokenJson(service, created.token);
        json.insert(QStringLiteral("token"), created.secret);
        const QTimeZone zone = store::SettingsRepository(db).billingTimeZone();
        const QString expires = created.token.expiresAt
                                    ? ApiCommands::tr("expires %1 (%2)")
                                          .arg(web::ApiTokenService::expiryText(created.token, zone),
                                               QString::fromUtf8(zone.id()))
                                    : ApiCommands::tr("never expires");
        print(c, json,
              ApiCommands::tr("API token %1 for %2, %3.\nThe token is shown only now; store it safely:\n%4\n")
                  .arg(created.token.name, web::ApiTokenService::scopeText(created.token), expires,
                       created.secret));
        return Success;
    } catch (const accounts::ValidationError& error) {
        c.refused(error, [](const QString& field) {
            return field == web::apiTokenField::Name ? QString() : QStringLiteral("--") + field;
        });
        // A name that can never be one is a usage error, like a bad option.
        return web::ApiTokenService::isValidName(form.name.trimmed()) ? Failure : UsageError;
    }
}
} // namespace

int runApiTokens(Context& c, const QStringList& arguments)
{
    const QString usage = ApiCommands::tr(
        "Usage: rebound-switch api-tokens add NAME [--accounts 1001,1002] [--expires YYYY-MM-DD | "
        "--expires-days N]\n"
        "       rebound-switch api-tokens list | revoke NAME\n"
        "Tokens for the JSON API under /api/v1. add prints the new token once; only its digest is\n"
        "kept. NAME: letters, digits, '.', '_' or '-'. --accounts: the only subscribers the token may\n"
        "act for (default: all). --expires: the last day it works, in billing.timezone;\n"
        "--expires-days: it stops working N days from now (default: never).\n");
    return runCommand(c, arguments, usage, [&]() -> int {
        QCommandLineParser p;
        p.addOptions({{web::apiTokenField::Accounts, ApiCommands::tr("Account codes, comma separated."),
                       QStringLiteral("codes")},
                      {web::apiTokenField::Expires, ApiCommands::tr("Last day the token works."),
                       QStringLiteral("date")},
                      {web::apiTokenField::ExpiresDays,
                       ApiCommands::tr("Days until the token stops working."), QStringLiteral("n")}});
        parseCommand(p, arguments);
        const QStringList pos = p.positionalArguments();
        const QString sub = pos.value(0);
        const bool options = p.isSet(web::apiTokenField::Accounts) || p.isSet(web::apiTokenField::Expires) ||
                             p.isSet(web::apiTokenField::ExpiresDays);
        if (sub == QLatin1String("list") && pos.size() == 1 && !options)
            return listTokens(c, *store::Database::open(c.databasePath));
        if (pos.size() != 2 || (sub != QLatin1String("add") && sub != QLatin1String("revoke")) ||
            (sub == QLatin1String("revoke") && options))
            throw CommandError{usage, UsageError};
        const QString name = pos[1];
        if (sub == QLatin1String("add")) {
            const web::ApiTokenForm form = addForm(p, name);
            return addToken(c, *store::Database::open(c.databasePath), form);
        }
        const auto db = store::Database::open(c.databasePath);
        try {
            web::ApiTokenService(*db, c.clock).revoke(name, Actor);
        } catch (const accounts::ValidationError&) {
            throw CommandError{
                ApiCommands::tr("There is no live API token called %1; api-tokens list shows them.")
                    .arg(name)};
        }
        print(c, QJsonObject{{QStringLiteral("revoked"), name}},
              ApiCommands::tr("Revoked API token %1.\n").arg(name));
        return Success;
    });
}

int runSmsHttp(Context& c, const QStringList& arguments)
{
    const QString usage = ApiCommands::tr(
        "Usage: rebound-switch sms-http secret | disable | status\n"
        "The HTTP SMS gateway endpoint (/sms). secret makes a new shared secret, prints it once\n"
        "and turns the endpoint on (an older secret stops working); disable turns it off.\n");
    return runCommand(c, arguments, usage, [&]() -> int {
        if (arguments.size() != 1)
            throw CommandError{usage, UsageError};
        const QString sub = arguments.first();
        const auto db = store::Database::open(c.databasePath);
        store::SettingsRepository settings(*db);
        const QString key = web::SmsHttpEndpoint::SecretSetting;
        if (sub == QLatin1String("status")) {
            const bool on = !settings.value(key).isEmpty();
            print(c, QJsonObject{{QStringLiteral("enabled"), on}},
                  on ? ApiCommands::tr("The HTTP SMS endpoint is on.\n")
                     : ApiCommands::tr("The HTTP SMS endpoint is off.\n"));
            return Success;
        }
        if (sub != QLatin1String("secret") && sub != QLatin1String("disable"))
            throw CommandError{usage, UsageError};
        const bool enable = sub == QLatin1String("secret");
        const QString secret =
            enable ? core::SecretToken::generate(web::SmsHttpEndpoint::SecretPrefix) : QString();
        store::Database::Transaction tx(*db);
        settings.setValue(key, enable ? core::SecretToken::digest(secret) : QString());
        store::AuditLog(*db, c.clock)
            .record(Actor, QStringLiteral("setting.set"), QStringLiteral("setting"), key,
                    enable ? QStringLiteral("new secret") : QStringLiteral("disabled"));
        tx.commit();
        print(c,
              enable ? QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("secret"), secret}}
                     : QJsonObject{{QStringLiteral("enabled"), false}},
              enable ? ApiCommands::tr("HTTP SMS secret (shown only now; give it to the SMS gateway):\n%1\n")
                           .arg(secret)
                     : ApiCommands::tr("The HTTP SMS endpoint is off.\n"));
        return Success;
    });
}

} // namespace rebound::cli
