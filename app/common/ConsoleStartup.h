#pragma once

#include <QStringList>

class QTranslator;

namespace rebound::store {
class Database;
}

namespace rebound::console {

// The console speaks the language of the setting console.language (the
// system's locale by default): Rebound's and Qt's translations and the
// default QLocale change to it when it is not the one installed. Windows
// built afterwards read it. True when the language changed.
bool applyConsoleLanguage(const store::Database& db, QTranslator& rebound, QTranslator& qtbase);

// Everything `rebound` does before its event loop: command line, database
// (created with demo data on first start), translations, main window.
// Returns the process exit code.
int runConsole(int argc, char* argv[]);

} // namespace rebound::console
