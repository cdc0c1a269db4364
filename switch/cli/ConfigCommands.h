#pragma once

#include "cli/CommandLine.h"

#include <QMap>

namespace rebound::settings {
class SettingsService;
}
namespace rebound::store {
class Database;
}

namespace rebound::cli {

// rebound-switch gateways|routes|dids add|list|set|delete, settings get|set
class ConfigCommands
{
    Q_DECLARE_TR_FUNCTIONS(ConfigCommands)

public:
    static int gateways(Context& context, const QStringList& arguments);
    static int routes(Context& context, const QStringList& arguments);
    static int dids(Context& context, const QStringList& arguments);
    static int settings(Context& context, const QStringList& arguments);

private:
    // The parts of settings(); they throw CommandError.
    static int listSettings(Context& context, const QMap<QString, QString>& stored, bool all);
    static int showSetting(Context& context, const QMap<QString, QString>& stored, const QString& key,
                           bool describe);
    static int changeSettings(Context& context, const QStringList& arguments, const QString& usage,
                              const store::Database& db, const settings::SettingsService& service);
};

} // namespace rebound::cli
