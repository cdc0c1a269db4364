#pragma once

#include "core/Csv.h"
#include "store/Rate.h"

#include <QList>
#include <QString>
#include <array>
#include <optional>

// The columns of a rate sheet and how one row of them is read: what
// RateCsv::parse() does with the records core::csv splits a sheet into.
namespace rebound::billing::ratecsv {

enum Column
{
    PrefixColumn,
    DestinationColumn,
    RateColumn,
    ConnectFeeColumn,
    IncrementColumn,
    FirstColumn,
    NextColumn,
    MinimumColumn,
    GraceColumn,
    ValidFromColumn,
    ValidToColumn,
    TimeFromColumn,
    TimeToColumn,
    DaysColumn,
    ColumnCount
};

// Field index of each column in a row, -1 when the sheet does not have it.
using ColumnMap = std::array<int, ColumnCount>;

// Without a header: prefix, destination, rate, then optional connect fee,
// increments, minimum, valid from and valid to.
ColumnMap positionalColumns();

// Whether the first record is a header row rather than a first rate.
bool isHeader(const core::csv::Record& first, bool decimalComma);

// The columns a header names, reporting duplicates, missing required columns
// and contradictory increment columns; nullopt when the header is unusable.
std::optional<ColumnMap> headerColumns(const core::csv::Record& header, QList<core::CsvIssue>& issues);

// One row as a rate; nullopt after adding an issue for every bad field.
std::optional<store::Rate> readRow(const core::csv::Record& record, const ColumnMap& columns,
                                   bool decimalComma, QList<core::CsvIssue>& issues);

// "line N: reason".
core::CsvIssue issueAt(int line, const QString& reason);

} // namespace rebound::billing::ratecsv
