#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <utility>

namespace rebound::test {

// Writes the template `from` (a file under tests/interop/peers) to `to`
// with every @KEY@ replaced by its value. False, with `error` saying which
// file, when either cannot be used.
inline bool fillTemplate(const QString& from, const QString& to,
                         const QList<std::pair<QString, QString>>& values, QString* error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(from, in.errorString());
        return false;
    }
    QString text = QString::fromUtf8(in.readAll());
    for (const auto& [key, value] : values)
        text.replace(QLatin1Char('@') + key + QLatin1Char('@'), value);
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(to, out.errorString());
        return false;
    }
    return true;
}

} // namespace rebound::test
