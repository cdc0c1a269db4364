#pragma once

#include "core/Money.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace rebound::store {

enum class CardKind
{
    Ppcc,
    ChargeUp
}; // "ppcc" / "charge"
enum class CardStatus
{
    New,
    Active,
    Used,
    Expired,
    Void
};
enum class ExpiryMode
{
    None,
    Fixed,
    AfterCreation,
    AfterFirstUse
};

QString toString(CardKind kind);
QString toString(CardStatus status);
QString toString(ExpiryMode mode);
std::optional<CardKind> cardKindFromString(const QString& text);
std::optional<CardStatus> cardStatusFromString(const QString& text);
std::optional<ExpiryMode> expiryModeFromString(const QString& text);

struct CardBatch
{
    std::int64_t id = 0;
    QString name;
    CardKind kind = CardKind::ChargeUp;
    int count = 0;
    core::Money faceValue;
    QString currency = QStringLiteral("USD");
    std::optional<std::int64_t> sellPlanId; // PPCC: the plan of the account it creates
    QString language = QStringLiteral("en");
    int pinLength = 12;
    QString serialPrefix;
    std::int64_t serialStart = 1;
    ExpiryMode expiryMode = ExpiryMode::None;
    std::optional<std::int64_t> expiresAt; // Fixed
    std::optional<int> expiryDays;         // AfterCreation / AfterFirstUse
    bool isVoid = false;
    QString createdBy;
    std::int64_t createdAt = 0;
    // Filled by CardRepository::batches(): cards per status.
    int newCount = 0;
    int activeCount = 0;
    int usedCount = 0;
    int expiredCount = 0;
    int voidCount = 0;
};

// One card. The PIN itself is never stored: only pinHash (cards::Pin::hash).
struct Card
{
    std::int64_t id = 0;
    std::int64_t batchId = 0;
    QString serial;
    CardStatus status = CardStatus::New;
    std::optional<std::int64_t> expiresAt;
    std::optional<std::int64_t> firstUsedAt;
    std::optional<std::int64_t> usedAt;
    std::optional<std::int64_t> usedByAccountId;
    QString usedByAccountCode; // filled by queries that join accounts
    std::int64_t createdAt = 0;
};

} // namespace rebound::store
