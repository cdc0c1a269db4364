// CallbackSession's frame: construction, the call's timers and media events,
// start (the request read, the call opened with its IVR hold), the states,
// hang-up and the end.

#include "callback/CallbackSession.h"

#include "billing/CreditManager.h"
#include "callback/CallBilling.h"
#include "callback/MediaEvents.h"
#include "core/Languages.h"
#include "media/MediaEngine.h"
#include "routing/LegDialer.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

namespace rebound::callback {

void CallbackSession::safely(const std::function<void()>& step)
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
                                 sip::SipStack& sip, media::MediaEngine& media, MediaEvents& mediaEvents,
                                 routing::GatewayLoad& load, billing::RateCache& rates,
                                 EngineSettings settings, QObject* parent)
    : QObject(parent)
    , m_requestId(requestId)
    , m_db(db)
    , m_clock(clock)
    , m_sip(sip)
    , m_media(media)
    , m_mediaEvents(mediaEvents)
    , m_load(load)
    , m_rates(rates)
    , m_settings(std::move(settings))
{
    connectTimers();
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
            if (m_a.up)
                cdrs.legProgress(m_a.record);
            if (m_b.up)
                cdrs.legProgress(m_b.record);
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
        if (!m_a.media)
            return;
        m_media.playTone(m_a.media, media::ToneKind::Warning);
        if (m_minuteLeftAfterTone)
            m_afterPlayback = [this] { sayMinuteLeft(); };
    });
    connect(&m_minuteLeft, &QTimer::timeout, this, [this] { sayMinuteLeft(); });
    connect(&m_limit, &QTimer::timeout, this, [this] {
        // The audio stops now and both legs are billed to the cut, whatever
        // the BYEs' round trips take.
        m_cutReached = true;
        if (m_a.media)
            m_media.unbridge(m_a.media);
        hangup(m_limitReason);
    });
    connect(&m_legAGuard, &QTimer::timeout, this, [this] {
        m_failure = m_state == store::RequestState::DialingB ? tr("the destination did not answer in time")
                                                             : tr("no destination was given in time");
        // Leg A is billed to the deadline, what its hold paid for, however
        // long the BYE takes (as at the credit limit).
        m_cutAt = m_guardDeadline;
        m_cutReached = true;
        if (m_a.media)
            m_media.stop(m_a.media);
        hangup(m_failure);
    });
}

void CallbackSession::onPlaybackFinished(int session)
{
    if (session == m_a.media && m_afterPlayback) {
        const auto next = std::exchange(m_afterPlayback, nullptr);
        safely(next);
    }
}

void CallbackSession::onDigitsCollected(int session, const QString& digits)
{
    if (session == m_a.media && m_state == store::RequestState::Ivr)
        safely([&] {
            if (m_askPin && !m_pinOk)
                onPin(digits);
            else
                onDigits(digits);
        });
}

void CallbackSession::onDigitReceived(int session, QChar digit)
{
    if (session == m_a.media)
        Q_EMIT logLine(tr("callback #%1: key %2").arg(m_requestId).arg(digit));
}

void CallbackSession::onMediaTimeout(int session)
{
    if (session == m_a.media || session == m_b.media)
        hangup(tr("no audio from the other side"));
}

media::MediaEngine::Created CallbackSession::openMedia()
{
    const auto created = m_media.createSession();
    if (created.id)
        m_mediaEvents.watch(created.id, this);
    return created;
}

void CallbackSession::closeMedia(int& session)
{
    if (!session)
        return;
    m_mediaEvents.forget(session);
    m_media.destroySession(session);
    session = 0;
}

CallbackSession::~CallbackSession()
{
    closeMedia(m_a.media);
    closeMedia(m_b.media);
}

void CallbackSession::start()
{
    QString noMedia; // leg A could not be given a media session
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
        store::Database::Transaction transaction(m_db);
        store::CdrRepository cdrs(m_db, m_clock);
        m_callId = cdrs.openCall(m_accountId, m_requestId);
        holdIvrTime();
        cdrs.setLimit(m_callId, 0, m_reservationId);
        if (m_settings.delayMs > 0) {
            transaction.commit();
            QTimer::singleShot(m_settings.delayMs, this, [this] { safely([this] { dialA(); }); });
            return;
        }
        // Called back at once (the switch waits out callback.delay_ms
        // before it starts the session): leg A's first attempt, its state
        // and its record ride in this full commit instead of a deferred one
        // of their own a moment later.
        noMedia = recordDialA();
        transaction.commit();
    } catch (const billing::CreditError& error) {
        m_callId = 0; // rolled back with the hold: no call was placed
        return finish(error.message());
    } catch (const store::StoreError& error) {
        m_callId = 0;
        return finish(error.message());
    }
    announceState(store::RequestState::DialingA, {});
    if (!noMedia.isEmpty())
        return finish(noMedia);
    // The INVITE in the next pass: the sessions started together commit
    // before any of them turns to SIP.
    QTimer::singleShot(0, this, [this] { safely([this] { callA(); }); });
}

void CallbackSession::setState(store::RequestState state, const QString& failure)
{
    recordState(state, failure);
    announceState(state, failure);
}

void CallbackSession::announceState(store::RequestState state, const QString& failure)
{
    m_state = state;
    Q_EMIT stateChanged(m_requestId, state);
    const QString word = store::stateWord(state); // the log shows the stored word
    Q_EMIT logLine(failure.isEmpty() ? tr("callback #%1: %2").arg(m_requestId).arg(word)
                                     : tr("callback #%1: %2 (%3)").arg(m_requestId).arg(word, failure));
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
    if (m_b.dialer && !m_b.closed)
        m_b.dialer->hangup();
    if (m_a.dialer && !m_a.closed)
        m_a.dialer->hangup();
    if ((!m_a.dialer || m_a.closed) && (!m_b.dialer || m_b.closed))
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
        if (billCall(failure))
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
