#pragma once

#include "cli/CommandLine.h"

namespace rebound::cli {

// rebound-switch try did|sms|web|api --account CODE --destination NUMBER:
// runs a whole test callback through the built-in test phones and the test
// carrier, answering and keying as a subscriber would, and prints each step
// and the call's record with its charge (issue 19).
class TryCommand
{
    Q_DECLARE_TR_FUNCTIONS(TryCommand)

public:
    static int run(Context& context, const QStringList& arguments);
};

} // namespace rebound::cli
