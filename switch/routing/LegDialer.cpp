#include "routing/LegDialer.h"

#include "sip/SipStack.h"

namespace rebound::routing {

LegDialer::LegDialer(sip::SipStack& stack, QList<RouteCandidate> candidates, QByteArray sdpOffer,
                     Config config, std::function<bool(const store::Gateway&)> busyGateway, QObject* parent)
    : QObject(parent)
    , m_stack(stack)
    , m_candidates(std::move(candidates))
    , m_sdp(std::move(sdpOffer))
    , m_config(std::move(config))
    , m_busy(std::move(busyGateway))
{
    m_noResponse.setSingleShot(true);
    connect(&m_noResponse, &QTimer::timeout, this, [this] {
        // The gateway is silent: give up on it and try the next.
        const int leg = m_legId;
        m_legId = 0;
        m_stack.cancel(leg);
        endAttempt();
        tryNext(408, tr("no response from the gateway"));
    });
    connect(&m_stack, &sip::SipStack::legProgress, this,
            [this](int legId, int status, const QString& phrase) {
                if (legId != m_legId)
                    return;
                m_gotResponse = true;
                m_noResponse.stop();
                Q_EMIT progress(status, phrase, currentGateway() ? currentGateway()->name : QString());
            });
    connect(&m_stack, &sip::SipStack::legAnswered, this, [this](int legId, const QByteArray& sdp) {
        if (legId != m_legId)
            return;
        m_noResponse.stop();
        m_answered = true;
        Q_EMIT answered(sdp, currentGateway()->name, currentGateway()->id);
    });
    connect(&m_stack, &sip::SipStack::legFailed, this, &LegDialer::onFailed);
    connect(&m_stack, &sip::SipStack::legDigit, this, [this](int legId, QChar d) {
        if (legId == m_legId)
            Q_EMIT digit(d);
    });
    connect(&m_stack, &sip::SipStack::legOffer, this, [this](int legId, const QByteArray& sdp) {
        if (legId == m_legId && m_answered)
            Q_EMIT offered(sdp);
    });
    connect(&m_stack, &sip::SipStack::legUpdated, this, [this](int legId, const QByteArray& sdp) {
        if (legId == m_legId && m_answered)
            Q_EMIT updated(sdp);
    });
    connect(&m_stack, &sip::SipStack::legEnded, this, [this](int legId, const QString& reason) {
        if (legId != m_legId || m_done)
            return;
        m_done = true;
        endAttempt();
        Q_EMIT ended(reason);
    });
}

const store::Gateway* LegDialer::currentGateway() const
{
    return m_index >= 0 && m_index < m_candidates.size() ? &m_candidates[m_index].gateway : nullptr;
}

void LegDialer::start()
{
    tryNext(404, tr("no route to this number"));
}

void LegDialer::hangup()
{
    m_noResponse.stop();
    if (m_legId)
        m_stack.hangup(m_legId);
}

void LegDialer::answerOffer(int status, const QByteArray& sdpAnswer)
{
    if (m_legId)
        m_stack.answerOffer(m_legId, status, sdpAnswer);
}

void LegDialer::reinvite(const QByteArray& sdpOffer)
{
    if (m_legId && m_answered && !m_done)
        m_stack.reinvite(m_legId, sdpOffer);
}

void LegDialer::onFailed(int legId, int status, const QString& phrase)
{
    if (legId != m_legId || m_done)
        return;
    m_noResponse.stop();
    m_legId = 0;
    endAttempt();
    // A gateway that refuses us (403, or challenges again the credentials we
    // just gave it) cannot carry the call, but the next one may.
    const bool refusedUs = status == 401 || status == 403 || status == 407;
    const bool gatewayTrouble = status == 408 || status >= 500 || refusedUs;
    if (gatewayTrouble && !m_answered) {
        tryNext(status, phrase);
        return;
    }
    m_done = true;
    if (std::exchange(m_attempting, false) && !m_answered)
        Q_EMIT attemptFailed(status, phrase);
    Q_EMIT failed(status, phrase);
}

void LegDialer::endAttempt()
{
    if (m_attemptGateway != 0) {
        Q_EMIT attemptEnded(m_attemptGateway);
        m_attemptGateway = 0;
    }
}

void LegDialer::tryNext(int lastStatus, const QString& lastReason)
{
    if (std::exchange(m_attempting, false))
        Q_EMIT attemptFailed(lastStatus, lastReason);
    while (++m_index < m_candidates.size()) {
        const RouteCandidate& c = m_candidates[m_index];
        if (m_busy && m_busy(c.gateway)) {
            Q_EMIT progress(0, tr("gateway %1 is at its call limit").arg(c.gateway.name), c.gateway.name);
            continue;
        }
        sip::OutboundLeg leg;
        // UDP is the default transport, so only TCP and TLS are spelled out.
        leg.requestUri =
            QStringLiteral("sip:%1@%2:%3").arg(c.dialledNumber, c.gateway.host).arg(c.gateway.port);
        if (c.gateway.transport != QLatin1String("udp"))
            leg.requestUri += QStringLiteral(";transport=") + c.gateway.transport;
        const QString callerId =
            c.gateway.callerId.isEmpty() ? m_config.callerIdFallback : c.gateway.callerId;
        leg.fromUri = QStringLiteral("sip:%1@%2:%3")
                          .arg(callerId.isEmpty() ? QStringLiteral("rebound") : callerId, m_config.localHost)
                          .arg(m_config.localPort);
        leg.username = c.gateway.username;
        leg.password = c.gateway.password;
        leg.realm = c.gateway.realm;
        leg.sdpOffer = m_sdp;
        m_gotResponse = false;
        m_attemptGateway = c.gateway.id;
        m_attempting = true;
        m_legId = m_stack.invite(leg);
        Q_EMIT attemptStarted(c.gateway.id, m_stack.callId(m_legId));
        m_noResponse.start(m_config.noResponseTimeoutMs);
        Q_EMIT progress(0, tr("trying %1").arg(c.gateway.name), c.gateway.name);
        return;
    }
    m_done = true;
    Q_EMIT failed(lastStatus, lastReason);
}

} // namespace rebound::routing
