#pragma once

#include "core/Clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace rebound::store {

class Database;

// A token for the JSON API. The token itself is shown once when created;
// only its digest (core::SecretToken) is stored.
struct ApiToken
{
    std::int64_t id = 0;
    QString name; // who uses it, e.g. "website"; in request sources as "api:website"
    QString tokenHash;
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> lastUsedAt;
    std::optional<std::int64_t> revokedAt;
    std::optional<std::int64_t> expiresAt; // refused from this instant on; empty = never
    // The subscribers it may act for: all of them, or only accountIds.
    bool allAccounts = true;
    QList<std::int64_t> accountIds; // ordered by account code
    QStringList accountCodes;       // the same accounts' codes, when read

    bool isRevoked() const { return revokedAt.has_value(); }
    bool isExpired(std::int64_t nowMs) const { return expiresAt && nowMs >= *expiresAt; }
    bool covers(std::int64_t accountId) const { return allAccounts || accountIds.contains(accountId); }
};

class ApiTokenRepository
{
    Q_DECLARE_TR_FUNCTIONS(ApiTokenRepository)

public:
    ApiTokenRepository(const Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // Writes the token (name, digest, expiry, scope; created now) and returns
    // its id. Throws StoreError Duplicate when a live token already has this
    // name, InUse when a scope account does not exist.
    std::int64_t insert(const ApiToken& token);
    // A token for every subscriber that never expires.
    std::int64_t insert(const QString& name, const QString& tokenHash);
    QList<ApiToken> list() const; // live tokens first, then by name
    std::optional<ApiToken> findByHash(const QString& tokenHash) const;
    // The token by this name that is not revoked, if any.
    std::optional<ApiToken> findLive(const QString& name) const;
    void revoke(std::int64_t id);
    void markUsed(std::int64_t id);

private:
    QList<ApiToken> select(const QString& where, const QVariantList& values) const;

    const Database& m_db;
    const core::Clock& m_clock;
};

} // namespace rebound::store
