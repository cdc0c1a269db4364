#include "web/WebPortal.h"

#include "accounts/AccountService.h"
#include "billing/CreditManager.h"
#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "callback/Admission.h"
#include "callback/PublicStatus.h"
#include "cards/AttemptLimiter.h"
#include "cards/CardService.h"
#include "core/Languages.h"
#include "core/PasswordHash.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace rebound::web {

namespace {

constexpr int MaxSessions = 10'000;
constexpr int MinPasswordLength = 8;

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool sameToken(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

int settingInt(const store::SettingsRepository& settings, const char* key, int fallback)
{
    bool ok = false;
    const int value = settings.value(QString::fromLatin1(key)).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

cards::AttemptLimiter::Policy loginPolicy(const store::Database& db)
{
    const store::SettingsRepository settings(db);
    cards::AttemptLimiter::Policy policy;
    policy.maxFailures = settingInt(settings, "web.login_max_failures", 5);
    policy.windowMs = std::int64_t(settingInt(settings, "web.login_window_minutes", 15)) * 60'000;
    policy.lockMs = std::int64_t(settingInt(settings, "web.login_lockout_minutes", 15)) * 60'000;
    return policy;
}

using callback::PublicStatus;

constexpr PublicStatus Steps[] = {PublicStatus::CallingYou, PublicStatus::CallingDestination,
                                  PublicStatus::Connected, PublicStatus::Finished};

// A step of the status page against where the request has got to.
QString stepClass(PublicStatus step, PublicStatus reached)
{
    return step < reached ? QStringLiteral("done") : step == reached ? QStringLiteral("now") : QString();
}

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
    , m_limit(db, QStringLiteral("web."), 20, 60)
{
    // Read once, like the rate limits: a request should not cost a settings
    // query for each amount it shows.
    const store::SettingsRepository settings(db);
    m_idleMs = std::int64_t(settingInt(settings, "web.session_idle_minutes", 30)) * 60'000;
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

void WebPortal::prune()
{
    const std::int64_t now = m_clock.nowMs();
    if (now - m_lastPruneMs < 60'000 && m_sessions.size() < MaxSessions)
        return;
    m_lastPruneMs = now;
    const std::int64_t idle = m_idleMs;
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        if (now - it->lastSeenMs > idle || now - it->createdMs > MaxSessionMs)
            it = m_sessions.erase(it);
        else
            ++it;
    // Still full: sign-in pages fetched and never used go first.
    for (auto it = m_sessions.begin(); m_sessions.size() >= MaxSessions && it != m_sessions.end();)
        if (!it->accountId)
            it = m_sessions.erase(it);
        else
            ++it;
}

WebPortal::Session& WebPortal::newSession(std::optional<std::int64_t> accountId)
{
    prune();
    Session s;
    s.id = randomToken();
    s.csrf = randomToken();
    s.accountId = accountId;
    s.createdMs = s.lastSeenMs = m_clock.nowMs();
    return *m_sessions.insert(s.id, s);
}

WebPortal::Session& WebPortal::anySession(Context& c)
{
    if (!c.session)
        c.session = &newSession(std::nullopt); // signed out: one for the form's CSRF token
    return *c.session;
}

HttpReply WebPortal::withCookie(HttpReply reply, const Session& session, const Context& c) const
{
    QByteArray cookie = QByteArray(CookieName) + '=' + session.id + "; Path=/; HttpOnly; SameSite=Strict";
    if (c.request.secure)
        cookie += "; Secure";
    reply.header("Set-Cookie", cookie);
    return reply;
}

bool WebPortal::csrfOk(const Context& c) const
{
    return c.session && sameToken(c.session->csrf, c.request.field(QStringLiteral("csrf")).toLatin1());
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
    const QByteArray id = request.cookie(QString::fromLatin1(CookieName)).toLatin1();
    if (!id.isEmpty()) {
        const auto it = m_sessions.find(id);
        const std::int64_t now = m_clock.nowMs();
        if (it != m_sessions.end() && now - it->lastSeenMs <= m_idleMs &&
            now - it->createdMs <= MaxSessionMs) {
            it->lastSeenMs = now;
            c.session = &*it;
        } else {
            if (it != m_sessions.end()) {
                c.expired = it->accountId.has_value();
                m_sessions.erase(it);
            } else {
                c.expired = true;
            }
        }
    }
    try {
        if (c.session && c.session->accountId) {
            c.account = store::AccountRepository(m_db, m_clock).findById(*c.session->accountId);
            if (!c.account || c.account->status != store::AccountStatus::Active) {
                m_sessions.remove(c.session->id);
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

QString WebPortal::redeemMessage(const Context& c, const cards::RedeemResult& result, bool withSerial)
{
    using Error = cards::RedeemResult::Error;
    switch (result.error) {
    case Error::None:
        break;
    case Error::LockedOut:
        return c.text(QT_TR_N_NOOP("Too many failed attempts. Try again in %n minute(s)."),
                      static_cast<int>((result.lockedForMs + 59'999) / 60'000));
    case Error::InvalidPin:
        return c.text(QT_TR_NOOP("That PIN is not valid; check the digits and try again."));
    case Error::Unknown:
        return withSerial ? c.text(QT_TR_NOOP("That serial number and PIN are not of one card that can be "
                                              "used. Check both and try again."))
                          : c.text(QT_TR_NOOP("That PIN does not belong to a card that can be used. Check it "
                                              "and try again."));
    case Error::AlreadyUsed:
        return c.text(QT_TR_NOOP("This card has already been used."));
    case Error::Expired:
        return c.text(QT_TR_NOOP("This card has expired."));
    case Error::Void:
        return c.text(QT_TR_NOOP("This card has been cancelled."));
    case Error::WrongKind:
        return withSerial ? c.text(QT_TR_NOOP("This is a charge-up card: use it to top up an existing "
                                              "account."))
                          : c.text(QT_TR_NOOP("This is a prepaid calling card: activate it to get a new "
                                              "account."));
    case Error::NoAccount:
        return withSerial ? c.text(QT_TR_NOOP("This card cannot open an account. Please contact us."))
                          : c.text(QT_TR_NOOP("This account cannot be topped up; it does not exist or is "
                                              "closed."));
    }
    return result.message;
}

// ------------------------------------------------------------------ sign in

HttpReply WebPortal::loginPage(Context& c, const QString& flash, const QString& member, int status)
{
    Session& session = anySession(c);
    QString message = flash;
    if (message.isEmpty() && c.request.query.hasQueryItem(QStringLiteral("expired")))
        message = c.text(QT_TR_NOOP("Your session has ended. Please sign in again."));
    const QString content = PageTemplate::render(
        QStringLiteral("login"),
        {{QStringLiteral("csrf"), QString::fromLatin1(session.csrf)},
         {QStringLiteral("member_label"), c.text(QT_TR_NOOP("Member ID"))},
         {QStringLiteral("member"), member},
         {QStringLiteral("password_label"), c.text(QT_TR_NOOP("Password"))},
         {QStringLiteral("submit"), c.text(QT_TR_NOOP("Sign in"))},
         {QStringLiteral("activate_link"), c.text(QT_TR_NOOP("Have a prepaid calling card? Activate it"))}});
    return withCookie(page(c, c.text(QT_TR_NOOP("Sign in")), content, message, true, status), session, c);
}

HttpReply WebPortal::login(Context& c)
{
    const QString member = c.request.field(QStringLiteral("member")).trimmed().left(64);
    const QString password = c.request.field(QStringLiteral("password")).left(256);
    if (!csrfOk(c))
        return loginPage(c, c.text(QT_TR_NOOP("The sign-in form had expired. Please try again.")), member,
                         403);
    const QString source = c.request.source();
    cards::AttemptLimiter limiter(m_db, m_clock, loginPolicy(m_db));
    const QString accountKey = QStringLiteral("login:member:") + member.toLower();
    const QString sourceKey = QStringLiteral("login:") + source;
    const std::int64_t locked = std::max(limiter.lockedFor(accountKey), limiter.lockedFor(sourceKey));
    if (locked > 0) {
        store::AuditLog(m_db, m_clock)
            .record(QStringLiteral("web"), QStringLiteral("web.login_locked"), QStringLiteral("member"),
                    member, QString(), source);
        return loginPage(c,
                         c.text(QT_TR_N_NOOP("Too many failed sign-ins. Try again in %n minute(s)."),
                                static_cast<int>((locked + 59'999) / 60'000)),
                         member, 429);
    }
    const auto account =
        member.isEmpty() ? std::nullopt : store::AccountRepository(m_db, m_clock).findByMemberId(member);
    // The same work whether or not the member exists, so timing tells nothing.
    static const QString decoy = core::PasswordHash::hash(QStringLiteral("decoy password"));
    const bool passwordOk = core::PasswordHash::verify(
        password, account && !account->passwordHash.isEmpty() ? account->passwordHash : decoy);
    if (!account || !passwordOk || password.isEmpty() || account->status != store::AccountStatus::Active) {
        limiter.recordFailure(accountKey);
        limiter.recordFailure(sourceKey);
        store::AuditLog(m_db, m_clock)
            .record(QStringLiteral("web"), QStringLiteral("web.login_failed"), QStringLiteral("member"),
                    member, QString(), source);
        return loginPage(c, c.text(QT_TR_NOOP("The member ID or password is not right.")), member, 401);
    }
    limiter.recordSuccess(accountKey);
    if (core::PasswordHash::needsRehash(account->passwordHash)) {
        // Made with fewer rounds than today's: the password is at hand only
        // now, so the stronger hash is written now.
        store::Account stronger = *account;
        stronger.passwordHash = core::PasswordHash::hash(password);
        store::AccountRepository(m_db, m_clock).update(stronger);
    }
    // A new session id on sign-in, so an id planted before cannot be used.
    m_sessions.remove(c.session->id);
    Session& session = newSession(account->id);
    store::AuditLog(m_db, m_clock)
        .record(QStringLiteral("web:") + account->accountCode, QStringLiteral("web.login"),
                QStringLiteral("account"), account->accountCode, QString(), source);
    return withCookie(HttpReply::redirect(QStringLiteral("/dashboard")), session, c);
}

HttpReply WebPortal::logout(Context& c)
{
    store::AuditLog(m_db, m_clock)
        .record(QStringLiteral("web:") + c.account->accountCode, QStringLiteral("web.logout"),
                QStringLiteral("account"), c.account->accountCode, QString(), c.request.source());
    m_sessions.remove(c.session->id);
    HttpReply reply = HttpReply::redirect(QStringLiteral("/login"));
    reply.header("Set-Cookie", QByteArray(CookieName) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    return reply;
}

// ---------------------------------------------------------------- callbacks

HttpReply WebPortal::dashboard(Context& c, const QString& flash, bool error, const QString& callbackTo,
                               const QString& callTo, int status)
{
    const store::Account& a = *c.account;
    const billing::CreditManager credit(m_db, m_clock);
    QString accountLine = c.text(QT_TR_NOOP("Member %1")).arg(a.memberId);
    if (const core::Money held = credit.reserved(a.id); !held.isZero())
        accountLine +=
            QStringLiteral(" · ") + c.text(QT_TR_NOOP("%1 held by calls in progress")).arg(money(c, held));
    const QString content = PageTemplate::render(
        QStringLiteral("dashboard"),
        {{QStringLiteral("balance_label"), c.text(QT_TR_NOOP("Your balance"))},
         {QStringLiteral("balance"), money(c, a.balance)},
         {QStringLiteral("account_line"), accountLine},
         {QStringLiteral("callback_heading"), c.text(QT_TR_NOOP("Call me back"))},
         {QStringLiteral("csrf"), QString::fromLatin1(c.session->csrf)},
         {QStringLiteral("callback_to_label"), c.text(QT_TR_NOOP("Call me back on"))},
         {QStringLiteral("callback_to"), callbackTo.isEmpty() ? a.callbackNumber.toPlus() : callbackTo},
         {QStringLiteral("call_to_label"), c.text(QT_TR_NOOP("Then connect me to"))},
         {QStringLiteral("call_to"), callTo},
         {QStringLiteral("callback_hint"),
          c.text(
              QT_TR_NOOP("Numbers in international form, such as +44 20 7946 0958. We ring your phone first; "
                         "answer it, and we connect you."))},
         {QStringLiteral("call_button"), c.text(QT_TR_NOOP("Call me back"))}});
    return page(c, c.text(QT_TR_NOOP("Hello, %1")).arg(a.name.isEmpty() ? a.memberId : a.name), content,
                flash, error, status);
}

HttpReply WebPortal::requestCallback(Context& c)
{
    const QString callbackText = c.request.field(QStringLiteral("callback_to")).trimmed().left(32);
    const QString destinationText = c.request.field(QStringLiteral("call_to")).trimmed().left(32);
    const auto refuse = [&](const QString& why) {
        return dashboard(c, why, true, callbackText, destinationText, 422);
    };
    const store::SettingsRepository settings(m_db);
    const core::DialPlan plan = settings.dialPlan();
    const auto callback = plan.normalise(callbackText, c.language);
    if (!callback.ok())
        return refuse(c.text(QT_TR_NOOP("Call me back on: %1")).arg(callback.error));
    const auto destination = plan.normalise(destinationText, c.language);
    if (!destination.ok())
        return refuse(c.text(QT_TR_NOOP("Connect me to: %1")).arg(destination.error));
    // The one admission rule of every trigger; the portal words the
    // refusals a subscriber can act on its own way.
    callback::Admission::Trigger trigger;
    trigger.accountId = c.account->id;
    trigger.kind = store::TriggerKind::Web;
    trigger.source = c.request.source();
    trigger.callbackNumber = callback.number;
    trigger.destination = destination.number;
    const callback::RequestOutcome outcome =
        callback::Admission(m_db, m_clock, m_rates, m_admitted).request(trigger);
    if (!outcome.created())
        return refuse(refusal(c, outcome, callback.number, destination.number));
    return HttpReply::redirect(QStringLiteral("/request/%1").arg(outcome.requestId));
}

QString WebPortal::refusal(const Context& c, const callback::RequestOutcome& outcome,
                           const core::PhoneNumber& callback, const core::PhoneNumber& destination)
{
    using Why = callback::RequestOutcome::Why;
    switch (outcome.why) {
    case Why::InProgress:
    case Why::TooSoon:
        return c.text(
            QT_TR_NOOP("A callback to this phone is already in progress or was asked for a moment ago. "
                       "Please wait a minute."));
    case Why::NoPlan:
        return c.text(QT_TR_NOOP("Your account has no price plan yet; please contact us."));
    case Why::CallbackNotInPlan:
        return c.text(QT_TR_NOOP("We cannot call %1 on your plan.")).arg(callback.toPlus());
    case Why::DestinationNotInPlan:
        return c.text(QT_TR_NOOP("Calls to %1 are not in your plan.")).arg(destination.toPlus());
    case Why::NoCredit:
    case Why::TooLittle:
        return c.text(QT_TR_NOOP("Your balance is too low for a call to %1. Please top up first."))
            .arg(destination.toPlus());
    default:
        break;
    }
    return c.text(QT_TR_NOOP("No callback: %1.")).arg(outcome.reasonIn(c.language));
}

std::optional<HttpReply> WebPortal::requestPage(Context& c, const QString& id, bool json)
{
    const auto request = store::CallbackRequestRepository(m_db, m_clock).find(id.toLongLong());
    if (!request || request->accountId != c.account->id)
        return json ? HttpReply::json({{QStringLiteral("error"), QStringLiteral("not_found")}}, 404)
                    : page(c, c.text(QT_TR_NOOP("Not found")), QString(),
                           c.text(QT_TR_NOOP("There is no such callback request.")), true, 404);
    const auto state = store::requestStateFromString(request->state);
    const callback::PublicStatus status = callback::publicStatus(request->state);
    QString label = statusLabel(c, status);
    QString detail;
    if (state == store::RequestState::Failed) {
        label = c.text(QT_TR_NOOP("Not connected"));
        detail = request->failureReason;
    } else if (state == store::RequestState::Ivr) {
        detail = c.text(QT_TR_NOOP("Answer your phone and listen."));
    } else if (state == store::RequestState::Requested) {
        detail = request->attempts > 0
                     ? c.text(QT_TR_NOOP("Your phone did not answer; we will try again shortly."))
                     : c.text(QT_TR_NOOP("We are about to ring your phone."));
    }
    if (json)
        return HttpReply::json({{QStringLiteral("id"), QString::number(request->id)},
                                {QStringLiteral("state"), request->state},
                                {QStringLiteral("status"), callback::publicStatusKey(status)},
                                {QStringLiteral("label"), label},
                                {QStringLiteral("detail"), detail},
                                {QStringLiteral("finished"), request->isFinished()}});
    PageTemplate::Values values{
        {QStringLiteral("id"), QString::number(request->id)},
        {QStringLiteral("status"), callback::publicStatusKey(status)},
        {QStringLiteral("label"), label},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("numbers"),
         c.text(QT_TR_NOOP("%1 to %2"))
             .arg(request->callbackNumber.toPlus(), request->destination.isEmpty()
                                                        ? c.text(QT_TR_NOOP("the number you key in"))
                                                        : request->destination.toPlus())},
        {QStringLiteral("back"), c.text(QT_TR_NOOP("Back to your account"))}};
    for (const callback::PublicStatus step : Steps) {
        values.insert(QStringLiteral("step_") + callback::publicStatusKey(step), statusLabel(c, step));
        values.insert(QStringLiteral("class_") + callback::publicStatusKey(step), stepClass(step, status));
    }
    return page(c, c.text(QT_TR_NOOP("Your callback")),
                PageTemplate::render(QStringLiteral("request"), values));
}

QString WebPortal::statusLabel(const Context& c, callback::PublicStatus status)
{
    switch (status) {
    case PublicStatus::CallingYou:
        return c.text(QT_TR_NOOP("Calling you"));
    case PublicStatus::CallingDestination:
        return c.text(QT_TR_NOOP("Calling the destination"));
    case PublicStatus::Connected:
        return c.text(QT_TR_NOOP("Connected"));
    case PublicStatus::Finished:
        break;
    }
    return c.text(QT_TR_NOOP("Finished"));
}

HttpReply WebPortal::history(Context& c)
{
    const store::CdrRepository cdrs(m_db, m_clock);
    const auto calls = cdrs.recentCalls(c.account->id, 100);
    const QLocale locale(c.language);
    const QStringList headings{c.text(QT_TR_NOOP("When (UTC)")), c.text(QT_TR_NOOP("Destination")),
                               c.text(QT_TR_NOOP("Talk time")), c.text(QT_TR_NOOP("Result")),
                               c.text(QT_TR_NOOP("Cost"))};
    QString rows;
    for (const store::CallRecord& call : calls) {
        // The number asked for, also when leg A failed and no leg B was dialled.
        QString destination = call.destination.isEmpty() ? QString() : QStringLiteral("+") + call.destination;
        std::int64_t talkMs = 0;
        for (const store::LegRecord& leg : cdrs.legs(call.id))
            if (leg.leg == u'B') {
                destination = QStringLiteral("+") + leg.number;
                talkMs = std::max(talkMs, leg.durationMs);
            }
        const QString when =
            locale.toString(QDateTime::fromMSecsSinceEpoch(call.startedAt, Qt::UTC), QLocale::ShortFormat);
        const QString state = call.state == QLatin1String("completed") ? c.text(QT_TR_NOOP("Completed"))
                              : call.state == QLatin1String("open")    ? c.text(QT_TR_NOOP("In progress"))
                                                                       : c.text(QT_TR_NOOP("Not connected"));
        const std::int64_t seconds = (talkMs + 999) / 1000;
        const QStringList cells{
            when, destination.isEmpty() ? c.text(QT_TR_NOOP("(none)")) : destination,
            QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')), state,
            money(c, call.sell)};
        rows += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < cells.size(); ++i) // data-label: the heading, for narrow screens
            rows += QStringLiteral("<td data-label=\"%1\"%2>%3</td>")
                        .arg(htmlEscape(headings[i]),
                             i == cells.size() - 1 ? QStringLiteral(" class=\"money\"") : QString(),
                             htmlEscape(cells[i]));
        rows += QStringLiteral("</tr>");
    }
    const QString table =
        calls.isEmpty()
            ? QStringLiteral("<p class=\"muted\">%1</p>").arg(htmlEscape(c.text(QT_TR_NOOP("No calls yet."))))
            : QStringLiteral("<table id=\"calls\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                             "<th class=\"money\">%5</th></tr></thead><tbody>%6</tbody></table>")
                  .arg(htmlEscape(headings[0]), htmlEscape(headings[1]), htmlEscape(headings[2]),
                       htmlEscape(headings[3]), htmlEscape(headings[4]), rows);
    return page(c, c.text(QT_TR_NOOP("Your calls")),
                PageTemplate::render(QStringLiteral("history"), {{QStringLiteral("table"), table}}));
}

// ------------------------------------------------------------------- cards

HttpReply WebPortal::topUpPage(Context& c, const QString& flash, bool error, int status)
{
    const QString content = PageTemplate::render(
        QStringLiteral("topup"),
        {{QStringLiteral("csrf"), QString::fromLatin1(c.session->csrf)},
         {QStringLiteral("explain"), c.text(QT_TR_NOOP("Scratch your charge-up card and type its PIN."))},
         {QStringLiteral("pin_label"), c.text(QT_TR_NOOP("Card PIN"))},
         {QStringLiteral("submit"), c.text(QT_TR_NOOP("Top up"))}});
    return page(c, c.text(QT_TR_NOOP("Top up")), content, flash, error, status);
}

HttpReply WebPortal::topUp(Context& c)
{
    const QString pin = c.request.field(QStringLiteral("pin")).left(40);
    const cards::RedeemResult result =
        cards::CardService(m_db, m_clock)
            .redeem(pin, c.account->id, c.request.source(), QStringLiteral("web:") + c.account->accountCode);
    if (!result.ok())
        return topUpPage(c, redeemMessage(c, result, false), true,
                         result.error == cards::RedeemResult::Error::LockedOut ? 429 : 422);
    return topUpPage(c,
                     c.text(QT_TR_NOOP("%1 added. Your balance is now %2."))
                         .arg(money(c, result.amount), money(c, result.balance)),
                     false);
}

HttpReply WebPortal::activatePage(Context& c, const QString& flash, const QString& serial, int status)
{
    Session& session = anySession(c);
    const QString content = PageTemplate::render(
        QStringLiteral("activate"),
        {{QStringLiteral("csrf"), QString::fromLatin1(session.csrf)},
         {QStringLiteral("explain"),
          c.text(QT_TR_NOOP("Type the serial number printed on your prepaid calling card and the "
                            "PIN under the scratch panel. "
                            "You get a new account holding the card's value."))},
         {QStringLiteral("serial_label"), c.text(QT_TR_NOOP("Serial number"))},
         {QStringLiteral("serial"), serial},
         {QStringLiteral("pin_label"), c.text(QT_TR_NOOP("Card PIN"))},
         {QStringLiteral("submit"), c.text(QT_TR_NOOP("Activate"))},
         {QStringLiteral("login_link"), c.text(QT_TR_NOOP("Already have an account? Sign in"))}});
    return withCookie(page(c, c.text(QT_TR_NOOP("Activate a calling card")), content, flash, true, status),
                      session, c);
}

HttpReply WebPortal::activate(Context& c)
{
    const QString serial = c.request.field(QStringLiteral("serial")).trimmed().left(40);
    const QString pin = c.request.field(QStringLiteral("pin")).left(40);
    if (!csrfOk(c))
        return activatePage(c, c.text(QT_TR_NOOP("The form had expired. Please try again.")), serial, 403);
    if (serial.isEmpty())
        return activatePage(c, c.text(QT_TR_NOOP("Type the card's serial number.")), serial, 422);
    const cards::RedeemResult result =
        cards::CardService(m_db, m_clock)
            .activate(pin, c.request.source(), QStringLiteral("web"), {}, serial);
    if (!result.ok())
        return activatePage(c, redeemMessage(c, result, true), serial,
                            result.error == cards::RedeemResult::Error::LockedOut ? 429 : 422);
    // The new subscriber keeps the language the card was activated in, so
    // the portal, SMS replies and the IVR speak it from the start.
    if (const auto created = store::AccountRepository(m_db, m_clock).findById(result.accountId);
        created && created->language != c.language) {
        accounts::AccountService service(m_db, m_clock);
        accounts::AccountForm form = service.formFor(*created);
        form.language = c.language;
        try {
            service.update(created->id, form, QStringLiteral("web"));
        } catch (const accounts::ValidationError&) {
            // The card is active all the same; the account stays in English
            // and its holder can switch once signed in.
        }
    }
    const QString content = PageTemplate::render(
        QStringLiteral("activated"),
        {{QStringLiteral("member_label"), c.text(QT_TR_NOOP("Your member ID"))},
         {QStringLiteral("member_id"), result.accountCode},
         {QStringLiteral("balance_line"),
          c.text(QT_TR_NOOP("Your new account holds %1.")).arg(money(c, result.balance))},
         {QStringLiteral("password_hint"),
          c.text(QT_TR_NOOP(
              "Your password is the card's PIN. Sign in and change it; keep the card until you have."))},
         {QStringLiteral("login_link"), c.text(QT_TR_NOOP("Sign in"))}});
    return page(c, c.text(QT_TR_NOOP("Card activated")), content,
                c.text(QT_TR_NOOP("Your calling card is active.")), false);
}

// ----------------------------------------------------------------- password

HttpReply WebPortal::passwordPage(Context& c, const QString& flash, bool error, int status)
{
    const QString content = PageTemplate::render(
        QStringLiteral("password"),
        {{QStringLiteral("csrf"), QString::fromLatin1(c.session->csrf)},
         {QStringLiteral("current_label"), c.text(QT_TR_NOOP("Current password"))},
         {QStringLiteral("new_label"), c.text(QT_TR_NOOP("New password (at least 8 characters)"))},
         {QStringLiteral("confirm_label"), c.text(QT_TR_NOOP("New password again"))},
         {QStringLiteral("submit"), c.text(QT_TR_NOOP("Change password"))}});
    return page(c, c.text(QT_TR_NOOP("Change your password")), content, flash, error, status);
}

HttpReply WebPortal::changePassword(Context& c)
{
    const QString current = c.request.field(QStringLiteral("current")).left(256);
    const QString fresh = c.request.field(QStringLiteral("new")).left(256);
    const QString confirm = c.request.field(QStringLiteral("confirm")).left(256);
    // Guessing the current password counts like failed sign-ins.
    cards::AttemptLimiter limiter(m_db, m_clock, loginPolicy(m_db));
    const QString accountKey = QStringLiteral("login:member:") + c.account->memberId.toLower();
    const QString sourceKey = QStringLiteral("login:") + c.request.source();
    if (const std::int64_t locked = std::max(limiter.lockedFor(accountKey), limiter.lockedFor(sourceKey));
        locked > 0)
        return passwordPage(c,
                            c.text(QT_TR_N_NOOP("Too many failed sign-ins. Try again in %n minute(s)."),
                                   static_cast<int>((locked + 59'999) / 60'000)),
                            true, 429);
    if (!core::PasswordHash::verify(current, c.account->passwordHash)) {
        limiter.recordFailure(accountKey);
        limiter.recordFailure(sourceKey);
        return passwordPage(c, c.text(QT_TR_NOOP("The current password is not right.")), true, 422);
    }
    if (fresh.size() < MinPasswordLength)
        return passwordPage(
            c, c.text(QT_TR_NOOP("The new password needs at least %1 characters.")).arg(MinPasswordLength),
            true, 422);
    if (fresh != confirm)
        return passwordPage(c, c.text(QT_TR_NOOP("The two new passwords are not the same.")), true, 422);
    accounts::AccountService service(m_db, m_clock);
    accounts::AccountForm form = service.formFor(*c.account);
    form.password = fresh;
    try {
        service.update(c.account->id, form, QStringLiteral("web:") + c.account->accountCode);
    } catch (const accounts::ValidationError& error) {
        return passwordPage(c, error.message(), true, 422);
    }
    // Other sessions of this account end; this one goes on.
    const QByteArray keep = c.session->id;
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        if (it->accountId == c.account->id && it->id != keep)
            it = m_sessions.erase(it);
        else
            ++it;
    c.session = &*m_sessions.find(keep); // erasing may have moved it
    return passwordPage(c, c.text(QT_TR_NOOP("Your password has been changed.")), false);
}

} // namespace rebound::web
