#include "store/RateRepository.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"

namespace rebound::store {

namespace {
const QString RevisionKey = QStringLiteral("rates.revision");

constexpr StoredWord<RateTableKind> KindWords[] = {{RateTableKind::Sell, "sell"},
                                                   {RateTableKind::Buy, "buy"}};

RateTable tableFrom(const QSqlQuery& q)
{
    RateTable t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.kind = rateTableKindFromString(q.value(2).toString()).value_or(RateTableKind::Sell);
    t.currency = q.value(3).toString();
    t.description = q.value(4).toString();
    t.rateCount = q.value(5).toInt();
    return t;
}

const QString TableColumns =
    QStringLiteral("SELECT t.id, t.name, t.kind, t.currency, t.description, "
                   "(SELECT count(*) FROM rates r WHERE r.rate_table_id = t.id) FROM rate_tables t ");
} // namespace

QString toString(RateTableKind kind)
{
    return wordOf(KindWords, kind);
}

std::optional<RateTableKind> rateTableKindFromString(const QString& text)
{
    return valueOf(KindWords, text);
}

QList<RateTable> RateRepository::tables() const
{
    QSqlQuery q = m_db.run(TableColumns + QStringLiteral("ORDER BY t.name"), {}, tr("listing rate tables"));
    return allRows(q, tableFrom);
}

std::optional<RateTable> RateRepository::findTable(std::int64_t id) const
{
    QSqlQuery q = m_db.run(TableColumns + QStringLiteral("WHERE t.id = ?"), {qlonglong(id)},
                           tr("reading a rate table"));
    return firstRow(q, tableFrom);
}

std::optional<RateTable> RateRepository::findTableByName(const QString& name) const
{
    QSqlQuery q =
        m_db.run(TableColumns + QStringLiteral("WHERE t.name = ?"), {name}, tr("reading a rate table"));
    return firstRow(q, tableFrom);
}

std::int64_t RateRepository::createTable(const RateTable& table)
{
    if (table.name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid, tr("A rate table needs a name."));
    Database::Transaction transaction(m_db);
    const qlonglong now = m_clock.nowMs();
    QSqlQuery q = m_db.run(
        QStringLiteral("INSERT INTO rate_tables (name, kind, currency, description, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {table.name.trimmed(), toString(table.kind), table.currency, table.description, now, now},
        tr("creating rate table %1").arg(table.name));
    const std::int64_t id = q.lastInsertId().toLongLong();
    bumpRevision();
    transaction.commit();
    return id;
}

void RateRepository::removeTable(std::int64_t id)
{
    Database::Transaction transaction(m_db);
    QSqlQuery q = m_db.run(QStringLiteral("DELETE FROM rate_tables WHERE id = ?"), {qlonglong(id)},
                           tr("deleting rate table #%1").arg(id));
    requireChange(q, tr("Rate table #%1 does not exist.").arg(id));
    bumpRevision();
    transaction.commit();
}

QString RateRepository::rateColumns()
{
    return QStringLiteral(
        "id, rate_table_id, prefix, destination, rate_micros, connect_fee_micros, "
        "first_increment, next_increment, min_seconds, grace_seconds, valid_from, valid_to, "
        "time_from, time_to, days_mask");
}

Rate RateRepository::rateFrom(const QSqlQuery& q)
{
    Rate r;
    r.id = q.value(0).toLongLong();
    r.tableId = q.value(1).toLongLong();
    r.prefix = q.value(2).toString();
    r.destination = q.value(3).toString();
    r.perMinute = core::Money::fromMicros(q.value(4).toLongLong());
    r.connectFee = core::Money::fromMicros(q.value(5).toLongLong());
    r.firstIncrement = q.value(6).toInt();
    r.nextIncrement = q.value(7).toInt();
    r.minSeconds = q.value(8).toInt();
    r.graceSeconds = q.value(9).toInt();
    r.validFrom = optionalValue(q.value(10));
    r.validTo = optionalValue(q.value(11));
    r.timeFrom = optionalValue<int>(q.value(12));
    r.timeTo = optionalValue<int>(q.value(13));
    r.daysMask = q.value(14).toInt();
    return r;
}

QList<Rate> RateRepository::rates(std::int64_t tableId) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT %1 FROM rates WHERE rate_table_id = ? ORDER BY prefix, id").arg(rateColumns()),
        {qlonglong(tableId)}, tr("reading rates"));
    return allRows(q, rateFrom);
}

void RateRepository::replaceRates(std::int64_t tableId, const QList<Rate>& rates)
{
    const auto table = findTable(tableId);
    if (!table)
        throw StoreError(StoreError::Kind::NotFound, tr("Rate table #%1 does not exist.").arg(tableId));
    Database::Transaction transaction(m_db);
    const QString context = tr("saving the rates of %1").arg(table->name);
    m_db.run(QStringLiteral("DELETE FROM rates WHERE rate_table_id = ?"), {qlonglong(tableId)}, context);
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO rates (rate_table_id, prefix, destination, rate_micros, connect_fee_micros, "
        "first_increment, "
        "next_increment, min_seconds, grace_seconds, valid_from, valid_to, time_from, time_to, days_mask) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Rate& r : rates) {
        const QVariantList values{qlonglong(tableId),
                                  r.prefix,
                                  r.destination.isNull() ? QString(QLatin1String("")) : r.destination,
                                  qlonglong(r.perMinute.micros()),
                                  qlonglong(r.connectFee.micros()),
                                  r.firstIncrement,
                                  r.nextIncrement,
                                  r.minSeconds,
                                  r.graceSeconds,
                                  nullable(r.validFrom),
                                  nullable(r.validTo),
                                  nullable(r.timeFrom),
                                  nullable(r.timeTo),
                                  r.daysMask};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values[i]);
        Database::exec(insert, context + QStringLiteral(" (prefix %1)").arg(r.prefix));
    }
    m_db.run(QStringLiteral("UPDATE rate_tables SET updated_at = ? WHERE id = ?"),
             {qlonglong(m_clock.nowMs()), qlonglong(tableId)}, context);
    bumpRevision();
    transaction.commit();
}

std::int64_t RateRepository::revision() const
{
    // Asked by the rate cache on every rating, so cached.
    auto q = m_db.cached(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {RevisionKey},
                         tr("reading the rates revision"));
    return q->next() ? q->value(0).toLongLong() : 0;
}

void RateRepository::bumpRevision()
{
    m_db.run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1') "
                            "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"),
             {RevisionKey}, tr("recording a rates change"));
}

} // namespace rebound::store
