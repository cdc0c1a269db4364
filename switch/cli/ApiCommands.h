#pragma once

#include "cli/CommandLine.h"

namespace rebound::cli {

// rebound-switch api-tokens add|list|revoke and sms-http secret|disable|status:
// the machine credentials of the web triggers. A new secret is printed once
// and only its digest is stored, so it cannot be shown again: lose it and
// make another.
class ApiCommands
{
    Q_DECLARE_TR_FUNCTIONS(ApiCommands)

public:
    static int apiTokens(Context& context, const QStringList& arguments);
    static int smsHttp(Context& context, const QStringList& arguments);
};

} // namespace rebound::cli
