#pragma once

#include <QByteArray>
#include <QFile>
#include <QSaveFile>
#include <QString>

namespace rebound::core {

// Files that hold secrets (card PINs, their key, backups) are never readable
// by anyone but their owner, not even for the moment between creating and
// narrowing them: a new file is created 0600, an existing one is narrowed to
// 0600 before it is truncated.

// Opens `file` (its name set) for writing, truncated. Returns an error
// message, or an empty string.
QString openPrivate(QFile& file);
// Opens a QSaveFile (its name set) and makes its temporary file owner-only;
// the caller writes and commit()s. Returns an error message, or empty.
QString openPrivate(QSaveFile& file);
// Writes `data` as the whole of `path`, owner-only, all or nothing (the old
// file stays when the write fails). Returns an error message, or empty.
QString writePrivateFile(const QString& path, const QByteArray& data);

} // namespace rebound::core
