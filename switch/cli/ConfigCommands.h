#pragma once

#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace rebound::store {
class Database;
}

// What the configuration commands share: gateways (GatewaysCommand.cpp),
// routes (RoutesCommand.cpp), dids (DidsCommand.cpp) and settings
// (SettingsCommand.cpp). Their texts are translated in the ConfigCommands
// context.
namespace rebound::cli {

class ConfigCommands
{
    Q_DECLARE_TR_FUNCTIONS(ConfigCommands)
};

namespace config {
// Who the audit log names for a change made by these commands.
inline const QString Actor = QStringLiteral("cli");

// Parses `arguments` (subcommand first) with the given value options.
void parse(QCommandLineParser& parser, const QStringList& arguments, const QStringList& valueOptions,
           const QStringList& flags);
// --NAME as a whole number from `min` to `max`, `fallback` when not given.
int intValue(const QCommandLineParser& p, const QString& name, int fallback, int min, int max);
// --NAME as yes or no (true/false, 1/0), `fallback` when not given.
bool boolValue(const QCommandLineParser& p, const QString& name, bool fallback);

std::unique_ptr<store::Database> openDb(const Context& c);

// A service's field as these commands name it. A value the service refuses
// in a `usage` field exits 2 (a usage error), any other refusal 1, as these
// commands have always answered.
struct OptionOf
{
    QString field;
    QString option; // empty: the field is a positional argument, or the whole input
    bool usage = true;
};

// runCommand for the commands of a network service, whose refusals are
// answered field by field as `fields` name them.
int runChecked(Context& c, const QStringList& arguments, const QString& usage, const QList<OptionOf>& fields,
               const std::function<int()>& body);
} // namespace config

} // namespace rebound::cli
