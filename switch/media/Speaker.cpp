#include "media/Speaker.h"

#include "core/Currency.h"
#include "core/Languages.h"

#include <algorithm>
#include <utility>

namespace rebound::media {

std::unique_ptr<Speaker> Speaker::forLanguage(const QString& language)
{
    // Each language has its own class and prompt folder (resources/prompts/<lang>).
    const QString chosen = core::Languages::orEnglish(language);
    if (chosen == QLatin1String("es"))
        return std::make_unique<SpanishSpeaker>();
    if (chosen == QLatin1String("fr"))
        return std::make_unique<FrenchSpeaker>();
    return std::make_unique<EnglishSpeaker>();
}

Speaker::Speaker(QString language, QStringList namedCurrencies)
    : m_language(std::move(language))
    , m_namedCurrencies(std::move(namedCurrencies))
{
}

namespace {
void saySign(bool negative, QStringList& out)
{
    if (negative)
        out << QStringLiteral("minus");
}
} // namespace

QStringList Speaker::number(qint64 n) const
{
    QStringList out;
    saySign(n < 0, out);
    // Unsigned, so the most negative number has a magnitude too.
    const quint64 m = static_cast<quint64>(n);
    sayNumber(n < 0 ? 0 - m : m, out);
    return out;
}

QStringList Speaker::amount(core::Money amount, const QString& currencyCode) const
{
    const Parts p = split(amount, currencyCode);
    QStringList out;
    saySign(p.negative, out);
    sayAmount(p, currencyCode.toUpper(), out);
    return out;
}

QStringList Speaker::duration(int seconds) const
{
    QStringList out;
    if (seconds >= 60)
        sayTime(seconds / 60, {"minute", "minutes"}, out);
    else
        sayTime(seconds, {"second", "seconds"}, out);
    return out;
}

Speaker::Parts Speaker::split(core::Money amount, const QString& currencyCode)
{
    Parts p;
    const std::int64_t micros = amount.micros();
    p.negative = micros < 0;
    // Unsigned, so the most negative amount has a magnitude too.
    const std::uint64_t magnitude =
        p.negative ? 0 - static_cast<std::uint64_t>(micros) : static_cast<std::uint64_t>(micros);
    p.units = static_cast<qint64>(magnitude / core::Money::MicrosPerUnit);
    p.decimals = std::clamp(core::Currency::minorUnits(currencyCode), 0, 6);
    std::uint64_t step = 1;
    for (int i = p.decimals; i < 6; ++i)
        step *= 10;
    p.minor = static_cast<qint64>((magnitude % core::Money::MicrosPerUnit) / step);
    return p;
}

} // namespace rebound::media
