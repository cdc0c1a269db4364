#include "store/Retention.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace rebound::store {

namespace {
constexpr int RowsPerTransaction = 5'000;

// Runs a "DELETE … LIMIT" (as a rowid sub-select) until it deletes nothing.
int deleteInChunks(const Database& db, const QString& sql, const QVariantList& values)
{
    int total = 0;
    for (;;) {
        Database::Transaction transaction(db);
        QSqlQuery q = db.run(sql, values, QStringLiteral("removing old rows"));
        const int n = q.numRowsAffected();
        transaction.commit();
        total += n;
        if (n < RowsPerTransaction)
            return total;
    }
}
} // namespace

int Retention::purgeAudit(std::int64_t beforeMs)
{
    return deleteInChunks(
        m_db,
        QStringLiteral("DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < ? "
                       "ORDER BY at LIMIT %1)")
            .arg(RowsPerTransaction),
        {qlonglong(beforeMs)});
}

int Retention::purgeRedemptionAttempts(std::int64_t beforeMs, std::int64_t nowMs)
{
    return deleteInChunks(
        m_db,
        QStringLiteral("DELETE FROM redemption_attempts WHERE rowid IN (SELECT rowid FROM "
                       "redemption_attempts WHERE window_start < ? AND (locked_until IS NULL OR "
                       "locked_until < ?) LIMIT %1)")
            .arg(RowsPerTransaction),
        {qlonglong(beforeMs), qlonglong(nowMs)});
}

} // namespace rebound::store
