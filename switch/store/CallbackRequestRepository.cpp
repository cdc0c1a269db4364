#include "store/CallbackRequestRepository.h"

#include "store/CallState.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"

namespace rebound::store {

namespace {
// The words callback_requests.state holds.
constexpr StoredWord<RequestState> StateWords[] = {{RequestState::Requested, "requested"},
                                                   {RequestState::DialingA, "dialing_a"},
                                                   {RequestState::Ivr, "ivr"},
                                                   {RequestState::DialingB, "dialing_b"},
                                                   {RequestState::Bridged, "bridged"},
                                                   {RequestState::Completed, "completed"},
                                                   {RequestState::Failed, "failed"}};
} // namespace

std::optional<RequestState> requestStateFromString(const QString& text)
{
    return valueOf(StateWords, text);
}

QString stateWord(RequestState state)
{
    return wordOf(StateWords, state);
}

QString displayName(RequestState state)
{
    switch (state) {
    case RequestState::Requested:
        return CallbackRequestRepository::tr("Requested");
    case RequestState::DialingA:
        return CallbackRequestRepository::tr("Calling the subscriber");
    case RequestState::Ivr:
        return CallbackRequestRepository::tr("In the IVR");
    case RequestState::DialingB:
        return CallbackRequestRepository::tr("Calling the destination");
    case RequestState::Bridged:
        return CallbackRequestRepository::tr("Connected");
    case RequestState::Completed:
        return CallbackRequestRepository::tr("Completed");
    case RequestState::Failed:
        return CallbackRequestRepository::tr("Failed");
    }
    return {};
}

std::int64_t CallbackRequestRepository::insert(const CallbackRequest& r)
{
    const qlonglong now = m_clock.nowMs();
    return m_db
        .cached(QStringLiteral(
                    "INSERT INTO callback_requests (account_id, trigger, source, did_id, callback_number, "
                    "destination, state, created_at, updated_at, test, pinned_gateway_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {qlonglong(r.accountId), toString(r.trigger), r.source,
                 r.didId ? QVariant(qlonglong(*r.didId)) : QVariant(), r.callbackNumber.digits(),
                 r.destination.isEmpty() ? QVariant() : QVariant(r.destination.digits()), stateWord(r.state),
                 now, now, r.test ? 1 : 0,
                 r.pinnedGatewayId ? QVariant(qlonglong(*r.pinnedGatewayId)) : QVariant()},
                tr("recording a callback request"))
        ->lastInsertId()
        .toLongLong();
}

namespace {
// The schema's CHECK allows only the words RequestState knows; a database
// changed by hand or by a newer version is said, not guessed.
RequestState storedState(std::int64_t id, const QString& word)
{
    const auto known = requestStateFromString(word);
    if (!known)
        throw StoreError::unknownWord(
            CallbackRequestRepository::tr("Callback request #%1 is in the state \"%2\"").arg(id).arg(word));
    return *known;
}
} // namespace

QList<CallbackRequest> CallbackRequestRepository::select(const QString& where,
                                                         const QVariantList& values) const
{
    auto q =
        m_db.cached(QStringLiteral("SELECT id, account_id, trigger, source, did_id, callback_number, "
                                   "destination, state, attempts, failure_reason, created_at, updated_at, "
                                   "finished_at, test, pinned_gateway_id FROM callback_requests ") +
                        where,
                    values, tr("reading callback requests"));
    QList<CallbackRequest> result;
    while (q->next()) {
        CallbackRequest r;
        r.id = q->value(0).toLongLong();
        r.accountId = q->value(1).toLongLong();
        // The schema's CHECK allows only the words TriggerKind knows; a
        // database changed by hand or by a newer version is said, not guessed.
        const QString trigger = q->value(2).toString();
        const auto kind = triggerKindFromString(trigger);
        if (!kind)
            throw StoreError::unknownWord(
                tr("Callback request #%1 came from the trigger \"%2\"").arg(r.id).arg(trigger));
        r.trigger = *kind;
        r.source = q->value(3).toString();
        if (!q->value(4).isNull())
            r.didId = q->value(4).toLongLong();
        r.callbackNumber = core::PhoneNumber::fromE164(q->value(5).toString());
        r.destination = core::PhoneNumber::fromE164(q->value(6).toString());
        r.state = storedState(r.id, q->value(7).toString());
        r.attempts = q->value(8).toInt();
        r.failureReason = q->value(9).toString();
        r.createdAt = q->value(10).toLongLong();
        r.updatedAt = q->value(11).toLongLong();
        if (!q->value(12).isNull())
            r.finishedAt = q->value(12).toLongLong();
        r.test = q->value(13).toBool();
        if (!q->value(14).isNull())
            r.pinnedGatewayId = q->value(14).toLongLong();
        result.append(r);
    }
    return result;
}

std::optional<CallbackRequest> CallbackRequestRepository::find(std::int64_t id) const
{
    return firstOf(select(QStringLiteral("WHERE id = ?"), {qlonglong(id)}));
}

std::optional<CallbackRequestRepository::Latest>
CallbackRequestRepository::latestFor(std::int64_t accountId, const core::PhoneNumber& callbackNumber) const
{
    auto q = m_db.cached(QStringLiteral("SELECT id, state, created_at FROM callback_requests "
                                        "WHERE account_id = ? AND callback_number = ? "
                                        "ORDER BY created_at DESC, id DESC LIMIT 1"),
                         {qlonglong(accountId), callbackNumber.digits()}, tr("reading callback requests"));
    if (!q->next())
        return std::nullopt;
    Latest latest;
    latest.id = q->value(0).toLongLong();
    latest.state = storedState(latest.id, q->value(1).toString());
    latest.createdAt = q->value(2).toLongLong();
    return latest;
}

int CallbackRequestRepository::unfinishedCount(std::optional<std::int64_t> accountId) const
{
    QVariantList values{stateWord(RequestState::Completed), stateWord(RequestState::Failed)};
    if (accountId)
        values.append(qlonglong(*accountId));
    auto q = m_db.cached(QStringLiteral("SELECT count(*) FROM callback_requests WHERE state NOT IN (?, ?)") +
                             (accountId ? QStringLiteral(" AND account_id = ?") : QString()),
                         values, tr("counting callbacks in progress"));
    return q->next() ? q->value(0).toInt() : 0;
}

QList<CallbackRequest> CallbackRequestRepository::recent(int limit) const
{
    return select(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
}

void CallbackRequestRepository::setState(std::int64_t id, RequestState state, const QString& failureReason)
{
    const qlonglong now = m_clock.nowMs();
    const bool final = isFinal(state);
    m_db.cached(QStringLiteral("UPDATE callback_requests SET state = ?, failure_reason = ?, updated_at = ?, "
                               "finished_at = CASE WHEN ? THEN ? ELSE finished_at END WHERE id = ?"),
                {stateWord(state), failureReason, now, final ? 1 : 0, now, qlonglong(id)},
                tr("updating callback request #%1").arg(id));
}

void CallbackRequestRepository::countAttempt(std::int64_t id)
{
    // Once per leg A attempt, on the switch thread: prepared once.
    m_db.cached(
        QStringLiteral("UPDATE callback_requests SET attempts = attempts + 1, updated_at = ? WHERE id = ?"),
        {qlonglong(m_clock.nowMs()), qlonglong(id)}, tr("counting a call attempt of request #%1").arg(id));
}

void CallbackRequestRepository::setDestination(std::int64_t id, const core::PhoneNumber& destination)
{
    m_db.run(QStringLiteral("UPDATE callback_requests SET destination = ?, updated_at = ? WHERE id = ?"),
             {destination.digits(), qlonglong(m_clock.nowMs()), qlonglong(id)},
             tr("recording the destination of request #%1").arg(id));
    // The live call shows it too (the Calls page), not only once billed.
    m_db.run(QStringLiteral("UPDATE calls SET destination = ? WHERE callback_request_id = ? AND state = ?"),
             {destination.digits(), qlonglong(id), stateWord(CallState::Open)},
             tr("recording the destination of request #%1").arg(id));
}

int CallbackRequestRepository::failUnfinished(const QString& reason)
{
    const qlonglong now = m_clock.nowMs();
    return m_db
        .run(QStringLiteral("UPDATE callback_requests SET state = ?, failure_reason = ?, updated_at = ?, "
                            "finished_at = ? WHERE state NOT IN (?, ?)"),
             {stateWord(RequestState::Failed), reason, now, now, stateWord(RequestState::Completed),
              stateWord(RequestState::Failed)},
             tr("ending callback requests left in progress"))
        .numRowsAffected();
}

} // namespace rebound::store
