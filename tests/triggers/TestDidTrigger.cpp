// Toll fraud by DID (issue 15): ringing a subscriber's DID asks for a
// callback only from the subscriber's registered phones, unless the
// subscriber lets any caller; and the per-DID PIN prompt is stored.
#include "accounts/AccountService.h"
#include "callback/Admission.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "support/TempDatabase.h"
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
    std::unique_ptr<test::TempDatabase> m_t;

    triggers::DidTrigger::Result invite(const QString& caller, const QString& did = Did)
    {
        return triggers::DidTrigger(*m_t->db, m_t->clock)
            .handleInvite(did, caller, QHostAddress(QStringLiteral("127.0.0.1")), 5060,
                          QStringLiteral("udp"));
    }
    QList<store::CallbackRequest> requests() const
    {
        return store::CallbackRequestRepository(*m_t->db, m_t->clock).recent();
    }
    // Ends every request and leaves the anti-repeat window, so the next
    // trigger is judged on its own.
    void finishRequests()
    {
        for (const auto& request : requests())
            store::CallbackRequestRepository(*m_t->db, m_t->clock)
                .setState(request.id, store::RequestState::Completed);
        m_t->clock.advance(120'000);
    }
    void setDidCallers(const QString& code, const QString& didCallers)
    {
        accounts::AccountService service(*m_t->db, m_t->clock);
        const auto account = store::AccountRepository(*m_t->db, m_t->clock).findByCode(code);
        accounts::AccountForm form = service.formFor(*account);
        form.didCallers = didCallers;
        service.update(account->id, form, QStringLiteral("test"));
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        demo::DemoData::seed(*m_t->db, m_t->clock);
    }
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
        QVERIFY(requests().isEmpty());
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
        QVERIFY(requests().isEmpty());
    }

    void theSubscribersPhoneIsKnownHoweverTheCarrierWritesIt()
    {
        for (const QString& caller :
             {SubscriberPhone, QStringLiteral("011447700900123"), QStringLiteral("447700900123")}) {
            const auto r = invite(caller);
            QVERIFY2(r.outcome.created(), qPrintable(caller + QStringLiteral(": ") + r.log));
            finishRequests();
        }
        // A carrier in the UK writes it nationally.
        core::DialPlan uk;
        uk.countryCode = QStringLiteral("44");
        uk.internationalPrefixes = {QStringLiteral("00")};
        uk.nationalPrefix = QStringLiteral("0");
        store::SettingsRepository(*m_t->db).setDialPlan(uk);
        QVERIFY(invite(QStringLiteral("07700900123")).outcome.created());
    }

    void theLgwDidChecksItsOwnSubscriber()
    {
        // ...0103 belongs to 1004 (phone +12125550199): 1001's phone is a stranger there.
        QVERIFY(invite(SubscriberPhone, QStringLiteral("+12125550103")).outcome.result ==
                RequestOutcome::Result::Refused);
        const auto r = invite(QStringLiteral("+12125550199"), QStringLiteral("+12125550103"));
        QVERIFY2(r.outcome.created(), qPrintable(r.log));
        QCOMPARE(store::toString(requests().first().trigger), QStringLiteral("lgw"));
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
        finishRequests();
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
        setDidCallers(QStringLiteral("1001"), accounts::didCallers::Any);
        QVERIFY(!store::AccountRepository(*m_t->db, m_t->clock)
                     .findByCode(QStringLiteral("1001"))
                     ->didRegisteredCallersOnly);
        const auto r = invite(Stranger);
        QVERIFY2(r.outcome.created(), qPrintable(r.log));
        // The callback still goes to the subscriber's own phone.
        QCOMPARE(requests().first().callbackNumber.toPlus(), SubscriberPhone);
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().at(1).details,
                 QStringLiteral("DID callers registered -> any"));
        // And back.
        finishRequests();
        setDidCallers(QStringLiteral("1001"), accounts::didCallers::Registered);
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
        accounts::AccountService service(*m_t->db, m_t->clock);
        const auto account =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"));
        accounts::AccountForm form = service.formFor(*account);
        form.callbackNumber = QStringLiteral("+447700900999");
        service.update(account->id, form, QStringLiteral("test"));
        // The old phone is still registered: it may ring, and the callback
        // goes to the new callback number.
        auto r = invite(SubscriberPhone);
        QVERIFY2(r.outcome.created(), qPrintable(r.log));
        QCOMPARE(requests().first().callbackNumber.toPlus(), QStringLiteral("+447700900999"));
        finishRequests();

        service.removeRegisteredPhone(account->id, SubscriberPhone, QStringLiteral("test"));
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
        accounts::AccountService service(*m_t->db, m_t->clock);
        const auto account =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"));
        accounts::AccountForm form = service.formFor(*account);
        form.callbackNumber.clear();
        service.update(account->id, form, QStringLiteral("test"));
        QVERIFY(store::AccountRepository(*m_t->db, m_t->clock)
                    .findByCode(QStringLiteral("1001"))
                    ->callbackNumber.isEmpty());
        auto r = invite(Stranger);
        QVERIFY2(r.outcome.reason.contains(QStringLiteral("not a registered phone")),
                 qPrintable(r.outcome.reason));
        r = invite(SubscriberPhone);
        QVERIFY2(r.outcome.reason.contains(QStringLiteral("no callback number")),
                 qPrintable(r.outcome.reason));
        QVERIFY(requests().isEmpty());
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
        QCOMPARE(requests().first().didId, std::optional<std::int64_t>(did.id));
    }
};

QTEST_GUILESS_MAIN(TestDidTrigger)
#include "TestDidTrigger.moc"
