#pragma once

#include "store/AuditLog.h"

#include <QStringList>
#include <QTimeZone>
#include <functional>

class QIODevice;

namespace rebound::reports {

// The audit log as CSV, for the console's Audit log page and `rebound-switch
// audit export`: one RFC 4180 line per entry (CRLF, UTF-8), newest first.
// Times are ISO 8601 in `zone` with its offset (2026-01-05T09:30:00-05:00),
// so a spreadsheet and a script read the same instant. Cells go through
// core::csv::field, which defuses a cell a spreadsheet would run as a
// formula (= + - @ first) with a leading apostrophe: details come from
// outside (subscriber names, SMS texts, portal paths).
class AuditCsv
{
public:
    // time,actor,source,action,object_type,object_id,details
    static QStringList header();
    static QStringList row(const store::AuditEntry& entry, const QTimeZone& zone);

    // Writes the header and every entry of `filter`, read a page at a time.
    // `progress(done)` may return false to stop; returns how many entries
    // were written, or -1 when stopped. Throws StoreError.
    static qint64 write(const store::AuditLog& log, const store::AuditFilter& filter, const QTimeZone& zone,
                        QIODevice& out, const std::function<bool(qint64)>& progress = {});

    static constexpr int PageSize = 2000;
};

} // namespace rebound::reports
