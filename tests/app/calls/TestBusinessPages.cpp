#include "Switch.h"
#include "billing/RateCache.h"
#include "callback/CallBilling.h"
#include "calls/CallsPage.h"
#include "calls/DashboardPage.h"
#include "calls/ReportsPage.h"
#include "common/ChartWidget.h"
#include "common/Dialogs.h"
#include "common/MainWindow.h"
#include "common/PeriodPicker.h"
#include "common/QCustomPlot.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "support/ConsoleFixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace rebound;
using store::CallColumn;
using test::child;

namespace {
constexpr std::int64_t Hour = 3'600'000;
constexpr std::int64_t Day = 24 * Hour;

qint64 scalar(const store::Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q = db.run(sql, values, QStringLiteral("test"));
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

// The business pages (Dashboard, Calls, Reports, charts) on calls made the
// way the switch makes them: CDR rows written step by step with a mock
// clock, then billed by CallBilling. Every figure the pages show is checked
// against sums computed here from the legs and the ledger.
class TestBusinessPages : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<billing::RateCache> m_cache;
    std::int64_t m_now = 0;
    std::int64_t m_gateway = 0;

    std::int64_t account(const QString& code) const
    {
        return store::AccountRepository(*m_t->db, m_t->clock).findByCode(code)->id;
    }

    // One callback: leg A answered after 3 s, 8 s of IVR, then leg B either
    // talks `talkSeconds` or fails with 486.
    std::int64_t makeCall(const QString& code, const QString& destination, std::int64_t startMs,
                          int talkSeconds, const QString& trigger = QStringLiteral("sms"))
    {
        m_t->clock.set(startMs);
        const auto subscriber = store::AccountRepository(*m_t->db, m_t->clock).findByCode(code);
        store::CallbackRequest request;
        request.accountId = subscriber->id;
        request.trigger = store::triggerKindFromString(trigger).value();
        request.source = QStringLiteral("test");
        request.callbackNumber = subscriber->callbackNumber;
        request.destination = core::PhoneNumber::fromE164(destination);
        store::CallbackRequestRepository requests(*m_t->db, m_t->clock);
        const std::int64_t requestId = requests.insert(request);
        store::CdrRepository cdrs(*m_t->db, m_t->clock);
        const std::int64_t callId = cdrs.openCall(subscriber->id, requestId);
        const std::int64_t legA =
            cdrs.openLeg(callId, u'A', subscriber->callbackNumber.digits(), m_gateway, QStringLiteral("a"));
        m_t->clock.advance(3000);
        cdrs.legAnswered(legA);
        m_t->clock.advance(8000);
        const std::int64_t legB = cdrs.openLeg(callId, u'B', destination, m_gateway, QStringLiteral("b"));
        m_t->clock.advance(4000);
        const bool talked = talkSeconds > 0;
        if (talked) {
            cdrs.legAnswered(legB);
            m_t->clock.advance(talkSeconds * 1000LL);
            cdrs.closeLeg(legB, 0, QStringLiteral("BYE"));
        } else {
            cdrs.closeLeg(legB, 486, QStringLiteral("Busy Here"));
        }
        cdrs.closeLeg(legA, 0, QStringLiteral("BYE"));
        const QString reason =
            talked ? QStringLiteral("leg B ended: BYE") : QStringLiteral("leg B: 486 Busy Here");
        callback::CallBilling(*m_t->db, m_t->clock, m_cache.get())
            .bill(callId, talked ? store::CallState::Completed : store::CallState::Failed, reason);
        requests.setState(requestId, talked ? store::RequestState::Completed : store::RequestState::Failed,
                          talked ? QString() : reason);
        return callId;
    }

    // Ten days of calls ending yesterday, plus a few today.
    void makeHistory()
    {
        const QStringList codes{QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003"),
                                QStringLiteral("1004")};
        const QStringList destinations{QStringLiteral("442071234567"), QStringLiteral("4915112345678"),
                                       QStringLiteral("12025550147"), QStringLiteral("639171234567")};
        const QStringList triggers{QStringLiteral("sms"), QStringLiteral("did"), QStringLiteral("web"),
                                   QStringLiteral("api")};
        int n = 0;
        for (int day = 10; day >= 0; --day)
            for (int i = 0; i < 24; ++i, ++n)
                makeCall(codes[n % 4], destinations[(n / 4) % 4],
                         m_now - day * Day + (i % 12) * Hour + i * 60'000,
                         n % 7 == 3 ? 0 : 20 + (n * 37) % 400, triggers[(n / 3) % 4]);
        m_t->clock.set(m_now + 20 * Hour); // later the same day: "today" holds the last 24 calls
    }

    QTranslator m_translator;

private Q_SLOTS:
    void initTestCase()
    {
        core::installTranslations(m_translator); // English plural forms
    }
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        QVERIFY(demo::DemoData::seed(*m_t->db, m_t->clock));
        store::SettingsRepository(*m_t->db).setValue(QStringLiteral("billing.timezone"),
                                                     QStringLiteral("UTC"));
        m_cache = std::make_unique<billing::RateCache>(*m_t->db, m_t->clock);
        m_gateway = store::GatewayRepository(*m_t->db, m_t->clock).gateways().first().id;
        m_now = m_t->clock.nowMs(); // 2026-01-01 00:00 UTC
        console::dialogs::setErrorHook([](const QString& text) { QFAIL(qPrintable(text)); });
    }
    void cleanup()
    {
        console::dialogs::clearHooks();
        m_cache.reset();
        m_t.reset();
        QLocale::setDefault(QLocale::c());
    }

    void dashboardIsTheFirstPage()
    {
        console::MainWindow window(*m_t->db, m_t->clock);
        auto* navigation = child<QListWidget>(window, QStringLiteral("navigation"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Dashboard"));
        QVERIFY(window.dashboardPage());
        QVERIFY(window.showPage(QStringLiteral("Calls")));
        QVERIFY(window.showPage(QStringLiteral("Reports")));
    }

    void aFraudAlarmShowsInTheStatusBarUntilClicked()
    {
        // The switch's fraud check (every second here) finds the subscribers
        // spent more in the last hour than allowed; the console shows it.
        store::SettingsRepository settings(*m_t->db);
        settings.setValue(QStringLiteral("fraud.check_seconds"), QStringLiteral("1"));
        settings.setValue(QStringLiteral("fraud.total_spend_per_hour"), QStringLiteral("1.00"));
        settings.setValue(QStringLiteral("web.listen"), QStringLiteral("off"));
        const qlonglong now = QDateTime::currentMSecsSinceEpoch();
        m_t->db->run(
            QStringLiteral("INSERT INTO calls (account_id, state, sell_micros, started_at, ended_at) "
                           "SELECT id, 'completed', 2500000, ?, ? FROM accounts WHERE account_code = '1001'"),
            {now - 60'000, now}, QStringLiteral("test"));
        Switch sipSwitch(m_t->path(), QStringLiteral("127.0.0.1:0"), core::SystemClock::instance());
        console::MainWindow window(*m_t->db, m_t->clock, &sipSwitch);
        auto* alarm = child<QPushButton>(window, QStringLiteral("fraudAlarm"));
        QVERIFY(alarm->isHidden());
        QSignalSpy started(&sipSwitch, &Switch::started);
        sipSwitch.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!alarm->isHidden(), 10'000);
        QVERIFY2(alarm->text().contains(QStringLiteral("Fraud alarm: subscribers spent $2.50")),
                 qPrintable(alarm->text()));
        QVERIFY(alarm->toolTip().contains(QStringLiteral("alarm above $1.00")));
        alarm->click();
        QVERIFY(alarm->isHidden());
        QSignalSpy stopped(&sipSwitch, &Switch::stopped);
        sipSwitch.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10'000);
    }

    void callsPageLoadsLazilyAndSortsInSql()
    {
        makeHistory(); // 264 calls
        console::CallsPage page(*m_t->db, m_t->clock);
        child<console::PeriodPicker>(page, QStringLiteral("periodPicker"))->selectAllTime();
        console::CallsModel* model = page.model();
        QCOMPARE(model->rowCount(), console::CallsModel::PageSize);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 264);
        QVERIFY(!model->canFetchMore({}));
        QVERIFY(child<QLabel>(page, QStringLiteral("callTotals"))
                    ->text()
                    .startsWith(QStringLiteral("264 calls")));
        // Newest first by default.
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->rowAt(r - 1).startedAt >= model->rowAt(r).startedAt);

        // Every column sorts, and the pages join up without gaps or repeats.
        for (int column = 0; column < int(CallColumn::Count); ++column) {
            model->sort(column, Qt::DescendingOrder);
            while (model->canFetchMore({}))
                model->fetchMore({});
            QCOMPARE(model->rowCount(), 264);
            QSet<std::int64_t> ids;
            for (int r = 0; r < model->rowCount(); ++r)
                ids.insert(model->rowAt(r).id);
            QCOMPARE(ids.size(), 264);
        }
        model->sort(int(CallColumn::Profit), Qt::DescendingOrder);
        QCOMPARE(model->rowAt(0).profit().micros(),
                 scalar(*m_t->db, QStringLiteral("SELECT MAX(sell_micros - buy_micros) FROM calls")));
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->rowAt(r - 1).profit() >= model->rowAt(r).profit());
        model->sort(int(CallColumn::Subscriber), Qt::AscendingOrder);
        QCOMPARE(model->rowAt(0).accountCode, QStringLiteral("1001"));

        // The model tester fetches more rows itself after a reset, which it
        // then counts as a change inside the reset: check on one page.
        child<QComboBox>(page, QStringLiteral("subscriberFilter"))->setCurrentIndex(1);
        QCOMPARE(model->rowCount(), 66);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int column = 0; column < int(CallColumn::Count); column += 3)
            model->sort(column, column % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        QCOMPARE(model->index(0, int(CallColumn::Sell)).data().toString().front(), QChar(u'$'));
    }

    void callsPageFilters()
    {
        makeHistory();
        console::CallsPage page(*m_t->db, m_t->clock);
        auto* period = child<console::PeriodPicker>(page, QStringLiteral("periodPicker"));
        auto* subscriber = child<QComboBox>(page, QStringLiteral("subscriberFilter"));
        auto* destinationEdit = child<QLineEdit>(page, QStringLiteral("destinationFilter"));
        auto* result = child<QComboBox>(page, QStringLiteral("resultFilter"));
        auto* triggerBox = child<QComboBox>(page, QStringLiteral("triggerFilter"));
        auto* gateway = child<QComboBox>(page, QStringLiteral("gatewayFilter"));
        auto* totals = child<QLabel>(page, QStringLiteral("callTotals"));
        period->selectAllTime();
        console::CallsModel* model = page.model();
        const auto all = [&] {
            while (model->canFetchMore({}))
                model->fetchMore({});
            return model->rowCount();
        };

        subscriber->setCurrentIndex(subscriber->findText(QStringLiteral("1002"), Qt::MatchStartsWith));
        QCOMPARE(all(), 66);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->rowAt(r).accountCode, QStringLiteral("1002"));
        subscriber->setCurrentIndex(0);

        destinationEdit->setText(QStringLiteral("+44"));
        page.applyFilter();
        QCOMPARE(
            all(),
            int(scalar(*m_t->db, QStringLiteral("SELECT COUNT(*) FROM calls WHERE destination LIKE '44%'"))));
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->rowAt(r).destination.startsWith(QStringLiteral("44")));
        destinationEdit->setText(QStringLiteral("germany"));
        page.applyFilter();
        QVERIFY(all() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->rowAt(r).destinationName.contains(QStringLiteral("Germany")));
        destinationEdit->clear();

        result->setCurrentIndex(result->findData(QStringLiteral("leg B: 486 Busy Here")));
        const int failed = all();
        QCOMPARE(failed,
                 int(scalar(*m_t->db, QStringLiteral("SELECT COUNT(*) FROM calls WHERE state = 'failed'"))));
        QVERIFY(failed > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(!model->rowAt(r).answered());
        result->setCurrentIndex(result->findData(QStringLiteral("answered")));
        QCOMPARE(all(), 264 - failed);
        result->setCurrentIndex(0);

        triggerBox->setCurrentIndex(triggerBox->findData(QStringLiteral("web")));
        QCOMPARE(all(),
                 int(scalar(*m_t->db,
                            QStringLiteral("SELECT COUNT(*) FROM callback_requests WHERE trigger = 'web'"))));
        triggerBox->setCurrentIndex(0);

        gateway->setCurrentIndex(gateway->findText(QStringLiteral("Demo carrier")));
        QCOMPARE(all(), 264);

        // Days in the billing time zone: yesterday holds exactly one day's calls.
        period->selectPreset(reports::Period::Preset::Yesterday);
        QCOMPARE(all(), 24);
        period->selectDays(QDate(2025, 12, 22), QDate(2025, 12, 23));
        QCOMPARE(all(), 48);
        QVERIFY(totals->text().startsWith(QStringLiteral("48 calls")));
        period->selectDays(QDate(2024, 1, 1), QDate(2024, 1, 2));
        QCOMPARE(all(), 0);
        QCOMPARE(totals->text(), QStringLiteral("No calls match these filters."));
    }

    void callDetailShowsTheTimeline()
    {
        const std::int64_t id =
            makeCall(QStringLiteral("1001"), QStringLiteral("442071234567"), m_now - Hour, 95);
        console::CallsPage page(*m_t->db, m_t->clock);
        child<console::PeriodPicker>(page, QStringLiteral("periodPicker"))->selectAllTime();
        QCOMPARE(page.model()->rowCount(), 1);
        child<QTableView>(page, QStringLiteral("callsView"))->selectRow(0);
        const QString text = child<QTextBrowser>(page, QStringLiteral("callDetail"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Call %1").arg(id)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Callback requested by SMS")));
        QVERIFY(text.contains(QStringLiteral("Leg A (subscriber): answered")));
        QVERIFY(text.contains(QStringLiteral("IVR")));
        QVERIFY(text.contains(QStringLiteral(
            "Leg B (destination): calling +442071234567 (United Kingdom) through Demo carrier")));
        QVERIFY(text.contains(QStringLiteral("answered, legs bridged")));
        QVERIFY(text.contains(QStringLiteral("ended after 95.0 s")));
        QVERIFY(text.contains(QStringLiteral("(prefix 44)")));
        // The events are in time order: requested, A, IVR, B, bridged, hang-up.
        QVERIFY(text.indexOf(QStringLiteral("requested")) < text.indexOf(QStringLiteral("IVR")));
        QVERIFY(text.indexOf(QStringLiteral("IVR")) < text.indexOf(QStringLiteral("bridged")));
        QVERIFY(text.indexOf(QStringLiteral("bridged")) < text.indexOf(QStringLiteral("Call completed")));
    }

    void callsReadTheFrenchWayButTheCsvStaysMachineReadable()
    {
        makeHistory();
        QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
        console::CallsPage page(*m_t->db, m_t->clock);
        child<console::PeriodPicker>(page, QStringLiteral("periodPicker"))->selectAllTime();
        console::CallsModel* model = page.model();
        const store::CallRow newest = model->rowAt(0);
        QVERIFY(newest.sell.micros() > 0);
        // Day before month, the seconds kept (UTC, the billing zone here).
        QCOMPARE(model->index(0, int(CallColumn::StartedAt)).data().toString(),
                 QDateTime::fromMSecsSinceEpoch(newest.startedAt, QTimeZone::utc())
                     .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
        // "0,12 $": decimal comma, the symbol after the amount.
        const QString sell = model->index(0, int(CallColumn::Sell)).data().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+,\\d{2,6}\u00A0\\$$")).match(sell).hasMatch(),
                 qPrintable(sell));
        auto* totals = child<QLabel>(page, QStringLiteral("callTotals"));
        QVERIFY2(totals->text().contains(QStringLiteral("264 ")), qPrintable(totals->text()));

        const QString path = m_t->dir.filePath(QStringLiteral("calls.csv"));
        console::dialogs::setFileHook([&](const QString&) { return path; });
        console::dialogs::setErrorHook([](const QString&) {});
        page.exportCsv();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 265);
        // The file keeps ISO 8601 times and a decimal point whatever the locale.
        const QStringList header = lines.first().split(u',');
        const QStringList first = lines[1].split(u',');
        const QString started = first.at(int(header.indexOf(QStringLiteral("started_at"))));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}")).match(started).hasMatch(),
                 qPrintable(started));
        const QString sold = first.at(int(header.indexOf(QStringLiteral("sell"))));
        QVERIFY2(QRegularExpression(QStringLiteral("^-?\\d+(\\.\\d+)?$")).match(sold).hasMatch(),
                 qPrintable(sold));
    }

    void exportsTheFilteredCallsToCsv()
    {
        makeHistory();
        console::CallsPage page(*m_t->db, m_t->clock);
        child<console::PeriodPicker>(page, QStringLiteral("periodPicker"))->selectAllTime();
        auto* subscriber = child<QComboBox>(page, QStringLiteral("subscriberFilter"));
        subscriber->setCurrentIndex(subscriber->findText(QStringLiteral("1003"), Qt::MatchStartsWith));
        const QString path = m_t->dir.filePath(QStringLiteral("calls.csv"));
        console::dialogs::setFileHook([&](const QString&) { return path; });
        QString info;
        console::dialogs::setErrorHook([&](const QString& text) { info = text; });
        page.exportCsv();
        QVERIFY2(info.contains(QStringLiteral("66 calls")), qPrintable(info));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 67);
        QVERIFY(lines.first().startsWith(QStringLiteral("call_id,started_at")));
        QVERIFY(lines.first().contains(QStringLiteral("a_gateway")));
        QVERIFY(lines.first().contains(QStringLiteral("b_sell")));
        for (int i = 1; i < lines.size(); ++i)
            QCOMPARE(lines[i].split(u',').at(3), QStringLiteral("1003"));
        // The calls name subscribers and their numbers: owner-only, as the
        // command line's exports and the audit log's.
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void dashboardFiguresMatchTheLegsAndTheLedger()
    {
        makeHistory();
        // One call in progress, and a subscriber with little money left.
        store::CdrRepository(*m_t->db, m_t->clock).openCall(account(QStringLiteral("1002")), std::nullopt);
        console::DashboardPage page(*m_t->db, m_t->clock, nullptr);
        QSignalSpy spy(&page, &console::DashboardPage::refreshed);
        QVERIFY(spy.wait(10000));

        const std::int64_t monthStart = m_now - 29 * Day;
        const std::int64_t monthEnd = m_now + Day;
        // The dashboard shows cents, rounded half up (these sums are positive).
        const auto monthTotal = [&](const QString& column) {
            const qint64 micros =
                scalar(*m_t->db,
                       QStringLiteral("SELECT SUM(l.%1) FROM legs l JOIN calls c ON c.id = l.call_id "
                                      "WHERE c.started_at >= ? AND c.started_at < ?")
                           .arg(column),
                       {qlonglong(monthStart), qlonglong(monthEnd)});
            return console::format::money(core::Money::fromCents((micros + 5'000) / 10'000),
                                          QStringLiteral("USD"));
        };
        const QString revenue = monthTotal(QStringLiteral("sell_micros"));
        const QString cost = monthTotal(QStringLiteral("buy_micros"));
        auto* figures = child<QTableWidget>(page, QStringLiteral("dashboardFigures"));
        const auto cell = [&](const QString& figure, int column) {
            for (int r = 0; r < figures->rowCount(); ++r)
                if (figures->item(r, 0)->text() == figure)
                    return figures->item(r, column)->text();
            return QStringLiteral("<none>");
        };
        QCOMPARE(cell(QStringLiteral("Revenue"), 3), revenue);
        QCOMPARE(cell(QStringLiteral("Cost"), 3), cost);
        QCOMPARE(cell(QStringLiteral("Callbacks requested"), 1), QStringLiteral("24"));
        QCOMPARE(cell(QStringLiteral("Callbacks requested"), 3), QStringLiteral("264"));
        const qint64 answeredToday = scalar(
            *m_t->db,
            QStringLiteral("SELECT COUNT(*) FROM calls WHERE answered_at IS NOT NULL AND started_at >= ?"),
            {qlonglong(m_now)});
        QCOMPARE(cell(QStringLiteral("Calls answered"), 1), QStringLiteral("%1 / 25").arg(answeredToday));
        QCOMPARE(child<QLabel>(page, QStringLiteral("callsInProgress"))->text(),
                 QStringLiteral("1 call in progress"));

        QVERIFY(child<QTableWidget>(page, QStringLiteral("topDestinations"))->rowCount() >= 3);
        QVERIFY(child<QTableWidget>(page, QStringLiteral("failureReasons"))
                    ->item(0, 0)
                    ->text()
                    .contains(QStringLiteral("486")));
        auto* low = child<QTableWidget>(page, QStringLiteral("lowBalances"));
        bool lowFound = false;
        for (int r = 0; r < low->rowCount(); ++r)
            lowFound = lowFound || low->item(r, 0)->text().startsWith(QStringLiteral("1005"));
        QVERIFY(lowFound); // 1005 starts with nothing
        auto* callsChart = child<console::ChartWidget>(page, QStringLiteral("dashboardCallsChart"));
        QVERIFY(!callsChart->isEmpty());
        QCOMPARE(callsChart->plot()->plottableCount(), 3);

        // A new call shows up on the next refresh.
        makeCall(QStringLiteral("1001"), QStringLiteral("442071234567"), m_now + 21 * Hour, 30);
        page.refresh();
        QVERIFY(spy.wait(10000));
        QCOMPARE(cell(QStringLiteral("Callbacks requested"), 1), QStringLiteral("25"));
    }

    void reportTotalsMatchTheLegsAndTheLedger()
    {
        makeHistory();
        console::ReportsPage page(*m_t->db, m_t->clock);
        child<console::PeriodPicker>(page, QStringLiteral("periodPicker"))
            ->selectDays(QDate(2025, 12, 24), QDate(2025, 12, 31));
        const std::int64_t from = m_now - 8 * Day;
        const std::int64_t to = m_now;
        const QVariantList range{qlonglong(from), qlonglong(to)};
        const qint64 legsSell =
            scalar(*m_t->db,
                   QStringLiteral("SELECT SUM(l.sell_micros) FROM legs l JOIN calls c ON c.id = "
                                  "l.call_id WHERE c.started_at >= ? AND c.started_at < ?"),
                   range);
        const qint64 legsBuy =
            scalar(*m_t->db,
                   QStringLiteral("SELECT SUM(l.buy_micros) FROM legs l JOIN calls c ON c.id = "
                                  "l.call_id WHERE c.started_at >= ? AND c.started_at < ?"),
                   range);
        const qint64 ledger =
            scalar(*m_t->db,
                   QStringLiteral("SELECT -SUM(g.amount_micros) FROM ledger g JOIN calls c ON "
                                  "g.reference = 'call ' || c.id WHERE g.reason = 'call' AND "
                                  "c.started_at >= ? AND c.started_at < ?"),
                   range);
        QVERIFY(legsSell > 0);
        QCOMPARE(ledger, legsSell);
        auto* groupingBox = child<QComboBox>(page, QStringLiteral("grouping"));
        auto* reconciliationLabel = child<QLabel>(page, QStringLiteral("reconciliation"));
        for (int g = 0; g < groupingBox->count(); ++g) {
            groupingBox->setCurrentIndex(g);
            const reports::Breakdown& b = page.breakdown();
            QVERIFY(!b.groups.isEmpty());
            QCOMPARE(b.total.sell.micros(), legsSell);
            QCOMPARE(b.total.cost.micros(), legsBuy);
            core::Money sum;
            for (const store::CallGroup& group : b.groups)
                sum += group.totals.profit();
            QCOMPARE(sum.micros(), legsSell - legsBuy);
            QTableWidget* table = child<QTableWidget>(page, QStringLiteral("reportTable"));
            QCOMPARE(table->rowCount(), int(b.groups.size()) + 1);
            QCOMPARE(table->item(table->rowCount() - 1, 0)->text(), QStringLiteral("Total"));
            QCOMPARE(
                table->item(table->rowCount() - 1, 9)->text(),
                console::format::money(core::Money::fromMicros(legsSell - legsBuy), QStringLiteral("USD")));
            QVERIFY2(reconciliationLabel->text().startsWith(QStringLiteral("✔")),
                     qPrintable(reconciliationLabel->text()));
        }
        groupingBox->setCurrentIndex(groupingBox->findData(int(store::CallGrouping::Destination)));
        // Most profitable first.
        for (int i = 1; i < page.breakdown().groups.size(); ++i)
            QVERIFY(page.breakdown().groups[i - 1].totals.profit() >=
                    page.breakdown().groups[i].totals.profit());
    }

    void reportExportsCsvAndPdf()
    {
        makeHistory();
        console::ReportsPage page(*m_t->db, m_t->clock);
        auto* groupingBox = child<QComboBox>(page, QStringLiteral("grouping"));
        groupingBox->setCurrentIndex(groupingBox->findData(int(store::CallGrouping::Subscriber)));
        const QString csv = m_t->dir.filePath(QStringLiteral("report.csv"));
        const QString pdf = m_t->dir.filePath(QStringLiteral("report.pdf"));
        console::dialogs::setFileHook([&](const QString&) { return csv; });
        page.exportCsv();
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), page.breakdown().groups.size() + 2);
        QVERIFY(lines.first().startsWith(QStringLiteral("Subscriber,calls,answered")));
        QVERIFY(lines.last().startsWith(QStringLiteral("Total,")));
        QVERIFY(lines.last().contains(page.breakdown().total.profit().toPlainString(2)));

        console::dialogs::setFileHook([&](const QString&) { return pdf; });
        page.exportPdf();
        QVERIFY(QFile::exists(pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pdfText.contains(QStringLiteral("by subscriber")), qPrintable(pdfText));
        QVERIFY(pdfText.contains(QStringLiteral("Demo - Amira Haddad")));
        QVERIFY(pdfText.contains(QStringLiteral("Total")));
    }

    void chartsAreInteractiveAndSave()
    {
        makeHistory();
        console::ReportsPage page(*m_t->db, m_t->clock);
        page.resize(1000, 800);
        page.show();
        child<QTabWidget>(page, QStringLiteral("reportTabs"))->setCurrentIndex(1);
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        console::ChartWidget* chart = child<console::ChartWidget>(page, QStringLiteral("callsChart"));
        QVERIFY(!chart->isEmpty());
        QCustomPlot* plot = chart->plot();
        // Thirty days, one bucket each; the hover text is that day's figures.
        const QCPRange whole = plot->xAxis->range();
        QCOMPARE(qint64(whole.size()), qint64(30 * 86400));
        const double yesterday = double((m_now - Day) / 1000) + 3600;
        QString hover = chart->describe(yesterday);
        QVERIFY2(hover.contains(QStringLiteral("Calls: 24")), qPrintable(hover));
        QTest::mouseMove(plot, QPoint(int(plot->xAxis->coordToPixel(yesterday)), plot->height() / 2));
        QTRY_VERIFY(chart->findChild<QLabel*>(QStringLiteral("chartHover"))
                        ->text()
                        .contains(QStringLiteral("Calls: 24")));
        // Zoom in and back.
        plot->xAxis->scaleRange(0.25, plot->xAxis->range().center());
        QVERIFY(plot->xAxis->range().size() < whole.size());
        chart->resetZoom();
        QCOMPARE(plot->xAxis->range().size(), whole.size());

        child<QComboBox>(page, QStringLiteral("bucket"))->setCurrentIndex(1); // per hour
        QCOMPARE(qint64(plot->xAxis->range().size()), qint64(30 * 86400));
        QVERIFY(chart->describe(yesterday).contains(QStringLiteral("Calls: 2 ·"))); // two calls an hour

        child<QComboBox>(page, QStringLiteral("qualityGateway"))->setCurrentIndex(1);
        auto* quality = child<console::ChartWidget>(page, QStringLiteral("qualityChart"));
        QVERIFY(!quality->isEmpty());
        QVERIFY(quality->describe(yesterday).contains(QStringLiteral("ASR")));

        for (const QString& name : {QStringLiteral("chart.png"), QStringLiteral("chart.pdf")}) {
            const QString path = m_t->dir.filePath(name);
            console::dialogs::setFileHook([&](const QString&) { return path; });
            chart->saveAs();
            QFile saved(path);
            QVERIFY(saved.open(QIODevice::ReadOnly));
            const QByteArray head = saved.read(8);
            QVERIFY(name.endsWith(QStringLiteral("png")) ? head.startsWith("\x89PNG")
                                                         : head.startsWith("%PDF"));
        }
        QString error;
        QVERIFY(!chart->saveTo(m_t->dir.filePath(QStringLiteral("chart.gif")), &error));
        QVERIFY(error.contains(QStringLiteral(".png")));
    }

    void emptyDatabaseSaysSo()
    {
        console::DashboardPage dashboard(*m_t->db, m_t->clock, nullptr);
        QSignalSpy spy(&dashboard, &console::DashboardPage::refreshed);
        QVERIFY(spy.wait(10000));
        QCOMPARE(child<QTableWidget>(dashboard, QStringLiteral("topDestinations"))->item(0, 0)->text(),
                 QStringLiteral("No answered calls in the last 30 days."));
        QCOMPARE(child<QTableWidget>(dashboard, QStringLiteral("failureReasons"))->item(0, 0)->text(),
                 QStringLiteral("No failed calls in the last 30 days."));
        QCOMPARE(child<QLabel>(dashboard, QStringLiteral("callsInProgress"))->text(),
                 QStringLiteral("0 calls in progress"));
        QVERIFY(child<console::ChartWidget>(dashboard, QStringLiteral("dashboardCallsChart"))->isEmpty());

        console::CallsPage calls(*m_t->db, m_t->clock);
        QCOMPARE(calls.model()->rowCount(), 0);
        QCOMPARE(child<QLabel>(calls, QStringLiteral("callTotals"))->text(),
                 QStringLiteral("No calls match these filters."));

        console::ReportsPage reports(*m_t->db, m_t->clock);
        reports.refresh();
        // The total row, all zero.
        QCOMPARE(child<QTableWidget>(reports, QStringLiteral("reportTable"))->rowCount(), 1);
        QVERIFY(child<QLabel>(reports, QStringLiteral("reconciliation"))
                    ->text()
                    .startsWith(QStringLiteral("No calls from")));
        QVERIFY(child<console::ChartWidget>(reports, QStringLiteral("callsChart"))->isEmpty());
    }
};

QTEST_MAIN(TestBusinessPages)
#include "TestBusinessPages.moc"
