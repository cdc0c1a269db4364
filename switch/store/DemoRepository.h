#pragma once

#include <QCoreApplication>
#include <cstdint>

namespace rebound::store {

class Database;

// The writes only the first-start demo data makes: to every subscriber at
// once, right after demo::DemoData created them in an empty database. The
// demo's gateways, routes and DIDs go through GatewayRepository like any other.
class DemoRepository
{
    Q_DECLARE_TR_FUNCTIONS(DemoRepository)

public:
    explicit DemoRepository(const Database& db)
        : m_db(db)
    {
    }

    // Every subscriber is marked as demo data (the console says so).
    void markAllAccountsDemo();
    // Every subscriber gets this sell plan.
    void setSellPlanOfAllAccounts(std::int64_t rateTableId);

private:
    const Database& m_db;
};

} // namespace rebound::store
