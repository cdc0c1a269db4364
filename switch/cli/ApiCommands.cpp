#include "cli/ApiCommands.h"

#include "core/SecretToken.h"
#include "store/ApiTokenRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "triggers/ApiV1.h"
#include "triggers/SmsHttpEndpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace rebound::cli {

namespace {
const QString Actor = QStringLiteral("cli");

QString when(std::optional<std::int64_t> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate) : QString();
}
} // namespace

int ApiCommands::apiTokens(Context& c, const QStringList& arguments)
{
    const QString usage = tr("Usage: rebound-switch api-tokens add NAME | list | revoke NAME\n"
                             "Tokens for the JSON API under /api/v1. add prints the new token once;\n"
                             "only its digest is kept. NAME: letters, digits, '.', '_' or '-'.\n");
    try {
        if (int code = 0; answeredHelp(c, arguments, usage, &code))
            return code;
        const QString sub = arguments.first();
        const auto db = store::Database::open(c.databasePath);
        store::ApiTokenRepository tokens(*db, c.clock);
        if (sub == QLatin1String("list") && arguments.size() == 1) {
            QJsonArray array;
            QString text = tr("NAME").leftJustified(24) + tr("CREATED").leftJustified(22) +
                           tr("LAST USED").leftJustified(22) + tr("STATUS") + QLatin1Char('\n');
            for (const auto& t : tokens.list()) {
                array.append(QJsonObject{{QStringLiteral("name"), t.name},
                                         {QStringLiteral("created_at"), when(t.createdAt)},
                                         {QStringLiteral("last_used_at"), when(t.lastUsedAt)},
                                         {QStringLiteral("revoked_at"), when(t.revokedAt)}});
                text += t.name.leftJustified(24) + when(t.createdAt).leftJustified(22) +
                        (t.lastUsedAt ? when(t.lastUsedAt) : tr("never")).leftJustified(22) +
                        (t.revokedAt ? tr("revoked %1").arg(when(t.revokedAt)) : tr("live")) +
                        QLatin1Char('\n');
            }
            print(c, array, text);
            return Success;
        }
        if (arguments.size() != 2 || (sub != QLatin1String("add") && sub != QLatin1String("revoke")))
            throw CommandError{usage, UsageError};
        const QString name = arguments[1];
        store::AuditLog audit(*db, c.clock);
        if (sub == QLatin1String("add")) {
            static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
            if (!valid.match(name).hasMatch())
                throw CommandError{
                    tr("'%1' is not a token name: use up to 64 letters, digits, '.', '_' or '-'.").arg(name),
                    UsageError};
            if (tokens.findLive(name))
                throw CommandError{
                    tr("There is already a live token called %1; revoke it first or pick another name.")
                        .arg(name)};
            const QString token = core::SecretToken::generate(triggers::ApiV1::TokenPrefix);
            store::Database::Transaction tx(*db);
            tokens.insert(name, core::SecretToken::digest(token));
            audit.record(Actor, QStringLiteral("api_token.add"), QStringLiteral("api_token"), name);
            tx.commit();
            print(c, QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("token"), token}},
                  tr("API token %1 (shown only now; store it safely):\n%2\n").arg(name, token));
            return Success;
        }
        const auto live = tokens.findLive(name);
        if (!live)
            throw CommandError{
                tr("There is no live API token called %1; api-tokens list shows them.").arg(name)};
        store::Database::Transaction tx(*db);
        tokens.revoke(live->id);
        audit.record(Actor, QStringLiteral("api_token.revoke"), QStringLiteral("api_token"), name);
        tx.commit();
        print(c, QJsonObject{{QStringLiteral("revoked"), name}}, tr("Revoked API token %1.\n").arg(name));
        return Success;
    } catch (const CommandError& e) {
        return c.fail(e.message, e.code);
    } catch (const store::StoreError& e) {
        return c.fail(e.message());
    }
}

int ApiCommands::smsHttp(Context& c, const QStringList& arguments)
{
    const QString usage =
        tr("Usage: rebound-switch sms-http secret | disable | status\n"
           "The HTTP SMS gateway endpoint (/sms). secret makes a new shared secret, prints it once\n"
           "and turns the endpoint on (an older secret stops working); disable turns it off.\n");
    try {
        if (int code = 0; answeredHelp(c, arguments, usage, &code))
            return code;
        if (arguments.size() != 1)
            throw CommandError{usage, UsageError};
        const QString sub = arguments.first();
        const auto db = store::Database::open(c.databasePath);
        store::SettingsRepository settings(*db);
        const QString key = triggers::SmsHttpEndpoint::SecretSetting;
        if (sub == QLatin1String("status")) {
            const bool on = !settings.value(key).isEmpty();
            print(c, QJsonObject{{QStringLiteral("enabled"), on}},
                  on ? tr("The HTTP SMS endpoint is on.\n") : tr("The HTTP SMS endpoint is off.\n"));
            return Success;
        }
        if (sub != QLatin1String("secret") && sub != QLatin1String("disable"))
            throw CommandError{usage, UsageError};
        const bool enable = sub == QLatin1String("secret");
        const QString secret =
            enable ? core::SecretToken::generate(triggers::SmsHttpEndpoint::SecretPrefix) : QString();
        store::Database::Transaction tx(*db);
        settings.setValue(key, enable ? core::SecretToken::digest(secret) : QString());
        store::AuditLog(*db, c.clock)
            .record(Actor, QStringLiteral("setting.set"), QStringLiteral("setting"), key,
                    enable ? QStringLiteral("new secret") : QStringLiteral("disabled"));
        tx.commit();
        print(c,
              enable ? QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("secret"), secret}}
                     : QJsonObject{{QStringLiteral("enabled"), false}},
              enable ? tr("HTTP SMS secret (shown only now; give it to the SMS gateway):\n%1\n").arg(secret)
                     : tr("The HTTP SMS endpoint is off.\n"));
        return Success;
    } catch (const CommandError& e) {
        return c.fail(e.message, e.code);
    } catch (const store::StoreError& e) {
        return c.fail(e.message());
    }
}

} // namespace rebound::cli
