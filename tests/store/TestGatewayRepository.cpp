// Routes and DIDs read by id: one row, the same as the listing holds for it,
// and none for an id that does not exist (the services' "does not exist");
// routes read by their exact prefix.
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "support/Accounts.h"
#include "support/TempDatabase.h"

#include <QTest>

using namespace rebound;

namespace {
bool same(const store::Route& a, const store::Route& b)
{
    return a.id == b.id && a.prefix == b.prefix && a.gatewayId == b.gatewayId &&
           a.gatewayName == b.gatewayName && a.priority == b.priority && a.enabled == b.enabled;
}

bool same(const store::Did& a, const store::Did& b)
{
    return a.id == b.id && a.number == b.number && a.accountId == b.accountId &&
           a.accountCode == b.accountCode && a.mode == b.mode && a.gatewayId == b.gatewayId &&
           a.enabled == b.enabled && a.askPin == b.askPin;
}
} // namespace

class TestGatewayRepository : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;

    store::GatewayRepository repo() const { return store::GatewayRepository(*m_t->db, m_t->clock); }

    std::int64_t addGateway(const QString& name) const
    {
        store::Gateway g;
        g.name = name;
        g.host = QStringLiteral("203.0.113.10");
        return repo().insertGateway(g);
    }

private Q_SLOTS:
    void init() { m_t = std::make_unique<test::TempDatabase>(); }
    void cleanup() { m_t.reset(); }

    void aRouteIsReadByItsId()
    {
        const auto x = addGateway(QStringLiteral("Carrier X"));
        const auto y = addGateway(QStringLiteral("Carrier Y"));
        store::GatewayRepository gateways = repo();
        gateways.insertRoute({0, QStringLiteral("44"), x, {}, 10, true});
        const auto wanted = gateways.insertRoute({0, QStringLiteral("1"), y, {}, 20, false});
        gateways.insertRoute({0, QString(), x, {}, 100, true});

        const auto route = gateways.findRoute(wanted);
        QVERIFY(route);
        QCOMPARE(route->prefix, QStringLiteral("1"));
        QCOMPARE(route->gatewayName, QStringLiteral("Carrier Y"));
        QCOMPARE(route->priority, 20);
        QVERIFY(!route->enabled);
        for (const store::Route& listed : gateways.routes()) {
            const auto found = gateways.findRoute(listed.id);
            QVERIFY(found && same(*found, listed));
        }

        gateways.removeRoute(wanted);
        QVERIFY(!gateways.findRoute(wanted));
        QVERIFY(!gateways.findRoute(wanted + 100));
    }

    void routesAreReadByTheirExactPrefix()
    {
        const auto x = addGateway(QStringLiteral("Carrier X"));
        const auto y = addGateway(QStringLiteral("Carrier Y"));
        store::GatewayRepository gateways = repo();
        const auto yFor44 = gateways.insertRoute({0, QStringLiteral("44"), y, {}, 5, true});
        const auto xFor44 = gateways.insertRoute({0, QStringLiteral("44"), x, {}, 10, false});
        gateways.insertRoute({0, QStringLiteral("4"), x, {}, 1, true});
        gateways.insertRoute({0, QStringLiteral("441"), x, {}, 1, true});
        const auto xForAll = gateways.insertRoute({0, QString(), x, {}, 100, true});

        const QList<store::Route> for44 = gateways.routesWithPrefix(QStringLiteral("44"));
        QCOMPARE(for44.size(), 2);
        QCOMPARE(for44.at(0).id, yFor44); // by priority
        QCOMPARE(for44.at(1).id, xFor44);
        for (const store::Route& route : for44)
            QVERIFY(same(route, *gateways.findRoute(route.id)));
        const QList<store::Route> forAll = gateways.routesWithPrefix(QString());
        QCOMPARE(forAll.size(), 1);
        QCOMPARE(forAll.first().id, xForAll);
        QCOMPARE(forAll.first().gatewayName, QStringLiteral("Carrier X"));
        QVERIFY(gateways.routesWithPrefix(QStringLiteral("1")).isEmpty());
    }

    void aDidIsReadByItsId()
    {
        const auto accountId = test::addAccount(*m_t->db, m_t->clock, QStringLiteral("1001"));
        const auto gateway = addGateway(QStringLiteral("Carrier X"));
        store::GatewayRepository gateways = repo();
        store::Did plain;
        plain.number = QStringLiteral("12125550101");
        gateways.insertDid(plain);
        store::Did lgw;
        lgw.number = QStringLiteral("12125550102");
        lgw.accountId = accountId;
        lgw.mode = store::DidMode::Lgw;
        lgw.gatewayId = gateway;
        lgw.askPin = true;
        const auto wanted = gateways.insertDid(lgw);

        const auto did = gateways.findDidById(wanted);
        QVERIFY(did);
        QCOMPARE(did->number, QStringLiteral("12125550102"));
        QCOMPARE(did->accountCode, QStringLiteral("1001"));
        QVERIFY(did->mode == store::DidMode::Lgw);
        QCOMPARE(did->gatewayId, std::optional<std::int64_t>(gateway));
        QVERIFY(did->askPin);
        for (const store::Did& listed : gateways.dids()) {
            const auto found = gateways.findDidById(listed.id);
            QVERIFY(found && same(*found, listed));
        }

        gateways.removeDid(wanted);
        QVERIFY(!gateways.findDidById(wanted));
        QVERIFY(!gateways.findDidById(wanted + 100));
    }
};

QTEST_GUILESS_MAIN(TestGatewayRepository)
#include "TestGatewayRepository.moc"
