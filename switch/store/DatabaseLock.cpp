#include "store/DatabaseLock.h"

#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>

namespace rebound::store {

QString DatabaseLock::pathFor(const QString& databasePath)
{
    // One lock per file, however it is named: through a symbolic link or a
    // relative path, the same database gets the same lock.
    const QString canonical = QFileInfo(databasePath).canonicalFilePath();
    return (canonical.isEmpty() ? QFileInfo(databasePath).absoluteFilePath() : canonical) +
           QStringLiteral(".lock");
}

std::unique_ptr<QLockFile> DatabaseLock::take(const QString& databasePath, Purpose purpose)
{
    auto lock = std::make_unique<QLockFile>(pathFor(databasePath));
    lock->setStaleLockTime(0); // only a holder that is gone makes it stale
    if (lock->tryLock(0))
        return lock;
    if (lock->error() != QLockFile::LockFailedError)
        throw StoreError(StoreError::Kind::CannotOpen, tr("Cannot take the lock %1 beside the database.")
                                                           .arg(QDir::toNativeSeparators(lock->fileName())));
    qint64 pid = 0;
    QString host;
    QString application;
    lock->getLockInfo(&pid, &host, &application);
    const QString holder = application == QLatin1String("rebound-switch") ? tr("rebound-switch serve")
                                                                          : tr("the Rebound console");
    const QString database = QDir::toNativeSeparators(databasePath);
    switch (purpose) {
    case Purpose::RunSwitch:
        throw StoreError(StoreError::Kind::InUse,
                         tr("Another switch is running on %1: %2, PID %3. Stop it first; commands that only "
                            "read or change data work beside it.")
                             .arg(database, holder)
                             .arg(pid));
    case Purpose::Restore:
        break;
    }
    throw StoreError(StoreError::Kind::InUse,
                     tr("A switch is running on %1: %2, PID %3. Stop it before restoring a backup; nothing "
                        "has been changed.")
                         .arg(database, holder)
                         .arg(pid));
}

} // namespace rebound::store
