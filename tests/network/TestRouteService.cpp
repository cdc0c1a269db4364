#include "NetworkFixture.h"
#include "network/RouteService.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/StoreError.h"

#include <QTest>

using namespace rebound;
using network::RouteInput;
using network::RouteService;

class TestRouteService : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::NetworkFixture<RouteService>> m_t;
    std::int64_t m_gateway = 0;

    RouteInput validInput() const
    {
        RouteInput in;
        in.prefix = QStringLiteral(" +44 ");
        in.gatewayId = m_gateway;
        in.priority = 10;
        return in;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::NetworkFixture<RouteService>>();
        m_gateway = m_t->addGateway(QStringLiteral("Carrier X"));
    }
    void cleanup() { m_t.reset(); }

    void addNormalisesAndAudits()
    {
        const store::Route r = m_t->service.add(validInput(), QStringLiteral("tester"));
        QVERIFY(r.id > 0);
        const auto routes = m_t->repo().routes();
        QCOMPARE(routes.size(), 1);
        QCOMPARE(routes.first().prefix, QStringLiteral("44"));
        QCOMPARE(routes.first().gatewayId, m_gateway);
        QCOMPARE(routes.first().priority, 10);
        QVERIFY(routes.first().enabled);
        const auto entry = m_t->audit().first();
        QCOMPARE(entry.actor, QStringLiteral("tester"));
        QCOMPARE(entry.action, QStringLiteral("route.add"));
        QCOMPARE(entry.objectId, QString::number(r.id));
        QCOMPARE(entry.details, QStringLiteral("prefix '44' -> Carrier X priority 10 enabled=1"));

        RouteInput all;
        all.gatewayId = m_gateway;
        QCOMPARE(m_t->service.add(all, QStringLiteral("tester")).prefix, QString()); // every number
    }

    void everyRuleNamesItsFieldAndWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<qlonglong>("gateway"); // 0: none given
        QTest::addColumn<int>("priority");
        const QString prefix = network::routeField::Prefix;
        const QString gateway = network::routeField::Gateway;
        const QString priority = network::routeField::Priority;
        QTest::newRow("letters") << prefix << QStringLiteral("4x") << 1LL << 100;
        QTest::newRow("a + inside") << prefix << QStringLiteral("4+4") << 1LL << 100;
        QTest::newRow("16 digits") << prefix << QStringLiteral("1234567890123456") << 1LL << 100;
        QTest::newRow("no gateway") << gateway << QStringLiteral("44") << 0LL << 100;
        QTest::newRow("unknown gateway") << gateway << QStringLiteral("44") << 9999LL << 100;
        QTest::newRow("negative priority") << priority << QStringLiteral("44") << 1LL << -1;
        QTest::newRow("priority too high")
            << priority << QStringLiteral("44") << 1LL << RouteService::MaxPriority + 1;
    }
    void everyRuleNamesItsFieldAndWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, prefix);
        QFETCH(qlonglong, gateway);
        QFETCH(int, priority);
        RouteInput in;
        in.prefix = prefix;
        if (gateway == 1)
            in.gatewayId = m_gateway;
        else if (gateway != 0)
            in.gatewayId = gateway;
        in.priority = priority;
        m_t->refusesNaming(in, field);
    }

    void aGatewayHasOneRoutePerPrefix()
    {
        m_t->service.add(validInput(), QStringLiteral("tester"));
        RouteInput again = validInput();
        again.priority = 50;
        const core::FieldErrors errors = m_t->service.check(again);
        QCOMPARE(test::fieldNames(errors), QStringList{QString()}); // about the route as a whole
        QVERIFY2(
            errors.first().message.contains(QStringLiteral("Carrier X already has a route for prefix 44")),
            qPrintable(errors.first().message));
        QVERIFY_THROWS_EXCEPTION(core::ValidationError, m_t->service.add(again, QStringLiteral("tester")));
        QCOMPARE(m_t->repo().routes().size(), 1);
        QCOMPARE(m_t->audit().size(), 1);

        again.gatewayId = m_t->addGateway(QStringLiteral("Carrier Y"), QStringLiteral("203.0.113.11"));
        m_t->service.add(again, QStringLiteral("tester")); // the same prefix through another gateway
        QCOMPARE(m_t->repo().routes().size(), 2);
    }

    void aGatewayHasOneRouteForEveryNumber()
    {
        m_t->service.add(validInput(), QStringLiteral("tester")); // prefix 44 is not every number
        RouteInput all;
        all.gatewayId = m_gateway;
        QVERIFY(m_t->service.check(all).isEmpty());
        m_t->service.add(all, QStringLiteral("tester"));
        const core::FieldErrors errors = m_t->service.check(all);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(
            errors.first().message.contains(QStringLiteral("Carrier X already has a route for every number")),
            qPrintable(errors.first().message));
        RouteInput shorter = validInput();
        shorter.prefix = QStringLiteral("4"); // a prefix of 44, not 44 itself
        QVERIFY(m_t->service.check(shorter).isEmpty());
    }

    void removeAudits()
    {
        RouteInput other = validInput();
        other.prefix = QStringLiteral("1");
        const store::Route kept = m_t->service.add(other, QStringLiteral("tester"));
        const store::Route r = m_t->service.add(validInput(), QStringLiteral("tester"));
        m_t->service.remove(r.id, QStringLiteral("tester"));
        QCOMPARE(m_t->repo().routes().size(), 1);
        QCOMPARE(m_t->repo().routes().first().id, kept.id);
        const auto entry = m_t->audit().first();
        QCOMPARE(entry.action, QStringLiteral("route.delete"));
        QCOMPARE(entry.objectId, QString::number(r.id));
        QVERIFY(entry.details.startsWith(QStringLiteral("prefix '44' -> Carrier X")));
        try {
            m_t->service.remove(r.id, QStringLiteral("tester"));
            QFAIL("a route that is gone was removed");
        } catch (const store::StoreError& error) {
            QCOMPARE(error.kind(), store::StoreError::Kind::NotFound);
            QCOMPARE(error.message(), QStringLiteral("Route #%1 does not exist.").arg(r.id));
        }
        QCOMPARE(m_t->repo().routes().size(), 1);
        QCOMPARE(m_t->audit().size(), 3);
    }

    void nothingIsKeptWhenTheCallersTransactionFails()
    {
        m_t->keepsNothingWhenTheCallerGivesUp(validInput());
    }
};

QTEST_GUILESS_MAIN(TestRouteService)
#include "TestRouteService.moc"
