#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace rebound::core {

// One problem found in an imported file. line is 1-based, as in a text
// editor, and is the line a row starts on; 0 means the file as a whole ("no
// rates found"). message is complete and ready to show, "line 7: …" included.
struct CsvIssue
{
    int line = 0;
    QString message;
};

// The CSV reading and writing every import and export shares, so rate
// sheets, subscriber files and reports quote, split and defuse cells alike.
namespace csv {

struct Record
{
    int line = 0; // where the record starts
    QStringList fields;
};

struct Split
{
    QList<Record> records;
    int unclosedQuoteLine = 0; // > 0: a quoted field opened on this line never closes
};

// The bytes without a leading UTF-8 byte order mark (Excel's "CSV UTF-8").
QByteArrayView withoutBom(QByteArrayView bytes);

// The lines that are not UTF-8 (typically a sheet saved as Latin-1 or
// Windows-1252), so an import can refuse them instead of storing
// replacement characters.
QList<int> linesNotUtf8(QByteArrayView bytes);

struct Delimiter
{
    QChar delimiter; // null: an Excel "sep=" line names another character
    int sepLine = 0; // then: that line
    QString sepText; // and its text
};

// The delimiter of a sheet: whichever of comma, semicolon and tab occurs
// most often outside quotes on the first non-blank line (comma on a tie).
// Excel's "sep=;" first line is honoured and then blanked in `text`, so
// line numbers stay right.
Delimiter sniffDelimiter(QString& text);

// RFC 4180, with the leniency real sheets need: CR, LF or CRLF line ends,
// spaces around fields (trimmed, except inside quotes) and around quoted
// fields. A quoted field keeps its text verbatim except that CRLF inside it
// becomes LF. Records whose fields are all empty are blank lines and dropped.
// When a quoted field never closes, the rest of the file is not split into
// records (it would only add misleading errors) and unclosedQuoteLine says
// where the quote opened.
Split split(QStringView text, QChar delimiter = u',');

// One cell for a CSV line: quoted when it holds a delimiter, quote, line
// break or surrounding space. A cell a spreadsheet would run as a formula
// (starting with = + - @, tab or CR) is defused with a leading apostrophe,
// since names and notes come from outside; plain signed numbers such as
// +447700900123 or -0.50 stay as they are. unguarded() undoes the apostrophe,
// so a file written here and read back keeps every value exactly.
QString field(const QString& text);
QString line(const QStringList& cells); // the cells, joined by commas
QString unguarded(const QString& cell);

} // namespace csv
} // namespace rebound::core
