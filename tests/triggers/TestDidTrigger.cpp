// Toll fraud by DID (issue 15): ringing a subscriber's DID asks for a
// callback only from the subscriber's registered phones, unless the
// subscriber lets any caller; and the per-DID PIN prompt is stored.
#include "TriggerFixture.h"
#include "accounts/AccountService.h"
#include "callback/Admission.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/GatewayRepository.h"
#include "support/DialPlans.h"
#include "triggers/DidTrigger.h"

#include <QTest>

using namespace rebound;
using callback::RequestOutcome;

namespace {
const QString Did = QStringLiteral("+12125550101"); // demo subscriber 1001's DID
const QString SubscriberPhone = QStringLiteral("+447700900123");
const QString Stranger = QStringLiteral("+33612345678");
} // namespace

class TestDidTrigger : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TriggerFixture> m_t;

    triggers::DidTrigger::Result invite(const QString& caller, const QString& did = Did)
    {
        return triggers::DidTrigger(*m_t->db, m_t->clock)
            .handleInvite(did, caller, QHostAddress(QStringLiteral("127.0.0.1")), 5060,
                          QStringLiteral("udp"));
    }

private Q_SLOTS:
    void init() { m_t = std::make_unique<test::TriggerFixture>(); }
    void cleanup() { m_t.reset(); }

    void theCheckIsOnForEverySubscriber()
    {
        for (const auto& account : store::AccountRepository(*m_t->db, m_t->clock).list())
            QVERIFY(account.didRegisteredCallersOnly);
        QCOMPARE(accounts::AccountForm().didCallers, accounts::didCallers::Registered);
    }

    void aStrangerRingingTheDidGetsBusyAndNoCallback()
    {
        const auto r = invite(Stranger);
        // What any caller that gets no callback hears: the DID is busy.
        QCOMPARE(r.status, 486);
        QCOMPARE(r.phrase, QStringLiteral("Busy Here"));
        QVERIFY(r.outcome.result == RequestOutcome::Result::Refused);
        QVERIFY2(r.log.contains(QStringLiteral("not a registered phone")), qPrintable(r.log));
        QVERIFY(m_t->requests().isEmpty());
        const auto audit = store::AuditLog(*m_t->db, m_t->clock).recent().first();
        QCOMPARE(audit.action, QStringLiteral("callback.refused"));
        QCOMPARE(audit.actor, QStringLiteral("did"));
        QCOMPARE(audit.objectId, QStringLiteral("1001"));
        QVERIFY2(audit.details.contains(Stranger), qPrintable(audit.details));
        QVERIFY(audit.source.contains(QStringLiteral("127.0.0.1")));
    }

    void callersWithoutAUsableNumberAreRefused()
    {
        for (const QString& caller : {QStringLiteral("anonymous"), QStringLiteral(""),
                                      QStringLiteral("restricted"), QStringLiteral("4477009001")}) {
            const auto r = invite(caller);
            QCOMPARE(r.status, 486);
            QVERIFY2(r.outcome.result == RequestOutcome::Result::Refused, qPrintable(caller));
        }
        QVERIFY(m_t->requests().isEmpty());
    }

    void theSubscribersPhoneIsKnownHoweverTheCarrierWritesIt()
    {
        for (const QString& caller :
             {SubscriberPhone, QStringLiteral("011447700900123"), QStringLiteral("447700900123")}) {
            const auto r = invite(caller);
            QVERIFY2(r.outcome.created(), qPrintable(caller + QStringLiteral(": ") + r.log));
            m_t->finishRequests();
        }
        // A carrier in the UK writes it nationally.
        test::useUkDialPlan(*m_t->db);
        QVERIFY(invite(QStringLiteral("07700900123")).outcome.created());
    }

    void theLgwDidChecksItsOwnSubscriber()
    {
        // ...0103 belongs to 1004 (phone +12125550199): 1001's phone is a stranger there.
        QVERIFY(invite(SubscriberPhone, QStringLiteral("+12125550103")).outcome.result ==
                RequestOutcome::Result::Refused);
        const auto r = invite(QStringLiteral("+12125550199"), QStringLiteral("+12125550103"));
        QVERIFY2(r.outcome.created(), qPrintable(r.log));
        QCOMPARE(store::toString(m_t->requests().first().trigger), QStringLiteral("lgw"));
    }

    void anLgwRequestIsPinnedToItsDidsGatewayWhenAdmitted()
    {
        // The gateway is chosen once, at admission, and kept on the request:
        // moving the DID to another gateway afterwards (or before the
        // callback starts) does not move a callback already admitted.
        store::GatewayRepository gateways(*m_t->db, m_t->clock);
        auto lgw = *gateways.findDid(QStringLiteral("12125550103"));
        QVERIFY(lgw.gatewayId);
        const std::int64_t pinned = *lgw.gatewayId;
        const auto r = invite(QStringLiteral("+12125550199"), QStringLiteral("+12125550103"));
        QVERIFY2(r.outcome.created(), qPrintable(r.log));

        store::Gateway other;
        other.name = QStringLiteral("Another LGW");
        other.host = QStringLiteral("192.0.2.40");
        lgw.gatewayId = gateways.insertGateway(other);
        gateways.updateDid(lgw);
        const auto request = store::CallbackRequestRepository(*m_t->db, m_t->clock).find(r.outcome.requestId);
        QCOMPARE(request->pinnedGatewayId, std::optional<std::int64_t>(pinned));
        QCOMPARE(request->didId, std::optional<std::int64_t>(lgw.id));

        // The next LGW callback takes the DID's new gateway; a plain DID pins none.
        m_t->finishRequests();
        const auto next = invite(QStringLiteral("+12125550199"), QStringLiteral("+12125550103"));
        QVERIFY2(next.outcome.created(), qPrintable(next.log));
        QCOMPARE(store::CallbackRequestRepository(*m_t->db, m_t->clock)
                     .find(next.outcome.requestId)
                     ->pinnedGatewayId,
                 lgw.gatewayId);
        const auto plain = invite(SubscriberPhone);
        QVERIFY2(plain.outcome.created(), qPrintable(plain.log));
        QCOMPARE(store::CallbackRequestRepository(*m_t->db, m_t->clock)
                     .find(plain.outcome.requestId)
                     ->pinnedGatewayId,
                 std::nullopt);
    }

    void theSubscriberMayAcceptAnyCaller()
    {
        m_t->editAccount(QStringLiteral("1001"), [](auto& f) { f.didCallers = accounts::didCallers::Any; });
        QVERIFY(!store::AccountRepository(*m_t->db, m_t->clock)
                     .findByCode(QStringLiteral("1001"))
                     ->didRegisteredCallersOnly);
        const auto r = invite(Stranger);
        QVERIFY2(r.outcome.created(), qPrintable(r.log));
        // The callback still goes to the subscriber's own phone.
        QCOMPARE(m_t->requests().first().callbackNumber.toPlus(), SubscriberPhone);
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().at(1).details,
                 QStringLiteral("DID callers registered -> any"));
        // And back.
        m_t->finishRequests();
        m_t->editAccount(QStringLiteral("1001"),
                         [](auto& f) { f.didCallers = accounts::didCallers::Registered; });
        QVERIFY(invite(Stranger).outcome.result == RequestOutcome::Result::Refused);
    }

    void withNoPhoneRegisteredThereIsNothingToCheck()
    {
        m_t->db->run(
            QStringLiteral("DELETE FROM callback_numbers WHERE account_id = (SELECT id FROM accounts "
                           "WHERE account_code = '1001')"),
            {}, QStringLiteral("test"));
        QVERIFY(store::AccountRepository(*m_t->db, m_t->clock)
                    .findByCode(QStringLiteral("1001"))
                    ->callbackNumber.isEmpty());
        // Nothing to call back either: refused for that reason, not the caller.
        const auto r = invite(Stranger);
        QVERIFY(r.outcome.result == RequestOutcome::Result::Refused);
        QVERIFY2(r.outcome.reason.contains(QStringLiteral("no callback number")),
                 qPrintable(r.outcome.reason));
    }

    void aRemovedPhoneMayNoLongerRingTheDid()
    {
        const auto account = m_t->editAccount(
            QStringLiteral("1001"), [](auto& f) { f.callbackNumber = QStringLiteral("+447700900999"); });
        // The old phone is still registered: it may ring, and the callback
        // goes to the new callback number.
        auto r = invite(SubscriberPhone);
        QVERIFY2(r.outcome.created(), qPrintable(r.log));
        QCOMPARE(m_t->requests().first().callbackNumber.toPlus(), QStringLiteral("+447700900999"));
        m_t->finishRequests();

        accounts::AccountService(*m_t->db, m_t->clock)
            .removeRegisteredPhone(account.id, SubscriberPhone, QStringLiteral("test"));
        r = invite(SubscriberPhone);
        QVERIFY(r.outcome.result == RequestOutcome::Result::Refused);
        QVERIFY2(r.log.contains(QStringLiteral("not a registered phone")), qPrintable(r.log));
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().action,
                 QStringLiteral("callback.refused"));
        QVERIFY(invite(QStringLiteral("+447700900999")).outcome.created());
    }

    void clearingTheCallbackNumberKeepsTheCallerCheck()
    {
        // The cleared number stays a registered phone: strangers are still
        // refused as strangers, and there is no number to call back.
        m_t->editAccount(QStringLiteral("1001"), [](auto& f) { f.callbackNumber.clear(); });
        QVERIFY(store::AccountRepository(*m_t->db, m_t->clock)
                    .findByCode(QStringLiteral("1001"))
                    ->callbackNumber.isEmpty());
        auto r = invite(Stranger);
        QVERIFY2(r.outcome.reason.contains(QStringLiteral("not a registered phone")),
                 qPrintable(r.outcome.reason));
        r = invite(SubscriberPhone);
        QVERIFY2(r.outcome.reason.contains(QStringLiteral("no callback number")),
                 qPrintable(r.outcome.reason));
        QVERIFY(m_t->requests().isEmpty());
    }

    void anInvalidDidCallersValueIsRefused()
    {
        accounts::AccountService service(*m_t->db, m_t->clock);
        const auto account =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"));
        accounts::AccountForm form = service.formFor(*account);
        form.didCallers = QStringLiteral("some");
        const auto errors = service.validate(form, account->id);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, accounts::field::DidCallers);
    }

    void theDidKeepsItsPinPrompt()
    {
        store::GatewayRepository repo(*m_t->db, m_t->clock);
        auto did = *repo.findDid(QStringLiteral("12125550101"));
        QVERIFY(!did.askPin); // off unless asked for
        did.askPin = true;
        repo.updateDid(did);
        QVERIFY(repo.findDid(QStringLiteral("12125550101"))->askPin);
        store::Did added;
        added.number = QStringLiteral("12125550111");
        added.accountId = did.accountId;
        added.askPin = true;
        repo.insertDid(added);
        QVERIFY(repo.findDid(QStringLiteral("12125550111"))->askPin);
        QCOMPARE(repo.dids().size(), 4);
        // The trigger itself is unchanged: the IVR asks for the PIN later.
        const auto r = invite(SubscriberPhone);
        QVERIFY(r.outcome.created());
        QCOMPARE(m_t->requests().first().didId, std::optional<std::int64_t>(did.id));
    }
};

QTEST_GUILESS_MAIN(TestDidTrigger)
#include "TestDidTrigger.moc"
