#include "store/ApiTokenRepository.h"

#include "store/Database.h"
#include "store/SqlValues.h"

namespace rebound::store {

std::int64_t ApiTokenRepository::insert(const ApiToken& token)
{
    const QString context = tr("saving API token %1").arg(token.name);
    Database::Transaction transaction(m_db);
    const std::int64_t id =
        m_db.run(QStringLiteral(
                     "INSERT INTO api_tokens (name, token_hash, created_at, expires_at, all_accounts) "
                     "VALUES (?, ?, ?, ?, ?)"),
                 {token.name, token.tokenHash, qlonglong(m_clock.nowMs()),
                  token.expiresAt ? QVariant(qlonglong(*token.expiresAt)) : QVariant(),
                  token.allAccounts ? 1 : 0},
                 context)
            .lastInsertId()
            .toLongLong();
    if (!token.allAccounts)
        for (const std::int64_t accountId : token.accountIds)
            m_db.run(QStringLiteral(
                         "INSERT OR IGNORE INTO api_token_accounts (token_id, account_id) VALUES (?, ?)"),
                     {qlonglong(id), qlonglong(accountId)}, context);
    transaction.commit();
    return id;
}

std::int64_t ApiTokenRepository::insert(const QString& name, const QString& tokenHash)
{
    ApiToken token;
    token.name = name;
    token.tokenHash = tokenHash;
    return insert(token);
}

QList<ApiToken> ApiTokenRepository::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT id, name, token_hash, created_at, last_used_at, revoked_at, "
                                "expires_at, all_accounts FROM api_tokens ") +
                     where,
                 values, tr("reading API tokens"));
    QList<ApiToken> result;
    while (q.next()) {
        ApiToken t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.tokenHash = q.value(2).toString();
        t.createdAt = q.value(3).toLongLong();
        t.lastUsedAt = optionalValue(q.value(4));
        t.revokedAt = optionalValue(q.value(5));
        t.expiresAt = optionalValue(q.value(6));
        t.allAccounts = q.value(7).toInt() != 0;
        result.append(t);
    }
    // Only a scoped token has account rows; a token for all reads none.
    for (ApiToken& t : result) {
        if (t.allAccounts)
            continue;
        QSqlQuery scope =
            m_db.run(QStringLiteral("SELECT a.id, a.account_code FROM api_token_accounts s "
                                    "JOIN accounts a ON a.id = s.account_id "
                                    "WHERE s.token_id = ? ORDER BY a.account_code"),
                     {qlonglong(t.id)}, tr("reading the subscribers of API token %1").arg(t.name));
        while (scope.next()) {
            t.accountIds.append(scope.value(0).toLongLong());
            t.accountCodes.append(scope.value(1).toString());
        }
    }
    return result;
}

QList<ApiToken> ApiTokenRepository::list() const
{
    return select(QStringLiteral("ORDER BY revoked_at IS NOT NULL, name, id"), {});
}

std::optional<ApiToken> ApiTokenRepository::findByHash(const QString& tokenHash) const
{
    return firstOf(select(QStringLiteral("WHERE token_hash = ?"), {tokenHash}));
}

std::optional<ApiToken> ApiTokenRepository::findLive(const QString& name) const
{
    return firstOf(select(QStringLiteral("WHERE name = ? AND revoked_at IS NULL"), {name}));
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
