#pragma once

#include "core/Clock.h"
#include "core/Money.h"
#include "store/CallState.h"

#include <QCoreApplication>
#include <QHash>

namespace rebound::store {
class Database;
class GatewayRepository;
enum class RequestState;
struct CallRecord;
struct LegRecord;
} // namespace rebound::store
namespace rebound::billing {
class RateCache;
struct LegToPrice;
} // namespace rebound::billing

namespace rebound::callback {

// How a callback ended, kept so that its records can be closed and billed
// later when the database refused them at hang-up (and retried until it
// takes them).
struct CallEnd
{
    std::int64_t callId = 0;
    std::int64_t requestId = 0;
    QString failure;                                // empty: completed
    QString reason;                                 // the call's hang-up reason
    std::int64_t endedAtMs = 0;                     // legs still open end here...
    QHash<std::int64_t, std::int64_t> legEndedAtMs; // ...unless their own end is known

    // Where the request ends: Completed, or Failed with `failure`.
    store::RequestState requestState() const;
    // Where the call record ends: Completed, or Failed with `failure`.
    store::CallState callState() const
    {
        return failure.isEmpty() ? store::CallState::Completed : store::CallState::Failed;
    }
};

// Turns a finished call's CDR into money: both legs priced by the billing
// rule (sell by the subscriber's plan, buy by each leg's gateway table), the
// amounts and the rates used written to the legs, and the subscriber charged
// once: the call's credit reservation is settled, or the ledger charged
// directly when there was none. All in one transaction; billing a call twice
// does nothing the second time.
class CallBilling
{
    Q_DECLARE_TR_FUNCTIONS(CallBilling)

public:
    // `cache`: the switch's shared rate cache; without one, its own.
    CallBilling(const store::Database& db, const core::Clock& clock, billing::RateCache* cache = nullptr)
        : m_db(db)
        , m_clock(clock)
        , m_cache(cache)
    {
    }

    struct Bill
    {
        core::Money sell;
        core::Money buy;
        core::Money profit() const { return sell - buy; }
        bool alreadyBilled = false;
    };
    // The call's legs must be closed; `state` is where it ends (Completed
    // or Failed).
    Bill bill(std::int64_t callId, store::CallState state, const QString& hangupReason);

    // The end of a callback in one transaction: legs still open are closed
    // at their end, the call is billed, and its request ends. Throws
    // StoreError and changes nothing when the database refuses; then call
    // it again later with the same CallEnd.
    Bill finishCall(const CallEnd& end);

    // At start-up, when no call can be live: legs a crash left open are
    // closed at their last recorded progress and every unbilled call is
    // billed (which settles its credit hold); a call's request ends with it,
    // and requests that never got a call end as failed, so neither anti-
    // repeat nor the call limit keeps counting them. Returns how many calls
    // were recovered.
    int recoverOpenCalls();

private:
    // An answered leg as the rater takes it, with its gateway's buy table.
    billing::LegToPrice legToPrice(const store::LegRecord& leg, const store::GatewayRepository& gateways,
                                   billing::RateCache& cache) const;
    // Charges the call's sell total: settles its credit hold, or straight
    // to the ledger when it has none.
    void charge(const store::CallRecord& call, const core::Money& sell);

    const store::Database& m_db;
    const core::Clock& m_clock;
    billing::RateCache* m_cache; // the switch's shared one, if given
};

} // namespace rebound::callback
