#include "store/LedgerRepository.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace rebound::store {

namespace {
constexpr StoredWord<LedgerReason> ReasonWords[] = {
    {LedgerReason::Call, "call"}, {LedgerReason::TopUp, "topup"},           {LedgerReason::Card, "card"},
    {LedgerReason::Ppcc, "ppcc"}, {LedgerReason::Adjustment, "adjustment"}, {LedgerReason::Refund, "refund"}};

LedgerReason reasonFromString(const QString& text)
{
    return valueOf(ReasonWords, text).value_or(LedgerReason::Adjustment);
}
} // namespace

QString toString(LedgerReason reason)
{
    return wordOf(ReasonWords, reason);
}

core::Money LedgerRepository::append(std::int64_t accountId, core::Money amount, LedgerReason reason,
                                     const QString& reference, const QString& createdBy)
{
    const QString context =
        LedgerRepository::tr("recording a balance change for subscriber #%1").arg(accountId);
    core::Money after;
    {
        // Let the read go before the writes: its end resets the statement.
        auto current = m_db.cached(QStringLiteral("SELECT balance_micros FROM accounts WHERE id = ?"),
                                   {qlonglong(accountId)}, context);
        if (!current->next())
            throw StoreError(StoreError::Kind::NotFound,
                             LedgerRepository::tr("Subscriber #%1 does not exist.").arg(accountId));
        after = core::Money::fromMicros(current->value(0).toLongLong()) + amount;
    }
    m_db.cached(QStringLiteral("INSERT INTO ledger (account_id, amount_micros, balance_after_micros, reason, "
                               "reference, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {qlonglong(accountId), qlonglong(amount.micros()), qlonglong(after.micros()),
                 toString(reason), reference, createdBy, qlonglong(m_clock.nowMs())},
                context);
    m_db.cached(QStringLiteral("UPDATE accounts SET balance_micros = ? WHERE id = ?"),
                {qlonglong(after.micros()), qlonglong(accountId)}, context);
    return after;
}

QList<LedgerEntry> LedgerRepository::entries(std::int64_t accountId) const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT id, account_id, amount_micros, balance_after_micros, reason, "
                                "reference, created_by, created_at FROM ledger WHERE account_id = ? "
                                "ORDER BY id DESC"),
                 {qlonglong(accountId)}, LedgerRepository::tr("reading the ledger"));
    QList<LedgerEntry> result;
    while (q.next()) {
        LedgerEntry e;
        e.id = q.value(0).toLongLong();
        e.accountId = q.value(1).toLongLong();
        e.amount = core::Money::fromMicros(q.value(2).toLongLong());
        e.balanceAfter = core::Money::fromMicros(q.value(3).toLongLong());
        e.reason = reasonFromString(q.value(4).toString());
        e.reference = q.value(5).toString();
        e.createdBy = q.value(6).toString();
        e.createdAt = q.value(7).toLongLong();
        result.append(e);
    }
    return result;
}

core::Money LedgerRepository::sum(std::int64_t accountId) const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT COALESCE(SUM(amount_micros), 0) FROM ledger WHERE account_id = ?"),
                 {qlonglong(accountId)}, LedgerRepository::tr("adding up the ledger"));
    return core::Money::fromMicros(q.next() ? q.value(0).toLongLong() : 0);
}

QList<LedgerRepository::Mismatch> LedgerRepository::findMismatches() const
{
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "SELECT a.id, a.balance_micros, COALESCE(SUM(l.amount_micros), 0) AS total "
            "FROM accounts a LEFT JOIN ledger l ON l.account_id = a.id "
            "GROUP BY a.id, a.balance_micros HAVING a.balance_micros <> COALESCE(SUM(l.amount_micros), 0)"),
        {}, LedgerRepository::tr("checking balances against the ledger"));
    QList<Mismatch> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), core::Money::fromMicros(q.value(1).toLongLong()),
                       core::Money::fromMicros(q.value(2).toLongLong())});
    return result;
}

} // namespace rebound::store
