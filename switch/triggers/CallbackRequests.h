#pragma once

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "store/Account.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace rebound::store {
class CallbackRequestRepository;
class Database;
enum class RequestState;
} // namespace rebound::store

namespace rebound::triggers {

// What a subscriber is told of a callback request, the same in the portal
// and in the JSON API: four steps, in this order. The IVR counts as
// CallingYou: the subscriber is on the line and nobody else is rung yet.
enum class PublicStatus
{
    CallingYou,
    CallingDestination,
    Connected,
    Finished
};
PublicStatus publicStatus(store::RequestState state);
// From callback_requests.state; a state this build does not know is Finished.
PublicStatus publicStatus(const QString& state);
// The word the API returns and the portal's pages and script use: "calling_you", ...
QString publicStatusKey(PublicStatus status);

// What became of a trigger.
struct RequestOutcome
{
    enum class Result
    {
        Created,
        Ignored,
        Refused
    };
    Result result = Result::Refused;
    std::int64_t requestId = 0;
    QString reason; // for logs: why it was ignored or refused, in the process's language
    // The same reason in a subscriber's language (en, es, fr), for replies;
    // empty `language`: the process's, as `reason`.
    QString reasonIn(const QString& language) const;
    // What reasonIn words: one of CallbackRequests' texts and its values.
    const char* reasonText = nullptr;
    QStringList reasonValues;
    int reasonCount = -1;
    // This trigger found the account's prepaid card expired and suspended
    // the account: whoever runs its calls should end those in progress.
    bool accountSuspended = false;
    bool created() const { return result == Result::Created; }
};

// Turns a trigger (DID call, SMS, web form) into a callback request, or says
// why not. Shared by every trigger so the rules are the same everywhere: the
// account must be active with a plan (an account whose prepaid card has
// expired is suspended first, so it is not); a second trigger while a
// request is in progress, or within the anti-repeat window (setting
// callback.anti_repeat_seconds, default 60), is ignored and audited.
class CallbackRequests
{
    Q_DECLARE_TR_FUNCTIONS(CallbackRequests)

public:
    CallbackRequests(const store::Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    struct Trigger
    {
        std::int64_t accountId = 0;
        QString kind;   // did | lgw | sms | web | api | console
        QString source; // "udp:203.0.113.7:5060", "web:198.51.100.4", ...
        std::optional<std::int64_t> didId;
        core::PhoneNumber callbackNumber; // empty = the account's stored number
        core::PhoneNumber destination;    // empty = ask in the IVR
        bool test = false;                // from the built-in test phones: test carrier only
    };
    RequestOutcome request(const Trigger& trigger);
    // The same, for a caller that has already read the subscriber inside the
    // write transaction it holds (a DID trigger reads it for its caller
    // check): not read again. Null reads it here.
    RequestOutcome request(const Trigger& trigger, const store::Account* readInTransaction);

    static constexpr int DefaultAntiRepeatSeconds = 60;

private:
    // Why a trigger makes no request: the reason's source text (worded in
    // the subscriber's language later), its values and its count for %n.
    struct Refusal
    {
        RequestOutcome::Result result;
        const char* text;
        QStringList values = {};
        int n = -1;
    };
    // The subscriber's own state; may suspend an account whose prepaid card expired.
    std::optional<Refusal> refusalForAccount(const Trigger& trigger, store::Account& account,
                                             const core::PhoneNumber& callback, RequestOutcome& outcome);
    // Repeats, credit and the call limit.
    std::optional<Refusal> refusalForRequests(const store::Account& account,
                                              const core::PhoneNumber& callback,
                                              store::CallbackRequestRepository& requests);

    const store::Database& m_db;
    const core::Clock& m_clock;
};

} // namespace rebound::triggers
