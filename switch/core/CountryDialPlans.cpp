#include "core/CountryDialPlans.h"

namespace rebound::core {

DialPlan CountryDialPlan::dialPlan() const
{
    DialPlan plan;
    plan.countryCode = QString::fromLatin1(countryCode);
    plan.internationalPrefixes = QString::fromLatin1(internationalPrefixes).split(QLatin1Char(','));
    plan.nationalPrefix = QString::fromLatin1(nationalPrefix);
    return plan;
}

const QList<CountryDialPlan>& countryDialPlans()
{
    using L = QLocale;
    // ITU-T E.164 codes with the international and trunk prefixes of ITU-T
    // E.129 notifications; where a country has several international
    // prefixes (carrier selection), the common one.
    static const QList<CountryDialPlan> plans = {
        {L::UnitedStates, "1", "011", "1"},
        {L::Canada, "1", "011", "1"},
        {L::DominicanRepublic, "1", "011", "1"},
        {L::Jamaica, "1", "011", "1"},
        {L::Russia, "7", "810", "8"},
        {L::Kazakhstan, "7", "810", "8"},
        {L::Egypt, "20", "00", "0"},
        {L::SouthAfrica, "27", "00", "0"},
        {L::Greece, "30", "00", ""},
        {L::Netherlands, "31", "00", "0"},
        {L::Belgium, "32", "00", "0"},
        {L::France, "33", "00", "0"},
        {L::Spain, "34", "00", ""},
        {L::Italy, "39", "00", ""},
        {L::Romania, "40", "00", "0"},
        {L::Switzerland, "41", "00", "0"},
        {L::Austria, "43", "00", "0"},
        {L::UnitedKingdom, "44", "00", "0"},
        {L::Denmark, "45", "00", ""},
        {L::Sweden, "46", "00", "0"},
        {L::Norway, "47", "00", ""},
        {L::Poland, "48", "00", ""},
        {L::Germany, "49", "00", "0"},
        {L::Mexico, "52", "00", ""},
        {L::Cuba, "53", "119", "0"},
        {L::Argentina, "54", "00", "0"},
        {L::Brazil, "55", "00", "0"},
        {L::Chile, "56", "00", ""},
        {L::Colombia, "57", "00", "0"},
        {L::Malaysia, "60", "00", "0"},
        {L::Australia, "61", "0011", "0"},
        {L::Indonesia, "62", "001", "0"},
        {L::Philippines, "63", "00", "0"},
        {L::NewZealand, "64", "00", "0"},
        {L::Singapore, "65", "000", ""},
        {L::Thailand, "66", "001", "0"},
        {L::Japan, "81", "010", "0"},
        {L::SouthKorea, "82", "001", "0"},
        {L::Vietnam, "84", "00", "0"},
        {L::China, "86", "00", "0"},
        {L::Turkey, "90", "00", "0"},
        {L::India, "91", "00", "0"},
        {L::Pakistan, "92", "00", "0"},
        {L::Morocco, "212", "00", "0"},
        {L::Nigeria, "234", "009", "0"},
        {L::Ghana, "233", "00", "0"},
        {L::Kenya, "254", "000", "0"},
        {L::Portugal, "351", "00", ""},
        {L::Ireland, "353", "00", "0"},
        {L::Finland, "358", "00", "0"},
        {L::Ukraine, "380", "00", "0"},
        {L::Haiti, "509", "00", ""},
        {L::HongKong, "852", "001", ""},
        {L::Bangladesh, "880", "00", "0"},
        {L::Lebanon, "961", "00", "0"},
        {L::SaudiArabia, "966", "00", "0"},
        {L::UnitedArabEmirates, "971", "00", "0"},
        {L::Israel, "972", "00", "0"},
    };
    return plans;
}

const CountryDialPlan* findCountryDialPlan(QLocale::Territory territory)
{
    for (const CountryDialPlan& plan : countryDialPlans())
        if (plan.territory == territory)
            return &plan;
    return nullptr;
}

} // namespace rebound::core
