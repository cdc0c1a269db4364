// What CallbackSession says to the subscriber and hears back: the PIN, the
// destination keyed, the balance, the time left and the minute-left notice.

#include "billing/CreditManager.h"
#include "callback/CallbackSession.h"
#include "cards/AttemptLimiter.h"
#include "core/PasswordHash.h"
#include "media/MediaEngine.h"
#include "media/Speaker.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/SettingsRepository.h"

namespace rebound::callback {

void CallbackSession::askForPin()
{
    say({QStringLiteral("enter-pin")}, true);
    m_media.collectDigits(m_a.media, media::CollectSpec{12, '#', 15'000, 5'000});
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
    m_media.collectDigits(m_a.media, media::CollectSpec{20, '#', 15'000, 5'000});
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
    m_media.collectDigits(m_a.media, media::CollectSpec{20, '#', 15'000, 5'000});
}

QString CallbackSession::say(const QStringList& playlist, bool bargeIn)
{
    return m_media.play(m_a.media, playlist, bargeIn, m_language);
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
    return m_media.play(m_a.media, sentence(*media::Speaker::forLanguage(en)), bargeIn, en);
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
            if (m_state == store::RequestState::DialingB && m_a.media)
                m_media.playTone(m_a.media, media::ToneKind::Ringback);
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
    m_media.playTone(m_a.media, media::ToneKind::Ringback);
}

void CallbackSession::sayMinuteLeft()
{
    if (!m_a.media || m_hangingUp || m_state != store::RequestState::Bridged)
        return;
    // Heard instead of the destination for its two seconds, as the tone is.
    const QString error = say({QStringLiteral("one-minute-left")}, false);
    Q_EMIT logLine(error.isEmpty() ? tr("callback #%1: one minute left told").arg(m_requestId)
                                   : tr("callback #%1: prompt not played: %2").arg(m_requestId).arg(error));
}

void CallbackSession::sayAndHangUp(const QStringList& playlist, const QString& failure)
{
    m_failure = failure;
    if (!m_a.up || !m_a.media)
        return hangup(failure);
    m_afterPlayback = [this] { hangup(m_failure); };
    if (!say(playlist, false).isEmpty()) {
        m_afterPlayback = nullptr;
        hangup(failure);
    }
}

} // namespace rebound::callback
