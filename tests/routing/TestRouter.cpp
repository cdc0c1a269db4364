// The routing rule (routing::Router): longest prefix, then priority, then
// least cost; and the quotes (rates quote, the rate tester) price the
// gateway the switch dials.
#include "accounts/AccountService.h"
#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "callback/Admission.h"
#include "cli/CommandLine.h"
#include "routing/Router.h"
#include "store/CallbackRequestRepository.h"
#include "store/GatewayRepository.h"
#include "store/RateRepository.h"
#include "support/RateTables.h"
#include "support/TempDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rebound;
using core::Money;

class TestRouter : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    std::int64_t m_plan = 0;

    // A gateway with its own buy table charging `micros` a minute for every
    // number (none when micros < 0), and one route.
    std::int64_t addGateway(const QString& name, const QString& prefix, int priority, std::int64_t micros,
                            bool enabled = true)
    {
        store::GatewayRepository gateways(*m_t->db, m_t->clock);
        store::Gateway g;
        g.name = name;
        g.host = QStringLiteral("192.0.2.1");
        g.enabled = enabled;
        if (micros >= 0)
            g.buyTableId = table(name, store::RateTableKind::Buy, micros);
        const std::int64_t id = gateways.insertGateway(g);
        addRoute(id, prefix, priority);
        return id;
    }
    void addRoute(std::int64_t gatewayId, const QString& prefix, int priority)
    {
        store::Route r;
        r.gatewayId = gatewayId;
        r.prefix = prefix;
        r.priority = priority;
        store::GatewayRepository(*m_t->db, m_t->clock).insertRoute(r);
    }
    std::int64_t table(const QString& name, store::RateTableKind kind, std::int64_t micros,
                       std::optional<std::int64_t> validFrom = std::nullopt)
    {
        store::Rate r = test::rate(QStringLiteral("4"), micros, 1, 1);
        r.destination = QStringLiteral("Everywhere 4");
        r.validFrom = validFrom;
        QList<store::Rate> list{r};
        if (validFrom) { // before then, the table's old price
            r.perMinute = Money::fromMicros(micros * 10);
            r.validFrom.reset();
            r.validTo = validFrom;
            list.append(r);
        }
        return test::rateTable(*m_t->db, m_t->clock, name, kind, list);
    }
    QStringList order(const QString& digits, std::optional<std::int64_t> atMs = std::nullopt) const
    {
        QStringList names;
        const auto candidates = routing::Router(*m_t->db, m_t->clock)
                                    .candidates(core::PhoneNumber::fromE164(digits), std::nullopt, atMs);
        for (const routing::RouteCandidate& c : candidates)
            names.append(c.gateway.name);
        return names;
    }
    QJsonObject quoteJson(const QStringList& args)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code =
            cli::CommandLine(outStream, errStream, m_t->clock)
                .run(QStringList{QStringLiteral("rebound-switch"), QStringLiteral("--db"), m_t->path(),
                                 QStringLiteral("--json"), QStringLiteral("rates"), QStringLiteral("quote")} +
                     args);
        if (code != 0)
            qWarning("rates quote: %s", qPrintable(err));
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_plan = table(QStringLiteral("Retail"), store::RateTableKind::Sell, 100'000);
    }
    void cleanup() { m_t.reset(); }

    void longestPrefixThenPriorityThenLeastCost()
    {
        addGateway(QStringLiteral("Wide"), QStringLiteral("44"), 10, 10'000);
        addGateway(QStringLiteral("Unknown cost"), QStringLiteral("44"), 10, -1);
        addGateway(QStringLiteral("Cheap"), QStringLiteral("44"), 10, 5'000);
        addGateway(QStringLiteral("Specific"), QStringLiteral("447"), 50, 20'000);
        addGateway(QStringLiteral("Backup"), QStringLiteral("44"), 20, 1'000);
        addGateway(QStringLiteral("Anything"), QString(), 1, 500);
        addGateway(QStringLiteral("Switched off"), QStringLiteral("4477"), 1, 1'000, false);
        addGateway(QStringLiteral("America"), QStringLiteral("1"), 1, 1'000);

        QCOMPARE(order(QStringLiteral("447700900123")),
                 (QStringList{QStringLiteral("Specific"), QStringLiteral("Cheap"), QStringLiteral("Wide"),
                              QStringLiteral("Unknown cost"), QStringLiteral("Backup"),
                              QStringLiteral("Anything")}));
        QCOMPARE(order(QStringLiteral("442079460000")),
                 (QStringList{QStringLiteral("Cheap"), QStringLiteral("Wide"), QStringLiteral("Unknown cost"),
                              QStringLiteral("Backup"), QStringLiteral("Anything")}));
        QCOMPARE(order(QStringLiteral("33140000000")), QStringList{QStringLiteral("Anything")});

        // The candidates carry what the rule used.
        const auto first = routing::Router(*m_t->db, m_t->clock)
                               .candidates(core::PhoneNumber::fromE164(QStringLiteral("447700900123")))
                               .first();
        QCOMPARE(first.prefixLength, 3);
        QCOMPARE(first.priority, 50);
        QCOMPARE(first.buyRate, std::optional<Money>(Money::fromMicros(20'000)));
    }

    void theRuleItself()
    {
        routing::RouteCandidate a;
        routing::RouteCandidate b;
        a.prefixLength = 3;
        a.priority = 90;
        b.prefixLength = 2;
        b.priority = 1;
        b.buyRate = Money::fromMicros(1);
        QVERIFY(routing::triedBefore(a, b));
        QVERIFY(!routing::triedBefore(b, a));
        b.prefixLength = 3;
        QVERIFY(routing::triedBefore(b, a)); // same prefix: priority
        a.priority = 1;
        QVERIFY(routing::triedBefore(b, a)); // same priority: a known cost first
        a.buyRate = Money::fromMicros(1);
        QVERIFY(!routing::triedBefore(a, b) && !routing::triedBefore(b, a)); // a tie
        a.buyRate = Money::fromMicros(0);
        QVERIFY(routing::triedBefore(a, b)); // the cheaper
    }

    void aGatewayIsTriedOnceAtItsBestPlace()
    {
        const std::int64_t both = addGateway(QStringLiteral("Both"), QStringLiteral("44"), 50, 10'000);
        addRoute(both, QStringLiteral("4477"), 90);
        addGateway(QStringLiteral("Middle"), QStringLiteral("447"), 1, 1'000);
        QCOMPARE(order(QStringLiteral("447700900123")),
                 (QStringList{QStringLiteral("Both"), QStringLiteral("Middle")}));
        QCOMPARE(order(QStringLiteral("447100900123")),
                 (QStringList{QStringLiteral("Middle"), QStringLiteral("Both")}));
    }

    void leastCostUsesTheRatesAtTheCallsStart()
    {
        // "Later" is dearer than "Steady" until 2026-02-01, cheaper from then.
        const std::int64_t february = 1'769'904'000'000;
        store::GatewayRepository gateways(*m_t->db, m_t->clock);
        store::Gateway later;
        later.name = QStringLiteral("Later");
        later.host = QStringLiteral("192.0.2.2");
        later.buyTableId = table(QStringLiteral("Later"), store::RateTableKind::Buy, 1'000, february);
        addRoute(gateways.insertGateway(later), QStringLiteral("44"), 10);
        addGateway(QStringLiteral("Steady"), QStringLiteral("44"), 10, 5'000);
        QCOMPARE(order(QStringLiteral("447700900123")),
                 (QStringList{QStringLiteral("Steady"), QStringLiteral("Later")}));
        QCOMPARE(order(QStringLiteral("447700900123"), february),
                 (QStringList{QStringLiteral("Later"), QStringLiteral("Steady")}));
        const core::PhoneNumber uk = core::PhoneNumber::fromE164(QStringLiteral("447700900123"));
        const routing::Router router(*m_t->db, m_t->clock);
        QCOMPARE(router.quoteBuyTable(uk, m_t->clock.nowMs()),
                 router.candidates(uk).first().gateway.buyTableId);
        QCOMPARE(router.quoteBuyTable(uk, february), later.buyTableId);
    }

    void pinnedLegsIgnoreTheRoutes()
    {
        addGateway(QStringLiteral("Routed"), QString(), 1, 1'000);
        const std::int64_t local = addGateway(QStringLiteral("Local"), QStringLiteral("9"), 100, 2'000);
        const auto candidates =
            routing::Router(*m_t->db, m_t->clock)
                .candidates(core::PhoneNumber::fromE164(QStringLiteral("447700900123")), local);
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates.first().gateway.name, QStringLiteral("Local"));
    }

    void anLgwRequestKeepsTheGatewayPinnedAtAdmission()
    {
        // LGW pinning: the DID's gateway is stored on the request when the
        // trigger is admitted, and leg A is routed by it alone, even once the
        // DID has been moved to another gateway.
        addGateway(QStringLiteral("Routed"), QString(), 1, 1'000);
        const std::int64_t local = addGateway(QStringLiteral("Local"), QStringLiteral("9"), 100, 2'000);
        const std::int64_t moved = addGateway(QStringLiteral("Moved"), QStringLiteral("9"), 100, 2'000);
        accounts::AccountForm form;
        form.accountCode = QStringLiteral("2001");
        form.callbackNumber = QStringLiteral("+447700900123");
        form.sellPlan = QStringLiteral("Retail");
        form.openingBalance = QStringLiteral("10");
        const auto account = accounts::AccountService(*m_t->db, m_t->clock).add(form, QStringLiteral("test"));
        store::GatewayRepository gateways(*m_t->db, m_t->clock);
        store::Did did;
        did.number = QStringLiteral("12125550103");
        did.accountId = account.id;
        did.mode = store::DidMode::Lgw;
        did.gatewayId = local;
        did.id = gateways.insertDid(did);

        callback::Admission::Trigger trigger;
        trigger.accountId = account.id;
        trigger.kind = store::TriggerKind::Lgw;
        trigger.didId = did.id;
        trigger.pinnedGatewayId = did.gatewayId;
        const auto outcome = callback::Admission(*m_t->db, m_t->clock).request(trigger);
        QVERIFY2(outcome.created(), qPrintable(outcome.reason));
        did.gatewayId = moved;
        gateways.updateDid(did);

        const auto request = store::CallbackRequestRepository(*m_t->db, m_t->clock).find(outcome.requestId);
        const auto legA = routing::Router(*m_t->db, m_t->clock)
                              .candidates(request->callbackNumber, request->pinnedGatewayId);
        QCOMPARE(legA.size(), 1);
        QCOMPARE(legA.first().gateway.name, QStringLiteral("Local"));
        // Without the pin the routes would have chosen another gateway.
        QCOMPARE(order(request->callbackNumber.digits()).first(), QStringLiteral("Routed"));
    }

    void quoteAndDialAgree()
    {
        // Where the two old rules parted: the switch went by priority first
        // (Wide), the quotes by longest prefix first (Specific).
        addGateway(QStringLiteral("Wide"), QStringLiteral("44"), 10, 10'000);
        const std::int64_t specific =
            addGateway(QStringLiteral("Specific"), QStringLiteral("447"), 50, 20'000);
        const core::PhoneNumber uk = core::PhoneNumber::fromE164(QStringLiteral("447700900123"));

        // What the switch dials first.
        billing::RateCache cache(*m_t->db, m_t->clock);
        const auto dialled = routing::Router(*m_t->db, m_t->clock, &cache).candidates(uk);
        QCOMPARE(dialled.first().gateway.id, specific);
        QCOMPARE(dialled.first().buyRate, std::optional<Money>(Money::fromMicros(20'000)));

        // What rates quote prices, for one leg and for a whole callback.
        const QJsonObject leg =
            quoteJson({QStringLiteral("--plan"), QStringLiteral("Retail"), QStringLiteral("--number"),
                       QStringLiteral("+447700900123"), QStringLiteral("--seconds"), QStringLiteral("60")});
        QCOMPARE(leg[QStringLiteral("buy_rate")][QStringLiteral("rate_per_minute")].toString(),
                 dialled.first().buyRate->toPlainString(2));
        QCOMPARE(leg[QStringLiteral("cost")].toString(), QStringLiteral("0.02"));

        // And what the rate tester prices (the same function, the same answer).
        billing::Rater rater(cache, QTimeZone::utc());
        const auto quoted = rater.priceLeg(
            m_plan, {uk, 60'000, m_t->clock.nowMs(),
                     routing::Router(*m_t->db, m_t->clock, &cache).quoteBuyTable(uk, m_t->clock.nowMs())});
        QCOMPARE(quoted.buyRate->perMinute, *dialled.first().buyRate);
    }

    void noRouteMeansNoCost()
    {
        addGateway(QStringLiteral("America"), QStringLiteral("1"), 1, 1'000);
        addGateway(QStringLiteral("No table"), QStringLiteral("447"), 1, -1);
        addGateway(QStringLiteral("Priced"), QStringLiteral("44"), 1, 1'000);
        const routing::Router router(*m_t->db, m_t->clock);
        QCOMPARE(router.quoteBuyTable(core::PhoneNumber::fromE164(QStringLiteral("33140000000")),
                                      m_t->clock.nowMs()),
                 std::nullopt);
        // The gateway dialled first has no buy table: the cost is unknown,
        // not the price of a gateway the call does not take.
        QCOMPARE(router.quoteBuyTable(core::PhoneNumber::fromE164(QStringLiteral("447700900123")),
                                      m_t->clock.nowMs()),
                 std::nullopt);
    }

    // Issue 19: the built-in test carrier takes only test calls, which are
    // pinned to it; a route pointing at it never sends a real call there.
    void theTestCarrierCarriesNoRealCall()
    {
        // Nothing to switch off before there is a test carrier.
        QCOMPARE(store::GatewayRepository(*m_t->db, m_t->clock)
                     .pointTestCarrier(QStringLiteral("Test phones"), QStringLiteral("127.0.0.1"), 0, false)
                     .id,
                 0);
        addGateway(QStringLiteral("Real"), QStringLiteral("44"), 10, 10'000);
        store::GatewayRepository gateways(*m_t->db, m_t->clock);
        const store::Gateway carrier = gateways.pointTestCarrier(QStringLiteral("Test phones"),
                                                                 QStringLiteral("127.0.0.1"), 40000, true);
        QVERIFY(carrier.isTest);
        QVERIFY(carrier.isSmsGateway);
        addRoute(carrier.id, QString(), 1); // someone routes everything to it
        QCOMPARE(order(QStringLiteral("447700900123")), QStringList{QStringLiteral("Real")});
        QCOMPARE(order(QStringLiteral("12025550147")), QStringList{});
        const auto pinned =
            routing::Router(*m_t->db, m_t->clock)
                .candidates(core::PhoneNumber::fromE164(QStringLiteral("12025550147")), carrier.id);
        QCOMPARE(pinned.size(), 1);
        QCOMPARE(pinned.first().dialledNumber, QStringLiteral("12025550147"));
        // Pointed again (the phones' new port): the same gateway, not a second one.
        const store::Gateway again = gateways.pointTestCarrier(QStringLiteral("Test phones"),
                                                               QStringLiteral("127.0.0.1"), 40002, false);
        QCOMPARE(again.id, carrier.id);
        QCOMPARE(again.port, 40002);
        QVERIFY(!again.enabled);
        // Switched off by phones that never got a port: the port stays.
        QCOMPARE(
            gateways.pointTestCarrier(QStringLiteral("Test phones"), QStringLiteral("127.0.0.1"), 0, false)
                .port,
            40002);
        // Its buy side for a quote is never the test carrier's.
        QVERIFY(!routing::Router(*m_t->db, m_t->clock)
                     .quoteBuyTable(core::PhoneNumber::fromE164(QStringLiteral("12025550147")), 0));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "TestRouter.moc"
