#pragma once

#include "routing/Router.h"

#include <QObject>
#include <QTimer>

namespace rebound::sip {
class SipStack;
}

namespace rebound::routing {

// Places one leg: tries the route candidates in order, moving on to the next
// gateway on 5xx, 408, 401/407/403 (the gateway will not take our
// credentials) or when a gateway does not answer at all, and stops at any
// other final answer (busy, not found, declined: a person said no).
class LegDialer : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        int noResponseTimeoutMs = 5000; // nothing at all from a gateway: try the next
        QString localHost;              // for our From/Contact
        int localPort = 5060;
        QString callerIdFallback;
    };
    // `busyGateway` says whether a gateway is at its call limit right now.
    LegDialer(sip::SipStack& stack, QList<RouteCandidate> candidates, QByteArray sdpOffer, Config config,
              std::function<bool(const store::Gateway&)> busyGateway, QObject* parent = nullptr);

    void start();
    void hangup();
    const store::Gateway* currentGateway() const;
    // Mid-call: answers the peer's new offer (from the `offered` slot, at
    // once), or sends our own (hold, resume).
    void answerOffer(int status, const QByteArray& sdpAnswer);
    void reinvite(const QByteArray& sdpOffer);
    // The o= version for the next description we send on this leg.
    quint64 nextSdpVersion() { return ++m_sdpVersion; }

Q_SIGNALS:
    void progress(int status, const QString& phrase, const QString& gateway);
    void answered(const QByteArray& sdpAnswer, const QString& gateway, qint64 gatewayId);
    void failed(int status, const QString& reason); // after the last candidate
    void ended(const QString& reason);              // an answered leg hung up
    void digit(QChar digit);                        // a key sent as SIP INFO
    // The answered peer sent a new offer (re-INVITE, UPDATE; empty when it
    // asks for ours): answer it with answerOffer() before returning.
    void offered(const QByteArray& sdp);
    void updated(const QByteArray& sdpAnswer); // the peer's answer to reinvite()
    // A gateway carries this leg from attemptStarted until attemptEnded
    // (for its concurrent-call limit). `sipCallId` is the INVITE's Call-ID.
    void attemptStarted(qint64 gatewayId, const QString& sipCallId);
    void attemptEnded(qint64 gatewayId);
    // The attempt begun by the last attemptStarted ended unanswered; the
    // next gateway is tried, or failed() follows.
    void attemptFailed(int status, const QString& reason);

private:
    void tryNext(int lastStatus, const QString& lastReason);
    void onFailed(int legId, int status, const QString& phrase);
    void endAttempt();

    sip::SipStack& m_stack;
    QList<RouteCandidate> m_candidates;
    QByteArray m_sdp;
    Config m_config;
    std::function<bool(const store::Gateway&)> m_busy;
    qsizetype m_index = -1;
    int m_legId = 0;
    bool m_gotResponse = false;
    bool m_answered = false;
    bool m_done = false;
    qint64 m_attemptGateway = 0;
    bool m_attempting = false; // an INVITE is out and has no final answer yet
    quint64 m_sdpVersion = 0;
    QTimer m_noResponse;
};

} // namespace rebound::routing
