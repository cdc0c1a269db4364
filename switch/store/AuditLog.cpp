#include "store/AuditLog.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace rebound::store {

void AuditLog::record(const QString& actor, const QString& action, const QString& objectType,
                      const QString& objectId, const QString& details, const QString& source)
{
    m_db.run(
        QStringLiteral("INSERT INTO audit_log (at, actor, source, action, object_type, object_id, details) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {qlonglong(m_clock.nowMs()), actor, source, action, objectType, objectId, details},
        QCoreApplication::translate("AuditLog", "writing the audit log"));
}

QList<AuditEntry> AuditLog::recent(int limit) const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT id, at, actor, source, action, object_type, object_id, details "
                                "FROM audit_log ORDER BY id DESC LIMIT ?"),
                 {limit}, QCoreApplication::translate("AuditLog", "reading the audit log"));
    QList<AuditEntry> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString(), q.value(7).toString()});
    return result;
}

} // namespace rebound::store
