#include "Switch.h"
#include "calls/SipLogPage.h"
#include "common/MainWindow.h"
#include "support/ConsoleFixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace rebound;
using rebound::test::child;

class TestSipLogPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::ConsoleFixture> m_t;

private Q_SLOTS:
    void init() { m_t = std::make_unique<test::ConsoleFixture>(); }
    void cleanup() { m_t.reset(); }

    void newPagesFollowCards()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        auto* navigation = child<QListWidget>(window, QStringLiteral("navigation"));
        QStringList titles;
        for (int i = 0; i < navigation->count(); ++i)
            titles << navigation->item(i)->text();
        const qsizetype cards = titles.indexOf(QStringLiteral("Cards"));
        QVERIFY(cards >= 0);
        QCOMPARE(titles.mid(cards + 1, 4),
                 (QStringList{QStringLiteral("Gateways"), QStringLiteral("DIDs"),
                              QStringLiteral("API tokens"), QStringLiteral("SIP log")}));
        QVERIFY(window.showPage(QStringLiteral("SIP log")));
        QCOMPARE(child<QLabel>(window, QStringLiteral("switchStatus"))->text(),
                 QStringLiteral("Switch stopped: not started by this console"));
    }

    void showsTheLinesOfARunningSwitch()
    {
        Switch sipSwitch(m_t->path(), QStringLiteral("127.0.0.1:0"), m_t->clock);
        console::MainWindow window(*m_t->db, m_t->clock, &sipSwitch);
        QSignalSpy started(&sipSwitch, &Switch::started);
        QSignalSpy failed(&sipSwitch, &Switch::failed);
        auto* status = child<QLabel>(window, QStringLiteral("switchStatus"));
        QCOMPARE(status->text(), QStringLiteral("Switch: starting…"));
        sipSwitch.setWebListen(QStringLiteral("127.0.0.1:0")); // the portal on any free port
        sipSwitch.start();
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 10'000);
        QVERIFY2(started.count() == 1, failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY2(status->text().startsWith(QStringLiteral("Switch: SIP on 127.0.0.1:")),
                 qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral(" · portal http://127.0.0.1:")),
                 qPrintable(status->text()));

        console::SipLogPage* page = window.sipLogPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->view()->toPlainText().contains(QStringLiteral("SIP listening")),
                                 5'000);
        // Timestamped with the console's clock.
        const QString stamp = QDateTime::fromMSecsSinceEpoch(m_t->clock.nowMs())
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QVERIFY2(page->view()->toPlainText().startsWith(stamp), qPrintable(page->view()->toPlainText()));

        QSignalSpy stopped(&sipSwitch, &Switch::stopped);
        sipSwitch.stop();
        QTRY_VERIFY_WITH_TIMEOUT(stopped.count() == 1, 10'000);
        QVERIFY2(status->text().startsWith(QStringLiteral("Switch stopped")), qPrintable(status->text()));
        QTRY_VERIFY(page->view()->toPlainText().contains(QStringLiteral("SIP stopped")));
    }

    void showsWhyTheSwitchDidNotStart()
    {
        Switch sipSwitch(m_t->path(), QStringLiteral("127.0.0.1:99999"), m_t->clock);
        console::MainWindow window(*m_t->db, m_t->clock, &sipSwitch);
        QSignalSpy failed(&sipSwitch, &Switch::failed);
        sipSwitch.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 10'000);
        const QString status = child<QLabel>(window, QStringLiteral("switchStatus"))->text();
        QVERIFY2(
            status.startsWith(QStringLiteral("Switch failed: '127.0.0.1:99999' is not a SIP listen address")),
            qPrintable(status));
        QVERIFY(window.sipLogPage()->view()->toPlainText().contains(QStringLiteral("Switch failed: ")));
        // The console keeps working.
        QVERIFY(window.showPage(QStringLiteral("Gateways")));
    }

    void capsClearsAndPausesScrolling()
    {
        console::SipLogPage page(m_t->clock, nullptr);
        page.resize(600, 300);
        page.show();
        for (int i = 0; i < console::SipLogPage::MaxLines + 100; ++i)
            page.appendLine(QStringLiteral("line %1").arg(i));
        QCOMPARE(page.lineCount(), console::SipLogPage::MaxLines);
        const QStringList lines = page.view()->toPlainText().split(QLatin1Char('\n'));
        QVERIFY(lines.first().endsWith(QStringLiteral(" line 100")));
        QVERIFY(lines.last().endsWith(QStringLiteral(" line 2099")));
        QScrollBar* bar = page.view()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum()); // following the newest line

        page.pauseScrolling()->setChecked(true);
        bar->setValue(10);
        page.appendLine(QStringLiteral("while paused"));
        QCOMPARE(bar->value(), 10);
        page.pauseScrolling()->setChecked(false);
        page.appendLine(QStringLiteral("resumed"));
        QCOMPARE(bar->value(), bar->maximum());

        page.appendLine(QStringLiteral("two\nlines"));
        QVERIFY(page.view()->toPlainText().endsWith(QStringLiteral(" two lines")));

        page.clear();
        QCOMPARE(page.lineCount(), 0);
        page.appendLine(QStringLiteral("after clear"));
        QCOMPARE(page.lineCount(), 1);
    }
};

QTEST_MAIN(TestSipLogPage)
#include "TestSipLogPage.moc"
