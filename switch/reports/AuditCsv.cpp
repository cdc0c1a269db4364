#include "reports/AuditCsv.h"

#include "core/Csv.h"

#include <QDateTime>
#include <QIODevice>

namespace rebound::reports {

namespace {
void writeLine(QIODevice& out, const QStringList& cells)
{
    out.write((core::csv::line(cells) + QStringLiteral("\r\n")).toUtf8());
}
} // namespace

QStringList AuditCsv::header()
{
    return {QStringLiteral("time"),   QStringLiteral("actor"),       QStringLiteral("source"),
            QStringLiteral("action"), QStringLiteral("object_type"), QStringLiteral("object_id"),
            QStringLiteral("details")};
}

QStringList AuditCsv::row(const store::AuditEntry& e, const QTimeZone& zone)
{
    return {QDateTime::fromMSecsSinceEpoch(e.at, zone).toString(Qt::ISODate),
            e.actor,
            e.source,
            e.action,
            e.objectType,
            e.objectId,
            e.details};
}

qint64 AuditCsv::write(const store::AuditLog& log, const store::AuditFilter& filter, const QTimeZone& zone,
                       QIODevice& out, const std::function<bool(qint64)>& progress)
{
    writeLine(out, header());
    qint64 written = 0;
    std::optional<store::AuditPageKey> after;
    for (;;) {
        const QList<store::AuditEntry> page = log.entries(filter, PageSize, after);
        for (const store::AuditEntry& entry : page)
            writeLine(out, row(entry, zone));
        written += page.size();
        if (progress && !progress(written))
            return -1;
        if (page.size() < PageSize)
            return written;
        after = store::AuditLog::keyOf(page.last());
    }
}

} // namespace rebound::reports
