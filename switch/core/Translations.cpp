#include "core/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace rebound::core {

void installTranslations(QTranslator& translator)
{
    const QString name = QStringLiteral("rebound");
    const QString folder = QStringLiteral(":/i18n");
    if (translator.load(QLocale(), name, QStringLiteral("_"), folder) ||
        translator.load(name + QStringLiteral("_en"), folder))
        QCoreApplication::installTranslator(&translator);
}

} // namespace rebound::core
