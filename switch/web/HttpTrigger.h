#pragma once

#include "core/Clock.h"
#include "web/Http.h"
#include "web/HttpRateLimit.h"

namespace rebound::store {
class Database;
}
namespace rebound::callback {
class AdmittedRequests;
}
namespace rebound::billing {
class RateCache;
}

namespace rebound::web {

// What every HTTP handler that asks for callbacks (the JSON API, the SMS
// gateway endpoint) runs in: the web thread's database connection and clock,
// a rate limit read when the handler is made (`<prefix>rate_per_second`,
// `<prefix>burst`), and where the callbacks it admits go.
class HttpTrigger : public HttpHandler
{
public:
    // Where the callback requests this handler admits are announced, so the
    // switch starts calling (callback::Admission; null: nowhere), and the
    // web thread's rate cache (null: one per request).
    void admitInto(callback::AdmittedRequests* admitted, billing::RateCache* rates)
    {
        m_admitted = admitted;
        m_rates = rates;
    }

protected:
    HttpTrigger(const store::Database& db, const core::Clock& clock, const QString& limitPrefix,
                double defaultRate, double defaultBurst)
        : m_db(db)
        , m_clock(clock)
        , m_limit(db, limitPrefix, defaultRate, defaultBurst)
    {
    }

    const store::Database& m_db;
    const core::Clock& m_clock;
    HttpRateLimit m_limit;
    callback::AdmittedRequests* m_admitted = nullptr;
    billing::RateCache* m_rates = nullptr;
};

} // namespace rebound::web
