#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace rebound::test {

// Writes `content` to the file at `path` (replacing it), for the code under
// test to read; `path`. A file that cannot be written in full ends the test
// run, since every check after it would be about the wrong input.
inline QString writeFile(const QString& path, const QByteArray& content = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return path;
}

// The same for the file `name` in `dir`.
inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content = {})
{
    return writeFile(dir.filePath(name), content);
}

} // namespace rebound::test
