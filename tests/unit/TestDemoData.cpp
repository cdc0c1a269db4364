#include "core/PasswordHash.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace rebound;

namespace {
int count(const store::Database& db, const QString& sql)
{
    QSqlQuery q = db.run(sql, {}, QStringLiteral("t"));
    return q.next() ? q.value(0).toInt() : -1;
}
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
