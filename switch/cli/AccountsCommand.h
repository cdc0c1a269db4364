#pragma once

#include "cli/CommandLine.h"

#include <QCoreApplication>

namespace rebound::cli {

// rebound-switch accounts list|show|add|set|delete|adjust|ledger|check-ledger|phones|remove-phone|
//                         import|export
class AccountsCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountsCommand)

public:
    static int run(Context& context, const QStringList& arguments);
    static QString usage();
};

} // namespace rebound::cli
