#include "core/Money.h"

#include "core/Currency.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <array>
#include <limits>

namespace rebound::core {

namespace {

constexpr int MaxDecimals = 6;
// 10^13 units is already beyond int64 micros (about 9.2e12 units), so longer
// integer parts are rejected before any arithmetic.
constexpr int MaxIntegerDigits = 13;
// Digits past the 24th cannot change a half-up result (see parse()), and
// 10^18 is the largest power of ten that fits the int64 denominator.
constexpr int MaxFractionDigits = MaxDecimals + 18;

const QChar NoBreakSpace(0x00A0);
const QChar NarrowNoBreakSpace(0x202F);
const QChar ThinSpace(0x2009);
const QChar MinusSign(0x2212);
const QChar RightSingleQuote(0x2019);

__int128 pow10(int exponent)
{
    __int128 result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= 10;
    }
    return result;
}

std::int64_t checkedMul(std::int64_t a, std::int64_t b)
{
    std::int64_t result = 0;
    if (__builtin_mul_overflow(a, b, &result)) {
        throw MoneyOverflow("Money: multiplication overflows int64 micro-units");
    }
    return result;
}

std::uint64_t magnitude(std::int64_t micros)
{
    // Unsigned negation so INT64_MIN has a magnitude too.
    const auto bits = static_cast<std::uint64_t>(micros);
    return micros < 0 ? ~bits + 1 : bits;
}

// How many decimals are needed to show `fraction` (0..999999 micros) exactly.
int decimalsNeeded(std::uint64_t fraction)
{
    int decimals = MaxDecimals;
    while (decimals > 0 && fraction % 10 == 0) {
        fraction /= 10;
        --decimals;
    }
    return fraction == 0 ? 0 : decimals;
}

// The first `count` of the six fraction digits, ASCII.
QString fractionDigits(std::uint64_t fraction, int count)
{
    QString digits = QString::number(fraction).rightJustified(MaxDecimals, QLatin1Char('0'));
    digits.truncate(count);
    return digits;
}

// ASCII digits into the locale's digit set (Arabic-Indic etc.), since
// QLocale::toString() does that for the integer part only.
QString localiseDigits(const QString& ascii, const QLocale& locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == QLatin1String("0")) {
        return ascii;
    }
    char32_t zeroCodePoint = U'0';
    if (zero.size() == 1) {
        zeroCodePoint = zero.at(0).unicode();
    } else if (zero.size() == 2 && zero.at(0).isHighSurrogate()) {
        zeroCodePoint = QChar::surrogateToUcs4(zero.at(0), zero.at(1));
    }
    QString result;
    for (const QChar c : ascii) {
        const char32_t codePoint = zeroCodePoint + static_cast<char32_t>(c.unicode() - u'0');
        result += QString::fromUcs4(&codePoint, 1);
    }
    return result;
}

// Bidi marks (U+200E, U+061C …) that some locales put around signs and
// symbols; they carry no value and would otherwise trip the parser.
QString withoutFormatCharacters(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() != QChar::Other_Format) {
            result += c;
        }
    }
    return result;
}

// Splits a parse into small steps that share the remaining text.
class AmountParser
{
public:
    AmountParser(const QString& text, const QLocale& locale)
        : m_text(withoutFormatCharacters(text).trimmed())
        , m_locale(locale)
        , m_decimalPoint(withoutFormatCharacters(locale.decimalPoint()))
        , m_groupSeparator(withoutFormatCharacters(locale.groupSeparator()))
    {
        if (m_decimalPoint.isEmpty()) {
            m_decimalPoint = QStringLiteral(".");
        }
        m_groupSeparators << m_groupSeparator;
        // People type an ordinary space where the locale groups with a
        // (narrow) no-break space, and an apostrophe for U+2019 (de_CH).
        if (m_groupSeparator.size() == 1 && m_groupSeparator.at(0).isSpace()) {
            m_groupSeparators << QStringLiteral(" ") << QString(NoBreakSpace) << QString(NarrowNoBreakSpace)
                              << QString(ThinSpace);
        } else if (m_groupSeparator == QString(RightSingleQuote)) {
            m_groupSeparators << QStringLiteral("'");
        }
        m_groupSeparators.removeAll(QString());
        m_groupSeparators.removeAll(m_decimalPoint);
        m_groupSeparators.removeDuplicates();
    }

    Money::ParseResult run()
    {
        if (m_text.isEmpty()) {
            return fail(QCoreApplication::translate("Money", "Enter an amount."));
        }
        takeSign();
        bool haveCurrency = takeCurrencyPrefix();
        if (!m_haveSign) {
            takeSign(); // "$-5" as well as "-$5"
        }
        if (!haveCurrency) {
            haveCurrency = takeCurrencySuffix();
        }
        if (m_text.isEmpty()) {
            if (m_haveSign) {
                return fail(QCoreApplication::translate(
                    "Money", "A sign on its own is not an amount; type a number after it."));
            }
            return fail(QCoreApplication::translate("Money", "Type a number, not just a currency."));
        }
        return parseNumber();
    }

private:
    static Money::ParseResult fail(const QString& error) { return {std::nullopt, error}; }

    bool isMinus(QStringView s) const
    {
        const QString negative = withoutFormatCharacters(m_locale.negativeSign());
        return s.startsWith(u'-') || s.startsWith(MinusSign) ||
               (!negative.isEmpty() && s.startsWith(negative));
    }
    int signLength(QStringView s) const
    {
        const QString negative = withoutFormatCharacters(m_locale.negativeSign());
        const QString positive = withoutFormatCharacters(m_locale.positiveSign());
        if (!negative.isEmpty() && s.startsWith(negative)) {
            return int(negative.size());
        }
        if (!positive.isEmpty() && s.startsWith(positive)) {
            return int(positive.size());
        }
        return (s.startsWith(u'-') || s.startsWith(u'+') || s.startsWith(MinusSign)) ? 1 : 0;
    }

    void takeSign()
    {
        const int length = signLength(m_text);
        if (length == 0) {
            return;
        }
        m_negative = isMinus(m_text);
        m_haveSign = true;
        m_text = m_text.mid(length).trimmed();
    }

    QStringList knownSymbols() const
    {
        QStringList symbols = {QStringLiteral("US$"),  QStringLiteral("$"),    QString(QChar(0x20AC)),
                               QString(QChar(0x00A3)), QString(QChar(0x00A5)), QString(QChar(0xFFE5)),
                               QString(QChar(0x20B9))};
        const QString localSymbol = withoutFormatCharacters(m_locale.currencySymbol()).trimmed();
        if (!localSymbol.isEmpty()) {
            symbols << localSymbol;
        }
        // Longest first so "US$" wins over "$" and "R$" is not left as "R".
        std::sort(symbols.begin(), symbols.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return symbols;
    }

    static bool isIsoLetter(QChar c) { return c >= u'A' && c <= u'Z'; }

    bool takeCurrencyPrefix()
    {
        for (const QString& symbol : knownSymbols()) {
            if (m_text.startsWith(symbol)) {
                m_text = m_text.mid(symbol.size()).trimmed();
                return true;
            }
        }
        // ISO 4217 codes are three upper-case letters; anything longer is a word.
        if (m_text.size() >= 3 && isIsoLetter(m_text.at(0)) && isIsoLetter(m_text.at(1)) &&
            isIsoLetter(m_text.at(2)) && (m_text.size() == 3 || !m_text.at(3).isLetter())) {
            m_text = m_text.mid(3).trimmed();
            return true;
        }
        return false;
    }

    bool takeCurrencySuffix()
    {
        for (const QString& symbol : knownSymbols()) {
            if (m_text.endsWith(symbol)) {
                m_text.chop(symbol.size());
                m_text = m_text.trimmed();
                return true;
            }
        }
        const qsizetype n = m_text.size();
        if (n >= 3 && isIsoLetter(m_text.at(n - 1)) && isIsoLetter(m_text.at(n - 2)) &&
            isIsoLetter(m_text.at(n - 3)) && (n == 3 || !m_text.at(n - 4).isLetter())) {
            m_text.chop(3);
            m_text = m_text.trimmed();
            return true;
        }
        return false;
    }

    Money::ParseResult parseNumber()
    {
        QString integerDigits;
        QString fractionDigits;
        bool seenPoint = false;
        bool grouped = false;
        QList<int> groupLengths;
        int currentGroup = 0;

        qsizetype i = 0;
        const QStringView text(m_text);
        while (i < text.size()) {
            const QStringView rest = text.mid(i);
            const QChar c = text.at(i);
            if (c.isDigit() && c.digitValue() >= 0) {
                const QChar ascii(u'0' + c.digitValue());
                if (seenPoint) {
                    fractionDigits += ascii;
                } else {
                    integerDigits += ascii;
                    ++currentGroup;
                }
                ++i;
                continue;
            }
            if (rest.startsWith(m_decimalPoint)) {
                if (seenPoint) {
                    return fail(QCoreApplication::translate(
                                    "Money", "The amount has more than one decimal point ('%1').")
                                    .arg(m_decimalPoint));
                }
                seenPoint = true;
                i += m_decimalPoint.size();
                continue;
            }
            const qsizetype groupLength = matchGroupSeparator(rest);
            if (groupLength > 0) {
                if (seenPoint) {
                    return fail(
                        QCoreApplication::translate(
                            "Money", "The grouping separator '%1' cannot come after the decimal point '%2'.")
                            .arg(m_groupSeparator, m_decimalPoint));
                }
                grouped = true;
                groupLengths << currentGroup;
                currentGroup = 0;
                i += groupLength;
                continue;
            }
            if (signLength(rest) > 0) {
                return fail(
                    QCoreApplication::translate("Money", "'%1' may only appear at the start of the amount.")
                        .arg(c));
            }
            if (c.isSpace()) {
                return fail(QCoreApplication::translate("Money", "The amount cannot contain spaces."));
            }
            return fail(
                QCoreApplication::translate(
                    "Money", "'%1' is not allowed in an amount; use digits and '%2' as the decimal point.")
                    .arg(QString(c), m_decimalPoint));
        }

        if (integerDigits.isEmpty() && fractionDigits.isEmpty()) {
            return fail(QCoreApplication::translate("Money", "The amount has no digits."));
        }
        if (grouped) {
            groupLengths << currentGroup;
            if (!groupsAreSane(groupLengths)) {
                return fail(
                    QCoreApplication::translate("Money", "The grouping separator '%1' is in the wrong place.")
                        .arg(m_groupSeparator));
            }
        }
        return toMoney(integerDigits, fractionDigits);
    }

    qsizetype matchGroupSeparator(QStringView rest) const
    {
        for (const QString& separator : m_groupSeparators) {
            if (rest.startsWith(separator)) {
                return separator.size();
            }
        }
        return 0;
    }

    // "1,234,567" and Indian "12,34,567": the last group has three digits,
    // inner groups two or three, the first one to three.
    static bool groupsAreSane(const QList<int>& lengths)
    {
        if (lengths.first() < 1 || lengths.first() > 3 || lengths.last() != 3) {
            return false;
        }
        for (qsizetype i = 1; i + 1 < lengths.size(); ++i) {
            if (lengths.at(i) < 2 || lengths.at(i) > 3) {
                return false;
            }
        }
        return true;
    }

    Money::ParseResult toMoney(QString integerDigits, QString fractionDigits) const
    {
        while (integerDigits.size() > 1 && integerDigits.startsWith(u'0')) {
            integerDigits.remove(0, 1);
        }
        const QString tooLarge = QCoreApplication::translate("Money", "The amount is too large.");
        if (integerDigits.size() > MaxIntegerDigits) {
            return fail(tooLarge);
        }
        // Cutting the fraction after 24 digits is exact for half-up: a tail
        // at or above one half keeps a prefix that is too.
        fractionDigits.truncate(MaxFractionDigits);
        const int fractionLength = int(fractionDigits.size());

        __int128 numerator = 0;
        for (const QChar c : integerDigits + fractionDigits) {
            numerator = numerator * 10 + (c.unicode() - u'0');
        }
        std::int64_t denominator = 1;
        if (fractionLength > MaxDecimals) {
            denominator = static_cast<std::int64_t>(pow10(fractionLength - MaxDecimals));
        } else {
            numerator *= pow10(MaxDecimals - fractionLength);
        }
        if (m_negative) {
            numerator = -numerator;
        }
        try {
            return {Money::fromMicros(roundHalfUp(numerator, denominator)), QString()};
        } catch (const MoneyOverflow&) {
            return fail(tooLarge);
        }
    }

    QString m_text;
    const QLocale& m_locale;
    QString m_decimalPoint;
    QString m_groupSeparator;
    QStringList m_groupSeparators;
    bool m_negative = false;
    bool m_haveSign = false;
};

} // namespace

std::int64_t roundHalfUp(__int128 numerator, std::int64_t denominator)
{
    if (denominator <= 0) {
        throw std::invalid_argument("roundHalfUp: denominator must be positive");
    }
    // C++ division truncates towards zero, so the remainder has the sign of
    // the numerator and |remainder| < denominator; doubling it cannot overflow.
    __int128 quotient = numerator / denominator;
    const __int128 remainder = numerator % denominator;
    const __int128 twiceRemainder = remainder < 0 ? -remainder * 2 : remainder * 2;
    if (twiceRemainder >= denominator) {
        quotient += numerator < 0 ? -1 : 1;
    }
    if (quotient > std::numeric_limits<std::int64_t>::max() ||
        quotient < std::numeric_limits<std::int64_t>::min()) {
        throw MoneyOverflow("roundHalfUp: result does not fit in int64 micro-units");
    }
    return static_cast<std::int64_t>(quotient);
}

Money Money::fromCents(std::int64_t cents)
{
    return Money(checkedMul(cents, MicrosPerUnit / 100));
}

Money Money::fromUnits(std::int64_t units)
{
    return Money(checkedMul(units, MicrosPerUnit));
}

Money Money::operator+(Money other) const
{
    std::int64_t result = 0;
    if (__builtin_add_overflow(m_micros, other.m_micros, &result)) {
        throw MoneyOverflow("Money: addition overflows int64 micro-units");
    }
    return Money(result);
}

Money Money::operator-(Money other) const
{
    std::int64_t result = 0;
    if (__builtin_sub_overflow(m_micros, other.m_micros, &result)) {
        throw MoneyOverflow("Money: subtraction overflows int64 micro-units");
    }
    return Money(result);
}

Money Money::operator-() const
{
    std::int64_t result = 0;
    if (__builtin_sub_overflow(std::int64_t{0}, m_micros, &result)) {
        throw MoneyOverflow("Money: negating the smallest amount overflows");
    }
    return Money(result);
}

Money& Money::operator+=(Money other)
{
    *this = *this + other;
    return *this;
}

Money& Money::operator-=(Money other)
{
    *this = *this - other;
    return *this;
}

Money Money::operator*(std::int64_t factor) const
{
    return Money(checkedMul(m_micros, factor));
}

Money Money::scaled(std::int64_t numerator, std::int64_t denominator) const
{
    if (denominator <= 0) {
        throw std::invalid_argument("Money::scaled: denominator must be positive");
    }
    // int64 * int64 always fits in 128 bits; only the final result is checked.
    return Money(roundHalfUp(static_cast<__int128>(m_micros) * numerator, denominator));
}

Money Money::roundedUpTo(Money step) const
{
    if (step.m_micros <= 0) {
        throw std::invalid_argument("Money::roundedUpTo: step must be positive");
    }
    // Truncating division already rounds negative amounts towards +infinity.
    __int128 steps = m_micros / step.m_micros;
    if (m_micros % step.m_micros > 0) {
        ++steps;
    }
    const __int128 result = steps * step.m_micros;
    if (result > std::numeric_limits<std::int64_t>::max()) {
        throw MoneyOverflow("Money::roundedUpTo: result overflows int64 micro-units");
    }
    return Money(static_cast<std::int64_t>(result));
}

Money::ParseResult Money::parse(const QString& text, const QLocale& locale)
{
    return AmountParser(text, locale).run();
}

QString Money::toPlainString(int minDecimals) const
{
    const std::uint64_t mag = magnitude(m_micros);
    const std::uint64_t fraction = mag % MicrosPerUnit;
    const int decimals = std::max(std::clamp(minDecimals, 0, MaxDecimals), decimalsNeeded(fraction));
    QString result = QString::number(mag / MicrosPerUnit);
    if (decimals > 0) {
        result += QLatin1Char('.') + fractionDigits(fraction, decimals);
    }
    return m_micros < 0 ? QLatin1Char('-') + result : result;
}

QString Money::format(const QString& currencyCode, const QLocale& locale, int decimals) const
{
    const std::uint64_t mag = magnitude(m_micros);
    const std::uint64_t fraction = mag % MicrosPerUnit;
    const int wanted = decimals < 0 ? Currency::minorUnits(currencyCode) : decimals;
    const int shown = std::max(std::clamp(wanted, 0, MaxDecimals), decimalsNeeded(fraction));
    QString number = locale.toString(qulonglong(mag / MicrosPerUnit));
    if (shown > 0) {
        number += locale.decimalPoint() + localiseDigits(fractionDigits(fraction, shown), locale);
    }

    const QString symbol = currencySymbol(currencyCode);
    QString body = number;
    if (!symbol.isEmpty()) {
        if (locale.language() == QLocale::C) {
            // Qt's C locale writes "5$"; put the symbol first like most
            // English text, with a space after a code ("CHF 5.00").
            const bool isCode = symbol.back().isLetter();
            body = symbol + (isCode ? QStringLiteral(" ") : QString()) + number;
        } else {
            // The locale's own pattern, found by formatting 1 and replacing
            // that digit (not a "1" inside the symbol) with our number.
            const QString pattern = locale.toCurrencyString(qlonglong(1), symbol);
            const QString one = locale.toString(qlonglong(1));
            const qsizetype symbolAt = pattern.indexOf(symbol);
            qsizetype oneAt = pattern.indexOf(one);
            while (oneAt >= 0 && symbolAt >= 0 && oneAt >= symbolAt && oneAt < symbolAt + symbol.size()) {
                oneAt = pattern.indexOf(one, oneAt + 1);
            }
            if (oneAt < 0) {
                body = symbol + NoBreakSpace + number;
            } else {
                QString prefix = pattern.left(oneAt);
                QString suffix = pattern.mid(oneAt + one.size());
                // Qt does not space a letter code off the digits ("CHF1.00");
                // CLDR does, with a no-break space.
                if (!prefix.isEmpty() && prefix.back().isLetter()) {
                    prefix += NoBreakSpace;
                }
                if (!suffix.isEmpty() && suffix.front().isLetter()) {
                    suffix.prepend(NoBreakSpace);
                }
                body = prefix + number + suffix;
            }
        }
    }
    return m_micros < 0 ? locale.negativeSign() + body : body;
}

QString Money::currencySymbol(const QString& currencyCode)
{
    struct Entry
    {
        const char* code;
        char16_t symbol;
    };
    static constexpr std::array<Entry, 5> Symbols = {{
        {"USD", u'$'},
        {"EUR", u'\u20AC'},
        {"GBP", u'\u00A3'},
        {"JPY", u'\u00A5'},
        {"INR", u'\u20B9'},
    }};
    const QString code = currencyCode.trimmed().toUpper();
    for (const Entry& entry : Symbols) {
        if (code == QLatin1String(entry.code)) {
            return QString(QChar(entry.symbol));
        }
    }
    return currencyCode.trimmed();
}

} // namespace rebound::core
