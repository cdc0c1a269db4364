// The JSON API over real HTTP: tokens, each route, and every error shape.
#include "HandlerClient.h"
#include "HttpTriggerFixture.h"
#include "billing/CreditManager.h"
#include "callback/Admission.h"
#include "core/SecretToken.h"
#include "store/AccountRepository.h"
#include "store/ApiTokenRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/SettingsRepository.h"
#include "triggers/SmsTrigger.h"
#include "web/ApiTokenService.h"
#include "web/ApiV1.h"

#include <QJsonArray>
#include <QTest>

using namespace rebound;

class TestApiV1 : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::HttpTriggerFixture<web::ApiV1>> m_t;
    QString m_token;

    QString addToken(const QString& name)
    {
        const QString token = core::SecretToken::generate(web::ApiV1::TokenPrefix);
        store::ApiTokenRepository(*m_t->db, m_t->clock).insert(name, core::SecretToken::digest(token));
        return token;
    }
    // A token made the way the console and the command line make one.
    QString addScopedToken(const QString& name, const QStringList& accountCodes,
                           std::optional<int> expiresInDays = {})
    {
        web::ApiTokenForm form;
        form.name = name;
        form.allAccounts = accountCodes.isEmpty();
        form.accountCodes = accountCodes;
        form.expiresInDays = expiresInDays;
        return web::ApiTokenService(*m_t->db, m_t->clock).add(form, QStringLiteral("test")).secret;
    }
    std::optional<std::int64_t> lastUsed(const QString& name) const
    {
        return store::ApiTokenRepository(*m_t->db, m_t->clock).findLive(name)->lastUsedAt;
    }
    static QList<QPair<QByteArray, QByteArray>> bearer(const QString& token)
    {
        return {{"Authorization", "Bearer " + token.toLatin1()}};
    }
    test::WebReply get(const QString& path) { return m_t->client->get(path, bearer(m_token)); }
    test::WebReply post(const QString& path, const QByteArray& body)
    {
        return m_t->client->send("POST", path, body, bearer(m_token));
    }
    test::WebReply postCallback(const QJsonObject& body)
    {
        return post(QStringLiteral("/api/v1/callbacks"), QJsonDocument(body).toJson());
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::HttpTriggerFixture<web::ApiV1>>(); // 1001: +447700900123, $25, 2 calls
                                                                        // at once
        m_token = addToken(QStringLiteral("website"));
        m_t->start();
    }
    void cleanup() { m_t.reset(); }

    void createCallbackToTheStoredNumber()
    {
        const auto r = postCallback({{QStringLiteral("account"), QStringLiteral("1001")},
                                     {QStringLiteral("destination"), QStringLiteral("+12025550147")}});
        QCOMPARE(r.status, 201);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject o = r.json();
        const qint64 id = o[QStringLiteral("id")].toInteger();
        QVERIFY(id > 0);
        QCOMPARE(m_t->admittedIds, QList<qint64>{id});
        QCOMPARE(r.header("Location"), QStringLiteral("/api/v1/callbacks/%1").arg(id).toLatin1());
        QCOMPARE(o[QStringLiteral("account")].toString(), QStringLiteral("1001"));
        QCOMPARE(o[QStringLiteral("state")].toString(), QStringLiteral("requested"));
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("calling_you"));
        QCOMPARE(o[QStringLiteral("callback")].toString(), QStringLiteral("+447700900123"));
        QCOMPARE(o[QStringLiteral("destination")].toString(), QStringLiteral("+12025550147"));
        QCOMPARE(o[QStringLiteral("created_at")].toString(), QStringLiteral("2026-01-01T00:00:00.000Z"));

        const auto request = store::CallbackRequestRepository(*m_t->db, m_t->clock).find(id);
        QCOMPARE(store::toString(request->trigger), QStringLiteral("api"));
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
        using store::RequestState;
        struct Step
        {
            RequestState state;
            QString word; // the JSON's "state"
            QString status;
        };
        const QList<Step> expected = {
            {RequestState::Requested, QStringLiteral("requested"), QStringLiteral("calling_you")},
            {RequestState::DialingA, QStringLiteral("dialing_a"), QStringLiteral("calling_you")},
            {RequestState::Ivr, QStringLiteral("ivr"), QStringLiteral("calling_you")},
            {RequestState::DialingB, QStringLiteral("dialing_b"), QStringLiteral("calling_destination")},
            {RequestState::Bridged, QStringLiteral("bridged"), QStringLiteral("connected")},
            {RequestState::Completed, QStringLiteral("completed"), QStringLiteral("finished")}};
        for (const auto& [state, word, status] : expected) {
            requests.setState(id, state);
            const auto r = get(path);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json()[QStringLiteral("state")].toString(), word);
            QCOMPARE(r.json()[QStringLiteral("status")].toString(), status);
        }
        requests.setState(id, RequestState::Failed, QStringLiteral("the destination did not answer"));
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
        QCOMPARE(m_t->requestCount(), 1);
        QCOMPARE(m_t->admittedIds.size(), 1);
    }

    void tooLittleCreditIsRefusedAsEveryTriggerRefusesIt()
    {
        // The one admission rule (callback::Admission): 0.01 pays for less
        // than the IVR hold of a call to 1001's UK mobile, so the API refuses
        // it with the reason an SMS from 1001's phone gets, and no request.
        const auto account =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"));
        billing::CreditManager(*m_t->db, m_t->clock)
            .adjust(account->id, core::Money::fromMicros(10'000) - account->balance,
                    store::LedgerReason::Adjustment, QStringLiteral("test"), QStringLiteral("test"));
        const auto r = postCallback({{QStringLiteral("account"), QStringLiteral("1001")},
                                     {QStringLiteral("destination"), QStringLiteral("+12025550147")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("callback_refused"));
        const auto sms = triggers::SmsTrigger(*m_t->db, m_t->clock)
                             .handle(QStringLiteral("+447700900123"), QStringLiteral("1001 +12025550147"),
                                     QStringLiteral("sip:test"));
        QVERIFY(sms.outcome.why == callback::RequestOutcome::Why::TooLittle);
        QCOMPARE(r.errorMessage(), QStringLiteral("No callback: %1.").arg(sms.outcome.reason));
        // A destination outside the plan is refused before any call too.
        const auto unpriced = postCallback({{QStringLiteral("account"), QStringLiteral("1002")},
                                            {QStringLiteral("destination"), QStringLiteral("+88213456789")}});
        QCOMPARE(unpriced.status, 422);
        QVERIFY2(unpriced.errorMessage().contains(QStringLiteral("+88213456789")),
                 qPrintable(unpriced.errorMessage()));
        QCOMPARE(m_t->requestCount(), 0);
        QVERIFY(m_t->admittedIds.isEmpty());
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
        QCOMPARE(m_t->requestCount(), 0);
        QVERIFY(m_t->admittedIds.isEmpty());
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
        const auto r = m_t->client->send("POST", QStringLiteral("/api/v1/callbacks"), body, headers);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("foreign_origin"));
        QCOMPARE(m_t->requestCount(), 0);
        QCOMPARE(m_t->client->send("POST", QStringLiteral("/api/v1/callbacks"), body, bearer(m_token)).status,
                 201);
        QCOMPARE(m_t->requestCount(), 1);
    }

    void tokensAreChecked()
    {
        const QString path = QStringLiteral("/api/v1/accounts/1001/balance");
        auto r = m_t->client->get(path);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
        const QString stranger = core::SecretToken::generate(web::ApiV1::TokenPrefix);
        QCOMPARE(m_t->client->get(path, bearer(stranger)).status, 401);
        QCOMPARE(m_t->client->get(path, {{"Authorization", "Basic " + m_token.toLatin1().toBase64()}}).status,
                 401);
        // The stored digest is not a token.
        const auto stored =
            store::ApiTokenRepository(*m_t->db, m_t->clock).findLive(QStringLiteral("website"));
        QCOMPARE(m_t->client->get(path, bearer(stored->tokenHash)).status, 401);
        // The scheme name is case-insensitive.
        QCOMPARE(m_t->client->get(path, {{"Authorization", "bearer " + m_token.toLatin1()}}).status, 200);

        store::ApiTokenRepository(*m_t->db, m_t->clock).revoke(stored->id);
        r = get(path);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("token_revoked"));
        r = postCallback({{QStringLiteral("account"), QStringLiteral("1001")},
                          {QStringLiteral("destination"), QStringLiteral("+12025550147")}});
        QCOMPARE(r.status, 401);
        QCOMPARE(m_t->requestCount(), 0);
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
        r = m_t->client->send("DELETE", QStringLiteral("/api/v1/callbacks/1"), {}, bearer(m_token));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET"));
        r = post(QStringLiteral("/api/v1/accounts/1001/balance"), "{}");
        QCOMPARE(r.status, 405);
        QCOMPARE(m_t->requestCount(), 0);
    }

    void aScopedTokenActsOnlyForItsSubscribers()
    {
        const QString shop =
            addScopedToken(QStringLiteral("shop"), {QStringLiteral("1001"), QStringLiteral("1002")});
        const auto as = [&](const QString& token, const QString& path) {
            return m_t->client->get(path, bearer(token));
        };
        const auto callbackAs = [&](const QString& token, const QString& account) {
            return m_t->client->send(
                "POST", QStringLiteral("/api/v1/callbacks"),
                QJsonDocument(QJsonObject{{QStringLiteral("account"), account},
                                          {QStringLiteral("destination"), QStringLiteral("+12025550147")}})
                    .toJson(),
                bearer(token));
        };

        // Its own subscribers: as before.
        QCOMPARE(as(shop, QStringLiteral("/api/v1/accounts/1002/balance")).status, 200);
        auto r = callbackAs(shop, QStringLiteral("1001"));
        QCOMPARE(r.status, 201);
        const qint64 own = r.json()[QStringLiteral("id")].toInteger();
        QCOMPARE(as(shop, QStringLiteral("/api/v1/callbacks/%1").arg(own)).status, 200);

        // Anyone else: 403 in the API's error shape, and nothing happens.
        r = as(shop, QStringLiteral("/api/v1/accounts/1003/balance"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("out_of_scope"));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("1003")), qPrintable(r.errorMessage()));
        QVERIFY(!r.text().contains(QStringLiteral("balance\"")));
        r = callbackAs(shop, QStringLiteral("1003"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("out_of_scope"));
        QCOMPARE(m_t->requestCount(), 1);
        QCOMPARE(m_t->admittedIds.size(), 1);
        // An account code that does not exist looks the same: a scoped token
        // cannot find out which codes are in use.
        r = as(shop, QStringLiteral("/api/v1/accounts/4242/balance"));
        QCOMPARE(r.status, 403);
        QCOMPARE(callbackAs(shop, QStringLiteral("4242")).status, 403);
        // The token for all still gets 404 for it.
        QCOMPARE(as(m_token, QStringLiteral("/api/v1/accounts/4242/balance")).status, 404);

        // A callback another system made for someone else is not the shop's to see.
        const qint64 other =
            callbackAs(m_token, QStringLiteral("1003")).json()[QStringLiteral("id")].toInteger();
        QVERIFY(other > own);
        r = as(shop, QStringLiteral("/api/v1/callbacks/%1").arg(other));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("out_of_scope"));
        QVERIFY(!r.text().contains(QStringLiteral("12025550147")));
        QCOMPARE(as(m_token, QStringLiteral("/api/v1/callbacks/%1").arg(other)).status, 200);
    }

    void accountListsShowOnlyTheTokensSubscribers()
    {
        auto r = get(QStringLiteral("/api/v1/accounts"));
        QCOMPARE(r.status, 200);
        QStringList codes;
        for (const QJsonValue& v : r.json()[QStringLiteral("accounts")].toArray())
            codes << v[QStringLiteral("account")].toString();
        QCOMPARE(codes, (QStringList{QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003"),
                                     QStringLiteral("1004"), QStringLiteral("1005")}));
        const QJsonObject first = r.json()[QStringLiteral("accounts")].toArray().first().toObject();
        // Each entry is what the balance call answers for that subscriber.
        QCOMPARE(first, get(QStringLiteral("/api/v1/accounts/1001/balance")).json());

        const QString crm =
            addScopedToken(QStringLiteral("crm"), {QStringLiteral("1004"), QStringLiteral("1002")});
        r = m_t->client->get(QStringLiteral("/api/v1/accounts"), bearer(crm));
        QCOMPARE(r.status, 200);
        codes.clear();
        for (const QJsonValue& v : r.json()[QStringLiteral("accounts")].toArray())
            codes << v[QStringLiteral("account")].toString();
        QCOMPARE(codes, (QStringList{QStringLiteral("1002"), QStringLiteral("1004")}));

        r = m_t->client->send("POST", QStringLiteral("/api/v1/accounts"), "{}", bearer(crm));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET"));
    }

    void expiredTokensAreRefused()
    {
        const QString shortLived = addScopedToken(QStringLiteral("trial"), {}, 1);
        const QString path = QStringLiteral("/api/v1/accounts/1001/balance");
        QCOMPARE(m_t->client->get(path, bearer(shortLived)).status, 200);
        m_t->clock.advance(24 * 3600 * 1000 - 1);
        QCOMPARE(m_t->client->get(path, bearer(shortLived)).status, 200);
        const auto usedBefore = lastUsed(QStringLiteral("trial"));
        m_t->clock.advance(1);
        auto r = m_t->client->get(path, bearer(shortLived));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("token_expired"));
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer error=\"invalid_token\""));
        r = m_t->client->send(
            "POST", QStringLiteral("/api/v1/callbacks"),
            QJsonDocument(QJsonObject{{QStringLiteral("account"), QStringLiteral("1001")},
                                      {QStringLiteral("destination"), QStringLiteral("+12025550147")}})
                .toJson(),
            bearer(shortLived));
        QCOMPARE(r.status, 401);
        QCOMPARE(m_t->requestCount(), 0);
        // A refused token was not used.
        m_t->clock.advance(120'000);
        QCOMPARE(m_t->client->get(path, bearer(shortLived)).status, 401);
        QCOMPARE(lastUsed(QStringLiteral("trial")), usedBefore);
        // Tokens without an expiry go on working.
        QCOMPARE(get(path).status, 200);
    }

    void lastUseIsWrittenAtMostOnceAMinute()
    {
        const QString path = QStringLiteral("/api/v1/accounts/1001/balance");
        QVERIFY(!lastUsed(QStringLiteral("website")));
        const std::int64_t start = m_t->clock.nowMs();
        QCOMPARE(get(path).status, 200);
        QCOMPARE(lastUsed(QStringLiteral("website")), start);
        // Requests within the minute write nothing.
        m_t->clock.advance(59'999);
        QCOMPARE(get(path).status, 200);
        QCOMPARE(get(QStringLiteral("/api/v1/accounts")).status, 200);
        QCOMPARE(lastUsed(QStringLiteral("website")), start);
        m_t->clock.advance(1);
        QCOMPARE(get(path).status, 200);
        QCOMPARE(lastUsed(QStringLiteral("website")), start + 60'000);
        // Each token keeps its own.
        const QString other = addScopedToken(QStringLiteral("crm"), {QStringLiteral("1001")});
        QVERIFY(!lastUsed(QStringLiteral("crm")));
        m_t->clock.advance(5'000);
        QCOMPARE(m_t->client->get(path, bearer(other)).status, 200);
        QCOMPARE(lastUsed(QStringLiteral("crm")), start + 65'000);
        QCOMPARE(lastUsed(QStringLiteral("website")), start + 60'000);
        // A request refused for its scope still used the token.
        m_t->clock.advance(60'000);
        QCOMPARE(m_t->client->get(QStringLiteral("/api/v1/accounts/1002/balance"), bearer(other)).status,
                 403);
        QCOMPARE(lastUsed(QStringLiteral("crm")), start + 125'000);
    }

    void eachTokenIsRateLimited()
    {
        store::SettingsRepository settings(*m_t->db);
        settings.setValue(QStringLiteral("api.rate_per_second"), QStringLiteral("0.5"));
        settings.setValue(QStringLiteral("api.burst"), QStringLiteral("2"));
        m_t->start();
        const QString path = QStringLiteral("/api/v1/accounts/1001/balance");
        QCOMPARE(get(path).status, 200);
        QCOMPARE(get(path).status, 200);
        const auto r = get(path);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("rate_limited"));
        QCOMPARE(r.header("Retry-After"), QByteArray("2"));
        // Another token has its own allowance.
        const QString other = addToken(QStringLiteral("crm"));
        QCOMPARE(m_t->client->get(path, bearer(other)).status, 200);
        m_t->clock.advance(2'000);
        QCOMPARE(get(path).status, 200);
        QCOMPARE(get(path).status, 429);
    }
};

QTEST_GUILESS_MAIN(TestApiV1)
#include "TestApiV1.moc"
