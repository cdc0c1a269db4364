#include "core/Languages.h"

#include <QHash>
#include <QLocale>
#include <QTranslator>
#include <algorithm>
#include <memory>
#include <mutex>

namespace rebound::core {

namespace {

// One translator per language, loaded once from the translations compiled
// into the binary (:/i18n). QTranslator::translate only reads after loading.
class TranslatorSet
{
public:
    static const TranslatorSet& instance()
    {
        static const TranslatorSet set;
        return set;
    }

    const QTranslator* forLanguage(const QString& language) const
    {
        const auto it = m_translators.constFind(language);
        return it == m_translators.constEnd() ? nullptr : it->get();
    }

private:
    TranslatorSet()
    {
        for (const QString& language : Languages::supported()) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(QStringLiteral("rebound_") + language, QStringLiteral(":/i18n")))
                m_translators.insert(language, std::shared_ptr<QTranslator>(std::move(translator)));
        }
    }

    QHash<QString, std::shared_ptr<QTranslator>> m_translators;
};

QString replacePercentN(QString text, const QString& language, int n)
{
    if (n < 0 && !text.contains(QLatin1String("%n")))
        return text;
    text.replace(QLatin1String("%Ln"), QLocale(language).toString(n));
    text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace

const QStringList& Languages::supported()
{
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
    return languages;
}

QString Languages::match(const QString& tag)
{
    // The primary subtag is what names the language: "es" in es-MX, es_ES.UTF-8.
    QString primary = tag.trimmed().toLower();
    // Found by hand: a QRegularExpression here was compiled again on every
    // call, and every SMS and every callback asks.
    const auto end = std::find_if(primary.cbegin(), primary.cend(),
                                  [](QChar c) { return QStringView(u"-_.@;").contains(c); });
    primary.truncate(end - primary.cbegin());
    return supported().contains(primary) ? primary : QString();
}

QString Languages::orEnglish(const QString& tag)
{
    const QString language = match(tag);
    return language.isEmpty() ? QStringLiteral("en") : language;
}

QString Languages::fromAcceptLanguage(const QString& header, const QString& fallback)
{
    QString best;
    double bestQuality = 0.0;
    // A header is short; anything longer than a page of tags is not a browser.
    const QStringList ranges = header.left(1024).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& range : ranges) {
        const QStringList parts = range.split(QLatin1Char(';'));
        double quality = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString parameter = parts[i].trimmed();
            if (parameter.startsWith(QLatin1String("q="), Qt::CaseInsensitive)) {
                bool ok = false;
                quality = parameter.mid(2).toDouble(&ok);
                if (!ok || quality < 0.0 || quality > 1.0)
                    quality = 0.0;
            }
        }
        const QString language = match(parts.first());
        // Strictly greater: among equal weights the first listed wins.
        if (!language.isEmpty() && quality > bestQuality) {
            best = language;
            bestQuality = quality;
        }
    }
    return best.isEmpty() ? fallback : best;
}

QString Languages::nativeName(const QString& language)
{
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString Languages::translate(const QString& language, const char* context, const char* sourceText,
                             const char* disambiguation, int n)
{
    const TranslatorSet& set = TranslatorSet::instance();
    for (const QString& candidate : {orEnglish(language), QStringLiteral("en")}) {
        if (const QTranslator* translator = set.forLanguage(candidate)) {
            const QString text = translator->translate(context, sourceText, disambiguation, n);
            if (!text.isEmpty())
                return replacePercentN(text, candidate, n);
        }
    }
    return replacePercentN(QString::fromUtf8(sourceText), QStringLiteral("en"), n);
}

} // namespace rebound::core
