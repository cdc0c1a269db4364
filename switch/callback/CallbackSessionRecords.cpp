// What CallbackSession holds and writes: rates, the credit holds (the IVR's,
// the talk's while B rings, the limit at B's answer), the request's state,
// the legs' records and the call's billing at its end.

#include "billing/ChargeRule.h"
#include "billing/CreditManager.h"
#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "callback/Admission.h"
#include "callback/CallBilling.h"
#include "callback/CallbackSession.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

namespace rebound::callback {

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

void CallbackSession::holdIvrTime()
{
    // Leg A costs money from its answer on, before any destination is
    // known: hold its IVR time before calling, so that concurrent
    // callbacks can never together spend more than the account has.
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
}

int CallbackSession::holdForTalk(int secondsA)
{
    // The IVR hold grows into the whole call's: what this call already
    // holds counts as available to it.
    int talk = 0;
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
    return talk;
}

int CallbackSession::holdForLimit(int secondsA)
{
    // The hold is taken again now that leg A's real time is known: all the
    // credit the subscriber has (this call's own hold counted as free) buys
    // the longest talk time, exactly as `rates quote --max-talk` reckons it.
    // Both legs are billed to m_cutAt, so the call never costs more than is
    // held, and the subscriber gets every second they pay for.
    int limit = 0;
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
    return limit;
}

std::int64_t CallbackSession::legEnd() const
{
    if (m_cutReached)
        return m_cutAt;
    const std::int64_t now = m_clock.nowMs();
    return m_teardownAt ? std::min(*m_teardownAt, now) : now;
}

int CallbackSession::secondsSince(std::int64_t ms) const
{
    return billing::billableSeconds(m_clock.nowMs() - ms);
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
    CallLeg& closing = legOf(leg);
    const std::int64_t legId = closing.record;
    closing.closed = true;
    try {
        store::CdrRepository(m_db, m_clock).closeLeg(legId, sipStatus, reason, at);
    } catch (const store::StoreError& error) {
        m_legEnds.insert(legId, at);
        Q_EMIT logLine(tr("callback #%1: %2").arg(m_requestId).arg(error.message()));
    }
}

void CallbackSession::deferLegClose(Leg leg, int sipStatus, const QString& reason, std::int64_t at)
{
    flushLegClose(); // a hang-up that ended the other leg at once
    CallLeg& closing = legOf(leg);
    closing.closed = true;
    m_lastLegClose = LegClose{closing.record, sipStatus, reason, at};
}

void CallbackSession::flushLegClose()
{
    if (!m_lastLegClose)
        return;
    const LegClose close = *std::exchange(m_lastLegClose, std::nullopt);
    try {
        // The first leg to end while the other is still being hung up: its
        // end is the time it is billed to, but no money moves until the
        // call's billing, a full commit one BYE round trip later, which
        // makes this one durable too (WAL frames reach the disk in order).
        // Should the machine lose power in between, the restart bills the
        // leg to its last recorded progress, as it would had the power gone
        // a moment sooner. Killing the process loses nothing (Sync::Deferred).
        store::Database::Transaction transaction(m_db, store::Database::Sync::Deferred);
        store::CdrRepository(m_db, m_clock).closeLeg(close.legId, close.sipStatus, close.reason, close.at);
        transaction.commit();
    } catch (const store::StoreError& error) {
        m_legEnds.insert(close.legId, close.at);
        Q_EMIT logLine(tr("callback #%1: %2").arg(m_requestId).arg(error.message()));
    }
}

bool CallbackSession::billCall(const QString& failure)
{
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
        return false;
    }
    return true;
}

} // namespace rebound::callback
