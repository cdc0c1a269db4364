#include "callback/CallbackSession.h"

#include "billing/ChargeRule.h"
#include "billing/CreditManager.h"
#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "callback/Admission.h"
#include "callback/CallBilling.h"
#include "cards/AttemptLimiter.h"
#include "core/Languages.h"
#include "core/PasswordHash.h"
#include "media/MediaEngine.h"
#include "media/Speaker.h"
#include "routing/GatewayLoad.h"
#include "routing/LegDialer.h"
#include "sip/SipStack.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

namespace rebound::callback {

namespace {
bool retryable(int status)
{
    // Busy or nobody answered: worth calling back again. Anything else (a
    // wrong number, a refusal) will not get better by trying.
    return status == 486 || status == 600 || status == 480 || status == 408 || status == 487;
}
} // namespace

template <typename Step>
void CallbackSession::safely(Step&& step)
{
    // A write the database refuses (locked for too long, disk full) never
    // takes the switch down: this call ends with the reason, and what is
    // known of it is billed as soon as the database takes it.
    QString error;
    try {
        step();
        return;
    } catch (const store::StoreError& e) {
        error = e.message();
    } catch (const billing::CreditError& e) {
        error = e.message();
    }
    Q_EMIT logLine(tr("callback #%1: %2").arg(m_requestId).arg(error));
    if (m_finished)
        return;
    if (m_failure.isEmpty() && m_state != store::RequestState::Bridged)
        m_failure = tr("the database refused a write: %1").arg(error);
    hangup(m_failure.isEmpty() ? error : m_failure);
}

CallbackSession::CallbackSession(std::int64_t requestId, const store::Database& db, const core::Clock& clock,
                                 sip::SipStack& sip, media::MediaEngine& media, routing::GatewayLoad& load,
                                 billing::RateCache& rates, EngineSettings settings, QObject* parent)
    : QObject(parent)
    , m_requestId(requestId)
    , m_db(db)
    , m_clock(clock)
    , m_sip(sip)
    , m_media(media)
    , m_load(load)
    , m_rates(rates)
    , m_settings(std::move(settings))
{
    connectTimers();
    connectMedia();
}

// The call's timers: the answer timeout, the CDR progress tick, the credit
// warning, the minute-left notice, the credit limit and leg A's guard.
void CallbackSession::connectTimers()
{
    for (QTimer* t : {&m_warning, &m_minuteLeft, &m_limit, &m_legAGuard, &m_answerTimeout}) {
        t->setSingleShot(true);
        t->setTimerType(Qt::PreciseTimer); // a coarse timer may be 5% late
    }
    connect(&m_answerTimeout, &QTimer::timeout, this, [this] { safely([this] { onANotAnswered(); }); });
    m_progress.setInterval(10'000);
    connect(&m_progress, &QTimer::timeout, this, [this] {
        try {
            // Both legs in one full commit: these rows are what a call is
            // billed to after a crash or a power cut.
            store::Database::Transaction transaction(m_db);
            store::CdrRepository cdrs(m_db, m_clock);
            if (m_aUp)
                cdrs.legProgress(m_legA);
            if (m_bUp)
                cdrs.legProgress(m_legB);
            transaction.commit();
        } catch (const store::StoreError& error) {
            // The next tick tries again; the call goes on.
            Q_EMIT logLine(tr("callback #%1: %2").arg(m_requestId).arg(error.message()));
        }
    });
    connect(&m_warning, &QTimer::timeout, this, [this] {
        Q_EMIT logLine(tr("callback #%1: warning tone, %2 s of credit left")
                           .arg(m_requestId)
                           .arg(m_settings.warningSeconds));
        if (!m_mediaA)
            return;
        m_media.playTone(m_mediaA, media::ToneKind::Warning);
        if (m_minuteLeftAfterTone)
            m_afterPlayback = [this] { sayMinuteLeft(); };
    });
    connect(&m_minuteLeft, &QTimer::timeout, this, [this] { sayMinuteLeft(); });
    connect(&m_limit, &QTimer::timeout, this, [this] {
        // The audio stops now and both legs are billed to the cut, whatever
        // the BYEs' round trips take.
        m_cutReached = true;
        if (m_mediaA)
            m_media.unbridge(m_mediaA);
        hangup(m_limitReason);
    });
    connect(&m_legAGuard, &QTimer::timeout, this, [this] {
        m_failure = m_state == store::RequestState::DialingB ? tr("the destination did not answer in time")
                                                             : tr("no destination was given in time");
        // Leg A is billed to the deadline, what its hold paid for, however
        // long the BYE takes (as at the credit limit).
        m_cutAt = m_guardDeadline;
        m_cutReached = true;
        if (m_mediaA)
            m_media.stop(m_mediaA);
        hangup(m_failure);
    });
}

// The media engine's events for this call's sessions.
void CallbackSession::connectMedia()
{
    connect(&m_media, &media::MediaEngine::playbackFinished, this, [this](int session, bool) {
        if (session == m_mediaA && m_afterPlayback) {
            const auto next = std::exchange(m_afterPlayback, nullptr);
            safely(next);
        }
    });
    connect(&m_media, &media::MediaEngine::digitsCollected, this,
            [this](int session, const QString& digits, media::CollectReason) {
                if (session == m_mediaA && m_state == store::RequestState::Ivr)
                    safely([&] {
                        if (m_askPin && !m_pinOk)
                            onPin(digits);
                        else
                            onDigits(digits);
                    });
            });
    connect(&m_media, &media::MediaEngine::digitReceived, this, [this](int session, QChar digit) {
        if (session == m_mediaA)
            Q_EMIT logLine(tr("callback #%1: key %2").arg(m_requestId).arg(digit));
    });
    connect(&m_media, &media::MediaEngine::mediaTimeout, this, [this](int session) {
        if (session == m_mediaA || session == m_mediaB)
            hangup(tr("no audio from the other side"));
    });
}

CallbackSession::~CallbackSession()
{
    if (m_mediaA)
        m_media.destroySession(m_mediaA);
    if (m_mediaB)
        m_media.destroySession(m_mediaB);
}

std::optional<store::Rate> CallbackSession::rateFor(const core::PhoneNumber& number)
{
    return billing::Rater(m_rates, store::SettingsRepository(m_db).billingTimeZone())
        .rateFor(m_planId, number, m_clock.nowMs());
}

bool CallbackSession::paysForLegB(int talkSeconds) const
{
    // A talk time inside leg B's grace would be sold for nothing and still
    // bought from the carrier; only a destination that is free to the
    // subscriber may be connected on no credit for it.
    const bool free = m_rateB->perMinute.isZero() && m_rateB->connectFee.isZero();
    return talkSeconds >= 1 && (free || talkSeconds > m_rateB->graceSeconds);
}

std::int64_t CallbackSession::legEnd() const
{
    if (m_cutReached)
        return m_cutAt;
    const std::int64_t now = m_clock.nowMs();
    return m_teardownAt ? std::min(*m_teardownAt, now) : now;
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
    const bool isA = mediaSession == m_mediaA;
    media::Direction& last = isA ? m_directionA : m_directionB;
    routing::LegDialer* other = isA ? m_dialerB : m_dialerA;
    const int otherSession = isA ? m_mediaB : m_mediaA;
    if (direction == last)
        return; // a refresh or a move: nothing for the other side to know
    last = direction;
    Q_EMIT logLine(tr("callback #%1: leg %2 %3")
                       .arg(m_requestId)
                       .arg(isA ? QStringLiteral("A") : QStringLiteral("B"))
                       .arg(direction == media::Direction::SendRecv ? tr("resumed") : tr("on hold")));
    if (other && otherSession && (isA ? m_bUp : m_aUp)) {
        const quint64 otherId = quint64(m_requestId) * 10 + quint64(otherSession % 10);
        other->reinvite(media::Sdp::offer(m_settings.mediaAddress, isA ? m_portB : m_portA, otherId,
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

int CallbackSession::secondsSince(std::int64_t ms) const
{
    return billing::billableSeconds(m_clock.nowMs() - ms);
}

void CallbackSession::setState(store::RequestState state, const QString& failure)
{
    recordState(state, failure);
    announceState(state, failure);
}

void CallbackSession::recordState(store::RequestState state, const QString& failure)
{
    // The states on the way (DialingA, Ivr, DialingB, Bridged, Requested
    // for a retry) carry no money and are rewritten as the call moves on:
    // their commit survives the switch being killed (WAL) and reaches the
    // disk with the next full commit, which every answer, hold and the
    // call's end make. A final state waits for the disk.
    store::Database::Transaction transaction(m_db, store::isFinal(state) ? store::Database::Sync::Full
                                                                         : store::Database::Sync::Deferred);
    store::CallbackRequestRepository(m_db, m_clock).setState(m_requestId, state, failure);
    transaction.commit();
}

void CallbackSession::closeLegRecord(Leg leg, int sipStatus, const QString& reason, std::int64_t at)
{
    const std::int64_t legId = leg == Leg::A ? m_legA : m_legB;
    (leg == Leg::A ? m_legAClosed : m_legBClosed) = true;
    try {
        store::CdrRepository(m_db, m_clock).closeLeg(legId, sipStatus, reason, at);
    } catch (const store::StoreError& error) {
        m_legEnds.insert(legId, at);
        Q_EMIT logLine(tr("callback #%1: %2").arg(m_requestId).arg(error.message()));
    }
}

void CallbackSession::announceState(store::RequestState state, const QString& failure)
{
    m_state = state;
    Q_EMIT stateChanged(m_requestId, state);
    const QString word = store::stateWord(state); // the log shows the stored word
    Q_EMIT logLine(failure.isEmpty() ? tr("callback #%1: %2").arg(m_requestId).arg(word)
                                     : tr("callback #%1: %2 (%3)").arg(m_requestId).arg(word, failure));
}

void CallbackSession::start()
{
    try {
        const auto request = store::CallbackRequestRepository(m_db, m_clock).find(m_requestId);
        if (!request || request->isFinished()) {
            m_finished = true;
            Q_EMIT finished(m_requestId);
            return;
        }
        const auto account = store::AccountRepository(m_db, m_clock).findById(request->accountId);
        if (!account || !account->sellPlanId)
            return finish(tr("the subscriber has no sell plan"));
        // Suspended (a fraud alarm, an expired card, the console) while the
        // request waited out the callback delay.
        if (account->status != store::AccountStatus::Active)
            return finish(tr("the subscriber's account is not active"));
        m_accountId = account->id;
        m_planId = *account->sellPlanId;
        m_language = core::Languages::orEnglish(account->language); // "es-MX" speaks es; "de" English
        m_currency = store::SettingsRepository(m_db).currency();
        m_callback = request->callbackNumber;
        m_destination = request->destination;
        m_lgwGateway = request->pinnedGatewayId; // pinned when the trigger was admitted
        if (request->didId) {
            if (const auto did = store::GatewayRepository(m_db, m_clock).findDidById(*request->didId))
                m_askPin = did->askPin; // whoever rings this DID must also know the PIN
        }
        if (request->test) {
            // A test call never reaches a real carrier, whatever the routes say.
            const auto carrier = store::GatewayRepository(m_db, m_clock).testCarrier();
            if (!carrier || !carrier->enabled)
                return finish(tr("the test phones are off"));
            m_testCarrier = carrier->id;
            m_lgwGateway.reset();
        }
        m_rateA = rateFor(m_callback);
        if (!m_rateA)
            return finish(
                tr("the callback number %1 is not in the subscriber's plan").arg(m_callback.toPlus()));
        // Leg A costs money from its answer on, before any destination is
        // known: hold its IVR time before calling, so that concurrent
        // callbacks can never together spend more than the account has.
        store::Database::Transaction transaction(m_db);
        store::CdrRepository cdrs(m_db, m_clock);
        m_callId = cdrs.openCall(m_accountId, m_requestId);
        const core::Money ivrHold = Admission::minimumCredit(*m_rateA, m_settings.ivrAllowanceSeconds);
        const auto hold = billing::CreditManager(m_db, m_clock)
                              .reserve(m_accountId, QStringLiteral("call %1").arg(m_callId),
                                       [&](core::Money available) -> std::optional<core::Money> {
                                           if (ivrHold > available)
                                               return std::nullopt;
                                           return ivrHold;
                                       });
        m_reservationId = hold.id;
        m_reserved = hold.amount;
        cdrs.setLimit(m_callId, 0, m_reservationId);
        transaction.commit();
        QTimer::singleShot(m_settings.delayMs, this, [this] { safely([this] { dialA(); }); });
    } catch (const billing::CreditError& error) {
        m_callId = 0; // rolled back with the hold: no call was placed
        finish(error.message());
    } catch (const store::StoreError& error) {
        m_callId = 0;
        finish(error.message());
    }
}

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
    std::int64_t& record = leg == Leg::A ? m_legA : m_legB;
    bool& closed = leg == Leg::A ? m_legAClosed : m_legBClosed;
    // Which gateway an unanswered attempt went to: no money (Sync::Deferred,
    // as for the states); the leg's answer is a full commit.
    store::Database::Transaction transaction(m_db, store::Database::Sync::Deferred);
    store::CdrRepository cdrs(m_db, m_clock);
    if (closed) {
        // Failover: the gateway before refused, and its record keeps that.
        closed = false;
        const core::PhoneNumber& number = leg == Leg::A ? m_callback : m_destination;
        record = cdrs.openLeg(m_callId, leg == Leg::A ? u'A' : u'B', number.digits(), gatewayId, sipCallId);
    } else {
        // The record names the gateway tried, so a failed attempt counts
        // against that gateway's ASR too.
        cdrs.setLegRoute(record, gatewayId, sipCallId);
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
    if (!m_dialerA || m_aUp || m_hangingUp || m_finished)
        return;
    // Only now is it "no answer": the phone may ring far longer than any
    // media timeout. The CANCEL's 487 (or a 200 OK crossing it) ends the
    // attempt, which is then retried like a busy phone.
    m_aNotAnswered = true;
    Q_EMIT logLine(tr("callback #%1: leg A: %2, cancelling").arg(m_requestId).arg(noAnswerReason()));
    m_dialerA->hangup();
}

void CallbackSession::dialA()
{
    if (m_finished)
        return;
    ++m_attemptsA;
    m_aNotAnswered = false;
    // The attempt, the state and leg A's record in one commit. Nothing here
    // is money (the hold was committed fully before, and leg A costs from
    // its answer, a full commit): Sync::Deferred, as for the states.
    store::Database::Transaction transaction(m_db, store::Database::Sync::Deferred);
    store::CallbackRequestRepository(m_db, m_clock).countAttempt(m_requestId);
    const store::RequestState dialing = store::RequestState::DialingA;
    recordState(dialing);
    const auto created = m_media.createSession();
    if (!created.id) {
        transaction.commit();
        announceState(dialing, {});
        return finish(tr("no media port: %1").arg(created.error));
    }
    m_mediaA = created.id;
    m_portA = created.port;
    m_directionA = media::Direction::SendRecv;
    m_legA =
        store::CdrRepository(m_db, m_clock).openLeg(m_callId, u'A', m_callback.digits(), std::nullopt, {});
    m_legAClosed = false;
    transaction.commit();
    announceState(dialing, {});
    m_dialerA =
        makeDialer(Leg::A, m_callback, m_testCarrier ? m_testCarrier : m_lgwGateway, m_mediaA, created.port);
    connect(m_dialerA, &routing::LegDialer::answered, this,
            [this](const QByteArray& sdp) { safely([&] { onAAnswered(sdp); }); });
    connect(m_dialerA, &routing::LegDialer::failed, this,
            [this](int status, const QString& reason) { safely([&] { onAFailed(status, reason); }); });
    connect(m_dialerA, &routing::LegDialer::ended, this, [this](const QString& reason) {
        safely([&] {
            // A 200 OK that crossed the no-answer CANCEL was hung up at once:
            // still no answer, as far as the subscriber is concerned.
            if (m_aNotAnswered && !m_aUp)
                return onAFailed(408, reason);
            onLegEnded(Leg::A, reason);
        });
    });
    // Keys sent as SIP INFO count like the ones heard in the audio.
    connect(m_dialerA, &routing::LegDialer::digit, this, [this](QChar d) {
        if (m_mediaA)
            m_media.injectDigit(m_mediaA, d);
    });
    m_dialerA->start();
}

void CallbackSession::onAAnswered(const QByteArray& sdp)
{
    m_answerTimeout.stop();
    const auto parsed = media::Sdp::parse(sdp);
    const auto agreement = parsed.sdp ? media::Sdp::negotiate(*parsed.sdp) : media::Sdp::Negotiation{};
    // The answer (what leg A is billed from) and, when the call goes on,
    // the IVR state: one full commit.
    store::Database::Transaction transaction(m_db);
    m_aAnsweredAt = store::CdrRepository(m_db, m_clock).legAnswered(m_legA);
    if (agreement.agreement)
        recordState(store::RequestState::Ivr);
    transaction.commit();
    m_guardDeadline = m_aAnsweredAt + std::int64_t(m_settings.ivrAllowanceSeconds) * 1000;
    m_legAGuard.start(m_settings.ivrAllowanceSeconds * 1000);
    m_aUp = true;
    m_progress.start();
    if (!agreement.agreement) {
        m_failure =
            tr("leg A answered without usable audio: %1").arg(parsed.sdp ? agreement.error : parsed.error);
        m_dialerA->hangup();
        return;
    }
    Q_EMIT logLine(tr("callback #%1: leg A audio %2, telephone-event %3")
                       .arg(m_requestId)
                       .arg(agreement.agreement->codec == media::Codec::Pcmu ? QStringLiteral("PCMU")
                                                                             : QStringLiteral("PCMA"))
                       .arg(agreement.agreement->telephoneEventPt));
    if (const QString error = m_media.setRemote(m_mediaA, *agreement.agreement); !error.isEmpty()) {
        m_failure = error;
        m_dialerA->hangup();
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
    if (!m_legAClosed) // no gateway was tried, or a late 200 OK (an attempt closes its own record)
        closeLegRecord(Leg::A, code, why, m_clock.nowMs());
    m_media.destroySession(m_mediaA);
    m_mediaA = 0;
    m_dialerA->deleteLater();
    m_dialerA = nullptr;
    if (!m_hangingUp && retryable(code) && m_attemptsA <= m_settings.retries) {
        setState(store::RequestState::Requested, tr("leg A: %1 %2, trying again").arg(code).arg(why));
        QTimer::singleShot(m_settings.retryDelayMs, this, [this] { safely([this] { dialA(); }); });
        return;
    }
    finish(tr("leg A: %1 %2").arg(code).arg(why));
}

void CallbackSession::askForPin()
{
    say({QStringLiteral("enter-pin")}, true);
    m_media.collectDigits(m_mediaA, media::CollectSpec{12, '#', 15'000, 5'000});
}

void CallbackSession::onPin(const QString& digits)
{
    // The DID asks for the PIN: a caller ID can be forged, the PIN cannot.
    // Failures count per account with the same lock-out as card PINs, and
    // are audited without the digits.
    const auto account = store::AccountRepository(m_db, m_clock).findById(m_accountId);
    const QString code = account ? account->accountCode : QString();
    cards::AttemptLimiter limiter(m_db, m_clock, cards::AttemptLimiter::policyFromSettings(m_db));
    const QString key = QStringLiteral("ivr:account:") + code;
    if (!account || account->pinHash.isEmpty())
        return sayAndHangUp({QStringLiteral("goodbye")},
                            tr("the DID asks for a PIN and the subscriber has none"));
    if (limiter.lockedFor(key) > 0)
        return sayAndHangUp({QStringLiteral("goodbye")}, tr("too many wrong PINs: locked out for a while"));
    if (!digits.isEmpty() && core::PasswordHash::verify(digits, account->pinHash)) {
        limiter.recordSuccess(key);
        m_pinOk = true;
        Q_EMIT logLine(tr("callback #%1: PIN accepted").arg(m_requestId));
        return runIvr();
    }
    limiter.recordFailure(key);
    store::AuditLog(m_db, m_clock)
        .record(QStringLiteral("ivr"), QStringLiteral("ivr.pin_failed"), QStringLiteral("account"), code,
                tr("wrong PIN on callback #%1").arg(m_requestId));
    Q_EMIT logLine(tr("callback #%1: wrong PIN").arg(m_requestId));
    if (++m_pinTries >= 3)
        return sayAndHangUp({QStringLiteral("goodbye")}, tr("wrong PIN"));
    askForPin();
}

void CallbackSession::runIvr(bool stateRecorded)
{
    if (stateRecorded)
        announceState(store::RequestState::Ivr, {});
    else
        setState(store::RequestState::Ivr);
    if (m_askPin && !m_pinOk)
        return askForPin();
    if (!m_destination.isEmpty()) {
        // Known destination (SMS, web): tell the balance, then connect. The
        // balance told is what the subscriber can spend: CreditManager's
        // balance + credit limit - holds, with this call's own IVR hold
        // counted as theirs (it is spent on this very call, as resize() does).
        const core::Money spendable =
            billing::CreditManager(m_db, m_clock).available(m_accountId) + m_reserved;
        m_afterPlayback = [this] { reserveAndDialB(); };
        const QString error = saySentence(
            [&](const media::Speaker& speaker) {
                QStringList sentence{QStringLiteral("you-have")};
                sentence += speaker.amount(spendable, m_currency);
                sentence << QStringLiteral("please-hold");
                return sentence;
            },
            false);
        if (!error.isEmpty()) {
            Q_EMIT logLine(tr("callback #%1: prompt not played: %2").arg(m_requestId).arg(error));
            m_afterPlayback = nullptr;
            reserveAndDialB();
        }
        return;
    }
    say({QStringLiteral("enter-destination")}, true);
    m_media.collectDigits(m_mediaA, media::CollectSpec{20, '#', 15'000, 5'000});
}

void CallbackSession::onDigits(const QString& digits)
{
    if (digits.isEmpty())
        return refuseDestination(QStringLiteral("number-not-valid"));
    const auto normalised = store::SettingsRepository(m_db).dialPlan().normalise(digits);
    if (!normalised.ok())
        return refuseDestination(QStringLiteral("number-not-valid"));
    if (!rateFor(normalised.number))
        return refuseDestination(QStringLiteral("number-not-valid")); // not in the plan: not allowed
    m_destination = normalised.number;
    store::CallbackRequestRepository(m_db, m_clock).setDestination(m_requestId, m_destination);
    Q_EMIT logLine(tr("callback #%1: destination %2").arg(m_requestId).arg(m_destination.toPlus()));
    reserveAndDialB();
}

void CallbackSession::refuseDestination(const QString& prompt)
{
    if (++m_ivrTries >= 2)
        return sayAndHangUp({prompt, QStringLiteral("goodbye")}, tr("no valid destination was entered"));
    say({prompt, QStringLiteral("enter-destination")}, true);
    m_media.collectDigits(m_mediaA, media::CollectSpec{20, '#', 15'000, 5'000});
}

void CallbackSession::reserveAndDialB()
{
    if (m_finished || !m_aUp)
        return;
    m_rateB = rateFor(m_destination);
    if (!m_rateB)
        return sayAndHangUp({QStringLiteral("number-not-valid"), QStringLiteral("goodbye")},
                            tr("%1 is not in the subscriber's plan").arg(m_destination.toPlus()));
    // Leg A keeps running while B rings, so allow for that in what is held.
    const int secondsA = secondsSince(m_aAnsweredAt) + m_settings.ringAllowanceSeconds;
    int talk = 0;
    try {
        // The IVR hold grows into the whole call's: what this call already
        // holds counts as available to it.
        const auto reservation =
            billing::CreditManager(m_db, m_clock)
                .resize(*m_reservationId, [&](core::Money available) -> std::optional<core::Money> {
                    talk = billing::Rater::maxTalkSeconds(available, *m_rateA, secondsA, *m_rateB,
                                                          m_settings.maxCallSeconds);
                    // Only an estimate (B's ringing is allowed for): the
                    // hold is taken again, exactly, when B answers.
                    if (talk < 1)
                        return std::nullopt;
                    return billing::Rater::costOfTalk(*m_rateA, secondsA, *m_rateB, talk);
                });
        m_reservationId = reservation.id;
        m_reserved = reservation.amount;
    } catch (const billing::CreditError& error) {
        return sayAndHangUp({QStringLiteral("balance-too-low"), QStringLiteral("goodbye")}, error.message());
    }
    // The hold above is a full commit of its own. The limit shown on the
    // Live calls page, the state and leg B's record carry no money (leg B
    // costs from its answer, a full commit): one Sync::Deferred commit.
    store::Database::Transaction transaction(m_db, store::Database::Sync::Deferred);
    store::CdrRepository cdrs(m_db, m_clock);
    cdrs.setLimit(m_callId, talk, m_reservationId);
    // What is held pays for leg A up to here plus the ring allowance.
    m_guardDeadline = m_aAnsweredAt + std::int64_t(secondsA) * 1000;
    m_legAGuard.start(static_cast<int>(std::max<std::int64_t>(0, m_guardDeadline - m_clock.nowMs())));
    const store::RequestState dialing = store::RequestState::DialingB;
    recordState(dialing);
    const auto created = m_media.createSession();
    if (!created.id) {
        transaction.commit();
        announceState(dialing, {});
        return sayAndHangUp({QStringLiteral("call-failed"), QStringLiteral("goodbye")},
                            tr("no media port: %1").arg(created.error));
    }
    m_mediaB = created.id;
    m_portB = created.port;
    m_directionB = media::Direction::SendRecv;
    m_legB = cdrs.openLeg(m_callId, u'B', m_destination.digits(), std::nullopt, {});
    m_legBClosed = false;
    transaction.commit();
    announceState(dialing, {});
    tellTimeLeft(talk);
    m_dialerB = makeDialer(Leg::B, m_destination, m_testCarrier, m_mediaB, created.port);
    connect(m_dialerB, &routing::LegDialer::answered, this,
            [this](const QByteArray& sdp) { safely([&] { onBAnswered(sdp); }); });
    connect(m_dialerB, &routing::LegDialer::failed, this,
            [this](int status, const QString& reason) { safely([&] { onBFailed(status, reason); }); });
    connect(m_dialerB, &routing::LegDialer::ended, this,
            [this](const QString& reason) { safely([&] { onLegEnded(Leg::B, reason); }); });
    m_dialerB->start();
}

void CallbackSession::onBAnswered(const QByteArray& sdp)
{
    // Leg B's answer, the hold taken again and the limit: one full commit,
    // made before anything that may end the call.
    store::Database::Transaction transaction(m_db);
    store::CdrRepository cdrs(m_db, m_clock);
    const std::int64_t bAnsweredAt = cdrs.legAnswered(m_legB);
    m_legAGuard.stop();
    m_bUp = true;
    const auto parsed = media::Sdp::parse(sdp);
    const auto agreement = parsed.sdp ? media::Sdp::negotiate(*parsed.sdp) : media::Sdp::Negotiation{};
    if (!agreement.agreement || !m_media.setRemote(m_mediaB, *agreement.agreement).isEmpty()) {
        transaction.commit();
        return hangup(tr("leg B answered without usable audio"));
    }
    // The hold is taken again now that leg A's real time is known: all the
    // credit the subscriber has (this call's own hold counted as free) buys
    // the longest talk time, exactly as `rates quote --max-talk` reckons it.
    // Both legs are billed to m_cutAt, so the call never costs more than is
    // held, and the subscriber gets every second they pay for.
    const int secondsA = billing::billableSeconds(bAnsweredAt - m_aAnsweredAt);
    int limit = 0;
    try {
        const auto reservation =
            billing::CreditManager(m_db, m_clock)
                .resize(*m_reservationId, [&](core::Money available) -> std::optional<core::Money> {
                    limit = billing::Rater::maxTalkSeconds(available, *m_rateA, secondsA, *m_rateB,
                                                           m_settings.maxCallSeconds);
                    if (!paysForLegB(limit))
                        return std::nullopt;
                    return billing::Rater::costOfTalk(*m_rateA, secondsA, *m_rateB, limit);
                });
        m_reservationId = reservation.id;
        m_reserved = reservation.amount;
        cdrs.setLimit(m_callId, limit, m_reservationId); // what is enforced, for the Live calls page
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
    // Ringback, or the time left if B answered while it was being told:
    // the destination's first words come first.
    m_media.stop(m_mediaA);
    if (std::exchange(m_tellingTimeLeft, false))
        m_afterPlayback = nullptr;
    m_media.bridge(m_mediaA, m_mediaB);
    Q_EMIT bridged(m_mediaA, m_legA, m_mediaB, m_legB);
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
    setState(store::RequestState::Bridged);
    Q_EMIT logLine(tr("callback #%1: bridged, limit %2 s").arg(m_requestId).arg(limit));
}

void CallbackSession::onBFailed(int status, const QString& reason)
{
    if (!m_legBClosed) // no gateway was tried (an attempt closes its own record)
        closeLegRecord(Leg::B, status, reason, m_clock.nowMs());
    m_media.destroySession(m_mediaB);
    m_mediaB = 0;
    m_dialerB->deleteLater();
    m_dialerB = nullptr;
    if (m_hangingUp) {
        if (!m_aUp)
            finish(m_failure);
        return;
    }
    const QString prompt = status == 486 || status == 600 ? QStringLiteral("destination-busy")
                           : retryable(status)            ? QStringLiteral("no-answer")
                                                          : QStringLiteral("call-failed");
    m_media.stop(m_mediaA);
    sayAndHangUp({prompt, QStringLiteral("goodbye")}, tr("leg B: %1 %2").arg(status).arg(reason));
}

void CallbackSession::onLegEnded(Leg leg, const QString& reason)
{
    // Taken before any write: a slow database must not lengthen a leg.
    const std::int64_t end = legEnd();
    if (leg == Leg::A) {
        if (m_failure.isEmpty() && !m_hangingUp && m_state != store::RequestState::Bridged)
            m_failure = tr("the subscriber hung up before being connected");
        m_aUp = false;
        if (!m_legAClosed)
            deferLegClose(Leg::A, 200, reason, end);
        if (m_dialerB && !m_hangingUp) {
            m_hangingUp = true;
            m_teardownAt = end;
            m_dialerB->hangup();
        }
    } else {
        m_bUp = false;
        if (!m_legBClosed)
            deferLegClose(Leg::B, 200, reason, end);
        if (m_aUp && !m_hangingUp) {
            m_hangingUp = true;
            m_teardownAt = end;
            m_dialerA->hangup();
        }
    }
    const QString ended =
        tr("leg %1 ended: %2").arg(leg == Leg::A ? QStringLiteral("A") : QStringLiteral("B"), reason);
    if (m_endReason.isEmpty())
        m_endReason = ended;
    Q_EMIT logLine(tr("callback #%1: %2").arg(m_requestId).arg(ended));
    const bool bPending = m_dialerB && !m_legBClosed;
    if (!m_aUp && !bPending)
        return finish(m_failure); // closes the leg's record with the billing
    flushLegClose();
}

void CallbackSession::deferLegClose(Leg leg, int sipStatus, const QString& reason, std::int64_t at)
{
    flushLegClose(); // a hang-up that ended the other leg at once
    (leg == Leg::A ? m_legAClosed : m_legBClosed) = true;
    m_lastLegClose = LegClose{leg == Leg::A ? m_legA : m_legB, sipStatus, reason, at};
}

void CallbackSession::flushLegClose()
{
    if (!m_lastLegClose)
        return;
    const LegClose close = *std::exchange(m_lastLegClose, std::nullopt);
    try {
        store::CdrRepository(m_db, m_clock).closeLeg(close.legId, close.sipStatus, close.reason, close.at);
    } catch (const store::StoreError& error) {
        m_legEnds.insert(close.legId, close.at);
        Q_EMIT logLine(tr("callback #%1: %2").arg(m_requestId).arg(error.message()));
    }
}

QString CallbackSession::say(const QStringList& playlist, bool bargeIn)
{
    return m_media.play(m_mediaA, playlist, bargeIn, m_language);
}

QString CallbackSession::saySentence(const std::function<QStringList(const media::Speaker&)>& sentence,
                                     bool bargeIn)
{
    const QString error = say(sentence(*media::Speaker::forLanguage(m_language)), bargeIn);
    if (error.isEmpty() || m_language == QLatin1String("en"))
        return error;
    // The language's grammar needs a word recorded nowhere: the whole
    // sentence in English rather than English words in its grammar.
    Q_EMIT logLine(tr("callback #%1: %2; said in English instead").arg(m_requestId).arg(error));
    const QString en = QStringLiteral("en");
    return m_media.play(m_mediaA, sentence(*media::Speaker::forLanguage(en)), bargeIn, en);
}

void CallbackSession::tellTimeLeft(int talkSeconds)
{
    // While the destination rings, how long the credit lasts, then
    // ringback: the subscriber is waiting anyway, so it costs no leg A time
    // and does not delay the call, and it stops if B answers first (as
    // ringback does). It is a floor: the hold allows B the whole ring
    // allowance of leg A, and the limit taken at B's answer is never less.
    // Nothing is told when the call-time cap, not the credit, is the limit
    // (unlimited credit, a free destination): that is a safety net, not the
    // subscriber's money.
    if (m_settings.announceTimeLeft && talkSeconds < m_settings.maxCallSeconds) {
        m_tellingTimeLeft = true;
        m_afterPlayback = [this] {
            m_tellingTimeLeft = false;
            if (m_state == store::RequestState::DialingB && m_mediaA)
                m_media.playTone(m_mediaA, media::ToneKind::Ringback);
        };
        const QString error = saySentence(
            [talkSeconds](const media::Speaker& speaker) {
                return QStringList{QStringLiteral("you-can-talk-for")} + speaker.duration(talkSeconds);
            },
            false);
        if (error.isEmpty()) {
            Q_EMIT logLine(tr("callback #%1: time left told, %2 s").arg(m_requestId).arg(talkSeconds));
            return;
        }
        m_tellingTimeLeft = false;
        m_afterPlayback = nullptr;
        Q_EMIT logLine(tr("callback #%1: prompt not played: %2").arg(m_requestId).arg(error));
    }
    m_media.playTone(m_mediaA, media::ToneKind::Ringback);
}

void CallbackSession::sayMinuteLeft()
{
    if (!m_mediaA || m_hangingUp || m_state != store::RequestState::Bridged)
        return;
    // Heard instead of the destination for its two seconds, as the tone is.
    const QString error = say({QStringLiteral("one-minute-left")}, false);
    Q_EMIT logLine(error.isEmpty() ? tr("callback #%1: one minute left told").arg(m_requestId)
                                   : tr("callback #%1: prompt not played: %2").arg(m_requestId).arg(error));
}

void CallbackSession::sayAndHangUp(const QStringList& playlist, const QString& failure)
{
    m_failure = failure;
    if (!m_aUp || !m_mediaA)
        return hangup(failure);
    m_afterPlayback = [this] { hangup(m_failure); };
    if (!say(playlist, false).isEmpty()) {
        m_afterPlayback = nullptr;
        hangup(failure);
    }
}

void CallbackSession::hangup(const QString& reason)
{
    if (m_failure.isEmpty() && !m_cutReached)
        m_failure = m_state == store::RequestState::Bridged ? QString() : reason;
    if (m_endReason.isEmpty())
        m_endReason = reason;
    Q_EMIT logLine(tr("callback #%1: hanging up: %2").arg(m_requestId).arg(reason));
    if (!m_teardownAt)
        m_teardownAt = legEnd(); // legs we hang up are billed to this decision, not to the BYE's answer
    m_hangingUp = true;
    m_limit.stop();
    m_warning.stop();
    m_minuteLeft.stop();
    m_legAGuard.stop();
    m_answerTimeout.stop();
    if (m_dialerB && !m_legBClosed)
        m_dialerB->hangup();
    if (m_dialerA && !m_legAClosed)
        m_dialerA->hangup();
    if ((!m_dialerA || m_legAClosed) && (!m_dialerB || m_legBClosed))
        finish(m_failure);
}

void CallbackSession::finish(const QString& failure)
{
    if (m_finished || !m_callId)
        flushLegClose(); // a leg's record is only ever closed with the billing of its call
    if (m_finished)
        return;
    m_finished = true;
    m_progress.stop();
    m_limit.stop();
    m_warning.stop();
    m_minuteLeft.stop();
    m_legAGuard.stop();
    m_answerTimeout.stop();
    const store::RequestState state =
        failure.isEmpty() ? store::RequestState::Completed : store::RequestState::Failed;
    if (m_callId) {
        CallEnd end;
        end.callId = m_callId;
        end.requestId = m_requestId;
        end.failure = failure;
        end.reason = failure.isEmpty() ? m_endReason : failure;
        end.endedAtMs = legEnd();
        end.legEndedAtMs = m_legEnds;
        // The leg whose end ended the call is closed in the billing's
        // transaction: one full commit for the leg's end, the CDR and the
        // charge. Should the database refuse, its end goes with `end`.
        const std::optional<LegClose> lastClose = std::exchange(m_lastLegClose, std::nullopt);
        if (lastClose)
            end.legEndedAtMs.insert(lastClose->legId, lastClose->at);
        try {
            store::Database::Transaction transaction(m_db);
            if (lastClose)
                store::CdrRepository(m_db, m_clock)
                    .closeLeg(lastClose->legId, lastClose->sipStatus, lastClose->reason, lastClose->at);
            CallBilling(m_db, m_clock, &m_rates).finishCall(end);
            transaction.commit();
        } catch (const store::StoreError& error) {
            // Nothing was written; the hold stays until the switch bills it.
            Q_EMIT logLine(tr("callback #%1: could not bill call #%2 yet: %3")
                               .arg(m_requestId)
                               .arg(m_callId)
                               .arg(error.message()));
            Q_EMIT billingFailed(end, error.message());
            Q_EMIT finished(m_requestId);
            return;
        }
        announceState(state, failure);
        Q_EMIT finished(m_requestId);
        return;
    }
    // No call was placed: only a hold to give back and the request to end.
    try {
        if (m_reservationId)
            billing::CreditManager(m_db, m_clock).release(*m_reservationId);
        setState(state, failure);
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(
            tr("callback #%1: could not record the end: %2").arg(m_requestId).arg(error.message()));
    }
    Q_EMIT finished(m_requestId);
}

} // namespace rebound::callback
