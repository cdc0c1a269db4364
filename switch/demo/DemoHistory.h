#pragma once

#include "core/Clock.h"

#include <QCoreApplication>

namespace rebound::store {
class Database;
}

namespace rebound::demo {

// About 90 days of call history for the demo subscribers, so the console's
// dashboard, charts and reports are full on a first start. Each call is made
// the way the switch makes it: a callback request, the call and leg records
// written at each event's time, the credit limit worked out as the switch
// holds it, and CallBilling pricing the legs by the billing rule and charging
// the ledger. Subscribers top up (charge-up cards, cash, transfers) before
// their credit runs short, so no balance goes below its credit limit.
//
// Calls follow a daily and weekly rhythm in the billing time zone (busy
// evenings and weekends, quiet nights, a growing business), each subscriber
// calls a few favourite numbers, every trigger kind appears, and a few
// percent fail as real calls do (leg A busy or not answering, the subscriber
// hanging up in the IVR, the destination busy or not answering). Two more
// demo carriers on 127.0.0.1 (ports 5082 and 5084), with buy tables a little
// above or below the Demo carrier's, share the routes by least cost.
//
// The draw uses a fixed seed, so the same clock gives the same history.
class DemoHistory
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)

public:
    static constexpr int Days = 90;
    static constexpr quint32 DefaultSeed = 20260301;

    struct Result
    {
        int calls = 0;
        int failed = 0;
        int topUps = 0;
    };

    // Where a history ending at nowMs starts.
    static std::int64_t startMs(std::int64_t nowMs);

    // Needs the demo data (DemoData::seed) and no calls yet. The history
    // ends at clock.nowMs(); every call is finished and billed by then.
    // Runs in one transaction (a savepoint inside the caller's).
    static Result generate(const store::Database& db, const core::Clock& clock, quint32 seed = DefaultSeed);
};

} // namespace rebound::demo
