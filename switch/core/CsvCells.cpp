#include "core/CsvCells.h"

#include <QDate>
#include <QDateTime>
#include <QLatin1String>
#include <QRegularExpression>
#include <QTime>
#include <algorithm>
#include <array>

namespace rebound::core::csv {

namespace {
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
} // namespace

bool isAsciiDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
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
// (".250") are accepted because RateCsv::write() emits them when a bound has them.
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

} // namespace rebound::core::csv
