#include "billing/RateCsv.h"

#include "billing/RateColumns.h"
#include "core/Csv.h"
#include "core/CsvCells.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <algorithm>
#include <optional>

namespace rebound::billing {

namespace {

using core::CsvIssue;
using core::csv::Record;
using store::Rate;
using namespace ratecsv;

const QString Header =
    QStringLiteral("prefix,destination,rate,connect_fee,increment,minimum,grace,valid_from,"
                   "valid_to,time_from,time_to,days");

// Flags lines that are not UTF-8 instead of importing destinations with
// replacement characters.
void checkUtf8(QByteArrayView bytes, QList<CsvIssue>& issues)
{
    for (const int line : core::csv::linesNotUtf8(bytes))
        issues << issueAt(line, RateCsv::tr("the text is not valid UTF-8; save the sheet as UTF-8 "
                                            "(\"CSV UTF-8\" in Excel)"));
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
    if ((mask & core::csv::AllDays) == core::csv::AllDays)
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

    const core::csv::Delimiter sniffed = core::csv::sniffDelimiter(text);
    const QChar delimiter = sniffed.delimiter;
    if (delimiter.isNull()) {
        issues << issueAt(
            sniffed.sepLine,
            tr("'%1' — only a comma, semicolon or tab can separate columns").arg(sniffed.sepText));
        return finish();
    }
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

    QHash<QString, int> firstLineOf;
    for (qsizetype i = firstRow; i < records.size(); ++i) {
        const Record& record = records.at(i);
        if (!header && record.fields.size() < 3) {
            issues << issueAt(record.line, tr("expected at least 3 columns (prefix, destination, rate) but "
                                              "found %1")
                                               .arg(record.fields.size()));
            continue;
        }
        const auto rate = readRow(record, columns, decimalComma, issues);
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
