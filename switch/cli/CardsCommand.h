#pragma once

#include "cli/CommandLine.h"

namespace rebound::cli {

// rebound-switch cards generate|list|export|void|redeem|history
class CardsCommand
{
    Q_DECLARE_TR_FUNCTIONS(CardsCommand)

public:
    static int run(Context& context, const QStringList& arguments);
    static QString usage();
};

} // namespace rebound::cli
