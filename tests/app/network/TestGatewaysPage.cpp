#include "Switch.h"
#include "common/Dialogs.h"
#include "network/GatewayDialogs.h"
#include "network/GatewayModels.h"
#include "network/GatewayService.h"
#include "network/GatewaysPage.h"
#include "store/AuditLog.h"
#include "store/GatewayRepository.h"
#include "store/RateRepository.h"
#include "support/ConsoleFixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUdpSocket>

using namespace rebound;
using rebound::test::child;
using rebound::test::fieldError;
namespace dialogs = rebound::console::dialogs;

class TestGatewaysPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::ConsoleFixture> m_t;

    store::GatewayRepository repo() const { return store::GatewayRepository(*m_t->db, m_t->clock); }
    QList<store::AuditEntry> audit() const { return store::AuditLog(*m_t->db, m_t->clock).recent(); }

private Q_SLOTS:
    void init() { m_t = std::make_unique<test::ConsoleFixture>(); }
    void cleanup() { m_t.reset(); }

    void listsGatewaysAndRoutes()
    {
        console::GatewaysPage page(*m_t->db, m_t->clock, nullptr);
        QAbstractItemModelTester gatewaysTester(page.gatewaysModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester routesTester(page.routesModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.gatewaysModel()->rowCount(), 1);
        const QAbstractItemModel* m = page.gatewaysModel();
        QCOMPARE(m->index(0, console::GatewaysModel::Name).data().toString(), QStringLiteral("Demo carrier"));
        QCOMPARE(m->index(0, console::GatewaysModel::Address).data().toString(),
                 QStringLiteral("127.0.0.1:5080/udp"));
        QCOMPARE(m->index(0, console::GatewaysModel::BuyTable).data().toString(),
                 QStringLiteral("Demo carrier"));
        QCOMPARE(page.routesModel()->rowCount(), 1);
        QCOMPARE(page.routesModel()->index(0, console::RoutesModel::Prefix).data().toString(),
                 QStringLiteral("(all numbers)"));
        page.reload(); // a reset under the testers
        QCOMPARE(page.gatewaysModel()->rowCount(), 1);
    }

    void addGatewayValidatesEveryField()
    {
        console::GatewaysPage page(*m_t->db, m_t->clock, nullptr);
        QAbstractItemModelTester tester(page.gatewaysModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool sawErrors = false;
        dialogs::setExecHook([&](QDialog& d) {
            child<QLineEdit>(d, QStringLiteral("name"))->setText(QStringLiteral("demo CARRIER"));
            child<QLineEdit>(d, QStringLiteral("host"))->setText(QStringLiteral("bad host!"));
            child<QLineEdit>(d, QStringLiteral("port"))->setText(QStringLiteral("70000"));
            child<QLineEdit>(d, QStringLiteral("trustedSources"))
                ->setText(QStringLiteral("203.0.113.7, 10.0.0.300, 198.51.100.0/24"));
            d.accept(); // refused, with a message under each bad field
            sawErrors =
                d.isVisible() && fieldError(d, QStringLiteral("name")).contains(QStringLiteral("already")) &&
                fieldError(d, QStringLiteral("host")).contains(QStringLiteral("bad host!")) &&
                fieldError(d, QStringLiteral("port")).contains(QStringLiteral("1 to 65535")) &&
                fieldError(d, QStringLiteral("trustedSources")).contains(QStringLiteral("10.0.0.300"));
            child<QLineEdit>(d, QStringLiteral("port"))->setText(QStringLiteral("0"));
            d.accept();
            sawErrors =
                sawErrors && fieldError(d, QStringLiteral("port")).contains(QStringLiteral("1 to 65535"));

            child<QLineEdit>(d, QStringLiteral("name"))->setText(QStringLiteral("Carrier X"));
            child<QLineEdit>(d, QStringLiteral("host"))->setText(QStringLiteral("sip.carrier-x.example"));
            child<QLineEdit>(d, QStringLiteral("port"))->setText(QStringLiteral("5061"));
            auto* transport = child<QComboBox>(d, QStringLiteral("transport"));
            transport->setCurrentIndex(transport->findData(QStringLiteral("tls")));
            child<QLineEdit>(d, QStringLiteral("username"))->setText(QStringLiteral("rebound"));
            child<QLineEdit>(d, QStringLiteral("password"))->setText(QStringLiteral("s3cret-pw"));
            child<QLineEdit>(d, QStringLiteral("callerId"))->setText(QStringLiteral("+1 212-555-0100"));
            child<QComboBox>(d, QStringLiteral("buyTable"))->setCurrentText(QStringLiteral("Demo carrier"));
            child<QSpinBox>(d, QStringLiteral("maxCalls"))->setValue(30);
            child<QLineEdit>(d, QStringLiteral("trustedSources"))
                ->setText(QStringLiteral("203.0.113.7, 198.51.100.0/24,, 2001:db8::/32"));
            child<QCheckBox>(d, QStringLiteral("smsGateway"))->setChecked(true);
            d.accept();
            return d.result();
        });
        page.addAction()->trigger();
        QVERIFY(sawErrors);
        QCOMPARE(page.gatewaysModel()->rowCount(), 2);
        const auto g = repo().findGatewayByName(QStringLiteral("Carrier X"));
        QVERIFY(g);
        QCOMPARE(g->host, QStringLiteral("sip.carrier-x.example"));
        QCOMPARE(g->port, 5061);
        QCOMPARE(g->transport, QStringLiteral("tls"));
        QCOMPARE(g->password, QStringLiteral("s3cret-pw"));
        QCOMPARE(g->callerId, QStringLiteral("12125550100"));
        QCOMPARE(g->maxCalls, 30);
        QCOMPARE(g->trustedSources,
                 (QStringList{QStringLiteral("203.0.113.7"), QStringLiteral("198.51.100.0/24"),
                              QStringLiteral("2001:db8::/32")}));
        QVERIFY(g->isSmsGateway && g->enabled);
        QCOMPARE(
            g->buyTableId,
            store::RateRepository(*m_t->db, m_t->clock).findTableByName(QStringLiteral("Demo carrier"))->id);
        // The new gateway is selected; the audit log has it, without the password.
        QCOMPARE(page.gatewaysModel()
                     ->rowAt(child<QTableView>(page, QStringLiteral("gateways"))->currentIndex().row())
                     .name,
                 QStringLiteral("Carrier X"));
        const auto entry = audit().first();
        QCOMPARE(entry.actor, QStringLiteral("console"));
        QCOMPARE(entry.action, QStringLiteral("gateway.add"));
        QCOMPARE(entry.objectId, QStringLiteral("Carrier X"));
        QVERIFY(!entry.details.contains(QStringLiteral("s3cret")));
    }

    void cancelledDialogChangesNothing()
    {
        console::GatewaysPage page(*m_t->db, m_t->clock, nullptr);
        const int auditBefore = int(audit().size());
        dialogs::setExecHook([](QDialog& d) {
            child<QLineEdit>(d, QStringLiteral("name"))->setText(QStringLiteral("Never saved"));
            d.reject();
            return d.result();
        });
        page.addAction()->trigger();
        QCOMPARE(repo().gateways().size(), 1);
        QCOMPARE(int(audit().size()), auditBefore);
    }

    void editKeepsThePasswordUnlessOneIsTyped()
    {
        store::Gateway g = *repo().findGatewayByName(QStringLiteral("Demo carrier"));
        g.password = QStringLiteral("old-secret");
        repo().updateGateway(g);
        console::GatewaysPage page(*m_t->db, m_t->clock, nullptr);
        QVERIFY(page.selectGateway(QStringLiteral("Demo carrier")));
        QString shownPassword = QStringLiteral("?");
        dialogs::setExecHook([&](QDialog& d) {
            shownPassword = child<QLineEdit>(d, QStringLiteral("password"))->text();
            child<QLineEdit>(d, QStringLiteral("port"))->setText(QStringLiteral("5070"));
            child<QCheckBox>(d, QStringLiteral("enabled"))->setChecked(false);
            d.accept();
            return d.result();
        });
        page.editAction()->trigger();
        QCOMPARE(shownPassword, QString()); // never shown back
        g = *repo().findGateway(g.id);
        QCOMPARE(g.port, 5070);
        QVERIFY(!g.enabled);
        QCOMPARE(g.password, QStringLiteral("old-secret"));
        QCOMPARE(audit().first().action, QStringLiteral("gateway.update"));
        QVERIFY(!audit().first().details.contains(QStringLiteral("password")));

        dialogs::setExecHook([&](QDialog& d) {
            child<QLineEdit>(d, QStringLiteral("password"))->setText(QStringLiteral("new-secret"));
            d.accept();
            return d.result();
        });
        page.editAction()->trigger();
        QCOMPARE(repo().findGateway(g.id)->password, QStringLiteral("new-secret"));
        QVERIFY(audit().first().details.contains(QStringLiteral("password changed")));
        QVERIFY(!audit().first().details.contains(QStringLiteral("secret")));
    }

    void deleteGatewayWithItsRoutesButNotOneInUse()
    {
        store::Gateway spare;
        spare.name = QStringLiteral("Spare");
        spare.host = QStringLiteral("192.0.2.1");
        spare.id = repo().insertGateway(spare);
        repo().insertRoute({0, QStringLiteral("44"), spare.id, {}, 10, true});
        console::GatewaysPage page(*m_t->db, m_t->clock, nullptr);
        QCOMPARE(page.routesModel()->rowCount(), 2);

        QVERIFY(page.selectGateway(QStringLiteral("Spare")));
        page.deleteAction()->trigger();
        QVERIFY2(m_t->confirmText.contains(QStringLiteral("Spare and its 1 route")),
                 qPrintable(m_t->confirmText));
        QVERIFY(!repo().findGatewayByName(QStringLiteral("Spare")));
        QCOMPARE(page.gatewaysModel()->rowCount(), 1);
        QCOMPARE(page.routesModel()->rowCount(), 1);
        QCOMPARE(audit().first().action, QStringLiteral("gateway.delete"));

        // The demo LGW DID goes out through the demo carrier.
        QVERIFY(page.selectGateway(QStringLiteral("Demo carrier")));
        page.deleteAction()->trigger();
        QVERIFY2(m_t->message.contains(QStringLiteral("LGW DIDs")), qPrintable(m_t->message));
        QVERIFY(repo().findGatewayByName(QStringLiteral("Demo carrier")));
        QCOMPARE(page.gatewaysModel()->rowCount(), 1);
    }

    void addAndDeleteRoutes()
    {
        console::GatewaysPage page(*m_t->db, m_t->clock, nullptr);
        QAbstractItemModelTester tester(page.routesModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool sawError = false;
        dialogs::setExecHook([&](QDialog& d) {
            child<QLineEdit>(d, QStringLiteral("prefix"))->setText(QStringLiteral("4x"));
            d.accept();
            sawError = d.isVisible() &&
                       fieldError(d, QStringLiteral("prefix")).contains(QStringLiteral("only digits"));
            child<QLineEdit>(d, QStringLiteral("prefix"))->setText(QStringLiteral("+44"));
            child<QSpinBox>(d, QStringLiteral("priority"))->setValue(50);
            d.accept();
            return d.result();
        });
        auto* addRouteAction = child<QAction>(page, QStringLiteral("addRoute"));
        addRouteAction->trigger();
        QVERIFY(sawError);
        QCOMPARE(page.routesModel()->rowCount(), 2);
        const auto routes = repo().routes();
        const auto added = std::find_if(routes.cbegin(), routes.cend(), [](const store::Route& r) {
            return r.prefix == QLatin1String("44");
        });
        QVERIFY(added != routes.cend());
        QCOMPARE(added->priority, 50);
        QCOMPARE(added->gatewayName, QStringLiteral("Demo carrier"));
        QCOMPARE(audit().first().action, QStringLiteral("route.add"));

        // The same prefix on the same gateway again: the store's refusal is shown in the dialog.
        QString duplicateError;
        dialogs::setExecHook([&](QDialog& d) {
            child<QLineEdit>(d, QStringLiteral("prefix"))->setText(QStringLiteral("44"));
            d.accept();
            duplicateError = child<QLabel>(d, QStringLiteral("generalError"))->text();
            d.reject();
            return d.result();
        });
        addRouteAction->trigger();
        QVERIFY2(duplicateError.contains(QStringLiteral("already has a route")), qPrintable(duplicateError));
        QCOMPARE(repo().routes().size(), 2);

        QVERIFY(page.selectRoute(added->id));
        child<QAction>(page, QStringLiteral("deleteRoute"))->trigger();
        QVERIFY2(m_t->confirmText.contains(QStringLiteral("prefix 44")), qPrintable(m_t->confirmText));
        QCOMPARE(page.routesModel()->rowCount(), 1);
        QCOMPARE(repo().routes().size(), 1);
        QCOMPARE(audit().first().action, QStringLiteral("route.delete"));
    }

    void reachabilityWithoutASwitch()
    {
        console::GatewaysPage page(*m_t->db, m_t->clock, nullptr);
        QVERIFY(page.selectGateway(QStringLiteral("Demo carrier")));
        child<QAction>(page, QStringLiteral("pingGateway"))->trigger();
        auto* reachabilityLabel = child<QLabel>(page, QStringLiteral("reachability"));
        QVERIFY2(reachabilityLabel->text().contains(QStringLiteral("switch is not running")),
                 qPrintable(reachabilityLabel->text()));
    }

    void reachabilityPingsThroughTheSwitch()
    {
        // The switch answers OPTIONS 200 itself, so a gateway pointed at the
        // switch's own port is a reachable peer that needs no other process.
        const int port = test::unusedUdpPort();
        QVERIFY(port > 0);
        store::Gateway g = *repo().findGatewayByName(QStringLiteral("Demo carrier"));
        g.host = QStringLiteral("127.0.0.1");
        g.port = port;
        repo().updateGateway(g);

        Switch sipSwitch(m_t->path(), QStringLiteral("127.0.0.1:%1").arg(port), m_t->clock);
        QSignalSpy started(&sipSwitch, &Switch::started);
        QSignalSpy failed(&sipSwitch, &Switch::failed);
        console::GatewaysPage page(*m_t->db, m_t->clock, &sipSwitch);
        sipSwitch.start();
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 10'000);
        QVERIFY2(started.count() == 1, failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        QVERIFY(page.selectGateway(QStringLiteral("Demo carrier")));
        auto* ping = child<QAction>(page, QStringLiteral("pingGateway"));
        auto* reachabilityLabel = child<QLabel>(page, QStringLiteral("reachability"));
        ping->trigger();
        QVERIFY(reachabilityLabel->text().contains(QStringLiteral("Sending OPTIONS")));
        QTRY_VERIFY_WITH_TIMEOUT(!reachabilityLabel->text().contains(QStringLiteral("Sending")), 10'000);
        const QString text = reachabilityLabel->text();
        QVERIFY2(text.contains(QStringLiteral("Demo carrier is reachable: 200")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(" ms")));

        QSignalSpy stopped(&sipSwitch, &Switch::stopped);
        sipSwitch.stop();
        QTRY_VERIFY_WITH_TIMEOUT(stopped.count() == 1, 10'000);
        ping->trigger();
        QVERIFY(reachabilityLabel->text().contains(QStringLiteral("switch is not running")));
    }

    void validatorsNameTheBadEntry()
    {
        QStringList sources{QStringLiteral("unchanged")};
        QString error = network::GatewayService::parseTrustedSources(
            QStringLiteral("10.0.0.1, ::1, 300.1.1.1"), &sources);
        QVERIFY2(error.contains(QStringLiteral("Entry 3, '300.1.1.1'")), qPrintable(error));
        QCOMPARE(sources, QStringList{QStringLiteral("unchanged")});
        error = network::GatewayService::parseTrustedSources(QStringLiteral("10.0.0.0/33"), &sources);
        QVERIFY(error.contains(QStringLiteral("10.0.0.0/33")));
        QVERIFY(network::GatewayService::parseTrustedSources(QStringLiteral(" 10.0.0.0/8 , ::1 "), &sources)
                    .isEmpty());
        QCOMPARE(sources, (QStringList{QStringLiteral("10.0.0.0/8"), QStringLiteral("::1")}));
        QVERIFY(network::GatewayService::hostProblem(QStringLiteral("[2001:db8::1]")).isEmpty());
        QVERIFY(network::GatewayService::hostProblem(QStringLiteral("sip.example.net")).isEmpty());
        QVERIFY(!network::GatewayService::hostProblem(QStringLiteral("999.1.1.1")).isEmpty());
        QVERIFY(!network::GatewayService::hostProblem(QStringLiteral("-bad.example")).isEmpty());
        QVERIFY(!network::GatewayService::hostProblem(QString()).isEmpty());
    }
};

QTEST_MAIN(TestGatewaysPage)
#include "TestGatewaysPage.moc"
