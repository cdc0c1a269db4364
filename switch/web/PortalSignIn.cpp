// The portal's sign-in pages: signing in (with the lock-out and a new
// session id), signing out, and changing the password.

#include "accounts/AccountService.h"
#include "cards/AttemptLimiter.h"
#include "core/PasswordHash.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "web/WebPortal.h"

namespace rebound::web {

namespace {

constexpr int MinPasswordLength = 8;

} // namespace

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
    SignInLockout lockout(m_db, m_clock, member, source);
    if (const std::int64_t locked = lockout.lockedForMs(); locked > 0) {
        store::AuditLog(m_db, m_clock)
            .record(QStringLiteral("web"), QStringLiteral("web.login_locked"), QStringLiteral("member"),
                    member, QString(), source);
        return loginPage(c,
                         c.text(QT_TR_N_NOOP("Too many failed sign-ins. Try again in %n minute(s)."),
                                cards::AttemptLimiter::minutesLeft(locked)),
                         member, 429);
    }
    const auto account =
        member.isEmpty() ? std::nullopt : store::AccountRepository(m_db, m_clock).findByMemberId(member);
    // The same work whether or not the member exists, so timing tells nothing.
    static const QString decoy = core::PasswordHash::hash(QStringLiteral("decoy password"));
    const bool passwordOk = core::PasswordHash::verify(
        password, account && !account->passwordHash.isEmpty() ? account->passwordHash : decoy);
    if (!account || !passwordOk || password.isEmpty() || account->status != store::AccountStatus::Active) {
        lockout.failed();
        store::AuditLog(m_db, m_clock)
            .record(QStringLiteral("web"), QStringLiteral("web.login_failed"), QStringLiteral("member"),
                    member, QString(), source);
        return loginPage(c, c.text(QT_TR_NOOP("The member ID or password is not right.")), member, 401);
    }
    lockout.succeeded();
    if (core::PasswordHash::needsRehash(account->passwordHash)) {
        // Made with fewer rounds than today's: the password is at hand only
        // now, so the stronger hash is written now.
        store::Account stronger = *account;
        stronger.passwordHash = core::PasswordHash::hash(password);
        store::AccountRepository(m_db, m_clock).update(stronger);
    }
    // A new session id on sign-in, so an id planted before cannot be used.
    m_sessions.close(c.session->id);
    Session& session = m_sessions.open(account->id);
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
    m_sessions.close(c.session->id);
    HttpReply reply = HttpReply::redirect(QStringLiteral("/login"));
    reply.header("Set-Cookie", PortalSessions::clearingCookie());
    return reply;
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
    SignInLockout lockout(m_db, m_clock, c.account->memberId, c.request.source());
    if (const std::int64_t locked = lockout.lockedForMs(); locked > 0)
        return passwordPage(c,
                            c.text(QT_TR_N_NOOP("Too many failed sign-ins. Try again in %n minute(s)."),
                                   cards::AttemptLimiter::minutesLeft(locked)),
                            true, 429);
    if (!core::PasswordHash::verify(current, c.account->passwordHash)) {
        lockout.failed();
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
    c.session = &m_sessions.closeOthers(c.account->id, c.session->id);
    return passwordPage(c, c.text(QT_TR_NOOP("Your password has been changed.")), false);
}

} // namespace rebound::web
