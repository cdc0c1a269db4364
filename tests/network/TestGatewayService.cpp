#include "NetworkFixture.h"
#include "network/GatewayService.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/RateRepository.h"
#include "store/StoreError.h"

#include <QTest>

using namespace rebound;
using network::GatewayInput;
using network::GatewayService;

namespace {
GatewayInput validInput()
{
    GatewayInput in;
    in.name = QStringLiteral("  Carrier X ");
    in.host = QStringLiteral("[2001:db8::1]");
    in.port = QStringLiteral("5061");
    in.transport = QStringLiteral("tls");
    in.username = QStringLiteral(" rebound ");
    in.password = QStringLiteral("s3cret-pw");
    in.stripDigits = 2;
    in.addPrefix = QStringLiteral("00");
    in.callerId = QStringLiteral("+1 (212) 555-0100");
    in.maxCalls = 30;
    in.trustedSources = QStringLiteral("203.0.113.7, 198.51.100.0/24,, 203.0.113.7");
    in.smsGateway = true;
    return in;
}

} // namespace

class TestGatewayService : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::NetworkFixture<GatewayService>> m_t;

    std::int64_t table(const QString& name, store::RateTableKind kind) const
    {
        return store::RateRepository(*m_t->db, m_t->clock).createTable(store::RateTable::named(name, kind));
    }

private Q_SLOTS:
    void init() { m_t = std::make_unique<test::NetworkFixture<GatewayService>>(); }
    void cleanup() { m_t.reset(); }

    void addNormalisesAndAuditsWithoutThePassword()
    {
        GatewayInput in = validInput();
        in.buyTableId = table(QStringLiteral("Carrier X buy"), store::RateTableKind::Buy);
        const store::Gateway g = m_t->service.add(in, QStringLiteral("tester"));
        QVERIFY(g.id > 0);
        const auto stored = m_t->repo().findGateway(g.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Carrier X"));
        QCOMPARE(stored->host, QStringLiteral("2001:db8::1"));
        QCOMPARE(stored->port, 5061);
        QCOMPARE(stored->transport, QStringLiteral("tls"));
        QCOMPARE(stored->username, QStringLiteral("rebound"));
        QCOMPARE(stored->password, QStringLiteral("s3cret-pw"));
        QCOMPARE(stored->stripDigits, 2);
        QCOMPARE(stored->addPrefix, QStringLiteral("00"));
        QCOMPARE(stored->callerId, QStringLiteral("12125550100"));
        QCOMPARE(stored->buyTableId, in.buyTableId);
        QCOMPARE(stored->maxCalls, 30);
        QCOMPARE(stored->trustedSources,
                 (QStringList{QStringLiteral("203.0.113.7"), QStringLiteral("198.51.100.0/24")}));
        QVERIFY(stored->isSmsGateway && stored->enabled);

        const auto entries = m_t->audit();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor, QStringLiteral("tester"));
        QCOMPARE(entries.first().action, QStringLiteral("gateway.add"));
        QCOMPARE(entries.first().objectId, QStringLiteral("Carrier X"));
        QVERIFY2(entries.first().details.startsWith(QStringLiteral("[2001:db8::1]:5061/tls")),
                 qPrintable(entries.first().details));
        QVERIFY(!entries.first().details.contains(QStringLiteral("s3cret")));
        QVERIFY(!GatewayService::describe(g).contains(QStringLiteral("s3cret")));
    }

    void everyRuleNamesItsFieldAndWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        const auto row = [](const char* tag, const QString& field, const char* value) {
            QTest::newRow(tag) << field << QString::fromUtf8(value);
        };
        row("no name", network::gatewayField::Name, "  ");
        row("no host", network::gatewayField::Host, " ");
        row("host with a space", network::gatewayField::Host, "bad host!");
        row("bad IPv4", network::gatewayField::Host, "999.1.1.1");
        row("host label starts with -", network::gatewayField::Host, "-bad.example");
        row("port 0", network::gatewayField::Port, "0");
        row("port 65536", network::gatewayField::Port, "65536");
        row("port not a number", network::gatewayField::Port, "sip");
        row("transport", network::gatewayField::Transport, "sctp");
        row("strip 16", network::gatewayField::StripDigits, "16");
        row("strip -1", network::gatewayField::StripDigits, "-1");
        row("add prefix", network::gatewayField::AddPrefix, "00a");
        row("caller id letters", network::gatewayField::CallerId, "Anonymous");
        row("caller id too long", network::gatewayField::CallerId, "+1234567890123456");
        row("max calls -1", network::gatewayField::MaxCalls, "-1");
        row("max calls too many", network::gatewayField::MaxCalls, "100001");
        row("trusted", network::gatewayField::TrustedSources, "10.0.0.1, 10.0.0.0/33");
        row("buy table missing", network::gatewayField::BuyTable, "missing");
        row("buy table is a sell plan", network::gatewayField::BuyTable, "sell");
    }
    void everyRuleNamesItsFieldAndWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        GatewayInput in = validInput();
        if (field == network::gatewayField::Name)
            in.name = value;
        else if (field == network::gatewayField::Host)
            in.host = value;
        else if (field == network::gatewayField::Port)
            in.port = value;
        else if (field == network::gatewayField::Transport)
            in.transport = value;
        else if (field == network::gatewayField::StripDigits)
            in.stripDigits = value.toInt();
        else if (field == network::gatewayField::AddPrefix)
            in.addPrefix = value;
        else if (field == network::gatewayField::CallerId)
            in.callerId = value;
        else if (field == network::gatewayField::MaxCalls)
            in.maxCalls = value.toInt();
        else if (field == network::gatewayField::TrustedSources)
            in.trustedSources = value;
        else if (value == QLatin1String("sell"))
            in.buyTableId = table(QStringLiteral("Retail"), store::RateTableKind::Sell);
        else
            in.buyTableId = 9999;

        m_t->refusesNaming(in, field);
    }

    void everyProblemIsReportedAtOnce()
    {
        GatewayInput in = validInput();
        in.name.clear();
        in.host = QStringLiteral("bad host!");
        in.port = QStringLiteral("70000");
        in.trustedSources = QStringLiteral("10.0.0.300");
        QVERIFY_THROWS_EXCEPTION(core::ValidationError, m_t->service.add(in, QStringLiteral("tester")));
        QCOMPARE(test::fieldNames(m_t->service.check(in)),
                 (QStringList{network::gatewayField::Name, network::gatewayField::Host,
                              network::gatewayField::Port, network::gatewayField::TrustedSources}));
        QVERIFY(m_t->repo().gateways().isEmpty());
        QVERIFY(m_t->audit().isEmpty());
    }

    void namesAreUniqueWithoutRegardToCase()
    {
        const store::Gateway first = m_t->service.add(validInput(), QStringLiteral("tester"));
        GatewayInput other = validInput();
        other.name = QStringLiteral("CARRIER x");
        const core::FieldErrors errors = m_t->service.check(other);
        QCOMPARE(test::fieldNames(errors), QStringList{network::gatewayField::Name});
        QVERIFY2(errors.first().message.contains(QStringLiteral("Carrier X")),
                 qPrintable(errors.first().message));
        QVERIFY_THROWS_EXCEPTION(core::ValidationError, m_t->service.add(other, QStringLiteral("tester")));
        QCOMPARE(m_t->repo().gateways().size(), 1);

        // A gateway does not clash with itself: its own name in another case is a rename.
        const store::Gateway renamed = m_t->service.update(first.id, other, QStringLiteral("tester"));
        QCOMPARE(renamed.name, QStringLiteral("CARRIER x"));
        QCOMPARE(m_t->audit().first().details.left(15), QStringLiteral("was Carrier X; "));
    }

    void updateKeepsThePasswordUnlessOneIsGiven()
    {
        const store::Gateway g = m_t->service.add(validInput(), QStringLiteral("tester"));
        GatewayInput in = GatewayInput::from(g);
        QVERIFY(in.password.isEmpty());
        QVERIFY(m_t->service.check(in, g.id).isEmpty()); // an existing gateway reads back clean
        in.port = QStringLiteral("5070");
        m_t->service.update(g.id, in, QStringLiteral("tester"));
        QCOMPARE(m_t->repo().findGateway(g.id)->password, QStringLiteral("s3cret-pw"));
        QCOMPARE(m_t->repo().findGateway(g.id)->port, 5070);
        QCOMPARE(m_t->audit().first().action, QStringLiteral("gateway.update"));
        QVERIFY(!m_t->audit().first().details.contains(QStringLiteral("password")));

        in.password = QStringLiteral("new-secret");
        m_t->service.update(g.id, in, QStringLiteral("tester"));
        QCOMPARE(m_t->repo().findGateway(g.id)->password, QStringLiteral("new-secret"));
        QVERIFY(m_t->audit().first().details.contains(QStringLiteral("password changed")));
        QVERIFY(!m_t->audit().first().details.contains(QStringLiteral("secret")));

        in.port = QStringLiteral("0");
        QVERIFY_THROWS_EXCEPTION(core::ValidationError,
                                 m_t->service.update(g.id, in, QStringLiteral("tester")));
        QCOMPARE(m_t->repo().findGateway(g.id)->port, 5070);
        QCOMPARE(m_t->audit().size(), 3);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, m_t->service.update(9999, in, QStringLiteral("tester")));
    }

    void nothingIsKeptWhenTheCallersTransactionFails()
    {
        m_t->keepsNothingWhenTheCallerGivesUp(validInput());
    }

    void removeAuditsAndRefusesAGatewayInUse()
    {
        const store::Gateway g = m_t->service.add(validInput(), QStringLiteral("tester"));
        store::Did did;
        did.number = QStringLiteral("12125550100");
        did.mode = store::DidMode::Lgw;
        did.gatewayId = g.id;
        const std::int64_t didId = m_t->repo().insertDid(did);
        try {
            m_t->service.remove(g.id, QStringLiteral("tester"));
            QFAIL("a gateway in use was deleted");
        } catch (const store::StoreError& error) {
            QCOMPARE(error.kind(), store::StoreError::Kind::InUse);
            QVERIFY2(error.message().contains(QStringLiteral("LGW DIDs")), qPrintable(error.message()));
        }
        QVERIFY(m_t->repo().findGateway(g.id));
        QCOMPARE(m_t->audit().first().action, QStringLiteral("gateway.add"));

        m_t->repo().removeDid(didId);
        m_t->service.remove(g.id, QStringLiteral("tester"));
        QVERIFY(!m_t->repo().findGateway(g.id));
        QCOMPARE(m_t->audit().first().action, QStringLiteral("gateway.delete"));
        QCOMPARE(m_t->audit().first().objectId, QStringLiteral("Carrier X"));
        QVERIFY(!m_t->audit().first().details.contains(QStringLiteral("s3cret")));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, m_t->service.remove(g.id, QStringLiteral("tester")));
    }

    void validatorsNameTheBadEntry()
    {
        QStringList sources{QStringLiteral("unchanged")};
        QString error =
            GatewayService::parseTrustedSources(QStringLiteral("10.0.0.1, ::1, 300.1.1.1"), &sources);
        QVERIFY2(error.contains(QStringLiteral("Entry 3, '300.1.1.1'")), qPrintable(error));
        QCOMPARE(sources, QStringList{QStringLiteral("unchanged")});
        QVERIFY(
            GatewayService::parseTrustedSources(QStringLiteral(" 10.0.0.0/8 , ::1 "), &sources).isEmpty());
        QCOMPARE(sources, (QStringList{QStringLiteral("10.0.0.0/8"), QStringLiteral("::1")}));
        QVERIFY(GatewayService::hostProblem(QStringLiteral("[2001:db8::1]")).isEmpty());
        QVERIFY(GatewayService::hostProblem(QStringLiteral("sip.example.net")).isEmpty());
        QVERIFY(GatewayService::hostProblem(QStringLiteral("x")).isEmpty());
        QVERIFY(GatewayService::hostProblem(QStringLiteral("999.1.1.1")).contains(QStringLiteral("IPv4")));
        QVERIFY(!GatewayService::hostProblem(QStringLiteral("sip_carrier.example")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGatewayService)
#include "TestGatewayService.moc"
