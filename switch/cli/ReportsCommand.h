#pragma once

#include "cli/CommandLine.h"

namespace rebound::cli {

// rebound-switch cdrs list|show|export and reports summary|destinations|
// gateways|subscribers|triggers: the business view's figures for scripts,
// read through the same BusinessReports as the console's pages, so the two
// cannot disagree.
class ReportsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportsCommand)

public:
    static int cdrs(Context& context, const QStringList& arguments);
    static int reports(Context& context, const QStringList& arguments);
    static QString cdrsUsage();
    static QString reportsUsage();
};

} // namespace rebound::cli
