#include "web/ApiV1.h"

#include "billing/CreditManager.h"
#include "callback/Admission.h"
#include "callback/PublicStatus.h"
#include "core/SecretToken.h"
#include "store/AccountRepository.h"
#include "store/ApiTokenRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rebound::web {

const QString ApiV1::TokenPrefix = QStringLiteral("rbt_");

namespace {
const QString Prefix = QStringLiteral("/api/v1/");
constexpr std::int64_t LastUsedResolutionMs = 60'000;

HttpReply badField(const QString& field, const QString& message)
{
    return HttpReply::jsonError(400, QStringLiteral("bad_field"),
                                QStringLiteral("%1: %2").arg(field, message));
}

HttpReply wrongMethod(const QByteArray& allowed)
{
    return HttpReply::jsonError(405, QStringLiteral("method_not_allowed"),
                                ApiV1::tr("Use %1 for this URL.").arg(QString::fromLatin1(allowed)))
        .header("Allow", allowed);
}

HttpReply notFound(const QString& message)
{
    return HttpReply::jsonError(404, QStringLiteral("not_found"), message);
}

HttpReply outOfScope(const QString& message)
{
    return HttpReply::jsonError(403, QStringLiteral("out_of_scope"), message);
}

QJsonValue time(std::optional<std::int64_t> ms)
{
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs))
              : QJsonValue();
}
} // namespace

ApiV1::ApiV1(const store::Database& db, const core::Clock& clock)
    : HttpTrigger(db, clock, QStringLiteral("api."), 5, 20)
{
}

std::optional<HttpReply> ApiV1::handle(const HttpRequest& request)
{
    if (!request.path.startsWith(Prefix) && request.path != QLatin1String("/api/v1"))
        return std::nullopt;
    const auto token = authenticate(request);
    // Failed attempts count against the address, good ones against the token.
    const QString key = token ? QStringLiteral("token:%1").arg(token->id) : request.source();
    if (!m_limit.allow(key, m_clock.nowMs()))
        return HttpReply::jsonError(429, QStringLiteral("rate_limited"),
                                    tr("Too many requests; try again in a few seconds."))
            .header("Retry-After", m_limit.retryAfter());
    if (!token)
        return HttpReply::jsonError(401, QStringLiteral("unauthorized"),
                                    tr("Send a valid API token as 'Authorization: Bearer <token>'; "
                                       "rebound-switch api-tokens add NAME creates one."))
            .header("WWW-Authenticate", "Bearer");
    if (token->isRevoked())
        return HttpReply::jsonError(401, QStringLiteral("token_revoked"),
                                    tr("This API token has been revoked; ask the operator for a new one."))
            .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    if (token->isExpired(m_clock.nowMs()))
        return HttpReply::jsonError(
                   401, QStringLiteral("token_expired"),
                   tr("This API token expired at %1; ask the operator for a new one.")
                       .arg(QDateTime::fromMSecsSinceEpoch(*token->expiresAt, Qt::UTC).toString(Qt::ISODate)))
            .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    noteUse(*token);

    const QStringList parts = request.path.mid(Prefix.size()).split(QLatin1Char('/'));
    if (parts.size() == 1 && parts[0] == QLatin1String("callbacks"))
        return request.method == "POST" ? createCallback(request, *token) : wrongMethod("POST");
    if (parts.size() == 2 && parts[0] == QLatin1String("callbacks"))
        return request.method == "GET" ? callback(parts[1], *token) : wrongMethod("GET");
    if (parts.size() == 1 && parts[0] == QLatin1String("accounts"))
        return request.method == "GET" ? accounts(*token) : wrongMethod("GET");
    if (parts.size() == 3 && parts[0] == QLatin1String("accounts") && parts[2] == QLatin1String("balance"))
        return request.method == "GET" ? balance(parts[1], *token) : wrongMethod("GET");
    return notFound(tr("There is no API call %1 %2.").arg(QString::fromLatin1(request.method), request.path));
}

void ApiV1::noteUse(const store::ApiToken& token)
{
    // Noting every use would be a write per request; once a minute per
    // token says enough of when it was last used.
    if (token.lastUsedAt && m_clock.nowMs() - *token.lastUsedAt < LastUsedResolutionMs)
        return;
    try {
        store::ApiTokenRepository(m_db, m_clock).markUsed(token.id);
    } catch (const store::StoreError&) {
        // The database is busy: the request still goes on, and a later one notes the use.
    }
}

std::variant<store::Account, HttpReply> ApiV1::accountFor(const store::ApiToken& token,
                                                          const QString& accountCode) const
{
    const auto account = store::AccountRepository(m_db, m_clock).findByCode(accountCode);
    if (account && token.covers(account->id))
        return *account;
    // A token for some subscribers learns nothing of the others, not even
    // whether an account code exists.
    if (!token.allAccounts)
        return outOfScope(tr("This API token does not act for subscriber %1.").arg(accountCode));
    return notFound(tr("There is no subscriber %1.").arg(accountCode));
}

std::optional<store::ApiToken> ApiV1::authenticate(const HttpRequest& request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (!authorization.toLower().startsWith("bearer "))
        return std::nullopt;
    const QString presented = QString::fromLatin1(authorization.mid(7).trimmed());
    if (!presented.startsWith(TokenPrefix))
        return std::nullopt;
    // The digest is looked up, never the token: a timing difference in the
    // lookup could only reveal something about a SHA-256 of it.
    const QString digest = core::SecretToken::digest(presented);
    auto token = store::ApiTokenRepository(m_db, m_clock).findByHash(digest);
    if (!token || !core::SecretToken::matches(presented, token->tokenHash))
        return std::nullopt;
    return token;
}

HttpReply ApiV1::createCallback(const HttpRequest& request, const store::ApiToken& token)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return HttpReply::jsonError(
            400, QStringLiteral("bad_json"),
            error.error != QJsonParseError::NoError
                ? tr("The body is not valid JSON: %1 at offset %2.")
                      .arg(error.errorString())
                      .arg(error.offset)
                : tr("The body must be a JSON object such as {\"account\": \"1001\", \"destination\": "
                     "\"+12025550147\"}."));
    const QJsonObject body = document.object();

    const QJsonValue accountValue = body.value(QStringLiteral("account"));
    QString accountCode;
    if (accountValue.isString())
        accountCode = accountValue.toString().trimmed();
    else if (accountValue.isDouble() && accountValue.toDouble() == double(accountValue.toInteger()))
        accountCode = QString::number(accountValue.toInteger());
    if (accountCode.isEmpty())
        return badField(QStringLiteral("account"), tr("give the subscriber's account code as a string."));
    const auto found = accountFor(token, accountCode);
    if (const auto* refusal = std::get_if<HttpReply>(&found))
        return *refusal;
    const store::Account& account = std::get<store::Account>(found);

    const core::DialPlan plan = store::SettingsRepository(m_db).dialPlan();
    core::PhoneNumber numbers[2];
    const QString names[2] = {QStringLiteral("callback"), QStringLiteral("destination")};
    for (int i = 0; i < 2; ++i) {
        const QJsonValue value = body.value(names[i]);
        if (value.isUndefined() || value.isNull()) {
            if (i == 1)
                return badField(names[i], tr("give the number to connect to, such as +12025550147."));
            continue; // no callback number: the account's stored one
        }
        if (!value.isString())
            return badField(names[i], tr("give the number as a string, such as \"+12025550147\"."));
        const auto normalised = plan.normalise(value.toString());
        if (!normalised.ok())
            return badField(names[i], normalised.error);
        numbers[i] = normalised.number;
    }

    callback::Admission::Trigger trigger;
    trigger.accountId = account.id;
    trigger.kind = store::TriggerKind::Api;
    trigger.source = QStringLiteral("api:") + token.name;
    trigger.callbackNumber = numbers[0];
    trigger.destination = numbers[1];
    const callback::RequestOutcome outcome =
        callback::Admission(m_db, m_clock, m_rates, m_admitted).request(trigger);
    if (outcome.result == callback::RequestOutcome::Result::Ignored)
        return HttpReply::jsonError(409, QStringLiteral("callback_in_progress"),
                                    tr("No new callback: %1.").arg(outcome.reason));
    if (!outcome.created())
        return HttpReply::jsonError(422, QStringLiteral("callback_refused"),
                                    tr("No callback: %1.").arg(outcome.reason));
    const auto created = store::CallbackRequestRepository(m_db, m_clock).find(outcome.requestId);
    return HttpReply::json(callbackJson(*created), 201)
        .header("Location", (Prefix + QStringLiteral("callbacks/%1").arg(outcome.requestId)).toUtf8());
}

HttpReply ApiV1::callback(const QString& id, const store::ApiToken& token)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    const auto request =
        ok && number > 0 ? store::CallbackRequestRepository(m_db, m_clock).find(number) : std::nullopt;
    if (!request)
        return notFound(tr("There is no callback request %1.").arg(id));
    if (!token.covers(request->accountId))
        return outOfScope(
            tr("Callback request %1 is for a subscriber this API token does not act for.").arg(id));
    return HttpReply::json(callbackJson(*request));
}

QJsonObject ApiV1::callbackJson(const store::CallbackRequest& r) const
{
    const auto account = store::AccountRepository(m_db, m_clock).findById(r.accountId);
    return {{QStringLiteral("id"), qint64(r.id)},
            {QStringLiteral("account"), account ? account->accountCode : QString()},
            {QStringLiteral("trigger"), store::toString(r.trigger)},
            {QStringLiteral("state"), store::stateWord(r.state)},
            {QStringLiteral("status"), callback::publicStatusKey(callback::publicStatus(r.state))},
            {QStringLiteral("failure_reason"), r.failureReason},
            {QStringLiteral("callback"), r.callbackNumber.toPlus()},
            {QStringLiteral("destination"), r.destination.isEmpty() ? QJsonValue() : r.destination.toPlus()},
            {QStringLiteral("attempts"), r.attempts},
            {QStringLiteral("created_at"), time(r.createdAt)},
            {QStringLiteral("updated_at"), time(r.updatedAt)},
            {QStringLiteral("finished_at"), time(r.finishedAt)}};
}

QJsonObject ApiV1::accountJson(const store::Account& account, const QString& currency) const
{
    const core::Money available = billing::CreditManager(m_db, m_clock).available(account.id);
    return {{QStringLiteral("account"), account.accountCode},
            {QStringLiteral("balance"), account.balance.toPlainString(2)},
            {QStringLiteral("credit_limit"), account.creditLimit.toPlainString(2)},
            {QStringLiteral("available"), available.toPlainString(2)},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("status"), store::toString(account.status)}};
}

HttpReply ApiV1::balance(const QString& accountCode, const store::ApiToken& token)
{
    const auto found = accountFor(token, accountCode);
    if (const auto* refusal = std::get_if<HttpReply>(&found))
        return *refusal;
    return HttpReply::json(
        accountJson(std::get<store::Account>(found), store::SettingsRepository(m_db).currency()));
}

HttpReply ApiV1::accounts(const store::ApiToken& token)
{
    const store::AccountRepository repository(m_db, m_clock);
    QList<store::Account> covered;
    if (token.allAccounts) {
        covered = repository.list();
    } else {
        for (const std::int64_t id : token.accountIds)
            if (auto account = repository.findById(id))
                covered.append(*account);
    }
    const QString currency = store::SettingsRepository(m_db).currency();
    QJsonArray list;
    for (const store::Account& account : std::as_const(covered))
        list.append(accountJson(account, currency));
    return HttpReply::json({{QStringLiteral("accounts"), list}});
}

} // namespace rebound::web
