#pragma once

#include "cli/CommandLine.h"

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
};

} // namespace rebound::cli
