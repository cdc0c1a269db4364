#include "billing/RateColumns.h"

#include "billing/RateCsv.h"
#include "core/CsvCells.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace rebound::billing::ratecsv {

namespace {

using core::CsvIssue;
using core::Money;
using core::csv::isAsciiDigits;
using core::csv::parseAmount;
using core::csv::parseInt;
using core::csv::Record;
using store::Rate;

constexpr int MaxPrefixDigits = 15;
constexpr int MaxIncrement = 3600;
// A minimum or grace period of more than a day is a typo (or milliseconds);
// the cap also keeps the number far inside int.
constexpr int MaxSeconds = 24 * 60 * 60;
constexpr int MinutesPerDay = 24 * 60;

struct Synonyms
{
    Column column;
    const char* names; // normalised (see normalisedName()), space separated, the usual name first
};

// Header names seen on carrier sheets. "ratemin"/"permin" cover the common
// "Rate/Min" heading, which the spelling rules alone would not match.
constexpr std::array<Synonyms, ColumnCount> AllSynonyms = {{
    {PrefixColumn, "prefix code dialcode dialingcode countrycode"},
    {DestinationColumn, "destination description name country zone"},
    {RateColumn, "rate price rateperminute perminute cost sell buy ratemin permin"},
    {ConnectFeeColumn, "connectfee connect connection setup setupfee"},
    {IncrementColumn, "increment increments billing billingincrement interval"},
    {FirstColumn, "first firstincrement initial initialincrement minincrement"},
    {NextColumn, "next nextincrement additional"},
    {MinimumColumn, "minimum min minseconds minimumseconds"},
    {GraceColumn, "grace graceseconds"},
    {ValidFromColumn, "validfrom from effective effectivedate startdate"},
    {ValidToColumn, "validto to until enddate expiry"},
    {TimeFromColumn, "timefrom peakstart starttime"},
    {TimeToColumn, "timeto peakend endtime"},
    {DaysColumn, "days weekdays"},
}};

QStringList synonymsOf(Column column)
{
    for (const Synonyms& s : AllSynonyms)
        if (s.column == column)
            return QString::fromLatin1(s.names).split(QLatin1Char(' '));
    return {};
}

const QHash<QString, Column>& columnsByName()
{
    static const QHash<QString, Column> byName = [] {
        QHash<QString, Column> names;
        for (const Synonyms& s : AllSynonyms)
            for (const QString& name : QString::fromLatin1(s.names).split(QLatin1Char(' ')))
                names.insert(name, s.column);
        return names;
    }();
    return byName;
}

// "Dial Code", "dial_code" and "Dial-Code." all become "dialcode". A unit in
// brackets ("Rate (USD)", "Setup [EUR]") is dropped first.
QString normalisedName(const QString& heading)
{
    static const QRegularExpression bracketed(QStringLiteral(R"(\([^)]*\)|\[[^\]]*\])"));
    QString text = heading;
    text.remove(bracketed);
    QString name;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            name += c.toLower();
    return name;
}

std::optional<Column> columnNamed(const QString& heading)
{
    const auto& byName = columnsByName();
    const auto it = byName.constFind(normalisedName(heading));
    if (it == byName.cend())
        return std::nullopt;
    return *it;
}

// A prefix with its decoration removed: a leading '+', spaces and dashes
// ("+44 20-7" -> "44207"). Not yet validated.
QString prefixDigits(const QString& text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(u'+'))
        digits.remove(0, 1);
    digits.removeIf([](QChar c) { return c.isSpace() || c == u'-'; });
    return digits;
}

// Validates one row. Every bad field adds its own issue, so a row with a bad
// rate and a bad date reports both.
class RowReader
{
public:
    RowReader(const ColumnMap& columns, bool decimalComma, QList<CsvIssue>& issues)
        : m_columns(columns)
        , m_decimalComma(decimalComma)
        , m_issues(issues)
    {
    }

    std::optional<Rate> read(const Record& record)
    {
        m_record = &record;
        const qsizetype issuesBefore = m_issues.size();
        Rate rate;
        if (const auto prefix = readPrefix(value(PrefixColumn)))
            rate.prefix = *prefix;
        rate.destination = core::csv::unguarded(value(DestinationColumn));
        if (const auto perMinute = readAmount(RateCsv::tr("rate"), value(RateColumn), true))
            rate.perMinute = *perMinute;
        if (const auto fee = readAmount(RateCsv::tr("connect fee"), value(ConnectFeeColumn), false))
            rate.connectFee = *fee;
        readIncrements(rate);
        rate.minSeconds = readSeconds(RateCsv::tr("minimum"), value(MinimumColumn));
        rate.graceSeconds = readSeconds(RateCsv::tr("grace"), value(GraceColumn));
        readValidity(rate);
        readTimeWindow(rate);
        readDays(rate);
        if (m_issues.size() > issuesBefore)
            return std::nullopt;
        return rate;
    }

private:
    QString value(Column column) const
    {
        const int index = m_columns[column];
        if (index < 0 || index >= m_record->fields.size())
            return {};
        return m_record->fields.at(index);
    }
    QString trimmedValue(Column column) const { return value(column).trimmed(); }

    void fail(const QString& reason) { m_issues << issueAt(m_record->line, reason); }

    std::optional<QString> readPrefix(const QString& text)
    {
        if (text.trimmed().isEmpty()) {
            fail(RateCsv::tr("prefix is empty"));
            return std::nullopt;
        }
        const QString digits = prefixDigits(text);
        if (!isAsciiDigits(digits)) {
            fail(RateCsv::tr("prefix '%1' must contain only digits (a leading + and spaces or dashes are "
                             "allowed)")
                     .arg(text));
        } else if (digits.size() > MaxPrefixDigits) {
            fail(RateCsv::tr("prefix '%1' has %2 digits; at most %3 are allowed")
                     .arg(text, QString::number(digits.size()), QString::number(MaxPrefixDigits)));
        } else if (digits.startsWith(u'0')) {
            fail(RateCsv::tr("prefix '%1' starts with 0; write the country code without an international "
                             "access code, e.g. 44 rather than 0044")
                     .arg(text));
        } else {
            return digits;
        }
        return std::nullopt;
    }

    std::optional<Money> readAmount(const QString& field, const QString& text, bool required)
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            if (required)
                fail(RateCsv::tr("%1 is empty").arg(field));
            return required ? std::nullopt : std::optional<Money>(Money());
        }
        const auto amount = parseAmount(trimmed, m_decimalComma);
        if (!amount) {
            fail(RateCsv::tr("%1 '%2' is not a number").arg(field, trimmed));
            return std::nullopt;
        }
        if (amount->isNegative()) {
            fail(RateCsv::tr("%1 '%2' must not be negative").arg(field, trimmed));
            return std::nullopt;
        }
        return amount;
    }

    void readIncrements(Rate& rate)
    {
        const QString increment = trimmedValue(IncrementColumn);
        if (!increment.isEmpty()) {
            static const QRegularExpression pair(QStringLiteral(R"(^([^/]*)/([^/]*)$)"));
            const auto match = pair.match(increment);
            if (match.hasMatch()) {
                const auto first = parseInt(match.captured(1).trimmed(), 1, MaxIncrement);
                const auto next = parseInt(match.captured(2).trimmed(), 1, MaxIncrement);
                if (first && next) {
                    rate.firstIncrement = *first;
                    rate.nextIncrement = *next;
                } else {
                    fail(RateCsv::tr("increment '%1' — both parts must be whole numbers from 1 to %2")
                             .arg(increment, QString::number(MaxIncrement)));
                }
            } else if (const auto both = parseInt(increment, 1, MaxIncrement)) {
                rate.firstIncrement = *both;
                rate.nextIncrement = *both;
            } else {
                fail(RateCsv::tr("increment '%1' must be a whole number of seconds from 1 to %2, or "
                                 "first/next such as 60/60")
                         .arg(increment, QString::number(MaxIncrement)));
            }
        }
        rate.firstIncrement = readIncrement(RateCsv::tr("first increment"), FirstColumn, rate.firstIncrement);
        rate.nextIncrement = readIncrement(RateCsv::tr("next increment"), NextColumn, rate.nextIncrement);
    }

    int readIncrement(const QString& field, Column column, int fallback)
    {
        const QString text = trimmedValue(column);
        if (text.isEmpty())
            return fallback;
        if (const auto seconds = parseInt(text, 1, MaxIncrement))
            return *seconds;
        fail(RateCsv::tr("%1 '%2' must be a whole number of seconds from 1 to %3")
                 .arg(field, text, QString::number(MaxIncrement)));
        return fallback;
    }

    int readSeconds(const QString& field, const QString& value)
    {
        const QString text = value.trimmed();
        if (text.isEmpty())
            return 0;
        if (const auto seconds = parseInt(text, 0, MaxSeconds))
            return *seconds;
        fail(RateCsv::tr("%1 '%2' must be a whole number of seconds from 0 to %3")
                 .arg(field, text, QString::number(MaxSeconds)));
        return 0;
    }

    std::optional<std::int64_t> readDate(const QString& field, Column column)
    {
        const QString text = trimmedValue(column);
        if (text.isEmpty())
            return std::nullopt;
        const auto ms = core::csv::parseDateTime(text);
        if (!ms)
            fail(RateCsv::tr("%1 '%2' is not a date; use YYYY-MM-DD, optionally with a time such as "
                             "2024-03-01 12:00 (UTC)")
                     .arg(field, text));
        return ms;
    }

    void readValidity(Rate& rate)
    {
        rate.validFrom = readDate(RateCsv::tr("valid from"), ValidFromColumn);
        rate.validTo = readDate(RateCsv::tr("valid to"), ValidToColumn);
        if (rate.validFrom && rate.validTo && *rate.validTo <= *rate.validFrom)
            fail(RateCsv::tr("valid to '%1' must be after valid from '%2'")
                     .arg(trimmedValue(ValidToColumn), trimmedValue(ValidFromColumn)));
    }

    std::optional<int> readTime(const QString& field, Column column)
    {
        const QString text = trimmedValue(column);
        if (text.isEmpty())
            return std::nullopt;
        const auto minutes = core::csv::parseTimeOfDay(text);
        if (!minutes)
            fail(RateCsv::tr("%1 '%2' is not a time from 00:00 to 24:00 (HH:MM)").arg(field, text));
        return minutes;
    }

    void readTimeWindow(Rate& rate)
    {
        const QString fromText = trimmedValue(TimeFromColumn);
        const QString toText = trimmedValue(TimeToColumn);
        rate.timeFrom = readTime(RateCsv::tr("time from"), TimeFromColumn);
        rate.timeTo = readTime(RateCsv::tr("time to"), TimeToColumn);
        if (!fromText.isEmpty() && toText.isEmpty()) {
            fail(RateCsv::tr("time from '%1' has no time to; give both ends of the window or neither")
                     .arg(fromText));
        } else if (fromText.isEmpty() && !toText.isEmpty()) {
            fail(RateCsv::tr("time to '%1' has no time from; give both ends of the window or neither")
                     .arg(toText));
        } else if (rate.timeFrom && *rate.timeFrom == MinutesPerDay) {
            // The window is [from, to): starting at the very end of the day
            // means starting at 00:00.
            fail(RateCsv::tr("time from '%1' cannot be 24:00; use 00:00").arg(fromText));
        } else if (rate.timeFrom && rate.timeTo && *rate.timeFrom == *rate.timeTo) {
            fail(RateCsv::tr("time window %1-%2 is empty; leave both times out (or use 00:00-24:00) for the "
                             "whole day")
                     .arg(fromText, toText));
        }
    }

    void readDays(Rate& rate)
    {
        const QString text = trimmedValue(DaysColumn);
        const auto mask = core::csv::parseDays(text);
        if (!mask) {
            fail(RateCsv::tr("days '%1' — use day names such as Mon-Fri or Sat,Sun, or a mask such as "
                             "1111100 (Monday first)")
                     .arg(text));
        } else if (*mask == 0) {
            fail(RateCsv::tr("days '%1' selects no day").arg(text));
        } else {
            rate.daysMask = *mask;
        }
    }

    const ColumnMap& m_columns;
    const bool m_decimalComma;
    QList<CsvIssue>& m_issues;
    const Record* m_record = nullptr;
};

} // namespace

CsvIssue issueAt(int line, const QString& reason)
{
    return {line, RateCsv::tr("line %1: %2").arg(QString::number(line), reason)};
}

ColumnMap positionalColumns()
{
    ColumnMap map;
    map.fill(-1);
    const std::array<Column, 8> order = {PrefixColumn,     DestinationColumn, RateColumn,
                                         ConnectFeeColumn, IncrementColumn,   MinimumColumn,
                                         ValidFromColumn,  ValidToColumn};
    for (int i = 0; i < int(order.size()); ++i)
        map[order[i]] = i;
    return map;
}

// A header is told from a first data row by its prefix and rate positions not
// being numbers. A row that names no known column but has a numeric prefix
// (or rate) is taken as data, so "44,UK,abc" reports a bad rate rather than
// a header without a rate column.
bool isHeader(const Record& first, bool decimalComma)
{
    const auto field = [&first](int i) { return i < first.fields.size() ? first.fields.at(i) : QString(); };
    const bool numericPrefix = isAsciiDigits(prefixDigits(field(0)));
    const bool numericRate = parseAmount(field(2).trimmed(), decimalComma).has_value();
    const bool namesAColumn = std::any_of(first.fields.cbegin(), first.fields.cend(),
                                          [](const QString& f) { return columnNamed(f).has_value(); });
    return namesAColumn ? !(numericPrefix && numericRate) : (!numericPrefix && !numericRate);
}

std::optional<ColumnMap> headerColumns(const Record& header, QList<CsvIssue>& issues)
{
    ColumnMap map;
    map.fill(-1);
    bool usable = true;
    for (int i = 0; i < header.fields.size(); ++i) {
        const auto column = columnNamed(header.fields.at(i));
        if (!column)
            continue; // unknown columns (notes, country ISO codes …) are ignored
        if (map[*column] >= 0) {
            issues << issueAt(header.line,
                              RateCsv::tr("columns %1 ('%2') and %3 ('%4') both give the %5; keep only one")
                                  .arg(QString::number(map[*column] + 1), header.fields.at(map[*column]),
                                       QString::number(i + 1), header.fields.at(i),
                                       synonymsOf(*column).first()));
            usable = false;
            continue;
        }
        map[*column] = i;
    }
    for (const Column required : {PrefixColumn, RateColumn}) {
        if (map[required] < 0) {
            const QStringList names = synonymsOf(required);
            issues << issueAt(header.line, RateCsv::tr("the header has no %1 column (recognised names: %2)")
                                               .arg(names.first(), names.join(QStringLiteral(", "))));
            usable = false;
        }
    }
    if (map[IncrementColumn] >= 0 && (map[FirstColumn] >= 0 || map[NextColumn] >= 0)) {
        issues << issueAt(header.line, RateCsv::tr("the header has both an increment column and first/next "
                                                   "increment columns; keep one or the other"));
        usable = false;
    }
    if (!usable)
        return std::nullopt;
    return map;
}

std::optional<Rate> readRow(const Record& record, const ColumnMap& columns, bool decimalComma,
                            QList<CsvIssue>& issues)
{
    return RowReader(columns, decimalComma, issues).read(record);
}

} // namespace rebound::billing::ratecsv
