#include "demo/DemoHistory.h"

#include "billing/ChargeRule.h"
#include "billing/CreditManager.h"
#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "callback/CallBilling.h"
#include "callback/CallbackSession.h"
#include "cards/CardService.h"
#include "core/SecretToken.h"
#include "routing/Router.h"
#include "sip/SipStack.h"
#include "store/AccountRepository.h"
#include "store/ApiTokenRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/LedgerRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "web/ApiV1.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace rebound::demo {

namespace {

constexpr std::int64_t MsPerSecond = 1'000;
constexpr std::int64_t MsPerMinute = 60'000;
constexpr std::int64_t MsPerDay = 86'400'000;

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

const store::TriggerKind Triggers[] = {store::TriggerKind::Did, store::TriggerKind::Lgw,
                                       store::TriggerKind::Sms, store::TriggerKind::Web,
                                       store::TriggerKind::Api};

const Profile Profiles[] = {
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

const Favourite Favourites[] = {
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
const double WeekdayHours[24] = {0.35, 0.15, 0.08, 0.05, 0.05, 0.12, 0.35, 0.8, 1.1, 1.1, 1.1, 1.2,
                                 1.6,  1.5,  1.1,  1.1,  1.3,  1.8,  2.6,  3.2, 3.4, 2.9, 1.9, 0.9};
const double WeekendHours[24] = {0.5, 0.25, 0.1, 0.05, 0.05, 0.1, 0.25, 0.5, 1.0, 1.6, 2.0, 2.2,
                                 2.3, 2.1,  1.9, 1.8,  1.9,  2.1, 2.6,  3.0, 3.0, 2.6, 1.8, 1.0};
const double DayFactors[7] = {0.9, 0.85, 0.88, 0.92, 1.05, 1.35, 1.45};

// ---------------------------------------------------------------- how calls end

// Leg A's answer on each try (the switch tries once more on busy or no
// answer), leg B's, and what happens in between. About 6 % of calls fail.
constexpr double ABusy = 0.015;
constexpr double ANoAnswer = 0.02;
constexpr double AFailsAgain = 0.55;
constexpr double GatewaysDown = 0.002;
constexpr double HangUpInIvr = 0.01;
constexpr double NoValidDestination = 0.006; // keyed in the IVR (DID, LGW) only
constexpr double BBusy = 0.015;
constexpr double BNoAnswer = 0.01;
constexpr double BRingsTooLong = 0.002;
constexpr double Failover = 0.02; // the first gateway answers 503 and the next takes the leg
constexpr double ShortCalls = 0.07;

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

const Carrier Carriers[] = {
    {"Demo carrier West", 5082, 1, {100, 104, 108, 92, 93, 94, 107, 104, 109, 106}},
    {"Demo carrier East", 5084, 6, {100, 106, 91, 105, 107, 108, 95, 97, 93, 92}},
};
constexpr int UkPercent = 104; // both, for prefixes 44...

enum class Answer
{
    Answered,
    Busy,
    NoAnswer,
    RingsTooLong,
    Unavailable
};

// The final response a gateway sends for an answer that is not 200.
struct SipFailure
{
    int status = 0;
    QString reason;
    std::int64_t afterMinMs = 0; // how long after the INVITE it comes
    std::int64_t afterMaxMs = 0;
};

SipFailure sipFailure(Answer answer, QChar leg)
{
    switch (answer) {
    case Answer::Busy:
        return {486, QStringLiteral("Busy Here"), leg == u'A' ? 800 : 1'000, leg == u'A' ? 4'000 : 5'000};
    case Answer::NoAnswer:
        return {480, QStringLiteral("Temporarily Unavailable"), 25'000, leg == u'A' ? 40'000 : 45'000};
    case Answer::Unavailable:
        return {503, QStringLiteral("Service Unavailable"), 100, 900};
    case Answer::Answered:
    case Answer::RingsTooLong:
        break;
    }
    return {};
}

// How CallbackSession words a leg that failed.
QString legFailed(QChar leg, const SipFailure& failure)
{
    return leg == u'A'
               ? callback::CallbackSession::tr("leg A: %1 %2").arg(failure.status).arg(failure.reason)
               : callback::CallbackSession::tr("leg B: %1 %2").arg(failure.status).arg(failure.reason);
}

// ---------------------------------------------------------------- a seeded draw

class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_random(seed)
    {
    }

    double unit() { return m_random.generateDouble(); }
    bool chance(double p) { return unit() < p; }
    std::int64_t between(std::int64_t low, std::int64_t high)
    {
        return m_random.bounded(qint64(low), qint64(high) + 1);
    }

    template <typename Weight>
    int pick(const Weight* weights, int count)
    {
        double total = 0;
        for (int i = 0; i < count; ++i)
            total += double(weights[i]);
        double at = unit() * total;
        for (int i = 0; i < count; ++i) {
            at -= double(weights[i]);
            if (at < 0)
                return i;
        }
        return count - 1;
    }

    int poisson(double mean)
    {
        const double limit = std::exp(-mean);
        int n = -1;
        for (double product = 1.0; product > limit; product *= unit())
            ++n;
        return std::max(0, n);
    }

    double logNormal(double median, double sigma)
    {
        const double u = 1.0 - unit(); // (0, 1]
        const double normal = std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * unit());
        return median * std::exp(sigma * normal);
    }

private:
    QRandomGenerator m_random;
};

// ---------------------------------------------------------------- the writer

struct Subscriber
{
    const Profile* profile = nullptr;
    store::Account account;
    core::Money balance;
    std::int64_t freeAtMs = 0; // the end of its last call or top-up
    std::optional<store::Did> did;
    QList<const Favourite*> favourites;
    QList<int> favouriteWeights;
};

struct Planned
{
    std::int64_t startMs = 0;
    int subscriber = 0;
};

// One call on its way: what the switch knows at each step.
struct Call
{
    Subscriber* who = nullptr;
    store::TriggerKind trigger = store::TriggerKind::Did;
    const Favourite* favourite = nullptr;
    core::PhoneNumber destination;
    store::Rate rateA;
    store::Rate rateB;
    std::optional<std::int64_t> pinnedGateway; // LGW: leg A through the DID's gateway
    std::int64_t requestId = 0;
    std::int64_t callId = 0;
    std::int64_t legA = 0;
    std::int64_t legB = 0;
    std::int64_t aAnsweredAt = 0;
    core::Money reserved;
};

class HistoryWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)

public:
    HistoryWriter(const store::Database& db, std::int64_t startMs, std::int64_t endMs, quint32 seed)
        : m_db(db)
        , m_clock(startMs)
        , m_startMs(startMs)
        , m_endMs(endMs)
        , m_dice(seed)
        , m_rates(db, m_clock)
        , m_rater(m_rates, store::SettingsRepository(db).billingTimeZone())
        , m_zone(store::SettingsRepository(db).billingTimeZone())
        , m_cdrs(db, m_clock)
        , m_requests(db, m_clock)
    {
    }

    void setUp();
    QList<Planned> plan();
    void run(const QList<Planned>& plan);
    const DemoHistory::Result& result() const { return m_result; }

private:
    void loadSubscribers();
    void addCarriers();
    void addCardsAndToken();
    Call prepare(Subscriber& who);
    void topUpIfLow(const Call& call, std::int64_t startMs);
    void topUp(Subscriber& who);
    void place(Call& call, std::int64_t startMs);
    QString dialA(Call& call);
    QString runIvr(Call& call);
    QString dialB(Call& call);
    QString talk(Call& call);
    std::int64_t openLeg(const Call& call, QChar leg, const core::PhoneNumber& number,
                         std::optional<std::int64_t> pinned, Answer answer);
    void finish(Call& call, const QString& failure, const QString& endReason);
    Answer answerA(int attempt);
    Answer answerB();
    std::int64_t talkMs(const Call& call);
    store::Rate sellRate(const core::PhoneNumber& number);
    void after(std::int64_t lowMs, std::int64_t highMs) { m_clock.advance(m_dice.between(lowMs, highMs)); }

    const store::Database& m_db;
    core::MockClock m_clock;
    const std::int64_t m_startMs;
    const std::int64_t m_endMs;
    Dice m_dice;
    billing::RateCache m_rates; // one for every call, as the switch has
    billing::Rater m_rater;
    QTimeZone m_zone;
    store::CdrRepository m_cdrs;
    store::CallbackRequestRepository m_requests;
    const callback::EngineSettings m_engine;
    std::int64_t m_planId = 0;
    QList<Subscriber> m_subscribers;
    QHash<QString, QList<routing::RouteCandidate>> m_routes; // per number: routes do not change
    QHash<QString, store::Rate> m_sellRates;
    QList<cards::GeneratedCard> m_cards;
    qsizetype m_nextCard = 0;
    int m_receipt = 1041;
    DemoHistory::Result m_result;
};

void HistoryWriter::setUp()
{
    loadSubscribers();
    addCarriers();
    addCardsAndToken();
}

void HistoryWriter::loadSubscribers()
{
    const store::AccountRepository accounts(m_db, m_clock);
    const QList<store::Did> dids = store::GatewayRepository(m_db, m_clock).dids();
    for (const Profile& profile : Profiles) {
        const auto account = accounts.findByCode(QString::fromLatin1(profile.code));
        if (!account || !account->sellPlanId || account->callbackNumber.isEmpty())
            throw store::StoreError(
                store::StoreError::Kind::NotFound,
                tr("The demo history needs the demo subscriber %1.").arg(QString::fromLatin1(profile.code)));
        Subscriber s;
        s.profile = &profile;
        s.account = *account;
        s.balance = account->balance;
        s.freeAtMs = m_startMs;
        for (const store::Did& did : dids)
            if (did.accountId == account->id)
                s.did = did;
        for (const Favourite& f : Favourites)
            if (qstrcmp(f.code, profile.code) == 0) {
                s.favourites.append(&f);
                s.favouriteWeights.append(f.weight);
            }
        m_planId = *account->sellPlanId;
        m_subscribers.append(s);
    }
}

void HistoryWriter::addCarriers()
{
    store::GatewayRepository gateways(m_db, m_clock);
    store::RateRepository rates(m_db, m_clock);
    const auto demoCarrier = gateways.findGatewayByName(QStringLiteral("Demo carrier"));
    if (!demoCarrier || !demoCarrier->buyTableId)
        throw store::StoreError(store::StoreError::Kind::NotFound,
                                tr("The demo history needs the Demo carrier gateway."));
    const QList<store::Rate> base = rates.rates(*demoCarrier->buyTableId);
    for (const Carrier& carrier : Carriers) {
        const QString name = QString::fromLatin1(carrier.name);
        QList<store::Rate> buy;
        for (store::Rate rate : base) {
            const int percent = rate.prefix.startsWith(QLatin1String("44"))
                                    ? UkPercent
                                    : carrier.zonePercent[rate.prefix.front().digitValue()];
            rate.perMinute = rate.perMinute.scaled(percent, 100);
            rate.firstIncrement = carrier.increment;
            rate.nextIncrement = carrier.increment;
            buy.append(rate);
        }
        const std::int64_t table =
            rates.createTable(store::RateTable::named(name, store::RateTableKind::Buy, QStringLiteral("USD"),
                                                      tr("Demo wholesale prices of another carrier")));
        rates.replaceRates(table, buy);
        store::Gateway g = *demoCarrier;
        g.name = name;
        g.port = carrier.port;
        g.buyTableId = table;
        g.trustedSources.clear();
        g.isSmsGateway = false;
        store::Route route;
        route.gatewayId = gateways.insertGateway(g);
        gateways.insertRoute(route);
    }
}

void HistoryWriter::addCardsAndToken()
{
    // Charge-up cards in the shop; the PINs come from the system's CSPRNG
    // and are forgotten here, like any batch's once it is printed.
    cards::BatchSpec spec;
    spec.count = 100;
    spec.faceValue = core::Money::fromUnits(20);
    spec.serialPrefix = QStringLiteral("DEMO");
    spec.name = tr("Demo top-up cards");
    m_cards = cards::CardService(m_db, m_clock).generate(spec, QStringLiteral("demo")).cards;
    // The reseller's web shop places callbacks through the JSON API.
    store::ApiTokenRepository(m_db, m_clock)
        .insert(QStringLiteral("demo-website"),
                core::SecretToken::digest(core::SecretToken::generate(web::ApiV1::TokenPrefix)));
}

QList<Planned> HistoryWriter::plan()
{
    QList<Planned> calls;
    const QDate first = QDateTime::fromMSecsSinceEpoch(m_startMs, m_zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(m_endMs, m_zone).date();
    const double span = std::max<qint64>(1, first.daysTo(last));
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        // A growing business, a weekly rhythm, and days that are simply busier.
        const double growth = 0.8 + 0.4 * double(first.daysTo(day)) / span;
        const double busy = DayFactors[day.dayOfWeek() - 1] * growth * (0.85 + 0.3 * m_dice.unit());
        const double* hours = day.dayOfWeek() >= 6 ? WeekendHours : WeekdayHours;
        for (int i = 0; i < m_subscribers.size(); ++i) {
            const int count = m_dice.poisson(m_subscribers[i].profile->callsPerDay * busy);
            for (int n = 0; n < count; ++n) {
                const int hour = m_dice.pick(hours, 24);
                const std::int64_t at = QDateTime(day, QTime(hour, 0), m_zone).toMSecsSinceEpoch() +
                                        m_dice.between(0, 60 * MsPerMinute - 1);
                // Every call is over before the history ends.
                if (at > m_startMs + 10 * MsPerMinute && at < m_endMs - 15 * MsPerMinute)
                    calls.append({at, i});
            }
        }
    }
    std::sort(calls.begin(), calls.end(), [](const Planned& a, const Planned& b) {
        return a.startMs != b.startMs ? a.startMs < b.startMs : a.subscriber < b.subscriber;
    });
    return calls;
}

void HistoryWriter::run(const QList<Planned>& plan)
{
    for (const Planned& planned : plan) {
        Subscriber& who = m_subscribers[planned.subscriber];
        std::int64_t startMs = planned.startMs;
        // One callback at a time per subscriber: a later one waits a little.
        if (startMs < who.freeAtMs + MsPerMinute)
            startMs = who.freeAtMs + m_dice.between(1, 10) * MsPerMinute;
        if (startMs >= m_endMs - 15 * MsPerMinute)
            continue;
        Call call = prepare(who);
        topUpIfLow(call, startMs);
        place(call, startMs);
    }
}

Call HistoryWriter::prepare(Subscriber& who)
{
    Call call;
    call.who = &who;
    int weights[5];
    for (int i = 0; i < 5; ++i)
        weights[i] = who.profile->triggerWeights[i];
    if (!who.did || who.did->mode != store::DidMode::Did)
        weights[0] = 0;
    if (!who.did || who.did->mode != store::DidMode::Lgw)
        weights[1] = 0;
    if (who.account.memberId.isEmpty())
        weights[3] = 0;
    call.trigger = Triggers[m_dice.pick(weights, 5)];
    if (call.trigger == store::TriggerKind::Lgw)
        call.pinnedGateway = who.did->gatewayId;
    call.favourite =
        who.favourites[m_dice.pick(who.favouriteWeights.constData(), int(who.favourites.size()))];
    call.destination = core::PhoneNumber::fromE164(QString::fromLatin1(call.favourite->number));
    call.rateA = sellRate(who.account.callbackNumber);
    call.rateB = sellRate(call.destination);
    return call;
}

// The demo plan has no time windows, so a number's rate never changes.
store::Rate HistoryWriter::sellRate(const core::PhoneNumber& number)
{
    if (const auto known = m_sellRates.constFind(number.digits()); known != m_sellRates.cend())
        return *known;
    const auto rate = m_rater.rateFor(m_planId, number, m_clock.nowMs());
    if (!rate)
        throw store::StoreError(store::StoreError::Kind::NotFound,
                                tr("The demo plan has no rate for %1.").arg(number.toPlus()));
    m_sellRates.insert(number.digits(), *rate);
    return *rate;
}

void HistoryWriter::topUpIfLow(const Call& call, std::int64_t startMs)
{
    Subscriber& who = *call.who;
    // Enough for the IVR, leg B's ringing and five minutes of talk, so the
    // switch would place this call; the subscriber tops up first otherwise.
    const int secondsA = m_engine.ivrAllowanceSeconds + m_engine.ringAllowanceSeconds + 60;
    const core::Money low = core::Money::fromCents(who.profile->lowCents);
    const core::Money need = std::max(low, billing::Rater::costOfTalk(call.rateA, secondsA, call.rateB, 300));
    const core::Money available = who.balance + who.account.creditLimit;
    if (available >= need && !(available < low + low && m_dice.chance(0.1)))
        return;
    std::int64_t at = std::max(who.freeAtMs + MsPerMinute, startMs - m_dice.between(10, 240) * MsPerMinute);
    at = std::min(at, startMs - 40 * MsPerSecond);
    m_clock.set(at);
    do {
        topUp(who);
        after(2 * MsPerSecond, 8 * MsPerSecond);
    } while (who.balance + who.account.creditLimit < need);
    who.freeAtMs = std::max(who.freeAtMs, m_clock.nowMs());
}

void HistoryWriter::topUp(Subscriber& who)
{
    ++m_result.topUps;
    if (m_nextCard < m_cards.size() && m_dice.chance(who.profile->cardPercent / 100.0)) {
        // By the portal, or by SMS for a subscriber without a login.
        const bool web = !who.account.memberId.isEmpty();
        const QString source = web ? QStringLiteral("web:198.51.100.%1").arg(who.profile->webAddress)
                                   : QStringLiteral("sms:") + who.account.callbackNumber.digits();
        const auto redeemed =
            cards::CardService(m_db, m_clock)
                .redeem(m_cards[m_nextCard++].pin, who.account.id, source,
                        web ? QStringLiteral("web:") + who.account.accountCode : QStringLiteral("sms"));
        if (redeemed.ok()) {
            who.balance = redeemed.balance;
            return;
        }
    }
    QString note;
    switch (who.profile->otherTopUps) {
    case TopUpKind::Cash:
        note = QStringLiteral("cash, receipt %1").arg(++m_receipt);
        break;
    case TopUpKind::BankTransfer:
        note = QStringLiteral("bank transfer, ref. RB-%1").arg(++m_receipt);
        break;
    case TopUpKind::PayPal:
        note = QStringLiteral("PayPal 8KD%1").arg(m_dice.between(1'000'000, 9'999'999));
        break;
    }
    who.balance = billing::CreditManager(m_db, m_clock)
                      .adjust(who.account.id, core::Money::fromCents(who.profile->topUpCents),
                              store::LedgerReason::TopUp, note, QStringLiteral("console"));
}

void HistoryWriter::place(Call& call, std::int64_t startMs)
{
    Subscriber& who = *call.who;
    m_clock.set(startMs);
    store::CallbackRequest request;
    request.accountId = who.account.id;
    request.trigger = call.trigger;
    request.pinnedGatewayId = call.pinnedGateway;
    request.callbackNumber = who.account.callbackNumber;
    if (call.trigger == store::TriggerKind::Did || call.trigger == store::TriggerKind::Lgw) {
        request.source = QStringLiteral("udp:127.0.0.1:5080"); // the carrier that delivers the DIDs
        request.didId = who.did->id;
    } else {
        // Known destination: the IVR only says the balance.
        request.destination = call.destination;
        if (call.trigger == store::TriggerKind::Sms)
            request.source = QStringLiteral("sip:127.0.0.1:5080");
        else if (call.trigger == store::TriggerKind::Web)
            request.source = QStringLiteral("web:198.51.100.%1").arg(who.profile->webAddress);
        else
            request.source = QStringLiteral("api:demo-website");
    }
    call.requestId = m_requests.insert(request);
    after(20, 300);
    call.callId = m_cdrs.openCall(who.account.id, call.requestId);
    after(m_engine.delayMs, m_engine.delayMs + 150);
    QString failure = dialA(call);
    if (failure.isEmpty())
        failure = runIvr(call);
    if (failure.isEmpty())
        failure = dialB(call);
    finish(call, failure, failure.isEmpty() ? talk(call) : QString());
}

Answer HistoryWriter::answerA(int attempt)
{
    if (attempt == 1 && m_dice.chance(GatewaysDown))
        return Answer::Unavailable;
    const double roll = m_dice.unit();
    if (attempt == 1)
        return roll < ABusy ? Answer::Busy : roll < ABusy + ANoAnswer ? Answer::NoAnswer : Answer::Answered;
    if (roll >= AFailsAgain)
        return Answer::Answered;
    return m_dice.chance(0.5) ? Answer::Busy : Answer::NoAnswer;
}

Answer HistoryWriter::answerB()
{
    const double roll = m_dice.unit();
    if (roll < BBusy)
        return Answer::Busy;
    if (roll < BBusy + BNoAnswer)
        return Answer::NoAnswer;
    if (roll < BBusy + BNoAnswer + BRingsTooLong)
        return Answer::RingsTooLong;
    if (roll < BBusy + BNoAnswer + BRingsTooLong + GatewaysDown)
        return Answer::Unavailable;
    return Answer::Answered;
}

// A leg record the way LegDialer leaves it: the gateways in the router's
// order, each one tried written to the leg, the next one tried on a 503.
std::int64_t HistoryWriter::openLeg(const Call& call, QChar leg, const core::PhoneNumber& number,
                                    std::optional<std::int64_t> pinned, Answer answer)
{
    const QString key = number.digits() + (pinned ? QStringLiteral("@%1").arg(*pinned) : QString());
    auto found = m_routes.find(key);
    if (found == m_routes.end())
        found = m_routes.insert(key, routing::Router(m_db, m_clock, &m_rates).candidates(number, pinned));
    const QList<routing::RouteCandidate>& candidates = *found;
    if (candidates.isEmpty())
        throw store::StoreError(store::StoreError::Kind::NotFound,
                                tr("The demo history has no route to %1.").arg(number.toPlus()));
    const std::int64_t legId =
        m_cdrs.openLeg(call.callId, leg, number.digits(), candidates.front().gateway.id, {});
    const qsizetype tried = answer == Answer::Unavailable                      ? candidates.size()
                            : candidates.size() > 1 && m_dice.chance(Failover) ? 2
                                                                               : 1;
    for (qsizetype i = 1; i < tried; ++i) {
        after(100, 900); // 503 Service Unavailable from the one before
        m_cdrs.setLegRoute(legId, candidates[i].gateway.id, {});
    }
    return legId;
}

QString HistoryWriter::dialA(Call& call)
{
    for (int attempt = 1;; ++attempt) {
        const Answer answer = answerA(attempt);
        call.legA = openLeg(call, u'A', call.who->account.callbackNumber, call.pinnedGateway, answer);
        if (answer == Answer::Answered) {
            after(3 * MsPerSecond, 14 * MsPerSecond); // ringing
            call.aAnsweredAt = m_cdrs.legAnswered(call.legA);
            return {};
        }
        const SipFailure failure = sipFailure(answer, u'A');
        after(failure.afterMinMs, failure.afterMaxMs);
        m_cdrs.closeLeg(call.legA, failure.status, failure.reason);
        // Busy or no answer: called again once, after the retry delay.
        if (answer == Answer::Unavailable || attempt > m_engine.retries)
            return legFailed(u'A', failure);
        after(m_engine.retryDelayMs, m_engine.retryDelayMs + 200);
    }
}

QString HistoryWriter::runIvr(Call& call)
{
    const bool keyed = call.trigger == store::TriggerKind::Did || call.trigger == store::TriggerKind::Lgw;
    if (m_dice.chance(HangUpInIvr)) {
        after(2 * MsPerSecond, 15 * MsPerSecond);
        m_cdrs.closeLeg(call.legA, 200, sip::SipStack::tr("the other side hung up"));
        return callback::CallbackSession::tr("the subscriber hung up before being connected");
    }
    if (keyed && m_dice.chance(NoValidDestination)) {
        // Two tries, then "number not valid, goodbye".
        after(26 * MsPerSecond, 38 * MsPerSecond);
        m_cdrs.closeLeg(call.legA, 200, sip::SipStack::tr("hung up"));
        return callback::CallbackSession::tr("no valid destination was entered");
    }
    // Keying the destination, or hearing the balance and "please hold".
    if (keyed)
        after(8 * MsPerSecond, 22 * MsPerSecond);
    else
        after(5'500, 8 * MsPerSecond);
    return {};
}

QString HistoryWriter::dialB(Call& call)
{
    // What the switch holds before leg B rings: leg A so far plus the ring
    // allowance, and the longest talk the credit buys (topUpIfLow made sure
    // that is several minutes).
    const int secondsA =
        billing::billableSeconds(m_clock.nowMs() - call.aAnsweredAt) + m_engine.ringAllowanceSeconds;
    const core::Money available = call.who->balance + call.who->account.creditLimit;
    const int talk = std::max(0, billing::Rater::maxTalkSeconds(available, call.rateA, secondsA, call.rateB,
                                                                m_engine.maxCallSeconds));
    call.reserved = billing::Rater::costOfTalk(call.rateA, secondsA, call.rateB, talk);
    m_cdrs.setLimit(call.callId, talk, std::nullopt);
    const Answer answer = answerB();
    call.legB = openLeg(call, u'B', call.destination, std::nullopt, answer);
    if (answer == Answer::Answered) {
        after(4 * MsPerSecond, 25 * MsPerSecond); // ringing
        m_cdrs.legAnswered(call.legB);
        return {};
    }
    if (answer == Answer::RingsTooLong) {
        // Leg A's hold runs out: both legs end, leg A billed to that moment.
        const std::int64_t deadline = call.aAnsweredAt + std::int64_t(secondsA) * MsPerSecond;
        m_clock.set(deadline);
        after(30, 150);
        m_cdrs.closeLeg(call.legB, 487, QStringLiteral("Request Terminated"));
        m_cdrs.closeLeg(call.legA, 200, sip::SipStack::tr("hung up"), deadline);
        return callback::CallbackSession::tr("the destination did not answer in time");
    }
    const SipFailure failure = sipFailure(answer, u'B');
    after(failure.afterMinMs, failure.afterMaxMs);
    m_cdrs.closeLeg(call.legB, failure.status, failure.reason);
    // "The number is busy" (or "no answer", "call failed"), "goodbye".
    after(3 * MsPerSecond, 4'500);
    m_cdrs.closeLeg(call.legA, 200, sip::SipStack::tr("hung up"));
    return legFailed(u'B', failure);
}

std::int64_t HistoryWriter::talkMs(const Call& call)
{
    if (m_dice.chance(ShortCalls))
        return m_dice.between(5 * MsPerSecond, 45 * MsPerSecond);
    const double median = call.who->profile->talkMedianSeconds * call.favourite->talkPercent / 100.0;
    const double seconds = std::clamp(m_dice.logNormal(median, 0.85), 20.0, 2.0 * 3600);
    return std::llround(seconds * MsPerSecond);
}

QString HistoryWriter::talk(Call& call)
{
    // The hard limit the switch sets when leg B answers, from what it holds.
    const std::int64_t answered = m_clock.nowMs();
    const int secondsA = billing::billableSeconds(answered - call.aAnsweredAt);
    const int limit = std::max(0, billing::Rater::maxTalkSeconds(call.reserved, call.rateA, secondsA,
                                                                 call.rateB, m_engine.maxCallSeconds));
    const std::int64_t cutAt = answered + std::int64_t(limit) * MsPerSecond;
    const std::int64_t end = std::min(answered + talkMs(call), m_endMs - MsPerMinute);
    const std::int64_t talked = std::min(end, cutAt) - answered;
    // RTP relayed each way, 50 packets a second, a few lost.
    const qint64 fromA = talked / 20 - m_dice.between(0, talked / 4000);
    const qint64 fromB = talked / 20 - m_dice.between(0, talked / 4000);
    m_cdrs.addLegPackets(call.legA, fromA, fromB);
    m_cdrs.addLegPackets(call.legB, fromB, fromA);
    if (end >= cutAt) {
        m_clock.set(cutAt);
        after(20, 150);
        m_cdrs.closeLeg(call.legB, 200, sip::SipStack::tr("hung up"), cutAt);
        m_cdrs.closeLeg(call.legA, 200, sip::SipStack::tr("hung up"), cutAt);
        return limit >= m_engine.maxCallSeconds ? callback::CallbackSession::tr("call time limit reached")
                                                : callback::CallbackSession::tr("credit limit reached");
    }
    m_clock.set(end);
    const bool bFirst = m_dice.chance(0.55);
    m_cdrs.closeLeg(bFirst ? call.legB : call.legA, 200, sip::SipStack::tr("the other side hung up"));
    after(30, 150);
    m_cdrs.closeLeg(bFirst ? call.legA : call.legB, 200, sip::SipStack::tr("hung up"));
    return callback::CallbackSession::tr("leg %1 ended: %2")
        .arg(bFirst ? QStringLiteral("B") : QStringLiteral("A"), sip::SipStack::tr("the other side hung up"));
}

void HistoryWriter::finish(Call& call, const QString& failure, const QString& endReason)
{
    after(5, 40);
    const bool completed = failure.isEmpty();
    const auto bill =
        callback::CallBilling(m_db, m_clock, &m_rates)
            .bill(call.callId, completed ? store::CallState::Completed : store::CallState::Failed,
                  completed ? endReason : failure);
    call.who->balance -= bill.sell;
    m_requests.setState(call.requestId,
                        completed ? store::RequestState::Completed : store::RequestState::Failed, failure);
    call.who->freeAtMs = m_clock.nowMs();
    ++m_result.calls;
    if (!completed)
        ++m_result.failed;
}

} // namespace

std::int64_t DemoHistory::startMs(std::int64_t nowMs)
{
    return nowMs - Days * MsPerDay;
}

DemoHistory::Result DemoHistory::generate(const store::Database& db, const core::Clock& clock, quint32 seed)
{
    store::Database::Transaction transaction(db);
    HistoryWriter writer(db, startMs(clock.nowMs()), clock.nowMs(), seed);
    writer.setUp();
    writer.run(writer.plan());
    transaction.commit();
    return writer.result();
}

} // namespace rebound::demo
