#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace rebound::core {

// Loads Rebound's translation for the user's locale into `translator` and
// installs it; falls back to English (which supplies plural forms) when the
// locale has none, e.g. under LANG=C. The translator must outlive the app.
// rebound-switch's command line speaks this way.
void installTranslations(QTranslator& translator);

// The language a `console.language` setting asks for: "en", "es" or "fr" as
// set; for "system" (or empty, or anything else) the system locale's
// language when Rebound speaks it (Languages::match), otherwise English.
QString consoleLanguage(const QString& setting, const QLocale& system = QLocale::system());

// The locale numbers, dates and money are shown in for `language`: the
// system locale when it speaks that language, else that language in the
// system's territory when such a locale exists (fr in Canada), else the
// language's own (es_ES).
QLocale localeFor(const QString& language, const QLocale& system = QLocale::system());

// Makes the application speak `language` ("en", "es", "fr"): loads Rebound's
// translation into `rebound` and Qt's own (qtbase_xx, for standard buttons
// and dialogs) into `qtbase`, installs both in place of what they held, and
// makes localeFor(language) the default QLocale. Widgets built afterwards
// read the new language. Call from the main thread; the translators must
// outlive the app. Returns false when Rebound has no translation for it
// (English is then installed).
bool installTranslations(QTranslator& rebound, QTranslator& qtbase, const QString& language);

// The language installed last by installTranslations(rebound, qtbase, …);
// empty before. Safe from any thread.
QString installedLanguage();

} // namespace rebound::core
