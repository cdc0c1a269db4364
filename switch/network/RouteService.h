#pragma once

#include "core/Validation.h"
#include "store/AuditLog.h"
#include "store/Gateway.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <optional>

namespace rebound::network {

// Field names in FieldError::field (an empty field: the route as a whole).
namespace routeField {
inline const QString Prefix = QStringLiteral("prefix");
inline const QString Gateway = QStringLiteral("gateway");
inline const QString Priority = QStringLiteral("priority");
} // namespace routeField

// A route as chosen in a form or given as options: numbers starting with
// `prefix` go out through the gateway.
struct RouteInput
{
    QString prefix; // E.164 digits, a leading + allowed; empty for every number
    std::optional<std::int64_t> gatewayId;
    int priority = store::Route().priority; // for the same prefix, lower first
    bool enabled = true;
};

// The one way routes are added and deleted, by the console and the command
// line; each change is one transaction (a savepoint inside the caller's)
// with its audit entry.
class RouteService : public store::AuditedService
{
    Q_DECLARE_TR_FUNCTIONS(rebound::network::RouteService)

public:
    static constexpr int MaxPriority = 10'000;

    using AuditedService::AuditedService;

    // Every problem with the input, or none; a gateway has one route per
    // prefix. On no problems and with `route` given, *route is what add()
    // would save.
    core::FieldErrors check(const RouteInput& input, store::Route* route = nullptr) const;
    // Throws core::ValidationError (nothing written) or store::StoreError.
    store::Route add(const RouteInput& input, const QString& actor);
    // Throws store::StoreError (NotFound).
    void remove(std::int64_t id, const QString& actor);

    // What the audit log says about a route.
    static QString describe(const store::Route& route);
};

} // namespace rebound::network
