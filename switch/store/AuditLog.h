#pragma once

#include "core/Clock.h"

#include <QList>
#include <QString>
#include <cstdint>

namespace rebound::store {

class Database;

struct AuditEntry
{
    std::int64_t id = 0;
    std::int64_t at = 0;
    QString actor;  // "console", "cli", "web:1001", "sip:203.0.113.7"
    QString source; // address or host the action came from, if any
    QString action; // "account.add", "did.rejected_untrusted", ...
    QString objectType;
    QString objectId;
    QString details; // never a password, PIN or other secret
};

// Who did what, when. Written in the same transaction as the change it
// describes, so the log and the data never disagree.
class AuditLog
{
public:
    AuditLog(const Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    void record(const QString& actor, const QString& action, const QString& objectType,
                const QString& objectId, const QString& details = {}, const QString& source = {});
    QList<AuditEntry> recent(int limit = 100) const; // newest first

private:
    const Database& m_db;
    const core::Clock& m_clock;
};

} // namespace rebound::store
