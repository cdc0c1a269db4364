#include "core/Csv.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

namespace rebound::core::csv {

namespace {
// Whether a spreadsheet would take the cell as a formula, or the cell is the
// apostrophe-defused form of one (so that unguarded() can tell a defusing
// apostrophe from one that was in the value).
bool needsGuard(QStringView text)
{
    static const QRegularExpression plainNumber(QStringLiteral("^[-+][0-9.]+$"));
    while (text.startsWith(u'\''))
        text = text.sliced(1);
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()) &&
           !plainNumber.match(text).hasMatch();
}
} // namespace

QByteArrayView withoutBom(QByteArrayView bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
}

QList<int> linesNotUtf8(QByteArrayView bytes)
{
    QList<int> lines;
    int line = 1;
    qsizetype start = 0;
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i <= size; ++i) {
        const bool atEnd = i == size;
        if (!atEnd && bytes.at(i) != '\n' && bytes.at(i) != '\r')
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        const QString decoded = decoder.decode(bytes.sliced(start, i - start));
        if (decoder.hasError())
            lines << line;
        if (!atEnd && bytes.at(i) == '\r' && i + 1 < size && bytes.at(i + 1) == '\n')
            ++i;
        start = i + 1;
        ++line;
    }
    return lines;
}

namespace {
// The delimiter a sheet's first non-blank line uses most, outside quotes.
QChar mostUsedDelimiter(QStringView content)
{
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
} // namespace

Delimiter sniffDelimiter(QString& text)
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
                if (separator != u',' && separator != u';' && separator != u'\t')
                    return {QChar(), line, content.toString()};
                text.remove(start, end - start);
                return {separator, 0, {}};
            }
            return {mostUsedDelimiter(content), 0, {}};
        }
        if (end + 1 < text.size() && text.at(end) == u'\r' && text.at(end + 1) == u'\n')
            ++end;
        start = end + 1;
        ++line;
    }
    return {u',', 0, {}};
}

Split split(QStringView text, QChar delimiter)
{
    Split result;
    Record record{1, {}};
    QString field;
    bool quoted = false; // the current field started with a quote
    bool inQuotes = false;
    int line = 1;
    int quoteLine = 0;

    const auto endField = [&] {
        record.fields << (quoted ? field : field.trimmed());
        field.clear();
        quoted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString& f) { return f.trimmed().isEmpty(); });
        if (!blank)
            result.records << record;
        record.fields.clear();
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const bool crlf = c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n';
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (crlf) {
                field += u'\n';
                ++i;
                ++line;
            } else {
                if (c == u'\n' || c == u'\r')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (crlf)
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else if (c == u'"' && !quoted && field.trimmed().isEmpty()) {
            quoted = true;
            inQuotes = true;
            quoteLine = line;
            field.clear();
        } else if (quoted && c.isSpace()) {
            // Padding after the closing quote.
        } else {
            field += c;
        }
    }
    if (inQuotes)
        result.unclosedQuoteLine = quoteLine;
    else
        endRecord();
    return result;
}

QString field(const QString& text)
{
    const QString value = needsGuard(text) ? u'\'' + text : text;
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
                             value.contains(u'\r') || value.contains(u';') || value.contains(u'\t') ||
                             (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    return u'"' + QString(value).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString line(const QStringList& cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString& cell : cells)
        quoted << field(cell);
    return quoted.join(u',');
}

QString unguarded(const QString& cell)
{
    return cell.startsWith(u'\'') && needsGuard(QStringView(cell).sliced(1)) ? cell.mid(1) : cell;
}

} // namespace rebound::core::csv
