// The subscriber portal over real HTTP on 127.0.0.1: every route, sign-in
// throttling, CSRF, session expiry (MockClock), bad input and big bodies.
#include "LoopbackServer.h"
#include "PortalCards.h"
#include "PortalFixture.h"
#include "PortalForms.h"
#include "WebClient.h"
#include "billing/CreditManager.h"
#include "callback/Admission.h"
#include "callback/CallBilling.h"
#include "cards/CardService.h"
#include "core/PasswordHash.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"
#include "support/TempDatabase.h"
#include "triggers/SmsTrigger.h"
#include "web/WebPortal.h"
#include "web/WebServer.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

using namespace rebound;
using test::WebClient;

class TestWebPortal : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PortalFixture> m_t;
    QList<qint64> m_started;
    std::unique_ptr<callback::AdmittedRequests> m_admitted;

    WebClient client() const { return m_t->client(); }

    // Signs in as a demo subscriber; returns the dashboard.
    WebClient::Response signIn(WebClient& web, const QString& member = QStringLiteral("demo1001"),
                               const QString& password = demo::DemoData::demoPassword())
    {
        return test::signIn(web, member, password);
    }

    store::Account account(const QString& code) const
    {
        return *store::AccountRepository(*m_t->db, m_t->clock).findByCode(code);
    }

    cards::GeneratedBatch cards(store::CardKind kind, int count)
    {
        return test::portalCards(*m_t->db, m_t->clock, kind, count);
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::PortalFixture>();
        QCOMPARE(m_t->serveError, QString());
        m_started.clear();
        m_admitted = test::recordAdmitted(m_started);
        m_t->portal->admitInto(m_admitted.get());
    }

    void cleanup() { m_t.reset(); }

    void loginPageIsSafeToServe()
    {
        WebClient web = client();
        const auto r = web.get(QStringLiteral("/login"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        const QByteArray cookie = r.header("set-cookie");
        QVERIFY(cookie.startsWith("rebound_session="));
        QVERIFY(cookie.contains("HttpOnly"));
        QVERIFY(cookie.contains("SameSite=Strict"));
        QVERIFY(!cookie.contains("Secure")); // plain HTTP on loopback
        const QByteArray csp = r.header("content-security-policy");
        QVERIFY(csp.contains("script-src 'self'"));
        QVERIFY(!csp.contains("unsafe-inline"));
        QVERIFY(csp.contains("frame-ancestors 'none'"));
        QCOMPARE(r.header("x-frame-options"), QByteArray("DENY"));
        QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
        // Not no-referrer, under which browsers send "Origin: null" with the portal's own forms.
        QCOMPARE(r.header("referrer-policy"), QByteArray("same-origin"));
        QVERIFY(!WebClient::csrf(r).isEmpty());
        QVERIFY(!r.body.contains("<script>")); // no inline script
        QVERIFY(!r.body.contains("http://"));  // no outside style sheets or fonts
        QVERIFY(!r.body.contains("https://"));
        QVERIFY(r.body.contains("name=\"viewport\""));
        // The assets come from the switch itself.
        const auto css = web.get(QStringLiteral("/static/portal.css"));
        QCOMPARE(css.status, 200);
        QVERIFY(css.header("content-type").startsWith("text/css"));
        QVERIFY(css.body.contains("@media"));
        const auto js = web.get(QStringLiteral("/static/status.js"));
        QCOMPARE(js.status, 200);
        QVERIFY(js.header("content-type").startsWith("text/javascript"));
        QVERIFY(web.get(QStringLiteral("/static/rebound.svg")).body.contains("<svg"));
        QCOMPARE(web.get(QStringLiteral("/")).header("location"), QByteArray("/login"));
        QCOMPARE(web.get(QStringLiteral("/no-such-page")).status, 404);
    }

    void signInAndOut()
    {
        WebClient web = client();
        const QByteArray anonymous = (web.get(QStringLiteral("/login")), web.cookie());
        const auto r = signIn(web);
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/dashboard"));
        QVERIFY(web.cookie() != anonymous); // a new session id on sign-in
        const auto home = web.get(QStringLiteral("/dashboard"));
        QCOMPARE(home.status, 200);
        QVERIFY2(home.text().contains(QStringLiteral("$25.00")), home.body.constData());
        QVERIFY(home.text().contains(QStringLiteral("value=\"+447700900123\""))); // Call-Back-To prefilled
        // Sign out by POST with the token; the old cookie is worth nothing after.
        const QByteArray old = web.cookie();
        const auto out = web.submit(home, QStringLiteral("/logout"), {});
        QCOMPARE(out.status, 303);
        QVERIFY(out.header("set-cookie").contains("Max-Age=0"));
        web.setCookie(old);
        QCOMPARE(web.get(QStringLiteral("/dashboard")).status, 303);
        QCOMPARE(web.get(QStringLiteral("/logout")).status, 303); // GET never signs out (and needs a session)
    }

    void anOlderHashIsMadeStrongerAtSignIn()
    {
        // A hash made with fewer rounds (an older version, or the tests' 1,000)
        // is replaced at the next sign-in, when the password is at hand.
        store::AccountRepository accounts(*m_t->db, m_t->clock);
        const QString before = accounts.findByCode(QStringLiteral("1001"))->passwordHash;
        QVERIFY(before.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
        core::PasswordHash::setDefaultIterationsForTesting(2000);
        WebClient web = client();
        QCOMPARE(signIn(web).status, 303);
        const QString after = accounts.findByCode(QStringLiteral("1001"))->passwordHash;
        QVERIFY2(after.startsWith(QStringLiteral("pbkdf2-sha256$2000$")), qPrintable(after));
        QVERIFY(core::PasswordHash::verify(demo::DemoData::demoPassword(), after));
        WebClient again = client();
        QCOMPARE(signIn(again).status, 303);                                        // and it still signs in
        QCOMPARE(accounts.findByCode(QStringLiteral("1001"))->passwordHash, after); // not rehashed again
    }

    void failuresAreGenericAndLockOut()
    {
        WebClient web = client();
        const auto unknown = signIn(web, QStringLiteral("nobody"), QStringLiteral("whatever1"));
        const auto wrong = signIn(web, QStringLiteral("demo1002"), QStringLiteral("wrong-password"));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.status, 401);
        const QString message = QStringLiteral("The member ID or password is not right.");
        QVERIFY(unknown.text().contains(message));
        QVERIFY(wrong.text().contains(message));
        QVERIFY(!wrong.text().contains(demo::DemoData::demoPassword()));
        // Five failures lock the member id (and, here, the one loopback
        // source they all came from; sources alone: the next test).
        for (int i = 0; i < 3; ++i)
            QCOMPARE(signIn(web, QStringLiteral("demo1002"), QStringLiteral("wrong-password")).status, 401);
        const auto locked = signIn(web, QStringLiteral("demo1002"), demo::DemoData::demoPassword());
        QCOMPARE(locked.status, 429);
        QVERIFY(locked.text().contains(QStringLiteral("Too many failed sign-ins")));
        m_t->clock.advance(16 * 60'000);
        QCOMPARE(signIn(web, QStringLiteral("demo1002"), demo::DemoData::demoPassword()).status, 303);
    }

    void oneSourceGuessingManyAccountsIsLockedOut()
    {
        WebClient web = client();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                signIn(web, QStringLiteral("guess%1").arg(i), QStringLiteral("password%1").arg(i)).status,
                401);
        // The source is locked now, even for a right password.
        QCOMPARE(signIn(web).status, 429);
    }

    void everyPostNeedsTheCsrfToken()
    {
        WebClient web = client();
        const auto noToken = web.post(QStringLiteral("/login"),
                                      {{QStringLiteral("member"), QStringLiteral("demo1001")},
                                       {QStringLiteral("password"), demo::DemoData::demoPassword()}});
        QCOMPARE(noToken.status, 403);
        QCOMPARE(web.get(QStringLiteral("/dashboard")).status, 303); // not signed in
        QCOMPARE(signIn(web).status, 303);
        const core::Money before = account(QStringLiteral("1001")).balance;
        const auto batch = cards(store::CardKind::ChargeUp, 1);
        const QList<QPair<QString, QList<QPair<QString, QString>>>> posts{
            {QStringLiteral("/callback"),
             {{QStringLiteral("callback_to"), QStringLiteral("+447700900123")},
              {QStringLiteral("call_to"), QStringLiteral("+12025550147")}}},
            {QStringLiteral("/topup"), {{QStringLiteral("pin"), batch.cards[0].pin}}},
            {QStringLiteral("/password"),
             {{QStringLiteral("current"), demo::DemoData::demoPassword()},
              {QStringLiteral("new"), QStringLiteral("a new password")},
              {QStringLiteral("confirm"), QStringLiteral("a new password")}}},
            {QStringLiteral("/logout"), {}}};
        for (const auto& [path, fields] : posts) {
            auto forged = fields;
            forged.append({QStringLiteral("csrf"), QStringLiteral("forged-token")});
            const auto r = web.post(path, forged);
            QVERIFY2(r.status == 403, qPrintable(path));
            QVERIFY(r.text().contains(QStringLiteral("Nothing was changed")));
        }
        QVERIFY(store::CallbackRequestRepository(*m_t->db, m_t->clock).recent().isEmpty());
        QCOMPARE(account(QStringLiteral("1001")).balance, before);
        QCOMPARE(web.get(QStringLiteral("/dashboard")).status, 200); // still signed in, same password
    }

    void formsFromAnotherSiteAreRefused()
    {
        // Behind the CSRF token, a second line: with a live session and the
        // right token, a form the browser says came from elsewhere changes nothing.
        const auto batch = cards(store::CardKind::ChargeUp, 1);
        WebClient web = client();
        QCOMPARE(signIn(web).status, 303);
        const auto form = web.get(QStringLiteral("/topup"));
        const QList<QPair<QString, QString>> topUp{{QStringLiteral("pin"), batch.cards[0].pin}};
        for (const QByteArray& origin : {QByteArray("https://evil.example"), QByteArray("null")}) {
            const auto r = web.submit(form, QStringLiteral("/topup"), topUp, {{"Origin", origin}});
            QVERIFY2(r.status == 403, origin.constData());
            QVERIFY(!r.header("content-security-policy").isEmpty());
        }
        QCOMPARE(account(QStringLiteral("1001")).balance, core::Money::fromUnits(25));
        QCOMPARE(web.submit(form, QStringLiteral("/topup"), topUp, {{"Origin", web.origin()}}).status, 200);
        QCOMPARE(account(QStringLiteral("1001")).balance, core::Money::fromUnits(35));
    }

    void sessionsExpire()
    {
        WebClient web = client();
        QCOMPARE(signIn(web).status, 303);
        m_t->clock.advance(29 * 60'000);
        QCOMPARE(web.get(QStringLiteral("/dashboard")).status, 200); // use keeps it alive
        m_t->clock.advance(31 * 60'000);
        const auto r = web.get(QStringLiteral("/history"));
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/login?expired=1"));
        QVERIFY(
            web.get(QStringLiteral("/login?expired=1")).text().contains(QStringLiteral("session has ended")));
        QCOMPARE(web.get(QStringLiteral("/request/1/status")).status, 401);
    }

    void callbackRequestAndItsStatus()
    {
        WebClient web = client();
        QCOMPARE(signIn(web).status, 303);
        const auto r =
            test::requestCallback(web, QStringLiteral("+44 7700 900123"), QStringLiteral("+1 202 555 0147"));
        QCOMPARE(r.status, 303);
        const auto requests = store::CallbackRequestRepository(*m_t->db, m_t->clock).recent();
        QCOMPARE(requests.size(), 1);
        const auto& request = requests.first();
        QCOMPARE(r.header("location"), QStringLiteral("/request/%1").arg(request.id).toLatin1());
        QCOMPARE(store::toString(request.trigger), QStringLiteral("web"));
        QCOMPARE(request.callbackNumber.digits(), QStringLiteral("447700900123"));
        QCOMPARE(request.destination.digits(), QStringLiteral("12025550147"));
        QVERIFY(request.source.startsWith(QStringLiteral("web:127.0.0.1")));
        QCOMPARE(m_started, QList<qint64>{request.id}); // the switch is told to call

        const auto statusPage = web.get(QStringLiteral("/request/%1").arg(request.id));
        QCOMPARE(statusPage.status, 200);
        QVERIFY(statusPage.text().contains(QStringLiteral("<script src=\"/static/status.js\"></script>")));
        QVERIFY(statusPage.text().contains(QStringLiteral("data-status=\"calling_you\"")));
        // The same words as the JSON API's (TestApiV1), and the page's
        // steps say the same as its status line.
        const QHash<QString, QString> labels{
            {QStringLiteral("calling_you"), QStringLiteral("Calling you")},
            {QStringLiteral("calling_destination"), QStringLiteral("Calling the destination")},
            {QStringLiteral("connected"), QStringLiteral("Connected")},
            {QStringLiteral("finished"), QStringLiteral("Finished")}};
        using store::RequestState;
        struct Step
        {
            RequestState state;
            QString word; // the JSON's "state"
            QString status;
        };
        for (const auto& [state, word, status] : QList<Step>{
                 {RequestState::Requested, QStringLiteral("requested"), QStringLiteral("calling_you")},
                 {RequestState::DialingA, QStringLiteral("dialing_a"), QStringLiteral("calling_you")},
                 {RequestState::Ivr, QStringLiteral("ivr"), QStringLiteral("calling_you")},
                 {RequestState::DialingB, QStringLiteral("dialing_b"), QStringLiteral("calling_destination")},
                 {RequestState::Bridged, QStringLiteral("bridged"), QStringLiteral("connected")},
                 {RequestState::Completed, QStringLiteral("completed"), QStringLiteral("finished")}}) {
            store::CallbackRequestRepository(*m_t->db, m_t->clock).setState(request.id, state);
            const auto json = web.get(QStringLiteral("/request/%1/status").arg(request.id));
            QCOMPARE(json.status, 200);
            QVERIFY(json.header("content-type").startsWith("application/json"));
            const QJsonObject o = QJsonDocument::fromJson(json.body).object();
            QCOMPARE(o[QStringLiteral("state")].toString(), word);
            QCOMPARE(o[QStringLiteral("status")].toString(), status);
            QCOMPARE(o[QStringLiteral("label")].toString(), labels.value(status));
            QCOMPARE(o[QStringLiteral("finished")].toBool(), status == QLatin1String("finished"));
            const QString html = web.get(QStringLiteral("/request/%1").arg(request.id)).text();
            QVERIFY2(
                html.contains(QStringLiteral("data-status=\"%1\">%2</p>").arg(status, labels.value(status))),
                qPrintable(html));
            QVERIFY2(html.contains(QStringLiteral("<li data-step=\"%1\" class=\"now\">%2</li>")
                                       .arg(status, labels.value(status))),
                     qPrintable(html));
        }
        store::CallbackRequestRepository(*m_t->db, m_t->clock)
            .setState(request.id, RequestState::Failed, QStringLiteral("your phone was busy"));
        const QJsonObject failed =
            QJsonDocument::fromJson(web.get(QStringLiteral("/request/%1/status").arg(request.id)).body)
                .object();
        QCOMPARE(failed[QStringLiteral("status")].toString(), QStringLiteral("finished"));
        QCOMPARE(failed[QStringLiteral("label")].toString(), QStringLiteral("Not connected"));
        QCOMPARE(failed[QStringLiteral("detail")].toString(), QStringLiteral("your phone was busy"));
        // Someone else's request is not there for this subscriber.
        WebClient other = client();
        QCOMPARE(signIn(other, QStringLiteral("demo1002")).status, 303);
        QCOMPARE(other.get(QStringLiteral("/request/%1").arg(request.id)).status, 404);
        QCOMPARE(other.get(QStringLiteral("/request/%1/status").arg(request.id)).status, 404);
        QCOMPARE(web.get(QStringLiteral("/request/abc")).status, 404);
    }

    void callbackFormRefusesWhatItCannotCall_data()
    {
        QTest::addColumn<QString>("callbackTo");
        QTest::addColumn<QString>("callTo");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a number") << "+447700900123"
                                      << "call mum"
                                      << "Connect me to";
        QTest::newRow("too short") << "12"
                                   << "+12025550147"
                                   << "Call me back on";
        QTest::newRow("same numbers") << "+12025550147"
                                      << "+1 (202) 555-0147"
                                      << "the same";
        QTest::newRow("not in the plan") << "+447700900123"
                                         << "+88213456789"
                                         << "not in your plan";
        QTest::newRow("script in a field") << "+447700900123"
                                           << "<script>alert(1)</script>"
                                           << "Connect me to";
    }

    void callbackFormRefusesWhatItCannotCall()
    {
        QFETCH(QString, callbackTo);
        QFETCH(QString, callTo);
        QFETCH(QString, message);
        WebClient web = client();
        QCOMPARE(signIn(web).status, 303);
        const auto r = test::requestCallback(web, callbackTo, callTo);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.text().contains(message), r.body.constData());
        QVERIFY(!r.body.contains("<script>alert")); // what was typed comes back escaped
        QVERIFY(store::CallbackRequestRepository(*m_t->db, m_t->clock).recent().isEmpty());
        QVERIFY(m_started.isEmpty());
    }

    void callbackNeedsCreditAndRespectsAntiRepeat()
    {
        WebClient web = client();
        QCOMPARE(signIn(web).status, 303);
        const auto ask = [&] {
            return test::requestCallback(web, QStringLiteral("+447700900123"),
                                         QStringLiteral("+12025550147"));
        };
        QCOMPARE(ask().status, 303);
        const auto again = ask();
        QCOMPARE(again.status, 422);
        QVERIFY(again.text().contains(QStringLiteral("already in progress")));
        // A balance that cannot pay for a minute of talk: refused before any call.
        const auto a = account(QStringLiteral("1001"));
        billing::CreditManager(*m_t->db, m_t->clock)
            .adjust(a.id, core::Money::fromMicros(10'000) - a.balance, store::LedgerReason::Adjustment,
                    QStringLiteral("test"), QStringLiteral("test"));
        store::CallbackRequestRepository(*m_t->db, m_t->clock)
            .setState(store::CallbackRequestRepository(*m_t->db, m_t->clock).recent().first().id,
                      store::RequestState::Completed);
        m_t->clock.advance(120'000);
        const auto poor = ask();
        QCOMPARE(poor.status, 422);
        QVERIFY(poor.text().contains(QStringLiteral("balance is too low")));
        QCOMPARE(store::CallbackRequestRepository(*m_t->db, m_t->clock).recent().size(), 1);
        QCOMPARE(m_started.size(), 1);
        // The portal words it its own way; the rule is every trigger's.
        const auto sms = triggers::SmsTrigger(*m_t->db, m_t->clock)
                             .handle(QStringLiteral("+447700900123"), QStringLiteral("1001 +12025550147"),
                                     QStringLiteral("sip:test"));
        QVERIFY(sms.outcome.why == callback::RequestOutcome::Why::TooLittle);
        QCOMPARE(store::CallbackRequestRepository(*m_t->db, m_t->clock).recent().size(), 1);
    }

    void historyShowsEachCallWithItsCost()
    {
        const auto a = account(QStringLiteral("1001"));
        store::CdrRepository cdrs(*m_t->db, m_t->clock);
        const auto callId = cdrs.openCall(a.id, std::nullopt);
        const auto legA = cdrs.openLeg(callId, u'A', QStringLiteral("447700900123"), std::nullopt, {});
        cdrs.legAnswered(legA);
        const auto legB = cdrs.openLeg(callId, u'B', QStringLiteral("12025550147"), std::nullopt, {});
        cdrs.legAnswered(legB);
        m_t->clock.advance(125'000);
        cdrs.closeLeg(legB, 200, QStringLiteral("BYE"));
        cdrs.closeLeg(legA, 200, QStringLiteral("BYE"));
        const auto bill =
            callback::CallBilling(*m_t->db, m_t->clock).bill(callId, store::CallState::Completed, {});
        QVERIFY(bill.sell > core::Money());

        WebClient web = client();
        QCOMPARE(signIn(web).status, 303);
        const auto r = web.get(QStringLiteral("/history"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.text().contains(QStringLiteral("+12025550147")));
        QVERIFY(r.text().contains(QStringLiteral("2:05")));
        QVERIFY2(r.text().contains(bill.sell.format(QStringLiteral("USD"))), r.body.constData());
        // Another subscriber sees none of it.
        WebClient other = client();
        QCOMPARE(signIn(other, QStringLiteral("demo1002")).status, 303);
        QVERIFY(other.get(QStringLiteral("/history")).text().contains(QStringLiteral("No calls yet")));
    }

    void historyShowsTheDestinationAskedForWhenLegAFailed()
    {
        // The subscriber's phone was busy: no leg B was ever dialled.
        const auto a = account(QStringLiteral("1001"));
        store::CallbackRequest request;
        request.accountId = a.id;
        request.trigger = store::TriggerKind::Web;
        request.source = QStringLiteral("web:127.0.0.1");
        request.callbackNumber = core::PhoneNumber::fromE164(QStringLiteral("447700900123"));
        request.destination = core::PhoneNumber::fromE164(QStringLiteral("12025550147"));
        const auto requestId = store::CallbackRequestRepository(*m_t->db, m_t->clock).insert(request);
        store::CdrRepository cdrs(*m_t->db, m_t->clock);
        const auto callId = cdrs.openCall(a.id, requestId);
        const auto legA = cdrs.openLeg(callId, u'A', QStringLiteral("447700900123"), std::nullopt, {});
        m_t->clock.advance(3'000);
        cdrs.closeLeg(legA, 486, QStringLiteral("Busy Here"));
        callback::CallBilling(*m_t->db, m_t->clock).bill(callId, store::CallState::Failed, {});

        WebClient web = client();
        QCOMPARE(signIn(web).status, 303);
        const QString html = web.get(QStringLiteral("/history")).text();
        QVERIFY2(html.contains(QStringLiteral("<td data-label=\"Destination\">+12025550147</td>")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("Not connected")));
        QVERIFY(!html.contains(QStringLiteral("(none)")));
    }

    void topUpWithAChargeUpCard()
    {
        const auto batch = cards(store::CardKind::ChargeUp, 1);
        WebClient web = client();
        QCOMPARE(signIn(web).status, 303);
        const auto form = web.get(QStringLiteral("/topup"));
        QCOMPARE(form.status, 200);
        const auto bad =
            web.submit(form, QStringLiteral("/topup"), {{QStringLiteral("pin"), QStringLiteral("12345")}});
        QCOMPARE(bad.status, 422);
        QCOMPARE(account(QStringLiteral("1001")).balance, core::Money::fromUnits(25));
        const auto ok =
            web.submit(form, QStringLiteral("/topup"), {{QStringLiteral("pin"), batch.cards[0].pin}});
        QCOMPARE(ok.status, 200);
        QVERIFY2(ok.text().contains(QStringLiteral("Your balance is now $35.00")), ok.body.constData());
        QCOMPARE(account(QStringLiteral("1001")).balance, core::Money::fromUnits(35));
        const auto twice =
            web.submit(form, QStringLiteral("/topup"), {{QStringLiteral("pin"), batch.cards[0].pin}});
        QCOMPARE(twice.status, 422);
        QVERIFY(twice.text().contains(QStringLiteral("already been used")));
        QVERIFY(store::LedgerRepository(*m_t->db, m_t->clock).findMismatches().isEmpty());
    }

    void activateAPrepaidCallingCard()
    {
        const auto batch = cards(store::CardKind::Ppcc, 2);
        WebClient web = client();
        const auto form = web.get(QStringLiteral("/activate"));
        QCOMPARE(form.status, 200);
        const auto activate = [&](const QString& serial, const QString& pin) {
            return web.submit(form, QStringLiteral("/activate"),
                              {{QStringLiteral("serial"), serial}, {QStringLiteral("pin"), pin}});
        };
        const auto mismatch = activate(batch.cards[1].serial, batch.cards[0].pin);
        QCOMPARE(mismatch.status, 422);
        const auto noToken =
            web.post(QStringLiteral("/activate"), {{QStringLiteral("serial"), batch.cards[0].serial},
                                                   {QStringLiteral("pin"), batch.cards[0].pin}});
        QCOMPARE(noToken.status, 403);
        const auto ok = activate(batch.cards[0].serial, batch.cards[0].pin);
        QCOMPARE(ok.status, 200);
        static const QRegularExpression memberId(QStringLiteral("id=\"member-id\">([^<]+)<"));
        const QString member = memberId.match(ok.text()).captured(1);
        QVERIFY2(!member.isEmpty(), ok.body.constData());
        QVERIFY(ok.text().contains(QStringLiteral("$10.00")));
        // The new account signs in with the card PIN as its password.
        WebClient owner = client();
        QCOMPARE(signIn(owner, member, batch.cards[0].pin).status, 303);
        QVERIFY(owner.get(QStringLiteral("/dashboard")).text().contains(QStringLiteral("$10.00")));
    }

    void changeThePassword()
    {
        WebClient web = client();
        QCOMPARE(signIn(web).status, 303);
        WebClient elsewhere = client();
        QCOMPARE(signIn(elsewhere).status, 303);
        const auto form = web.get(QStringLiteral("/password"));
        const auto change = [&](const QString& current, const QString& fresh, const QString& confirm) {
            return web.submit(form, QStringLiteral("/password"),
                              {{QStringLiteral("current"), current},
                               {QStringLiteral("new"), fresh},
                               {QStringLiteral("confirm"), confirm}});
        };
        QCOMPARE(change(QStringLiteral("not it"), QStringLiteral("new password 1"),
                        QStringLiteral("new password 1"))
                     .status,
                 422);
        QCOMPARE(
            change(demo::DemoData::demoPassword(), QStringLiteral("short"), QStringLiteral("short")).status,
            422);
        QCOMPARE(change(demo::DemoData::demoPassword(), QStringLiteral("new password 1"),
                        QStringLiteral("new password 2"))
                     .status,
                 422);
        QCOMPARE(change(demo::DemoData::demoPassword(), QStringLiteral("new password 1"),
                        QStringLiteral("new password 1"))
                     .status,
                 200);
        QCOMPARE(web.get(QStringLiteral("/dashboard")).status, 200);       // this session goes on
        QCOMPARE(web.get(QStringLiteral("/password")).status, 200);        // and its page still has its token
        QCOMPARE(elsewhere.get(QStringLiteral("/dashboard")).status, 303); // the others end
        WebClient fresh = client();
        QCOMPARE(signIn(fresh).status, 401);
        QCOMPARE(signIn(fresh, QStringLiteral("demo1001"), QStringLiteral("new password 1")).status, 303);
    }

    void guessingTheCurrentPasswordLocksOut()
    {
        WebClient web = client();
        QCOMPARE(signIn(web).status, 303);
        const auto form = web.get(QStringLiteral("/password"));
        const auto guess = [&](const QString& current) {
            return web.submit(form, QStringLiteral("/password"),
                              {{QStringLiteral("current"), current},
                               {QStringLiteral("new"), QStringLiteral("taken over!")},
                               {QStringLiteral("confirm"), QStringLiteral("taken over!")}});
        };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(guess(QStringLiteral("guess %1").arg(i)).status, 422);
        QCOMPARE(guess(demo::DemoData::demoPassword()).status, 429); // even the right one, for now
        WebClient fresh = client();
        QCOMPARE(signIn(fresh, QStringLiteral("demo1001"), QStringLiteral("taken over!")).status, 429);
    }

    void hugeBodiesAreRefusedBeforeTheyAreRead()
    {
        // What a client claims and what it streams are both capped on the
        // socket, before Qt would hold the body in memory.
        const auto exchange = [&](const QByteArray& head, qint64 bodyBytes) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_t->server.port());
            if (!socket.waitForConnected(5'000))
                return QByteArray();
            socket.write(head);
            const QByteArray chunk(8 * 1024, 'a');
            QByteArray answer;
            for (qint64 sent = 0; sent < bodyBytes && socket.state() == QAbstractSocket::ConnectedState;
                 sent += chunk.size()) {
                socket.write(chunk);
                socket.waitForBytesWritten(1'000);
                QTest::qWait(1); // the server runs on this thread
                answer += socket.readAll();
            }
            QDeadlineTimer deadline(10'000);
            while (!answer.contains("\r\n\r\n") && socket.state() == QAbstractSocket::ConnectedState &&
                   !deadline.hasExpired()) {
                QTest::qWait(10);
                answer += socket.readAll();
            }
            return answer + socket.readAll();
        };
        const QByteArray claimed = exchange("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                            "Content-Type: application/x-www-form-urlencoded\r\n"
                                            "Content-Length: 2000000000\r\n\r\n",
                                            64 * 1024);
        QVERIFY2(claimed.startsWith("HTTP/1.1 413"), claimed.left(200).constData());
        const QByteArray streamed = exchange("POST /api/v1/callbacks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                             "Transfer-Encoding: chunked\r\n\r\n",
                                             2 * 1024 * 1024);
        QVERIFY2(streamed.startsWith("HTTP/1.1 413"), streamed.left(200).constData());
        QVERIFY(streamed.contains("body_too_large"));
        // The server is fine and answers the next request.
        QCOMPARE(client().get(QStringLiteral("/login")).status, 200);
    }

    void aFailingHandlerIsA500NotACrash()
    {
        class Broken : public web::HttpHandler
        {
        public:
            std::optional<web::HttpReply> handle(const web::HttpRequest&) override
            {
                throw std::runtime_error("database is locked");
            }
        } broken;
        web::WebServer server;
        QCOMPARE(test::serveOnLoopback(server, broken), QString());
        WebClient web(server.port());
        QCOMPARE(web.get(QStringLiteral("/dashboard")).status, 500);
        const auto api = web.get(QStringLiteral("/api/v1/accounts/1001/balance"));
        QCOMPARE(api.status, 500);
        QVERIFY(api.text().contains(QStringLiteral("\"internal_error\"")));
        QVERIFY(!api.text().contains(QStringLiteral("locked"))); // no internals shown
    }

    void tlsWhenACertificateIsConfigured()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString certificate = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.setStandardOutputFile(QProcess::nullDevice());
        openssl.setStandardErrorFile(QProcess::nullDevice());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), certificate, QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60'000) && openssl.exitCode() == 0);
        web::WebServer::Config config;
        config.port = 0;
        config.certificateFile = certificate;
        config.keyFile = dir.filePath(QStringLiteral("missing.pem"));
        web::WebServer broken;
        QVERIFY(broken.start(config).contains(QStringLiteral("missing.pem")));
        config.keyFile = key;
        web::WebServer tls;
        tls.addHandler(m_t->portal.get());
        QCOMPARE(tls.start(config), QString());
        QVERIFY(tls.secure());

        QNetworkAccessManager manager;
        QNetworkReply* reply =
            manager.get(QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/login").arg(tls.port()))));
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [reply] { reply->ignoreSslErrors(); }); // self-signed
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15'000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->rawHeader("Set-Cookie").contains("; Secure"));
        QVERIFY(reply->rawHeader("Strict-Transport-Security").startsWith("max-age="));
        reply->deleteLater();
        // Plain HTTP to the TLS port gets no page.
        WebClient plain(tls.port());
        QVERIFY(plain.get(QStringLiteral("/login")).status != 200);
    }

    void oneSourceIsSlowedDown()
    {
        store::SettingsRepository settings(*m_t->db);
        settings.setValue(QStringLiteral("web.rate_per_second"), QStringLiteral("1"));
        settings.setValue(QStringLiteral("web.burst"), QStringLiteral("5"));
        web::WebPortal portal(*m_t->db, m_t->clock); // reads the limits when made
        web::WebServer server;
        QCOMPARE(test::serveOnLoopback(server, portal), QString());
        WebClient web(server.port());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(web.get(QStringLiteral("/login")).status, 200);
        const auto slowed = web.get(QStringLiteral("/login"));
        QCOMPARE(slowed.status, 429);
        QCOMPARE(slowed.header("retry-after"), QByteArray("1"));
        m_t->clock.advance(1'000); // the bucket refills at 1 a second
        QCOMPARE(web.get(QStringLiteral("/login")).status, 200);
    }

    void wrongMethodsAndBigBodies()
    {
        WebClient web = client();
        QCOMPARE(signIn(web).status, 303);
        QCOMPARE(web.get(QStringLiteral("/callback")).status, 405);
        QCOMPARE(web.send("DELETE", QStringLiteral("/topup"), {}, {}).status, 405);
        const auto big = web.send("POST", QStringLiteral("/login"), QByteArray(64 * 1024, 'a'),
                                  "application/x-www-form-urlencoded");
        QCOMPARE(big.status, 413);
        QVERIFY(!big.header("content-security-policy").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebPortal)
#include "TestWebPortal.moc"
