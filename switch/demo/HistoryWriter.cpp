#include "demo/HistoryWriter.h"

#include "billing/CreditManager.h"
#include "core/SecretToken.h"
#include "store/AccountRepository.h"
#include "store/ApiTokenRepository.h"
#include "store/GatewayRepository.h"
#include "store/LedgerRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "web/ApiV1.h"

#include <QDateTime>
#include <algorithm>

namespace rebound::demo::history {

HistoryWriter::HistoryWriter(const store::Database& db, std::int64_t startMs, std::int64_t endMs,
                             quint32 seed)
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

} // namespace rebound::demo::history
