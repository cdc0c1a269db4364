#pragma once

#include "cli/CommandLine.h"

namespace rebound::cli {

// rebound-switch backup --output FILE | backup check FILE, and
// rebound-switch restore FILE [--yes]: the CLI side of backup::BackupService.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    static int backup(Context& context, const QStringList& arguments);
    static int restore(Context& context, const QStringList& arguments);
};

} // namespace rebound::cli
