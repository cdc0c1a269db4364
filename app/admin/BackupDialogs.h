#pragma once

#include "core/Clock.h"

#include <QString>

class QWidget;

namespace rebound::store {
class Database;
}

namespace rebound::console {

// The File menu's Back up… and Restore…, over backup::BackupService (which
// tests and the CLI call directly). Every question and message goes through
// console::dialogs, so offscreen tests answer them.

// Asks where to write (a dated name in the home folder to start with),
// writes a consistent copy of `db` with its card PIN key beside it, and says
// where and how big, or what went wrong. True when the backup was written.
bool backUpInteractively(QWidget* parent, const store::Database& db, const core::Clock& clock);

// Asks for a backup file, checks it and shows what it holds, asks before
// replacing all data, restores and says where the data it replaced was saved.
// True when the data was replaced: the caller then reloads its pages.
// The embedded switch is the caller's business (stop it before, start it
// after); a switch still running on the database makes the restore refuse.
bool restoreInteractively(QWidget* parent, const store::Database& db, const core::Clock& clock);

// "<home>/rebound-YYYY-MM-DD-HHmm.sqlite", local time.
QString suggestedBackupPath(const core::Clock& clock);

} // namespace rebound::console
