#pragma once

#include "store/TriggerKind.h"

#include <cstdint>

// The demo history's literal data: who calls whom and when, how often calls
// fail and how, and the two carriers added beside the Demo carrier. Only
// the history's writer (HistoryWriter) reads it.
namespace rebound::demo::history {

// ---------------------------------------------------------------- who calls whom

enum class TopUpKind
{
    Cash,
    BankTransfer,
    PayPal
};

// How one demo subscriber uses the service. Trigger weights are in the order
// of Triggers below; a subscriber without a DID (or portal login) has none
// of those calls.
struct Profile
{
    const char* code;
    double callsPerDay;
    int talkMedianSeconds;
    int triggerWeights[5];
    int webAddress; // last byte of the home address the portal sees
    std::int64_t lowCents;
    std::int64_t topUpCents;
    int cardPercent; // how many top-ups are charge-up cards, the rest at the shop
    TopUpKind otherTopUps;
};

inline constexpr store::TriggerKind Triggers[] = {store::TriggerKind::Did, store::TriggerKind::Lgw,
                                                  store::TriggerKind::Sms, store::TriggerKind::Web,
                                                  store::TriggerKind::Api};

inline constexpr Profile Profiles[] = {
    {"1001", 5.5, 300, {35, 0, 20, 35, 10}, 23, 500, 5000, 40, TopUpKind::BankTransfer},
    {"1002", 2.5, 200, {50, 0, 15, 35, 0}, 57, 400, 2000, 100, TopUpKind::Cash},
    {"1003", 4.0, 420, {0, 0, 35, 55, 10}, 142, 300, 3000, 0, TopUpKind::PayPal},
    {"1004", 5.5, 480, {0, 60, 10, 30, 0}, 201, 600, 5000, 20, TopUpKind::Cash},
    {"1005", 4.0, 360, {0, 0, 70, 0, 30}, 0, 500, 2000, 60, TopUpKind::Cash},
};

// Each subscriber's favourite numbers (E.164, under the demo rates'
// prefixes; fictional ranges where a country has them). talkPercent scales
// the subscriber's usual talk time: dear destinations get short calls.
struct Favourite
{
    const char* code;
    const char* number;
    int weight;
    int talkPercent;
};

inline constexpr Favourite Favourites[] = {
    {"1001", "96171482619", 30, 100},   // Lebanon, mobile
    {"1001", "9611795483", 20, 110},    // Lebanon, Beirut
    {"1001", "971504418276", 18, 80},   // United Arab Emirates, mobile
    {"1001", "966551209384", 8, 70},    // Saudi Arabia, mobile
    {"1001", "442079460318", 14, 60},   // United Kingdom, London (drama range)
    {"1001", "33642187530", 10, 70},    // France, mobile
    {"1002", "441632960481", 25, 100},  // United Kingdom (drama range)
    {"1002", "447700900871", 30, 90},   // United Kingdom, mobile (drama range)
    {"1002", "493055783641", 12, 120},  // Germany, Berlin
    {"1002", "4915207318844", 10, 80},  // Germany, mobile
    {"1002", "31205552817", 8, 100},    // Netherlands, Amsterdam
    {"1003", "8613816402795", 40, 100}, // China, mobile
    {"1003", "861065529183", 20, 120},  // China, Beijing
    {"1003", "81335986214", 10, 60},    // Japan, Tokyo
    {"1003", "821048152637", 8, 60},    // South Korea, mobile
    {"1003", "84912384756", 12, 80},    // Vietnam, mobile
    {"1003", "639178824310", 10, 50},   // Philippines, mobile
    {"1004", "525555184932", 35, 100},  // Mexico, Mexico City
    {"1004", "523336154870", 20, 90},   // Mexico, Guadalajara
    {"1004", "34612847193", 15, 70},    // Spain, mobile
    {"1004", "34915238476", 10, 80},    // Spain, Madrid
    {"1004", "5352831947", 6, 30},      // Cuba, mobile
    {"1005", "2348034419826", 40, 80},  // Nigeria, mobile
    {"1005", "23412705830", 10, 80},    // Nigeria, Lagos
    {"1005", "233244318907", 20, 70},   // Ghana, mobile
    {"1005", "254722684103", 10, 70},   // Kenya, mobile
    {"1005", "27825519374", 8, 80},     // South Africa, mobile
    {"1005", "441632960722", 12, 100},  // United Kingdom (drama range)
};

// Calls per local hour, relative: people call home in the evening, and in
// the day as well at weekends. Days: Monday first.
inline constexpr double WeekdayHours[24] = {0.35, 0.15, 0.08, 0.05, 0.05, 0.12, 0.35, 0.8,
                                            1.1,  1.1,  1.1,  1.2,  1.6,  1.5,  1.1,  1.1,
                                            1.3,  1.8,  2.6,  3.2,  3.4,  2.9,  1.9,  0.9};
inline constexpr double WeekendHours[24] = {0.5, 0.25, 0.1, 0.05, 0.05, 0.1, 0.25, 0.5, 1.0, 1.6, 2.0, 2.2,
                                            2.3, 2.1,  1.9, 1.8,  1.9,  2.1, 2.6,  3.0, 3.0, 2.6, 1.8, 1.0};
inline constexpr double DayFactors[7] = {0.9, 0.85, 0.88, 0.92, 1.05, 1.35, 1.45};

// ---------------------------------------------------------------- how calls end

// Leg A's answer on each try (the switch tries once more on busy or no
// answer), leg B's, and what happens in between. About 6 % of calls fail.
inline constexpr double ABusy = 0.015;
inline constexpr double ANoAnswer = 0.02;
inline constexpr double AFailsAgain = 0.55;
inline constexpr double GatewaysDown = 0.002;
inline constexpr double HangUpInIvr = 0.01;
inline constexpr double NoValidDestination = 0.006; // keyed in the IVR (DID, LGW) only
inline constexpr double BBusy = 0.015;
inline constexpr double BNoAnswer = 0.01;
inline constexpr double BRingsTooLong = 0.002;
inline constexpr double Failover = 0.02; // the first gateway answers 503 and the next takes the leg
inline constexpr double ShortCalls = 0.07;

// Two more carriers: a price per ITU zone (the number's first digit) in
// percent of the Demo carrier's, so that least-cost routing shares the
// destinations between the three. The Demo carrier stays the cheapest for
// North America and the UK, where most callback numbers are.
struct Carrier
{
    const char* name;
    int port;
    int increment;
    int zonePercent[10];
};

inline constexpr Carrier Carriers[] = {
    {"Demo carrier West", 5082, 1, {100, 104, 108, 92, 93, 94, 107, 104, 109, 106}},
    {"Demo carrier East", 5084, 6, {100, 106, 91, 105, 107, 108, 95, 97, 93, 92}},
};
inline constexpr int UkPercent = 104; // both, for prefixes 44...

} // namespace rebound::demo::history
