#include "core/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace rebound::core {

QString defaultDatabasePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("rebound/rebound.sqlite"));
}

} // namespace rebound::core
