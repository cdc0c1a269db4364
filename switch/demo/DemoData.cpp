#include "demo/DemoData.h"

#include "accounts/AccountService.h"
#include "billing/Markup.h"
#include "core/Money.h"
#include "demo/DemoHistory.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/DemoRepository.h"
#include "store/GatewayRepository.h"
#include "store/LedgerRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>

namespace rebound::demo {

namespace {
struct DemoRate
{
    const char* prefix;
    const char* destination;
    std::int64_t buyMicrosPerMinute; // what a wholesale carrier might charge
};

// Plausible wholesale prices per minute in USD; the sell plan adds a margin.
const DemoRate Rates[] = {
    {"1", "United States / Canada", 6'000},
    {"44", "United Kingdom", 8'000},
    {"447", "United Kingdom mobile", 15'000},
    {"49", "Germany", 9'000},
    {"4915", "Germany mobile", 25'000},
    {"4917", "Germany mobile", 25'000},
    {"33", "France", 8'500},
    {"336", "France mobile", 20'000},
    {"39", "Italy", 9'500},
    {"393", "Italy mobile", 18'000},
    {"34", "Spain", 8'000},
    {"346", "Spain mobile", 15'000},
    {"31", "Netherlands", 10'000},
    {"48", "Poland", 10'000},
    {"7", "Russia", 30'000},
    {"380", "Ukraine", 60'000},
    {"90", "Turkey", 35'000},
    {"20", "Egypt", 70'000},
    {"27", "South Africa", 25'000},
    {"234", "Nigeria", 90'000},
    {"233", "Ghana", 120'000},
    {"254", "Kenya", 80'000},
    {"971", "United Arab Emirates", 80'000},
    {"966", "Saudi Arabia", 60'000},
    {"961", "Lebanon", 90'000},
    {"91", "India", 12'000},
    {"92", "Pakistan", 50'000},
    {"880", "Bangladesh", 30'000},
    {"86", "China", 8'000},
    {"81", "Japan", 20'000},
    {"82", "South Korea", 15'000},
    {"63", "Philippines", 100'000},
    {"62", "Indonesia", 35'000},
    {"84", "Vietnam", 45'000},
    {"61", "Australia", 10'000},
    {"52", "Mexico", 10'000},
    {"55", "Brazil", 15'000},
    {"53", "Cuba", 750'000},
    {"509", "Haiti", 250'000},
};

struct DemoSubscriber
{
    const char* code;
    const char* name;
    const char* memberId;
    const char* callback; // fictional numbers reserved for drama/testing
    const char* language;
    std::int64_t openingCents;
};

const DemoSubscriber Subscribers[] = {
    {"1001", "Demo - Amira Haddad", "demo1001", "+447700900123", "en", 2500},
    {"1002", "Demo - Brian O'Neill", "demo1002", "+12025550147", "en", 1000},
    {"1003", "Demo - Chen Wei", "demo1003", "+61491570156", "en", 500},
    {"1004", "Demo - Dolores Ruiz", "demo1004", "+12125550199", "es", 4000},
    {"1005", "Demo - Emeka Obi", "", "+447700900456", "en", 0},
};

store::Rate demoRate(const DemoRate& rate, core::Money perMinute, int firstIncrement, int nextIncrement)
{
    store::Rate r;
    r.prefix = QString::fromLatin1(rate.prefix);
    r.destination = QString::fromUtf8(rate.destination);
    r.perMinute = perMinute;
    r.firstIncrement = firstIncrement;
    r.nextIncrement = nextIncrement;
    r.graceSeconds = 3;
    return r;
}
} // namespace

QString DemoData::demoPassword()
{
    return QStringLiteral("demo-password");
}

bool DemoData::seed(const store::Database& db, const core::Clock& clock, Content content)
{
    if (store::AccountRepository(db, clock).count() > 0)
        return false;
    // All or nothing: a half-seeded database would never be seeded again.
    store::Database::Transaction transaction(db);
    if (content == WithHistory) {
        // The subscribers, rates and gateways existed before their calls.
        const core::MockClock opened(DemoHistory::startMs(clock.nowMs()));
        seedData(db, opened);
        DemoHistory::generate(db, clock);
    } else {
        seedData(db, clock);
    }
    transaction.commit();
    return true;
}

void DemoData::seedData(const store::Database& db, const core::Clock& clock)
{
    // Subscribers go through the service so they are validated like any other.
    accounts::AccountService service(db, clock);
    QList<std::pair<std::int64_t, std::int64_t>> openingBalances;
    for (const DemoSubscriber& s : Subscribers) {
        accounts::AccountForm form;
        form.accountCode = QString::fromLatin1(s.code);
        form.name = QString::fromUtf8(s.name);
        form.memberId = QString::fromLatin1(s.memberId);
        form.password = form.memberId.isEmpty() ? QString() : demoPassword();
        form.callbackNumber = QString::fromLatin1(s.callback);
        form.language = QString::fromLatin1(s.language);
        form.maxConcurrentCalls = QStringLiteral("2");
        form.notes =
            DemoData::tr("Demo subscriber created on first start; close it when you have real ones.");
        const store::Account account = service.add(form, QStringLiteral("demo"));
        openingBalances.append({account.id, s.openingCents});
    }

    store::DemoRepository demo(db);
    demo.markAllAccountsDemo();
    store::LedgerRepository ledger(db, clock);
    for (const auto& [accountId, cents] : openingBalances)
        if (cents > 0)
            ledger.append(accountId, core::Money::fromCents(cents), store::LedgerReason::Adjustment,
                          QStringLiteral("demo opening balance"), QStringLiteral("demo"));

    store::RateRepository rates(db, clock);
    const std::int64_t buyTable =
        rates.createTable(store::RateTable::named(QStringLiteral("Demo carrier"), store::RateTableKind::Buy,
                                                  QStringLiteral("USD"), tr("Demo wholesale prices")));
    const std::int64_t sellPlan = rates.createTable(
        store::RateTable::named(QStringLiteral("Demo retail"), store::RateTableKind::Sell,
                                QStringLiteral("USD"), tr("Demo subscriber prices: carrier + 60%")));
    QList<store::Rate> buyRates;
    for (const DemoRate& rate : Rates)
        buyRates.append(demoRate(rate, core::Money::fromMicros(rate.buyMicrosPerMinute), 1, 1));
    billing::MarkupRule markup;
    markup.percentBasisPoints = 6000;
    markup.firstIncrement = 30;
    markup.nextIncrement = 6;
    rates.replaceRates(buyTable, buyRates);
    rates.replaceRates(sellPlan, billing::applyMarkup(buyRates, markup));
    demo.setSellPlanOfAllAccounts(sellPlan);

    store::GatewayRepository gateways(db, clock);
    store::Gateway carrier;
    carrier.name = QStringLiteral("Demo carrier");
    carrier.host = QStringLiteral("127.0.0.1");
    carrier.port = 5080;
    carrier.transport = QStringLiteral("udp");
    carrier.callerId = QStringLiteral("12125550100");
    carrier.buyTableId = buyTable;
    carrier.maxCalls = 30;
    carrier.trustedSources = {QStringLiteral("127.0.0.1")};
    carrier.isSmsGateway = true;
    const std::int64_t gateway = gateways.insertGateway(carrier);
    store::Route route;
    route.gatewayId = gateway;
    gateways.insertRoute(route); // prefix "" (every number), priority 100

    const store::AccountRepository accounts(db, clock);
    const auto didFor = [&](const char* number, const char* code, store::DidMode mode) {
        store::Did did;
        did.number = QString::fromLatin1(number);
        did.accountId = accounts.findByCode(QString::fromLatin1(code))->id;
        did.mode = mode;
        if (mode == store::DidMode::Lgw)
            did.gatewayId = gateway;
        gateways.insertDid(did);
    };
    didFor("12125550101", "1001", store::DidMode::Did);
    didFor("12125550102", "1002", store::DidMode::Did);
    didFor("12125550103", "1004", store::DidMode::Lgw);

    store::SettingsRepository settings(db);
    settings.setValue(QStringLiteral("currency"), QStringLiteral("USD"));
    settings.setValue(QStringLiteral("demo.data"), QStringLiteral("1"));
}

} // namespace rebound::demo
