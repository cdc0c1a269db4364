#include "callback/Admission.h"
#include "callback/PendingCallbacks.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "support/TempDatabase.h"
#include "triggers/DidTrigger.h"
#include "triggers/SmsTrigger.h"

#include <QTest>

using namespace rebound;
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
    void everyTriggerReachesTheQueueOnceByOnePath()
    {
        // The switch's wiring: admitted requests are announced to
        // AdmittedRequests and come to the queue by a queued connection.
        // Whatever the trigger, a request arrives once, after the event loop
        // turns, and with its row committed (read here through a second
        // connection, as the switch thread has its own). Repeats and
        // refusals are not announced.
        test::TempDatabase t;
        demo::DemoData::seed(*t.db, t.clock);
        {
            store::AccountRepository accounts(*t.db, t.clock);
            auto account = *accounts.findByCode(QStringLiteral("1001"));
            account.maxConcurrentCalls = 3; // one callback per trigger below
            accounts.update(account);
        }
        const auto switchThreadDb = store::Database::open(t.path());
        callback::AdmittedRequests admitted;
        PendingCallbacks pending;
        QStringList arrived;
        QObject queue;
        connect(
            &admitted, &callback::AdmittedRequests::admitted, &queue,
            [&](qint64 id) {
                const auto row = store::CallbackRequestRepository(*switchThreadDb, t.clock).find(id);
                arrived.append(row ? store::toString(row->trigger) : QStringLiteral("uncommitted"));
                pending.add(id, t.clock.nowMs());
            },
            Qt::QueuedConnection);

        const auto invite = [&] {
            return triggers::DidTrigger(*t.db, t.clock)
                .admitInto(&admitted, nullptr)
                .handleInvite(QStringLiteral("+12125550101"), QStringLiteral("+447700900123"),
                              QHostAddress(QStringLiteral("127.0.0.1")), 5060, QStringLiteral("udp"));
        };
        const auto did = invite(); // inside the DID's own transaction
        QVERIFY(did.outcome.created());
        QVERIFY(!invite().outcome.created()); // a repeat: ignored, not announced
        const auto sms =
            triggers::SmsTrigger(*t.db, t.clock)
                .admitInto(&admitted, nullptr)
                .handle(QStringLiteral("+447700900123"), QStringLiteral("1001 +447700900124 +12025550147"),
                        QStringLiteral("sip:test"));
        QVERIFY2(sms.outcome.created(), qPrintable(sms.reply));
        callback::Admission::Trigger web;
        web.accountId = store::AccountRepository(*t.db, t.clock).findByCode(QStringLiteral("1001"))->id;
        web.kind = store::TriggerKind::Web;
        web.callbackNumber = core::PhoneNumber::fromE164(QStringLiteral("447700900125"));
        web.destination = core::PhoneNumber::fromE164(QStringLiteral("12025550147"));
        const auto portal = callback::Admission(*t.db, t.clock, nullptr, &admitted).request(web);
        QVERIFY(portal.created());
        web.kind = store::TriggerKind::Api; // the same phone again: ignored
        QVERIFY(!callback::Admission(*t.db, t.clock, nullptr, &admitted).request(web).created());
        QVERIFY(pending.isEmpty()); // queued: nothing arrives inside a trigger

        QTRY_COMPARE(arrived.size(), 3);
        QCoreApplication::processEvents();
        QCOMPARE(arrived, (QStringList{QStringLiteral("did"), QStringLiteral("sms"), QStringLiteral("web")}));
        QCOMPARE(pending.takeAll(),
                 (QList<std::int64_t>{did.outcome.requestId, sms.outcome.requestId, portal.requestId}));
    }
};

QTEST_GUILESS_MAIN(TestPendingCallbacks)
#include "TestPendingCallbacks.moc"
