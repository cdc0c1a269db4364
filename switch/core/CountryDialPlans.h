#pragma once

#include "core/DialPlan.h"

#include <QList>
#include <QLocale>

namespace rebound::core {

// How numbers are dialled in a country people run a callback business from:
// its calling code, what is dialled before another country's code and the
// trunk prefix before a national number (empty: none).
struct CountryDialPlan
{
    QLocale::Territory territory;
    const char* countryCode;
    const char* internationalPrefixes; // comma-separated, the usual one first
    const char* nationalPrefix;

    DialPlan dialPlan() const;
};

// The countries offered as a home country, a compact table of the common
// ones (by calling code); any other plan can still be typed in.
const QList<CountryDialPlan>& countryDialPlans();
const CountryDialPlan* findCountryDialPlan(QLocale::Territory territory);

} // namespace rebound::core
