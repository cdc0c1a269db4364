#pragma once

#include "cli/CommandLine.h"

#include <QCoreApplication>

namespace rebound::cli {

// rebound-switch serve: opens (or creates) the database, logs what it
// opened, and runs until SIGINT or SIGTERM. Needs a QCoreApplication.
class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    static int run(Context& context, const QStringList& arguments);
};

} // namespace rebound::cli
