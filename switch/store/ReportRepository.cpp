#include "store/ReportRepository.h"

#include "store/CallbackRequestRepository.h"
#include "store/Database.h"
#include "store/SqlValues.h"

namespace rebound::store {

namespace {

// Non-null SQL for each column, so a keyset comparison never meets NULL.
QString sortExpression(CallColumn column)
{
    switch (column) {
    case CallColumn::Id:
    case CallColumn::Count:
        return QStringLiteral("c.id");
    case CallColumn::StartedAt:
        return QStringLiteral("c.started_at");
    case CallColumn::Subscriber:
        return QStringLiteral("a.account_code");
    case CallColumn::Trigger:
        return QStringLiteral("c.trigger");
    case CallColumn::CallbackNumber:
        return QStringLiteral("c.callback_number");
    case CallColumn::Destination:
        return QStringLiteral("c.destination");
    case CallColumn::DestinationName:
        return QStringLiteral("c.destination_name");
    case CallColumn::GatewayA:
        return QStringLiteral("COALESCE(ga.name, '')");
    case CallColumn::GatewayB:
        return QStringLiteral("COALESCE(gb.name, '')");
    case CallColumn::Result:
        return QStringLiteral("(CASE WHEN c.answered_at IS NOT NULL THEN '' WHEN c.state = '%1' THEN ' ' "
                              "ELSE c.hangup_reason END)")
            .arg(stateWord(CallState::Open));
    case CallColumn::AnsweredAt:
        return QStringLiteral("COALESCE(c.answered_at, 0)");
    case CallColumn::Talk:
        return QStringLiteral("c.talk_ms");
    case CallColumn::SecondsA:
        return QStringLiteral("c.a_seconds");
    case CallColumn::SellA:
        return QStringLiteral("c.a_sell_micros");
    case CallColumn::CostA:
        return QStringLiteral("c.a_buy_micros");
    case CallColumn::SecondsB:
        return QStringLiteral("c.b_seconds");
    case CallColumn::SellB:
        return QStringLiteral("c.b_sell_micros");
    case CallColumn::CostB:
        return QStringLiteral("c.b_buy_micros");
    case CallColumn::Sell:
        return QStringLiteral("c.sell_micros");
    case CallColumn::Cost:
        return QStringLiteral("c.buy_micros");
    case CallColumn::Profit:
        return QStringLiteral("(c.sell_micros - c.buy_micros)");
    case CallColumn::HangupReason:
        return QStringLiteral("c.hangup_reason");
    }
    return QStringLiteral("c.id");
}

bool isDigits(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar ch) { return ch.isDigit(); });
}

// The WHERE clause of a filter over `calls c`, with its values in order.
struct Where : WhereClause
{
    explicit Where(const CallFilter& f)
    {
        if (f.fromMs)
            add(QStringLiteral("c.started_at >= ?"), qlonglong(*f.fromMs));
        if (f.toMs)
            add(QStringLiteral("c.started_at < ?"), qlonglong(*f.toMs));
        if (f.accountId)
            add(QStringLiteral("c.account_id = ?"), qlonglong(*f.accountId));
        const QString destination = f.destination.trimmed();
        if (isDigits(destination)) {
            // A range, so the destination index serves it ('~' sorts after digits).
            add(QStringLiteral("c.destination >= ?"), destination);
            add(QStringLiteral("c.destination < ?"), destination + u'~');
        } else if (!destination.isEmpty()) {
            add(QStringLiteral("c.destination_name LIKE ? ESCAPE '\\'"),
                Database::likeContaining(destination));
        }
        if (f.gatewayId) {
            clauses.append(QStringLiteral("(c.gateway_a_id = ? OR c.gateway_b_id = ?)"));
            values << qlonglong(*f.gatewayId) << qlonglong(*f.gatewayId);
        }
        if (f.result == QLatin1String("answered"))
            clauses.append(QStringLiteral("c.answered_at IS NOT NULL"));
        else if (f.result == QLatin1String("failed"))
            add(QStringLiteral("c.state = ?"), stateWord(CallState::Failed));
        else if (f.result == QLatin1String("open"))
            add(QStringLiteral("c.state = ?"), stateWord(CallState::Open));
        else if (!f.result.isEmpty()) {
            add(QStringLiteral("c.state = ?"), stateWord(CallState::Failed));
            add(QStringLiteral("c.hangup_reason = ?"), f.result);
        }
        if (!f.trigger.isEmpty())
            add(QStringLiteral("c.trigger = ?"), f.trigger);
    }
};

const QString RowColumns = QStringLiteral(
    "SELECT c.id, c.started_at, c.ended_at, c.account_id, a.account_code, a.name, c.trigger, "
    "c.callback_number, "
    "c.destination, c.destination_name, COALESCE(ga.name, ''), COALESCE(gb.name, ''), c.state, "
    "c.hangup_reason, c.answered_at, c.talk_ms, c.a_seconds, c.b_seconds, c.a_sell_micros, c.a_buy_micros, "
    "c.b_sell_micros, c.b_buy_micros, c.sell_micros, c.buy_micros, c.test");
const QString RowTables = QStringLiteral(" FROM calls c JOIN accounts a ON a.id = c.account_id "
                                         "LEFT JOIN gateways ga ON ga.id = c.gateway_a_id "
                                         "LEFT JOIN gateways gb ON gb.id = c.gateway_b_id");

CallRow rowFrom(const QSqlQuery& q)
{
    CallRow r;
    r.id = q.value(0).toLongLong();
    r.startedAt = q.value(1).toLongLong();
    r.endedAt = optionalValue(q.value(2));
    r.accountId = q.value(3).toLongLong();
    r.accountCode = q.value(4).toString();
    r.accountName = q.value(5).toString();
    r.trigger = q.value(6).toString();
    r.callbackNumber = q.value(7).toString();
    r.destination = q.value(8).toString();
    r.destinationName = q.value(9).toString();
    r.gatewayA = q.value(10).toString();
    r.gatewayB = q.value(11).toString();
    r.state = storedCallState(r.id, q.value(12).toString());
    r.hangupReason = q.value(13).toString();
    r.answeredAt = optionalValue(q.value(14));
    r.talkMs = q.value(15).toLongLong();
    r.secondsA = q.value(16).toInt();
    r.secondsB = q.value(17).toInt();
    r.sellA = core::Money::fromMicros(q.value(18).toLongLong());
    r.costA = core::Money::fromMicros(q.value(19).toLongLong());
    r.sellB = core::Money::fromMicros(q.value(20).toLongLong());
    r.costB = core::Money::fromMicros(q.value(21).toLongLong());
    r.sell = core::Money::fromMicros(q.value(22).toLongLong());
    r.cost = core::Money::fromMicros(q.value(23).toLongLong());
    r.test = q.value(24).toBool();
    return r;
}

// The sums every aggregate selects, in this order, starting at `first`.
const QString CallSums = QStringLiteral(
    "COUNT(*), COUNT(c.answered_at), COALESCE(SUM(c.talk_ms), 0), COALESCE(SUM(c.a_seconds), 0), "
    "COALESCE(SUM(c.b_seconds), 0), COALESCE(SUM(c.sell_micros), 0), "
    "COALESCE(SUM(c.buy_micros), 0)");

CallTotals totalsFrom(const QSqlQuery& q, int first)
{
    CallTotals t;
    t.calls = q.value(first).toLongLong();
    t.answered = q.value(first + 1).toLongLong();
    t.talkMs = q.value(first + 2).toLongLong();
    t.secondsA = q.value(first + 3).toLongLong();
    t.secondsB = q.value(first + 4).toLongLong();
    t.sell = core::Money::fromMicros(q.value(first + 5).toLongLong());
    t.cost = core::Money::fromMicros(q.value(first + 6).toLongLong());
    return t;
}

} // namespace

QList<CallRow> ReportRepository::callPage(const CallFilter& filter, CallColumn sortBy, bool ascending,
                                          int limit, const std::optional<CallPageKey>& after) const
{
    Where where(filter);
    const QString key = sortExpression(sortBy);
    if (after) {
        where.clauses.append(QStringLiteral("(%1, c.id) %2 (?, ?)")
                                 .arg(key, ascending ? QStringLiteral(">") : QStringLiteral("<")));
        where.values << after->sortKey << qlonglong(after->id);
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QVariantList values = where.values;
    values.append(limit);
    QSqlQuery q = m_db.run(RowColumns + QStringLiteral(", ") + key + RowTables + where.sql() +
                               QStringLiteral(" ORDER BY %1 %2, c.id %2 LIMIT ?").arg(key, direction),
                           values, tr("reading call records"));
    QList<CallRow> rows;
    while (q.next()) {
        CallRow row = rowFrom(q);
        row.sortKey = q.value(25);
        rows.append(row);
    }
    return rows;
}

std::optional<CallRow> ReportRepository::callRow(std::int64_t callId) const
{
    QSqlQuery q = m_db.run(RowColumns + RowTables + QStringLiteral(" WHERE c.id = ?"), {qlonglong(callId)},
                           tr("reading a call record"));
    return firstRow(q, rowFrom);
}

CallTotals ReportRepository::totals(const CallFilter& filter) const
{
    const Where where(filter);
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT ") + CallSums + QStringLiteral(" FROM calls c") + where.sql(),
                 where.values, tr("adding up calls"));
    return q.next() ? totalsFrom(q, 0) : CallTotals();
}

QList<CallGroup> ReportRepository::breakdown(const CallFilter& filter, CallGrouping grouping) const
{
    const Where where(filter);
    QString sql;
    switch (grouping) {
    case CallGrouping::Destination:
        // Read in name order from the covering index, grouped as it goes:
        // SQLite would otherwise take the period's range and sort every call.
        sql = QStringLiteral("SELECT c.destination_name, c.destination_name, ") + CallSums +
              QStringLiteral(" FROM calls c INDEXED BY calls_by_destination_name") + where.sql() +
              QStringLiteral(" GROUP BY c.destination_name");
        break;
    case CallGrouping::Subscriber:
        // Grouped on the calls alone, then named: the join runs once a group.
        sql = QStringLiteral("SELECT g.account_id, a.account_code || ' ' || a.name, g.* FROM (SELECT ") +
              CallSums + QStringLiteral(", c.account_id FROM calls c") + where.sql() +
              QStringLiteral(" GROUP BY c.account_id) g JOIN accounts a ON a.id = g.account_id");
        break;
    case CallGrouping::Trigger:
        // Test calls (the built-in test phones) are a group of their own per trigger: "sms test".
        sql = QStringLiteral("SELECT c.trigger || CASE WHEN c.test THEN ' test' ELSE '' END, c.trigger, ") +
              CallSums + QStringLiteral(" FROM calls c") + where.sql() +
              QStringLiteral(" GROUP BY c.trigger, c.test");
        break;
    case CallGrouping::Gateway:
        // Per leg: each attempt is bought from the gateway that carried it.
        sql =
            QStringLiteral(
                "SELECT COALESCE(l.gateway_id, ''), COALESCE(gw.name, ''), COUNT(*), COUNT(l.answered_at), "
                "COALESCE(SUM(l.duration_ms), 0), COALESCE(SUM(CASE WHEN l.leg = 'A' THEN l.charged_seconds "
                "END), 0), COALESCE(SUM(CASE WHEN l.leg = 'B' THEN l.charged_seconds END), 0), "
                "COALESCE(SUM(l.sell_micros), 0), COALESCE(SUM(l.buy_micros), 0) "
                "FROM calls c JOIN legs l ON l.call_id = c.id LEFT JOIN gateways gw ON gw.id = "
                "l.gateway_id") +
            where.sql() + QStringLiteral(" GROUP BY l.gateway_id");
        break;
    }
    QSqlQuery q = m_db.run(sql, where.values, tr("adding up calls by group"));
    QList<CallGroup> groups;
    while (q.next())
        groups.append({q.value(0).toString(), q.value(1).toString(), totalsFrom(q, 2)});
    return groups;
}

QList<CallBucket> ReportRepository::series(const CallFilter& filter, std::int64_t bucketMs) const
{
    const Where where(filter);
    QVariantList values{qlonglong(bucketMs), qlonglong(bucketMs)};
    values.append(where.values);
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT (c.started_at / ?) * ?, ") + CallSums +
                     QStringLiteral(" FROM calls c") + where.sql() + QStringLiteral(" GROUP BY 1 ORDER BY 1"),
                 values, tr("adding up calls over time"));
    QList<CallBucket> buckets;
    while (q.next())
        buckets.append({q.value(0).toLongLong(), totalsFrom(q, 1)});
    return buckets;
}

QList<std::pair<QString, qint64>> ReportRepository::failureReasons(const CallFilter& filter) const
{
    CallFilter failed = filter;
    failed.result = QStringLiteral("failed");
    const Where where(failed);
    QSqlQuery q = m_db.run(QStringLiteral("SELECT c.hangup_reason, COUNT(*) FROM calls c") + where.sql() +
                               QStringLiteral(" GROUP BY c.hangup_reason ORDER BY 2 DESC, 1"),
                           where.values, tr("counting failed calls"));
    QList<std::pair<QString, qint64>> reasons;
    while (q.next())
        reasons.append({q.value(0).toString(), q.value(1).toLongLong()});
    return reasons;
}

core::Money ReportRepository::ledgerCallCharges(const CallFilter& filter) const
{
    const Where where(filter);
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT COALESCE(-SUM(amount_micros), 0) FROM ledger WHERE reason = "
                                "'call' AND reference IN (SELECT 'call ' || c.id FROM calls c") +
                     where.sql() + u')',
                 where.values, tr("adding up the ledger's call charges"));
    return core::Money::fromMicros(q.next() ? q.value(0).toLongLong() : 0);
}

std::pair<qint64, qint64> ReportRepository::requests(std::int64_t fromMs, std::int64_t toMs) const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT COUNT(*), COUNT(CASE WHEN state = ? THEN 1 END) "
                                          "FROM callback_requests WHERE created_at >= ? AND created_at < ?"),
                           {stateWord(RequestState::Completed), qlonglong(fromMs), qlonglong(toMs)},
                           tr("counting callback requests"));
    return q.next() ? std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()}
                    : std::pair<qint64, qint64>{};
}

qint64 ReportRepository::openCalls() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM calls WHERE state = ?"),
                           {stateWord(CallState::Open)}, tr("counting calls in progress"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<LowBalance> ReportRepository::lowBalances(core::Money threshold, int limit) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT id, account_code, name, balance_micros, credit_limit_micros FROM accounts "
                       "WHERE status = 'active' AND balance_micros + credit_limit_micros < ? "
                       "ORDER BY balance_micros + credit_limit_micros, account_code LIMIT ?"),
        {qlonglong(threshold.micros()), limit}, tr("finding low balances"));
    QList<LowBalance> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       core::Money::fromMicros(q.value(3).toLongLong()),
                       core::Money::fromMicros(q.value(4).toLongLong())});
    return result;
}

QString ReportRepository::callRowColumns()
{
    return RowColumns + u' ';
}

CallRow ReportRepository::callRowFrom(const QSqlQuery& query)
{
    return rowFrom(query);
}

QStringList ReportRepository::hangupReasons() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT DISTINCT hangup_reason FROM calls WHERE state = ? "
                                          "ORDER BY hangup_reason"),
                           {stateWord(CallState::Failed)}, tr("listing hang-up reasons"));
    QStringList reasons;
    while (q.next())
        reasons.append(q.value(0).toString());
    return reasons;
}

} // namespace rebound::store
