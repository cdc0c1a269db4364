#pragma once

#include <QString>

namespace rebound::core {

// A telephone number in E.164 form: country code + national significant
// number, digits only, no '+', 7 to 15 digits, first digit 1-9. Construct
// through DialPlan::normalise() or fromE164(); a default PhoneNumber is empty.
class PhoneNumber
{
public:
    PhoneNumber() = default;
    // Accepts "+4420..." or "4420..." already in E.164; returns an empty number
    // (isEmpty()) when the digits are not a valid E.164 number.
    static PhoneNumber fromE164(const QString& digits);

    bool isEmpty() const { return m_digits.isEmpty(); }
    const QString& digits() const { return m_digits; } // "442071234567"
    QString toPlus() const;                            // "+442071234567"
    // Stored digits the way every page and report shows a number: "+" and
    // the digits; empty stays empty. For digits already checked when stored.
    static QString plus(const QString& digits);
    // What a person typed, "+1 (212) 555-0101", without the spaces, dashes,
    // dots, brackets and the leading '+' people write: "12125550101".
    // Anything else is kept, so that the caller's check can name it.
    static QString typedDigits(const QString& typed);

    friend bool operator==(const PhoneNumber&, const PhoneNumber&) = default;

private:
    explicit PhoneNumber(QString digits)
        : m_digits(std::move(digits))
    {
    }
    QString m_digits;
    friend struct DialPlan;
};

} // namespace rebound::core
