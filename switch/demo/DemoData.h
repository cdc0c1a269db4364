#pragma once

#include "core/Clock.h"

#include <QCoreApplication>

namespace rebound::store {
class Database;
}

namespace rebound::demo {

// Fills an empty database with clearly marked demo data so a first start has
// something to look at: subscribers named "Demo …" with opening balances, a
// demo carrier gateway on 127.0.0.1, a buy table and a sell plan for about 30
// countries, and DIDs in the 555-01xx fictional range. Sets demo.data = 1.
// Does nothing (returns false) when the database already has subscribers.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    static bool seed(const store::Database& db, const core::Clock& clock);
    // Password of every demo subscriber's portal login (documented in the README).
    static QString demoPassword();
};

} // namespace rebound::demo
