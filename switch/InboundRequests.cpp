#include "InboundRequests.h"

#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "triggers/DidTrigger.h"
#include "triggers/SmsService.h"

namespace rebound {

InboundRequests::InboundRequests(const core::Clock& clock, callback::AdmittedRequests& admitted,
                                 triggers::UntrustedInvites& untrustedInvites, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_admitted(admitted)
    , m_untrustedInvites(untrustedInvites)
{
}

void InboundRequests::setFloodLimits(const store::SettingsRepository& settings)
{
    // Always set, so a limit reset to its default takes effect on restart.
    const double rate = settings.decimal(QStringLiteral("sip.rate_per_second"));
    const double burst = settings.decimal(QStringLiteral("sip.burst"));
    m_flood.setLimits(rate, burst > 0 ? burst : rate * 2);
    const double trustedRate = settings.decimal(QStringLiteral("sip.trusted_rate_per_second"));
    const double trustedBurst = settings.decimal(QStringLiteral("sip.trusted_burst"));
    m_trustedFlood.setLimits(trustedRate, trustedBurst > 0 ? trustedBurst : trustedRate * 2);
    m_trusted.reset();
}

void InboundRequests::attach(store::Database& db, billing::RateCache* rates, triggers::SmsService* sms,
                             bool signallingOnly)
{
    m_db = &db;
    m_rates = rates;
    m_sms = sms;
    m_signallingOnly = signallingOnly;
}

void InboundRequests::detach()
{
    m_db = nullptr;
    m_rates = nullptr;
    m_sms = nullptr;
}

std::optional<sip::SipReply> InboundRequests::refusedUpFront(const sip::SipRequest& request)
{
    sip::SipReply reply;
    if (m_signallingOnly) {
        // A `dial` test leg's stack takes no triggers: that is the switch's job.
        reply.status = 503;
        reply.phrase = QStringLiteral("Service Unavailable");
        return reply;
    }
    const std::int64_t now = m_clock.nowMs();
    triggers::FloodGuard& guard =
        trustedGateway(request.source, now, false, request.sourcePort) ? m_trustedFlood : m_flood;
    if (!guard.allow(request.source.toString(), now)) {
        if (now - m_lastFloodLogMs > 10'000) {
            m_lastFloodLogMs = now;
            Q_EMIT logLine(
                tr("Too many requests from %1: answering 503 for a while").arg(request.source.toString()));
        }
        reply.status = 503;
        reply.phrase = QStringLiteral("Service Unavailable");
        reply.retryAfterSeconds = 5;
        return reply;
    }
    return std::nullopt;
}

sip::SipReply InboundRequests::handle(const sip::SipRequest& request)
{
    if (auto refused = refusedUpFront(request))
        return *refused;
    sip::SipReply reply;
    try {
        if (request.method == QLatin1String("INVITE"))
            return handleTriggers({request}).constFirst();
        if (request.method == QLatin1String("MESSAGE"))
            return handleMessage(request);
        if (request.method == QLatin1String("OPTIONS")) {
            reply.status = 200; // carriers ping us to see we are alive
            reply.phrase = QStringLiteral("OK");
            return reply;
        }
        // INFO or UPDATE outside any call of ours.
        reply.status = 481;
        reply.phrase = QStringLiteral("Call/Transaction Does Not Exist");
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(tr("%1 failed: %2").arg(request.method, error.message()));
        reply.status = 500;
        reply.phrase = QStringLiteral("Server Internal Error");
    }
    return reply;
}
std::optional<store::Gateway> InboundRequests::trustedGateway(const QHostAddress& source, std::int64_t nowMs,
                                                              bool smsOnly, int port)
{
    // Read again every few seconds: a gateway added in the console gets its
    // limits without a restart, and a flood costs no query per request.
    if (!m_trusted || nowMs - m_trustedReadMs > 5'000) {
        m_trustedReadMs = nowMs;
        try {
            m_trusted = triggers::TrustedSources::load(*m_db, m_clock);
        } catch (const store::StoreError& error) {
            // Until the database answers again, everyone gets the stricter limit.
            Q_EMIT logLine(tr("Reading the trusted gateways failed: %1").arg(error.message()));
            if (!m_trusted)
                return std::nullopt;
        }
    }
    return m_trusted->gatewayFor(source, smsOnly, port);
}

QList<sip::SipReply> InboundRequests::handleInvites(const QList<sip::SipRequest>& invites)
{
    QList<sip::SipReply> replies(invites.size());
    QList<qsizetype> passed; // the INVITEs past the flood guard, by index
    QList<sip::SipRequest> triggers;
    for (qsizetype i = 0; i < invites.size(); ++i) {
        if (auto refused = refusedUpFront(invites[i])) {
            replies[i] = *refused;
        } else {
            passed.append(i);
            triggers.append(invites[i]);
        }
    }
    if (triggers.isEmpty())
        return replies;
    const QList<sip::SipReply> answered = handleTriggers(triggers);
    for (qsizetype j = 0; j < passed.size(); ++j)
        replies[passed[j]] = answered[j];
    return replies;
}

QList<sip::SipReply> InboundRequests::handleTriggers(const QList<sip::SipRequest>& invites)
{
    QList<sip::SipReply> replies(invites.size()); // 500 unless said otherwise
    QList<triggers::DidTrigger::Invite> batch;
    batch.reserve(invites.size());
    for (const sip::SipRequest& request : invites)
        batch.append(
            {request.requestUser, request.fromUser, request.source, request.sourcePort, request.transport});
    try {
        // The flood guard has just read the trusted gateways (at most 5 s old).
        const auto results =
            triggers::DidTrigger(*m_db, m_clock, &m_untrustedInvites, m_trusted ? &*m_trusted : nullptr)
                .admitInto(&m_admitted, m_rates)
                .handleInvites(batch);
        for (qsizetype i = 0; i < results.size(); ++i) {
            Q_EMIT logLine(
                results[i].error.isEmpty()
                    ? results[i].log
                    : tr("%1 failed: %2")
                          .arg(QStringLiteral("INVITE ") + invites[i].requestUser, results[i].error));
            replies[i].status = results[i].status;
            replies[i].phrase = results[i].phrase;
        }
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(tr("%1 failed: %2").arg(QStringLiteral("INVITE"), error.message()));
    }
    return replies;
}

sip::SipReply InboundRequests::handleMessage(const sip::SipRequest& request)
{
    sip::SipReply reply;
    const auto gateway = trustedGateway(request.source, m_clock.nowMs(), true, request.sourcePort);
    if (!gateway) {
        Q_EMIT logLine(
            tr("MESSAGE from %1, which is not a trusted SMS gateway: 403").arg(request.source.toString()));
        reply.status = 403;
        reply.phrase = QStringLiteral("Forbidden");
        return reply;
    }
    const QString source = QStringLiteral("sip:%1:%2").arg(request.source.toString()).arg(request.sourcePort);
    // Read off the switch thread (a PIN costs a full PBKDF2): 200 now, the
    // reply text as its own MESSAGE when it is ready (SwitchCore::startSip).
    m_sms->submit(request.fromUser, QString::fromUtf8(request.body), source, gateway->name, gateway->host,
                  gateway->port, gateway->isTest);
    reply.status = 200;
    reply.phrase = QStringLiteral("OK");
    return reply;
}

} // namespace rebound
