#include "billing/ChargeRule.h"
#include "billing/Markup.h"
#include "support/RateTables.h"

#include <QTest>

using namespace rebound;
using core::Money;

namespace {
// A carrier's rate for the UK.
store::Rate buy(std::int64_t micros, int first = 1, int next = 1, std::int64_t connect = 0)
{
    store::Rate r = test::rate(QStringLiteral("44"), micros, first, next, 0, 0, connect);
    r.destination = QStringLiteral("UK");
    return r;
}
} // namespace

class TestMarkup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void percentFixedAndRounding_data()
    {
        QTest::addColumn<qint64>("cost");
        QTest::addColumn<qint64>("percentBp");
        QTest::addColumn<qint64>("fixed");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("60% of 0.0080 -> 0.0128 -> 0.013") << 8000LL << 6000LL << 0LL << 1000LL << 13000LL;
        QTest::newRow("exact step stays") << 10000LL << 5000LL << 0LL << 1000LL << 15000LL;
        QTest::newRow("fixed only") << 8000LL << 0LL << 2000LL << 1000LL << 10000LL;
        QTest::newRow("both") << 10000LL << 1000LL << 500LL << 100LL << 11500LL;
        QTest::newRow("no rounding") << 12345LL << 1000LL << 0LL << 0LL << 13580LL; // 13579.5 -> 13580
        QTest::newRow("negative margin never below cost") << 10000LL << -5000LL << 0LL << 1000LL << 10000LL;
        QTest::newRow("free stays free") << 0LL << 6000LL << 0LL << 1000LL << 0LL;
    }
    void percentFixedAndRounding()
    {
        QFETCH(qint64, cost);
        QFETCH(qint64, percentBp);
        QFETCH(qint64, fixed);
        QFETCH(qint64, step);
        QFETCH(qint64, expected);
        billing::MarkupRule rule;
        rule.percentBasisPoints = percentBp;
        rule.fixedPerMinute = Money::fromMicros(fixed);
        rule.roundUpTo = Money::fromMicros(step);
        const auto sell = billing::applyMarkup({buy(cost)}, rule);
        QCOMPARE(sell.size(), 1);
        QCOMPARE(sell[0].perMinute.micros(), expected);
        QCOMPARE(sell[0].prefix, QStringLiteral("44"));
        QCOMPARE(sell[0].destination, QStringLiteral("UK"));
    }

    void incrementsNeverFinerThanTheCarrier()
    {
        billing::MarkupRule rule;
        rule.percentBasisPoints = 3000;
        rule.firstIncrement = 30;
        rule.nextIncrement = 6;
        const auto sell = billing::applyMarkup({buy(10000, 60, 60, 50000), buy(10000, 1, 1)}, rule);
        QCOMPARE(sell[0].firstIncrement, 60);
        QCOMPARE(sell[0].nextIncrement, 60);
        QCOMPARE(sell[0].connectFee, Money::fromMicros(65000));
        QCOMPARE(sell[1].firstIncrement, 30);
        QCOMPARE(sell[1].nextIncrement, 6);
    }

    void sellNeverBelowCostForAnyDuration()
    {
        billing::MarkupRule rule;
        rule.percentBasisPoints = 100; // a thin 1 %
        rule.firstIncrement = 30;
        rule.nextIncrement = 6;
        const QList<store::Rate> costs = {buy(7777, 1, 1, 1000), buy(123456, 6, 6), buy(99, 30, 6),
                                          buy(1, 1, 1)};
        const auto sell = billing::applyMarkup(costs, rule);
        for (qsizetype i = 0; i < costs.size(); ++i)
            for (int d = 0; d < 900; ++d)
                QVERIFY(billing::chargeForSeconds(sell[i], d).amount >=
                        billing::chargeForSeconds(costs[i], d).amount);
    }
};

QTEST_GUILESS_MAIN(TestMarkup)
#include "TestMarkup.moc"
