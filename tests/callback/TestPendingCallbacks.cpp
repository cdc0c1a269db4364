#include "callback/PendingCallbacks.h"

#include <QTest>

using rebound::callback::PendingCallbacks;

class TestPendingCallbacks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestsFallDueInOrderAfterTheDelay()
    {
        PendingCallbacks pending;
        QVERIFY(pending.isEmpty());
        QCOMPARE(pending.msUntilNext(0, 2000), -1);
        QVERIFY(pending.add(1, 1000));
        QVERIFY(pending.add(2, 1500));
        QVERIFY(pending.add(3, 1500));
        QCOMPARE(pending.msUntilNext(1000, 2000), 2000);
        QVERIFY(pending.takeDue(2999, 2000).isEmpty());
        QCOMPARE(pending.takeDue(3000, 2000), (QList<std::int64_t>{1}));
        QCOMPARE(pending.msUntilNext(3000, 2000), 500);
        QCOMPARE(pending.takeDue(9000, 2000), (QList<std::int64_t>{2, 3}));
        QVERIFY(pending.isEmpty());
    }

    void aRequestWaitsOnce()
    {
        PendingCallbacks pending;
        QVERIFY(pending.add(7, 0));
        QVERIFY(!pending.add(7, 10));
        QCOMPARE(pending.size(), std::size_t(1));
        QVERIFY(pending.contains(7));
        QCOMPARE(pending.takeDue(0, 0), (QList<std::int64_t>{7}));
        QVERIFY(!pending.contains(7));
        QVERIFY(pending.add(7, 20)); // gone, so it may come again
    }

    void removedRequestsDoNotFallDue()
    {
        PendingCallbacks pending;
        pending.add(1, 0);
        pending.add(2, 0);
        pending.add(3, 0);
        QVERIFY(pending.remove(2));
        QVERIFY(!pending.remove(2));
        QCOMPARE(pending.takeDue(0, 0), (QList<std::int64_t>{1, 3}));
    }

    void takeAllEmptiesTheQueue()
    {
        PendingCallbacks pending;
        pending.add(4, 0);
        pending.add(5, 0);
        QCOMPARE(pending.takeAll(), (QList<std::int64_t>{4, 5}));
        QVERIFY(pending.isEmpty());
        QVERIFY(!pending.contains(4));
    }

    void aClockSteppedBackKeepsTheOrder()
    {
        PendingCallbacks pending;
        pending.add(1, 5000);
        pending.add(2, 4000); // the clock went back a second
        QVERIFY(pending.takeDue(5999, 1000).isEmpty());
        QCOMPARE(pending.takeDue(6000, 1000), (QList<std::int64_t>{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestPendingCallbacks)
#include "TestPendingCallbacks.moc"
