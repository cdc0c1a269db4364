#pragma once

#include <QHash>
#include <QString>

namespace rebound::web {

// The portal's HTML lives in resources/web (compiled in under :/web); the
// words come from the code through tr(), so pages stay translatable.
// {{name}} is replaced by the value HTML-escaped, {{{name}}} by the value
// as it is (only for fragments the portal built itself). A name without a
// value renders empty.
class PageTemplate
{
public:
    using Values = QHash<QString, QString>;
    static QString render(const QString& name, const Values& values);
    // A file under :/web as it is (CSS, script); empty when missing.
    static QByteArray resource(const QString& fileName);
};

} // namespace rebound::web
