#pragma once

#include "core/Clock.h"

#include <QHash>
#include <QString>
#include <cstdint>

namespace rebound::store {
class Database;
}

namespace rebound::triggers {

// INVITEs from addresses no gateway trusts, counted per source and minute
// and written as one audit row per source and minute ("sip.untrusted",
// "37 INVITEs …"), not one row (and one fsync) per INVITE: a scanner
// sending hundreds a second costs a few rows a minute. The number it tried
// is kept short. Lives on the switch thread.
class UntrustedInvites
{
public:
    // How many sources are told apart in one minute; the rest are summed up
    // as one "other sources" row, so a scan from many addresses cannot grow
    // the table without bound.
    static constexpr int MaxSources = 1000;

    void count(const QString& source, const QString& requestUser, std::int64_t nowMs);
    // Writes the rows of every minute that has ended (all of them with
    // everything); returns how many rows. Throws store::StoreError, and then
    // keeps the counts for the next try.
    int flush(const store::Database& db, const core::Clock& clock, bool everything = false);
    int pendingSources() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        std::int64_t minute = 0; // since the epoch
        int invites = 0;
        QString lastNumber;
    };
    QHash<QString, Entry> m_entries; // by source
};

} // namespace rebound::triggers
