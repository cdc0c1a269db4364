#pragma once

#include <QString>
#include <sys/types.h>

namespace rebound::cli {

// rebound-switch run as root against a database that belongs to another user
// (the service's /var/lib/rebound/rebound.sqlite belongs to rebound) would
// leave files owned by root beside it: the -wal and -shm files, backups and
// the card PIN key, which the service then cannot open. Such a run is refused
// with the command to use instead, rather than changing its user behind the
// caller's back (an --output FILE would then land somewhere unexpected).
//
// Returns the refusal for a process with effective user `euid`, or an empty
// string when the command may run: euid is not root, or the database file (or,
// before it exists, its folder) belongs to root.
QString foreignDatabaseRefusal(const QString& databasePath, uid_t euid);

} // namespace rebound::cli
