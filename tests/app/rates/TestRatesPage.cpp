#include "common/Dialogs.h"
#include "common/MainWindow.h"
#include "rates/RateDialogs.h"
#include "rates/RatesModel.h"
#include "rates/RatesPage.h"
#include "routing/Router.h"
#include "store/GatewayRepository.h"
#include "store/RateRepository.h"
#include "support/ConsoleFixture.h"
#include "support/Files.h"
#include "support/RateTables.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace rebound;
using rebound::test::child;
namespace dialogs = rebound::console::dialogs;

class TestRatesPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::ConsoleFixture> m_t;

private Q_SLOTS:
    void init() { m_t = std::make_unique<test::ConsoleFixture>(); }
    void cleanup() { m_t.reset(); }

    void listsTablesAndSearchesRates()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        QVERIFY(window.showPage(QStringLiteral("Rates")));
        console::RatesPage* page = window.ratesPage();
        QAbstractItemModelTester tester(page->ratesModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->tablesModel()->rowCount(), 2);
        QVERIFY(page->selectTable(QStringLiteral("Demo retail")));
        QVERIFY(page->ratesModel()->rowCount() >= 30);
        child<QLineEdit>(*page, QStringLiteral("rateSearch"))->setText(QStringLiteral("mobile"));
        const QAbstractItemModel* visible = child<QTableView>(*page, QStringLiteral("rates"))->model();
        QVERIFY(visible->rowCount() > 0);
        for (int row = 0; row < visible->rowCount(); ++row)
            QVERIFY(visible->index(row, console::RatesModel::Destination)
                        .data()
                        .toString()
                        .contains(QStringLiteral("mobile")));
    }

    void rateTesterPricesLikeACall()
    {
        console::RatesPage page(*m_t->db, m_t->clock);
        child<QComboBox>(page, QStringLiteral("testerPlan"))->setCurrentText(QStringLiteral("Demo retail"));
        child<QSpinBox>(page, QStringLiteral("testerSeconds"))->setValue(61);
        QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("testerNumber")),
                         QStringLiteral("+44 7700 900123"));
        auto* tester = child<QLabel>(page, QStringLiteral("testerResult"));
        const QString text = tester->text();
        // UK mobile sells at 0.015 * 1.6 = 0.024/min on 30/6: 61 s -> 66 s -> 0.0264;
        // the demo carrier charges 0.015/min per second: 61 s -> 0.01525.
        QVERIFY2(text.contains(QStringLiteral("<b>447</b>")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("66 s")));
        QVERIFY(text.contains(QStringLiteral("$0.0264")));
        QVERIFY(text.contains(QStringLiteral("$0.01525")));
        QVERIFY(text.contains(QStringLiteral("$0.01115")));

        child<QLineEdit>(page, QStringLiteral("testerNumber"))->setText(QStringLiteral("+850 2 381 2000"));
        QVERIFY(tester->text().contains(QStringLiteral("not in plan")));
        child<QLineEdit>(page, QStringLiteral("testerNumber"))->setText(QStringLiteral("12ab"));
        QVERIFY(tester->text().contains(QStringLiteral("not allowed")));
    }

    void rateTesterPricesTheGatewayTheSwitchDials()
    {
        // A route for 447 outranks the demo carrier's catch-all route even at
        // a worse priority, so the switch dials its gateway first; the
        // tester must cost the call there too.
        const std::int64_t table =
            test::rateTable(*m_t->db, m_t->clock, QStringLiteral("UK mobiles"), store::RateTableKind::Buy,
                            {test::rate(QStringLiteral("447"), 20'000, 1, 1)});
        store::GatewayRepository gateways(*m_t->db, m_t->clock);
        store::Gateway gateway;
        gateway.name = QStringLiteral("UK mobiles");
        gateway.host = QStringLiteral("192.0.2.7");
        gateway.buyTableId = table;
        store::Route route;
        route.gatewayId = gateways.insertGateway(gateway);
        route.prefix = QStringLiteral("447");
        route.priority = 200;
        gateways.insertRoute(route);
        const auto dialled = routing::Router(*m_t->db, m_t->clock)
                                 .candidates(core::PhoneNumber::fromE164(QStringLiteral("447700900123")));
        QCOMPARE(dialled.first().gateway.name, QStringLiteral("UK mobiles"));

        console::RatesPage page(*m_t->db, m_t->clock);
        child<QComboBox>(page, QStringLiteral("testerPlan"))->setCurrentText(QStringLiteral("Demo retail"));
        child<QSpinBox>(page, QStringLiteral("testerSeconds"))->setValue(60);
        QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("testerNumber")),
                         QStringLiteral("+44 7700 900123"));
        const QString text = child<QLabel>(page, QStringLiteral("testerResult"))->text();
        QVERIFY2(text.contains(QStringLiteral("Cost $0.02 (60 s at $0.02/min, prefix 447)")),
                 qPrintable(text));
    }

    void badSheetIsReportedAndChangesNothing()
    {
        console::RatesPage page(*m_t->db, m_t->clock);
        const QString path = test::writeFile(m_t->dir, QStringLiteral("bad.csv"),
                                             "prefix,destination,rate\n44,UK,0.01\n4x,Bad,0.02\n");
        dialogs::setFileHook([&](const QString&) { return path; });
        dialogs::setExecHook([](QDialog& d) {
            child<QComboBox>(d, QStringLiteral("table"))->setCurrentText(QStringLiteral("Demo carrier"));
            d.accept();
            return d.result();
        });
        const auto before =
            store::RateRepository(*m_t->db, m_t->clock).findTableByName(QStringLiteral("Demo carrier"));
        page.importAction()->trigger();
        QVERIFY2(m_t->message.contains(QStringLiteral("nothing was imported")), qPrintable(m_t->message));
        QVERIFY(m_t->message.contains(QStringLiteral("line 3")));
        const auto after =
            store::RateRepository(*m_t->db, m_t->clock).findTableByName(QStringLiteral("Demo carrier"));
        QCOMPARE(after->rateCount, before->rateCount);
    }

    void importIntoANewTableThenMarkUp()
    {
        console::RatesPage page(*m_t->db, m_t->clock);
        const QString path = test::writeFile(
            m_t->dir, QStringLiteral("good.csv"),
            "Code;Country;Price;Billing\n49;Germany;0,0100;1/1\n4915;Germany mobile;0,0300;60/60\n");
        dialogs::setFileHook([&](const QString&) { return path; });
        dialogs::setExecHook([](QDialog& d) {
            child<QComboBox>(d, QStringLiteral("table"))->setCurrentText(QStringLiteral("New carrier"));
            auto* kind = child<QComboBox>(d, QStringLiteral("kind"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("buy")));
            d.accept();
            return d.result();
        });
        page.importAction()->trigger();
        QVERIFY2(m_t->message.contains(QStringLiteral("Imported 2 rates into New carrier")),
                 qPrintable(m_t->message));
        QCOMPARE(page.tablesModel()->rowCount(), 3);
        QCOMPARE(page.ratesModel()->rowCount(), 2); // the new table is selected

        dialogs::setExecHook([](QDialog& d) {
            auto* from = child<QComboBox>(d, QStringLiteral("from"));
            from->setCurrentIndex(from->findText(QStringLiteral("New carrier")));
            child<QComboBox>(d, QStringLiteral("to"))->setCurrentText(QStringLiteral("New retail"));
            child<QLineEdit>(d, QStringLiteral("percent"))->setText(QStringLiteral("abc"));
            d.accept(); // refused: stays open with an error
            if (!d.isVisible() || !child<QLabel>(d, QStringLiteral("error"))->isVisible())
                return int(QDialog::Rejected);
            child<QLineEdit>(d, QStringLiteral("percent"))->setText(QStringLiteral("25"));
            child<QLineEdit>(d, QStringLiteral("increments"))->setText(QStringLiteral("30/6"));
            d.accept();
            return d.result();
        });
        child<QAction>(page, QStringLiteral("markupTool"))->trigger();
        QVERIFY2(m_t->message.contains(QStringLiteral("Wrote 2 sell rates to New retail")),
                 qPrintable(m_t->message));
        const auto plan =
            store::RateRepository(*m_t->db, m_t->clock).findTableByName(QStringLiteral("New retail"));
        QVERIFY(plan && plan->kind == store::RateTableKind::Sell);
        const auto rates = store::RateRepository(*m_t->db, m_t->clock).rates(plan->id);
        QCOMPARE(rates[0].perMinute, core::Money::fromMicros(13000)); // 0.0125 rounded up to the 0.001 step
        QCOMPARE(rates[0].firstIncrement, 30);
        QCOMPARE(rates[0].nextIncrement, 6);
        QCOMPARE(rates[1].firstIncrement, 60); // never finer than the carrier's 60/60
    }

    void exportWritesTheSelectedTable()
    {
        console::RatesPage page(*m_t->db, m_t->clock);
        QVERIFY(page.selectTable(QStringLiteral("Demo retail")));
        const QString path = m_t->dir.filePath(QStringLiteral("out.csv"));
        dialogs::setFileHook([&](const QString&) { return path; });
        page.exportAction()->trigger();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("prefix,destination,rate"));
        QVERIFY(csv.contains("447,United Kingdom mobile,0.024,"));
    }

    void deletingAPlanInUseIsRefused()
    {
        console::RatesPage page(*m_t->db, m_t->clock);
        QVERIFY(page.selectTable(QStringLiteral("Demo retail")));
        page.deleteAction()->trigger();
        QVERIFY2(m_t->message.contains(QStringLiteral("still used")), qPrintable(m_t->message));
        QCOMPARE(page.tablesModel()->rowCount(), 2);
    }
};

QTEST_MAIN(TestRatesPage)
#include "TestRatesPage.moc"
