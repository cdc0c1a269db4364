#pragma once

#include "core/PhoneNumber.h"
#include "store/Gateway.h"

#include <QCoreApplication>
#include <QList>

namespace rebound::store {

class Database;

// Routes by prefix to gateways: the SQL side of routing. It finds which
// routes match a number and leaves the order to routing::Router, where the
// routing rule is written once for the switch and for every quote.
class RouteRepository
{
    Q_DECLARE_TR_FUNCTIONS(RouteRepository)

public:
    explicit RouteRepository(const Database& db)
        : m_db(db)
    {
    }

    // Enabled routes whose prefix begins `number`, on enabled gateways, in
    // no particular order.
    QList<Route> matching(const core::PhoneNumber& number) const;

private:
    const Database& m_db;
};

} // namespace rebound::store
