#include "billing/ChargeRule.h"
#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "store/RateRepository.h"
#include "support/RateTables.h"
#include "support/TempDatabase.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rebound;
using billing::Rater;
using core::Money;
using test::rate;

namespace {
core::PhoneNumber number(const char* digits)
{
    return core::PhoneNumber::fromE164(QString::fromLatin1(digits));
}

// The obvious answer, one second at a time.
int bruteForceMaxTalk(Money credit, const store::Rate& a, int secondsA, const store::Rate& b, int cap)
{
    if (Rater::costOfTalk(a, secondsA, b, 0) > credit)
        return -1;
    int t = 0;
    while (t < cap && Rater::costOfTalk(a, secondsA, b, t + 1) <= credit)
        ++t;
    return t;
}
} // namespace

class TestRater : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    std::int64_t m_sell = 0;
    std::int64_t m_buy = 0;

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_sell = test::rateTable(*m_t->db, m_t->clock, QStringLiteral("retail"), store::RateTableKind::Sell,
                                 {rate(QStringLiteral("44"), 20000, 30, 6),
                                  rate(QStringLiteral("447"), 50000, 30, 6),
                                  rate(QStringLiteral("1"), 10000, 30, 6)});
        m_buy =
            test::rateTable(*m_t->db, m_t->clock, QStringLiteral("carrier"), store::RateTableKind::Buy,
                            {rate(QStringLiteral("44"), 8000, 1, 1), rate(QStringLiteral("447"), 30000, 1, 1),
                             rate(QStringLiteral("1"), 6000, 1, 1)});
    }
    void cleanup() { m_t.reset(); }

    void pricesOneLegBothWays()
    {
        billing::RateCache cache(*m_t->db, m_t->clock);
        Rater rater(cache, QTimeZone::utc());
        const auto q = rater.priceLeg(m_sell, {number("447700900123"), 61'500, m_t->clock.nowMs(), m_buy});
        QVERIFY(q.allowed());
        QCOMPARE(q.sellRate->prefix, QStringLiteral("447"));
        QCOMPARE(q.answeredSeconds, 62);
        QCOMPARE(q.sell.seconds, 66);                      // 30 + 6*6
        QCOMPARE(q.sell.amount, Money::fromMicros(55000)); // 0.05 * 66 / 60
        QCOMPARE(q.buy.seconds, 62);
        QCOMPARE(q.buy.amount, Money::fromMicros(31000)); // 0.03 * 62 / 60
        QCOMPARE(q.profit(), Money::fromMicros(24000));
    }

    void pricesAWholeCallbackCall()
    {
        billing::RateCache cache(*m_t->db, m_t->clock);
        Rater rater(cache, QTimeZone::utc());
        const std::int64_t now = m_t->clock.nowMs();
        // Leg A: UK landline, up 100 s; leg B: US, talked 90 s.
        const auto q = rater.priceCall(m_sell, {number("442071234567"), 100'000, now, m_buy},
                                       {number("12025550147"), 90'000, now + 10'000, m_buy});
        QCOMPARE(q.a.sell.amount, Money::fromMicros(34000)); // 102 s (30 + 12*6) at 0.02
        QCOMPARE(q.b.sell.amount, Money::fromMicros(15000)); // 90 s at 0.01
        QCOMPARE(q.a.buy.amount, Money::fromMicros(13333));  // 100 s at 0.008 = 13333.3
        QCOMPARE(q.b.buy.amount, Money::fromMicros(9000));   // 90 s at 0.006
        QCOMPARE(q.sell(), Money::fromMicros(49000));
        QCOMPARE(q.profit(), Money::fromMicros(26667));
    }

    void unknownDestinationIsNotAllowed()
    {
        billing::RateCache cache(*m_t->db, m_t->clock);
        Rater rater(cache, QTimeZone::utc());
        const auto q = rater.priceLeg(m_sell, {number("8613800138000"), 60'000, 0, m_buy});
        QVERIFY(!q.allowed());
        QVERIFY(!q.buyRate);
        QCOMPARE(q.sell.amount, Money());
    }

    void cacheRebuildsWhenRatesChange()
    {
        billing::RateCache cache(*m_t->db, m_t->clock);
        Rater rater(cache, QTimeZone::utc());
        QCOMPARE(rater.rateFor(m_sell, number("442071234567"), 0)->perMinute, Money::fromMicros(20000));
        store::RateRepository(*m_t->db, m_t->clock).replaceRates(m_sell, {rate(QStringLiteral("44"), 25000)});
        QCOMPARE(rater.rateFor(m_sell, number("442071234567"), 0)->perMinute, Money::fromMicros(25000));
        QVERIFY(!rater.rateFor(m_sell, number("12025550147"), 0));
    }

    void maxTalkHandPicked()
    {
        // A: 0.06/min 1/1 already 30 s (0.03); B: 0.60/min 60/60.
        const store::Rate a = rate(QStringLiteral("44"), 60000, 1, 1);
        const store::Rate b = rate(QStringLiteral("1"), 600000, 60, 60);
        // 1.00 credit: T = 60 costs 0.09 + 0.60 = 0.69; T = 61 costs 0.091 + 1.20 = 1.291.
        QCOMPARE(Rater::maxTalkSeconds(Money::fromUnits(1), a, 30, b, 14400), 60);
        // 0.02 does not even cover leg A so far.
        QCOMPARE(Rater::maxTalkSeconds(Money::fromCents(2), a, 30, b, 14400), -1);
        // 0.03 covers A but not B's first minute: T = 0.
        QCOMPARE(Rater::maxTalkSeconds(Money::fromCents(3), a, 30, b, 14400), 0);
        // Free rates: the cap.
        QCOMPARE(Rater::maxTalkSeconds(Money(), rate(QStringLiteral("1"), 0), 0, rate(QStringLiteral("1"), 0),
                                       7200),
                 7200);
    }

    void maxTalkMatchesBruteForce()
    {
        QRandomGenerator rng(20261130);
        const int increments[] = {1, 6, 10, 30, 60};
        for (int i = 0; i < 3000; ++i) {
            const auto randomRate = [&] {
                return rate(QStringLiteral("1"), rng.bounded(1, 1'000'000), increments[rng.bounded(5)],
                            increments[rng.bounded(5)], rng.bounded(3) == 0 ? rng.bounded(0, 120) : 0,
                            rng.bounded(3) == 0 ? rng.bounded(0, 10) : 0,
                            rng.bounded(3) == 0 ? rng.bounded(0, 300'000) : 0);
            };
            const store::Rate a = randomRate();
            const store::Rate b = randomRate();
            const int secondsA = rng.bounded(0, 300);
            const Money credit = Money::fromMicros(rng.bounded(0, 5'000'000));
            const int cap = 3600;
            const int fast = Rater::maxTalkSeconds(credit, a, secondsA, b, cap);
            const int slow = bruteForceMaxTalk(credit, a, secondsA, b, cap);
            QVERIFY2(
                fast == slow,
                qPrintable(QStringLiteral("case %1: fast %2, brute force %3").arg(i).arg(fast).arg(slow)));
            if (fast >= 0)
                QVERIFY(Rater::costOfTalk(a, secondsA, b, fast) <= credit);
            if (fast >= 0 && fast < cap)
                QVERIFY(Rater::costOfTalk(a, secondsA, b, fast + 1) > credit);
        }
    }
};

QTEST_GUILESS_MAIN(TestRater)
#include "TestRater.moc"
