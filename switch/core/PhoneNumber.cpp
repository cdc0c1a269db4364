#include "core/PhoneNumber.h"

#include <QRegularExpression>

namespace rebound::core {

namespace {
// E.164: at most 15 digits; 7 is the shortest real international number.
constexpr qsizetype MinDigits = 7;
constexpr qsizetype MaxDigits = 15;
} // namespace

PhoneNumber PhoneNumber::fromE164(const QString& digits)
{
    QString text = digits.trimmed();
    if (text.startsWith(QLatin1Char('+'))) {
        text.remove(0, 1);
    }
    if (text.size() < MinDigits || text.size() > MaxDigits) {
        return {};
    }
    // ASCII only: this is for stored and machine-made numbers, not typing.
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return {};
        }
    }
    if (text.startsWith(QLatin1Char('0'))) {
        return {};
    }
    return PhoneNumber(text);
}

QString PhoneNumber::toPlus() const
{
    return plus(m_digits);
}

QString PhoneNumber::plus(const QString& digits)
{
    return digits.isEmpty() ? QString() : QLatin1Char('+') + digits;
}

QString PhoneNumber::typedDigits(const QString& typed)
{
    // Built once: DID and gateway forms check every number they save.
    static const QRegularExpression punctuation(QStringLiteral("[\\s\\-().]"));
    QString digits = typed.trimmed();
    digits.remove(punctuation);
    if (digits.startsWith(QLatin1Char('+')))
        digits.remove(0, 1);
    return digits;
}

} // namespace rebound::core
