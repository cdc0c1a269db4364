// The fraud alarms over the last hour, on the demo data plus made-up traffic.
#include "demo/DemoData.h"
#include "fraud/FraudMonitor.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace rebound;

class TestFraudMonitor : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    std::int64_t m_account = 0;
    QString m_code;

    void exec(const QString& sql, const QVariantList& values = {})
    {
        m_t->db->run(sql, values, QStringLiteral("test"));
    }
    // A callback request `agoMs` ago for the account.
    void request(std::int64_t agoMs)
    {
        const qlonglong at = m_t->clock.nowMs() - agoMs;
        exec(
            QStringLiteral("INSERT INTO callback_requests (account_id, trigger, callback_number, created_at, "
                           "updated_at) VALUES (?, 'sms', '447700900123', ?, ?)"),
            {qlonglong(m_account), at, at});
    }
    // A billed call `agoMs` ago costing `sellMicros`; returns its id.
    qlonglong call(std::int64_t agoMs, qlonglong sellMicros)
    {
        const qlonglong at = m_t->clock.nowMs() - agoMs;
        exec(QStringLiteral("INSERT INTO calls (account_id, state, sell_micros, started_at, ended_at) "
                            "VALUES (?, 'completed', ?, ?, ?)"),
             {qlonglong(m_account), sellMicros, at, at + 60'000});
        QSqlQuery id = m_t->db->run(QStringLiteral("SELECT max(id) FROM calls"), {}, QStringLiteral("test"));
        id.next();
        return id.value(0).toLongLong();
    }
    void leg(qlonglong callId, const QString& number, std::optional<qlonglong> gateway, bool answered,
             std::optional<qlonglong> sellRate = std::nullopt)
    {
        const qlonglong at = m_t->clock.nowMs() - 120'000;
        exec(QStringLiteral("INSERT INTO legs (call_id, leg, number, gateway_id, invited_at, answered_at, "
                            "ended_at, is_open, sell_rate_id) VALUES (?, 'B', ?, ?, ?, ?, ?, 0, ?)"),
             {callId, number, gateway ? QVariant(*gateway) : QVariant(), at,
              answered ? QVariant(at + 5000) : QVariant(), at + 60'000,
              sellRate ? QVariant(*sellRate) : QVariant()});
    }
    // Every check off but the ones a test turns on.
    static fraud::Thresholds none()
    {
        fraud::Thresholds t;
        t.callbacksPerHour = 0;
        t.spendPerHour = core::Money();
        t.totalSpendPerHour = core::Money();
        t.premiumPerMinute = core::Money();
        t.minAsrPercent = 0;
        return t;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_t->clock.set(QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        demo::DemoData::seed(*m_t->db, m_t->clock);
        const auto account =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"));
        m_account = account->id;
        m_code = account->accountCode;
    }
    void cleanup() { m_t.reset(); }

    void tooManyCallbacksInAnHourRaiseOneAlarm()
    {
        auto t = none();
        t.callbacksPerHour = 5;
        for (int i = 0; i < 5; ++i)
            request(i * 60'000);
        request(2 * 3'600'000); // older than the hour: does not count
        fraud::FraudMonitor monitor(*m_t->db, m_t->clock);
        QVERIFY(monitor.check(t).isEmpty()); // 5 is the limit, not above it
        request(0);
        const auto alarms = monitor.check(t);
        QCOMPARE(alarms.size(), 1);
        QVERIFY2(alarms[0].text.contains(QStringLiteral("account 1001 asked for 6 callbacks")),
                 qPrintable(alarms[0].text));
        QCOMPARE(*alarms[0].accountId, m_account);
        QVERIFY(!alarms[0].suspended);
        // Raised once an hour, not at every check; audited.
        QVERIFY(monitor.check(t).isEmpty());
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent(1).first().action,
                 QStringLiteral("fraud.alarm"));
        m_t->clock.advance(3'600'001);
        for (int i = 0; i < 6; ++i)
            request(0);
        QCOMPARE(monitor.check(t).size(), 1);
    }

    void fastSpendingSuspendsTheAccountWhenAsked()
    {
        auto t = none();
        t.spendPerHour = core::Money::fromUnits(5);
        t.totalSpendPerHour = core::Money::fromUnits(8);
        t.autoSuspend = true;
        call(10 * 60'000, 3'000'000);
        exec(QStringLiteral(
                 "INSERT INTO credit_reservations (account_id, amount_micros, created_at) VALUES (?, ?, ?)"),
             {qlonglong(m_account), qlonglong(2'500'000),
              qlonglong(m_t->clock.nowMs())}); // a call in progress
        fraud::FraudMonitor monitor(*m_t->db, m_t->clock);
        const auto alarms = monitor.check(t);
        QCOMPARE(alarms.size(), 1); // 5.50 for the account; 5.50 in all is under 8
        QVERIFY2(alarms[0].text.contains(QStringLiteral("account 1001 spent")), qPrintable(alarms[0].text));
        QVERIFY(alarms[0].suspended);
        QVERIFY(store::AccountRepository(*m_t->db, m_t->clock).findById(m_account)->status ==
                store::AccountStatus::Suspended);
        call(5 * 60'000, 3'000'000);
        const auto more = monitor.check(t);
        QCOMPARE(more.size(), 1);
        QCOMPARE(more[0].key, QStringLiteral("total-spend"));
        QVERIFY(!more[0].accountId);
    }

    void premiumDestinationsAndFailingGateways()
    {
        auto t = none();
        t.premiumPerMinute = core::Money::fromUnits(1);
        t.minAsrPercent = 50;
        t.minAttempts = 4;
        const qlonglong gateway = store::GatewayRepository(*m_t->db, m_t->clock).gateways().first().id;
        exec(QStringLiteral("INSERT INTO rates (rate_table_id, prefix, destination, rate_micros) "
                            "SELECT id, '88213', 'Satellite', 4500000 FROM rate_tables LIMIT 1"));
        QSqlQuery rate =
            m_t->db->run(QStringLiteral("SELECT max(id) FROM rates"), {}, QStringLiteral("test"));
        rate.next();
        const qlonglong premiumRate = rate.value(0).toLongLong();
        const qlonglong premium = call(60'000, 0);
        leg(premium, QStringLiteral("882130001"), gateway, true, premiumRate);
        for (int i = 0; i < 3; ++i)
            leg(call(30'000, 0), QStringLiteral("12025550147"), gateway, false); // 1 of 4 answered: 25 %
        fraud::FraudMonitor monitor(*m_t->db, m_t->clock);
        const auto alarms = monitor.check(t);
        QCOMPARE(alarms.size(), 2);
        QVERIFY2(alarms[0].text.contains(QStringLiteral("called +882130001 at")), qPrintable(alarms[0].text));
        QCOMPARE(*alarms[0].accountId, m_account);
        QVERIFY2(alarms[1].text.contains(QStringLiteral("answered 1 of 4 attempts")),
                 qPrintable(alarms[1].text));
        QVERIFY(!alarms[1].accountId);
    }

    void thresholdsComeFromTheSettings()
    {
        store::SettingsRepository settings(*m_t->db);
        settings.setValue(QStringLiteral("fraud.callbacks_per_hour"), QStringLiteral("7"));
        settings.setValue(QStringLiteral("fraud.spend_per_hour"), QStringLiteral("12.50"));
        settings.setValue(QStringLiteral("fraud.premium_per_minute"), QStringLiteral("0"));
        settings.setValue(QStringLiteral("fraud.min_asr_percent"), QStringLiteral("nonsense"));
        settings.setValue(QStringLiteral("fraud.auto_suspend"), QStringLiteral("on"));
        const auto t = fraud::Thresholds::fromSettings(*m_t->db);
        QCOMPARE(t.callbacksPerHour, 7);
        QCOMPARE(t.spendPerHour, core::Money::fromCents(1250));
        QCOMPARE(t.premiumPerMinute, core::Money());                  // 0: off
        QCOMPARE(t.minAsrPercent, fraud::Thresholds().minAsrPercent); // unreadable: the default
        QVERIFY(t.autoSuspend);
    }
};

QTEST_GUILESS_MAIN(TestFraudMonitor)
#include "TestFraudMonitor.moc"
