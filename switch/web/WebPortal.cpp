// The portal's frame: who is asking (session, account, language), the
// routes, the page every reply is laid out in, and the language switcher.
// The pages themselves are in PortalSignIn, PortalCallbacks and PortalCards.

#include "web/WebPortal.h"

#include "accounts/AccountService.h"
#include "billing/RateCache.h"
#include "core/Languages.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QLocale>
#include <QRegularExpression>

namespace rebound::web {

namespace {

// Where the language switcher goes back to: the page it was on, when that is
// a portal page one can GET; else the start, which sends on by sign-in state.
// Never another site.
QString pageToReturnTo(const QString& path)
{
    static const QStringList pages{QStringLiteral("/login"),     QStringLiteral("/activate"),
                                   QStringLiteral("/dashboard"), QStringLiteral("/history"),
                                   QStringLiteral("/topup"),     QStringLiteral("/password")};
    static const QRegularExpression request(QStringLiteral(R"(^/request/\d{1,18}$)"));
    return pages.contains(path) || request.match(path).hasMatch() ? path : QStringLiteral("/");
}

} // namespace

WebPortal::WebPortal(const store::Database& db, const core::Clock& clock, billing::RateCache* rates)
    : m_db(db)
    , m_clock(clock)
    , m_rates(rates)
    , m_sessions(db, clock)
    , m_limit(db, QStringLiteral("web."), 20, 60)
{
    // Read once, like the rate limits: a request should not cost a settings
    // query for each amount it shows.
    const store::SettingsRepository settings(db);
    m_currency = settings.currency();
    m_brand = settings.value(QStringLiteral("reseller.name"), QStringLiteral("Rebound"));
    if (!m_rates) {
        m_ownRates = std::make_unique<billing::RateCache>(db, clock);
        m_rates = m_ownRates.get();
    }
}

WebPortal::~WebPortal() = default;

QString WebPortal::money(const Context& c, core::Money amount) const
{
    return amount.format(m_currency, QLocale(c.language));
}

QString WebPortal::Context::text(const char* source, int n) const
{
    return core::Languages::translate(language, "WebPortal", source, nullptr, n);
}

WebPortal::Session& WebPortal::anySession(Context& c)
{
    if (!c.session)
        c.session = &m_sessions.open(std::nullopt); // signed out: one for the form's CSRF token
    return *c.session;
}

HttpReply WebPortal::withCookie(HttpReply reply, const Session& session, const Context& c)
{
    reply.header("Set-Cookie", PortalSessions::cookie(session, c.request.secure));
    return reply;
}

bool WebPortal::csrfOk(const Context& c)
{
    return PortalSessions::tokenMatches(c.session, c.request.field(QStringLiteral("csrf")).toLatin1());
}

std::optional<HttpReply> WebPortal::handle(const HttpRequest& request)
{
    const QString& path = request.path;
    if (path.startsWith(QLatin1String("/api/")) || path == QLatin1String("/sms"))
        return std::nullopt;
    Context c{request, nullptr, false, std::nullopt};
    // Before sign-in: the switcher's cookie, else the browser's languages.
    c.language = core::Languages::match(request.cookie(QString::fromLatin1(LanguageCookieName)));
    if (c.language.isEmpty())
        c.language =
            core::Languages::fromAcceptLanguage(QString::fromLatin1(request.header("accept-language")));
    if (!m_limit.allow(request.source(), m_clock.nowMs())) {
        HttpReply slow =
            HttpReply::text(c.text(QT_TR_NOOP("Too many requests from your address; wait a moment.")), 429);
        slow.header("Retry-After", m_limit.retryAfter());
        return slow;
    }
    c.session = m_sessions.resume(request.cookie(QString::fromLatin1(PortalSessions::CookieName)).toLatin1(),
                                  c.expired);
    try {
        if (c.session && c.session->accountId) {
            c.account = store::AccountRepository(m_db, m_clock).findById(*c.session->accountId);
            if (!c.account || c.account->status != store::AccountStatus::Active) {
                m_sessions.close(c.session->id);
                c.session = nullptr;
                c.account.reset();
            }
        }
        // Signed in: the subscriber's own language, when Rebound speaks it.
        if (c.account) {
            if (const QString own = core::Languages::match(c.account->language); !own.isEmpty())
                c.language = own;
        }
        std::optional<HttpReply> reply = route(c);
        // Pages and messages, not the CSS or script, are in the chosen language.
        if (const QByteArray type = reply ? reply->headerValue("Content-Type") : QByteArray();
            type.startsWith("text/html") || type.startsWith("text/plain")) {
            reply->header("Content-Language", c.language.toLatin1());
            reply->header("Vary", "Accept-Language, Cookie");
        }
        return reply;
    } catch (const store::StoreError& error) {
        store::AuditLog(m_db, m_clock)
            .record(QStringLiteral("web"), QStringLiteral("web.error"), QStringLiteral("path"), path,
                    error.message(), request.source());
        return HttpReply::text(
            c.text(QT_TR_NOOP("Something went wrong on our side. Please try again in a moment.")), 500);
    }
}

std::optional<HttpReply> WebPortal::route(Context& c)
{
    const QString& path = c.request.path;
    const QByteArray& method = c.request.method;
    const bool get = method == "GET" || method == "HEAD";
    const bool post = method == "POST";

    if (path == QLatin1String("/static/portal.css"))
        return staticFile(QStringLiteral("portal.css"), "text/css; charset=utf-8");
    if (path == QLatin1String("/static/status.js"))
        return staticFile(QStringLiteral("status.js"), "text/javascript; charset=utf-8");
    if (path == QLatin1String("/static/rebound.svg") || path == QLatin1String("/favicon.ico"))
        return staticFile(QStringLiteral("rebound.svg"), "image/svg+xml");

    // Pages for everyone.
    if (path == QLatin1String("/login")) {
        if (get)
            return c.account ? HttpReply::redirect(QStringLiteral("/dashboard")) : loginPage(c);
        if (post)
            return login(c);
    } else if (path == QLatin1String("/activate")) {
        if (get)
            return activatePage(c);
        if (post)
            return activate(c);
    } else if (path == QLatin1String("/language")) {
        if (post)
            return chooseLanguage(c);
    } else if (path == QLatin1String("/")) {
        if (get)
            return HttpReply::redirect(c.account ? QStringLiteral("/dashboard") : QStringLiteral("/login"));
    } else {
        return routeSignedIn(c, get, post);
    }
    return methodNotAllowed(c);
}

// The pages behind the sign-in; nullopt for a path that is none of them (404).
std::optional<HttpReply> WebPortal::routeSignedIn(Context& c, bool get, bool post)
{
    const QString& path = c.request.path;
    static const QStringList signedIn{QStringLiteral("/dashboard"), QStringLiteral("/callback"),
                                      QStringLiteral("/history"),   QStringLiteral("/topup"),
                                      QStringLiteral("/password"),  QStringLiteral("/logout")};
    const bool requestPath = path.startsWith(QLatin1String("/request/"));
    if (!signedIn.contains(path) && !requestPath)
        return std::nullopt; // 404 from the server
    if (!c.account) {
        if (path.endsWith(QLatin1String("/status")))
            return HttpReply::json({{QStringLiteral("error"), QStringLiteral("signed_out")}}, 401);
        return HttpReply::redirect(c.expired ? QStringLiteral("/login?expired=1") : QStringLiteral("/login"));
    }
    if (post && !csrfOk(c)) {
        store::AuditLog(m_db, m_clock)
            .record(QStringLiteral("web"), QStringLiteral("web.csrf_refused"), QStringLiteral("path"), path,
                    c.account->accountCode, c.request.source());
        return page(c, c.text(QT_TR_NOOP("Please try again")),
                    QStringLiteral("<p><a href=\"/dashboard\">%1</a></p>")
                        .arg(htmlEscape(c.text(QT_TR_NOOP("Back")))),
                    c.text(QT_TR_NOOP(
                        "This form was out of date or did not come from this site. Nothing was changed.")),
                    true, 403);
    }
    if (requestPath) {
        static const QRegularExpression shape(QStringLiteral(R"(^/request/(\d{1,18})(/status)?$)"));
        const auto match = shape.match(path);
        if (!match.hasMatch() || !get)
            return std::nullopt;
        return requestPage(c, match.captured(1), !match.captured(2).isEmpty());
    }
    if (path == QLatin1String("/dashboard") && get)
        return dashboard(c);
    if (path == QLatin1String("/callback") && post)
        return requestCallback(c);
    if (path == QLatin1String("/history") && get)
        return history(c);
    if (path == QLatin1String("/topup"))
        return get    ? topUpPage(c)
               : post ? topUp(c)
                      : HttpReply::text(c.text(QT_TR_NOOP("Method not allowed.")), 405);
    if (path == QLatin1String("/password"))
        return get    ? passwordPage(c)
               : post ? changePassword(c)
                      : HttpReply::text(c.text(QT_TR_NOOP("Method not allowed.")), 405);
    if (path == QLatin1String("/logout") && post)
        return logout(c);
    return methodNotAllowed(c);
}

HttpReply WebPortal::methodNotAllowed(Context& c)
{
    const QString& path = c.request.path;
    HttpReply reply = HttpReply::text(c.text(QT_TR_NOOP("Method not allowed.")), 405);
    reply.header("Allow", path == QLatin1String("/callback") || path == QLatin1String("/logout") ||
                                  path == QLatin1String("/language")
                              ? "POST"
                              : "GET, POST");
    return reply;
}

HttpReply WebPortal::staticFile(const QString& name, const QByteArray& type)
{
    HttpReply reply;
    reply.body = PageTemplate::resource(name);
    reply.header("Content-Type", type);
    reply.header("Cache-Control", "public, max-age=3600");
    return reply;
}

HttpReply WebPortal::page(Context& c, const QString& title, const QString& content, const QString& flash,
                          bool error, int status)
{
    QString nav;
    if (c.account && c.session)
        nav = PageTemplate::render(QStringLiteral("nav"),
                                   {{QStringLiteral("home"), c.text(QT_TR_NOOP("Home"))},
                                    {QStringLiteral("history"), c.text(QT_TR_NOOP("Calls"))},
                                    {QStringLiteral("topup"), c.text(QT_TR_NOOP("Top up"))},
                                    {QStringLiteral("password"), c.text(QT_TR_NOOP("Password"))},
                                    {QStringLiteral("logout"), c.text(QT_TR_NOOP("Sign out"))},
                                    {QStringLiteral("csrf"), QString::fromLatin1(c.session->csrf)}});
    const QString flashHtml =
        flash.isEmpty() ? QString()
                        : QStringLiteral("<p class=\"flash %1\" role=\"alert\">%2</p>")
                              .arg(error ? QStringLiteral("error") : QStringLiteral("ok"), htmlEscape(flash));
    const QString html =
        PageTemplate::render(QStringLiteral("layout"), {{QStringLiteral("lang"), c.language},
                                                        {QStringLiteral("title"), title},
                                                        {QStringLiteral("brand"), m_brand},
                                                        {QStringLiteral("nav"), nav},
                                                        {QStringLiteral("languages"), languageSwitcher(c)},
                                                        {QStringLiteral("flash"), flashHtml},
                                                        {QStringLiteral("content"), content}});
    return HttpReply::html(html, status);
}

// ---------------------------------------------------------------- language

HttpReply WebPortal::chooseLanguage(Context& c)
{
    const QString chosen = core::Languages::match(c.request.field(QStringLiteral("lang")));
    const QString next = pageToReturnTo(c.request.field(QStringLiteral("next")));
    if (chosen.isEmpty())
        return HttpReply::redirect(next);
    if (c.account) {
        // Signed in, the choice is the account's: SMS replies and the IVR
        // follow it too. A change of the account, so it needs the form's token.
        if (!csrfOk(c)) {
            store::AuditLog(m_db, m_clock)
                .record(QStringLiteral("web"), QStringLiteral("web.csrf_refused"), QStringLiteral("path"),
                        c.request.path, c.account->accountCode, c.request.source());
            return HttpReply::redirect(next);
        }
        if (c.account->language != chosen) {
            accounts::AccountService service(m_db, m_clock);
            accounts::AccountForm form = service.formFor(*c.account);
            form.language = chosen;
            try {
                c.account =
                    service.update(c.account->id, form, QStringLiteral("web:") + c.account->accountCode);
            } catch (const accounts::ValidationError& error) {
                return dashboard(c, error.message(), true, {}, {}, 422);
            }
        }
    }
    // Kept after signing out too. Only the language's code: nothing secret.
    QByteArray cookie =
        QByteArray(LanguageCookieName) + '=' + chosen.toLatin1() + "; Path=/; Max-Age=31536000; SameSite=Lax";
    if (c.request.secure)
        cookie += "; Secure";
    HttpReply reply = HttpReply::redirect(next);
    reply.header("Set-Cookie", cookie);
    return reply;
}

QString WebPortal::languageSwitcher(const Context& c) const
{
    QString buttons;
    for (const QString& language : core::Languages::supported()) {
        const bool current = language == c.language;
        buttons +=
            QStringLiteral("<button type=\"submit\" name=\"lang\" value=\"%1\" lang=\"%1\"%2>%3</button>")
                .arg(language, current ? QStringLiteral(" aria-current=\"true\" disabled") : QString(),
                     htmlEscape(core::Languages::nativeName(language)));
    }
    return PageTemplate::render(
        QStringLiteral("languages"),
        {{QStringLiteral("label"), c.text(QT_TR_NOOP("Language"))},
         {QStringLiteral("csrf"), c.session ? QString::fromLatin1(c.session->csrf) : QString()},
         {QStringLiteral("next"), pageToReturnTo(c.request.path)},
         {QStringLiteral("buttons"), buttons}});
}

} // namespace rebound::web
