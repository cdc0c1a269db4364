#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace rebound::test {

// Writes `content` to the file `name` in `dir` (replacing it), for the code
// under test to read; its path. A file that cannot be written in full ends
// the test run, since every check after it would be about the wrong input.
inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return path;
}

} // namespace rebound::test
