#pragma once

#include "cards/AttemptLimiter.h"
#include "core/Clock.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <cstdint>
#include <optional>

namespace rebound::store {
class Database;
}

namespace rebound::web {

// Who is signed in to the portal. Sessions live in memory (a restart signs
// everyone out): a random id in an HttpOnly, SameSite=Strict cookie (Secure
// under TLS) and a CSRF token each form carries, ended after
// web.session_idle_minutes without use (default 30, read when the store is
// made) or MaxAgeMs in all. Never more than MaxSessions: a full store drops
// the ended ones first, then sign-in forms fetched and never used.
class PortalSessions
{
public:
    struct Session
    {
        QByteArray id;
        QByteArray csrf;
        std::optional<std::int64_t> accountId; // none: a signed-out visitor's form
        std::int64_t createdMs = 0;
        std::int64_t lastSeenMs = 0;
    };

    static constexpr const char* CookieName = "rebound_session";
    static constexpr std::int64_t MaxAgeMs = 12 * 3600 * 1000;
    static constexpr int MaxSessions = 10'000;

    PortalSessions(const store::Database& db, const core::Clock& clock);

    // The session a request's cookie names, marked as used now; null when the
    // id is empty, unknown or its session has ended (then it is dropped).
    // `ended` is set when an id came but names no live session: one that
    // was signed in, or one this store does not know (a restart).
    Session* resume(const QByteArray& id, bool& ended);
    // A new session with fresh id and token. The reference holds until the
    // next call that adds or removes sessions.
    Session& open(std::optional<std::int64_t> accountId);
    void close(const QByteArray& id);
    // Ends the account's other sessions (a changed password); returns the
    // one kept, which erasing may have moved.
    Session& closeOthers(std::int64_t accountId, const QByteArray& keep);

    // Whether a form's token is the session's, compared in constant time;
    // false without a session.
    static bool tokenMatches(const Session* session, const QByteArray& token);
    // Set-Cookie values: the session's id, and the one that removes it.
    static QByteArray cookie(const Session& session, bool secure);
    static QByteArray clearingCookie();

private:
    void prune();

    const core::Clock& m_clock;
    std::int64_t m_idleMs = 0;
    std::int64_t m_lastPruneMs = 0;
    QHash<QByteArray, Session> m_sessions;
};

// The sign-in lock-out: wrong passwords, at sign-in or when the current one is
// asked for, count against the member id and the source address alike, and
// either one locked refuses (web.login_max_failures, default 5 in
// web.login_window_minutes 15, for web.login_lockout_minutes 15; read at each
// use).
class SignInLockout
{
public:
    SignInLockout(const store::Database& db, const core::Clock& clock, const QString& memberId,
                  const QString& source);

    std::int64_t lockedForMs() const; // 0 when both may try
    void failed();
    void succeeded(); // clears the member id's count; the address's stays

private:
    cards::AttemptLimiter m_limiter;
    QString m_memberKey;
    QString m_sourceKey;
};

} // namespace rebound::web
