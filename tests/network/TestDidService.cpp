#include "NetworkFixture.h"
#include "network/DidService.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/StoreError.h"

#include <QTest>
#include <functional>

using namespace rebound;
using network::DidInput;
using network::DidService;

class TestDidService : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::NetworkFixture<DidService>> m_t;
    std::int64_t m_account = 0;
    std::int64_t m_gateway = 0;

    DidInput validInput() const
    {
        DidInput in;
        in.number = QStringLiteral(" +1 (212) 555-0101 ");
        in.accountId = m_account;
        return in;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::NetworkFixture<DidService>>();
        store::Account a;
        a.accountCode = QStringLiteral("1001");
        a.name = QStringLiteral("Amira");
        m_account = store::AccountRepository(*m_t->db, m_t->clock).insert(a);
        m_gateway = m_t->addGateway(QStringLiteral("Local GW"));
    }
    void cleanup() { m_t.reset(); }

    void addNormalisesAndAudits()
    {
        const store::Did d = m_t->service.add(validInput(), QStringLiteral("tester"));
        QVERIFY(d.id > 0);
        QCOMPARE(d.number, QStringLiteral("12125550101"));
        QCOMPARE(d.accountCode, QStringLiteral("1001"));
        const auto stored = m_t->repo().findDid(QStringLiteral("12125550101"));
        QVERIFY(stored);
        QCOMPARE(stored->accountId, std::optional<std::int64_t>(m_account));
        QVERIFY(stored->mode == store::DidMode::Did);
        const auto entry = m_t->audit().first();
        QCOMPARE(entry.actor, QStringLiteral("tester"));
        QCOMPARE(entry.action, QStringLiteral("did.add"));
        QCOMPARE(entry.objectId, QStringLiteral("12125550101"));
        QCOMPARE(entry.details, QStringLiteral("account=1001 mode=did gateway=- enabled=1 ask_pin=0"));
    }

    void aDidNeedNotHaveASubscriber()
    {
        DidInput in = validInput();
        in.accountId.reset();
        const store::Did d = m_t->service.add(in, QStringLiteral("tester"));
        QVERIFY(!d.accountId);
        QVERIFY(m_t->audit().first().details.startsWith(QStringLiteral("account=-")));
    }

    void everyRuleNamesItsFieldAndWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("number");
        QTest::addColumn<qlonglong>("account"); // 1: the subscriber made in init(), 0: none
        QTest::addColumn<bool>("lgw");
        QTest::addColumn<qlonglong>("gateway"); // 1: the gateway made in init(), 0: none
        const QString number = network::didField::Number;
        QTest::newRow("empty") << number << QStringLiteral(" ") << 1LL << false << 0LL;
        QTest::newRow("letters") << number << QStringLiteral("+1 212 CALL ME") << 1LL << false << 0LL;
        QTest::newRow("starts with 0") << number << QStringLiteral("0207 946 0000") << 1LL << false << 0LL;
        QTest::newRow("a + inside") << number << QStringLiteral("1212+5550101") << 1LL << false << 0LL;
        QTest::newRow("2 digits") << number << QStringLiteral("+12") << 1LL << false << 0LL;
        QTest::newRow("16 digits") << number << QStringLiteral("+1234567890123456") << 1LL << false << 0LL;
        QTest::newRow("unknown subscriber")
            << network::didField::Subscriber << QStringLiteral("+12125550101") << 9999LL << false << 0LL;
        QTest::newRow("LGW without a gateway")
            << network::didField::Gateway << QStringLiteral("+12125550101") << 1LL << true << 0LL;
        QTest::newRow("LGW, unknown gateway")
            << network::didField::Gateway << QStringLiteral("+12125550101") << 1LL << true << 9999LL;
    }
    void everyRuleNamesItsFieldAndWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, number);
        QFETCH(qlonglong, account);
        QFETCH(bool, lgw);
        QFETCH(qlonglong, gateway);
        DidInput in;
        in.number = number;
        if (account != 0)
            in.accountId = account == 1 ? m_account : account;
        in.mode = lgw ? store::DidMode::Lgw : store::DidMode::Did;
        if (gateway != 0)
            in.gatewayId = gateway == 1 ? m_gateway : gateway;
        m_t->refusesNaming(in, field);
    }

    void numbersAreUnique()
    {
        m_t->service.add(validInput(), QStringLiteral("tester"));
        DidInput again = validInput();
        again.number = QStringLiteral("12125550101");
        const core::FieldErrors errors = m_t->service.check(again);
        QCOMPARE(test::fieldNames(errors), QStringList{network::didField::Number});
        QVERIFY2(errors.first().message.contains(QStringLiteral("already exists (subscriber 1001)")),
                 qPrintable(errors.first().message));
        QVERIFY_THROWS_EXCEPTION(core::ValidationError, m_t->service.add(again, QStringLiteral("tester")));
        QCOMPARE(m_t->repo().dids().size(), 1);
    }

    void updateKeepsTheGatewayForLgwOnlyAndAudits()
    {
        const store::Did d = m_t->service.add(validInput(), QStringLiteral("tester"));
        DidInput in = DidInput::from(d);
        QVERIFY(m_t->service.check(in, d.id).isEmpty()); // its own number is no clash
        in.gatewayId = m_gateway;                        // ignored: a plain DID has no gateway
        QVERIFY(!m_t->service.update(d.id, in, QStringLiteral("tester")).gatewayId);

        in.mode = store::DidMode::Lgw;
        in.askPin = true;
        in.number = QStringLiteral("+12125550102");
        const store::Did lgw = m_t->service.update(d.id, in, QStringLiteral("tester"));
        QCOMPARE(lgw.gatewayId, std::optional<std::int64_t>(m_gateway));
        QVERIFY(m_t->repo().findDid(QStringLiteral("12125550102"))->mode == store::DidMode::Lgw);
        QVERIFY(!m_t->repo().findDid(QStringLiteral("12125550101")));
        const auto entry = m_t->audit().first();
        QCOMPARE(entry.action, QStringLiteral("did.update"));
        QCOMPARE(entry.objectId, QStringLiteral("12125550102"));
        QCOMPARE(entry.details, QStringLiteral("was 12125550101; account=1001 mode=lgw gateway=%1 enabled=1 "
                                               "ask_pin=1")
                                    .arg(m_gateway));

        in.gatewayId.reset(); // an LGW DID without its gateway is refused, and nothing changes
        QVERIFY_THROWS_EXCEPTION(core::ValidationError,
                                 m_t->service.update(d.id, in, QStringLiteral("tester")));
        QCOMPARE(m_t->repo().findDid(QStringLiteral("12125550102"))->gatewayId,
                 std::optional<std::int64_t>(m_gateway));
        QCOMPARE(m_t->audit().size(), 3);
    }

    void removeAudits()
    {
        const store::Did d = m_t->service.add(validInput(), QStringLiteral("tester"));
        m_t->service.remove(d.id, QStringLiteral("tester"));
        QVERIFY(m_t->repo().dids().isEmpty());
        QCOMPARE(m_t->audit().first().action, QStringLiteral("did.delete"));
        QCOMPARE(m_t->audit().first().objectId, QStringLiteral("12125550101"));
        // A DID that is gone can be neither changed nor removed, and saying
        // so names it.
        for (const auto& act :
             {std::function<void()>([&] { m_t->service.remove(d.id, QStringLiteral("tester")); }),
              std::function<void()>(
                  [&] { m_t->service.update(d.id, validInput(), QStringLiteral("tester")); })}) {
            try {
                act();
                QFAIL("a DID that is gone was changed");
            } catch (const store::StoreError& error) {
                QCOMPARE(error.kind(), store::StoreError::Kind::NotFound);
                QCOMPARE(error.message(), QStringLiteral("DID #%1 does not exist.").arg(d.id));
            }
        }
        QVERIFY(m_t->repo().dids().isEmpty());
        QCOMPARE(m_t->audit().size(), 2);
    }

    void nothingIsKeptWhenTheCallersTransactionFails()
    {
        m_t->keepsNothingWhenTheCallerGivesUp(validInput());
    }

    void normaliseNumberDropsWhatPeopleType()
    {
        QCOMPARE(DidService::normaliseNumber(QStringLiteral(" +1 (212) 555-0101 ")),
                 QStringLiteral("12125550101"));
        QCOMPARE(DidService::normaliseNumber(QStringLiteral("44.20.7946.0000")),
                 QStringLiteral("442079460000"));
        QCOMPARE(DidService::normaliseNumber(QStringLiteral("12x4")), QStringLiteral("12x4"));
    }
};

QTEST_GUILESS_MAIN(TestDidService)
#include "TestDidService.moc"
