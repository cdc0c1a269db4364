// The JSON API over real HTTP: tokens, each route, and every error shape.
#include "HandlerClient.h"
#include "core/SecretToken.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/ApiTokenRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/SettingsRepository.h"
#include "support/TempDatabase.h"
#include "triggers/ApiV1.h"

#include <QJsonArray>
#include <QTest>

using namespace rebound;

class TestApiV1 : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<triggers::ApiV1> m_api;
    std::unique_ptr<test::HandlerClient> m_client;
    QString m_token;
    QList<qint64> m_requested;

    void start()
    {
        m_client.reset();
        m_api = std::make_unique<triggers::ApiV1>(*m_t->db, m_t->clock);
        m_api->onCallbackRequested = [this](qint64 id) { m_requested.append(id); };
        m_client = std::make_unique<test::HandlerClient>(*m_api);
        QVERIFY2(m_client->startError().isEmpty(), qPrintable(m_client->startError()));
    }
    QString addToken(const QString& name)
    {
        const QString token = core::SecretToken::generate(triggers::ApiV1::TokenPrefix);
        store::ApiTokenRepository(*m_t->db, m_t->clock).insert(name, core::SecretToken::digest(token));
        return token;
    }
    static QList<QPair<QByteArray, QByteArray>> bearer(const QString& token)
    {
        return {{"Authorization", "Bearer " + token.toLatin1()}};
    }
    test::WebReply get(const QString& path) { return m_client->get(path, bearer(m_token)); }
    test::WebReply post(const QString& path, const QByteArray& body)
    {
        return m_client->send("POST", path, body, bearer(m_token));
    }
    test::WebReply postCallback(const QJsonObject& body)
    {
        return post(QStringLiteral("/api/v1/callbacks"), QJsonDocument(body).toJson());
    }
    int requestCount() const
    {
        return int(store::CallbackRequestRepository(*m_t->db, m_t->clock).recent().size());
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        demo::DemoData::seed(*m_t->db, m_t->clock); // 1001: +447700900123, $25, 2 calls at once
        m_token = addToken(QStringLiteral("website"));
        m_requested.clear();
        start();
    }
    void cleanup()
    {
        m_client.reset();
        m_api.reset();
        m_t.reset();
    }

    void createCallbackToTheStoredNumber()
    {
        const auto r = postCallback({{QStringLiteral("account"), QStringLiteral("1001")},
                                     {QStringLiteral("destination"), QStringLiteral("+12025550147")}});
        QCOMPARE(r.status, 201);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject o = r.json();
        const qint64 id = o[QStringLiteral("id")].toInteger();
        QVERIFY(id > 0);
        QCOMPARE(m_requested, QList<qint64>{id});
        QCOMPARE(r.header("Location"), QStringLiteral("/api/v1/callbacks/%1").arg(id).toLatin1());
        QCOMPARE(o[QStringLiteral("account")].toString(), QStringLiteral("1001"));
        QCOMPARE(o[QStringLiteral("state")].toString(), QStringLiteral("requested"));
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("calling_you"));
        QCOMPARE(o[QStringLiteral("callback")].toString(), QStringLiteral("+447700900123"));
        QCOMPARE(o[QStringLiteral("destination")].toString(), QStringLiteral("+12025550147"));
        QCOMPARE(o[QStringLiteral("created_at")].toString(), QStringLiteral("2026-01-01T00:00:00.000Z"));

        const auto request = store::CallbackRequestRepository(*m_t->db, m_t->clock).find(id);
        QCOMPARE(request->trigger, QStringLiteral("api"));
        QCOMPARE(request->source, QStringLiteral("api:website"));
        const auto audit = store::AuditLog(*m_t->db, m_t->clock).recent();
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [&](const store::AuditEntry& e) {
            return e.action == QLatin1String("callback.requested") &&
                   e.source == QLatin1String("api:website") && e.objectId == QString::number(id);
        }));
        for (const auto& entry : audit)
            QVERIFY(!entry.details.contains(m_token));
        QVERIFY(
            store::ApiTokenRepository(*m_t->db, m_t->clock).findLive(QStringLiteral("website"))->lastUsedAt);
    }

    void numbersGoThroughTheDialPlan()
    {
        // Home plan: country 1, international prefix 011.
        const auto r = postCallback({{QStringLiteral("account"), 1001},
                                     {QStringLiteral("callback"), QStringLiteral("011 44 7700 900124")},
                                     {QStringLiteral("destination"), QStringLiteral("+1 (202) 555-0148")}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()[QStringLiteral("callback")].toString(), QStringLiteral("+447700900124"));
        QCOMPARE(r.json()[QStringLiteral("destination")].toString(), QStringLiteral("+12025550148"));
    }

    void callbackStatusFollowsTheState()
    {
        const qint64 id = postCallback({{QStringLiteral("account"), QStringLiteral("1001")},
                                        {QStringLiteral("destination"), QStringLiteral("+12025550147")}})
                              .json()[QStringLiteral("id")]
                              .toInteger();
        QVERIFY(id > 0);
        const QString path = QStringLiteral("/api/v1/callbacks/%1").arg(id);
        store::CallbackRequestRepository requests(*m_t->db, m_t->clock);
        // The same words as the portal's (TestWebPortal): in the IVR the
        // subscriber is on the line and nobody else is rung yet.
        const QList<QPair<QString, QString>> expected = {
            {QStringLiteral("requested"), QStringLiteral("calling_you")},
            {QStringLiteral("dialing_a"), QStringLiteral("calling_you")},
            {QStringLiteral("ivr"), QStringLiteral("calling_you")},
            {QStringLiteral("dialing_b"), QStringLiteral("calling_destination")},
            {QStringLiteral("bridged"), QStringLiteral("connected")},
            {QStringLiteral("completed"), QStringLiteral("finished")}};
        for (const auto& [state, status] : expected) {
            requests.setState(id, state);
            const auto r = get(path);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json()[QStringLiteral("state")].toString(), state);
            QCOMPARE(r.json()[QStringLiteral("status")].toString(), status);
        }
        requests.setState(id, QStringLiteral("failed"), QStringLiteral("the destination did not answer"));
        const QJsonObject o = get(path).json();
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("finished"));
        QCOMPARE(o[QStringLiteral("failure_reason")].toString(),
                 QStringLiteral("the destination did not answer"));
        QVERIFY(o[QStringLiteral("finished_at")].isString());

        for (const QString& missing : {QStringLiteral("999"), QStringLiteral("abc"), QStringLiteral("-1")}) {
            const auto r = get(QStringLiteral("/api/v1/callbacks/") + missing);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        }
    }

    void balance()
    {
        auto r = get(QStringLiteral("/api/v1/accounts/1001/balance"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("account")].toString(), QStringLiteral("1001"));
        QCOMPARE(o[QStringLiteral("balance")].toString(), QStringLiteral("25.00"));
        QCOMPARE(o[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
        const auto account =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"));
        QCOMPARE(o[QStringLiteral("available")].toString(),
                 (account->balance + account->creditLimit).toPlainString(2));
        r = get(QStringLiteral("/api/v1/accounts/9999/balance"));
        QCOMPARE(r.status, 404);
        QVERIFY(r.errorMessage().contains(QStringLiteral("9999")));
    }

    void repeatedAndRefusedCallbacks()
    {
        const QJsonObject body{{QStringLiteral("account"), QStringLiteral("1001")},
                               {QStringLiteral("destination"), QStringLiteral("+12025550147")}};
        QCOMPARE(postCallback(body).status, 201);
        auto r = postCallback(body);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("callback_in_progress"));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("in progress")), qPrintable(r.errorMessage()));
        // Demo subscriber 1005 has no credit.
        r = postCallback({{QStringLiteral("account"), QStringLiteral("1005")},
                          {QStringLiteral("destination"), QStringLiteral("+12025550147")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("callback_refused"));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("no credit")), qPrintable(r.errorMessage()));
        r = postCallback({{QStringLiteral("account"), QStringLiteral("4242")},
                          {QStringLiteral("destination"), QStringLiteral("+12025550147")}});
        QCOMPARE(r.status, 404);
        QCOMPARE(requestCount(), 1);
        QCOMPARE(m_requested.size(), 1);
    }

    void badJsonAndBadFieldsChangeNothing()
    {
        auto r = post(QStringLiteral("/api/v1/callbacks"), "{\"account\": \"1001\",");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_json"));
        r = post(QStringLiteral("/api/v1/callbacks"), "[1, 2]");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_json"));
        r = post(QStringLiteral("/api/v1/callbacks"), {});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_json"));

        const QList<QPair<QJsonObject, QString>> cases = {
            {{{QStringLiteral("destination"), QStringLiteral("+12025550147")}}, QStringLiteral("account")},
            {{{QStringLiteral("account"), QJsonArray{1}},
              {QStringLiteral("destination"), QStringLiteral("+12025550147")}},
             QStringLiteral("account")},
            {{{QStringLiteral("account"), QStringLiteral("1001")}}, QStringLiteral("destination")},
            {{{QStringLiteral("account"), QStringLiteral("1001")},
              {QStringLiteral("destination"), 12025550147.0}},
             QStringLiteral("destination")},
            {{{QStringLiteral("account"), QStringLiteral("1001")},
              {QStringLiteral("destination"), QStringLiteral("+1 202")}},
             QStringLiteral("destination")},
            {{{QStringLiteral("account"), QStringLiteral("1001")},
              {QStringLiteral("callback"), QStringLiteral("hello")},
              {QStringLiteral("destination"), QStringLiteral("+12025550147")}},
             QStringLiteral("callback")},
        };
        for (const auto& [body, field] : cases) {
            r = postCallback(body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("bad_field"));
            QVERIFY2(r.errorMessage().startsWith(field + QLatin1Char(':')), qPrintable(r.errorMessage()));
        }
        r = post(QStringLiteral("/api/v1/callbacks"), "{\"account\": \"" + QByteArray(20'000, '1') + "\"}");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), QStringLiteral("body_too_large"));
        QCOMPARE(requestCount(), 0);
        QVERIFY(m_requested.isEmpty());
    }

    void browserPagesOfOtherSitesAreRefused()
    {
        // A page elsewhere that has come by a token cannot use it from a
        // visitor's browser; servers calling the API send no Origin.
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("account"), QStringLiteral("1001")},
                                      {QStringLiteral("destination"), QStringLiteral("+12025550147")}})
                .toJson();
        auto headers = bearer(m_token);
        headers.append(qMakePair(QByteArray("Origin"), QByteArray("https://shop.example")));
        const auto r = m_client->send("POST", QStringLiteral("/api/v1/callbacks"), body, headers);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("foreign_origin"));
        QCOMPARE(requestCount(), 0);
        QCOMPARE(m_client->send("POST", QStringLiteral("/api/v1/callbacks"), body, bearer(m_token)).status,
                 201);
        QCOMPARE(requestCount(), 1);
    }

    void tokensAreChecked()
    {
        const QString path = QStringLiteral("/api/v1/accounts/1001/balance");
        auto r = m_client->get(path);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
        const QString stranger = core::SecretToken::generate(triggers::ApiV1::TokenPrefix);
        QCOMPARE(m_client->get(path, bearer(stranger)).status, 401);
        QCOMPARE(m_client->get(path, {{"Authorization", "Basic " + m_token.toLatin1().toBase64()}}).status,
                 401);
        // The stored digest is not a token.
        const auto stored =
            store::ApiTokenRepository(*m_t->db, m_t->clock).findLive(QStringLiteral("website"));
        QCOMPARE(m_client->get(path, bearer(stored->tokenHash)).status, 401);
        // The scheme name is case-insensitive.
        QCOMPARE(m_client->get(path, {{"Authorization", "bearer " + m_token.toLatin1()}}).status, 200);

        store::ApiTokenRepository(*m_t->db, m_t->clock).revoke(stored->id);
        r = get(path);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("token_revoked"));
        r = postCallback({{QStringLiteral("account"), QStringLiteral("1001")},
                          {QStringLiteral("destination"), QStringLiteral("+12025550147")}});
        QCOMPARE(r.status, 401);
        QCOMPARE(requestCount(), 0);
        // A new token may take the revoked one's name.
        m_token = addToken(QStringLiteral("website"));
        QCOMPARE(get(path).status, 200);
    }

    void unknownRoutesAndWrongMethods()
    {
        auto r = get(QStringLiteral("/api/v1/nothing"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(get(QStringLiteral("/api/v1/accounts/1001")).status, 404);
        QCOMPARE(get(QStringLiteral("/api/v1")).status, 404);
        r = get(QStringLiteral("/api/v2/callbacks")); // not this handler's: the server's JSON 404
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));

        r = get(QStringLiteral("/api/v1/callbacks"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.errorCode(), QStringLiteral("method_not_allowed"));
        QCOMPARE(r.header("Allow"), QByteArray("POST"));
        r = m_client->send("DELETE", QStringLiteral("/api/v1/callbacks/1"), {}, bearer(m_token));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET"));
        r = post(QStringLiteral("/api/v1/accounts/1001/balance"), "{}");
        QCOMPARE(r.status, 405);
        QCOMPARE(requestCount(), 0);
    }

    void eachTokenIsRateLimited()
    {
        store::SettingsRepository settings(*m_t->db);
        settings.setValue(QStringLiteral("api.rate_per_second"), QStringLiteral("0.5"));
        settings.setValue(QStringLiteral("api.burst"), QStringLiteral("2"));
        start();
        const QString path = QStringLiteral("/api/v1/accounts/1001/balance");
        QCOMPARE(get(path).status, 200);
        QCOMPARE(get(path).status, 200);
        const auto r = get(path);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("rate_limited"));
        QCOMPARE(r.header("Retry-After"), QByteArray("2"));
        // Another token has its own allowance.
        const QString other = addToken(QStringLiteral("crm"));
        QCOMPARE(m_client->get(path, bearer(other)).status, 200);
        m_t->clock.advance(2'000);
        QCOMPARE(get(path).status, 200);
        QCOMPARE(get(path).status, 429);
    }
};

QTEST_GUILESS_MAIN(TestApiV1)
#include "TestApiV1.moc"
