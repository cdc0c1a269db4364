#pragma once

#include "core/Clock.h"
#include "triggers/Http.h"
#include "triggers/HttpRateLimit.h"

#include <QCoreApplication>
#include <functional>

namespace rebound::store {
class Database;
struct ApiToken;
struct CallbackRequest;
} // namespace rebound::store

namespace rebound::triggers {

// The JSON API under /api/v1, for the reseller's own systems (web shop, CRM).
// Every call needs `Authorization: Bearer <token>` with a live token from
// `rebound-switch api-tokens add NAME`; a token may act for any subscriber.
//
//   POST /api/v1/callbacks              {"account", "callback"?, "destination"} -> 201
//   GET  /api/v1/callbacks/{id}         the request's state
//   GET  /api/v1/accounts/{code}/balance
//
// Errors are {"error": {"code", "message"}} with 400 (bad JSON or field), 401,
// 404, 405, 409 (a repeat of a callback in progress), 422 (refused: no
// credit, suspended, ...) and 429 (over the token's rate limit: settings
// api.rate_per_second and api.burst, read when the handler is created).
class ApiV1 : public HttpHandler
{
    Q_DECLARE_TR_FUNCTIONS(ApiV1)

public:
    ApiV1(const store::Database& db, const core::Clock& clock);

    std::optional<HttpReply> handle(const HttpRequest& request) override;

    // Called with the id of each callback request the API created, so the
    // switch starts calling.
    std::function<void(qint64 requestId)> onCallbackRequested;

    static const QString TokenPrefix; // "rbt_"

private:
    std::optional<store::ApiToken> authenticate(const HttpRequest& request);
    HttpReply createCallback(const HttpRequest& request, const store::ApiToken& token);
    HttpReply callback(const QString& id);
    HttpReply balance(const QString& accountCode);
    QJsonObject callbackJson(const store::CallbackRequest& request) const;

    const store::Database& m_db;
    const core::Clock& m_clock;
    HttpRateLimit m_limit;
};

} // namespace rebound::triggers
