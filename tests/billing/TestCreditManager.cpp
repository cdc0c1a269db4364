#include "billing/CreditManager.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/LedgerRepository.h"
#include "support/RacingConnections.h"
#include "support/TempDatabase.h"

#include <QAtomicInteger>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <vector>

using namespace rebound;
using billing::CreditError;
using billing::CreditManager;
using core::Money;

class TestCreditManager : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    std::int64_t m_account = 0;

    std::int64_t addAccount(const QString& code, Money balance, Money limit, int maxCalls)
    {
        store::Account a;
        a.accountCode = code;
        a.creditLimit = limit;
        a.maxConcurrentCalls = maxCalls;
        const auto id = store::AccountRepository(*m_t->db, m_t->clock).insert(a);
        if (!balance.isZero())
            CreditManager(*m_t->db, m_t->clock)
                .adjust(id, balance, store::LedgerReason::TopUp, QStringLiteral("opening"),
                        QStringLiteral("test"));
        return id;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_account = addAccount(QStringLiteral("1001"), Money::fromUnits(5), Money::fromUnits(1), 3);
    }
    void cleanup() { m_t.reset(); }

    void availableCountsCreditLimitAndReservations()
    {
        CreditManager credit(*m_t->db, m_t->clock);
        QCOMPARE(credit.available(m_account), Money::fromUnits(6));
        credit.reserveAmount(m_account, QStringLiteral("call 1"), Money::fromUnits(2));
        QCOMPARE(credit.available(m_account), Money::fromUnits(4));
        QCOMPARE(credit.reserved(m_account), Money::fromUnits(2));
    }

    void refusesMoreThanAvailable()
    {
        CreditManager credit(*m_t->db, m_t->clock);
        try {
            credit.reserveAmount(m_account, QStringLiteral("big"), Money::fromMicros(6'000'001));
            QFAIL("over-reservation accepted");
        } catch (const CreditError& e) {
            QVERIFY(e.kind() == CreditError::Kind::InsufficientCredit);
            QVERIFY(e.message().contains(QStringLiteral("1001")));
        }
        QVERIFY(credit.reservations(m_account).isEmpty());
        credit.reserveAmount(m_account, QStringLiteral("exact"), Money::fromUnits(6)); // to the last micro
    }

    void holdFunctionSeesTheAvailableCredit()
    {
        CreditManager credit(*m_t->db, m_t->clock);
        credit.reserveAmount(m_account, QStringLiteral("first"), Money::fromUnits(1));
        Money seen;
        const auto r = credit.reserve(m_account, QStringLiteral("second"), [&](Money available) {
            seen = available;
            return std::optional<Money>(available.scaled(1, 2));
        });
        QCOMPARE(seen, Money::fromUnits(5));
        QCOMPARE(r.amount, Money::fromMicros(2'500'000));
        QVERIFY_THROWS_EXCEPTION(CreditError, credit.reserve(m_account, QStringLiteral("no"),
                                                             [](Money) { return std::optional<Money>(); }));
    }

    void resizeCountsTheCallsOwnHoldAsFree()
    {
        CreditManager credit(*m_t->db, m_t->clock);
        credit.reserveAmount(m_account, QStringLiteral("other call"), Money::fromUnits(2));
        const auto ivr = credit.reserveAmount(m_account, QStringLiteral("call 7"), Money::fromUnits(1));
        Money seen;
        const auto grown = credit.resize(ivr.id, [&](Money available) {
            seen = available;
            return std::optional<Money>(available);
        });
        QCOMPARE(seen, Money::fromUnits(4)); // 6 - the other call's 2
        QCOMPARE(grown.id, ivr.id);
        QCOMPARE(grown.amount, Money::fromUnits(4));
        QCOMPARE(credit.available(m_account), Money());
        // Refused: the hold stays as it was.
        QVERIFY_THROWS_EXCEPTION(CreditError, credit.resize(ivr.id, [](Money available) {
            return std::optional<Money>(available + Money::fromMicros(1));
        }));
        QCOMPARE(credit.reserved(m_account), Money::fromUnits(6));
        const auto shrunk =
            credit.resize(ivr.id, [](Money) { return std::optional<Money>(Money::fromUnits(1)); });
        QCOMPARE(shrunk.amount, Money::fromUnits(1));
        QCOMPARE(credit.available(m_account), Money::fromUnits(3));
        credit.settle(ivr.id, Money(), QStringLiteral("call 7"), QStringLiteral("test"));
        QVERIFY_THROWS_EXCEPTION(CreditError,
                                 credit.resize(ivr.id, [](Money a) { return std::optional<Money>(a); }));
    }

    void concurrentCallLimit()
    {
        CreditManager credit(*m_t->db, m_t->clock);
        for (int i = 0; i < 3; ++i)
            credit.reserveAmount(m_account, QStringLiteral("call %1").arg(i), Money::fromCents(10));
        try {
            credit.reserveAmount(m_account, QStringLiteral("call 4"), Money::fromCents(10));
            QFAIL("fourth call allowed");
        } catch (const CreditError& e) {
            QVERIFY(e.kind() == CreditError::Kind::TooManyCalls);
        }
        credit.release(credit.reservations(m_account).first().id);
        credit.reserveAmount(m_account, QStringLiteral("call 4"), Money::fromCents(10));
    }

    void inactiveAccountsCannotCall()
    {
        auto account = *store::AccountRepository(*m_t->db, m_t->clock).findById(m_account);
        account.status = store::AccountStatus::Suspended;
        store::AccountRepository(*m_t->db, m_t->clock).update(account);
        try {
            CreditManager(*m_t->db, m_t->clock).reserveAmount(m_account, QStringLiteral("x"), Money());
            QFAIL("suspended account reserved credit");
        } catch (const CreditError& e) {
            QVERIFY(e.kind() == CreditError::Kind::NotActive);
        }
    }

    void settleChargesTheLedgerOnce()
    {
        CreditManager credit(*m_t->db, m_t->clock);
        const auto r = credit.reserveAmount(m_account, QStringLiteral("call 9"), Money::fromUnits(2));
        QCOMPARE(
            credit.settle(r.id, Money::fromMicros(1'234'567), QStringLiteral("call 9"), QStringLiteral("t")),
            Money::fromMicros(3'765'433));
        QVERIFY(credit.reservations(m_account).isEmpty());
        QVERIFY_THROWS_EXCEPTION(CreditError, credit.settle(r.id, Money::fromUnits(1), {}, {}));
        const auto entries = store::LedgerRepository(*m_t->db, m_t->clock).entries(m_account);
        QCOMPARE(entries.first().amount, Money::fromMicros(-1'234'567));
        QVERIFY(entries.first().reason == store::LedgerReason::Call);
        QVERIFY(store::LedgerRepository(*m_t->db, m_t->clock).findMismatches().isEmpty());
    }

    void overrunIsChargedAndAudited()
    {
        CreditManager credit(*m_t->db, m_t->clock);
        const auto r = credit.reserveAmount(m_account, QStringLiteral("call"), Money::fromUnits(1));
        credit.settle(r.id, Money::fromUnits(2), QStringLiteral("call"), QStringLiteral("t"));
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().action,
                 QStringLiteral("credit.overrun"));
    }

    void adjustmentsAreLedgerRowsWithAudit()
    {
        CreditManager credit(*m_t->db, m_t->clock);
        QCOMPARE(credit.adjust(m_account, Money::fromCents(-50), store::LedgerReason::Adjustment,
                               QStringLiteral("goodwill reversal"), QStringLiteral("console")),
                 Money::fromCents(450));
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().action,
                 QStringLiteral("balance.adjustment"));
        QVERIFY(store::LedgerRepository(*m_t->db, m_t->clock).findMismatches().isEmpty());
    }

    // Eight threads, each with its own connection (like several switches on
    // one database), race to reserve and settle calls on one small balance.
    void concurrentReservationsNeverOverspend()
    {
        const std::int64_t account =
            addAccount(QStringLiteral("2002"), Money::fromCents(100), Money::fromCents(20), 0);
        const QString path = m_t->path();
        QAtomicInteger<int> granted = 0;
        QAtomicInteger<int> refused = 0;
        const int failures =
            test::raceOnConnections(path, 8, [&](const store::Database& db, const core::Clock& clock, int t) {
                CreditManager credit(db, clock);
                QRandomGenerator rng(quint32(1000 + t));
                for (int i = 0; i < 40; ++i) {
                    const Money want = Money::fromMicros(rng.bounded(1'000, 90'000));
                    try {
                        const auto r =
                            credit.reserveAmount(account, QStringLiteral("t%1-%2").arg(t).arg(i), want);
                        ++granted;
                        // Charge up to what was held; sometimes the call is free.
                        const Money charge = Money::fromMicros(rng.bounded(0, int(r.amount.micros()) + 1));
                        if (rng.bounded(4) == 0)
                            credit.release(r.id);
                        else
                            credit.settle(r.id, charge, QStringLiteral("t%1-%2").arg(t).arg(i),
                                          QStringLiteral("test"));
                    } catch (const CreditError&) {
                        ++refused;
                    }
                }
            });

        QCOMPARE(failures, 0);
        QVERIFY(granted.loadRelaxed() > 0);
        QVERIFY2(refused.loadRelaxed() > 0, "the balance was never exhausted: the test proves nothing");
        const auto a = store::AccountRepository(*m_t->db, m_t->clock).findById(account);
        QVERIFY2(a->balance >= -a->creditLimit, qPrintable(a->balance.toPlainString()));
        QVERIFY(CreditManager(*m_t->db, m_t->clock).reservations(account).isEmpty());
        QVERIFY(store::LedgerRepository(*m_t->db, m_t->clock).findMismatches().isEmpty());
    }

    // Interleaved reservations: what is held plus what was spent never
    // exceeds balance + credit limit at any moment.
    void interleavedHoldsNeverExceedCredit()
    {
        CreditManager credit(*m_t->db, m_t->clock);
        const std::int64_t account = addAccount(QStringLiteral("3003"), Money::fromCents(50), Money(), 0);
        QList<billing::Reservation> live;
        QRandomGenerator rng(7);
        for (int step = 0; step < 500; ++step) {
            if (live.isEmpty() || rng.bounded(2) == 0) {
                try {
                    live.append(credit.reserveAmount(account, QStringLiteral("s%1").arg(step),
                                                     Money::fromMicros(rng.bounded(1, 200'000))));
                } catch (const CreditError&) {
                }
            } else {
                const auto r = live.takeAt(rng.bounded(int(live.size())));
                credit.settle(r.id, Money::fromMicros(rng.bounded(0, int(r.amount.micros()) + 1)), {}, {});
            }
            QVERIFY(credit.available(account) >= Money());
        }
    }
};

QTEST_GUILESS_MAIN(TestCreditManager)
#include "TestCreditManager.moc"
