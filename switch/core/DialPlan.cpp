#include "core/DialPlan.h"

#include "core/Languages.h"

#include <QCoreApplication>
#include <algorithm>

namespace rebound::core {

namespace {

constexpr int MinDigits = 7;
constexpr int MaxDigits = 15;
constexpr qsizetype MaxCountryCodeDigits = 3;

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case u'-':
    case u'.':
    case u'/':
    case u'(':
    case u')':
    case u'\u00A0': // no-break space, e.g. pasted from a web page
    case u'\u202F': // narrow no-break space, the French grouping space
        return true;
    default:
        return false;
    }
}

bool isAsciiDigits(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// A text of DialPlan's in `language` (en, es, fr), or in the process's
// language when that is empty. Pass a literal marked QT_TRANSLATE_NOOP
// ("DialPlan", …), or QT_TRANSLATE_N_NOOP with n, so lupdate finds it.
QString say(const QString& language, const char* text, int n = -1)
{
    return language.isEmpty() ? QCoreApplication::translate("DialPlan", text, nullptr, n)
                              : Languages::translate(language, "DialPlan", text, nullptr, n);
}

DialPlan::Result failure(const QString& error)
{
    return {PhoneNumber(), error};
}

// What the subscriber typed, cut down to an optional leading '+' and ASCII
// digits, or an error saying which character is wrong.
struct Cleaned
{
    bool plus = false;
    QString digits;
    QString error;
};

Cleaned clean(QString text, const QString& language)
{
    Cleaned result;
    // "+44 (0)20 7946 0958": the bracketed trunk zero is written but never
    // dialled from abroad. At the very start it is a real national prefix.
    for (qsizetype at = text.indexOf(QLatin1String("(0)")); at > 0;
         at = text.indexOf(QLatin1String("(0)"), at)) {
        text.remove(at, 3);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isSeparator(c)) {
            continue;
        }
        if (c == u'+') {
            if (result.plus || !result.digits.isEmpty()) {
                result.error =
                    say(language,
                        QT_TRANSLATE_NOOP("DialPlan", "'+' may only appear at the start of the number."));
                return result;
            }
            result.plus = true;
            continue;
        }
        // Any script's decimal digits: phones in Arabic locales send them.
        if (c.isDigit() && c.digitValue() >= 0) {
            result.digits += QChar(u'0' + c.digitValue());
            continue;
        }
        // Quote the whole character, even outside the BMP (an emoji).
        QString shown(c);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            shown += text.at(i + 1);
        }
        result.error =
            say(language,
                QT_TRANSLATE_NOOP("DialPlan", "'%1' is not allowed in a phone number; use digits only."))
                .arg(shown);
        return result;
    }
    return result;
}

// The digits as E.164 digits (without +) by the plan's prefixes, before
// the checks of the result; `error` is set when a prefix stands alone.
struct Expanded
{
    QString e164;
    bool bareInternational = false; // bare digits taken as international
    QString error;
};

Expanded expand(const DialPlan& plan, const Cleaned& cleaned, const QStringList& prefixes,
                const QString& language)
{
    const QString& digits = cleaned.digits;
    Expanded result;
    const auto internationalPrefix = std::find_if(
        prefixes.cbegin(), prefixes.cend(), [&digits](const QString& p) { return digits.startsWith(p); });
    if (cleaned.plus) {
        result.e164 = digits;
    } else if (internationalPrefix != prefixes.cend()) {
        result.e164 = digits.mid(internationalPrefix->size());
        if (result.e164.isEmpty())
            result.error = say(language, QT_TRANSLATE_NOOP("DialPlan", "The number is only the international "
                                                                       "prefix %1; add the country code and "
                                                                       "the number after it."))
                               .arg(*internationalPrefix);
    } else if (!plan.nationalPrefix.isEmpty() && digits.startsWith(plan.nationalPrefix)) {
        const QString rest = digits.mid(plan.nationalPrefix.size());
        if (rest.isEmpty())
            result.error =
                say(language,
                    QT_TRANSLATE_NOOP("DialPlan", "The number is only the national prefix %1; add the "
                                                  "rest of the number after it."))
                    .arg(plan.nationalPrefix);
        result.e164 = plan.countryCode + rest;
    } else if (plan.bareDigitsInternational) {
        result.e164 = digits;
        result.bareInternational = true;
    } else {
        result.e164 = plan.countryCode + digits;
    }
    return result;
}

// What is wrong with E.164 digits by their first digit and length; empty when nothing.
QString e164Problem(const DialPlan& plan, const Expanded& number, const QStringList& prefixes,
                    const QString& language)
{
    const QString& e164 = number.e164;
    const bool bareInternational = number.bareInternational;
    if (e164.startsWith(QLatin1Char('0'))) {
        if (prefixes.isEmpty()) {
            return say(language,
                       QT_TRANSLATE_NOOP(
                           "DialPlan",
                           "A country code cannot start with 0; an international number starts with +, "
                           "then the country code."));
        }
        return say(language, QT_TRANSLATE_NOOP("DialPlan", "A country code cannot start with 0; an "
                                                           "international number starts with + or %1, "
                                                           "then the country code."))
            .arg(prefixes.join(QStringLiteral(", ")));
    }
    const int length = int(e164.size());
    if (length < MinDigits) {
        QString error =
            say(language,
                QT_TRANSLATE_N_NOOP("DialPlan",
                                    "The number is too short (%n digits); an international number has at "
                                    "least %1."),
                length)
                .arg(MinDigits);
        // Bare digits were read as international, so a short local number
        // probably just lacks its country code: say how to add it.
        if (bareInternational) {
            error += QLatin1Char(' ');
            if (plan.nationalPrefix.isEmpty()) {
                error += say(language,
                             QT_TRANSLATE_NOOP(
                                 "DialPlan", "A national number needs the country code; type +%1 before it."))
                             .arg(plan.countryCode);
            } else {
                error +=
                    say(language, QT_TRANSLATE_NOOP("DialPlan", "A national number needs the country code; "
                                                                "type +%1 or %2 before it."))
                        .arg(plan.countryCode, plan.nationalPrefix);
            }
        }
        return error;
    }
    if (length > MaxDigits) {
        return say(language,
                   QT_TRANSLATE_N_NOOP("DialPlan",
                                       "The number is too long (%n digits); an international number has at "
                                       "most %1."),
                   length)
            .arg(MaxDigits);
    }
    return {};
}

} // namespace

DialPlan::Result DialPlan::normalise(const QString& text, const QString& language) const
{
    const QString planError = validate();
    if (!planError.isEmpty()) {
        return failure(
            say(language, QT_TRANSLATE_NOOP("DialPlan", "The dial plan is not valid: %1")).arg(planError));
    }

    QString input = text.trimmed();
    if (input.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        input = input.mid(4).trimmed();
    }
    const Cleaned cleaned = clean(input, language);
    if (!cleaned.error.isEmpty()) {
        return failure(cleaned.error);
    }
    if (cleaned.digits.isEmpty()) {
        if (cleaned.plus) {
            return failure(
                say(language, QT_TRANSLATE_NOOP("DialPlan",
                                                "'+' must be followed by the country code and the number.")));
        }
        return failure(say(language, QT_TRANSLATE_NOOP("DialPlan", "The number is empty.")));
    }

    QStringList prefixes = internationalPrefixes;
    // Longest first, so "0011" is not taken as "00" followed by "11".
    std::stable_sort(prefixes.begin(), prefixes.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    const Expanded number = expand(*this, cleaned, prefixes, language);
    if (!number.error.isEmpty())
        return failure(number.error);
    if (const QString problem = e164Problem(*this, number, prefixes, language); !problem.isEmpty())
        return failure(problem);
    return {PhoneNumber(number.e164), QString()};
}

QString DialPlan::validate() const
{
    if (countryCode.isEmpty()) {
        return QCoreApplication::translate("DialPlan", "The country code is empty.");
    }
    if (!isAsciiDigits(countryCode)) {
        return QCoreApplication::translate("DialPlan", "The country code '%1' must contain digits only.")
            .arg(countryCode);
    }
    if (countryCode.size() > MaxCountryCodeDigits) {
        return QCoreApplication::translate(
                   "DialPlan", "The country code '%1' is too long; country codes have 1 to 3 digits.")
            .arg(countryCode);
    }
    if (countryCode.startsWith(QLatin1Char('0'))) {
        return QCoreApplication::translate("DialPlan", "A country code cannot start with 0.");
    }
    for (const QString& prefix : internationalPrefixes) {
        if (prefix.isEmpty()) {
            return QCoreApplication::translate("DialPlan", "An international prefix cannot be empty.");
        }
        if (!isAsciiDigits(prefix)) {
            return QCoreApplication::translate("DialPlan",
                                               "The international prefix '%1' must contain digits only.")
                .arg(prefix);
        }
    }
    if (!isAsciiDigits(nationalPrefix)) {
        return QCoreApplication::translate("DialPlan", "The national prefix '%1' must contain digits only.")
            .arg(nationalPrefix);
    }
    // Ambiguous: the same digits cannot mean both "abroad" and "at home".
    if (!nationalPrefix.isEmpty() && internationalPrefixes.contains(nationalPrefix)) {
        return QCoreApplication::translate("DialPlan",
                                           "The national prefix '%1' is the same as an international prefix.")
            .arg(nationalPrefix);
    }
    return {};
}

} // namespace rebound::core
