#pragma once

#include "billing/Markup.h"
#include "billing/RateCsv.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <optional>
#include <stdexcept>

namespace rebound::billing {

// A rate-table operation that cannot be done as asked (wrong kind, missing
// table, ...). Nothing was written.
class RateServiceError : public std::runtime_error
{
public:
    explicit RateServiceError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

// The rate-table operations the console and the command line share: CSV
// import (all or nothing), export and the markup tool, each audited.
class RateService : public store::AuditedService
{
    Q_DECLARE_TR_FUNCTIONS(RateService)

public:
    using AuditedService::AuditedService;

    struct ImportResult
    {
        QList<CsvIssue> errors; // when not empty, nothing was changed
        int imported = 0;
        int replaced = 0;
        std::int64_t tableId = 0;
        bool created = false;
        bool ok() const { return errors.isEmpty(); }
    };
    // Replaces the rates of table `tableName` with the sheet's, creating the
    // table when it does not exist (then `kind` is required). Throws
    // RateServiceError or store::StoreError.
    ImportResult importCsv(const QString& tableName, std::optional<store::RateTableKind> kind,
                           const QString& currency, const QByteArray& csv, const QString& actor);
    QByteArray exportCsv(std::int64_t tableId) const;

    // Writes sell plan `toName` (created if needed) from a buy table; returns
    // the number of rates written.
    int markup(std::int64_t fromTableId, const QString& toName, const MarkupRule& rule, const QString& actor);
};

} // namespace rebound::billing
