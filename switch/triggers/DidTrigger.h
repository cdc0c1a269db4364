#pragma once

#include "callback/Admission.h"
#include "core/Clock.h"
#include "triggers/TrustedSources.h"
#include "triggers/UntrustedInvites.h"

#include <QCoreApplication>
#include <QHostAddress>

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

    struct Result
    {
        int status = 500;
        QString phrase;
        callback::RequestOutcome outcome; // when a DID was found
        QString log;                      // one line for the SIP log
    };
    // requestUser is the user part of the Request-URI ("+12125550101");
    // callerUser the user part of the From header, the caller ID.
    Result handleInvite(const QString& requestUser, const QString& callerUser, const QHostAddress& source,
                        int sourcePort, const QString& transport);

private:
    // The INVITE came from `gateway`, which we trust.
    Result handleTrusted(const QString& requestUser, const QString& callerUser, const QString& from,
                         const store::Gateway& gateway);
    // Whether the DID's subscriber takes a trigger from this caller ID.
    bool callerAllowed(const store::Account& account, const QString& callerUser) const;

    const store::Database& m_db;
    const core::Clock& m_clock;
    UntrustedInvites* m_untrusted;
    const TrustedSources* m_trusted;
    callback::AdmittedRequests* m_admitted = nullptr;
    billing::RateCache* m_rates = nullptr;
};

} // namespace rebound::triggers
