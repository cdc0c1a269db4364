// HistoryWriter's calls, one at a time as the switch makes them: the
// request, leg A (called once more on busy or no answer), the IVR, leg B,
// the talk under the switch's hard limit, and the bill.

#include "billing/ChargeRule.h"
#include "callback/CallBilling.h"
#include "callback/CallbackSession.h"
#include "demo/HistoryWriter.h"
#include "sip/SipStack.h"
#include "store/StoreError.h"

#include <algorithm>
#include <cmath>

namespace rebound::demo::history {

namespace {

// The final response a gateway sends for an answer that is not 200.
struct SipFailure
{
    int status = 0;
    QString reason;
    std::int64_t afterMinMs = 0; // how long after the INVITE it comes
    std::int64_t afterMaxMs = 0;
};

SipFailure sipFailure(Answer answer, QChar leg)
{
    switch (answer) {
    case Answer::Busy:
        return {486, QStringLiteral("Busy Here"), leg == u'A' ? 800 : 1'000, leg == u'A' ? 4'000 : 5'000};
    case Answer::NoAnswer:
        return {480, QStringLiteral("Temporarily Unavailable"), 25'000, leg == u'A' ? 40'000 : 45'000};
    case Answer::Unavailable:
        return {503, QStringLiteral("Service Unavailable"), 100, 900};
    case Answer::Answered:
    case Answer::RingsTooLong:
        break;
    }
    return {};
}

// How CallbackSession words a leg that failed.
QString legFailed(QChar leg, const SipFailure& failure)
{
    return leg == u'A'
               ? callback::CallbackSession::tr("leg A: %1 %2").arg(failure.status).arg(failure.reason)
               : callback::CallbackSession::tr("leg B: %1 %2").arg(failure.status).arg(failure.reason);
}

} // namespace

void HistoryWriter::place(Call& call, std::int64_t startMs)
{
    Subscriber& who = *call.who;
    m_clock.set(startMs);
    store::CallbackRequest request;
    request.accountId = who.account.id;
    request.trigger = call.trigger;
    request.pinnedGatewayId = call.pinnedGateway;
    request.callbackNumber = who.account.callbackNumber;
    if (call.trigger == store::TriggerKind::Did || call.trigger == store::TriggerKind::Lgw) {
        request.source = QStringLiteral("udp:127.0.0.1:5080"); // the carrier that delivers the DIDs
        request.didId = who.did->id;
    } else {
        // Known destination: the IVR only says the balance.
        request.destination = call.destination;
        if (call.trigger == store::TriggerKind::Sms)
            request.source = QStringLiteral("sip:127.0.0.1:5080");
        else if (call.trigger == store::TriggerKind::Web)
            request.source = QStringLiteral("web:198.51.100.%1").arg(who.profile->webAddress);
        else
            request.source = QStringLiteral("api:demo-website");
    }
    call.requestId = m_requests.insert(request);
    after(20, 300);
    call.callId = m_cdrs.openCall(who.account.id, call.requestId);
    after(m_engine.delayMs, m_engine.delayMs + 150);
    QString failure = dialA(call);
    if (failure.isEmpty())
        failure = runIvr(call);
    if (failure.isEmpty())
        failure = dialB(call);
    finish(call, failure, failure.isEmpty() ? talk(call) : QString());
}

Answer HistoryWriter::answerA(int attempt)
{
    if (attempt == 1 && m_dice.chance(GatewaysDown))
        return Answer::Unavailable;
    const double roll = m_dice.unit();
    if (attempt == 1)
        return roll < ABusy ? Answer::Busy : roll < ABusy + ANoAnswer ? Answer::NoAnswer : Answer::Answered;
    if (roll >= AFailsAgain)
        return Answer::Answered;
    return m_dice.chance(0.5) ? Answer::Busy : Answer::NoAnswer;
}

Answer HistoryWriter::answerB()
{
    const double roll = m_dice.unit();
    if (roll < BBusy)
        return Answer::Busy;
    if (roll < BBusy + BNoAnswer)
        return Answer::NoAnswer;
    if (roll < BBusy + BNoAnswer + BRingsTooLong)
        return Answer::RingsTooLong;
    if (roll < BBusy + BNoAnswer + BRingsTooLong + GatewaysDown)
        return Answer::Unavailable;
    return Answer::Answered;
}

// A leg record the way LegDialer leaves it: the gateways in the router's
// order, each one tried written to the leg, the next one tried on a 503.
std::int64_t HistoryWriter::openLeg(const Call& call, QChar leg, const core::PhoneNumber& number,
                                    std::optional<std::int64_t> pinned, Answer answer)
{
    const QString key = number.digits() + (pinned ? QStringLiteral("@%1").arg(*pinned) : QString());
    auto found = m_routes.find(key);
    if (found == m_routes.end())
        found = m_routes.insert(key, routing::Router(m_db, m_clock, &m_rates).candidates(number, pinned));
    const QList<routing::RouteCandidate>& candidates = *found;
    if (candidates.isEmpty())
        throw store::StoreError(store::StoreError::Kind::NotFound,
                                tr("The demo history has no route to %1.").arg(number.toPlus()));
    const std::int64_t legId =
        m_cdrs.openLeg(call.callId, leg, number.digits(), candidates.front().gateway.id, {});
    const qsizetype tried = answer == Answer::Unavailable                      ? candidates.size()
                            : candidates.size() > 1 && m_dice.chance(Failover) ? 2
                                                                               : 1;
    for (qsizetype i = 1; i < tried; ++i) {
        after(100, 900); // 503 Service Unavailable from the one before
        m_cdrs.setLegRoute(legId, candidates[i].gateway.id, {});
    }
    return legId;
}

QString HistoryWriter::dialA(Call& call)
{
    for (int attempt = 1;; ++attempt) {
        const Answer answer = answerA(attempt);
        call.legA = openLeg(call, u'A', call.who->account.callbackNumber, call.pinnedGateway, answer);
        if (answer == Answer::Answered) {
            after(3 * MsPerSecond, 14 * MsPerSecond); // ringing
            call.aAnsweredAt = m_cdrs.legAnswered(call.legA);
            return {};
        }
        const SipFailure failure = sipFailure(answer, u'A');
        after(failure.afterMinMs, failure.afterMaxMs);
        m_cdrs.closeLeg(call.legA, failure.status, failure.reason);
        // Busy or no answer: called again once, after the retry delay.
        if (answer == Answer::Unavailable || attempt > m_engine.retries)
            return legFailed(u'A', failure);
        after(m_engine.retryDelayMs, m_engine.retryDelayMs + 200);
    }
}

QString HistoryWriter::runIvr(Call& call)
{
    const bool keyed = call.trigger == store::TriggerKind::Did || call.trigger == store::TriggerKind::Lgw;
    if (m_dice.chance(HangUpInIvr)) {
        after(2 * MsPerSecond, 15 * MsPerSecond);
        m_cdrs.closeLeg(call.legA, 200, sip::SipStack::tr("the other side hung up"));
        return callback::CallbackSession::tr("the subscriber hung up before being connected");
    }
    if (keyed && m_dice.chance(NoValidDestination)) {
        // Two tries, then "number not valid, goodbye".
        after(26 * MsPerSecond, 38 * MsPerSecond);
        m_cdrs.closeLeg(call.legA, 200, sip::SipStack::tr("hung up"));
        return callback::CallbackSession::tr("no valid destination was entered");
    }
    // Keying the destination, or hearing the balance and "please hold".
    if (keyed)
        after(8 * MsPerSecond, 22 * MsPerSecond);
    else
        after(5'500, 8 * MsPerSecond);
    return {};
}

QString HistoryWriter::dialB(Call& call)
{
    // What the switch holds before leg B rings: leg A so far plus the ring
    // allowance, and the longest talk the credit buys (topUpIfLow made sure
    // that is several minutes).
    const int secondsA =
        billing::billableSeconds(m_clock.nowMs() - call.aAnsweredAt) + m_engine.ringAllowanceSeconds;
    const core::Money available = call.who->balance + call.who->account.creditLimit;
    const int talk = std::max(0, billing::Rater::maxTalkSeconds(available, call.rateA, secondsA, call.rateB,
                                                                m_engine.maxCallSeconds));
    call.reserved = billing::Rater::costOfTalk(call.rateA, secondsA, call.rateB, talk);
    m_cdrs.setLimit(call.callId, talk, std::nullopt);
    const Answer answer = answerB();
    call.legB = openLeg(call, u'B', call.destination, std::nullopt, answer);
    if (answer == Answer::Answered) {
        after(4 * MsPerSecond, 25 * MsPerSecond); // ringing
        m_cdrs.legAnswered(call.legB);
        return {};
    }
    if (answer == Answer::RingsTooLong) {
        // Leg A's hold runs out: both legs end, leg A billed to that moment.
        const std::int64_t deadline = call.aAnsweredAt + std::int64_t(secondsA) * MsPerSecond;
        m_clock.set(deadline);
        after(30, 150);
        m_cdrs.closeLeg(call.legB, 487, QStringLiteral("Request Terminated"));
        m_cdrs.closeLeg(call.legA, 200, sip::SipStack::tr("hung up"), deadline);
        return callback::CallbackSession::tr("the destination did not answer in time");
    }
    const SipFailure failure = sipFailure(answer, u'B');
    after(failure.afterMinMs, failure.afterMaxMs);
    m_cdrs.closeLeg(call.legB, failure.status, failure.reason);
    // "The number is busy" (or "no answer", "call failed"), "goodbye".
    after(3 * MsPerSecond, 4'500);
    m_cdrs.closeLeg(call.legA, 200, sip::SipStack::tr("hung up"));
    return legFailed(u'B', failure);
}

std::int64_t HistoryWriter::talkMs(const Call& call)
{
    if (m_dice.chance(ShortCalls))
        return m_dice.between(5 * MsPerSecond, 45 * MsPerSecond);
    const double median = call.who->profile->talkMedianSeconds * call.favourite->talkPercent / 100.0;
    const double seconds = std::clamp(m_dice.logNormal(median, 0.85), 20.0, 2.0 * 3600);
    return std::llround(seconds * MsPerSecond);
}

QString HistoryWriter::talk(Call& call)
{
    // The hard limit the switch sets when leg B answers, from what it holds.
    const std::int64_t answered = m_clock.nowMs();
    const int secondsA = billing::billableSeconds(answered - call.aAnsweredAt);
    const int limit = std::max(0, billing::Rater::maxTalkSeconds(call.reserved, call.rateA, secondsA,
                                                                 call.rateB, m_engine.maxCallSeconds));
    const std::int64_t cutAt = answered + std::int64_t(limit) * MsPerSecond;
    const std::int64_t end = std::min(answered + talkMs(call), m_endMs - MsPerMinute);
    const std::int64_t talked = std::min(end, cutAt) - answered;
    // RTP relayed each way, 50 packets a second, a few lost.
    const qint64 fromA = talked / 20 - m_dice.between(0, talked / 4000);
    const qint64 fromB = talked / 20 - m_dice.between(0, talked / 4000);
    m_cdrs.addLegPackets(call.legA, fromA, fromB);
    m_cdrs.addLegPackets(call.legB, fromB, fromA);
    if (end >= cutAt) {
        m_clock.set(cutAt);
        after(20, 150);
        m_cdrs.closeLeg(call.legB, 200, sip::SipStack::tr("hung up"), cutAt);
        m_cdrs.closeLeg(call.legA, 200, sip::SipStack::tr("hung up"), cutAt);
        return limit >= m_engine.maxCallSeconds ? callback::CallbackSession::tr("call time limit reached")
                                                : callback::CallbackSession::tr("credit limit reached");
    }
    m_clock.set(end);
    const bool bFirst = m_dice.chance(0.55);
    m_cdrs.closeLeg(bFirst ? call.legB : call.legA, 200, sip::SipStack::tr("the other side hung up"));
    after(30, 150);
    m_cdrs.closeLeg(bFirst ? call.legA : call.legB, 200, sip::SipStack::tr("hung up"));
    return callback::CallbackSession::tr("leg %1 ended: %2")
        .arg(bFirst ? QStringLiteral("B") : QStringLiteral("A"), sip::SipStack::tr("the other side hung up"));
}

void HistoryWriter::finish(Call& call, const QString& failure, const QString& endReason)
{
    after(5, 40);
    const bool completed = failure.isEmpty();
    const auto bill =
        callback::CallBilling(m_db, m_clock, &m_rates)
            .bill(call.callId, completed ? store::CallState::Completed : store::CallState::Failed,
                  completed ? endReason : failure);
    call.who->balance -= bill.sell;
    m_requests.setState(call.requestId,
                        completed ? store::RequestState::Completed : store::RequestState::Failed, failure);
    call.who->freeAtMs = m_clock.nowMs();
    ++m_result.calls;
    if (!completed)
        ++m_result.failed;
}

} // namespace rebound::demo::history
