#pragma once

#include "core/PhoneNumber.h"

#include <QString>
#include <QStringList>

namespace rebound::core {

// How people in the reseller's home country write numbers, so what they type
// (console, IVR digits, SMS text, web form) becomes E.164.
//
// Rules, in order, after removing spaces, dashes, dots, slashes and brackets:
//  1. "+" then digits: already international.
//  2. starts with one of internationalPrefixes (longest first, e.g. "011",
//     "00"): the rest is international.
//  3. starts with nationalPrefix (e.g. "0"; may be empty): countryCode is put
//     in its place.
//  4. bare digits: international when bareDigitsInternational is true (the
//     default: callback customers abroad often omit the '+'), else national
//     (countryCode is prepended).
// The result must be 7-15 digits and not start with 0.
struct DialPlan
{
    QString countryCode = QStringLiteral("1");
    QStringList internationalPrefixes = {QStringLiteral("011")};
    QString nationalPrefix = QStringLiteral("1");
    bool bareDigitsInternational = true;

    struct Result
    {
        PhoneNumber number; // empty on failure
        QString error;      // set on failure: why, in words a subscriber understands
        bool ok() const { return !number.isEmpty(); }
    };
    // `language`: the error's, for a subscriber (en, es, fr); empty for the
    // process's own language (the console's, the command line's).
    Result normalise(const QString& text, const QString& language = {}) const;

    // Checks the plan itself (digits only, country code 1-3 digits).
    QString validate() const;
};

} // namespace rebound::core
