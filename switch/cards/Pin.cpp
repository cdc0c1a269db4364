#include "cards/Pin.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace rebound::cards {

int Pin::luhnCheckDigit(const QString& payload)
{
    // Double every second digit counting from the right of the payload, as
    // if the check digit were already appended.
    int sum = 0;
    bool doubleIt = true;
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        int d = payload[i].digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

bool Pin::luhnValid(const QString& digits)
{
    if (digits.size() < 2)
        return false;
    return luhnCheckDigit(digits.left(digits.size() - 1)) == digits.back().digitValue();
}

QString Pin::generate(int length, QRandomGenerator& random)
{
    QString payload;
    payload.reserve(length);
    for (int i = 0; i < length - 1; ++i)
        payload.append(QChar(u'0' + random.bounded(10)));
    return payload + QChar(u'0' + luhnCheckDigit(payload));
}

QString Pin::normalise(const QString& typed)
{
    QString out;
    out.reserve(typed.size());
    for (QChar c : typed)
        if (c != u' ' && c != u'-' && c != u'.' && c != u'\t')
            out.append(c);
    return out;
}

QString Pin::check(const QString& pin)
{
    if (pin.isEmpty())
        return tr("Enter the PIN printed on the card.");
    for (QChar c : pin)
        if (!c.isDigit() || c.unicode() > 127)
            return tr("A card PIN has digits only.");
    if (pin.size() < MinLength || pin.size() > MaxLength)
        return tr("A card PIN has %1 to %2 digits; this one has %3.")
            .arg(MinLength)
            .arg(MaxLength)
            .arg(pin.size());
    if (!luhnValid(pin))
        return tr("That PIN is not valid; check the digits and try again.");
    return {};
}

QString Pin::hash(const QString& pin, const QByteArray& key)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(pin.toLatin1(), key, QCryptographicHash::Sha256).toHex());
}

} // namespace rebound::cards
