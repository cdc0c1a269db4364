#include "store/RateRepository.h"
#include "store/StoreError.h"
#include "support/TempDatabase.h"

#include <QTest>

using namespace rebound;
using store::RateRepository;

class TestRateRepository : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;

private Q_SLOTS:
    void init() { m_t = std::make_unique<test::TempDatabase>(); }
    void cleanup() { m_t.reset(); }

    void tablesAndRatesRoundTrip()
    {
        RateRepository repo(*m_t->db, m_t->clock);
        const auto id =
            repo.createTable(store::RateTable::named(QStringLiteral("Retail"), store::RateTableKind::Sell,
                                                     QStringLiteral("EUR"), QStringLiteral("desc")));
        store::Rate r;
        r.prefix = QStringLiteral("4930");
        r.destination = QStringLiteral("Berlin");
        r.perMinute = core::Money::fromMicros(12345);
        r.connectFee = core::Money::fromCents(5);
        r.firstIncrement = 30;
        r.nextIncrement = 6;
        r.minSeconds = 30;
        r.graceSeconds = 4;
        r.validFrom = 1000;
        r.validTo = 2000;
        r.timeFrom = 480;
        r.timeTo = 1140;
        r.daysMask = 0b0011111;
        store::Rate plain;
        plain.prefix = QStringLiteral("49");
        repo.replaceRates(id, {r, plain});
        const auto back = repo.rates(id);
        QCOMPARE(back.size(), 2);
        store::Rate expected = r;
        expected.id = back[1].id;
        expected.tableId = id;
        QCOMPARE(back[0].prefix, QStringLiteral("49")); // ordered by prefix
        QVERIFY(back[1] == expected);
        QVERIFY(!back[0].validFrom && !back[0].timeFrom);
        const auto tables = repo.tables();
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables[0].rateCount, 2);
        QCOMPARE(tables[0].currency, QStringLiteral("EUR"));
        QCOMPARE(repo.findTableByName(QStringLiteral("Retail"))->id, id);
    }

    void everyChangeMovesTheRevision()
    {
        RateRepository repo(*m_t->db, m_t->clock);
        const auto r0 = repo.revision();
        const auto id =
            repo.createTable(store::RateTable::named(QStringLiteral("T"), store::RateTableKind::Buy));
        const auto r1 = repo.revision();
        repo.replaceRates(id, {});
        const auto r2 = repo.revision();
        repo.removeTable(id);
        QVERIFY(r0 < r1 && r1 < r2 && r2 < repo.revision());
    }

    void badRateChangesNothing()
    {
        RateRepository repo(*m_t->db, m_t->clock);
        const auto id =
            repo.createTable(store::RateTable::named(QStringLiteral("T"), store::RateTableKind::Buy));
        store::Rate good;
        good.prefix = QStringLiteral("44");
        repo.replaceRates(id, {good});
        store::Rate bad;
        bad.prefix = QStringLiteral("1");
        bad.firstIncrement = 0; // breaks a CHECK
        QVERIFY_THROWS_EXCEPTION(store::StoreError, repo.replaceRates(id, {good, bad}));
        QCOMPARE(repo.rates(id).size(), 1);
    }

    void tablesInUseCannotBeRemoved()
    {
        RateRepository repo(*m_t->db, m_t->clock);
        const auto id =
            repo.createTable(store::RateTable::named(QStringLiteral("Plan"), store::RateTableKind::Sell));
        m_t->db->run(
            QStringLiteral("INSERT INTO accounts (account_code, sell_plan_id, created_at, updated_at) "
                           "VALUES ('1', ?, 0, 0)"),
            {qlonglong(id)}, QStringLiteral("t"));
        try {
            repo.removeTable(id);
            QFAIL("removed a plan in use");
        } catch (const store::StoreError& e) {
            QVERIFY(e.kind() == store::StoreError::Kind::InUse);
        }
        QVERIFY_THROWS_EXCEPTION(store::StoreError, repo.createTable(store::RateTable::named(
                                                        QStringLiteral("Plan"), store::RateTableKind::Sell)));
    }
};

QTEST_GUILESS_MAIN(TestRateRepository)
#include "TestRateRepository.moc"
