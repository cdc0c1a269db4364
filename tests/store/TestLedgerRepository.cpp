#include "store/AccountRepository.h"
#include "store/LedgerRepository.h"
#include "store/StoreError.h"
#include "support/Accounts.h"
#include "support/TempDatabase.h"

#include <QTest>

using namespace rebound;
using core::Money;
using store::LedgerReason;

class TestLedgerRepository : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    std::int64_t m_account = 0;

    Money append(Money amount, LedgerReason reason = LedgerReason::Adjustment)
    {
        store::Database::Transaction tx(*m_t->db);
        const Money after =
            store::LedgerRepository(*m_t->db, m_t->clock)
                .append(m_account, amount, reason, QStringLiteral("ref"), QStringLiteral("test"));
        tx.commit();
        return after;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_account = test::addAccount(*m_t->db, m_t->clock, QStringLiteral("1001"));
    }
    void cleanup() { m_t.reset(); }

    void appendMovesTheBalanceCache()
    {
        QCOMPARE(append(Money::fromCents(1000), LedgerReason::TopUp), Money::fromCents(1000));
        QCOMPARE(append(Money::fromMicros(-12'345), LedgerReason::Call), Money::fromMicros(9'987'655));
        const auto account = store::AccountRepository(*m_t->db, m_t->clock).findById(m_account);
        QCOMPARE(account->balance, Money::fromMicros(9'987'655));
        const store::LedgerRepository ledger(*m_t->db, m_t->clock);
        QCOMPARE(ledger.sum(m_account), account->balance);
        const auto entries = ledger.entries(m_account);
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.first().reason == LedgerReason::Call);
        QCOMPARE(entries.first().balanceAfter, Money::fromMicros(9'987'655));
        QVERIFY(ledger.findMismatches().isEmpty());
    }

    void mismatchesAreFound()
    {
        append(Money::fromCents(500));
        // Simulate a cache that drifted (e.g. a hand edit in sqlite3).
        m_t->db->run(QStringLiteral("UPDATE accounts SET balance_micros = balance_micros + 1"), {},
                     QStringLiteral("t"));
        const auto mismatches = store::LedgerRepository(*m_t->db, m_t->clock).findMismatches();
        QCOMPARE(mismatches.size(), 1);
        QCOMPARE(mismatches.first().accountId, m_account);
        QCOMPARE(mismatches.first().ledgerSum, Money::fromCents(500));
        QCOMPARE(mismatches.first().cached, Money::fromMicros(5'000'001));
    }

    void unknownAccountChangesNothing()
    {
        store::Database::Transaction tx(*m_t->db);
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 store::LedgerRepository(*m_t->db, m_t->clock)
                                     .append(999, Money::fromCents(1), LedgerReason::TopUp, {}, {}));
    }
};

QTEST_GUILESS_MAIN(TestLedgerRepository)
#include "TestLedgerRepository.moc"
