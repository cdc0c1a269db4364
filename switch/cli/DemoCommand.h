#pragma once

#include "cli/CommandLine.h"

namespace rebound::cli {

// rebound-switch demo: fills an empty database with the demo subscribers,
// DIDs, gateway and rates the console adds on its first start, so the
// headless switch (and its portal) can be tried the same way.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static int run(Context& context, const QStringList& arguments);
};

} // namespace rebound::cli
