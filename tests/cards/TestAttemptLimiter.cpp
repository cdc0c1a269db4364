#include "cards/AttemptLimiter.h"
#include "store/SettingsRepository.h"
#include "support/TempDatabase.h"

#include <QTest>

using namespace rebound;
using cards::AttemptLimiter;

class TestAttemptLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void locksAfterTooManyFailuresInTheWindow()
    {
        test::TempDatabase t;
        AttemptLimiter limiter(*t.db, t.clock, {3, 60'000, 300'000});
        const QString key = QStringLiteral("source:x");
        QVERIFY(!limiter.recordFailure(key));
        QVERIFY(!limiter.recordFailure(key));
        QCOMPARE(limiter.lockedFor(key), 0);
        QVERIFY(limiter.recordFailure(key));
        QCOMPARE(limiter.lockedFor(key), 300'000);
        t.clock.advance(299'999);
        QCOMPARE(limiter.lockedFor(key), 1);
        t.clock.advance(1);
        QCOMPARE(limiter.lockedFor(key), 0);
        QVERIFY(!limiter.recordFailure(key)); // the count started again
    }

    // What the SMS replies and the portal tell someone locked out.
    void minutesLeftRoundUp()
    {
        QCOMPARE(AttemptLimiter::minutesLeft(1), 1);
        QCOMPARE(AttemptLimiter::minutesLeft(60'000), 1);
        QCOMPARE(AttemptLimiter::minutesLeft(60'001), 2);
        QCOMPARE(AttemptLimiter::minutesLeft(1'800'000), 30);
    }

    void failuresOutsideTheWindowDoNotAddUp()
    {
        test::TempDatabase t;
        AttemptLimiter limiter(*t.db, t.clock, {3, 60'000, 300'000});
        const QString key = QStringLiteral("account:1");
        limiter.recordFailure(key);
        limiter.recordFailure(key);
        t.clock.advance(60'000);
        QVERIFY(!limiter.recordFailure(key));
        QVERIFY(!limiter.recordFailure(key));
        QCOMPARE(limiter.lockedFor(key), 0);
    }

    void successClearsAndKeysAreIndependent()
    {
        test::TempDatabase t;
        AttemptLimiter limiter(*t.db, t.clock, {2, 60'000, 300'000});
        limiter.recordFailure(QStringLiteral("a"));
        limiter.recordSuccess(QStringLiteral("a"));
        QVERIFY(!limiter.recordFailure(QStringLiteral("a")));
        QVERIFY(limiter.recordFailure(QStringLiteral("a")));
        QCOMPARE(limiter.lockedFor(QStringLiteral("b")), 0);
    }

    void policyComesFromSettings()
    {
        test::TempDatabase t;
        store::SettingsRepository s(*t.db);
        s.setValue(QStringLiteral("cards.max_failures"), QStringLiteral("7"));
        s.setValue(QStringLiteral("cards.lockout_minutes"), QStringLiteral("60"));
        const auto policy = AttemptLimiter::policyFromSettings(*t.db);
        QCOMPARE(policy.maxFailures, 7);
        QCOMPARE(policy.lockMs, 3'600'000);
        QCOMPARE(policy.windowMs, 900'000);
    }
};

QTEST_GUILESS_MAIN(TestAttemptLimiter)
#include "TestAttemptLimiter.moc"
