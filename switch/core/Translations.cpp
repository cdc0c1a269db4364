#include "core/Translations.h"

#include "core/Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

namespace rebound::core {

namespace {

const QString Name = QStringLiteral("rebound");
const QString Folder = QStringLiteral(":/i18n");

QMutex languageMutex;
QString currentLanguage; // guarded by languageMutex

} // namespace

void installTranslations(QTranslator& translator)
{
    if (translator.load(QLocale(), Name, QStringLiteral("_"), Folder) ||
        translator.load(Name + QStringLiteral("_en"), Folder))
        QCoreApplication::installTranslator(&translator);
}

QString consoleLanguage(const QString& setting, const QLocale& system)
{
    if (const QString chosen = Languages::match(setting); !chosen.isEmpty())
        return chosen;
    return Languages::orEnglish(system.name());
}

QLocale localeFor(const QString& language, const QLocale& system)
{
    if (Languages::match(system.name()) == language)
        return system;
    const QLocale here(language + QLatin1Char('_') + QLocale::territoryToCode(system.territory()));
    if (Languages::match(here.name()) == language && here.territory() == system.territory())
        return here;
    return QLocale(language);
}

bool installTranslations(QTranslator& rebound, QTranslator& qtbase, const QString& language)
{
    QCoreApplication::removeTranslator(&qtbase);
    QCoreApplication::removeTranslator(&rebound);
    // Qt's own strings: none are needed for English, the language Qt is written in.
    if (language != QLatin1String("en") &&
        qtbase.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtbase);
    const bool found = rebound.load(Name + QLatin1Char('_') + language, Folder);
    if (found || rebound.load(Name + QStringLiteral("_en"), Folder))
        QCoreApplication::installTranslator(&rebound);
    {
        const QMutexLocker lock(&languageMutex);
        currentLanguage = language;
    }
    QLocale::setDefault(localeFor(language));
    return found;
}

QString installedLanguage()
{
    const QMutexLocker lock(&languageMutex);
    return currentLanguage;
}

} // namespace rebound::core
