#include "cli/ConfigCommands.h"

#include "cli/CommandOptions.h"
#include "core/Validation.h"
#include "sip/SipStack.h"
#include "store/Database.h"

#include <QCommandLineParser>

namespace rebound::cli::config {

namespace {
int refused(Context& c, const core::ValidationError& error, const QList<OptionOf>& options)
{
    bool usage = true; // every field refused is an option's that makes it a usage error
    c.refused(error, [&](const QString& field) {
        const auto it = std::find_if(options.cbegin(), options.cend(),
                                     [&](const OptionOf& o) { return o.field == field; });
        usage = usage && it != options.cend() && it->usage;
        return it == options.cend() ? QString() : it->option;
    });
    return usage ? UsageError : Failure;
}

} // namespace

void parse(QCommandLineParser& parser, const QStringList& arguments, const QStringList& valueOptions,
           const QStringList& flags)
{
    for (const QString& name : valueOptions)
        parser.addOption(QCommandLineOption(name, name, QStringLiteral("value")));
    for (const QString& name : flags)
        parser.addOption(QCommandLineOption(name, name));
    parseCommand(parser, arguments);
}

int intValue(const QCommandLineParser& p, const QString& name, int fallback, int min, int max)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const int value = p.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        throw CommandError{
            ConfigCommands::tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max),
            UsageError};
    return value;
}

bool boolValue(const QCommandLineParser& p, const QString& name, bool fallback)
{
    if (!p.isSet(name))
        return fallback;
    const QString v = p.value(name).toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0"))
        return false;
    throw CommandError{ConfigCommands::tr("--%1 is yes or no.").arg(name), UsageError};
}

std::unique_ptr<store::Database> openDb(const Context& c)
{
    return store::Database::open(c.databasePath);
}

int runChecked(Context& c, const QStringList& arguments, const QString& usage, const QList<OptionOf>& fields,
               const std::function<int()>& body)
{
    return runCommand<sip::SipError>(c, arguments, usage, [&]() -> int {
        try {
            return body();
        } catch (const core::ValidationError& e) {
            return refused(c, e, fields);
        }
    });
}

} // namespace rebound::cli::config
