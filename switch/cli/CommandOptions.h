#pragma once

#include "cli/CommandLine.h"

#include <QDate>
#include <QTimeZone>
#include <cstdint>
#include <functional>
#include <optional>

class QIODevice;

namespace rebound::store {
class Database;
}

namespace rebound::cli {

// Options of the subcommands that list and export (cdrs, reports, audit):
// every option is --NAME VALUE, --help/-h may come anywhere, and a bad value
// is a CommandError with UsageError that names the option.

// The options every listing and export names alike: --from and --to a
// period, --limit (limitOption) and --output (writeExport).
inline const QString From = QStringLiteral("from");
inline const QString To = QStringLiteral("to");
inline const QString Limit = QStringLiteral("limit");
inline const QString Output = QStringLiteral("output");

// Parses `arguments` (the subcommand first), each of `valueOptions` taking a value.
void parseOptions(QCommandLineParser& parser, const QStringList& arguments, const QStringList& valueOptions);
// Refuses any option not in `allowed`; `command` names the subcommand in the error.
void allowOnly(const QCommandLineParser& parser, const QStringList& allowed, const QString& command);
// Refuses positional arguments beyond the first `count`.
void noMoreThan(const QStringList& positional, qsizetype count);
// The subcommand, the first positional argument, when it is one of `known`
// (in the order the error lists them); else a CommandError with UsageError:
// "'x' is not a COMMAND subcommand; use a, b, c."
QString subcommandOf(const QStringList& positional, const QString& command, const QStringList& known);

// A command's list and export subcommands, which read the same rows: the
// subcommand (the first positional argument, list or export) may take the
// command's `filters`, list also --limit and export --output, and nothing
// after its name; anything else is a CommandError with UsageError. True for list.
bool isList(const QCommandLineParser& parser, const QString& command, const QStringList& filters);

// Rows read with one more than `limit`, which tells whether --limit left any
// out: cut to `limit`; true when there were more.
template <typename Row>
bool cutToLimit(QList<Row>& rows, int limit)
{
    const bool more = rows.size() > limit;
    rows = rows.mid(0, limit);
    return more;
}

// One subcommand of a command that works on the database: its name and
// what runs it with the parsed options.
struct Subcommand
{
    QString name;
    int (*run)(Context& context, const store::Database& db, const QCommandLineParser& parser);
    bool takesArguments = false; // positional arguments after its name (else refused)
};
// Runs the subcommand the first positional argument names (subcommandOf,
// the error listing them in this order), once its arguments are checked
// (noMoreThan); the database opens only then.
int runSubcommand(Context& context, const QCommandLineParser& parser, const QString& command,
                  const QList<Subcommand>& subcommands);

// --NAME's value, which the subcommand cannot do without: when it is not
// given (or empty), a CommandError with UsageError saying `missing`.
QString requiredOption(const QCommandLineParser& parser, const QString& name, const QString& missing);

// --NAME as a day, YYYY-MM-DD; nullopt when not given.
std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& name);

// --NAME as a moment, in milliseconds since the epoch: a day (YYYY-MM-DD, in
// `zone`) means its start, or with DayEdge::End the start of the next day,
// so "--from D --to D" is the whole day; an ISO date and time
// (2026-03-04T18:30, a space for the T also taken) is in `zone` unless it
// ends in Z or an offset. nullopt when not given.
enum class DayEdge
{
    Start,
    End
};
std::optional<std::int64_t> momentOption(const QCommandLineParser& parser, const QString& name,
                                         const QTimeZone& zone, DayEdge edge);

// --NAME as a whole number (its range is for the caller or the service to
// check); `fallback` when not given.
int wholeNumberOption(const QCommandLineParser& parser, const QString& name, int fallback);

// --limit: a whole number from 1 to MaxLimit; `fallback` when not given.
constexpr int MaxLimit = 100'000;
int limitOption(const QCommandLineParser& parser, int fallback);

// Rows under a header, each column as wide as its widest cell; 'r' in
// `align` right-aligns one. With totalLast, a rule sets the last row apart.
QString textTable(const QStringList& header, const QList<QStringList>& rows, const QString& align,
                  bool totalLast = false);
// `text` cut to `width` characters, an ellipsis showing the cut.
QString elided(const QString& text, qsizetype width);

// Where an export goes: to --output FILE, written all or nothing (a failed
// export leaves no half-written file), or to standard output when --output
// is not given or is "-". `write` fills the device and returns its row count.
struct ExportResult
{
    qint64 rows = 0;
    QString path; // empty: standard output
};
ExportResult writeExport(Context& context, const QCommandLineParser& parser,
                         const std::function<qint64(QIODevice&)>& write);

} // namespace rebound::cli
