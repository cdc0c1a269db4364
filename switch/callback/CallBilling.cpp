#include "callback/CallBilling.h"

#include "billing/CreditManager.h"
#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "routing/Router.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

namespace rebound::callback {

namespace {
QString destinationNameFor(billing::Rater& rater, std::int64_t sellPlanId, const QString& digits,
                           std::int64_t atMs)
{
    const auto rate = rater.rateFor(sellPlanId, core::PhoneNumber::fromE164(digits), atMs);
    return rate ? rate->destination : QString();
}
} // namespace

CallBilling::Bill CallBilling::bill(std::int64_t callId, store::CallState state, const QString& hangupReason)
{
    Bill result;
    store::Database::Transaction transaction(m_db);
    store::CdrRepository cdrs(m_db, m_clock);
    const auto call = cdrs.call(callId);
    if (!call)
        throw store::StoreError(store::StoreError::Kind::NotFound,
                                tr("Call #%1 does not exist.").arg(callId));
    if (call->state != store::CallState::Open) {
        result.alreadyBilled = true;
        result.sell = call->sell;
        result.buy = call->buy;
        return result;
    }
    const auto account = store::AccountRepository(m_db, m_clock).findById(call->accountId);
    std::optional<billing::RateCache> own;
    billing::RateCache& cache = m_cache ? *m_cache : own.emplace(m_db, m_clock);
    billing::Rater rater(cache, store::SettingsRepository(m_db).billingTimeZone());
    const store::GatewayRepository gateways(m_db, m_clock);

    QString destinationName;
    for (store::LegRecord leg : cdrs.legs(callId)) {
        // Every leg keeps the name of where it went, answered or not.
        leg.destinationName = account && account->sellPlanId
                                  ? destinationNameFor(rater, *account->sellPlanId, leg.number, leg.invitedAt)
                                  : QString();
        if (leg.leg == u'B')
            destinationName = leg.destinationName;
        if (!leg.answeredAt || leg.durationMs <= 0) {
            cdrs.priceLeg(leg); // unanswered attempts cost nothing but stay on record
            continue;
        }
        const billing::LegQuote quote =
            account && account->sellPlanId
                ? rater.priceLeg(*account->sellPlanId, legToPrice(leg, gateways, cache))
                : billing::LegQuote();
        leg.chargedSeconds = quote.sell.seconds;
        leg.sell = quote.sell.amount;
        leg.buy = quote.buy.amount;
        leg.sellPrefix = quote.sellRate ? quote.sellRate->prefix : QString();
        leg.sellRate = quote.sellRate ? quote.sellRate->perMinute : core::Money();
        leg.buyPrefix = quote.buyRate ? quote.buyRate->prefix : QString();
        leg.buyRate = quote.buyRate ? quote.buyRate->perMinute : core::Money();
        if (quote.sellRate)
            leg.destinationName = quote.sellRate->destination;
        if (leg.leg == u'B')
            destinationName = leg.destinationName;
        cdrs.priceLeg(leg);
        result.sell += leg.sell;
        result.buy += leg.buy;
    }

    charge(*call, result.sell);
    // A call that never reached leg B is still named after what was asked for.
    if (destinationName.isEmpty() && account && account->sellPlanId)
        if (const auto request = call->requestId
                                     ? store::CallbackRequestRepository(m_db, m_clock).find(*call->requestId)
                                     : std::nullopt;
            request && !request->destination.isEmpty())
            destinationName = destinationNameFor(rater, *account->sellPlanId, request->destination.digits(),
                                                 call->startedAt);
    cdrs.closeCall(callId, state, hangupReason, destinationName);
    transaction.commit();
    return result;
}

billing::LegToPrice CallBilling::legToPrice(const store::LegRecord& leg,
                                            const store::GatewayRepository& gateways,
                                            billing::RateCache& cache) const
{
    billing::LegToPrice toPrice;
    toPrice.number = core::PhoneNumber::fromE164(leg.number);
    toPrice.durationMs = leg.durationMs;
    toPrice.startUtcMs = *leg.answeredAt;
    if (leg.gatewayId)
        if (const auto g = gateways.findGateway(*leg.gatewayId))
            // The test carrier costs what the gateway a real call would
            // take first charges, so a test call shows the real profit.
            toPrice.buyTableId =
                g->isTest
                    ? routing::Router(m_db, m_clock, &cache).quoteBuyTable(toPrice.number, *leg.answeredAt)
                    : g->buyTableId;
    return toPrice;
}

void CallBilling::charge(const store::CallRecord& call, const core::Money& sell)
{
    const QString reference = QStringLiteral("call %1").arg(call.id);
    billing::CreditManager credit(m_db, m_clock);
    bool settled = false;
    if (call.reservationId) {
        try {
            credit.settle(*call.reservationId, sell, reference, QStringLiteral("switch"));
            settled = true;
        } catch (const billing::CreditError&) {
            // The reservation is gone (released by hand?): charge directly.
        }
    }
    if (!settled && !sell.isZero())
        store::LedgerRepository(m_db, m_clock)
            .append(call.accountId, -sell, store::LedgerReason::Call, reference, QStringLiteral("switch"));
}

store::RequestState CallEnd::requestState() const
{
    return failure.isEmpty() ? store::RequestState::Completed : store::RequestState::Failed;
}

CallBilling::Bill CallBilling::finishCall(const CallEnd& end)
{
    store::Database::Transaction transaction(m_db);
    store::CdrRepository cdrs(m_db, m_clock);
    for (const store::LegRecord& leg : cdrs.legs(end.callId))
        if (leg.open)
            cdrs.closeLeg(leg.id, 0, end.failure.isEmpty() ? end.reason : end.failure,
                          end.legEndedAtMs.value(leg.id, end.endedAtMs));
    const Bill charged = bill(end.callId, end.callState(), end.reason);
    if (end.requestId)
        store::CallbackRequestRepository(m_db, m_clock)
            .setState(end.requestId, end.requestState(), end.failure);
    transaction.commit();
    return charged;
}

int CallBilling::recoverOpenCalls()
{
    store::CdrRepository cdrs(m_db, m_clock);
    int recovered = 0;
    store::CallbackRequestRepository requests(m_db, m_clock);
    for (const std::int64_t callId : cdrs.openCalls()) {
        store::Database::Transaction transaction(m_db);
        bool talked = false;
        for (const store::LegRecord& leg : cdrs.legs(callId)) {
            if (leg.open)
                // Billed up to the last moment we know it was up.
                cdrs.closeLeg(leg.id, 0, QStringLiteral("switch restarted"),
                              leg.progressAt ? leg.progressAt : std::optional<std::int64_t>(leg.invitedAt));
            talked = talked || (leg.leg == u'B' && leg.answeredAt);
        }
        const Bill charged = bill(callId, talked ? store::CallState::Completed : store::CallState::Failed,
                                  QStringLiteral("switch restarted"));
        if (const auto call = cdrs.call(callId); call && call->requestId)
            requests.setState(*call->requestId,
                              talked ? store::RequestState::Completed : store::RequestState::Failed,
                              talked ? QString() : tr("the switch stopped before the call was connected"));
        store::AuditLog(m_db, m_clock)
            .record(QStringLiteral("switch"), QStringLiteral("call.recovered"), QStringLiteral("call"),
                    QString::number(callId),
                    QStringLiteral("billed %1 at last recorded progress").arg(charged.sell.toPlainString(2)));
        transaction.commit();
        ++recovered;
    }
    requests.failUnfinished(tr("the switch stopped before this callback was made"));
    // Every call is billed now, so a hold still there belongs to no call.
    billing::CreditManager credit(m_db, m_clock);
    for (const billing::Reservation& hold : credit.allReservations()) {
        credit.release(hold.id);
        store::AuditLog(m_db, m_clock)
            .record(QStringLiteral("switch"), QStringLiteral("credit.released"),
                    QStringLiteral("reservation"), QString::number(hold.id),
                    QStringLiteral("%1 held for '%2' and left by an earlier stop")
                        .arg(hold.amount.toPlainString(2), hold.reference));
    }
    return recovered;
}

} // namespace rebound::callback
