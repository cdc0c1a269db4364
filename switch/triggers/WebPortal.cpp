#include "triggers/WebPortal.h"

#include "accounts/AccountService.h"
#include "billing/CreditManager.h"
#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "cards/AttemptLimiter.h"
#include "cards/CardService.h"
#include "core/PasswordHash.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "triggers/CallbackRequests.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace rebound::triggers {

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

constexpr PublicStatus Steps[] = {PublicStatus::CallingYou, PublicStatus::CallingDestination,
                                  PublicStatus::Connected, PublicStatus::Finished};

// A step of the status page against where the request has got to.
QString stepClass(PublicStatus step, PublicStatus reached)
{
    return step < reached ? QStringLiteral("done") : step == reached ? QStringLiteral("now") : QString();
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

QString WebPortal::money(core::Money amount) const
{
    return amount.format(m_currency);
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
    if (!m_limit.allow(request.source(), m_clock.nowMs())) {
        HttpReply slow = HttpReply::text(tr("Too many requests from your address; wait a moment."), 429);
        slow.header("Retry-After", m_limit.retryAfter());
        return slow;
    }
    Context c{request, nullptr, false, std::nullopt};
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
        return route(c);
    } catch (const store::StoreError& error) {
        store::AuditLog(m_db, m_clock)
            .record(QStringLiteral("web"), QStringLiteral("web.error"), QStringLiteral("path"), path,
                    error.message(), request.source());
        return HttpReply::text(tr("Something went wrong on our side. Please try again in a moment."), 500);
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
    } else if (path == QLatin1String("/")) {
        if (get)
            return HttpReply::redirect(c.account ? QStringLiteral("/dashboard") : QStringLiteral("/login"));
    } else {
        static const QStringList signedIn{QStringLiteral("/dashboard"), QStringLiteral("/callback"),
                                          QStringLiteral("/history"),   QStringLiteral("/topup"),
                                          QStringLiteral("/password"),  QStringLiteral("/logout")};
        const bool requestPath = path.startsWith(QLatin1String("/request/"));
        if (!signedIn.contains(path) && !requestPath)
            return std::nullopt; // 404 from the server
        if (!c.account) {
            if (path.endsWith(QLatin1String("/status")))
                return HttpReply::json({{QStringLiteral("error"), QStringLiteral("signed_out")}}, 401);
            return HttpReply::redirect(c.expired ? QStringLiteral("/login?expired=1")
                                                 : QStringLiteral("/login"));
        }
        if (post && !csrfOk(c)) {
            store::AuditLog(m_db, m_clock)
                .record(QStringLiteral("web"), QStringLiteral("web.csrf_refused"), QStringLiteral("path"),
                        path, c.account->accountCode, c.request.source());
            return page(c, tr("Please try again"),
                        QStringLiteral("<p><a href=\"/dashboard\">%1</a></p>").arg(htmlEscape(tr("Back"))),
                        tr("This form was out of date or did not come from this site. Nothing was changed."),
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
            return get ? topUpPage(c) : post ? topUp(c) : HttpReply::text(tr("Method not allowed."), 405);
        if (path == QLatin1String("/password"))
            return get    ? passwordPage(c)
                   : post ? changePassword(c)
                          : HttpReply::text(tr("Method not allowed."), 405);
        if (path == QLatin1String("/logout") && post)
            return logout(c);
    }
    HttpReply reply = HttpReply::text(tr("Method not allowed."), 405);
    reply.header("Allow", path == QLatin1String("/callback") || path == QLatin1String("/logout")
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
                                   {{QStringLiteral("home"), tr("Home")},
                                    {QStringLiteral("history"), tr("Calls")},
                                    {QStringLiteral("topup"), tr("Top up")},
                                    {QStringLiteral("password"), tr("Password")},
                                    {QStringLiteral("logout"), tr("Sign out")},
                                    {QStringLiteral("csrf"), QString::fromLatin1(c.session->csrf)}});
    const QString flashHtml =
        flash.isEmpty() ? QString()
                        : QStringLiteral("<p class=\"flash %1\" role=\"alert\">%2</p>")
                              .arg(error ? QStringLiteral("error") : QStringLiteral("ok"), htmlEscape(flash));
    const QString html = PageTemplate::render(
        QStringLiteral("layout"),
        {{QStringLiteral("lang"), c.account ? c.account->language : QStringLiteral("en")},
         {QStringLiteral("title"), title},
         {QStringLiteral("brand"), m_brand},
         {QStringLiteral("nav"), nav},
         {QStringLiteral("flash"), flashHtml},
         {QStringLiteral("content"), content}});
    return HttpReply::html(html, status);
}

// ------------------------------------------------------------------ sign in

HttpReply WebPortal::loginPage(Context& c, const QString& flash, const QString& member, int status)
{
    Session& session = anySession(c);
    QString message = flash;
    if (message.isEmpty() && c.request.query.hasQueryItem(QStringLiteral("expired")))
        message = tr("Your session has ended. Please sign in again.");
    const QString content = PageTemplate::render(
        QStringLiteral("login"),
        {{QStringLiteral("csrf"), QString::fromLatin1(session.csrf)},
         {QStringLiteral("member_label"), tr("Member ID")},
         {QStringLiteral("member"), member},
         {QStringLiteral("password_label"), tr("Password")},
         {QStringLiteral("submit"), tr("Sign in")},
         {QStringLiteral("activate_link"), tr("Have a prepaid calling card? Activate it")}});
    return withCookie(page(c, tr("Sign in"), content, message, true, status), session, c);
}

HttpReply WebPortal::login(Context& c)
{
    const QString member = c.request.field(QStringLiteral("member")).trimmed().left(64);
    const QString password = c.request.field(QStringLiteral("password")).left(256);
    if (!csrfOk(c))
        return loginPage(c, tr("The sign-in form had expired. Please try again."), member, 403);
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
                         tr("Too many failed sign-ins. Try again in %n minute(s).", nullptr,
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
        return loginPage(c, tr("The member ID or password is not right."), member, 401);
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
    QString accountLine = tr("Member %1").arg(a.memberId);
    if (const core::Money held = credit.reserved(a.id); !held.isZero())
        accountLine += QStringLiteral(" · ") + tr("%1 held by calls in progress").arg(money(held));
    const QString content = PageTemplate::render(
        QStringLiteral("dashboard"),
        {{QStringLiteral("balance_label"), tr("Your balance")},
         {QStringLiteral("balance"), money(a.balance)},
         {QStringLiteral("account_line"), accountLine},
         {QStringLiteral("callback_heading"), tr("Call me back")},
         {QStringLiteral("csrf"), QString::fromLatin1(c.session->csrf)},
         {QStringLiteral("callback_to_label"), tr("Call me back on")},
         {QStringLiteral("callback_to"), callbackTo.isEmpty() ? a.callbackNumber.toPlus() : callbackTo},
         {QStringLiteral("call_to_label"), tr("Then connect me to")},
         {QStringLiteral("call_to"), callTo},
         {QStringLiteral("callback_hint"),
          tr("Numbers in international form, such as +44 20 7946 0958. We ring your phone first; "
             "answer it, and we connect you.")},
         {QStringLiteral("call_button"), tr("Call me back")}});
    return page(c, tr("Hello, %1").arg(a.name.isEmpty() ? a.memberId : a.name), content, flash, error,
                status);
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
    const auto callback = plan.normalise(callbackText);
    if (!callback.ok())
        return refuse(tr("Call me back on: %1").arg(callback.error));
    const auto destination = plan.normalise(destinationText);
    if (!destination.ok())
        return refuse(tr("Connect me to: %1").arg(destination.error));
    const store::Account& a = *c.account;
    if (!a.sellPlanId)
        return refuse(tr("Your account has no price plan yet; please contact us."));

    // Only numbers the plan can price, and only when the credit pays for a
    // minute of talk after the IVR and the ringing the switch will hold for.
    billing::Rater rater(*m_rates, settings.billingTimeZone());
    const auto rateA = rater.rateFor(*a.sellPlanId, callback.number, m_clock.nowMs());
    if (!rateA)
        return refuse(tr("We cannot call %1 on your plan.").arg(callback.number.toPlus()));
    const auto rateB = rater.rateFor(*a.sellPlanId, destination.number, m_clock.nowMs());
    if (!rateB)
        return refuse(tr("Calls to %1 are not in your plan.").arg(destination.number.toPlus()));
    const int legASeconds = settingInt(settings, "callback.ivr_allowance_seconds", 60) +
                            settingInt(settings, "callback.ring_allowance_seconds", 60);
    const core::Money available = billing::CreditManager(m_db, m_clock).available(a.id);
    if (billing::Rater::costOfTalk(*rateA, legASeconds, *rateB, 60) > available)
        return refuse(tr("Your balance is too low for a call to %1. Please top up first.")
                          .arg(destination.number.toPlus()));

    CallbackRequests::Trigger trigger;
    trigger.accountId = a.id;
    trigger.kind = QStringLiteral("web");
    trigger.source = c.request.source();
    trigger.callbackNumber = callback.number;
    trigger.destination = destination.number;
    const RequestOutcome outcome = CallbackRequests(m_db, m_clock).request(trigger);
    if (outcome.result == RequestOutcome::Result::Ignored)
        return refuse(tr("A callback to this phone is already in progress or was asked for a moment ago. "
                         "Please wait a minute."));
    if (!outcome.created())
        return refuse(tr("No callback: %1.").arg(outcome.reason));
    if (onCallbackRequested)
        onCallbackRequested(outcome.requestId);
    return HttpReply::redirect(QStringLiteral("/request/%1").arg(outcome.requestId));
}

std::optional<HttpReply> WebPortal::requestPage(Context& c, const QString& id, bool json)
{
    const auto request = store::CallbackRequestRepository(m_db, m_clock).find(id.toLongLong());
    if (!request || request->accountId != c.account->id)
        return json
                   ? HttpReply::json({{QStringLiteral("error"), QStringLiteral("not_found")}}, 404)
                   : page(c, tr("Not found"), QString(), tr("There is no such callback request."), true, 404);
    const auto state = store::requestStateFromString(request->state);
    const PublicStatus status = publicStatus(request->state);
    QString label = statusLabel(status);
    QString detail;
    if (state == store::RequestState::Failed) {
        label = tr("Not connected");
        detail = request->failureReason;
    } else if (state == store::RequestState::Ivr) {
        detail = tr("Answer your phone and listen.");
    } else if (state == store::RequestState::Requested) {
        detail = request->attempts > 0 ? tr("Your phone did not answer; we will try again shortly.")
                                       : tr("We are about to ring your phone.");
    }
    if (json)
        return HttpReply::json({{QStringLiteral("id"), QString::number(request->id)},
                                {QStringLiteral("state"), request->state},
                                {QStringLiteral("status"), publicStatusKey(status)},
                                {QStringLiteral("label"), label},
                                {QStringLiteral("detail"), detail},
                                {QStringLiteral("finished"), request->isFinished()}});
    PageTemplate::Values values{
        {QStringLiteral("id"), QString::number(request->id)},
        {QStringLiteral("status"), publicStatusKey(status)},
        {QStringLiteral("label"), label},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("numbers"), tr("%1 to %2")
                                        .arg(request->callbackNumber.toPlus(),
                                             request->destination.isEmpty() ? tr("the number you key in")
                                                                            : request->destination.toPlus())},
        {QStringLiteral("back"), tr("Back to your account")}};
    for (const PublicStatus step : Steps) {
        values.insert(QStringLiteral("step_") + publicStatusKey(step), statusLabel(step));
        values.insert(QStringLiteral("class_") + publicStatusKey(step), stepClass(step, status));
    }
    return page(c, tr("Your callback"), PageTemplate::render(QStringLiteral("request"), values));
}

QString WebPortal::statusLabel(PublicStatus status)
{
    switch (status) {
    case PublicStatus::CallingYou:
        return tr("Calling you");
    case PublicStatus::CallingDestination:
        return tr("Calling the destination");
    case PublicStatus::Connected:
        return tr("Connected");
    case PublicStatus::Finished:
        break;
    }
    return tr("Finished");
}

HttpReply WebPortal::history(Context& c)
{
    const store::CdrRepository cdrs(m_db, m_clock);
    const auto calls = cdrs.recentCalls(c.account->id, 100);
    const QStringList headings{tr("When (UTC)"), tr("Destination"), tr("Talk time"), tr("Result"),
                               tr("Cost")};
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
        const QString when = QDateTime::fromMSecsSinceEpoch(call.startedAt, Qt::UTC)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString state = call.state == QLatin1String("completed") ? tr("Completed")
                              : call.state == QLatin1String("open")    ? tr("In progress")
                                                                       : tr("Not connected");
        const std::int64_t seconds = (talkMs + 999) / 1000;
        const QStringList cells{
            when, destination.isEmpty() ? tr("(none)") : destination,
            QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')), state,
            money(call.sell)};
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
            ? QStringLiteral("<p class=\"muted\">%1</p>").arg(htmlEscape(tr("No calls yet.")))
            : QStringLiteral("<table id=\"calls\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                             "<th class=\"money\">%5</th></tr></thead><tbody>%6</tbody></table>")
                  .arg(htmlEscape(headings[0]), htmlEscape(headings[1]), htmlEscape(headings[2]),
                       htmlEscape(headings[3]), htmlEscape(headings[4]), rows);
    return page(c, tr("Your calls"),
                PageTemplate::render(QStringLiteral("history"), {{QStringLiteral("table"), table}}));
}

// ------------------------------------------------------------------- cards

HttpReply WebPortal::topUpPage(Context& c, const QString& flash, bool error, int status)
{
    const QString content = PageTemplate::render(
        QStringLiteral("topup"),
        {{QStringLiteral("csrf"), QString::fromLatin1(c.session->csrf)},
         {QStringLiteral("explain"), tr("Scratch your charge-up card and type its PIN.")},
         {QStringLiteral("pin_label"), tr("Card PIN")},
         {QStringLiteral("submit"), tr("Top up")}});
    return page(c, tr("Top up"), content, flash, error, status);
}

HttpReply WebPortal::topUp(Context& c)
{
    const QString pin = c.request.field(QStringLiteral("pin")).left(40);
    const cards::RedeemResult result =
        cards::CardService(m_db, m_clock)
            .redeem(pin, c.account->id, c.request.source(), QStringLiteral("web:") + c.account->accountCode);
    if (!result.ok())
        return topUpPage(c, result.message, true,
                         result.error == cards::RedeemResult::Error::LockedOut ? 429 : 422);
    return topUpPage(
        c, tr("%1 added. Your balance is now %2.").arg(money(result.amount), money(result.balance)), false);
}

HttpReply WebPortal::activatePage(Context& c, const QString& flash, const QString& serial, int status)
{
    Session& session = anySession(c);
    const QString content = PageTemplate::render(
        QStringLiteral("activate"),
        {{QStringLiteral("csrf"), QString::fromLatin1(session.csrf)},
         {QStringLiteral("explain"), tr("Type the serial number printed on your prepaid calling card and the "
                                        "PIN under the scratch panel. "
                                        "You get a new account holding the card's value.")},
         {QStringLiteral("serial_label"), tr("Serial number")},
         {QStringLiteral("serial"), serial},
         {QStringLiteral("pin_label"), tr("Card PIN")},
         {QStringLiteral("submit"), tr("Activate")},
         {QStringLiteral("login_link"), tr("Already have an account? Sign in")}});
    return withCookie(page(c, tr("Activate a calling card"), content, flash, true, status), session, c);
}

HttpReply WebPortal::activate(Context& c)
{
    const QString serial = c.request.field(QStringLiteral("serial")).trimmed().left(40);
    const QString pin = c.request.field(QStringLiteral("pin")).left(40);
    if (!csrfOk(c))
        return activatePage(c, tr("The form had expired. Please try again."), serial, 403);
    if (serial.isEmpty())
        return activatePage(c, tr("Type the card's serial number."), serial, 422);
    const cards::RedeemResult result =
        cards::CardService(m_db, m_clock)
            .activate(pin, c.request.source(), QStringLiteral("web"), {}, serial);
    if (!result.ok())
        return activatePage(c, result.message, serial,
                            result.error == cards::RedeemResult::Error::LockedOut ? 429 : 422);
    const QString content = PageTemplate::render(
        QStringLiteral("activated"),
        {{QStringLiteral("member_label"), tr("Your member ID")},
         {QStringLiteral("member_id"), result.accountCode},
         {QStringLiteral("balance_line"), tr("Your new account holds %1.").arg(money(result.balance))},
         {QStringLiteral("password_hint"),
          tr("Your password is the card's PIN. Sign in and change it; keep the card until you have.")},
         {QStringLiteral("login_link"), tr("Sign in")}});
    return page(c, tr("Card activated"), content, tr("Your calling card is active."), false);
}

// ----------------------------------------------------------------- password

HttpReply WebPortal::passwordPage(Context& c, const QString& flash, bool error, int status)
{
    const QString content =
        PageTemplate::render(QStringLiteral("password"),
                             {{QStringLiteral("csrf"), QString::fromLatin1(c.session->csrf)},
                              {QStringLiteral("current_label"), tr("Current password")},
                              {QStringLiteral("new_label"), tr("New password (at least 8 characters)")},
                              {QStringLiteral("confirm_label"), tr("New password again")},
                              {QStringLiteral("submit"), tr("Change password")}});
    return page(c, tr("Change your password"), content, flash, error, status);
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
                            tr("Too many failed sign-ins. Try again in %n minute(s).", nullptr,
                               static_cast<int>((locked + 59'999) / 60'000)),
                            true, 429);
    if (!core::PasswordHash::verify(current, c.account->passwordHash)) {
        limiter.recordFailure(accountKey);
        limiter.recordFailure(sourceKey);
        return passwordPage(c, tr("The current password is not right."), true, 422);
    }
    if (fresh.size() < MinPasswordLength)
        return passwordPage(c, tr("The new password needs at least %1 characters.").arg(MinPasswordLength),
                            true, 422);
    if (fresh != confirm)
        return passwordPage(c, tr("The two new passwords are not the same."), true, 422);
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
    return passwordPage(c, tr("Your password has been changed."), false);
}

} // namespace rebound::triggers
