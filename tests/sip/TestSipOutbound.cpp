// Outbound legs through gateways, against sipp playing the gateways:
// digest challenges, failover to the next gateway, and LGW routing.
#include "SippPeer.h"
#include "core/PasswordHash.h"
#include "demo/DemoData.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTest>

using namespace rebound;

class TestSipOutbound : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    core::MockClock m_clock;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("out.sqlite")); }

    // Adds a gateway on 127.0.0.1:port with a route for every number.
    void addGateway(const QString& name, int port, int priority, const QString& user = {},
                    const QString& password = {})
    {
        auto db = store::Database::open(dbPath());
        store::GatewayRepository repo(*db, m_clock);
        store::Gateway g;
        g.name = name;
        g.host = QStringLiteral("127.0.0.1");
        g.port = port;
        g.username = user;
        g.password = password;
        g.callerId = QStringLiteral("12125550100");
        store::Route r;
        r.gatewayId = repo.insertGateway(g);
        r.priority = priority;
        repo.insertRoute(r);
    }

    // Runs `rebound-switch dial`; returns its exit code and output.
    std::pair<int, QString> dial(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(REBOUND_SWITCH_EXE),
                QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("dial")} + args +
                    QStringList{QStringLiteral("--hold"), QStringLiteral("1")});
        if (!p.waitForFinished(60'000))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QFAIL("sipp is not installed; packaging/install-deps.sh installs it (package sip-tester)");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        core::PasswordHash::setDefaultIterationsForTesting(1000);
        auto db = store::Database::open(dbPath());
        demo::DemoData::seed(*db, m_clock);
        // Start from no routes: each test lays out its own gateways.
        db->run(QStringLiteral("DELETE FROM routes"), {}, QStringLiteral("test"));
    }
    void cleanup() { m_dir.reset(); }

    void answeredLeg()
    {
        const int port = test::freeUdpPort();
        addGateway(QStringLiteral("Carrier A"), port, 10);
        test::SippGateway gateway(
            *m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}), port);
        QTest::qWait(300);
        const auto [code, output] = dial({QStringLiteral("+12025550147")});
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("180")));
        QVERIFY(output.contains(QStringLiteral("answered via Carrier A")));
        QVERIFY(output.contains(QStringLiteral("ended: hung up")));
        QVERIFY(gateway.succeeded());
    }

    void digestChallengeIsAnswered()
    {
        const int port = test::freeUdpPort();
        addGateway(QStringLiteral("Secure"), port, 10, QStringLiteral("rebound"),
                   QStringLiteral("t0p-secret"));
        // RFC 2617 without qop: MD5(MD5(user:realm:password):nonce:MD5(INVITE:uri)).
        const auto md5 = [](const QString& s) {
            return QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Md5).toHex());
        };
        const QString ha1 = md5(QStringLiteral("rebound:carrier.example:t0p-secret"));
        const QString ha2 = md5(QStringLiteral("INVITE:sip:12025550147@127.0.0.1:%1").arg(port));
        const QString response = md5(ha1 + QStringLiteral(":5f1e2d3c4b5a:") + ha2);
        test::SippGateway gateway(*m_dir,
                                  test::writeScenario(*m_dir, QStringLiteral("gateway_auth.xml"),
                                                      {{QStringLiteral("USER"), QStringLiteral("rebound")},
                                                       {QStringLiteral("RESPONSE"), response}}),
                                  port);
        QTest::qWait(300);
        const auto [code, output] = dial({QStringLiteral("+12025550147")});
        QVERIFY2(code == 0 && output.contains(QStringLiteral("answered via Secure")), qPrintable(output));
        QVERIFY(!output.contains(QStringLiteral("t0p-secret"))); // never printed
        QVERIFY(gateway.succeeded());
    }

    void failoverToTheNextGatewayOn5xx()
    {
        const int first = test::freeUdpPort();
        const int second = test::freeUdpPort();
        addGateway(QStringLiteral("Broken"), first, 10);
        addGateway(QStringLiteral("Backup"), second, 20);
        test::SippGateway broken(*m_dir,
                                 test::writeScenario(*m_dir, QStringLiteral("gateway_fail.xml"),
                                                     {{QStringLiteral("STATUS"), QStringLiteral("503")}}),
                                 first);
        test::SippGateway backup(
            *m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}), second);
        QTest::qWait(300);
        const auto [code, output] = dial({QStringLiteral("+12025550147")});
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY(output.indexOf(QStringLiteral("trying Broken")) <
                output.indexOf(QStringLiteral("trying Backup")));
        QVERIFY(output.contains(QStringLiteral("answered via Backup")));
        QVERIFY(broken.succeeded());
        QVERIFY(backup.succeeded());
    }

    void busyIsFinalNoFailover()
    {
        const int first = test::freeUdpPort();
        addGateway(QStringLiteral("Carrier A"), first, 10);
        addGateway(QStringLiteral("Never tried"), test::freeUdpPort(), 20);
        test::SippGateway busy(*m_dir,
                               test::writeScenario(*m_dir, QStringLiteral("gateway_fail.xml"),
                                                   {{QStringLiteral("STATUS"), QStringLiteral("486")}}),
                               first);
        QTest::qWait(300);
        const auto [code, output] = dial({QStringLiteral("+12025550147")});
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QStringLiteral("failed: 486")), qPrintable(output));
        QVERIFY(!output.contains(QStringLiteral("Never tried")));
        QVERIFY(busy.succeeded());
    }

    void lgwLegGoesThroughItsGateway()
    {
        // Routes point at a gateway nobody answers for; the LGW DID's own
        // gateway (the demo carrier) is where leg A must go.
        addGateway(QStringLiteral("Elsewhere"), test::freeUdpPort(), 10);
        const int lgwPort = test::freeUdpPort();
        {
            auto db = store::Database::open(dbPath());
            store::GatewayRepository repo(*db, m_clock);
            auto carrier = *repo.findGatewayByName(QStringLiteral("Demo carrier"));
            carrier.port = lgwPort;
            repo.updateGateway(carrier);
        }
        test::SippGateway lgw(*m_dir, test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                              lgwPort);
        QTest::qWait(300);
        const auto [code, output] = dial(
            {QStringLiteral("+447700900123"), QStringLiteral("--lgw-did"), QStringLiteral("+12125550103")});
        QVERIFY2(code == 0 && output.contains(QStringLiteral("answered via Demo carrier")),
                 qPrintable(output));
        QVERIFY(!output.contains(QStringLiteral("Elsewhere")));
        QVERIFY(lgw.succeeded());
    }

    void noRouteIsAClearFailure()
    {
        const auto [code, output] = dial({QStringLiteral("+12025550147")});
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QStringLiteral("no route")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestSipOutbound)
#include "TestSipOutbound.moc"
