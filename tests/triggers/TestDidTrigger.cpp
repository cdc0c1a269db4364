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

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace rebound;
using callback::RequestOutcome;

namespace {
const QString Did = QStringLiteral("+12125550101"); // demo subscriber 1001's DID
const QString SubscriberPhone = QStringLiteral("+447700900123");
const QString Stranger = QStringLiteral("+33612345678");

triggers::DidTrigger::Invite inviteFrom(const QString& caller, const QString& did)
{
    return {did, caller, QHostAddress(QStringLiteral("127.0.0.1")), 5060, QStringLiteral("udp")};
}

// Three subscribers' DIDs, each rung from its subscriber's own phone.
QList<triggers::DidTrigger::Invite> threeTriggers()
{
    return {inviteFrom(SubscriberPhone, Did),
            inviteFrom(QStringLiteral("+12025550147"), QStringLiteral("+12125550102")),
            inviteFrom(QStringLiteral("+12125550199"), QStringLiteral("+12125550103"))};
}
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

    // A batch through a DidTrigger that announces to `admitted`.
    QList<triggers::DidTrigger::Result> batch(const QList<triggers::DidTrigger::Invite>& invites,
                                              callback::AdmittedRequests& admitted)
    {
        return triggers::DidTrigger(*m_t->db, m_t->clock)
            .admitInto(&admitted, nullptr)
            .handleInvites(invites);
    }

    qsizetype auditRows(const QString& action) const
    {
        qsizetype n = 0;
        for (const auto& entry : store::AuditLog(*m_t->db, m_t->clock).recent(1000))
            n += entry.action == action;
        return n;
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

    void noStatementOfATriggerSortsThroughATemporaryBTree()
    {
        // A trigger's statements run on the switch thread for every INVITE:
        // none may sort its rows in a temporary B-tree, which SQLite opens
        // (a pager and its pages, allocated) for each execution.
        m_t->editAccount(QStringLiteral("1001"),
                         [](auto& f) { f.callbackNumber = QStringLiteral("+447700900999"); });
        callback::AdmittedRequests admitted;
        auto invites = threeTriggers(); // 1001's from its other phone, the others' from their default
        invites.append(inviteFrom(QStringLiteral("+447700900999"), Did)); // 1001's default: a repeat
        invites.append(inviteFrom(Stranger, Did));                        // refused
        const auto results = batch(invites, admitted);
        QVERIFY2(results[0].outcome.created(), qPrintable(results[0].log));
        QVERIFY(results[3].outcome.result == RequestOutcome::Result::Ignored);
        QVERIFY(results[4].outcome.result == RequestOutcome::Result::Refused);
        QStringList sorted;
        for (const QString& sql : m_t->db->cachedStatements()) {
            QSqlQuery plan(m_t->db->connection());
            QVERIFY2(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql), qPrintable(sql));
            for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
                plan.addBindValue(QVariant());
            QVERIFY2(plan.exec(), qPrintable(sql));
            while (plan.next())
                if (plan.value(3).toString().contains(QStringLiteral("TEMP B-TREE")))
                    sorted.append(sql + QStringLiteral(": ") + plan.value(3).toString());
        }
        QVERIFY2(sorted.isEmpty(), qPrintable(sorted.join(QLatin1Char('\n'))));
    }

    void triggersArrivingTogetherAreAnnouncedOnlyOnceCommitted()
    {
        // Another connection sees a request the moment it is announced: the
        // call flow never gets an id whose row could still be rolled back.
        const auto other = store::Database::open(m_t->path());
        callback::AdmittedRequests admitted;
        QList<std::int64_t> announced;
        QStringList missing;
        connect(&admitted, &callback::AdmittedRequests::admitted, this, [&](qint64 id) {
            announced.append(id);
            if (!store::CallbackRequestRepository(*other, m_t->clock).find(id))
                missing.append(QString::number(id));
        });
        auto invites = threeTriggers();
        invites.insert(1, inviteFrom(Stranger, Did));                                   // refused, 486
        invites.insert(2, inviteFrom(SubscriberPhone, QStringLiteral("+19995550100"))); // no such DID
        const auto results = batch(invites, admitted);
        QCOMPARE(results.size(), 5);
        QCOMPARE(results[0].status, 486);
        QVERIFY(results[0].outcome.created());
        QCOMPARE(results[1].status, 486);
        QVERIFY(results[1].outcome.result == RequestOutcome::Result::Refused);
        QCOMPARE(results[2].status, 404);
        for (int i : {3, 4}) {
            QCOMPARE(results[i].status, 486);
            QVERIFY2(results[i].outcome.created(), qPrintable(results[i].log));
        }
        QCOMPARE(m_t->requests().size(), 3);
        QCOMPARE(announced, (QList<std::int64_t>{results[0].outcome.requestId, results[3].outcome.requestId,
                                                 results[4].outcome.requestId}));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(','))));
    }

    void aRepeatInsideOneBatchIsIgnored()
    {
        callback::AdmittedRequests admitted;
        QSignalSpy announced(&admitted, &callback::AdmittedRequests::admitted);
        const auto results =
            batch({inviteFrom(SubscriberPhone, Did), inviteFrom(SubscriberPhone, Did)}, admitted);
        QVERIFY(results[0].outcome.created());
        QVERIFY(results[1].outcome.result == RequestOutcome::Result::Ignored);
        QCOMPARE(results[1].status, 486);
        QCOMPARE(m_t->requests().size(), 1);
        QCOMPARE(announced.size(), 1);
        QCOMPARE(auditRows(QStringLiteral("callback.ignored")), 1);
    }

    void aTriggerWhoseRowFailsLeavesNothingAndTheOthersGoOn()
    {
        // Subscriber 1002's request cannot be written; its trigger's own rows
        // (the audit line included) go, the batch's others stay.
        QSqlQuery(m_t->db->connection())
            .exec(
                QStringLiteral("CREATE TRIGGER refuse_1002 BEFORE INSERT ON callback_requests "
                               "WHEN NEW.account_id = (SELECT id FROM accounts WHERE account_code = '1002') "
                               "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
        callback::AdmittedRequests admitted;
        QSignalSpy announced(&admitted, &callback::AdmittedRequests::admitted);
        const auto results = batch(threeTriggers(), admitted);
        QCOMPARE(results[1].status, 500);
        QVERIFY2(results[1].error.contains(QStringLiteral("refused by the test")),
                 qPrintable(results[1].error));
        QVERIFY(results[0].outcome.created());
        QVERIFY(results[2].outcome.created());
        const auto requests = m_t->requests();
        QCOMPARE(requests.size(), 2);
        for (const auto& request : requests)
            QVERIFY(request.callbackNumber.toPlus() != QStringLiteral("+12025550147"));
        QCOMPARE(announced.size(), 2);
        QCOMPARE(auditRows(QStringLiteral("callback.requested")), 2);
    }

    void aFailedCommitAnswersEveryTriggerWithAnErrorAndAnnouncesNothing()
    {
        // A row that breaks a deferred foreign key is checked only at COMMIT,
        // which then fails: here every request row brings one along.
        QSqlQuery sql(m_t->db->connection());
        QVERIFY(sql.exec(
            QStringLiteral("CREATE TABLE commit_blocker (account_id INTEGER REFERENCES accounts (id) "
                           "DEFERRABLE INITIALLY DEFERRED)")));
        QVERIFY(sql.exec(QStringLiteral("CREATE TRIGGER block_commit AFTER INSERT ON callback_requests "
                                        "BEGIN INSERT INTO commit_blocker VALUES (-1); END")));
        const qsizetype auditBefore = store::AuditLog(*m_t->db, m_t->clock).recent(1000).size();
        callback::AdmittedRequests admitted;
        QSignalSpy announced(&admitted, &callback::AdmittedRequests::admitted);
        auto invites = threeTriggers();
        invites.append(inviteFrom(Stranger, Did)); // refused: its audit row goes too
        const auto results = batch(invites, admitted);
        QCOMPARE(results.size(), 4);
        for (const auto& result : results) {
            QCOMPARE(result.status, 500); // never a 486 that says "recorded"
            QVERIFY2(result.error.contains(QStringLiteral("does not exist")), qPrintable(result.error));
        }
        QVERIFY(m_t->requests().isEmpty());
        QCOMPARE(announced.size(), 0);
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent(1000).size(), auditBefore);
        // The connection is usable again: with the blocker gone, the same triggers pass.
        QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER block_commit")));
        const auto again = batch(threeTriggers(), admitted);
        for (const auto& result : again)
            QVERIFY2(result.outcome.created(), qPrintable(result.log));
        QCOMPARE(announced.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDidTrigger)
#include "TestDidTrigger.moc"
