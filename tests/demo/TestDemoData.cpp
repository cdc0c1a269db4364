#include "core/PasswordHash.h"
#include "demo/DemoData.h"
#include "demo/DemoHistory.h"
#include "reports/BusinessReports.h"
#include "store/AccountRepository.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"
#include "support/TempDatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <ctime>

using namespace rebound;

namespace {
int count(const store::Database& db, const QString& sql)
{
    QSqlQuery q = db.run(sql, {}, QStringLiteral("t"));
    return q.next() ? q.value(0).toInt() : -1;
}

qint64 number(const store::Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q = db.run(sql, values, QStringLiteral("t"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

constexpr qint64 MsPerDay = 86'400'000;
} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedsAConsistentMarkedDemo()
    {
        test::TempDatabase t;
        QVERIFY(demo::DemoData::seed(*t.db, t.clock));
        const auto accounts = store::AccountRepository(*t.db, t.clock).list();
        QVERIFY(accounts.size() >= 5);
        for (const auto& a : accounts) {
            QVERIFY(a.isDemo);
            QVERIFY2(a.name.startsWith(QStringLiteral("Demo")), qPrintable(a.name));
            QVERIFY(!a.callbackNumber.isEmpty());
            QVERIFY(a.sellPlanId.has_value());
        }
        QVERIFY(store::SettingsRepository(*t.db).hasDemoData());
        QVERIFY(store::LedgerRepository(*t.db, t.clock).findMismatches().isEmpty());
        QVERIFY(count(*t.db, QStringLiteral("SELECT count(DISTINCT destination) FROM rates")) >= 30);
        QVERIFY(count(*t.db, QStringLiteral("SELECT count(*) FROM dids")) >= 3);
        QCOMPARE(count(*t.db, QStringLiteral("SELECT count(*) FROM gateways WHERE host = '127.0.0.1'")), 1);
        // Sell prices are never below cost for the same prefix.
        QCOMPARE(
            count(*t.db, QStringLiteral("SELECT count(*) FROM rates s JOIN rate_tables st ON st.id = "
                                        "s.rate_table_id AND st.kind = 'sell' JOIN rates b ON b.prefix = "
                                        "s.prefix JOIN rate_tables bt ON bt.id = b.rate_table_id AND bt.kind "
                                        "= 'buy' WHERE s.rate_micros < b.rate_micros")),
            0);
        const auto amira = store::AccountRepository(*t.db, t.clock).findByCode(QStringLiteral("1001"));
        QVERIFY(core::PasswordHash::verify(demo::DemoData::demoPassword(), amira->passwordHash));
        QCOMPARE(amira->balance, core::Money::fromCents(2500));
    }

    void seedsNinetyDaysOfHistory()
    {
        test::TempDatabase t;
        t.clock.set(QDateTime(QDate(2026, 3, 15), QTime(18, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        const qint64 now = t.clock.nowMs();
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        QVERIFY(demo::DemoData::seed(*t.db, t.clock, demo::DemoData::WithHistory));
        qInfo("demo data with history: %lld ms (%.0f ms of CPU)", timer.elapsed(),
              1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC);
        const store::Database& db = *t.db;

        // About 20 to 25 calls a day over 90 days, on nearly every day, all
        // finished by now and none before the history's start.
        const qint64 calls = number(db, QStringLiteral("SELECT count(*) FROM calls"));
        QVERIFY2(calls >= 18 * 90 && calls <= 30 * 90, qPrintable(QString::number(calls)));
        QCOMPARE(number(db,
                        QStringLiteral("SELECT count(*) FROM calls WHERE state = 'open' OR ended_at > ? OR "
                                       "started_at < ?"),
                        {now, now - 90 * MsPerDay}),
                 0);
        QVERIFY(number(db, QStringLiteral("SELECT count(DISTINCT started_at / ?) FROM calls"), {MsPerDay}) >=
                85);
        QVERIFY(number(db, QStringLiteral("SELECT max(started_at) FROM calls")) > now - MsPerDay);
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM callback_requests WHERE state NOT IN "
                                           "('completed', 'failed')")),
                 0);

        // A few percent fail, for the reasons the switch gives.
        const qint64 failed = number(db, QStringLiteral("SELECT count(*) FROM calls WHERE state = 'failed'"));
        QVERIFY2(failed * 100 >= 2 * calls && failed * 100 <= 12 * calls,
                 qPrintable(QStringLiteral("%1 of %2").arg(failed).arg(calls)));
        const QStringList reasons = store::ReportRepository(db).hangupReasons();
        for (const char* reason : {"leg A: 486 Busy Here", "leg A: 480 Temporarily Unavailable",
                                   "leg B: 486 Busy Here", "the subscriber hung up before being connected"})
            QVERIFY2(reasons.contains(QLatin1String(reason)), reason);

        // Every trigger, and legs through all three gateways.
        QCOMPARE(number(db, QStringLiteral("SELECT count(DISTINCT trigger) FROM calls WHERE trigger IN "
                                           "('did', 'lgw', 'sms', 'web', 'api')")),
                 5);
        QCOMPARE(number(db, QStringLiteral("SELECT count(DISTINCT gateway_id) FROM legs")), 3);
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM legs WHERE gateway_id IS NULL")), 0);

        // The books: the ledger agrees with the balances, every call is
        // charged exactly what its legs were priced, and no balance ever
        // went below its credit limit.
        QVERIFY(store::LedgerRepository(db, t.clock).findMismatches().isEmpty());
        QCOMPARE(
            number(db, QStringLiteral(
                           "SELECT count(*) FROM calls c WHERE (SELECT COALESCE(-SUM(amount_micros), 0) "
                           "FROM ledger WHERE reason = 'call' AND reference = 'call ' || c.id) <> (SELECT "
                           "SUM(sell_micros) FROM legs WHERE call_id = c.id) OR c.sell_micros <> (SELECT "
                           "SUM(sell_micros) FROM legs WHERE call_id = c.id)")),
            0);
        QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM ledger WHERE reason = 'call'")) >=
                calls * 9 / 10);
        QCOMPARE(
            number(db, QStringLiteral("SELECT count(*) FROM ledger l JOIN accounts a ON a.id = l.account_id "
                                      "WHERE l.balance_after_micros + a.credit_limit_micros < 0")),
            0);
        QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM ledger WHERE reason IN ('topup', 'card')")) >
                10);
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM ledger WHERE created_at > ?"), {now}), 0);
        // Profit on every call: no buy table is dearer than the sell plan.
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM calls WHERE buy_micros > sell_micros")), 0);

        // Busy evenings and weekends, quiet nights, in the billing time zone.
        const reports::BusinessReports reports(db);
        const auto period = reports::Period::preset(reports::Period::Preset::Last90Days, now, reports.zone());
        qint64 evening = 0, night = 0, weekend = 0, weekday = 0;
        for (const reports::SeriesPoint& p : reports.series(period.filter(), reports::Bucket::Hour)) {
            const int hour = p.start.time().hour();
            evening += hour >= 18 && hour < 22 ? p.totals.calls : 0;
            night += hour >= 1 && hour < 5 ? p.totals.calls : 0;
            (p.start.date().dayOfWeek() >= 6 ? weekend : weekday) += p.totals.calls;
        }
        QVERIFY2(evening > 10 * night, qPrintable(QStringLiteral("%1 vs %2").arg(evening).arg(night)));
        QVERIFY2(weekend * 5 * 10 > weekday * 2 * 12,
                 qPrintable(QStringLiteral("%1 vs %2").arg(weekend).arg(weekday)));

        // The same clock draws the same history.
        test::TempDatabase again;
        again.clock.set(now);
        QVERIFY(demo::DemoData::seed(*again.db, again.clock, demo::DemoData::WithHistory));
        const QString sums =
            QStringLiteral("SELECT count(*) || '/' || SUM(sell_micros) || '/' || SUM(buy_micros) || "
                           "'/' || SUM(talk_ms) || '/' || SUM(started_at) FROM calls");
        QSqlQuery first = db.run(sums, {}, QStringLiteral("t"));
        QSqlQuery second = again.db->run(sums, {}, QStringLiteral("t"));
        QVERIFY(first.next() && second.next());
        QCOMPARE(second.value(0).toString(), first.value(0).toString());
    }

    void neverSeedsOverRealData()
    {
        test::TempDatabase t;
        store::Account real;
        real.accountCode = QStringLiteral("555");
        store::AccountRepository(*t.db, t.clock).insert(real);
        QVERIFY(!demo::DemoData::seed(*t.db, t.clock));
        QCOMPARE(store::AccountRepository(*t.db, t.clock).count(), 1);
        QVERIFY(!store::SettingsRepository(*t.db).hasDemoData());
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
