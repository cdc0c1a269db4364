#pragma once

#include "store/Account.h"
#include "web/HttpTrigger.h"

#include <QCoreApplication>
#include <variant>

namespace rebound::store {
class Database;
struct ApiToken;
struct CallbackRequest;
} // namespace rebound::store

namespace rebound::web {

// The JSON API under /api/v1, for the reseller's own systems (web shop, CRM).
// Every call needs `Authorization: Bearer <token>` with a live token (not
// revoked, not expired) from `rebound-switch api-tokens add NAME` or the
// console. A token acts for every subscriber or only for those in its scope.
//
//   POST /api/v1/callbacks              {"account", "callback"?, "destination"} -> 201
//   GET  /api/v1/callbacks/{id}         the request's state
//   GET  /api/v1/accounts               the subscribers the token acts for, with balances
//   GET  /api/v1/accounts/{code}/balance
//
// Errors are {"error": {"code", "message"}} with 400 (bad JSON or field), 401
// (no, unknown, revoked or expired token), 403 (a subscriber outside the
// token's scope), 404, 405, 409 (a repeat of a callback in progress), 422
// (refused: no credit, suspended, ...) and 429 (over the token's rate limit:
// settings api.rate_per_second and api.burst, read when the handler is created).
class ApiV1 : public HttpTrigger
{
    Q_DECLARE_TR_FUNCTIONS(ApiV1)

public:
    ApiV1(const store::Database& db, const core::Clock& clock);

    std::optional<HttpReply> handle(const HttpRequest& request) override;

    static const QString TokenPrefix; // "rbt_"

private:
    std::optional<store::ApiToken> authenticate(const HttpRequest& request);
    // Writes the token's last use, at most once a minute.
    void noteUse(const store::ApiToken& token);
    // The subscriber with this code if the token acts for them, else the refusal.
    std::variant<store::Account, HttpReply> accountFor(const store::ApiToken& token,
                                                       const QString& accountCode) const;
    HttpReply createCallback(const HttpRequest& request, const store::ApiToken& token);
    HttpReply callback(const QString& id, const store::ApiToken& token);
    HttpReply accounts(const store::ApiToken& token);
    HttpReply balance(const QString& accountCode, const store::ApiToken& token);
    QJsonObject callbackJson(const store::CallbackRequest& request) const;
    QJsonObject accountJson(const store::Account& account, const QString& currency) const;
};

} // namespace rebound::web
