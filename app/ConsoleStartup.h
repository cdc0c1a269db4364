#pragma once

#include <QStringList>

namespace rebound::console {

// Everything `rebound` does before its event loop: command line, database
// (created with demo data on first start), translations, main window.
// Returns the process exit code.
int runConsole(int argc, char* argv[]);

} // namespace rebound::console
