#include "cli/CommandLine.h"

#include "cli/Commands.h"
#include "cli/RootGuard.h"
#include "core/Paths.h"
#include "core/Validation.h"
#include "store/StoreError.h"
#include "testphones/TryCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

namespace rebound::cli {

namespace {
// Every subcommand by its name; try runs the test phones (testphones/).
struct Subcommand
{
    const char* name;
    int (*run)(Context&, const QStringList&);
};
constexpr Subcommand Subcommands[] = {
    {"serve", runServe},      {"accounts", runAccounts}, {"rates", runRates},
    {"cards", runCards},      {"gateways", runGateways}, {"routes", runRoutes},
    {"dids", runDids},        {"settings", runSettings}, {"api-tokens", runApiTokens},
    {"sms-http", runSmsHttp}, {"cdrs", runCdrs},         {"reports", runReports},
    {"audit", runAudit},      {"dial", runDial},         {"try", TryCommand::run},
    {"demo", runDemo},        {"backup", runBackup},     {"restore", runRestore}};
} // namespace

int Context::fail(const QString& message, int code) const
{
    err << "rebound-switch: " << message << Qt::endl;
    return code;
}

void Context::refused(const core::ValidationError& error,
                      const std::function<QString(const QString& field)>& optionOf) const
{
    for (const core::FieldError& e : error.errors()) {
        const QString option = optionOf(e.field);
        err << "rebound-switch: " << (option.isEmpty() ? QString() : option + QStringLiteral(": "))
            << e.message << '\n';
    }
    err.flush();
}

QList<QCommandLineOption> secretOptions(const QString& name, const QString& what)
{
    return {
        QCommandLineOption(name + QStringLiteral("-stdin"),
                           CommandLine::tr("Read the %1 from the first line of standard input.").arg(what)),
        QCommandLineOption(name + QStringLiteral("-file"),
                           CommandLine::tr("Read the %1 from the first line of FILE.").arg(what),
                           QStringLiteral("FILE"))};
}

QString readSecret(const QCommandLineParser& parser, const QString& name)
{
    const QString stdinOption = name + QStringLiteral("-stdin");
    const QString fileOption = name + QStringLiteral("-file");
    QString secret;
    if (parser.isSet(fileOption)) {
        QFile file(parser.value(fileOption));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            throw CommandError{CommandLine::tr("--%1: cannot read %2: %3")
                                   .arg(fileOption, parser.value(fileOption), file.errorString())};
        secret = QString::fromUtf8(file.readLine()).trimmed();
        if (secret.isEmpty())
            throw CommandError{CommandLine::tr("--%1: the file's first line is empty.").arg(fileOption)};
    } else if (parser.isSet(stdinOption)) {
        QTextStream in(stdin);
        secret = in.readLine().trimmed();
        if (secret.isEmpty())
            throw CommandError{CommandLine::tr("--%1: nothing on standard input.").arg(stdinOption)};
    }
    return secret;
}

void print(Context& c, const QJsonValue& json, const QString& text)
{
    if (c.json)
        c.out << (json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject()))
                     .toJson(QJsonDocument::Indented);
    else
        c.out << text;
    c.out.flush();
}

bool answeredHelp(Context& c, const QStringList& arguments, const QString& usage, int* exitCode)
{
    const bool empty = arguments.isEmpty();
    if (!empty && arguments.first() != QLatin1String("--help") && arguments.first() != QLatin1String("-h"))
        return false;
    QTextStream& stream = empty ? c.err : c.out;
    stream << usage;
    stream.flush();
    *exitCode = empty ? UsageError : Success;
    return true;
}

void parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QString& hint)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("rebound-switch")} + arguments))
        throw CommandError{
            hint.isEmpty() ? parser.errorText() : parser.errorText() + QLatin1Char('\n') + hint, UsageError};
    const QStringList found = parser.optionNames();
    if (found.contains(QLatin1String("help")) || found.contains(QLatin1String("h")))
        throw detail::HelpRequested{};
}

int detail::guarded(Context& c, const QString& usage, const std::function<int()>& body)
{
    try {
        return body();
    } catch (const HelpRequested&) {
        c.out << usage;
        c.out.flush();
        return Success;
    } catch (const CommandError& e) {
        return c.fail(e.message, e.code);
    } catch (const store::StoreError& e) {
        return c.fail(e.message());
    }
}

CommandLine::CommandLine(QTextStream& out, QTextStream& err, const core::Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
{
}

QString CommandLine::usage()
{
    return CommandLine::tr(
               "Usage: rebound-switch [--db PATH] [--json] COMMAND [ARGUMENTS]\n"
               "\n"
               "The Rebound callback switch, headless, and its scripting interface.\n"
               "\n"
               "Commands:\n"
               "  serve       run the switch until SIGINT or SIGTERM\n"
               "  accounts    list, show, add, change and delete subscribers; balances\n"
               "  rates       rate tables: import, export, list, quote, markup\n"
               "  cards       card batches: generate, list, export, void, redeem\n"
               "  gateways    SIP trunks: add, list, show, set, delete, ping\n"
               "  routes      which gateway carries which prefix\n"
               "  dids        trigger numbers: add, list, set, delete\n"
               "  cdrs        call records: list, show one with its timeline, export to CSV\n"
               "  reports     a period's summary and profit by destination, gateway, subscriber, trigger\n"
               "  audit       the audit log, who did what and when: list, export to CSV\n"
               "  settings    list, get, set\n"
               "  api-tokens  tokens for the JSON API: add, list, revoke\n"
               "  sms-http    the HTTP SMS gateway endpoint: secret, disable, status\n"
               "  dial        place one test leg through the routes and report each step\n"
               "  try         a whole test callback (did, sms, web, api) with the built-in test phones\n"
               "  demo        add the demo subscribers, DIDs, gateway and rates to an empty database\n"
               "  backup      write a consistent copy of the database (--output FILE); check a backup\n"
               "  restore     replace all data with a checked backup (refused while a switch runs)\n"
               "\n"
               "Options:\n"
               "  --db PATH   the database (default: %1)\n"
               "  --json      print results as JSON, for scripts\n"
               "  --help      show this help; COMMAND --help shows the command's help\n"
               "  --version   show the version\n")
        .arg(core::defaultDatabasePath());
}

int CommandLine::run(const QStringList& arguments)
{
    Context context{m_out, m_err, m_clock, core::defaultDatabasePath(), false};
    QStringList rest;
    // Global options may come before or after the command; everything else
    // belongs to the command.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return context.fail(CommandLine::tr("--db needs a path to the database file."), UsageError);
            context.databasePath = arguments[++i];
        } else if (arg.startsWith(QLatin1String("--db="))) {
            context.databasePath = arg.mid(5);
        } else if (arg == QLatin1String("--json")) {
            context.json = true;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            m_out << "rebound-switch " << REBOUND_VERSION << Qt::endl;
            return Success;
        } else {
            rest.append(arg);
        }
    }
    if (context.databasePath.isEmpty())
        return context.fail(CommandLine::tr("--db needs a path to the database file."), UsageError);

    if (rest.isEmpty() || rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h") ||
        rest.first() == QLatin1String("help")) {
        m_out << usage();
        m_out.flush();
        return rest.isEmpty() ? UsageError : Success;
    }
    if (!rest.contains(QLatin1String("--help")) && !rest.contains(QLatin1String("-h"))) {
        const QString refusal = foreignDatabaseRefusal(context.databasePath, ::geteuid());
        if (!refusal.isEmpty())
            return context.fail(refusal);
    }
    const QString command = rest.takeFirst();
    for (const Subcommand& subcommand : Subcommands)
        if (command == QLatin1String(subcommand.name))
            return subcommand.run(context, rest);
    return context.fail(
        CommandLine::tr("'%1' is not a command; run rebound-switch --help for the list.").arg(command),
        UsageError);
}

} // namespace rebound::cli
