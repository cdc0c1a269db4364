#include "core/PrivateFile.h"

#include <QCoreApplication>

namespace rebound::core {

namespace {
constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

QString openPrivate(QFile& file)
{
    if (file.exists() && !file.setPermissions(OwnerOnly))
        return file.errorString();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, OwnerOnly))
        return file.errorString();
    return {};
}

QString openPrivate(QSaveFile& file)
{
    // The temporary file is narrowed before anything is written into it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly))
        return file.errorString();
    return {};
}

QString writePrivateFile(const QString& path, const QByteArray& data)
{
    // Written beside under a temporary name and renamed over `path`: a
    // failed write leaves the previous file as it was.
    QSaveFile file(path);
    if (QString error = openPrivate(file); !error.isEmpty())
        return error;
    if (file.write(data) != data.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace rebound::core
