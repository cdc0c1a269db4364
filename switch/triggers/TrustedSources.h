#pragma once

#include "core/Clock.h"
#include "store/Gateway.h"

#include <QHostAddress>
#include <QList>
#include <optional>

namespace rebound::store {
class Database;
}

namespace rebound::triggers {

// Which gateway, if any, an address belongs to: each gateway lists the
// addresses and subnets ("203.0.113.7", "198.51.100.0/24", "::1") that may
// send us triggers. Requests from anywhere else are refused.
class TrustedSources
{
public:
    explicit TrustedSources(QList<store::Gateway> gateways);
    static TrustedSources load(const store::Database& db, const core::Clock& clock);

    // The first enabled gateway trusting `address`; with smsOnly, only SMS
    // gateways count. The test carrier trusts nothing but its own host and
    // port, so it is found only with the request's source port, and before
    // any other gateway (a real carrier on loopback may trust 127.0.0.1).
    std::optional<store::Gateway> gatewayFor(const QHostAddress& address, bool smsOnly = false,
                                             int port = 0) const;
    // Parses one entry; false when it is neither an address nor a subnet.
    static bool parse(const QString& entry, QPair<QHostAddress, int>* subnet);

private:
    struct Entry
    {
        store::Gateway gateway;
        QList<QPair<QHostAddress, int>> subnets;
    };
    QList<Entry> m_entries;
};

} // namespace rebound::triggers
