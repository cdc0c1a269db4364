#include "billing/RateCsv.h"

#include "core/Csv.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QTime>
#include <algorithm>
#include <array>
#include <optional>

namespace rebound::billing {

namespace {

using core::Money;
using store::Rate;

constexpr int MaxPrefixDigits = 15;
constexpr int MaxIncrement = 3600;
// A minimum or grace period of more than a day is a typo (or milliseconds);
// the cap also keeps the number far inside int.
constexpr int MaxSeconds = 24 * 60 * 60;
constexpr int MinutesPerDay = 24 * 60;
constexpr int AllDays = 0x7f;
constexpr int DefaultIncrement = 60;

const QString Header =
    QStringLiteral("prefix,destination,rate,connect_fee,increment,minimum,grace,valid_from,"
                   "valid_to,time_from,time_to,days");

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

CsvIssue issueAt(int line, const QString& reason)
{
    return {line, RateCsv::tr("line %1: %2").arg(QString::number(line), reason)};
}

bool isAsciiDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
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

// With ';' or tab between columns a comma is free to be the decimal point
// ("0,0125"); '.' is then the grouping separator, so the two swap and the C
// locale parser still checks the grouping ("1.234,5" -> "1,234.5").
std::optional<Money> parseAmount(const QString& text, bool decimalComma)
{
    QString plain = text;
    if (decimalComma && plain.contains(u',')) {
        for (QChar& c : plain) {
            if (c == u',')
                c = u'.';
            else if (c == u'.')
                c = u',';
        }
    }
    return Money::parse(plain, QLocale::c()).value;
}

std::optional<int> parseInt(const QString& text, int min, int max)
{
    // Nine digits always fit in int; longer input is out of range anyway.
    if (!isAsciiDigits(text) || text.size() > 9)
        return std::nullopt;
    const int value = text.toInt();
    if (value < min || value > max)
        return std::nullopt;
    return value;
}

// ISO dates as carriers and spreadsheets write them, taken as UTC:
// 2024-03-01, 2024-03-01 12:30, 2024-03-01T12:30:15Z. Milliseconds
// (".250") are accepted because write() emits them when a bound has them.
std::optional<std::int64_t> parseDateTime(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2}))"
                       R"((?::([0-9]{2})(?:\.([0-9]{1,3}))?)?Z?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QString fraction = match.captured(7);
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(),
                     fraction.isEmpty() ? 0 : fraction.leftJustified(3, u'0').toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
}

// "07:00", "7:00" or "07:00:00" (spreadsheets add seconds) as minutes of the
// day; "24:00" is 1440, the end of the day.
std::optional<int> parseTimeOfDay(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,2}):([0-9]{2})(?::00)?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

// 0 = Monday ... 6 = Sunday. Any prefix of the English name of at least two
// letters ("Mo", "Tue", "Thurs", "Sunday"); two letters are always unique.
std::optional<int> dayIndex(const QString& name)
{
    static const std::array<QLatin1String, 7> names = {QLatin1String("monday"),    QLatin1String("tuesday"),
                                                       QLatin1String("wednesday"), QLatin1String("thursday"),
                                                       QLatin1String("friday"),    QLatin1String("saturday"),
                                                       QLatin1String("sunday")};
    if (name.size() < 2)
        return std::nullopt;
    for (int i = 0; i < int(names.size()); ++i)
        if (names[i].startsWith(name, Qt::CaseInsensitive))
            return i;
    return std::nullopt;
}

// "Mon-Fri", "Sat,Sun", "mon-sun", "Fri-Mon" (wraps), "1111100" (Monday
// first), plus the words "all"/"daily"/"weekdays"/"weekends". Empty means every
// day. Returns a mask that may be 0; the caller rejects that.
std::optional<int> parseDays(const QString& text)
{
    if (text.isEmpty())
        return AllDays;
    static const QRegularExpression maskPattern(QStringLiteral("^[01]{7}$"));
    if (maskPattern.match(text).hasMatch()) {
        int mask = 0;
        for (int i = 0; i < 7; ++i)
            if (text.at(i) == u'1')
                mask |= 1 << i;
        return mask;
    }
    const QString lower = text.toLower();
    if (lower == QLatin1String("all") || lower == QLatin1String("daily") ||
        lower == QLatin1String("everyday") || lower == QLatin1String("every day"))
        return AllDays;
    if (lower == QLatin1String("weekdays"))
        return 0x1f;
    if (lower == QLatin1String("weekend") || lower == QLatin1String("weekends"))
        return 0x60;

    static const QRegularExpression spacedDash(QStringLiteral(R"(\s*[-\x{2013}]\s*)"));
    static const QRegularExpression separators(QStringLiteral(R"([\s,;/]+)"));
    QString spec = lower;
    spec.replace(spacedDash, QStringLiteral("-"));
    int mask = 0;
    for (const QString& token : spec.split(separators, Qt::SkipEmptyParts)) {
        const QStringList ends = token.split(u'-');
        if (ends.size() > 2)
            return std::nullopt;
        const auto first = dayIndex(ends.first());
        const auto last = dayIndex(ends.last());
        if (!first || !last)
            return std::nullopt;
        for (int day = *first;; day = (day + 1) % 7) {
            mask |= 1 << day;
            if (day == *last)
                break;
        }
    }
    return mask == 0 ? std::optional<int>() : mask;
}

using core::csv::Record;

// Flags lines that are not UTF-8 instead of importing destinations with
// replacement characters.
void checkUtf8(QByteArrayView bytes, QList<CsvIssue>& issues)
{
    for (const int line : core::csv::linesNotUtf8(bytes))
        issues << issueAt(line, RateCsv::tr("the text is not valid UTF-8; save the sheet as UTF-8 "
                                            "(\"CSV UTF-8\" in Excel)"));
}

// The delimiter is whichever of comma, semicolon and tab occurs most often
// outside quotes on the first non-blank line (comma on a tie). Excel's
// "sep=;" first line is honoured and then blanked so line numbers stay right.
// Returns a null QChar after reporting an unusable "sep=" line.
QChar chooseDelimiter(QString& text, QList<CsvIssue>& issues)
{
    qsizetype start = 0;
    int line = 1;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
            ++end;
        const QStringView content = QStringView(text).sliced(start, end - start);
        if (!content.trimmed().isEmpty()) {
            if (content.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && content.size() >= 5 &&
                content.sliced(5).trimmed().isEmpty()) {
                const QChar separator = content.at(4);
                if (separator != u',' && separator != u';' && separator != u'\t') {
                    issues << issueAt(line, RateCsv::tr("'%1' — only a comma, semicolon or tab can separate "
                                                        "columns")
                                                .arg(content.toString()));
                    return {};
                }
                text.remove(start, end - start);
                return separator;
            }
            int commas = 0;
            int semicolons = 0;
            int tabs = 0;
            bool inQuotes = false;
            for (const QChar c : content) {
                if (c == u'"')
                    inQuotes = !inQuotes;
                else if (inQuotes)
                    continue;
                else if (c == u',')
                    ++commas;
                else if (c == u';')
                    ++semicolons;
                else if (c == u'\t')
                    ++tabs;
            }
            if (semicolons > commas && semicolons >= tabs)
                return u';';
            if (tabs > commas && tabs > semicolons)
                return u'\t';
            return u',';
        }
        if (end + 1 < text.size() && text.at(end) == u'\r' && text.at(end + 1) == u'\n')
            ++end;
        start = end + 1;
        ++line;
    }
    return u',';
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
        const auto ms = parseDateTime(text);
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
        const auto minutes = parseTimeOfDay(text);
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
        const auto mask = parseDays(text);
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

// Maps header names to columns, reporting duplicates, missing required
// columns and contradictory increment columns. Empty when the header is
// unusable.
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

QString optionalKey(const std::optional<std::int64_t>& value)
{
    return value ? QString::number(*value) : QString();
}

// Rates that would compete for the same calls. Days are part of the key so a
// weekday and a weekend price for the same prefix and hours are not flagged.
QString duplicateKey(const Rate& rate)
{
    return QStringList{rate.prefix,
                       optionalKey(rate.validFrom),
                       optionalKey(rate.validTo),
                       rate.timeFrom ? QString::number(*rate.timeFrom) : QString(),
                       rate.timeTo ? QString::number(*rate.timeTo) : QString(),
                       QString::number(rate.daysMask)}
        .join(u'|');
}

QString dateField(const std::optional<std::int64_t>& ms)
{
    if (!ms)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    // Milliseconds only when present, so the usual whole-second bounds look
    // like the documented format and odd ones still survive a round trip.
    return when.toString(*ms % 1000 == 0 ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")
                                         : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QString timeField(const std::optional<int>& minutes)
{
    if (!minutes)
        return {};
    return QStringLiteral("%1:%2")
        .arg(*minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(*minutes % 60, 2, 10, QLatin1Char('0'));
}

QString daysField(int mask)
{
    if ((mask & AllDays) == AllDays)
        return {};
    QString bits;
    for (int day = 0; day < 7; ++day)
        bits += (mask & (1 << day)) ? u'1' : u'0';
    return bits;
}

} // namespace

RateCsvResult RateCsv::parse(const QByteArray& data)
{
    RateCsvResult result;
    QList<CsvIssue>& issues = result.errors;
    const auto finish = [&result] {
        std::stable_sort(result.errors.begin(), result.errors.end(),
                         [](const CsvIssue& a, const CsvIssue& b) { return a.line < b.line; });
        return result;
    };

    const QByteArrayView bytes = core::csv::withoutBom(data);
    checkUtf8(bytes, issues);
    QString text = QString::fromUtf8(bytes);

    const QChar delimiter = chooseDelimiter(text, issues);
    if (delimiter.isNull())
        return finish();
    // A comma cannot be both the delimiter and the decimal point.
    const bool decimalComma = delimiter != u',';

    const core::csv::Split split = core::csv::split(text, delimiter);
    if (split.unclosedQuoteLine > 0)
        issues << issueAt(split.unclosedQuoteLine, tr("a quoted field is not closed (a '\"' is missing)"));
    const QList<Record>& records = split.records;
    if (records.isEmpty()) {
        if (issues.isEmpty())
            issues << CsvIssue{0, tr("no rates found")};
        return finish();
    }

    qsizetype firstRow = 0;
    ColumnMap columns = positionalColumns();
    const bool header = isHeader(records.first(), decimalComma);
    if (header) {
        const auto named = headerColumns(records.first(), issues);
        if (!named)
            return finish();
        columns = *named;
        firstRow = 1;
    }
    if (records.size() == firstRow) {
        issues << CsvIssue{0, tr("no rates found")};
        return finish();
    }

    RowReader reader(columns, decimalComma, issues);
    QHash<QString, int> firstLineOf;
    for (qsizetype i = firstRow; i < records.size(); ++i) {
        const Record& record = records.at(i);
        if (!header && record.fields.size() < 3) {
            issues << issueAt(record.line, tr("expected at least 3 columns (prefix, destination, rate) but "
                                              "found %1")
                                               .arg(record.fields.size()));
            continue;
        }
        const auto rate = reader.read(record);
        if (!rate)
            continue;
        const QString key = duplicateKey(*rate);
        const auto seen = firstLineOf.constFind(key);
        if (seen != firstLineOf.cend()) {
            issues << issueAt(record.line,
                              tr("prefix %1 already appears on line %2 with the same validity and hours")
                                  .arg(rate->prefix, QString::number(*seen)));
            continue;
        }
        firstLineOf.insert(key, record.line);
        result.rates << *rate;
    }
    return finish();
}

QByteArray RateCsv::write(const QList<store::Rate>& rates)
{
    QString out = Header + u'\n';
    for (const Rate& rate : rates) {
        const QStringList fields = {core::csv::field(rate.prefix),
                                    core::csv::field(rate.destination),
                                    rate.perMinute.toPlainString(),
                                    rate.connectFee.toPlainString(),
                                    QStringLiteral("%1/%2").arg(rate.firstIncrement).arg(rate.nextIncrement),
                                    QString::number(rate.minSeconds),
                                    QString::number(rate.graceSeconds),
                                    dateField(rate.validFrom),
                                    dateField(rate.validTo),
                                    timeField(rate.timeFrom),
                                    timeField(rate.timeTo),
                                    daysField(rate.daysMask)};
        out += fields.join(u',') + u'\n';
    }
    return out.toUtf8();
}

} // namespace rebound::billing
