#pragma once

#include "core/Clock.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace rebound::core {
class ValidationError;
}

namespace rebound::cli {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

// What every subcommand gets: where to write, which database, which format.
struct Context
{
    QTextStream& out;
    QTextStream& err;
    const core::Clock& clock;
    QString databasePath;
    bool json = false;

    // "rebound-switch: <message>" on stderr; returns the code to exit with.
    int fail(const QString& message, int code = Failure) const;
    // A service's refusal on stderr, a line for each problem:
    // "rebound-switch: OPTION: message", OPTION being what `optionOf` gives
    // for the problem's field (empty: the message alone).
    void refused(const core::ValidationError& error,
                 const std::function<QString(const QString& field)>& optionOf) const;
};

// An error the person at the shell caused, thrown inside a subcommand and
// turned into "rebound-switch: message" plus the exit code.
struct CommandError
{
    QString message;
    int code = Failure;
};

// Secrets (passwords, card PINs) never come as plain arguments, which any
// user of the machine sees in `ps`: --NAME-stdin reads the first line of
// standard input, --NAME-file PATH the first line of a file. The two
// options, for a parser; `what` names the secret in the help.
QList<QCommandLineOption> secretOptions(const QString& name, const QString& what);
// The secret given by one of those options; empty when neither was given.
// Throws CommandError when the file cannot be read or holds no line.
QString readSecret(const QCommandLineParser& parser, const QString& name);

// A command's result: `json` with --json, else `text`.
void print(Context& context, const QJsonValue& json, const QString& text);

// With no arguments or --help/-h first: prints `usage` (to stderr when no
// arguments were given), sets *exitCode and returns true.
bool answeredHelp(Context& context, const QStringList& arguments, const QString& usage, int* exitCode);

// Parses a subcommand's `arguments` into `parser`, which holds its options.
// A parse error is a CommandError with UsageError (`hint` on a line of its
// own when given); --help or -h anywhere, when the parser knows it, is
// answered with the command's usage by runCommand.
void parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QString& hint = {});

namespace detail {
struct HelpRequested
{
};
// Runs `body`: HelpRequested prints `usage`; a CommandError or a StoreError
// becomes "rebound-switch: message" and its exit code.
int guarded(Context& context, const QString& usage, const std::function<int()>& body);

template <typename Error, typename... More>
int catchingFirst(Context& context, const std::function<int()>& body);

template <typename... Errors>
int catching(Context& context, const std::function<int()>& body)
{
    if constexpr (sizeof...(Errors) == 0)
        return body();
    else
        return catchingFirst<Errors...>(context, body);
}

template <typename Error, typename... More>
int catchingFirst(Context& context, const std::function<int()>& body)
{
    try {
        return catching<More...>(context, body);
    } catch (const Error& error) {
        return context.fail(error.message());
    }
}
} // namespace detail

// A subcommand's frame, the same for every command: no arguments or --help
// first is answered with `usage` (answeredHelp); then `body` runs, and a
// CommandError, a store::StoreError or one of `Errors` (each with
// message()) it throws becomes "rebound-switch: message" and an exit code.
template <typename... Errors>
int runCommand(Context& context, const QStringList& arguments, const QString& usage,
               const std::function<int()>& body)
{
    if (int code = 0; answeredHelp(context, arguments, usage, &code))
        return code;
    return detail::guarded(context, usage, [&] { return detail::catching<Errors...>(context, body); });
}

// rebound-switch's scripting interface: `rebound-switch [--db PATH] [--json]
// <command> ...`, one subcommand per area. Plain text by default, --json for
// scripts; errors go to stderr with a non-zero exit code. The same code runs
// in tests, with string streams instead of the terminal.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QTextStream& out, QTextStream& err, const core::Clock& clock);
    // arguments includes the program name, as QCoreApplication::arguments().
    int run(const QStringList& arguments);

    static QString usage();

private:
    QTextStream& m_out;
    QTextStream& m_err;
    const core::Clock& m_clock;
};

} // namespace rebound::cli
