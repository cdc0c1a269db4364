#include "billing/CreditManager.h"
#include "callback/Admission.h"
#include "callback/CallBilling.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/GatewayRepository.h"
#include "store/LedgerRepository.h"
#include "store/RateRepository.h"
#include "support/CallStates.h"
#include "support/RateTables.h"
#include "support/RequestStates.h"
#include "support/TempDatabase.h"

#include <QTest>

using namespace rebound;
using core::Money;
using test::rate;

class TestCallBilling : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    std::int64_t m_account = 0;
    std::int64_t m_gateway = 0;

    Money balance() const
    {
        return store::AccountRepository(*m_t->db, m_t->clock).findById(m_account)->balance;
    }

    // A call of the subscriber's (for request `requestId`, if any) holding
    // `held` of their credit, for at most `limitSeconds`.
    std::int64_t openCallHolding(Money held, int limitSeconds,
                                 std::optional<std::int64_t> requestId = std::nullopt)
    {
        store::CdrRepository cdrs(*m_t->db, m_t->clock);
        const auto call = cdrs.openCall(m_account, requestId);
        const auto reservation = billing::CreditManager(*m_t->db, m_t->clock)
                                     .reserveAmount(m_account, QStringLiteral("call"), held);
        cdrs.setLimit(call, limitSeconds, reservation.id);
        return call;
    }

    // A callback to the subscriber's phone, asked for by `kind`, to
    // `destination` (none: asked for in the IVR).
    callback::Admission::Trigger trigger(store::TriggerKind kind, const QString& destination = {}) const
    {
        callback::Admission::Trigger t;
        t.accountId = m_account;
        t.kind = kind;
        t.callbackNumber = core::PhoneNumber::fromE164(QStringLiteral("447700900123"));
        if (!destination.isEmpty())
            t.destination = core::PhoneNumber::fromE164(destination);
        return t;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        const auto plan =
            test::rateTable(*m_t->db, m_t->clock, QStringLiteral("Retail"), store::RateTableKind::Sell,
                            {rate(QStringLiteral("44"), 60'000, 1, 1), rate(QStringLiteral("1"), 600'000)});
        const auto cost =
            test::rateTable(*m_t->db, m_t->clock, QStringLiteral("Carrier"), store::RateTableKind::Buy,
                            {rate(QStringLiteral("44"), 30'000, 1, 1), rate(QStringLiteral("1"), 300'000)});
        store::Account a;
        a.accountCode = QStringLiteral("1001");
        a.sellPlanId = plan;
        a.callbackNumber = core::PhoneNumber::fromE164(QStringLiteral("447700900123"));
        a.maxConcurrentCalls = 3;
        m_account = store::AccountRepository(*m_t->db, m_t->clock).insert(a);
        billing::CreditManager(*m_t->db, m_t->clock)
            .adjust(m_account, Money::fromUnits(5), store::LedgerReason::TopUp, QStringLiteral("t"),
                    QStringLiteral("t"));
        store::Gateway g;
        g.name = QStringLiteral("Carrier");
        g.host = QStringLiteral("127.0.0.1");
        g.buyTableId = cost;
        m_gateway = store::GatewayRepository(*m_t->db, m_t->clock).insertGateway(g);
    }
    void cleanup() { m_t.reset(); }

    void bothLegsPricedAndChargedOnce()
    {
        const auto call = openCallHolding(Money::fromUnits(2), 600);
        store::CdrRepository cdrs(*m_t->db, m_t->clock);
        const auto a =
            cdrs.openLeg(call, u'A', QStringLiteral("447700900123"), m_gateway, QStringLiteral("a@x"));
        cdrs.legAnswered(a);
        m_t->clock.advance(10'000);
        const auto failedB =
            cdrs.openLeg(call, u'B', QStringLiteral("12025550147"), m_gateway, QStringLiteral("b1@x"));
        cdrs.closeLeg(failedB, 503, QStringLiteral("Service Unavailable")); // a failed attempt, kept for ASR
        const auto b =
            cdrs.openLeg(call, u'B', QStringLiteral("12025550147"), m_gateway, QStringLiteral("b2@x"));
        cdrs.legAnswered(b);
        m_t->clock.advance(90'500);
        cdrs.closeLeg(b, 200, QStringLiteral("BYE"));
        cdrs.closeLeg(a, 200, QStringLiteral("BYE"));

        const auto bill = callback::CallBilling(*m_t->db, m_t->clock)
                              .bill(call, store::CallState::Completed, QStringLiteral("caller hung up"));
        // A: 100.5 s -> 101 s at 0.06 = 0.101; B: 90.5 s -> 91 -> 120 s (60/60) at 0.60 = 1.20
        QCOMPARE(bill.sell, Money::fromMicros(1'301'000));
        // cost: A 101 s at 0.03 = 0.0505; B 120 s at 0.30 = 0.60
        QCOMPARE(bill.buy, Money::fromMicros(650'500));
        QCOMPARE(balance(), Money::fromMicros(3'699'000));
        QVERIFY(billing::CreditManager(*m_t->db, m_t->clock).reservations(m_account).isEmpty());

        const auto legs = cdrs.legs(call);
        QCOMPARE(legs.size(), 3);
        QCOMPARE(legs[1].sipStatus, 503);
        QCOMPARE(legs[1].sell, Money());
        QCOMPARE(legs[2].chargedSeconds, 120);
        QCOMPARE(legs[2].sellPrefix, QStringLiteral("1"));
        QCOMPARE(legs[2].buyRate, Money::fromMicros(300'000));
        const auto record = cdrs.call(call);
        QCOMPARE(record->state, store::CallState::Completed);
        QCOMPARE(record->sell, bill.sell);

        // Billing again changes nothing.
        QVERIFY(callback::CallBilling(*m_t->db, m_t->clock)
                    .bill(call, store::CallState::Completed, {})
                    .alreadyBilled);
        QCOMPARE(balance(), Money::fromMicros(3'699'000));
        QVERIFY(store::LedgerRepository(*m_t->db, m_t->clock).findMismatches().isEmpty());
    }

    void crashedCallIsBilledAtItsLastProgress()
    {
        store::CdrRepository cdrs(*m_t->db, m_t->clock);
        const auto call = cdrs.openCall(m_account, std::nullopt);
        const auto a = cdrs.openLeg(call, u'A', QStringLiteral("447700900123"), m_gateway, {});
        cdrs.legAnswered(a);
        m_t->clock.advance(30'000);
        cdrs.legProgress(a);
        m_t->clock.advance(600'000); // the switch died; this much later it starts again
        QCOMPARE(callback::CallBilling(*m_t->db, m_t->clock).recoverOpenCalls(), 1);
        const auto legs = cdrs.legs(call);
        QVERIFY(!legs[0].open);
        QCOMPARE(legs[0].durationMs, 30'000);
        QCOMPARE(legs[0].sell, Money::fromMicros(30'000)); // 30 s at 0.06
        QCOMPARE(balance(), Money::fromMicros(4'970'000));
        QCOMPARE(callback::CallBilling(*m_t->db, m_t->clock).recoverOpenCalls(), 0);
    }

    void aDestinationKeyedInTheIvrShowsOnTheLiveCall()
    {
        const auto outcome =
            callback::Admission(*m_t->db, m_t->clock).request(trigger(store::TriggerKind::Did));
        QVERIFY2(outcome.created(), qPrintable(outcome.reason));
        store::CdrRepository cdrs(*m_t->db, m_t->clock);
        const auto call = cdrs.openCall(m_account, outcome.requestId);
        QCOMPARE(cdrs.call(call)->destination, QString()); // not known yet
        store::CallbackRequestRepository(*m_t->db, m_t->clock)
            .setDestination(outcome.requestId, core::PhoneNumber::fromE164(QStringLiteral("12025550147")));
        QCOMPARE(cdrs.call(call)->destination, QStringLiteral("12025550147"));
    }

    void crashBeforeAnyLegEndsTheRequestAndFreesTheCredit()
    {
        // The switch held credit for the IVR and died in the callback delay:
        // a call row with no legs, a hold, a request still "requested". And
        // a hold nobody's call owns.
        const auto web = trigger(store::TriggerKind::Web, QStringLiteral("12025550147"));
        const auto outcome = callback::Admission(*m_t->db, m_t->clock).request(web);
        QVERIFY2(outcome.created(), qPrintable(outcome.reason));
        const auto call = openCallHolding(Money::fromUnits(1), 0, outcome.requestId);
        store::CdrRepository cdrs(*m_t->db, m_t->clock);
        billing::CreditManager credit(*m_t->db, m_t->clock);
        credit.reserveAmount(m_account, QStringLiteral("lost"), Money::fromUnits(1));
        QCOMPARE(credit.available(m_account), Money::fromUnits(3));

        QCOMPARE(callback::CallBilling(*m_t->db, m_t->clock).recoverOpenCalls(), 1);
        QCOMPARE(cdrs.call(call)->state, store::CallState::Failed);
        const auto request = store::CallbackRequestRepository(*m_t->db, m_t->clock).find(outcome.requestId);
        QCOMPARE(request->state, store::RequestState::Failed);
        QVERIFY(request->failureReason.contains(QStringLiteral("switch stopped")));
        QVERIFY(credit.reservations(m_account).isEmpty());
        QCOMPARE(credit.available(m_account), Money::fromUnits(5));
        QCOMPARE(balance(), Money::fromUnits(5)); // nothing charged
        // The same phone may ask again at once: nothing is "in progress".
        m_t->clock.advance(120'000);
        QVERIFY(callback::Admission(*m_t->db, m_t->clock).request(web).created());
    }

    void unansweredCallCostsNothingAndReleasesCredit()
    {
        const auto call = openCallHolding(Money::fromUnits(1), 60);
        store::CdrRepository cdrs(*m_t->db, m_t->clock);
        cdrs.closeLeg(cdrs.openLeg(call, u'A', QStringLiteral("447700900123"), m_gateway, {}), 486,
                      QStringLiteral("Busy Here"));
        const auto bill = callback::CallBilling(*m_t->db, m_t->clock)
                              .bill(call, store::CallState::Failed, QStringLiteral("busy"));
        QCOMPARE(bill.sell, Money());
        QCOMPARE(balance(), Money::fromUnits(5));
        QVERIFY(billing::CreditManager(*m_t->db, m_t->clock).reservations(m_account).isEmpty());
        QCOMPARE(store::LedgerRepository(*m_t->db, m_t->clock).entries(m_account).size(),
                 1); // only the top-up
    }
};

QTEST_GUILESS_MAIN(TestCallBilling)
#include "TestCallBilling.moc"
