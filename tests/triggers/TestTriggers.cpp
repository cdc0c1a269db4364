// The trigger rules without SIP: DID lookups, trust, anti-repeat, SMS.
#include "TriggerFixture.h"
#include "billing/CreditManager.h"
#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "callback/Admission.h"
#include "callback/EngineSettings.h"
#include "callback/PublicStatus.h"
#include "cards/CardService.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/CardRepository.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "support/RequestStates.h"
#include "triggers/DidTrigger.h"
#include "triggers/FloodGuard.h"
#include "triggers/SmsTrigger.h"
#include "triggers/TrustedSources.h"

#include <QTest>

using namespace rebound;
using callback::RequestOutcome;

class TestTriggers : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TriggerFixture> m_t;
    const QHostAddress m_carrier{QStringLiteral("127.0.0.1")};
    const QHostAddress m_stranger{QStringLiteral("192.0.2.66")};

    // Rung from the phone of the DID's subscriber (1001's for ...0101, 1004's for ...0103).
    triggers::DidTrigger::Result invite(const QString& user, const QHostAddress& from)
    {
        const QString caller = user.endsWith(QLatin1String("0103")) ? QStringLiteral("+12125550199")
                                                                    : QStringLiteral("+447700900123");
        return triggers::DidTrigger(*m_t->db, m_t->clock)
            .handleInvite(user, caller, from, 5060, QStringLiteral("udp"));
    }

    // The least credit a callback to `code`'s stored phone needs (the one rule).
    core::Money minimumFor(const QString& code)
    {
        const auto account = *store::AccountRepository(*m_t->db, m_t->clock).findByCode(code);
        billing::RateCache cache(*m_t->db, m_t->clock);
        const auto rate = billing::Rater(cache, store::SettingsRepository(*m_t->db).billingTimeZone())
                              .rateFor(*account.sellPlanId, account.callbackNumber, m_t->clock.nowMs());
        return callback::Admission::minimumCredit(*rate, callback::EngineSettings{}.ivrAllowanceSeconds);
    }
    void setBalance(const QString& code, core::Money balance)
    {
        const auto account = *store::AccountRepository(*m_t->db, m_t->clock).findByCode(code);
        billing::CreditManager(*m_t->db, m_t->clock)
            .adjust(account.id, balance - account.balance, store::LedgerReason::Adjustment,
                    QStringLiteral("test"), QStringLiteral("test"));
    }
    // Every trigger kind asks once for a callback to `code`'s stored phone:
    // a DID (or LGW) call, an SMS, the portal's and the API's admission.
    QList<callback::RequestOutcome> everyKindAsks(const QString& code, const QString& did,
                                                  const QString& phone)
    {
        QList<callback::RequestOutcome> outcomes;
        const auto account = *store::AccountRepository(*m_t->db, m_t->clock).findByCode(code);
        // Each ask is new to anti-repeat: the one before is over and old.
        outcomes.append(invite(did, m_carrier).outcome);
        m_t->finishRequests();
        outcomes.append(triggers::SmsTrigger(*m_t->db, m_t->clock)
                            .handle(phone, code + QStringLiteral(" +12025550147"), QStringLiteral("sip:test"))
                            .outcome);
        for (const store::TriggerKind kind : {store::TriggerKind::Web, store::TriggerKind::Api}) {
            m_t->finishRequests();
            callback::Admission::Trigger trigger;
            trigger.accountId = account.id;
            trigger.kind = kind;
            trigger.source = QStringLiteral("test");
            trigger.destination = core::PhoneNumber::fromE164(QStringLiteral("12025550147"));
            outcomes.append(callback::Admission(*m_t->db, m_t->clock).request(trigger));
        }
        m_t->finishRequests();
        return outcomes;
    }

    // One $5 PPCC card on the demo retail plan, valid for a day from its first use.
    static cards::GeneratedBatch oneDayPrepaidCard(cards::CardService& cards)
    {
        cards::BatchSpec spec;
        spec.kind = store::CardKind::Ppcc;
        spec.count = 1;
        spec.faceValue = core::Money::fromUnits(5);
        spec.sellPlan = QStringLiteral("Demo retail");
        spec.serialPrefix = QStringLiteral("PC");
        spec.expiryMode = store::ExpiryMode::AfterFirstUse;
        spec.expiryDays = 1;
        return cards.generate(spec, QStringLiteral("test"));
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TriggerFixture>(); // DIDs 12125550101 -> 1001, ...0103 -> 1004 (LGW)
    }
    void cleanup() { m_t.reset(); }

    void knownDidFromTrustedGatewayIsBusyAndRequestsACallback()
    {
        const auto r = invite(QStringLiteral("+12125550101"), m_carrier);
        QCOMPARE(r.status, 486);
        QVERIFY(r.outcome.created());
        const auto request = store::CallbackRequestRepository(*m_t->db, m_t->clock).find(r.outcome.requestId);
        QCOMPARE(store::toString(request->trigger), QStringLiteral("did"));
        QCOMPARE(request->callbackNumber.digits(), QStringLiteral("447700900123")); // 1001's stored number
        QVERIFY(request->destination.isEmpty());
        QCOMPARE(request->state, store::RequestState::Requested);
        QVERIFY(request->source.contains(QStringLiteral("127.0.0.1")));
    }

    void lgwDidIsMarked()
    {
        const auto r = invite(QStringLiteral("12125550103"), m_carrier);
        QCOMPARE(r.status, 486);
        QCOMPARE(
            store::toString(
                store::CallbackRequestRepository(*m_t->db, m_t->clock).find(r.outcome.requestId)->trigger),
            QStringLiteral("lgw"));
    }

    void unknownDidAndUntrustedSource()
    {
        QCOMPARE(invite(QStringLiteral("+12125550999"), m_carrier).status, 404);
        QCOMPARE(invite(QStringLiteral("+12125550101"), m_stranger).status, 403);
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().action,
                 QStringLiteral("sip.untrusted"));
        QVERIFY(m_t->requests().isEmpty());
    }

    void secondTriggerIsIgnoredWhileInProgressAndInTheWindow()
    {
        const auto first = invite(QStringLiteral("+12125550101"), m_carrier);
        QVERIFY(first.outcome.created());
        auto again = invite(QStringLiteral("+12125550101"), m_carrier);
        QCOMPARE(again.status, 486); // still free for the caller
        QVERIFY(again.outcome.result == RequestOutcome::Result::Ignored);
        QVERIFY(again.outcome.reason.contains(QStringLiteral("in progress")));

        store::CallbackRequestRepository(*m_t->db, m_t->clock)
            .setState(first.outcome.requestId, store::RequestState::Completed);
        m_t->clock.advance(30'000);
        again = invite(QStringLiteral("+12125550101"), m_carrier);
        QVERIFY(again.outcome.result == RequestOutcome::Result::Ignored);
        QVERIFY2(again.outcome.reason.contains(QStringLiteral("60 seconds")),
                 qPrintable(again.outcome.reason));
        m_t->clock.advance(30'000);
        QVERIFY(invite(QStringLiteral("+12125550101"), m_carrier).outcome.created());
    }

    void suspendedSubscriberGetsNoCallback()
    {
        store::AccountRepository accounts(*m_t->db, m_t->clock);
        auto a = *accounts.findByCode(QStringLiteral("1001"));
        a.status = store::AccountStatus::Suspended;
        accounts.update(a);
        const auto r = invite(QStringLiteral("+12125550101"), m_carrier);
        QCOMPARE(r.status, 486);
        QVERIFY(r.outcome.result == RequestOutcome::Result::Refused);
        QVERIFY(r.outcome.reason.contains(QStringLiteral("not active")));
    }

    void anExpiredPrepaidCardIsRefusedAtTheVeryNextTrigger()
    {
        // A PPCC card valid for one day from activation, whose account asks
        // for callbacks by SMS from the phone it was activated with.
        cards::CardService cards(*m_t->db, m_t->clock);
        const auto batch = oneDayPrepaidCard(cards);
        const QString phone = QStringLiteral("+447700900555");
        const auto activated =
            cards.activate(batch.cards[0].pin, QStringLiteral("test"), QStringLiteral("test"), phone);
        QVERIFY2(activated.ok(), qPrintable(activated.message));
        const QString text = activated.accountCode + QStringLiteral(" +12025550147");
        const auto sms = [&] {
            return triggers::SmsTrigger(*m_t->db, m_t->clock)
                .handle(phone, text, QStringLiteral("sip:127.0.0.1"));
        };

        const auto first = sms();
        QVERIFY2(first.outcome.created(), qPrintable(first.reply));
        QVERIFY(!first.outcome.accountSuspended);
        store::CallbackRequestRepository(*m_t->db, m_t->clock)
            .setState(first.outcome.requestId, store::RequestState::Completed);

        // Past the expiry, before the switch's periodic sweep has run.
        m_t->clock.advance(24 * 3600 * 1000LL + 1);
        const auto second = sms();
        QVERIFY(second.outcome.result == RequestOutcome::Result::Refused);
        QVERIFY(second.outcome.accountSuspended);
        // The words any suspended account gets.
        QCOMPARE(second.outcome.reason,
                 QStringLiteral("subscriber %1 is not active").arg(activated.accountCode));
        const auto account = store::AccountRepository(*m_t->db, m_t->clock).findByCode(activated.accountCode);
        QVERIFY(account->status == store::AccountStatus::Suspended);
        QVERIFY(store::CardRepository(*m_t->db).findBySerial(batch.cards[0].serial)->status ==
                store::CardStatus::Expired);
        const auto audit = store::AuditLog(*m_t->db, m_t->clock).recent();
        QCOMPARE(audit.at(0).action, QStringLiteral("callback.refused"));
        QCOMPARE(audit.at(1).action, QStringLiteral("cards.expire"));
        QCOMPARE(audit.at(1).actor, QStringLiteral("sms"));
        QCOMPARE(audit.at(1).objectId, activated.accountCode);

        // Nothing left for the sweep; a third trigger is simply refused.
        QVERIFY(cards.expireDue(QStringLiteral("switch")).suspendedAccounts.isEmpty());
        const auto third = sms();
        QVERIFY(third.outcome.result == RequestOutcome::Result::Refused);
        QVERIFY(!third.outcome.accountSuspended);
    }

    void aPrepaidCardIsJudgedOnlyForItsOwnAccount()
    {
        // Another account's expired card does not hold up 1001's trigger,
        // and is left to the switch's sweep.
        cards::CardService cards(*m_t->db, m_t->clock);
        const auto batch = oneDayPrepaidCard(cards);
        QVERIFY(cards.activate(batch.cards[0].pin, QStringLiteral("test"), QStringLiteral("test")).ok());
        m_t->clock.advance(2 * 24 * 3600 * 1000LL);
        QVERIFY(invite(QStringLiteral("+12125550101"), m_carrier).outcome.created());
        QVERIFY(store::CardRepository(*m_t->db).findBySerial(batch.cards[0].serial)->status ==
                store::CardStatus::Active); // left to the sweep
    }

    void smsCallbackFromARegisteredPhone()
    {
        triggers::SmsTrigger sms(*m_t->db, m_t->clock);
        // Either order: the stored number (second here) is the callback number.
        const auto r =
            sms.handle(QStringLiteral("+447700900123"), QStringLiteral("1001 +12025550147 +447700900123"),
                       QStringLiteral("sip:127.0.0.1"));
        QVERIFY2(r.outcome.created(), qPrintable(r.reply));
        QVERIFY(r.reply.contains(QStringLiteral("+447700900123")));
        const auto request = store::CallbackRequestRepository(*m_t->db, m_t->clock).find(r.outcome.requestId);
        QCOMPARE(store::toString(request->trigger), QStringLiteral("sms"));
        QCOMPARE(request->callbackNumber.digits(), QStringLiteral("447700900123"));
        QCOMPARE(request->destination.digits(), QStringLiteral("12025550147"));
    }

    void eachPhoneOfAnAccountGetsItsOwnCallbackUpToTheCallLimit()
    {
        // Demo subscriber 1001 may have 2 calls at once; the anti-repeat
        // window is per phone to call back, not per account.
        triggers::SmsTrigger sms(*m_t->db, m_t->clock);
        const QString from = QStringLiteral("+447700900123");
        const QString source = QStringLiteral("sip:127.0.0.1");
        const auto first = sms.handle(from, QStringLiteral("1001 +447700900123 +12025550147"), source);
        QVERIFY2(first.outcome.created(), qPrintable(first.reply));
        const auto again = sms.handle(from, QStringLiteral("1001 +447700900123 +12025550148"), source);
        QVERIFY(again.outcome.result == RequestOutcome::Result::Ignored);
        QVERIFY(again.outcome.reason.contains(QStringLiteral("in progress")));
        const auto second = sms.handle(from, QStringLiteral("1001 +447700900124 +12025550148"), source);
        QVERIFY2(second.outcome.created(), qPrintable(second.reply));
        const auto third = sms.handle(from, QStringLiteral("1001 +447700900125 +12025550149"), source);
        QVERIFY(third.outcome.result == RequestOutcome::Result::Refused);
        QVERIFY2(third.outcome.reason.contains(QStringLiteral("already has 2 call")),
                 qPrintable(third.reply));
        QCOMPARE(m_t->requests().size(), 2);
        // One finishes: there is room for the third phone again.
        store::CallbackRequestRepository(*m_t->db, m_t->clock)
            .setState(first.outcome.requestId, store::RequestState::Completed);
        QVERIFY(
            sms.handle(from, QStringLiteral("1001 +447700900125 +12025550149"), source).outcome.created());
    }

    void noCallLimitMeansNoLimit()
    {
        // 0 is "no limit" in the console and for credit holds: it must not
        // refuse every callback.
        store::AccountRepository accounts(*m_t->db, m_t->clock);
        auto a = *accounts.findByCode(QStringLiteral("1001"));
        a.maxConcurrentCalls = 0;
        accounts.update(a);
        triggers::SmsTrigger sms(*m_t->db, m_t->clock);
        for (const char* phone : {"+447700900123", "+447700900124", "+447700900125"})
            QVERIFY(sms.handle(QStringLiteral("+447700900123"),
                               QStringLiteral("1001 %1 +12025550147").arg(QString::fromLatin1(phone)),
                               QStringLiteral("sip:127.0.0.1"))
                        .outcome.created());
    }

    void callingAPhoneBackToItselfIsRefused()
    {
        const auto r =
            triggers::SmsTrigger(*m_t->db, m_t->clock)
                .handle(QStringLiteral("+447700900123"), QStringLiteral("1001 +447700900123 +447700900123"),
                        QStringLiteral("sip:127.0.0.1"));
        QVERIFY(r.outcome.result == RequestOutcome::Result::Refused);
        QVERIFY2(r.reply.contains(QStringLiteral("same number")), qPrintable(r.reply));
        QVERIFY(m_t->requests().isEmpty());
    }

    void noCreditLeftIsRefusedAtOnce()
    {
        // Demo subscriber 1005 has a zero balance and no credit limit.
        const auto r = triggers::SmsTrigger(*m_t->db, m_t->clock)
                           .handle(QStringLiteral("+447700900456"), QStringLiteral("1005 +12025550147"),
                                   QStringLiteral("sip:127.0.0.1"));
        QVERIFY(r.outcome.result == RequestOutcome::Result::Refused);
        QVERIFY2(r.reply.contains(QStringLiteral("no credit left")), qPrintable(r.reply));
        QVERIFY(m_t->requests().isEmpty());
    }

    void smsFromAStrangerIsRefused()
    {
        triggers::SmsTrigger sms(*m_t->db, m_t->clock);
        const auto r =
            sms.handle(QStringLiteral("+33612345678"), QStringLiteral("1001 +33612345678 +12025550147"),
                       QStringLiteral("sip:127.0.0.1"));
        QVERIFY(!r.outcome.created());
        QVERIFY(r.reply.contains(QStringLiteral("not registered")));
        QVERIFY(m_t->requests().isEmpty());
    }

    void smsBalanceRechargeAndErrors()
    {
        triggers::SmsTrigger sms(*m_t->db, m_t->clock);
        QCOMPARE(sms.handle(QStringLiteral("+447700900123"), QStringLiteral("BALANCE"), {}).reply,
                 QStringLiteral("Account 1001: balance $25.00."));
        QVERIFY(sms.handle(QStringLiteral("+33612345678"), QStringLiteral("BALANCE"), {})
                    .reply.contains(QStringLiteral("not registered")));
        cards::BatchSpec spec;
        spec.count = 1;
        spec.faceValue = core::Money::fromUnits(10);
        const auto batch = cards::CardService(*m_t->db, m_t->clock).generate(spec, QStringLiteral("t"));
        const QString reply =
            sms.handle(QStringLiteral("+447700900123"), QStringLiteral("RECHARGE ") + batch.cards[0].pin, {})
                .reply;
        QVERIFY2(reply.contains(QStringLiteral("$35.00")), qPrintable(reply));
        QVERIFY(sms.handle(QStringLiteral("+447700900123"), QStringLiteral("1001 +1 202"), {})
                    .reply.contains(QStringLiteral("+1")));
        QVERIFY(sms.handle(QStringLiteral("+447700900123"), QStringLiteral("hi"), {})
                    .reply.contains(QStringLiteral("not an account code")));
    }

    void everyTriggerRefusesTooLittleCreditTheSameWay_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("did");
        QTest::addColumn<QString>("phone");
        QTest::newRow("DID") << "1001"
                             << "+12125550101"
                             << "+447700900123";
        QTest::newRow("LGW") << "1004"
                             << "+12125550103"
                             << "+12125550199";
    }

    void everyTriggerRefusesTooLittleCreditTheSameWay()
    {
        // One affordability rule (callback::Admission): the hold the call
        // takes before it rings anyone. A micro-unit short of it, the DID (or
        // LGW) call, the SMS, the portal and the API are all refused, for the
        // same reason; with exactly that much, all four are admitted.
        QFETCH(QString, code);
        QFETCH(QString, did);
        QFETCH(QString, phone);
        const core::Money minimum = minimumFor(code);
        QVERIFY(minimum > core::Money());
        setBalance(code, minimum - core::Money::fromMicros(1));
        const auto refused = everyKindAsks(code, did, phone);
        QCOMPARE(refused.size(), 4);
        for (const callback::RequestOutcome& outcome : refused) {
            QVERIFY2(outcome.result == RequestOutcome::Result::Refused, qPrintable(outcome.reason));
            QVERIFY(outcome.why == RequestOutcome::Why::TooLittle);
            QCOMPARE(outcome.reason, refused.first().reason);
        }
        QVERIFY2(refused.first().reason.contains(QStringLiteral("too low")),
                 qPrintable(refused.first().reason));
        QVERIFY(m_t->requests().isEmpty());
        // Each refusal is audited under its trigger's word.
        QStringList actors;
        for (const auto& entry : store::AuditLog(*m_t->db, m_t->clock).recent(4))
            if (entry.action == QLatin1String("callback.refused"))
                actors.prepend(entry.actor);
        QCOMPARE(actors, (QStringList{did.endsWith(QLatin1String("0103")) ? QStringLiteral("lgw")
                                                                          : QStringLiteral("did"),
                                      QStringLiteral("sms"), QStringLiteral("web"), QStringLiteral("api")}));

        setBalance(code, minimum);
        for (const callback::RequestOutcome& outcome : everyKindAsks(code, did, phone))
            QVERIFY2(outcome.created(), qPrintable(outcome.reason));
        QCOMPARE(m_t->requests().size(), 4);
    }

    void everyTriggerRefusesANumberOutsideThePlan()
    {
        // The plan must price the phone to call back and the destination
        // when the trigger names one, before any request is made.
        const auto sms = triggers::SmsTrigger(*m_t->db, m_t->clock)
                             .handle(QStringLiteral("+447700900123"), QStringLiteral("1001 +88213456789"),
                                     QStringLiteral("sip:test"));
        QVERIFY(sms.outcome.why == RequestOutcome::Why::DestinationNotInPlan);
        QVERIFY2(sms.reply.contains(QStringLiteral("+88213456789")), qPrintable(sms.reply));
        callback::Admission::Trigger api;
        api.accountId = store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"))->id;
        api.kind = store::TriggerKind::Api;
        api.callbackNumber = core::PhoneNumber::fromE164(QStringLiteral("88213456789"));
        QVERIFY(callback::Admission(*m_t->db, m_t->clock).request(api).why ==
                RequestOutcome::Why::CallbackNotInPlan);
        QVERIFY(m_t->requests().isEmpty());
    }

    void triggerKindsHaveOneWordEach()
    {
        QStringList words;
        for (const store::TriggerKind kind : store::TriggerKinds) {
            const QString word = store::toString(kind);
            QCOMPARE(store::triggerKindFromString(word), std::optional<store::TriggerKind>(kind));
            QVERIFY(!words.contains(word));
            words.append(word);
        }
        // The words the schema allows in callback_requests.trigger.
        QCOMPARE(words,
                 (QStringList{QStringLiteral("did"), QStringLiteral("lgw"), QStringLiteral("sms"),
                              QStringLiteral("web"), QStringLiteral("api"), QStringLiteral("console")}));
        QCOMPARE(store::triggerKindFromString(QStringLiteral("DID")), std::nullopt);
    }

    void publicStatusHasOneWordForEachState()
    {
        using callback::PublicStatus;
        using store::RequestState;
        const QList<QPair<RequestState, QString>> expected{
            {RequestState::Requested, QStringLiteral("calling_you")},
            {RequestState::DialingA, QStringLiteral("calling_you")},
            {RequestState::Ivr, QStringLiteral("calling_you")},
            {RequestState::DialingB, QStringLiteral("calling_destination")},
            {RequestState::Bridged, QStringLiteral("connected")},
            {RequestState::Completed, QStringLiteral("finished")},
            {RequestState::Failed, QStringLiteral("finished")}};
        for (const auto& [state, word] : expected) {
            const QString stored = store::stateWord(state);
            QVERIFY(!stored.isEmpty());
            QCOMPARE(store::requestStateFromString(stored), std::optional<RequestState>(state));
            QCOMPARE(callback::publicStatusKey(callback::publicStatus(state)), word);
        }
        QCOMPARE(store::stateWord(RequestState::DialingA), QStringLiteral("dialing_a"));
        QCOMPARE(store::requestStateFromString(QStringLiteral("ringing")), std::nullopt);
        // The steps are in the order the subscriber goes through them.
        QVERIFY(PublicStatus::CallingYou < PublicStatus::CallingDestination);
        QVERIFY(PublicStatus::CallingDestination < PublicStatus::Connected);
        QVERIFY(PublicStatus::Connected < PublicStatus::Finished);
    }

    void floodGuardLimitsEachSource()
    {
        triggers::FloodGuard guard(10, 5);
        int allowed = 0;
        for (int i = 0; i < 50; ++i)
            allowed += guard.allow(QStringLiteral("a"), 1000) ? 1 : 0;
        QCOMPARE(allowed, 5); // the burst
        QVERIFY(guard.allow(QStringLiteral("b"), 1000));
        QVERIFY(!guard.allow(QStringLiteral("a"), 1050));
        QVERIFY(guard.allow(QStringLiteral("a"), 1100)); // 10/s refills one in 100 ms
        guard.prune(200'000);
        QCOMPARE(guard.sources(), 0);
    }

    void trustedSubnets()
    {
        store::Gateway g;
        g.name = QStringLiteral("g");
        g.trustedSources = {QStringLiteral("198.51.100.0/24"), QStringLiteral("2001:db8::1"),
                            QStringLiteral("junk")};
        const triggers::TrustedSources trusted({g});
        QVERIFY(trusted.gatewayFor(QHostAddress(QStringLiteral("198.51.100.77"))));
        QVERIFY(trusted.gatewayFor(QHostAddress(QStringLiteral("::ffff:198.51.100.77"))));
        QVERIFY(trusted.gatewayFor(QHostAddress(QStringLiteral("2001:db8::1"))));
        QVERIFY(!trusted.gatewayFor(QHostAddress(QStringLiteral("198.51.101.1"))));
        QVERIFY(
            !trusted.gatewayFor(QHostAddress(QStringLiteral("198.51.100.77")), true)); // not an SMS gateway
    }

    // Issue 19: the test carrier is found only by its own host and port,
    // before a real gateway on the same address; nothing else reaches it.
    void testCarrierOnlyByItsPort()
    {
        store::Gateway real;
        real.name = QStringLiteral("Real on loopback");
        real.trustedSources = {QStringLiteral("127.0.0.1")};
        real.isSmsGateway = true;
        store::Gateway carrier;
        carrier.name = QStringLiteral("Test phones");
        carrier.host = QStringLiteral("127.0.0.1");
        carrier.port = 40000;
        carrier.trustedSources = {QStringLiteral("127.0.0.1")};
        carrier.isSmsGateway = true;
        carrier.isTest = true;
        const triggers::TrustedSources trusted({real, carrier});
        const QHostAddress loopback(QStringLiteral("127.0.0.1"));
        QCOMPARE(trusted.gatewayFor(loopback, false, 40000)->name, carrier.name);
        QCOMPARE(trusted.gatewayFor(loopback, true, 40000)->name, carrier.name);
        QCOMPARE(trusted.gatewayFor(QHostAddress(QStringLiteral("::ffff:127.0.0.1")), true, 40000)->name,
                 carrier.name);
        QCOMPARE(trusted.gatewayFor(loopback, false, 40001)->name, real.name);
        QCOMPARE(trusted.gatewayFor(loopback)->name, real.name);
        const triggers::TrustedSources onlyTest({carrier});
        QVERIFY(!onlyTest.gatewayFor(loopback));
        QVERIFY(!onlyTest.gatewayFor(loopback, false, 5060));
        QVERIFY(!onlyTest.gatewayFor(QHostAddress(QStringLiteral("127.0.0.2")), false, 40000));
    }
};

QTEST_GUILESS_MAIN(TestTriggers)
#include "TestTriggers.moc"
