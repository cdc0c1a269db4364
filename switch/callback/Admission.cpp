#include "callback/Admission.h"

#include "billing/ChargeRule.h"
#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "callback/EngineSettings.h"
#include "cards/CardService.h"
#include "core/Languages.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/CreditRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

namespace rebound::callback {

using Result = RequestOutcome::Result;
using Why = RequestOutcome::Why;

QString RequestOutcome::reasonIn(const QString& language) const
{
    if (!reasonText)
        return reason;
    QString text = language.isEmpty()
                       ? QCoreApplication::translate("Admission", reasonText, nullptr, reasonCount)
                       : core::Languages::translate(language, "Admission", reasonText, nullptr, reasonCount);
    for (const QString& value : reasonValues)
        text = text.arg(value);
    return text;
}

core::Money Admission::minimumCredit(const store::Rate& legA, int ivrAllowanceSeconds)
{
    return billing::chargeForSeconds(legA, ivrAllowanceSeconds).amount;
}

int Admission::ivrAllowanceSeconds() const
{
    // What the call will hold: the value in force, as EngineSettings::read
    // takes it for the switch's calls (one setting read on the trigger path).
    if (!m_ivrAllowanceSeconds)
        m_ivrAllowanceSeconds =
            store::SettingsRepository(m_db).integer(QStringLiteral("callback.ivr_allowance_seconds"));
    return *m_ivrAllowanceSeconds;
}

int Admission::antiRepeatSeconds() const
{
    if (!m_antiRepeatSeconds) {
        bool ok = false;
        const int window =
            store::SettingsRepository(m_db).value(QStringLiteral("callback.anti_repeat_seconds")).toInt(&ok);
        m_antiRepeatSeconds = !ok || window < 0 ? DefaultAntiRepeatSeconds : window;
    }
    return *m_antiRepeatSeconds;
}

QTimeZone Admission::billingTimeZone() const
{
    if (!m_billingTimeZone)
        m_billingTimeZone = store::SettingsRepository(m_db).billingTimeZone();
    return *m_billingTimeZone;
}

RequestOutcome Admission::request(const Trigger& trigger)
{
    // A request row carries no money: its call holds credit with a full
    // commit before dialling, which makes this commit durable too. Until
    // then a power cut can lose it, as if the trigger had not come; the
    // process being killed cannot (tests/sip TestSipTriggers).
    store::Database::Transaction transaction(m_db, store::Database::Sync::Deferred);
    RequestOutcome outcome =
        decide(trigger, store::AccountRepository(m_db, m_clock).findById(trigger.accountId));
    transaction.commit();
    if (m_admitted && outcome.created())
        m_admitted->announce(outcome.requestId);
    return outcome;
}

RequestOutcome Admission::requestWithin(const Trigger& trigger,
                                        const std::optional<store::Account>& readInTransaction)
{
    return decide(trigger, readInTransaction);
}

RequestOutcome Admission::decide(const Trigger& trigger, std::optional<store::Account> account)
{
    RequestOutcome outcome;
    store::AuditLog audit(m_db, m_clock);
    const QString actor = store::toString(trigger.kind);
    std::optional<Refusal> refusal;
    core::PhoneNumber callback;
    store::CallbackRequestRepository requests(m_db, m_clock);
    if (!account) {
        refusal = Refusal{Result::Refused, Why::NoSuchSubscriber, QT_TR_NOOP("no such subscriber")};
    } else {
        callback = trigger.callbackNumber.isEmpty() ? account->callbackNumber : trigger.callbackNumber;
        refusal = refusalForAccount(trigger, *account, callback, outcome);
        if (!refusal)
            refusal = refusalForRequests(*account, callback, requests);
        if (!refusal)
            refusal = refusalForCredit(*account, callback, trigger.destination);
    }
    if (refusal) {
        // The reason is kept as text and values, so a trigger can word it
        // again in the subscriber's language (reasonIn); the audit has the
        // process's.
        outcome.result = refusal->result;
        outcome.why = refusal->why;
        outcome.reasonText = refusal->text;
        outcome.reasonValues = refusal->values;
        outcome.reasonCount = refusal->n;
        outcome.reason = outcome.reasonIn(QString());
        audit.record(actor,
                     refusal->result == Result::Ignored ? QStringLiteral("callback.ignored")
                                                        : QStringLiteral("callback.refused"),
                     QStringLiteral("account"),
                     account ? account->accountCode : QString::number(trigger.accountId), outcome.reason,
                     trigger.source);
        return outcome;
    }

    store::CallbackRequest request;
    request.accountId = account->id;
    request.trigger = trigger.kind;
    request.source = trigger.source;
    request.didId = trigger.didId;
    request.pinnedGatewayId = trigger.pinnedGatewayId;
    request.callbackNumber = callback;
    request.destination = trigger.destination;
    request.test = trigger.test;
    outcome.requestId = requests.insert(request);
    outcome.result = Result::Created;
    audit.record(actor, QStringLiteral("callback.requested"), QStringLiteral("callback_request"),
                 QString::number(outcome.requestId),
                 QStringLiteral("account %1, call back %2%3%4")
                     .arg(account->accountCode, callback.toPlus(),
                          trigger.destination.isEmpty()
                              ? QString()
                              : QStringLiteral(", to ") + trigger.destination.toPlus(),
                          trigger.test ? QStringLiteral(" (test call)") : QString()),
                 trigger.source);
    return outcome;
}

std::optional<Admission::Refusal> Admission::refusalForAccount(const Trigger& trigger,
                                                               store::Account& account,
                                                               const core::PhoneNumber& callback,
                                                               RequestOutcome& outcome)
{
    // A prepaid card ends at its expiry, not at the switch's next sweep: the
    // account it opened is suspended here, and refused like any suspended one.
    if (account.status == store::AccountStatus::Active) {
        // Inside this request's write transaction (its own or its caller's).
        const auto expired =
            cards::CardService::expireDueFor(m_db, m_clock, account.id, store::toString(trigger.kind));
        if (!expired.suspendedAccounts.isEmpty()) {
            account.status = store::AccountStatus::Suspended;
            outcome.accountSuspended = true;
        }
    }
    if (account.status != store::AccountStatus::Active)
        return Refusal{Result::Refused,
                       Why::NotActive,
                       QT_TR_NOOP("subscriber %1 is not active"),
                       {account.accountCode}};
    if (!account.sellPlanId)
        return Refusal{Result::Refused,
                       Why::NoPlan,
                       QT_TR_NOOP("subscriber %1 has no sell plan"),
                       {account.accountCode}};
    if (callback.isEmpty())
        return Refusal{Result::Refused,
                       Why::NoCallbackNumber,
                       QT_TR_NOOP("subscriber %1 has no callback number"),
                       {account.accountCode}};
    if (!trigger.destination.isEmpty() && trigger.destination == callback)
        return Refusal{Result::Refused, Why::SameNumbers,
                       QT_TR_NOOP("the phone to call back and the destination are the same number")};
    return std::nullopt;
}

std::optional<Admission::Refusal> Admission::refusalForRequests(const store::Account& account,
                                                                const core::PhoneNumber& callback,
                                                                store::CallbackRequestRepository& requests)
{
    // Anti-repeat is per phone to call back: a repeated trigger (a second
    // ring of the DID, an SMS sent twice) is ignored, while an account with
    // several phones may have as many callbacks going as its call limit.
    if (const auto last = requests.latestFor(account.id, callback)) {
        if (!last->isFinished())
            return Refusal{Result::Ignored,
                           Why::InProgress,
                           QT_TR_NOOP("request #%1 is still in progress"),
                           {QString::number(last->id)}};
        const int window = antiRepeatSeconds();
        if (m_clock.nowMs() - last->createdAt < std::int64_t(window) * 1000)
            return Refusal{Result::Ignored,
                           Why::TooSoon,
                           QT_TR_NOOP("another request came less than %1 seconds ago"),
                           {QString::number(window)}};
    }
    if (account.maxConcurrentCalls > 0 && requests.unfinishedCount(account.id) >= account.maxConcurrentCalls)
        return Refusal{Result::Refused,
                       Why::CallLimit,
                       QT_TR_N_NOOP("subscriber %1 already has %n call(s) in progress"),
                       {account.accountCode},
                       account.maxConcurrentCalls};
    return std::nullopt;
}

std::optional<Admission::Refusal> Admission::refusalForCredit(const store::Account& account,
                                                              const core::PhoneNumber& callback,
                                                              const core::PhoneNumber& destination)
{
    std::optional<billing::RateCache> own;
    billing::RateCache& cache = m_rates ? *m_rates : own.emplace(m_db, m_clock);
    billing::Rater rater(cache, billingTimeZone());
    const std::int64_t now = m_clock.nowMs();
    const auto rateA = rater.rateFor(*account.sellPlanId, callback, now);
    if (!rateA)
        return Refusal{Result::Refused,
                       Why::CallbackNotInPlan,
                       QT_TR_NOOP("the plan of subscriber %1 has no price for calls to %2"),
                       {account.accountCode, callback.toPlus()}};
    if (!destination.isEmpty() && !rater.rateFor(*account.sellPlanId, destination, now))
        return Refusal{Result::Refused,
                       Why::DestinationNotInPlan,
                       QT_TR_NOOP("the plan of subscriber %1 has no price for calls to %2"),
                       {account.accountCode, destination.toPlus()}};
    // A first look only: the call itself holds its minimum before dialling,
    // and that hold, serialised, decides whether it fits beside the
    // account's other calls. Here: nothing left at all, or an account that
    // could not pay for the minimum even with no other call.
    // CreditManager::available, with the balance and limit of the account
    // as read in this transaction rather than read again.
    if (account.balance + account.creditLimit - store::CreditRepository(m_db).reserved(account.id) <=
        core::Money())
        return Refusal{Result::Refused,
                       Why::NoCredit,
                       QT_TR_NOOP("subscriber %1 has no credit left"),
                       {account.accountCode}};
    if (account.balance + account.creditLimit < minimumCredit(*rateA, ivrAllowanceSeconds()))
        return Refusal{Result::Refused,
                       Why::TooLittle,
                       QT_TR_NOOP("the balance of subscriber %1 is too low for a callback; please top up"),
                       {account.accountCode}};
    return std::nullopt;
}

} // namespace rebound::callback
