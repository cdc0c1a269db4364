#include "triggers/UntrustedInvites.h"

#include "store/AuditLog.h"
#include "store/Database.h"

#include <QDateTime>

namespace rebound::triggers {

namespace {
constexpr std::int64_t MinuteMs = 60'000;
const QString OtherSources = QStringLiteral("other sources");
} // namespace

void UntrustedInvites::count(const QString& source, const QString& requestUser, std::int64_t nowMs)
{
    const std::int64_t minute = nowMs / MinuteMs;
    QString key = source;
    if (!m_entries.contains(key) && m_entries.size() >= MaxSources)
        key = OtherSources;
    Entry& entry = m_entries[key];
    if (entry.invites > 0 && entry.minute != minute) {
        // A new minute for a source whose last one was not written yet:
        // keep both apart by writing the old one under its own key.
        Entry old = std::exchange(entry, Entry{});
        m_entries.insert(key + QStringLiteral(" @") + QString::number(old.minute), old);
    }
    entry.minute = minute;
    ++entry.invites;
    entry.lastNumber = requestUser.left(32); // a URI is the attacker's text: only a little of it
}

int UntrustedInvites::flush(const store::Database& db, const core::Clock& clock, bool everything)
{
    const std::int64_t current = clock.nowMs() / MinuteMs;
    QList<QString> done;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (everything || it->minute < current)
            done.append(it.key());
    if (done.isEmpty())
        return 0;
    store::Database::Transaction transaction(db);
    store::AuditLog audit(db, clock);
    for (const QString& key : done) {
        const Entry& e = m_entries[key];
        const QString source = key.section(QStringLiteral(" @"), 0, 0);
        const QString from =
            QDateTime::fromMSecsSinceEpoch(e.minute * MinuteMs, Qt::UTC).toString(Qt::ISODate);
        audit.record(QStringLiteral("sip"), QStringLiteral("sip.untrusted"), QStringLiteral("did"),
                     e.lastNumber,
                     QStringLiteral("%1 INVITE(s) from an address no gateway trusts in the minute from %2, "
                                    "the last to %3")
                         .arg(e.invites)
                         .arg(from, e.lastNumber),
                     source == OtherSources ? QString() : source);
    }
    transaction.commit();
    for (const QString& key : done)
        m_entries.remove(key);
    return int(done.size());
}

} // namespace rebound::triggers
