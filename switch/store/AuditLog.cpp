#include "store/AuditLog.h"

#include "store/Database.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QMap>

namespace rebound::store {

namespace {
const QString Columns =
    QStringLiteral("SELECT id, at, actor, source, action, object_type, object_id, details FROM audit_log");

AuditEntry entryFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(),   q.value(6).toString(), q.value(7).toString()};
}

QString readingContext()
{
    return QCoreApplication::translate("AuditLog", "reading the audit log");
}

// The WHERE clause of a filter, with its values in order.
struct Where : WhereClause
{
    Where(std::optional<std::int64_t> fromMs, std::optional<std::int64_t> toMs)
    {
        if (fromMs)
            add(QStringLiteral("at >= ?"), qlonglong(*fromMs));
        if (toMs)
            add(QStringLiteral("at < ?"), qlonglong(*toMs));
    }

    explicit Where(const AuditFilter& f)
        : Where(f.fromMs, f.toMs)
    {
        match(QStringLiteral("actor"), f.actor);
        match(QStringLiteral("action"), f.action);
        if (!f.objectType.isEmpty())
            add(QStringLiteral("object_type = ?"), f.objectType);
        if (!f.objectId.isEmpty())
            add(QStringLiteral("object_id = ?"), f.objectId);
        if (!f.text.isEmpty())
            add(QStringLiteral("details LIKE ? ESCAPE '\\'"), Database::likeContaining(f.text));
    }

    void match(const QString& column, const AuditMatch& m)
    {
        if (m.isEmpty())
            return;
        if (!m.prefix) {
            add(column + QStringLiteral(" = ?"), m.text);
            return;
        }
        // substr() rather than LIKE: case-sensitive on every database, and
        // no wildcard in the text to escape.
        clauses.append(QStringLiteral("substr(%1, 1, length(?)) = ?").arg(column));
        values << m.text << m.text;
    }
};

// "web:" for "web:1001", "account." for "account.add"; empty without either.
QString groupOf(const QString& value)
{
    for (qsizetype i = 0; i < value.size(); ++i)
        if (value[i] == u':' || value[i] == u'.')
            return i > 0 ? value.left(i + 1) : QString();
    return {};
}
} // namespace

AuditMatch AuditMatch::parse(const QString& pattern)
{
    QString text = pattern.trimmed();
    if (text.endsWith(u'*')) {
        text.chop(1);
        return {text, !text.isEmpty()};
    }
    return {text, text.endsWith(u':') || text.endsWith(u'.')};
}

void AuditLog::record(const QString& actor, const QString& action, const QString& objectType,
                      const QString& objectId, const QString& details, const QString& source)
{
    m_db.cached(
        QStringLiteral("INSERT INTO audit_log (at, actor, source, action, object_type, object_id, details) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {qlonglong(m_clock.nowMs()), actor, source, action, objectType, objectId, details},
        QCoreApplication::translate("AuditLog", "writing the audit log"));
}

QList<AuditEntry> AuditLog::recent(int limit) const
{
    QSqlQuery q = m_db.run(Columns + QStringLiteral(" ORDER BY id DESC LIMIT ?"), {limit}, readingContext());
    return allRows(q, entryFrom);
}

QList<AuditEntry> AuditLog::entries(const AuditFilter& filter, int limit,
                                    const std::optional<AuditPageKey>& after) const
{
    Where where(filter);
    if (after) {
        where.clauses.append(QStringLiteral("(at, id) < (?, ?)"));
        where.values << qlonglong(after->at) << qlonglong(after->id);
    }
    QVariantList values = where.values;
    values.append(limit);
    QSqlQuery q = m_db.run(Columns + where.sql() + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?"),
                           values, readingContext());
    return allRows(q, entryFrom);
}

QStringList AuditLog::actors(std::optional<std::int64_t> fromMs, std::optional<std::int64_t> toMs) const
{
    return choices(QStringLiteral("actor"), fromMs, toMs);
}

QStringList AuditLog::actions(std::optional<std::int64_t> fromMs, std::optional<std::int64_t> toMs) const
{
    return choices(QStringLiteral("action"), fromMs, toMs);
}

QStringList AuditLog::choices(const QString& column, std::optional<std::int64_t> fromMs,
                              std::optional<std::int64_t> toMs) const
{
    Where where(fromMs, toMs);
    where.clauses.append(column + QStringLiteral(" <> ''"));
    QSqlQuery q = m_db.run(QStringLiteral("SELECT DISTINCT %1 FROM audit_log").arg(column) + where.sql(),
                           where.values, readingContext());
    QMap<QString, QStringList> byGroup; // sorted, "" for values without a group
    while (q.next()) {
        const QString value = q.value(0).toString();
        byGroup[groupOf(value)].append(value);
    }
    QStringList result;
    for (auto it = byGroup.begin(); it != byGroup.end(); ++it) {
        const bool grouped = !it.key().isEmpty();
        if (grouped && it->size() >= 2)
            result.append(it.key());
        if (!grouped || it->size() <= MaxGroupShown)
            result.append(*it);
    }
    result.sort();
    return result;
}

struct AuditedChange::Transaction
{
    explicit Transaction(const Database& db)
        : open(db)
    {
    }
    Database::Transaction open;
};

AuditedChange::AuditedChange(const Database& db, const core::Clock& clock, QString actor)
    : m_transaction(std::make_unique<Transaction>(db))
    , m_log(db, clock)
    , m_actor(std::move(actor))
{
}

AuditedChange::~AuditedChange() = default;

void AuditedChange::commit(const QString& action, const QString& objectType, const QString& objectId,
                           const QString& details)
{
    m_log.record(m_actor, action, objectType, objectId, details);
    m_transaction->open.commit();
}

QString AuditedChange::updateDetails(const QString& oldId, const QString& newId, const QString& details)
{
    return oldId == newId ? details : QStringLiteral("was %1; ").arg(oldId) + details;
}

} // namespace rebound::store
