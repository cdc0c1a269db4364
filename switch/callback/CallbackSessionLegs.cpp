// CallbackSession's two legs: dialling each (gateways tried in turn, each
// attempt recorded), leg A's retries and answer timeout, the answers (the
// IVR for A, the bridge for B), hold and resume passed across, a leg's end.

#include "billing/ChargeRule.h"
#include "billing/CreditManager.h"
#include "callback/CallbackSession.h"
#include "media/MediaEngine.h"
#include "routing/GatewayLoad.h"
#include "routing/LegDialer.h"
#include "routing/Router.h"
#include "sip/SipStack.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"

namespace rebound::callback {

namespace {
bool retryable(int status)
{
    // Busy or nobody answered: worth calling back again. Anything else (a
    // wrong number, a refusal) will not get better by trying.
    return status == 486 || status == 600 || status == 480 || status == 408 || status == 487;
}
} // namespace

routing::LegDialer* CallbackSession::makeDialer(Leg leg, const core::PhoneNumber& number,
                                                std::optional<std::int64_t> pinnedGateway, int mediaSession,
                                                quint16 mediaPort)
{
    routing::LegDialer::Config config;
    config.localHost = m_sip.advertisedHost();
    config.localPort = m_sip.advertisedPort();
    config.callerIdFallback = m_callback.digits();
    const auto candidates = routing::Router(m_db, m_clock, &m_rates).candidates(number, pinnedGateway);
    const quint64 sdpId = quint64(m_requestId) * 10 + quint64(mediaSession % 10);
    const QByteArray sdp = media::Sdp::offer(m_settings.mediaAddress, mediaPort, sdpId);
    auto* dialer = new routing::LegDialer(
        m_sip, candidates, sdp, config, [this](const store::Gateway& g) { return m_load.busy(g); }, this);
    connect(dialer, &routing::LegDialer::offered, this,
            [this, dialer, mediaSession, mediaPort, sdpId](const QByteArray& offer) {
                onLegOffer(*dialer, mediaSession, mediaPort, sdpId, offer);
            });
    connect(dialer, &routing::LegDialer::updated, this,
            [this, mediaSession](const QByteArray& answer) { onLegUpdated(mediaSession, answer); });
    connect(dialer, &routing::LegDialer::attemptStarted, this,
            [this, leg](qint64 gatewayId, const QString& sipCallId) {
                m_load.started(gatewayId);
                safely([&] { onAttemptStarted(leg, gatewayId, sipCallId); });
            });
    connect(dialer, &routing::LegDialer::attemptFailed, this,
            [this, leg](int status, const QString& reason) { onAttemptFailed(leg, status, reason); });
    connect(dialer, &routing::LegDialer::attemptEnded, this, [this](qint64 id) { m_load.ended(id); });
    connect(dialer, &routing::LegDialer::progress, this,
            [this](int status, const QString& phrase, const QString& gw) {
                Q_EMIT logLine(tr("callback #%1: %2 %3 %4").arg(m_requestId).arg(status).arg(gw, phrase));
            });
    return dialer;
}

void CallbackSession::onAttemptStarted(Leg leg, qint64 gatewayId, const QString& sipCallId)
{
    CallLeg& attempt = legOf(leg);
    // Which gateway an unanswered attempt went to: no money (Sync::Deferred,
    // as for the states); the leg's answer is a full commit.
    store::Database::Transaction transaction(m_db, store::Database::Sync::Deferred);
    store::CdrRepository cdrs(m_db, m_clock);
    if (attempt.closed) {
        // Failover: the gateway before refused, and its record keeps that.
        attempt.closed = false;
        const core::PhoneNumber& number = leg == Leg::A ? m_callback : m_destination;
        attempt.record =
            cdrs.openLeg(m_callId, leg == Leg::A ? u'A' : u'B', number.digits(), gatewayId, sipCallId);
    } else {
        // The record names the gateway tried, so a failed attempt counts
        // against that gateway's ASR too.
        cdrs.setLegRoute(attempt.record, gatewayId, sipCallId);
    }
    transaction.commit();
    if (leg == Leg::A && m_settings.answerTimeoutSeconds > 0)
        m_answerTimeout.start(m_settings.answerTimeoutSeconds * 1000);
}

void CallbackSession::onAttemptFailed(Leg leg, int status, const QString& reason)
{
    if (leg == Leg::A && m_aNotAnswered)
        return closeLegRecord(leg, 408, noAnswerReason(), m_clock.nowMs());
    closeLegRecord(leg, status, reason, m_clock.nowMs());
}

QString CallbackSession::noAnswerReason() const
{
    return tr("no answer in %1 s").arg(m_settings.answerTimeoutSeconds);
}

void CallbackSession::onANotAnswered()
{
    if (!m_a.dialer || m_a.up || m_hangingUp || m_finished)
        return;
    // Only now is it "no answer": the phone may ring far longer than any
    // media timeout. The CANCEL's 487 (or a 200 OK crossing it) ends the
    // attempt, which is then retried like a busy phone.
    m_aNotAnswered = true;
    Q_EMIT logLine(tr("callback #%1: leg A: %2, cancelling").arg(m_requestId).arg(noAnswerReason()));
    m_a.dialer->hangup();
}

void CallbackSession::dialA()
{
    if (m_finished)
        return;
    // The attempt, the state and leg A's record in one commit. Nothing here
    // is money (the hold was committed fully before, and leg A costs from
    // its answer, a full commit): Sync::Deferred, as for the states.
    store::Database::Transaction transaction(m_db, store::Database::Sync::Deferred);
    const QString noMedia = recordDialA();
    transaction.commit();
    announceState(store::RequestState::DialingA, {});
    if (!noMedia.isEmpty())
        return finish(noMedia);
    callA();
}

QString CallbackSession::recordDialA()
{
    ++m_attemptsA;
    m_aNotAnswered = false;
    store::CallbackRequestRepository(m_db, m_clock).countAttempt(m_requestId);
    recordState(store::RequestState::DialingA);
    const auto created = openMedia();
    if (!created.id)
        return tr("no media port: %1").arg(created.error);
    m_a.media = created.id;
    m_a.port = created.port;
    m_a.direction = media::Direction::SendRecv;
    m_a.record =
        store::CdrRepository(m_db, m_clock).openLeg(m_callId, u'A', m_callback.digits(), std::nullopt, {});
    m_a.closed = false;
    return {};
}

void CallbackSession::callA()
{
    if (m_finished)
        return;
    m_a.dialer =
        makeDialer(Leg::A, m_callback, m_testCarrier ? m_testCarrier : m_lgwGateway, m_a.media, m_a.port);
    connect(m_a.dialer, &routing::LegDialer::answered, this,
            [this](const QByteArray& sdp) { safely([&] { onAAnswered(sdp); }); });
    connect(m_a.dialer, &routing::LegDialer::failed, this,
            [this](int status, const QString& reason) { safely([&] { onAFailed(status, reason); }); });
    connect(m_a.dialer, &routing::LegDialer::ended, this, [this](const QString& reason) {
        safely([&] {
            // A 200 OK that crossed the no-answer CANCEL was hung up at once:
            // still no answer, as far as the subscriber is concerned.
            if (m_aNotAnswered && !m_a.up)
                return onAFailed(408, reason);
            onLegEnded(Leg::A, reason);
        });
    });
    // Keys sent as SIP INFO count like the ones heard in the audio.
    connect(m_a.dialer, &routing::LegDialer::digit, this, [this](QChar d) {
        if (m_a.media)
            m_media.injectDigit(m_a.media, d);
    });
    m_a.dialer->start();
}

void CallbackSession::onAAnswered(const QByteArray& sdp)
{
    m_answerTimeout.stop();
    const auto parsed = media::Sdp::parse(sdp);
    const auto agreement = parsed.sdp ? media::Sdp::negotiate(*parsed.sdp) : media::Sdp::Negotiation{};
    // The answer (what leg A is billed from) and, when the call goes on,
    // the IVR state: one full commit.
    store::Database::Transaction transaction(m_db);
    m_aAnsweredAt = store::CdrRepository(m_db, m_clock).legAnswered(m_a.record);
    if (agreement.agreement)
        recordState(store::RequestState::Ivr);
    transaction.commit();
    m_guardDeadline = m_aAnsweredAt + std::int64_t(m_settings.ivrAllowanceSeconds) * 1000;
    m_legAGuard.start(m_settings.ivrAllowanceSeconds * 1000);
    m_a.up = true;
    m_progress.start();
    if (!agreement.agreement) {
        m_failure =
            tr("leg A answered without usable audio: %1").arg(parsed.sdp ? agreement.error : parsed.error);
        m_a.dialer->hangup();
        return;
    }
    Q_EMIT logLine(tr("callback #%1: leg A audio %2, telephone-event %3")
                       .arg(m_requestId)
                       .arg(agreement.agreement->codec == media::Codec::Pcmu ? QStringLiteral("PCMU")
                                                                             : QStringLiteral("PCMA"))
                       .arg(agreement.agreement->telephoneEventPt));
    if (const QString error = m_media.setRemote(m_a.media, *agreement.agreement); !error.isEmpty()) {
        m_failure = error;
        m_a.dialer->hangup();
        return;
    }
    runIvr(true);
}

void CallbackSession::onAFailed(int status, const QString& reason)
{
    m_answerTimeout.stop();
    // After the answer timeout, the CANCEL's 487 means the phone rang out.
    const int code = m_aNotAnswered ? 408 : status;
    const QString why = m_aNotAnswered ? noAnswerReason() : reason;
    if (!m_a.closed) // no gateway was tried, or a late 200 OK (an attempt closes its own record)
        closeLegRecord(Leg::A, code, why, m_clock.nowMs());
    closeMedia(m_a.media);
    m_a.dialer->deleteLater();
    m_a.dialer = nullptr;
    if (!m_hangingUp && retryable(code) && m_attemptsA <= m_settings.retries) {
        setState(store::RequestState::Requested, tr("leg A: %1 %2, trying again").arg(code).arg(why));
        QTimer::singleShot(m_settings.retryDelayMs, this, [this] { safely([this] { dialA(); }); });
        return;
    }
    finish(tr("leg A: %1 %2").arg(code).arg(why));
}

void CallbackSession::reserveAndDialB()
{
    if (m_finished || !m_a.up)
        return;
    m_rateB = rateFor(m_destination);
    if (!m_rateB)
        return sayAndHangUp({QStringLiteral("number-not-valid"), QStringLiteral("goodbye")},
                            tr("%1 is not in the subscriber's plan").arg(m_destination.toPlus()));
    // Leg A keeps running while B rings, so allow for that in what is held.
    const int secondsA = secondsSince(m_aAnsweredAt) + m_settings.ringAllowanceSeconds;
    // The hold grown for the talk, the limit shown on the Live calls page,
    // the state and leg B's record: one commit that does not wait for the
    // disk (Sync::Deferred; before, a full commit for the hold and a
    // deferred one for the rest). None of it is money: a hold only keeps
    // concurrent calls from spending the same credit while the switch
    // runs; after a crash or a power cut the restart bills every open call
    // from its legs' records and releases every hold. Leg B costs from its
    // answer, a full commit, which makes this one durable too.
    store::Database::Transaction transaction(m_db, store::Database::Sync::Deferred);
    int talk = 0;
    try {
        talk = holdForTalk(secondsA); // its savepoint
    } catch (const billing::CreditError& error) {
        transaction.commit(); // nothing was written: the savepoint is undone
        return sayAndHangUp({QStringLiteral("balance-too-low"), QStringLiteral("goodbye")}, error.message());
    }
    store::CdrRepository cdrs(m_db, m_clock);
    cdrs.setLimit(m_callId, talk, m_reservationId);
    // What is held pays for leg A up to here plus the ring allowance.
    m_guardDeadline = m_aAnsweredAt + std::int64_t(secondsA) * 1000;
    m_legAGuard.start(static_cast<int>(std::max<std::int64_t>(0, m_guardDeadline - m_clock.nowMs())));
    const store::RequestState dialing = store::RequestState::DialingB;
    recordState(dialing);
    const auto created = openMedia();
    if (!created.id) {
        transaction.commit();
        announceState(dialing, {});
        return sayAndHangUp({QStringLiteral("call-failed"), QStringLiteral("goodbye")},
                            tr("no media port: %1").arg(created.error));
    }
    m_b.media = created.id;
    m_b.port = created.port;
    m_b.direction = media::Direction::SendRecv;
    m_b.record = cdrs.openLeg(m_callId, u'B', m_destination.digits(), std::nullopt, {});
    m_b.closed = false;
    transaction.commit();
    announceState(dialing, {});
    tellTimeLeft(talk);
    m_b.dialer = makeDialer(Leg::B, m_destination, m_testCarrier, m_b.media, created.port);
    connect(m_b.dialer, &routing::LegDialer::answered, this,
            [this](const QByteArray& sdp) { safely([&] { onBAnswered(sdp); }); });
    connect(m_b.dialer, &routing::LegDialer::failed, this,
            [this](int status, const QString& reason) { safely([&] { onBFailed(status, reason); }); });
    connect(m_b.dialer, &routing::LegDialer::ended, this,
            [this](const QString& reason) { safely([&] { onLegEnded(Leg::B, reason); }); });
    m_b.dialer->start();
}

void CallbackSession::onBAnswered(const QByteArray& sdp)
{
    // Leg B's answer, the hold taken again and the limit: one full commit,
    // made before anything that may end the call.
    store::Database::Transaction transaction(m_db);
    store::CdrRepository cdrs(m_db, m_clock);
    const std::int64_t bAnsweredAt = cdrs.legAnswered(m_b.record);
    m_legAGuard.stop();
    m_b.up = true;
    const auto parsed = media::Sdp::parse(sdp);
    const auto agreement = parsed.sdp ? media::Sdp::negotiate(*parsed.sdp) : media::Sdp::Negotiation{};
    if (!agreement.agreement || !m_media.setRemote(m_b.media, *agreement.agreement).isEmpty()) {
        transaction.commit();
        return hangup(tr("leg B answered without usable audio"));
    }
    int limit = 0;
    try {
        limit = holdForLimit(billing::billableSeconds(bAnsweredAt - m_aAnsweredAt));
        cdrs.setLimit(m_callId, limit, m_reservationId); // what is enforced, for the Live calls page
        // Bridged rides in this commit instead of a deferred one of its own
        // right after it: nothing between here and the bridge can fail.
        recordState(store::RequestState::Bridged);
        transaction.commit();
    } catch (const billing::CreditError& error) {
        transaction.commit(); // leg B's answer; the hold's savepoint is undone
        // Never connected: leg B is billed to its answer, leg A to now.
        Q_EMIT logLine(tr("callback #%1: %2").arg(m_requestId).arg(error.message()));
        m_cutAt = bAnsweredAt;
        m_cutReached = true;
        m_failure = error.message();
        return hangup(m_failure);
    }
    bridge(bAnsweredAt, limit);
}

void CallbackSession::bridge(std::int64_t bAnsweredAt, int limit)
{
    // Ringback, or the time left if B answered while it was being told:
    // the destination's first words come first.
    m_media.stop(m_a.media);
    if (std::exchange(m_tellingTimeLeft, false))
        m_afterPlayback = nullptr;
    m_media.bridge(m_a.media, m_b.media);
    Q_EMIT bridged(m_a.media, m_a.record, m_b.media, m_b.record);
    m_cutAt = bAnsweredAt + std::int64_t(limit) * 1000;
    m_limitReason =
        limit >= m_settings.maxCallSeconds ? tr("call time limit reached") : tr("credit limit reached");
    const std::int64_t now = m_clock.nowMs();
    m_limit.start(static_cast<int>(std::max<std::int64_t>(0, m_cutAt - now)));
    if (limit > m_settings.warningSeconds)
        m_warning.start(static_cast<int>(
            std::max<std::int64_t>(0, m_cutAt - std::int64_t(m_settings.warningSeconds) * 1000 - now)));
    // "Your call will end in one minute": right after the warning tone when
    // that sounds a minute before too, else on its own at the minute.
    m_minuteLeftAfterTone = false;
    if (m_settings.announceMinuteLeft && limit > 60) {
        m_minuteLeftAfterTone = m_settings.warningSeconds == 60;
        if (!m_minuteLeftAfterTone)
            m_minuteLeft.start(static_cast<int>(std::max<std::int64_t>(0, m_cutAt - 60'000 - now)));
    }
    announceState(store::RequestState::Bridged, {}); // recorded with B's answer
    Q_EMIT logLine(tr("callback #%1: bridged, limit %2 s").arg(m_requestId).arg(limit));
}

void CallbackSession::onBFailed(int status, const QString& reason)
{
    if (!m_b.closed) // no gateway was tried (an attempt closes its own record)
        closeLegRecord(Leg::B, status, reason, m_clock.nowMs());
    closeMedia(m_b.media);
    m_b.dialer->deleteLater();
    m_b.dialer = nullptr;
    if (m_hangingUp) {
        if (!m_a.up)
            finish(m_failure);
        return;
    }
    const QString prompt = status == 486 || status == 600 ? QStringLiteral("destination-busy")
                           : retryable(status)            ? QStringLiteral("no-answer")
                                                          : QStringLiteral("call-failed");
    m_media.stop(m_a.media);
    sayAndHangUp({prompt, QStringLiteral("goodbye")}, tr("leg B: %1 %2").arg(status).arg(reason));
}

void CallbackSession::onLegEnded(Leg leg, const QString& reason)
{
    // Taken before any write: a slow database must not lengthen a leg.
    const std::int64_t end = legEnd();
    if (leg == Leg::A) {
        if (m_failure.isEmpty() && !m_hangingUp && m_state != store::RequestState::Bridged)
            m_failure = tr("the subscriber hung up before being connected");
        m_a.up = false;
        if (!m_a.closed)
            deferLegClose(Leg::A, 200, reason, end);
        if (m_b.dialer && !m_hangingUp) {
            m_hangingUp = true;
            m_teardownAt = end;
            m_b.dialer->hangup();
        }
    } else {
        m_b.up = false;
        if (!m_b.closed)
            deferLegClose(Leg::B, 200, reason, end);
        if (m_a.up && !m_hangingUp) {
            m_hangingUp = true;
            m_teardownAt = end;
            m_a.dialer->hangup();
        }
    }
    const QString ended =
        tr("leg %1 ended: %2").arg(leg == Leg::A ? QStringLiteral("A") : QStringLiteral("B"), reason);
    if (m_endReason.isEmpty())
        m_endReason = ended;
    Q_EMIT logLine(tr("callback #%1: %2").arg(m_requestId).arg(ended));
    const bool bPending = m_b.dialer && !m_b.closed;
    if (!m_a.up && !bPending)
        return finish(m_failure); // closes the leg's record with the billing
    flushLegClose();
}

void CallbackSession::onLegOffer(routing::LegDialer& dialer, int mediaSession, quint16 mediaPort,
                                 quint64 sdpId, const QByteArray& sdp)
{
    if (sdp.isEmpty()) {
        // An offerless re-INVITE: our side as it stands, as a new offer.
        return dialer.answerOffer(200, media::Sdp::offer(m_settings.mediaAddress, mediaPort, sdpId,
                                                         {media::Codec::Pcmu, media::Codec::Pcma}, 101,
                                                         sdpId + dialer.nextSdpVersion()));
    }
    const auto parsed = media::Sdp::parse(sdp);
    const auto agreement = parsed.sdp ? media::Sdp::negotiate(*parsed.sdp) : media::Sdp::Negotiation{};
    if (!agreement.agreement || !m_media.setRemote(mediaSession, *agreement.agreement).isEmpty()) {
        Q_EMIT logLine(tr("callback #%1: a new offer without usable audio refused").arg(m_requestId));
        return dialer.answerOffer(488, {});
    }
    const media::Direction direction = agreement.agreement->direction;
    dialer.answerOffer(200, media::Sdp::answer(*parsed.sdp, *agreement.agreement, m_settings.mediaAddress,
                                               mediaPort, sdpId, sdpId + dialer.nextSdpVersion()));
    // Hold and resume reach the other leg: what this peer no longer sends
    // or takes, we no longer send or take from the other side either.
    const bool isA = mediaSession == m_a.media;
    CallLeg& offering = isA ? m_a : m_b;
    const CallLeg& otherLeg = isA ? m_b : m_a;
    routing::LegDialer* other = otherLeg.dialer;
    const int otherSession = otherLeg.media;
    if (direction == offering.direction)
        return; // a refresh or a move: nothing for the other side to know
    offering.direction = direction;
    Q_EMIT logLine(tr("callback #%1: leg %2 %3")
                       .arg(m_requestId)
                       .arg(isA ? QStringLiteral("A") : QStringLiteral("B"))
                       .arg(direction == media::Direction::SendRecv ? tr("resumed") : tr("on hold")));
    if (other && otherSession && otherLeg.up) {
        const quint64 otherId = quint64(m_requestId) * 10 + quint64(otherSession % 10);
        other->reinvite(media::Sdp::offer(m_settings.mediaAddress, otherLeg.port, otherId,
                                          {media::Codec::Pcmu, media::Codec::Pcma}, 101,
                                          otherId + other->nextSdpVersion(), direction));
    }
}

void CallbackSession::onLegUpdated(int mediaSession, const QByteArray& sdpAnswer)
{
    const auto parsed = media::Sdp::parse(sdpAnswer);
    const auto agreement = parsed.sdp ? media::Sdp::negotiate(*parsed.sdp) : media::Sdp::Negotiation{};
    if (agreement.agreement)
        m_media.setRemote(mediaSession, *agreement.agreement);
}

} // namespace rebound::callback
