#pragma once

#include "callback/Admission.h"
#include "core/Clock.h"
#include "core/DialPlan.h"
#include "triggers/TrustedSources.h"
#include "triggers/UntrustedInvites.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>

namespace rebound::store {
class Database;
struct Gateway;
} // namespace rebound::store
namespace rebound::billing {
class RateCache;
}

namespace rebound::triggers {

// An INVITE to one of our DIDs: the subscriber rang their own number and
// wants a callback. Never answered (so the trigger call costs nothing):
// 486 Busy Here for a known DID from a trusted gateway, 404 for an unknown
// DID, 403 for anyone we do not trust. A subscriber with registered phones
// and the DID caller check on (the default) gets a callback only when the
// caller ID is one of those phones; any other caller gets the same 486, and
// the refusal is audited.
class DidTrigger
{
    Q_DECLARE_TR_FUNCTIONS(DidTrigger)

public:
    // With `untrusted`, INVITEs from untrusted addresses are counted there
    // (one audit row per source and minute); without, each is audited.
    // With `trusted`, the gateways are those (the switch reads them every few
    // seconds); without, they are read for this INVITE.
    DidTrigger(const store::Database& db, const core::Clock& clock, UntrustedInvites* untrusted = nullptr,
               const TrustedSources* trusted = nullptr)
        : m_db(db)
        , m_clock(clock)
        , m_untrusted(untrusted)
        , m_trusted(trusted)
    {
    }
    // The switch's rate cache and where admitted requests go (callback::Admission).
    DidTrigger& admitInto(callback::AdmittedRequests* admitted, billing::RateCache* rates)
    {
        m_admitted = admitted;
        m_rates = rates;
        return *this;
    }

    struct Invite
    {
        QString requestUser; // the user part of the Request-URI ("+12125550101")
        QString callerUser;  // the user part of the From header, the caller ID
        QHostAddress source;
        int sourcePort = 0;
        QString transport; // "udp", "tcp"
    };
    struct Result
    {
        int status = 500;
        QString phrase;
        callback::RequestOutcome outcome; // when a DID was found
        QString log;                      // one line for the SIP log
        // Why the database failed this trigger (status 500, nothing of it
        // kept); `log` is then empty, the caller words the failure.
        QString error;
    };
    Result handleInvite(const QString& requestUser, const QString& callerUser, const QHostAddress& source,
                        int sourcePort, const QString& transport);
    // INVITEs that arrived together, one result each in the same order.
    // Their rows share one write transaction, one commit (synchronous=NORMAL,
    // see callback::Admission::request), with a savepoint per trigger: a
    // trigger whose statements fail gets 500 and leaves nothing, the others
    // go on. Admitted requests are announced only once that commit is done;
    // if it fails, every trigger of the batch gets 500, none is announced,
    // and the 486 that would have said "recorded" is never sent.
    QList<Result> handleInvites(const QList<Invite>& invites);

private:
    // One trigger inside the batch's transaction, in its own savepoint;
    // `gateway` null: from an address no gateway trusts.
    Result handleInSavepoint(const Invite& invite, const store::Gateway* gateway,
                             callback::Admission& admission);
    Result refuseUntrusted(const Invite& invite, const QString& from);
    // The INVITE came from `gateway`, which we trust.
    Result handleTrusted(const QString& requestUser, const QString& callerUser, const QString& from,
                         const store::Gateway& gateway, callback::Admission& admission);
    // What a trigger the database failed gets: 500, and nothing of it kept.
    static Result failed(const QString& error);
    // Whether the DID's subscriber takes a trigger from this caller ID.
    bool callerAllowed(const store::Account& account, const QString& callerUser) const;
    // Read once per batch: its transaction keeps the settings as they are.
    const core::DialPlan& dialPlan() const;

    const store::Database& m_db;
    const core::Clock& m_clock;
    UntrustedInvites* m_untrusted;
    const TrustedSources* m_trusted;
    callback::AdmittedRequests* m_admitted = nullptr;
    billing::RateCache* m_rates = nullptr;
    mutable std::optional<core::DialPlan> m_dialPlan;
};

} // namespace rebound::triggers
