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

QString writePrivateFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (QString error = openPrivate(file); !error.isEmpty())
        return error;
    if (file.write(data) != data.size() || !file.flush())
        return file.errorString();
    return {};
}

} // namespace rebound::core
