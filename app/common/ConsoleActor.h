#pragma once

#include <QString>

namespace rebound::console {

// Who the audit log names for a change made in the console (the command
// line is "cli", a portal user "web:<account>").
inline const QString ConsoleActor = QStringLiteral("console");

} // namespace rebound::console
