#pragma once

#include "core/Csv.h"
#include "store/Rate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rebound::billing {

using core::CsvIssue;

struct RateCsvResult
{
    QList<store::Rate> rates; // only meaningful when ok()
    QList<CsvIssue> errors;   // sorted by line
    bool ok() const { return errors.isEmpty(); }
};

// Rate sheets as carriers send them (comma, semicolon or tab separated, with
// or without a header row, in whatever column order and naming) and as we
// export them. parse() reports every bad row rather than stopping at the
// first, so a sheet can be fixed in one pass. A destination a spreadsheet
// would run as a formula is written defused (core::csv::field) and read back
// as it was: parse(write(rates)) == rates for any rates parse() can produce
// (id and tableId are not written and come back as 0).
class RateCsv
{
    Q_DECLARE_TR_FUNCTIONS(RateCsv)

public:
    static RateCsvResult parse(const QByteArray& data);
    static QByteArray write(const QList<store::Rate>& rates);
};

} // namespace rebound::billing
