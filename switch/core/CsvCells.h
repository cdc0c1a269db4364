#pragma once

#include "core/Money.h"

#include <QString>
#include <QStringView>
#include <cstdint>
#include <optional>

namespace rebound::core::csv {

// Cells as carriers and spreadsheets write them, read the same way by every
// import. Each returns nullopt when the cell is not such a value; the caller
// says what was wrong in its own words.

constexpr int AllDays = 0x7f; // a weekday mask, bit 0 Monday

bool isAsciiDigits(QStringView text);

// An amount. With ';' or tab between columns a comma is free to be the
// decimal point ("0,0125"): pass decimalComma.
std::optional<Money> parseAmount(const QString& text, bool decimalComma);

// A whole number from min to max, plain ASCII digits.
std::optional<int> parseInt(const QString& text, int min, int max);

// An ISO date, optionally with a time, as UTC milliseconds since the epoch:
// 2024-03-01, 2024-03-01 12:30, 2024-03-01T12:30:15Z, 2024-03-01T12:30:15.250Z.
std::optional<std::int64_t> parseDateTime(const QString& text);

// "07:00", "7:00" or "07:00:00" as minutes of the day; "24:00" is 1440.
std::optional<int> parseTimeOfDay(const QString& text);

// Days of the week as a mask of AllDays' bits: "Mon-Fri", "Sat,Sun", "Fri-Mon"
// (wraps), "1111100" (Monday first), "all", "daily", "weekdays", "weekends";
// empty is every day. The mask may be 0; the caller rejects that.
std::optional<int> parseDays(const QString& text);

} // namespace rebound::core::csv
