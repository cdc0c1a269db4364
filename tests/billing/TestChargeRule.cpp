#include "billing/ChargeRule.h"
#include "support/RateTables.h"

#include <QTest>

using namespace rebound;
using billing::chargeForDuration;
using billing::chargeForSeconds;
using core::Money;

// The oracle: every expected value below is worked out by hand from the rule
// in ARCHITECTURE.md, not computed by the code under test.
class TestChargeRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oracle_data()
    {
        QTest::addColumn<qint64>("perMinute"); // micro-units
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("next");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("grace");
        QTest::addColumn<qint64>("connect");
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<qint64>("cost");

        // 60/60 at 0.10/min
        QTest::newRow("60/60 unanswered") << 100000LL << 60 << 60 << 0 << 0 << 0LL << 0LL << 0 << 0LL;
        QTest::newRow("60/60 1 ms") << 100000LL << 60 << 60 << 0 << 0 << 0LL << 1LL << 60 << 100000LL;
        QTest::newRow("60/60 60 s") << 100000LL << 60 << 60 << 0 << 0 << 0LL << 60000LL << 60 << 100000LL;
        QTest::newRow("60/60 60.001 s")
            << 100000LL << 60 << 60 << 0 << 0 << 0LL << 60001LL << 120 << 200000LL;
        QTest::newRow("60/60 121 s") << 100000LL << 60 << 60 << 0 << 0 << 0LL << 121000LL << 180 << 300000LL;
        // 30/6 at 0.12/min: 0.002/s
        QTest::newRow("30/6 5 s") << 120000LL << 30 << 6 << 0 << 0 << 0LL << 5000LL << 30 << 60000LL;
        QTest::newRow("30/6 30 s") << 120000LL << 30 << 6 << 0 << 0 << 0LL << 30000LL << 30 << 60000LL;
        QTest::newRow("30/6 31 s") << 120000LL << 30 << 6 << 0 << 0 << 0LL << 31000LL << 36 << 72000LL;
        QTest::newRow("30/6 36 s") << 120000LL << 30 << 6 << 0 << 0 << 0LL << 36000LL << 36 << 72000LL;
        QTest::newRow("30/6 37 s") << 120000LL << 30 << 6 << 0 << 0 << 0LL << 37000LL << 42 << 84000LL;
        // 1/1 per second at 0.0125/min: 61 s -> 0.0125*61/60 = 0.012708333.. -> 12708
        QTest::newRow("1/1 61 s") << 12500LL << 1 << 1 << 0 << 0 << 0LL << 61000LL << 61 << 12708LL;
        // rounding: 0.0001/min * 30 s = 0.00005 = 50 micros exactly; 1 s = 1.666.. -> 2
        QTest::newRow("round up at 2/3") << 100LL << 1 << 1 << 0 << 0 << 0LL << 1000LL << 1 << 2LL;
        // 0.00003/min * 1 s = 0.5 micro -> half rounds up to 1
        QTest::newRow("exact half") << 30LL << 1 << 1 << 0 << 0 << 0LL << 1000LL << 1 << 1LL;
        // 0.00001/min * 1 s = 0.1666 micro -> 0
        QTest::newRow("below half") << 10LL << 1 << 1 << 0 << 0 << 0LL << 1000LL << 1 << 0LL;
        // minimum seconds
        QTest::newRow("min 60 on 1/1, 10 s")
            << 60000LL << 1 << 1 << 60 << 0 << 0LL << 10000LL << 60 << 60000LL;
        QTest::newRow("min 60 on 1/1, 61 s")
            << 60000LL << 1 << 1 << 60 << 0 << 0LL << 61000LL << 61 << 61000LL;
        QTest::newRow("min 90 on 60/60, 61 s")
            << 60000LL << 60 << 60 << 90 << 0 << 0LL << 61000LL << 120 << 120000LL;
        QTest::newRow("min 90 on 60/60, 30 s")
            << 60000LL << 60 << 60 << 90 << 0 << 0LL << 30000LL << 90 << 90000LL;
        // grace: free, and no connect fee
        QTest::newRow("grace 5, 5 s") << 60000LL << 1 << 1 << 0 << 5 << 250000LL << 5000LL << 0 << 0LL;
        QTest::newRow("grace 5, 4.001 s") << 60000LL << 1 << 1 << 0 << 5 << 250000LL << 4001LL << 0 << 0LL;
        QTest::newRow("grace 5, 5.001 s")
            << 60000LL << 1 << 1 << 0 << 5 << 250000LL << 5001LL << 6 << 256000LL;
        QTest::newRow("grace 5 + min 30") << 60000LL << 6 << 6 << 30 << 5 << 0LL << 7000LL << 30 << 30000LL;
        // connect fee
        QTest::newRow("connect fee 60/60")
            << 100000LL << 60 << 60 << 0 << 0 << 150000LL << 1000LL << 60 << 250000LL;
        QTest::newRow("connect fee only")
            << 0LL << 60 << 60 << 0 << 0 << 150000LL << 1000LL << 60 << 150000LL;
        // free rate
        QTest::newRow("zero rate") << 0LL << 60 << 60 << 0 << 0 << 0LL << 3600000LL << 3600 << 0LL;
        // long call: 2 h at 0.50/min, 60/1 -> 7200 s = 60.00
        QTest::newRow("2 hours") << 500000LL << 60 << 1 << 0 << 0 << 0LL << 7200000LL << 7200 << 60000000LL;
        // expensive: Cuba-like 0.75/min 30/6, 95 s -> 30+66=96 s -> 1.20
        QTest::newRow("96 s at 0.75") << 750000LL << 30 << 6 << 0 << 0 << 0LL << 95000LL << 96 << 1200000LL;
    }

    void oracle()
    {
        QFETCH(qint64, perMinute);
        QFETCH(int, first);
        QFETCH(int, next);
        QFETCH(int, minimum);
        QFETCH(int, grace);
        QFETCH(qint64, connect);
        QFETCH(qint64, durationMs);
        QFETCH(int, seconds);
        QFETCH(qint64, cost);
        const auto charge = chargeForDuration(
            test::rate(QStringLiteral("44"), perMinute, first, next, minimum, grace, connect), durationMs);
        QCOMPARE(charge.seconds, seconds);
        QCOMPARE(charge.amount.micros(), cost);
    }

    void durationsRoundUpToWholeSeconds()
    {
        QCOMPARE(billing::billableSeconds(0), 0);
        QCOMPARE(billing::billableSeconds(1), 1);
        QCOMPARE(billing::billableSeconds(1000), 1);
        QCOMPARE(billing::billableSeconds(1001), 2);
        QCOMPARE(billing::billableSeconds(-5), 0);
    }

    void chargeNeverDecreasesWithDuration()
    {
        const store::Rate r = test::rate(QStringLiteral("44"), 123457, 30, 7, 45, 3, 99999);
        Money previous;
        for (int d = 0; d < 2000; ++d) {
            const Money now = chargeForSeconds(r, d).amount;
            QVERIFY2(now >= previous, qPrintable(QString::number(d)));
            previous = now;
        }
    }
};

QTEST_GUILESS_MAIN(TestChargeRule)
#include "TestChargeRule.moc"
