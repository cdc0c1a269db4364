#include "cli/RootGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <pwd.h>
#include <sys/stat.h>

namespace rebound::cli {

namespace {

// The owner of the file, or of the nearest existing folder above it.
bool ownerOf(const QString& path, uid_t* owner)
{
    QFileInfo info(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
    for (int depth = 0; depth < 64; ++depth) {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(info.absoluteFilePath()).constData(), &st) == 0) {
            *owner = st.st_uid;
            return true;
        }
        if (info.absoluteFilePath() == QDir::rootPath())
            return false;
        info = QFileInfo(info.absolutePath());
    }
    return false;
}

QString userName(uid_t uid)
{
    const passwd* entry = ::getpwuid(uid);
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(uid);
}

} // namespace

QString foreignDatabaseRefusal(const QString& databasePath, uid_t euid)
{
    uid_t owner = 0;
    if (euid != 0 || !ownerOf(databasePath, &owner) || owner == 0)
        return {};
    const QString user = userName(owner);
    return QCoreApplication::translate(
               "RootGuard",
               "%1 belongs to the user %2; run as root, rebound-switch would leave files owned by root "
               "beside it that the switch cannot open. Run the command as %2 instead: runuser -u %2 -- "
               "rebound-switch --db %1 …")
        .arg(QDir::toNativeSeparators(databasePath), user);
}

} // namespace rebound::cli
