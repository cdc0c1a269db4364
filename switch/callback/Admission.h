#pragma once

#include "core/Clock.h"
#include "core/Money.h"
#include "core/PhoneNumber.h"
#include "store/Account.h"
#include "store/TriggerKind.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace rebound::store {
class CallbackRequestRepository;
class Database;
struct Rate;
} // namespace rebound::store
namespace rebound::billing {
class RateCache;
}

namespace rebound::callback {

// The one way an admitted request reaches the call flow: Admission
// announces it here once its row is committed, and the switch connects
// admitted() to its queue of waiting callbacks (PendingCallbacks) with a
// queued connection, so the call starts on the switch thread whichever
// thread the trigger came in on (SIP, SMS, web). Any thread may announce.
class AdmittedRequests : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    void announce(qint64 requestId) { Q_EMIT admitted(requestId); }

Q_SIGNALS:
    void admitted(qint64 requestId);
};

// What became of a trigger.
struct RequestOutcome
{
    enum class Result
    {
        Created,
        Ignored,
        Refused
    };
    // Why there is no request, for a front end that words some reasons its
    // own way (the portal); `reason` words every one.
    enum class Why
    {
        Admitted,
        NoSuchSubscriber,
        NotActive,
        NoPlan,
        NoCallbackNumber,
        SameNumbers,
        InProgress,
        TooSoon,
        CallbackNotInPlan,
        DestinationNotInPlan,
        NoCredit,  // nothing left to spend
        TooLittle, // less than the minimum (Admission::minimumCredit)
        CallLimit
    };
    Result result = Result::Refused;
    Why why = Why::Admitted;
    std::int64_t requestId = 0;
    QString reason; // for logs: why it was ignored or refused, in the process's language
    // The same reason in a subscriber's language (en, es, fr), for replies;
    // empty `language`: the process's, as `reason`.
    QString reasonIn(const QString& language) const;
    // What reasonIn words: one of Admission's texts and its values.
    const char* reasonText = nullptr;
    QStringList reasonValues;
    int reasonCount = -1;
    // This trigger found the account's prepaid card expired and suspended
    // the account: whoever runs its calls should end those in progress.
    bool accountSuspended = false;
    bool created() const { return result == Result::Created; }
};

// Turns a trigger (DID or LGW call, SMS, web form, API, the console's test
// phones) into a callback request, or says why not, by the same rules for
// every trigger:
// - the account must be active with a sell plan and a phone to call back
//   (an account whose prepaid card has expired is suspended first, so it
//   is not);
// - a second trigger while a request to the same phone is in progress, or
//   within the anti-repeat window (callback.anti_repeat_seconds, default
//   60), is ignored and audited;
// - the plan must price the phone to call back, and the destination when
//   the trigger names one;
// - the balance and credit limit must pay for minimumCredit(), the hold the
//   call takes before it rings the subscriber, and some credit must be left
//   beside the account's other calls; this is a first look, the hold itself
//   (CallbackSession) is what serialises concurrent calls on one balance;
// - the account's call limit.
// An admitted request is committed before it is announced (AdmittedRequests),
// so every callback that starts has its row: Admission announces only what
// its own transaction committed, so it is given an AdmittedRequests only
// when no transaction is open around it. An Admission reads each setting it
// needs once: keep one for a single request, or for the requests of one
// write transaction (a batch of DID triggers), where no setting can change. An LGW request keeps the DID's
// gateway (callback_requests.pinned_gateway_id): its leg A goes out there
// even if the DID is moved to another gateway before the call.
class Admission
{
    Q_DECLARE_TR_FUNCTIONS(Admission)

public:
    // `rates`: the caller's thread's cache; without one, a cache for this
    // admission only. `admitted`: where admitted requests are announced.
    Admission(const store::Database& db, const core::Clock& clock, billing::RateCache* rates = nullptr,
              AdmittedRequests* admitted = nullptr)
        : m_db(db)
        , m_clock(clock)
        , m_rates(rates)
        , m_admitted(admitted)
    {
    }

    struct Trigger
    {
        std::int64_t accountId = 0;
        store::TriggerKind kind = store::TriggerKind::Console;
        QString source; // "udp:203.0.113.7:5060", "web:198.51.100.4", ...
        std::optional<std::int64_t> didId;
        std::optional<std::int64_t> pinnedGatewayId; // LGW: the DID's gateway, for leg A
        core::PhoneNumber callbackNumber;            // empty = the account's stored number
        core::PhoneNumber destination;               // empty = ask in the IVR
        bool test = false;                           // from the built-in test phones: test carrier only
    };
    RequestOutcome request(const Trigger& trigger);
    // The same, for a caller that holds the write transaction itself (a
    // batch of DID triggers, a savepoint each) and has read the subscriber
    // in it for its own checks (nullopt: there is none): the subscriber is
    // not read again, and Admission opens no savepoint of its own, as the
    // caller's rolls back whatever a throw from here leaves. Such a caller
    // gives this Admission no AdmittedRequests and announces the request
    // itself once its own transaction has committed: until then the row may
    // yet vanish.
    RequestOutcome requestWithin(const Trigger& trigger,
                                 const std::optional<store::Account>& readInTransaction);

    // The least credit a callback needs: leg A, at its rate, for the IVR
    // allowance (callback.ivr_allowance_seconds), which is what the call
    // holds before it rings anyone. Admission and that hold use this rule.
    static core::Money minimumCredit(const store::Rate& legA, int ivrAllowanceSeconds);

    static constexpr int DefaultAntiRepeatSeconds = 60;

private:
    // Why a trigger makes no request: the reason's source text (worded in
    // the subscriber's language later), its values and its count for %n.
    struct Refusal
    {
        RequestOutcome::Result result;
        RequestOutcome::Why why;
        const char* text;
        QStringList values = {};
        int n = -1;
    };
    // The subscriber's own state; may suspend an account whose prepaid card expired.
    std::optional<Refusal> refusalForAccount(const Trigger& trigger, store::Account& account,
                                             const core::PhoneNumber& callback, RequestOutcome& outcome);
    // Repeats and the call limit.
    std::optional<Refusal> refusalForRequests(const store::Account& account,
                                              const core::PhoneNumber& callback,
                                              store::CallbackRequestRepository& requests);
    // The plan's prices and the credit: the affordability rule. `account`
    // as read in this write transaction, so its balance is the one in force.
    std::optional<Refusal> refusalForCredit(const store::Account& account, const core::PhoneNumber& callback,
                                            const core::PhoneNumber& destination);
    // request() and requestWithin() once the subscriber is read, inside a
    // write transaction.
    RequestOutcome decide(const Trigger& trigger, std::optional<store::Account> account);
    int ivrAllowanceSeconds() const;
    int antiRepeatSeconds() const;
    QTimeZone billingTimeZone() const;

    const store::Database& m_db;
    const core::Clock& m_clock;
    billing::RateCache* m_rates;
    AdmittedRequests* m_admitted;
    // The settings as first read (see the class comment).
    mutable std::optional<int> m_ivrAllowanceSeconds;
    mutable std::optional<int> m_antiRepeatSeconds;
    mutable std::optional<QTimeZone> m_billingTimeZone;
};

} // namespace rebound::callback
