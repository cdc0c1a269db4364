#pragma once

#include "core/Clock.h"
#include "core/Money.h"
#include "store/CallState.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace rebound::store {

class Database;

// One leg of a call record (CDR). Written when the leg is invited, updated
// when answered and while it is up (progress), closed at hang-up.
struct LegRecord
{
    std::int64_t id = 0;
    std::int64_t callId = 0;
    QChar leg = u'A'; // A: the callback leg, B: the destination
    QString number;
    std::optional<std::int64_t> gatewayId;
    QString sipCallId;
    int sipStatus = 0;
    QString sipReason;
    std::int64_t invitedAt = 0;
    std::optional<std::int64_t> answeredAt;
    std::optional<std::int64_t> progressAt;
    std::optional<std::int64_t> endedAt;
    bool open = true;
    std::int64_t durationMs = 0;
    int chargedSeconds = 0;
    core::Money sell;
    core::Money buy;
    QString sellPrefix;
    core::Money sellRate;
    QString buyPrefix;
    core::Money buyRate;
    qint64 packetsIn = 0;    // RTP relayed from this leg to the other while bridged
    qint64 packetsOut = 0;   // RTP relayed to this leg from the other
    QString destinationName; // the sell rate's name for the number, kept at billing time
};

struct CallRecord
{
    std::int64_t id = 0;
    std::optional<std::int64_t> requestId;
    std::int64_t accountId = 0;
    CallState state = CallState::Open;
    std::optional<int> limitSeconds;
    std::optional<std::int64_t> reservationId;
    core::Money sell;
    core::Money buy;
    std::int64_t startedAt = 0;
    std::optional<std::int64_t> endedAt;
    QString hangupReason;
    // E.164 digits: the request's destination until the call is billed, then
    // the number leg B dialled, if any ("" when the IVR never got one).
    QString destination;
    bool test = false; // made through the built-in test phones (schema v10)
};

class CdrRepository
{
    Q_DECLARE_TR_FUNCTIONS(CdrRepository)

public:
    CdrRepository(const Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    std::int64_t openCall(std::int64_t accountId, std::optional<std::int64_t> requestId);
    void setLimit(std::int64_t callId, int limitSeconds, std::optional<std::int64_t> reservationId);
    std::int64_t openLeg(std::int64_t callId, QChar leg, const QString& number,
                         std::optional<std::int64_t> gatewayId, const QString& sipCallId);
    // Returns the answer time written (ms), the start the leg is billed from.
    std::int64_t legAnswered(std::int64_t legId);
    // Adds what a bridge relayed (its counters arrive when it ends).
    void addLegPackets(std::int64_t legId, qint64 packetsIn, qint64 packetsOut);
    void setLegRoute(std::int64_t legId, std::optional<std::int64_t> gatewayId, const QString& sipCallId);
    // Written at least every 10 seconds while a leg is up, so a crash loses
    // at most that much of a call.
    void legProgress(std::int64_t legId);
    // Unanswered legs keep 0 duration; failed attempts are recorded too.
    void closeLeg(std::int64_t legId, int sipStatus, const QString& sipReason,
                  std::optional<std::int64_t> endedAt = {});
    void priceLeg(const LegRecord& priced); // charged seconds, amounts and rates of a closed leg
    // Ends a priced call: its totals, per-leg figures, gateways and talk time
    // are summed from its legs onto the call row (what reports read).
    void closeCall(std::int64_t callId, CallState state, const QString& hangupReason,
                   const QString& destinationName = {});

    // call(), callOfRequest() and recentCalls() throw StoreError (Invalid) for a row whose
    // state word this build does not know.
    std::optional<CallRecord> call(std::int64_t callId) const;
    // The call a callback request opened (calls.callback_request_id): the
    // first, should it have opened more; none before its call is opened.
    std::optional<CallRecord> callOfRequest(std::int64_t requestId) const;
    QList<LegRecord> legs(std::int64_t callId) const;
    // Calls not yet billed (CallState::Open): at start-up, what a crash left
    // behind, with or without legs.
    QList<std::int64_t> openCalls() const;
    QList<CallRecord> recentCalls(std::optional<std::int64_t> accountId = {}, int limit = 100) const;

private:
    const Database& m_db;
    const core::Clock& m_clock;
};

} // namespace rebound::store
