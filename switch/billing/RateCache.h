#pragma once

#include "billing/RateTable.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

namespace rebound::store {
class Database;
}

namespace rebound::billing {

// In-memory RateTables keyed by table id, loaded on first use and rebuilt
// when any rate table changes (RateRepository bumps a revision counter; one
// indexed lookup per call tells whether to rebuild). Lives on the thread that
// owns the database connection.
class RateCache
{
    Q_DECLARE_TR_FUNCTIONS(RateCache)

public:
    RateCache(const store::Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // Throws store::StoreError (NotFound) for a table that does not exist.
    std::shared_ptr<const RateTable> table(std::int64_t tableId);
    void invalidate() { m_tables.clear(); }

private:
    const store::Database& m_db;
    const core::Clock& m_clock;
    std::int64_t m_revision = -1;
    QHash<std::int64_t, std::shared_ptr<const RateTable>> m_tables;
};

} // namespace rebound::billing
