#pragma once

#include "core/Clock.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <optional>

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

// An actor or action to look for: one value exactly, or every value that
// starts with `text`.
struct AuditMatch
{
    QString text;
    bool prefix = false;

    // How people write one, on the command line and in the console: "web:1001"
    // is that value only; a pattern that ends in ':' or '.' ("web:",
    // "account.") names a group and matches its start, as does one that ends
    // in '*' ("acc*"; the star is dropped). Surrounding spaces are ignored.
    static AuditMatch parse(const QString& pattern);
    bool isEmpty() const { return text.isEmpty(); }
};

// Which entries to read. Empty members match everything.
struct AuditFilter
{
    AuditMatch actor;
    AuditMatch action;
    QString objectType;                 // exact
    QString objectId;                   // exact
    QString text;                       // the details contain it (ASCII letters in either case)
    std::optional<std::int64_t> fromMs; // at >= fromMs
    std::optional<std::int64_t> toMs;   // at < toMs
};

// The last entry of a page; the next page starts after it.
struct AuditPageKey
{
    std::int64_t at = 0;
    std::int64_t id = 0;
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

    // The entries of `filter`, newest first (by time, then by id), at most
    // `limit`, after `after` when given. The time index gives both the range
    // and the order, so a page costs the rows read until `limit` match:
    // instant for recent entries, a scan of the range for a rare one.
    QList<AuditEntry> entries(const AuditFilter& filter, int limit,
                              const std::optional<AuditPageKey>& after = {}) const;
    static AuditPageKey keyOf(const AuditEntry& entry) { return {entry.at, entry.id}; }

    // The distinct actors and actions of the entries in [fromMs, toMs) (either
    // end open when not given), sorted, for filter choices. A group shared by
    // two or more values ("web:", "account.") comes first; a group of more
    // than `MaxGroupShown` values is given as the group alone, so thousands
    // of portal users do not flood a list.
    static constexpr int MaxGroupShown = 20;
    QStringList actors(std::optional<std::int64_t> fromMs = {}, std::optional<std::int64_t> toMs = {}) const;
    QStringList actions(std::optional<std::int64_t> fromMs = {}, std::optional<std::int64_t> toMs = {}) const;

private:
    QStringList choices(const QString& column, std::optional<std::int64_t> fromMs,
                        std::optional<std::int64_t> toMs) const;

    const Database& m_db;
    const core::Clock& m_clock;
};

// One change a person makes through a service, and its audit entry, in one
// transaction (a savepoint inside the caller's), open from construction: the
// entry is written just before the commit, so a change that throws leaves
// neither.
class AuditedChange
{
public:
    AuditedChange(const Database& db, const core::Clock& clock, QString actor);
    ~AuditedChange();
    AuditedChange(const AuditedChange&) = delete;
    AuditedChange& operator=(const AuditedChange&) = delete;

    // Records what `actor` did and commits.
    void commit(const QString& action, const QString& objectType, const QString& objectId,
                const QString& details = {});

    // An update's details: `details`, after "was OLD; " when the update
    // changed the object's id in the log (a renamed gateway, a new number).
    static QString updateDetails(const QString& oldId, const QString& newId, const QString& details);

private:
    struct Transaction; // Database::Transaction, kept out of this header
    std::unique_ptr<Transaction> m_transaction;
    AuditLog m_log;
    QString m_actor;
};

// What the services through which people change records have in common
// (subscribers, DIDs, gateways, routes, API tokens, rate tables, cards,
// balances): the database and clock they work on, and each change made as
// an AuditedChange.
class AuditedService
{
public:
    AuditedService(const Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

protected:
    // One change by `actor`, open until its commit.
    AuditedChange begin(const QString& actor) const { return {m_db, m_clock, actor}; }

    const Database& m_db;
    const core::Clock& m_clock;
};

} // namespace rebound::store
