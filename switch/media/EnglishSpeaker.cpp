#include "media/Speaker.h"

namespace rebound::media {

namespace {
QString num(qint64 n)
{
    return QStringLiteral("num-%1").arg(n);
}

// Non-negative numbers below one thousand: the prompt set has one recording
// for each of 0-99 ("twenty-one" is one word when spoken, not two).
void belowThousand(qint64 n, QStringList& out)
{
    if (n >= 100) {
        out << num(n / 100) << QStringLiteral("hundred");
        n %= 100;
        if (n == 0)
            return;
    }
    out << num(n);
}

struct CurrencyWords
{
    const char* unit;
    const char* units;
    const char* subunit;
    const char* subunits;
};

const CurrencyWords* wordsFor(const QString& code)
{
    static const CurrencyWords dollar{"dollar", "dollars", "cent", "cents"};
    static const CurrencyWords euro{"euro", "euros", "cent", "cents"};
    static const CurrencyWords pound{"pound", "pounds", "penny", "pence"};
    const QString c = code.toUpper();
    if (c == QLatin1String("USD") || c == QLatin1String("CAD") || c == QLatin1String("AUD") ||
        c == QLatin1String("NZD") || c.isEmpty())
        return &dollar;
    if (c == QLatin1String("EUR"))
        return &euro;
    if (c == QLatin1String("GBP"))
        return &pound;
    return nullptr;
}
} // namespace

QStringList EnglishSpeaker::number(qint64 n) const
{
    QStringList out;
    if (n < 0) {
        out << QStringLiteral("minus");
        n = -n;
    }
    if (n < 1000) {
        belowThousand(n, out);
        return out;
    }
    // Short scale, American style: "one thousand two hundred five", no "and".
    const qint64 millions = n / 1'000'000;
    const qint64 thousands = (n / 1000) % 1000;
    const qint64 rest = n % 1000;
    if (millions > 0)
        out << number(millions) << QStringLiteral("million");
    if (thousands > 0) {
        belowThousand(thousands, out);
        out << QStringLiteral("thousand");
    }
    if (rest > 0)
        belowThousand(rest, out);
    return out;
}

QStringList EnglishSpeaker::amount(core::Money amount, const QString& currencyCode) const
{
    QStringList out;
    std::int64_t micros = amount.micros();
    if (micros < 0) {
        out << QStringLiteral("minus");
        micros = -micros;
    }
    const qint64 units = micros / core::Money::MicrosPerUnit;
    const qint64 cents = (micros % core::Money::MicrosPerUnit) / 10'000;
    const CurrencyWords* words = wordsFor(currencyCode);
    out << number(units);
    if (words)
        out << QLatin1String(units == 1 ? words->unit : words->units);
    out << QStringLiteral("and") << number(cents);
    if (words)
        out << QLatin1String(cents == 1 ? words->subunit : words->subunits);
    return out;
}

QStringList EnglishSpeaker::duration(int seconds) const
{
    if (seconds >= 60) {
        const int minutes = seconds / 60;
        return number(minutes) << QLatin1String(minutes == 1 ? "minute" : "minutes");
    }
    return number(seconds) << QLatin1String(seconds == 1 ? "second" : "seconds");
}

} // namespace rebound::media
