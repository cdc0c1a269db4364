#pragma once

#include "core/Clock.h"
#include "store/Rate.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class QSqlQuery;

namespace rebound::store {

class Database;

// Rate tables and their rates. replaceRates() swaps a table's whole content
// in one transaction, which is how imports and the markup tool write.
class RateRepository
{
    Q_DECLARE_TR_FUNCTIONS(RateRepository)

public:
    RateRepository(const Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    QList<RateTable> tables() const; // ordered by name, with rateCount
    std::optional<RateTable> findTable(std::int64_t id) const;
    std::optional<RateTable> findTableByName(const QString& name) const;
    std::int64_t createTable(const RateTable& table);
    void removeTable(std::int64_t id); // InUse while accounts, gateways or batches use it

    QList<Rate> rates(std::int64_t tableId) const; // ordered by prefix
    // Deletes every rate of the table and inserts these (their tableId and id
    // are ignored). Runs in its own transaction (a savepoint if nested).
    void replaceRates(std::int64_t tableId, const QList<Rate>& rates);
    // A counter that changes whenever any rate table changes, so in-memory
    // copies know when to rebuild (see billing::RateCache).
    std::int64_t revision() const;

    // The rates table's columns in the order rateFrom() reads a row of them,
    // for SQL of its own over rates (the rating benchmark's SQL baseline), so
    // that a new column is read the same everywhere.
    static QString rateColumns();
    static Rate rateFrom(const QSqlQuery& row);

private:
    void bumpRevision();

    const Database& m_db;
    const core::Clock& m_clock;
};

} // namespace rebound::store
