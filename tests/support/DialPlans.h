#pragma once

// Dial plans the tests put in force.

#include "core/DialPlan.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

namespace rebound::test {

// Makes the UK the home country: +44, "00" before another country's code and
// "0" before a national number, so "07700 900123" is +447700900123.
inline void useUkDialPlan(const store::Database& db)
{
    core::DialPlan uk;
    uk.countryCode = QStringLiteral("44");
    uk.internationalPrefixes = {QStringLiteral("00")};
    uk.nationalPrefix = QStringLiteral("0");
    store::SettingsRepository(db).setDialPlan(uk);
}

} // namespace rebound::test
