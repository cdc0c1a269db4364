#pragma once

#include <QString>

namespace rebound::core {

// Where the embedded default database lives: the user's data folder, shared
// by the console and rebound-switch ("~/.local/share/rebound/rebound.sqlite").
QString defaultDatabasePath();

} // namespace rebound::core
