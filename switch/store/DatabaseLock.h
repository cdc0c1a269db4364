#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <memory>

namespace rebound::store {

// "DATABASE.lock": held by whatever must be alone on the database, the
// running switch (console or `rebound-switch serve`) and a restore. The lock
// is the kernel's (QLockFile), so a crashed holder does not keep it.
class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)

public:
    enum class Purpose
    {
        RunSwitch, // a switch starting on the database
        Restore,   // replacing the database's contents with a backup
    };

    static QString pathFor(const QString& databasePath);

    // Takes the lock, or throws StoreError naming its holder (kind InUse,
    // "…: rebound-switch serve, PID 1234") or saying why it cannot be taken
    // (kind CannotOpen). The lock is released when the returned object goes.
    static std::unique_ptr<QLockFile> take(const QString& databasePath, Purpose purpose);
};

} // namespace rebound::store
