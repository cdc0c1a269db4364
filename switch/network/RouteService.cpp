#include "network/RouteService.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/StoreError.h"

#include <QRegularExpression>

namespace rebound::network {

QString RouteService::describe(const store::Route& r)
{
    return QStringLiteral("prefix '%1' -> %2 priority %3 enabled=%4")
        .arg(r.prefix, r.gatewayName)
        .arg(r.priority)
        .arg(r.enabled ? 1 : 0);
}

core::FieldErrors RouteService::check(const RouteInput& input, store::Route* route) const
{
    core::FieldErrors errors;
    store::Route r;
    r.prefix = input.prefix.trimmed();
    if (r.prefix.startsWith(QLatin1Char('+')))
        r.prefix.remove(0, 1);
    static const QRegularExpression digits(QStringLiteral("^[0-9]{0,15}$"));
    if (!digits.match(r.prefix).hasMatch())
        errors.append({routeField::Prefix, tr("The prefix may contain only digits (at most 15), like 44 or "
                                              "1212; leave it empty to route every number.")});

    const store::GatewayRepository repo(m_db, m_clock);
    const auto gateway = input.gatewayId ? repo.findGateway(*input.gatewayId) : std::nullopt;
    if (!input.gatewayId)
        errors.append({routeField::Gateway, tr("Choose the gateway these numbers go out through; add one "
                                               "first if there is none.")});
    else if (!gateway)
        errors.append({routeField::Gateway, tr("Gateway #%1 does not exist.").arg(*input.gatewayId)});
    if (gateway) {
        r.gatewayId = gateway->id;
        r.gatewayName = gateway->name;
    }

    r.priority = input.priority;
    if (r.priority < 0 || r.priority > MaxPriority)
        errors.append({routeField::Priority, tr("The priority is a number from 0 to %1; for the same prefix, "
                                                "lower numbers are tried first.")
                                                 .arg(MaxPriority)});
    r.enabled = input.enabled;

    if (gateway)
        for (const store::Route& other : repo.routesWithPrefix(r.prefix))
            if (other.gatewayId == r.gatewayId)
                errors.append(
                    {QString(),
                     r.prefix.isEmpty()
                         ? tr("%1 already has a route for every number.").arg(r.gatewayName)
                         : tr("%1 already has a route for prefix %2.").arg(r.gatewayName, r.prefix)});
    if (route)
        *route = r;
    return errors;
}

store::Route RouteService::add(const RouteInput& input, const QString& actor)
{
    store::AuditedChange change = begin(actor);
    store::Route r;
    core::throwIfAny(check(input, &r));
    r.id = store::GatewayRepository(m_db, m_clock).insertRoute(r);
    change.commit(QStringLiteral("route.add"), QStringLiteral("route"), QString::number(r.id), describe(r));
    return r;
}

void RouteService::remove(std::int64_t id, const QString& actor)
{
    store::AuditedChange change = begin(actor);
    store::GatewayRepository repo(m_db, m_clock);
    const store::Route route =
        store::requireFound(repo.findRoute(id), tr("Route #%1 does not exist.").arg(id));
    repo.removeRoute(id);
    change.commit(QStringLiteral("route.delete"), QStringLiteral("route"), QString::number(id),
                  describe(route));
}

} // namespace rebound::network
