#pragma once

#include "core/Validation.h"
#include "store/AuditLog.h"
#include "store/Gateway.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace rebound::network {

// Field names in FieldError::field; the console's gateway form names its
// widgets after them and the command line maps them to its options.
namespace gatewayField {
inline const QString Name = QStringLiteral("name");
inline const QString Host = QStringLiteral("host");
inline const QString Port = QStringLiteral("port");
inline const QString Transport = QStringLiteral("transport");
inline const QString StripDigits = QStringLiteral("stripDigits");
inline const QString AddPrefix = QStringLiteral("addPrefix");
inline const QString CallerId = QStringLiteral("callerId");
inline const QString BuyTable = QStringLiteral("buyTable");
inline const QString MaxCalls = QStringLiteral("maxCalls");
inline const QString TrustedSources = QStringLiteral("trustedSources");
} // namespace gatewayField

// A gateway as typed into a form or given as options, before it is checked.
struct GatewayInput
{
    QString name;
    QString host; // a host name, IPv4 or IPv6 address (brackets allowed)
    QString port = QStringLiteral("5060");
    QString transport = QStringLiteral("udp");
    QString username;
    QString password; // empty on update: the gateway keeps its own
    QString realm;
    int stripDigits = 0;
    QString addPrefix;
    QString callerId; // a phone number as typed; empty for none
    std::optional<std::int64_t> buyTableId;
    int maxCalls = 0;       // 0 = no limit
    QString trustedSources; // "203.0.113.7, 198.51.100.0/24"
    bool smsGateway = false;
    bool enabled = true;

    // The input that shows an existing gateway, with the password left empty.
    static GatewayInput from(const store::Gateway& gateway);
    bool operator==(const GatewayInput&) const = default;
};

// The one way gateways are added, changed and deleted, by the console and
// the command line: one check of every field, and each change saved in one
// transaction (a savepoint inside the caller's) with its audit entry, which
// never holds the password.
class GatewayService : public store::AuditedService
{
    Q_DECLARE_TR_FUNCTIONS(rebound::network::GatewayService)

public:
    static constexpr int MaxStripDigits = 15;
    static constexpr int MaxCallsLimit = 100'000;

    using AuditedService::AuditedService;

    // Every problem with the input, or none; existingId is the gateway being
    // changed. Names are unique without regard to case. On no problems and
    // with `gateway` given, *gateway is what add() or update() would save.
    core::FieldErrors check(const GatewayInput& input, std::optional<std::int64_t> existingId = {},
                            store::Gateway* gateway = nullptr) const;

    // Throw core::ValidationError (nothing written) or store::StoreError.
    store::Gateway add(const GatewayInput& input, const QString& actor);
    store::Gateway update(std::int64_t id, const GatewayInput& input, const QString& actor);
    // Deletes the gateway and its routes. Throws store::StoreError, InUse
    // with a message saying what to do while an LGW DID goes out through it.
    void remove(std::int64_t id, const QString& actor);

    // What the audit log says about a gateway: everything but the password.
    static QString describe(const store::Gateway& gateway);
    // Why `host` is not a host name, IPv4 or IPv6 address; empty when it is.
    static QString hostProblem(const QString& host);
    // Parses "203.0.113.7, 198.51.100.0/24" (repeats dropped); on a bad entry
    // returns an error naming it and leaves *sources alone.
    static QString parseTrustedSources(const QString& text, QStringList* sources);

private:
    // The stored gateway; throws store::StoreError (NotFound).
    store::Gateway existing(std::int64_t id) const;
};

} // namespace rebound::network
