#pragma once

#include "cli/CommandLine.h"

namespace rebound::cli {

// rebound-switch audit list|export: who did what and when, filtered by
// actor, action, object, text in the details and time, read through the same
// store::AuditLog and reports::AuditCsv as the console's Audit log page.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static int run(Context& context, const QStringList& arguments);
    static QString usage();
};

} // namespace rebound::cli
