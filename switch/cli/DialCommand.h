#pragma once

#include "cli/CommandLine.h"

namespace rebound::cli {

// rebound-switch dial NUMBER: places one test leg through the routes (or an
// LGW DID's gateway) and reports each step, for checking a gateway set-up.
class DialCommand
{
    Q_DECLARE_TR_FUNCTIONS(DialCommand)

public:
    static int run(Context& context, const QStringList& arguments);
};

} // namespace rebound::cli
