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
//
// WithHistory also adds about 90 days of calls ending at clock.nowMs() (see
// DemoHistory); the demo data itself then dates from the history's start.
// Everything is one transaction either way.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    enum Content
    {
        Basic,
        WithHistory
    };

    static bool seed(const store::Database& db, const core::Clock& clock, Content content = Basic);
    // Password of every demo subscriber's portal login (documented in the README).
    static QString demoPassword();

private:
    static void seedData(const store::Database& db, const core::Clock& clock);
};

} // namespace rebound::demo
