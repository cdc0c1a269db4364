#pragma once

#include <QString>
#include <QStringList>

namespace rebound::core {

// The languages Rebound speaks, in one list with one way to read a language
// tag, and text lookups for a chosen language. The console follows the
// process's translator (installTranslations); what follows a subscriber's own
// language instead — portal pages, SMS replies, IVR prompts — asks here, so
// two subscribers served at once can each get their own language.
class Languages
{
public:
    // "en", "es", "fr": each has a translation, IVR prompts and speaker rules.
    static const QStringList& supported();
    // The supported language a tag names: "es-MX", "ES", "fr_CA.UTF-8" and
    // "fr" give "es"/"fr"; an empty string when it names none ("de", "", "*").
    static QString match(const QString& tag);
    // match(), or English when the tag names no supported language.
    static QString orEnglish(const QString& tag);
    // The best supported language for an HTTP Accept-Language header: the
    // highest q-value wins, then the order given; q=0 refuses a language.
    // `fallback` when nothing acceptable is supported.
    static QString fromAcceptLanguage(const QString& header, const QString& fallback = QStringLiteral("en"));
    // A language's name in that language, for a chooser: "Español".
    static QString nativeName(const QString& language);

    // QCoreApplication::translate for one language rather than the process's:
    // `n` picks the plural form and replaces %n (%Ln with the language's digit
    // grouping). An unfinished entry falls back to English, then to the source.
    // Safe from any thread.
    static QString translate(const QString& language, const char* context, const char* sourceText,
                             const char* disambiguation = nullptr, int n = -1);
};

} // namespace rebound::core
