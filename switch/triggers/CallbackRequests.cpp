#include "triggers/CallbackRequests.h"

#include "billing/CreditManager.h"
#include "cards/CardService.h"
#include "core/Languages.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

namespace rebound::triggers {

PublicStatus publicStatus(store::RequestState state)
{
    switch (state) {
    case store::RequestState::Requested:
    case store::RequestState::DialingA:
    case store::RequestState::Ivr:
        return PublicStatus::CallingYou;
    case store::RequestState::DialingB:
        return PublicStatus::CallingDestination;
    case store::RequestState::Bridged:
        return PublicStatus::Connected;
    case store::RequestState::Completed:
    case store::RequestState::Failed:
        break;
    }
    return PublicStatus::Finished;
}

PublicStatus publicStatus(const QString& state)
{
    const auto known = store::requestStateFromString(state);
    return known ? publicStatus(*known) : PublicStatus::Finished;
}

QString publicStatusKey(PublicStatus status)
{
    switch (status) {
    case PublicStatus::CallingYou:
        return QStringLiteral("calling_you");
    case PublicStatus::CallingDestination:
        return QStringLiteral("calling_destination");
    case PublicStatus::Connected:
        return QStringLiteral("connected");
    case PublicStatus::Finished:
        break;
    }
    return QStringLiteral("finished");
}

QString RequestOutcome::reasonIn(const QString& language) const
{
    if (!reasonText)
        return reason;
    QString text =
        language.isEmpty()
            ? QCoreApplication::translate("CallbackRequests", reasonText, nullptr, reasonCount)
            : core::Languages::translate(language, "CallbackRequests", reasonText, nullptr, reasonCount);
    for (const QString& value : reasonValues)
        text = text.arg(value);
    return text;
}

RequestOutcome CallbackRequests::request(const Trigger& trigger)
{
    return request(trigger, nullptr);
}

RequestOutcome CallbackRequests::request(const Trigger& trigger, const store::Account* readInTransaction)
{
    RequestOutcome outcome;
    // A request row carries no money: its call holds credit with a full
    // commit before dialling, which makes this commit durable too. Until
    // then a power cut can lose it, as if the trigger had not come; the
    // process being killed cannot (tests/sip TestSipTriggers).
    store::Database::Transaction transaction(m_db, store::Database::Sync::Deferred);
    store::AuditLog audit(m_db, m_clock);
    auto account = readInTransaction ? std::optional<store::Account>(*readInTransaction)
                                     : store::AccountRepository(m_db, m_clock).findById(trigger.accountId);
    std::optional<Refusal> refusal;
    core::PhoneNumber callback;
    store::CallbackRequestRepository requests(m_db, m_clock);
    if (!account) {
        refusal = Refusal{RequestOutcome::Result::Refused, QT_TR_NOOP("no such subscriber")};
    } else {
        callback = trigger.callbackNumber.isEmpty() ? account->callbackNumber : trigger.callbackNumber;
        refusal = refusalForAccount(trigger, *account, callback, outcome);
        if (!refusal)
            refusal = refusalForRequests(*account, callback, requests);
    }
    if (refusal) {
        // The reason is kept as text and values, so a trigger can word it
        // again in the subscriber's language (reasonIn); the audit has the
        // process's.
        outcome.result = refusal->result;
        outcome.reasonText = refusal->text;
        outcome.reasonValues = refusal->values;
        outcome.reasonCount = refusal->n;
        outcome.reason = outcome.reasonIn(QString());
        audit.record(trigger.kind,
                     refusal->result == RequestOutcome::Result::Ignored ? QStringLiteral("callback.ignored")
                                                                        : QStringLiteral("callback.refused"),
                     QStringLiteral("account"),
                     account ? account->accountCode : QString::number(trigger.accountId), outcome.reason,
                     trigger.source);
        transaction.commit();
        return outcome;
    }

    store::CallbackRequest request;
    request.accountId = account->id;
    request.trigger = trigger.kind;
    request.source = trigger.source;
    request.didId = trigger.didId;
    request.callbackNumber = callback;
    request.destination = trigger.destination;
    request.test = trigger.test;
    outcome.requestId = requests.insert(request);
    outcome.result = RequestOutcome::Result::Created;
    audit.record(trigger.kind, QStringLiteral("callback.requested"), QStringLiteral("callback_request"),
                 QString::number(outcome.requestId),
                 QStringLiteral("account %1, call back %2%3%4")
                     .arg(account->accountCode, callback.toPlus(),
                          trigger.destination.isEmpty()
                              ? QString()
                              : QStringLiteral(", to ") + trigger.destination.toPlus(),
                          trigger.test ? QStringLiteral(" (test call)") : QString()),
                 trigger.source);
    transaction.commit();
    return outcome;
}

std::optional<CallbackRequests::Refusal>
CallbackRequests::refusalForAccount(const Trigger& trigger, store::Account& account,
                                    const core::PhoneNumber& callback, RequestOutcome& outcome)
{
    // A prepaid card ends at its expiry, not at the switch's next sweep: the
    // account it opened is suspended here, and refused like any suspended one.
    if (account.status == store::AccountStatus::Active) {
        const auto expired = cards::CardService(m_db, m_clock).expireDueFor(account.id, trigger.kind);
        if (!expired.suspendedAccounts.isEmpty()) {
            account.status = store::AccountStatus::Suspended;
            outcome.accountSuspended = true;
        }
    }
    if (account.status != store::AccountStatus::Active)
        return Refusal{RequestOutcome::Result::Refused,
                       QT_TR_NOOP("subscriber %1 is not active"),
                       {account.accountCode}};
    if (!account.sellPlanId)
        return Refusal{RequestOutcome::Result::Refused,
                       QT_TR_NOOP("subscriber %1 has no sell plan"),
                       {account.accountCode}};
    if (callback.isEmpty())
        return Refusal{RequestOutcome::Result::Refused,
                       QT_TR_NOOP("subscriber %1 has no callback number"),
                       {account.accountCode}};
    if (!trigger.destination.isEmpty() && trigger.destination == callback)
        return Refusal{RequestOutcome::Result::Refused,
                       QT_TR_NOOP("the phone to call back and the destination are the same number")};
    return std::nullopt;
}

std::optional<CallbackRequests::Refusal>
CallbackRequests::refusalForRequests(const store::Account& account, const core::PhoneNumber& callback,
                                     store::CallbackRequestRepository& requests)
{
    // Anti-repeat is per phone to call back: a repeated trigger (a second
    // ring of the DID, an SMS sent twice) is ignored, while an account with
    // several phones may have as many callbacks going as its call limit.
    if (const auto last = requests.latestFor(account.id, callback)) {
        if (!last->isFinished())
            return Refusal{RequestOutcome::Result::Ignored,
                           QT_TR_NOOP("request #%1 is still in progress"),
                           {QString::number(last->id)}};
        bool ok = false;
        int window =
            store::SettingsRepository(m_db).value(QStringLiteral("callback.anti_repeat_seconds")).toInt(&ok);
        if (!ok || window < 0)
            window = DefaultAntiRepeatSeconds;
        if (m_clock.nowMs() - last->createdAt < std::int64_t(window) * 1000)
            return Refusal{RequestOutcome::Result::Ignored,
                           QT_TR_NOOP("another request came less than %1 seconds ago"),
                           {QString::number(window)}};
    }
    // A first look only: the call itself holds its credit before dialling.
    if (billing::CreditManager(m_db, m_clock).available(account.id) <= core::Money())
        return Refusal{RequestOutcome::Result::Refused,
                       QT_TR_NOOP("subscriber %1 has no credit left"),
                       {account.accountCode}};
    if (account.maxConcurrentCalls > 0 && requests.unfinishedCount(account.id) >= account.maxConcurrentCalls)
        return Refusal{RequestOutcome::Result::Refused,
                       QT_TR_N_NOOP("subscriber %1 already has %n call(s) in progress"),
                       {account.accountCode},
                       account.maxConcurrentCalls};
    return std::nullopt;
}

} // namespace rebound::triggers
