#pragma once

#include "core/Validation.h"
#include "store/AuditLog.h"
#include "store/Gateway.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <optional>

namespace rebound::network {

// Field names in FieldError::field.
namespace didField {
inline const QString Number = QStringLiteral("number");
inline const QString Subscriber = QStringLiteral("subscriber");
inline const QString Gateway = QStringLiteral("gateway");
} // namespace didField

// A DID as chosen in a form or given as options, before it is checked.
struct DidInput
{
    QString number;                        // as typed: "+1 (212) 555-0101"
    std::optional<std::int64_t> accountId; // none: calls to it are answered 404
    store::DidMode mode = store::DidMode::Did;
    std::optional<std::int64_t> gatewayId; // LGW only; ignored for a plain DID
    bool enabled = true;
    bool askPin = false;

    // The input that shows an existing DID.
    static DidInput from(const store::Did& did);
};

// The one way DIDs are added, changed and deleted, by the console and the
// command line; each change is one transaction (a savepoint inside the
// caller's) with its audit entry.
class DidService : public store::AuditedService
{
    Q_DECLARE_TR_FUNCTIONS(rebound::network::DidService)

public:
    using AuditedService::AuditedService;

    // Every problem with the input, or none; existingId is the DID being
    // changed. On no problems and with `did` given, *did is what add() or
    // update() would save.
    core::FieldErrors check(const DidInput& input, std::optional<std::int64_t> existingId = {},
                            store::Did* did = nullptr) const;
    // Throw core::ValidationError (nothing written) or store::StoreError;
    // return the DID as saved, with its subscriber's account code.
    store::Did add(const DidInput& input, const QString& actor);
    store::Did update(std::int64_t id, const DidInput& input, const QString& actor);
    // Throws store::StoreError (NotFound).
    void remove(std::int64_t id, const QString& actor);

    // "+1 (212) 555-0101" -> "12125550101"; the spaces, dashes, dots,
    // brackets and the leading + people type are dropped, anything else kept
    // so that check() can name it.
    static QString normaliseNumber(const QString& typed);
    // What the audit log says about a DID (did.accountCode names the subscriber).
    static QString describe(const store::Did& did);

private:
    store::Did existing(std::int64_t id) const;
    store::Did saved(const QString& number) const;
};

} // namespace rebound::network
