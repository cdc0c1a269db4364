#include "store/ApiTokenRepository.h"

#include "store/Database.h"

namespace rebound::store {

std::int64_t ApiTokenRepository::insert(const QString& name, const QString& tokenHash)
{
    return m_db
        .run(QStringLiteral("INSERT INTO api_tokens (name, token_hash, created_at) VALUES (?, ?, ?)"),
             {name, tokenHash, qlonglong(m_clock.nowMs())}, tr("saving API token %1").arg(name))
        .lastInsertId()
        .toLongLong();
}

QList<ApiToken> ApiTokenRepository::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id, name, token_hash, created_at, last_used_at, revoked_at "
                                          "FROM api_tokens ") +
                               where,
                           values, tr("reading API tokens"));
    QList<ApiToken> result;
    while (q.next()) {
        ApiToken t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.tokenHash = q.value(2).toString();
        t.createdAt = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            t.lastUsedAt = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            t.revokedAt = q.value(5).toLongLong();
        result.append(t);
    }
    return result;
}

QList<ApiToken> ApiTokenRepository::list() const
{
    return select(QStringLiteral("ORDER BY revoked_at IS NOT NULL, name, id"), {});
}

std::optional<ApiToken> ApiTokenRepository::findByHash(const QString& tokenHash) const
{
    const auto found = select(QStringLiteral("WHERE token_hash = ?"), {tokenHash});
    return found.isEmpty() ? std::nullopt : std::optional<ApiToken>(found.first());
}

std::optional<ApiToken> ApiTokenRepository::findLive(const QString& name) const
{
    const auto found = select(QStringLiteral("WHERE name = ? AND revoked_at IS NULL"), {name});
    return found.isEmpty() ? std::nullopt : std::optional<ApiToken>(found.first());
}

void ApiTokenRepository::revoke(std::int64_t id)
{
    m_db.run(QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
             {qlonglong(m_clock.nowMs()), qlonglong(id)}, tr("revoking an API token"));
}

void ApiTokenRepository::markUsed(std::int64_t id)
{
    m_db.run(QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ?"),
             {qlonglong(m_clock.nowMs()), qlonglong(id)}, tr("noting an API token's use"));
}

} // namespace rebound::store
