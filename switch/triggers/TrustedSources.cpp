#include "triggers/TrustedSources.h"

#include "store/GatewayRepository.h"

namespace rebound::triggers {

TrustedSources::TrustedSources(QList<store::Gateway> gateways)
{
    for (store::Gateway& g : gateways) {
        if (!g.enabled)
            continue;
        Entry entry{std::move(g), {}};
        for (const QString& text : std::as_const(entry.gateway.trustedSources)) {
            QPair<QHostAddress, int> subnet;
            if (parse(text, &subnet))
                entry.subnets.append(subnet);
        }
        m_entries.append(std::move(entry));
    }
}

TrustedSources TrustedSources::load(const store::Database& db, const core::Clock& clock)
{
    return TrustedSources(store::GatewayRepository(db, clock).gateways());
}

bool TrustedSources::parse(const QString& entry, QPair<QHostAddress, int>* subnet)
{
    const QString text = entry.trimmed();
    if (text.contains(QLatin1Char('/'))) {
        *subnet = QHostAddress::parseSubnet(text);
        return !subnet->first.isNull();
    }
    const QHostAddress address(text);
    if (address.isNull())
        return false;
    *subnet = {address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
    return true;
}

std::optional<store::Gateway> TrustedSources::gatewayFor(const QHostAddress& address, bool smsOnly,
                                                         int port) const
{
    // An IPv4 peer may show up as ::ffff:a.b.c.d on a dual-stack socket.
    bool mapped = false;
    const QHostAddress v4(address.toIPv4Address(&mapped));
    const QHostAddress& probe = mapped ? v4 : address;
    if (port > 0)
        for (const Entry& entry : m_entries)
            if (entry.gateway.isTest && entry.gateway.port == port &&
                QHostAddress(entry.gateway.host).isEqual(probe))
                return entry.gateway;
    for (const Entry& entry : m_entries) {
        if (entry.gateway.isTest || (smsOnly && !entry.gateway.isSmsGateway))
            continue;
        for (const auto& subnet : entry.subnets)
            if (probe.isInSubnet(subnet))
                return entry.gateway;
    }
    return std::nullopt;
}

} // namespace rebound::triggers
