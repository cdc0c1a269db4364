#include "web/PageTemplate.h"

#include "web/Http.h"

#include <QFile>
#include <QRegularExpression>

namespace rebound::web {

QByteArray PageTemplate::resource(const QString& fileName)
{
    QFile file(QStringLiteral(":/web/") + fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString PageTemplate::render(const QString& name, const Values& values)
{
    const QString source = QString::fromUtf8(resource(name + QStringLiteral(".html")));
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{(\{?)([a-z_]+)\}?\}\})"));
    QString out;
    out.reserve(source.size() * 2);
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(source); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(source).mid(last, match.capturedStart() - last);
        const QString value = values.value(match.captured(2));
        out += match.captured(1).isEmpty() ? htmlEscape(value) : value;
        last = match.capturedEnd();
    }
    out += QStringView(source).mid(last);
    return out;
}

} // namespace rebound::web
