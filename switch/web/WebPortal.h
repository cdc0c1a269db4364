#pragma once

#include "core/Clock.h"
#include "store/Account.h"
#include "web/Http.h"
#include "web/HttpRateLimit.h"
#include "web/PageTemplate.h"
#include "web/PortalSessions.h"

#include <QCoreApplication>
#include <optional>

namespace rebound::store {
class Database;
}
namespace rebound::billing {
class RateCache;
}
namespace rebound::cards {
struct RedeemResult;
}
namespace rebound::callback {
class AdmittedRequests;
enum class PublicStatus;
struct RequestOutcome;
} // namespace rebound::callback

namespace rebound::web {

// The subscriber's web self-service, server-rendered: sign in with member id
// and password; balance; ask for a callback (Call-Back-To, Call-To) and watch
// it; call history with costs; top up with a charge-up card; activate a
// prepaid calling card; change the password; sign out.
//
// Sessions are PortalSessions (in memory, a cookie each, ended when idle);
// settings are read when the portal is made (the switch starts). Every POST
// carries the session's CSRF token; every change is a POST. Sign-in failures
// lock out the member id and the source address for a while (SignInLockout)
// with one message for every failure.
// Each source address may make web.rate_per_second requests a second
// (default 20, bursts of web.burst, default 60); beyond that, 429.
//
// Each page is in the visitor's language (en, es, fr): a signed-in
// subscriber's own (accounts.language), else the `lang` cookie the page's
// language switcher sets, else the browser's Accept-Language, else English.
// The switcher, used while signed in, also changes the account's language
// (audited), so SMS replies and the IVR follow it. Texts are looked up per
// request (core::Languages::translate) in the context "WebPortal", never
// through the process's translator, which follows the server's locale.
//
// One file per concern: WebPortal.cpp (routing, the page frame, the
// language), PortalSignIn.cpp (sign-in, sign-out, password),
// PortalCallbacks.cpp (the account page, asking for a callback, its status
// page, history), PortalCards.cpp (top-up, card activation).
class WebPortal : public HttpHandler
{
    // Names the translation context "WebPortal" for lupdate; the texts are
    // marked QT_TR_NOOP and looked up with Context::text, not with tr().
    Q_DECLARE_TR_FUNCTIONS(WebPortal)

public:
    // `rates` may be the switch's shared cache; when null the portal keeps its own.
    WebPortal(const store::Database& db, const core::Clock& clock, billing::RateCache* rates = nullptr);
    ~WebPortal() override;

    std::optional<HttpReply> handle(const HttpRequest& request) override;

    // Where the callback requests the portal admits are announced, so the
    // switch starts calling (callback::Admission); null: nowhere.
    void admitInto(callback::AdmittedRequests* admitted) { m_admitted = admitted; }

    static constexpr const char* LanguageCookieName = "lang";

private:
    using Session = PortalSessions::Session;
    struct Context
    {
        const HttpRequest& request;
        Session* session = nullptr; // null when none or expired
        bool expired = false;       // a session cookie came but its session had ended
        std::optional<store::Account> account;
        QString language = QStringLiteral("en"); // a supported language: what this reply is written in

        // A portal text in this request's language. Pass a literal marked
        // QT_TR_NOOP (QT_TR_N_NOOP with n for %n), so lupdate finds it.
        QString text(const char* source, int n = -1) const;
    };

    std::optional<HttpReply> route(Context& c);
    std::optional<HttpReply> routeSignedIn(Context& c, bool get, bool post);
    HttpReply methodNotAllowed(Context& c);
    HttpReply page(Context& c, const QString& title, const QString& content, const QString& flash = {},
                   bool error = true, int status = 200);
    HttpReply loginPage(Context& c, const QString& flash = {}, const QString& member = {}, int status = 200);
    HttpReply login(Context& c);
    HttpReply logout(Context& c);
    HttpReply dashboard(Context& c, const QString& flash = {}, bool error = true,
                        const QString& callbackTo = {}, const QString& callTo = {}, int status = 200);
    HttpReply requestCallback(Context& c);
    std::optional<HttpReply> requestPage(Context& c, const QString& id, bool json);
    static QString statusLabel(const Context& c,
                               callback::PublicStatus status); // "Calling you": the step's name
    // A callback the admission refused or ignored, in the portal's words:
    // the reasons a subscriber can act on said its own way, the rest as
    // callback::Admission words them.
    static QString refusal(const Context& c, const callback::RequestOutcome& outcome,
                           const core::PhoneNumber& callback, const core::PhoneNumber& destination);
    HttpReply history(Context& c);
    HttpReply topUpPage(Context& c, const QString& flash = {}, bool error = true, int status = 200);
    HttpReply topUp(Context& c);
    HttpReply activatePage(Context& c, const QString& flash = {}, const QString& serial = {},
                           int status = 200);
    HttpReply activate(Context& c);
    HttpReply passwordPage(Context& c, const QString& flash = {}, bool error = true, int status = 200);
    HttpReply changePassword(Context& c);
    static HttpReply staticFile(const QString& name, const QByteArray& type);
    HttpReply chooseLanguage(Context& c);
    QString languageSwitcher(const Context& c) const;
    static QString redeemMessage(const Context& c, const cards::RedeemResult& result, bool withSerial);

    Session& anySession(Context& c); // the request's session, or a new signed-out one
    static HttpReply withCookie(HttpReply reply, const Session& session, const Context& c);
    static bool csrfOk(const Context& c);
    QString money(const Context& c, core::Money amount) const; // in the reply's language

    const store::Database& m_db;
    const core::Clock& m_clock;
    billing::RateCache* m_rates;
    std::unique_ptr<billing::RateCache> m_ownRates;
    callback::AdmittedRequests* m_admitted = nullptr;
    PortalSessions m_sessions;
    HttpRateLimit m_limit;
    QString m_currency;
    QString m_brand; // reseller.name
};

} // namespace rebound::web
