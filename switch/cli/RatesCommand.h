#pragma once

#include "cli/CommandLine.h"

namespace rebound::cli {

// rebound-switch rates list|import|export|quote|markup|delete
class RatesCommand
{
    Q_DECLARE_TR_FUNCTIONS(RatesCommand)

public:
    static int run(Context& context, const QStringList& arguments);
    static QString usage();
};

} // namespace rebound::cli
