#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace rebound::store {

// A SIP trunk: where outbound legs go, and which addresses may send us
// triggers (DID INVITEs, SMS MESSAGEs).
struct Gateway
{
    std::int64_t id = 0;
    QString name;
    QString host;
    int port = 5060;
    QString transport = QStringLiteral("udp"); // udp | tcp | tls
    QString username;                          // digest credentials for outbound legs
    QString password;                          // never logged
    QString realm;
    int stripDigits = 0; // number rewrite: drop this many leading digits,
    QString addPrefix;   // then put this in front
    QString callerId;
    std::optional<std::int64_t> buyTableId;
    int maxCalls = 0;           // 0 = no limit
    QStringList trustedSources; // addresses or CIDR subnets allowed to send us requests
    bool isSmsGateway = false;
    bool enabled = true;
    // The built-in test carrier (the console's test phones): only test calls
    // go out through it, and it trusts only its own host and port. Set by
    // GatewayRepository::pointTestCarrier, never by insert or update.
    bool isTest = false;
};

enum class DidMode
{
    Did,
    Lgw
};

// A number subscribers dial to trigger a callback.
struct Did
{
    std::int64_t id = 0;
    QString number; // E.164 digits
    std::optional<std::int64_t> accountId;
    QString accountCode; // filled by queries that join accounts
    DidMode mode = DidMode::Did;
    std::optional<std::int64_t> gatewayId; // LGW: leg A goes out through this gateway
    bool enabled = true;
    // The IVR asks for the subscriber's PIN (accounts.pin_hash) before it
    // takes a destination from a callback this DID triggered.
    bool askPin = false;
};

struct Route
{
    std::int64_t id = 0;
    QString prefix; // "" matches every number
    std::int64_t gatewayId = 0;
    QString gatewayName;
    int priority = 100; // lower first
    bool enabled = true;
};

} // namespace rebound::store
