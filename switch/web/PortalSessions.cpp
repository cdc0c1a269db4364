#include "web/PortalSessions.h"

#include "store/SettingsRepository.h"

#include <QRandomGenerator>
#include <algorithm>

namespace rebound::web {

namespace {

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

std::int64_t idleMs(const store::Database& db)
{
    bool ok = false;
    const int minutes =
        store::SettingsRepository(db).value(QStringLiteral("web.session_idle_minutes")).toInt(&ok);
    return std::int64_t(ok && minutes > 0 ? minutes : 30) * 60'000;
}

} // namespace

PortalSessions::PortalSessions(const store::Database& db, const core::Clock& clock)
    : m_clock(clock)
    , m_idleMs(idleMs(db))
{
}

PortalSessions::Session* PortalSessions::resume(const QByteArray& id, bool& ended)
{
    if (id.isEmpty())
        return nullptr;
    const auto it = m_sessions.find(id);
    const std::int64_t now = m_clock.nowMs();
    if (it != m_sessions.end() && now - it->lastSeenMs <= m_idleMs && now - it->createdMs <= MaxAgeMs) {
        it->lastSeenMs = now;
        return &*it;
    }
    if (it != m_sessions.end()) {
        ended = it->accountId.has_value();
        m_sessions.erase(it);
    } else {
        ended = true;
    }
    return nullptr;
}

void PortalSessions::prune()
{
    const std::int64_t now = m_clock.nowMs();
    if (now - m_lastPruneMs < 60'000 && m_sessions.size() < MaxSessions)
        return;
    m_lastPruneMs = now;
    const std::int64_t idle = m_idleMs;
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        if (now - it->lastSeenMs > idle || now - it->createdMs > MaxAgeMs)
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

PortalSessions::Session& PortalSessions::open(std::optional<std::int64_t> accountId)
{
    prune();
    Session s;
    s.id = randomToken();
    s.csrf = randomToken();
    s.accountId = accountId;
    s.createdMs = s.lastSeenMs = m_clock.nowMs();
    return *m_sessions.insert(s.id, s);
}

void PortalSessions::close(const QByteArray& id)
{
    m_sessions.remove(id);
}

PortalSessions::Session& PortalSessions::closeOthers(std::int64_t accountId, const QByteArray& keep)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        if (it->accountId == accountId && it->id != keep)
            it = m_sessions.erase(it);
        else
            ++it;
    return *m_sessions.find(keep);
}

bool PortalSessions::tokenMatches(const Session* session, const QByteArray& token)
{
    return session && sameToken(session->csrf, token);
}

QByteArray PortalSessions::cookie(const Session& session, bool secure)
{
    QByteArray cookie = QByteArray(CookieName) + '=' + session.id + "; Path=/; HttpOnly; SameSite=Strict";
    if (secure)
        cookie += "; Secure";
    return cookie;
}

QByteArray PortalSessions::clearingCookie()
{
    return QByteArray(CookieName) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
}

SignInLockout::SignInLockout(const store::Database& db, const core::Clock& clock, const QString& memberId,
                             const QString& source)
    : m_limiter(db, clock,
                cards::AttemptLimiter::policyFromSettings(
                    db, {"web.login_max_failures", "web.login_window_minutes", "web.login_lockout_minutes"},
                    {5, 15 * 60'000, 15 * 60'000}))
    , m_memberKey(QStringLiteral("login:member:") + memberId.toLower())
    , m_sourceKey(QStringLiteral("login:") + source)
{
}

std::int64_t SignInLockout::lockedForMs() const
{
    return std::max(m_limiter.lockedFor(m_memberKey), m_limiter.lockedFor(m_sourceKey));
}

void SignInLockout::failed()
{
    m_limiter.recordFailure(m_memberKey);
    m_limiter.recordFailure(m_sourceKey);
}

void SignInLockout::succeeded()
{
    m_limiter.recordSuccess(m_memberKey);
}

} // namespace rebound::web
