#pragma once

#include "core/Clock.h"
#include "sip/SipStack.h"
#include "store/Gateway.h"
#include "triggers/FloodGuard.h"
#include "triggers/TrustedSources.h"

#include <QObject>
#include <cstdint>
#include <optional>

namespace rebound::store {
class Database;
class SettingsRepository;
} // namespace rebound::store
namespace rebound::billing {
class RateCache;
}
namespace rebound::callback {
class AdmittedRequests;
}
namespace rebound::triggers {
class SmsService;
class UntrustedInvites;
} // namespace rebound::triggers

namespace rebound {

// What the switch answers to SIP requests from outside its calls: a flood
// limit per source (a looser one for our own gateways), DID triggers a
// batch at a time, SMS texts by MESSAGE from trusted gateways, OPTIONS.
// Lives on the switch thread with SwitchCore, across restarts, so a
// source's flood count outlives a restart as it always has.
class InboundRequests : public QObject, public sip::SipRequestHandler
{
    Q_OBJECT

public:
    // Untrusted INVITEs are counted into `untrustedInvites` (audited by
    // Housekeeping); admitted requests are announced on `admitted`.
    InboundRequests(const core::Clock& clock, callback::AdmittedRequests& admitted,
                    triggers::UntrustedInvites& untrustedInvites, QObject* parent = nullptr);

    // Read at every start: sip.rate_per_second, sip.burst and their trusted_
    // counterparts; the trusted gateways are read again too.
    void setFloodLimits(const store::SettingsRepository& settings);
    // What requests are answered with while the switch runs, set before the
    // stack takes any and dropped when it has stopped. A signalling-only
    // switch (`dial`) takes no triggers.
    void attach(store::Database& db, billing::RateCache* rates, triggers::SmsService* sms,
                bool signallingOnly);
    void detach();

    sip::SipReply handle(const sip::SipRequest& request) override;
    // DID triggers that arrived together: one commit for all of them.
    QList<sip::SipReply> handleInvites(const QList<sip::SipRequest>& invites) override;

Q_SIGNALS:
    void logLine(const QString& line);

private:
    // 503 for a stack that takes no triggers or a source over its limit.
    std::optional<sip::SipReply> refusedUpFront(const sip::SipRequest& request);
    // INVITEs past that: DID triggers, answered together.
    QList<sip::SipReply> handleTriggers(const QList<sip::SipRequest>& invites);
    sip::SipReply handleMessage(const sip::SipRequest& request);
    // The gateway trusting `source` (an SMS gateway with smsOnly), from a
    // list read again every 5 s rather than once per request.
    // The test carrier is found only by its exact source port.
    std::optional<store::Gateway> trustedGateway(const QHostAddress& source, std::int64_t nowMs,
                                                 bool smsOnly = false, int port = 0);

    const core::Clock& m_clock;
    callback::AdmittedRequests& m_admitted;
    triggers::UntrustedInvites& m_untrustedInvites;
    store::Database* m_db = nullptr;
    billing::RateCache* m_rates = nullptr;
    triggers::SmsService* m_sms = nullptr;
    bool m_signallingOnly = false;
    triggers::FloodGuard m_flood;                      // every source but our gateways
    triggers::FloodGuard m_trustedFlood;               // our gateways: a carrier's burst is not a scan
    std::optional<triggers::TrustedSources> m_trusted; // read again every few seconds
    std::int64_t m_trustedReadMs = 0;
    std::int64_t m_lastFloodLogMs = 0;
};

} // namespace rebound
