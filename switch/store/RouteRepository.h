#pragma once

#include "core/PhoneNumber.h"

#include <QCoreApplication>
#include <optional>

namespace rebound::store {

class Database;

// Routes by prefix to gateways. For now it answers what billing needs: which
// buy table prices a number when no gateway is given (the first route a call
// to it would take: longest prefix, then priority).
class RouteRepository
{
    Q_DECLARE_TR_FUNCTIONS(RouteRepository)

public:
    explicit RouteRepository(const Database& db)
        : m_db(db)
    {
    }

    std::optional<std::int64_t> buyTableFor(const core::PhoneNumber& number) const;

private:
    const Database& m_db;
};

} // namespace rebound::store
