#pragma once

#include "core/Money.h"
#include "core/PhoneNumber.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace rebound::store {

enum class AccountStatus
{
    Active,
    Suspended,
    Closed
};

QString toString(AccountStatus status); // "active", for storage
std::optional<AccountStatus> accountStatusFromString(const QString& text);
QString displayName(AccountStatus status); // translated, for people

// A subscriber. The balance is a cache of the ledger sum and is only ever
// changed by LedgerRepository; AccountRepository::update() leaves it alone.
struct Account
{
    std::int64_t id = 0;
    QString accountCode; // what subscribers type in SMS and IVR: digits
    QString name;
    QString memberId;     // web portal login; empty = no portal access
    QString passwordHash; // PasswordHash format; empty = no password set
    QString pinHash;      // the IVR and SMS PIN, PasswordHash format; empty = none
    QString language = QStringLiteral("en");
    core::Money balance;
    core::Money creditLimit; // how far below zero the balance may go
    std::optional<std::int64_t> sellPlanId;
    int maxConcurrentCalls = 1;
    AccountStatus status = AccountStatus::Active;
    QString notes;
    bool isDemo = false;
    core::PhoneNumber callbackNumber; // the default callback number, if any
    // DID triggers are accepted only when the caller is one of the account's
    // registered phones (once it has one): knowing the DID is not enough.
    bool didRegisteredCallersOnly = true;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
};

// A phone registered to an account. An account keeps every callback number it
// ever had until one is removed: a registered phone may ask for callbacks by
// SMS without the PIN and is a caller the account's DIDs accept.
struct RegisteredPhone
{
    core::PhoneNumber number;
    bool isCallbackNumber = false; // the account's current callback number
    std::int64_t registeredAt = 0; // ms since epoch
};

} // namespace rebound::store
