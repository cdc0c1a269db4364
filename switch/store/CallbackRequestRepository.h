#pragma once

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "store/TriggerKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace rebound::store {

class Database;

// Where a callback request has got to: callback_requests.state, as the
// state machine (callback/) writes it. Completed and Failed are final.
enum class RequestState
{
    Requested,
    DialingA,
    Ivr,
    DialingB,
    Bridged,
    Completed,
    Failed
};
// The one mapping to the stored word, which the JSON API and the logs show
// too: "dialing_a" <-> DialingA. A word this build does not know is none.
// (Not named toString like TriggerKind's: QCOMPARE finds a toString by
// argument-dependent lookup and needs it to return char*.)
std::optional<RequestState> requestStateFromString(const QString& text);
QString stateWord(RequestState state);
// For the console's people, in their language: "Calling the subscriber".
QString displayName(RequestState state);
inline bool isFinal(RequestState state)
{
    return state == RequestState::Completed || state == RequestState::Failed;
}

// One trigger that asked for a callback, and where it got to. The state
// machine (callback/) moves `state` along ARCHITECTURE.md "Call flow";
// completed and failed are final.
struct CallbackRequest
{
    std::int64_t id = 0;
    std::int64_t accountId = 0;
    TriggerKind trigger = TriggerKind::Console;
    QString source; // where the trigger came from, e.g. "udp:203.0.113.7:5060"
    std::optional<std::int64_t> didId;
    // The gateway leg A must go out through: an LGW DID's, chosen when the
    // trigger was admitted (schema v11); empty: the routes choose.
    std::optional<std::int64_t> pinnedGatewayId;
    core::PhoneNumber callbackNumber;
    core::PhoneNumber destination; // empty when the IVR will ask for it
    RequestState state = RequestState::Requested;
    int attempts = 0;
    QString failureReason;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    std::optional<std::int64_t> finishedAt;
    // Asked for through the built-in test phones: both legs go out through
    // the test carrier only (schema v10).
    bool test = false;

    bool isFinished() const { return isFinal(state); }
};

class CallbackRequestRepository
{
    Q_DECLARE_TR_FUNCTIONS(CallbackRequestRepository)

public:
    CallbackRequestRepository(const Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    std::int64_t insert(const CallbackRequest& request);
    std::optional<CallbackRequest> find(std::int64_t id) const;
    // The account's newest request to call back `callbackNumber`, finished
    // or not: what anti-repeat asks of it, on every trigger, so three
    // columns rather than the whole row.
    struct Latest
    {
        std::int64_t id = 0;
        RequestState state = RequestState::Requested;
        std::int64_t createdAt = 0;
        bool isFinished() const { return isFinal(state); }
    };
    std::optional<Latest> latestFor(std::int64_t accountId, const core::PhoneNumber& callbackNumber) const;
    // How many requests are not finished yet: of one account, or of all
    // (the calls a restart would end).
    int unfinishedCount(std::optional<std::int64_t> accountId = std::nullopt) const;
    // find(), latestFor() and recent() throw StoreError (Invalid) for a row
    // whose state word this build does not know, rather than guess one.
    QList<CallbackRequest> recent(int limit = 100) const; // newest first
    void setState(std::int64_t id, RequestState state, const QString& failureReason = {});
    // One more call to the subscriber's phone (leg A) was started.
    void countAttempt(std::int64_t id);
    // The destination the subscriber keyed in the IVR (DID and LGW requests).
    void setDestination(std::int64_t id, const core::PhoneNumber& destination);
    // Ends every request still in progress as failed (at start-up, when
    // no session can be running them); returns how many.
    int failUnfinished(const QString& reason);

private:
    QList<CallbackRequest> select(const QString& where, const QVariantList& values) const;

    const Database& m_db;
    const core::Clock& m_clock;
};

} // namespace rebound::store
