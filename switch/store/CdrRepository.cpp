#include "store/CdrRepository.h"

#include "store/Database.h"
#include "store/SqlValues.h"

namespace rebound::store {

namespace {
CallRecord callFrom(const QSqlQuery& q)
{
    CallRecord c;
    c.id = q.value(0).toLongLong();
    c.requestId = optionalValue(q.value(1));
    c.accountId = q.value(2).toLongLong();
    c.state = storedCallState(c.id, q.value(3).toString());
    if (!q.value(4).isNull())
        c.limitSeconds = q.value(4).toInt();
    c.reservationId = optionalValue(q.value(5));
    c.sell = core::Money::fromMicros(q.value(6).toLongLong());
    c.buy = core::Money::fromMicros(q.value(7).toLongLong());
    c.startedAt = q.value(8).toLongLong();
    c.endedAt = optionalValue(q.value(9));
    c.hangupReason = q.value(10).toString();
    c.destination = q.value(11).toString();
    c.test = q.value(12).toBool();
    return c;
}

const QString CallColumns =
    QStringLiteral("SELECT id, callback_request_id, account_id, state, limit_seconds, "
                   "reservation_id, sell_micros, buy_micros, started_at, ended_at, "
                   "hangup_reason, destination, test FROM calls ");
} // namespace

std::int64_t CdrRepository::openCall(std::int64_t accountId, std::optional<std::int64_t> requestId)
{
    // The request's trigger and numbers are copied onto the call, so the
    // business view filters and sums one table.
    const QVariant request = nullable(requestId);
    return m_db
        .cached(
            QStringLiteral("INSERT INTO calls (callback_request_id, account_id, state, started_at, trigger, "
                           "callback_number, destination, test) VALUES (?, ?, ?, ?, "
                           "COALESCE((SELECT trigger FROM callback_requests WHERE id = ?), ''), "
                           "COALESCE((SELECT callback_number FROM callback_requests WHERE id = ?), ''), "
                           "COALESCE((SELECT destination FROM callback_requests WHERE id = ?), ''), "
                           "COALESCE((SELECT test FROM callback_requests WHERE id = ?), 0))"),
            {request, qlonglong(accountId), stateWord(CallState::Open), qlonglong(m_clock.nowMs()), request,
             request, request, request},
            tr("opening a call record"))
        ->lastInsertId()
        .toLongLong();
}

void CdrRepository::setLimit(std::int64_t callId, int limitSeconds, std::optional<std::int64_t> reservationId)
{
    m_db.cached(QStringLiteral("UPDATE calls SET limit_seconds = ?, reservation_id = ? WHERE id = ?"),
                {limitSeconds, nullable(reservationId), qlonglong(callId)}, tr("recording a call's limit"));
}

std::int64_t CdrRepository::openLeg(std::int64_t callId, QChar leg, const QString& number,
                                    std::optional<std::int64_t> gatewayId, const QString& sipCallId)
{
    return m_db
        .cached(QStringLiteral("INSERT INTO legs (call_id, leg, number, gateway_id, sip_call_id, invited_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {qlonglong(callId), QString(leg), number, nullable(gatewayId), sipCallId,
                 qlonglong(m_clock.nowMs())},
                tr("recording a call leg"))
        ->lastInsertId()
        .toLongLong();
}

std::int64_t CdrRepository::legAnswered(std::int64_t legId)
{
    const qlonglong now = m_clock.nowMs();
    m_db.cached(QStringLiteral("UPDATE legs SET answered_at = ?, progress_at = ? WHERE id = ?"),
                {now, now, qlonglong(legId)}, tr("recording an answered leg"));
    return now;
}

void CdrRepository::setLegRoute(std::int64_t legId, std::optional<std::int64_t> gatewayId,
                                const QString& sipCallId)
{
    m_db.cached(QStringLiteral("UPDATE legs SET gateway_id = ?, sip_call_id = ? WHERE id = ?"),
                {nullable(gatewayId), sipCallId, qlonglong(legId)}, tr("recording a leg's gateway"));
}

void CdrRepository::legProgress(std::int64_t legId)
{
    m_db.cached(QStringLiteral("UPDATE legs SET progress_at = ? WHERE id = ? AND is_open = 1"),
                {qlonglong(m_clock.nowMs()), qlonglong(legId)}, tr("recording call progress"));
}

void CdrRepository::closeLeg(std::int64_t legId, int sipStatus, const QString& sipReason,
                             std::optional<std::int64_t> endedAt)
{
    const qlonglong end = endedAt ? *endedAt : m_clock.nowMs();
    m_db.cached(
        QStringLiteral("UPDATE legs SET is_open = 0, ended_at = ?, sip_status = ?, sip_reason = ?, "
                       "duration_ms = CASE WHEN answered_at IS NULL THEN 0 ELSE MAX(0, ? - answered_at) END "
                       "WHERE id = ?"),
        {end, sipStatus, sipReason, end, qlonglong(legId)}, tr("closing a call leg"));
}

void CdrRepository::addLegPackets(std::int64_t legId, qint64 packetsIn, qint64 packetsOut)
{
    // Counters for the Calls page, read by no billing: a commit that does
    // not wait for the disk (each bridge's end was two fdatasyncs a call).
    Database::Transaction transaction(m_db, Database::Sync::Deferred);
    m_db.cached(
        QStringLiteral(
            "UPDATE legs SET packets_in = packets_in + ?, packets_out = packets_out + ? WHERE id = ?"),
        {packetsIn, packetsOut, qlonglong(legId)}, tr("recording a leg's RTP packets"));
    transaction.commit();
}

void CdrRepository::priceLeg(const LegRecord& l)
{
    m_db.cached(
        QStringLiteral(
            "UPDATE legs SET charged_seconds = ?, sell_micros = ?, buy_micros = ?, sell_prefix = ?, "
            "sell_rate_micros = ?, buy_prefix = ?, buy_rate_micros = ?, destination_name = ? WHERE id = ?"),
        {l.chargedSeconds, qlonglong(l.sell.micros()), qlonglong(l.buy.micros()), l.sellPrefix,
         qlonglong(l.sellRate.micros()), l.buyPrefix, qlonglong(l.buyRate.micros()), l.destinationName,
         qlonglong(l.id)},
        tr("pricing a call leg"));
}

void CdrRepository::closeCall(std::int64_t callId, CallState state, const QString& hangupReason,
                              const QString& destinationName)
{
    // Totals per leg and for the call, and the leg that counts for each side
    // (the answered attempt, else the last one), kept on the call row. Built
    // once: the statement cache is keyed by its text.
    static const QString sql = [] {
        const QString perLeg =
            QStringLiteral("(SELECT COALESCE(SUM(%1), 0) FROM legs WHERE call_id = calls.id%2)");
        const QString legA = QStringLiteral(" AND leg = 'A'");
        const QString legB = QStringLiteral(" AND leg = 'B'");
        const QString chosen = QStringLiteral("(SELECT %1 FROM legs WHERE call_id = calls.id AND leg = '%2' "
                                              "ORDER BY answered_at IS NULL, id DESC LIMIT 1)");
        return QStringLiteral(
                   "UPDATE calls SET state = ?, hangup_reason = ?, ended_at = ?, destination_name = ?, "
                   "sell_micros = %1, buy_micros = %2, a_seconds = %3, b_seconds = %4, "
                   "a_sell_micros = %5, a_buy_micros = %6, b_sell_micros = %7, b_buy_micros = %8, "
                   "talk_ms = %9, destination = COALESCE(%10, destination), gateway_a_id = %11, "
                   "gateway_b_id = %12, "
                   "answered_at = (SELECT MIN(answered_at) FROM legs WHERE call_id = calls.id AND leg = 'B') "
                   "WHERE id = ?")
            .arg(perLeg.arg(QStringLiteral("sell_micros"), QString()),
                 perLeg.arg(QStringLiteral("buy_micros"), QString()),
                 perLeg.arg(QStringLiteral("charged_seconds"), legA),
                 perLeg.arg(QStringLiteral("charged_seconds"), legB),
                 perLeg.arg(QStringLiteral("sell_micros"), legA),
                 perLeg.arg(QStringLiteral("buy_micros"), legA),
                 perLeg.arg(QStringLiteral("sell_micros"), legB),
                 perLeg.arg(QStringLiteral("buy_micros"), legB),
                 perLeg.arg(QStringLiteral("duration_ms"), legB))
            .arg(chosen.arg(QStringLiteral("number"), QStringLiteral("B")),
                 chosen.arg(QStringLiteral("gateway_id"), QStringLiteral("A")),
                 chosen.arg(QStringLiteral("gateway_id"), QStringLiteral("B")));
    }();
    m_db.cached(
        sql, {stateWord(state), hangupReason, qlonglong(m_clock.nowMs()), destinationName, qlonglong(callId)},
        tr("closing a call record"));
}

std::optional<CallRecord> CdrRepository::call(std::int64_t callId) const
{
    auto q =
        m_db.cached(CallColumns + QStringLiteral("WHERE id = ?"), {qlonglong(callId)}, tr("reading a call"));
    return firstRow(*q, callFrom);
}

std::optional<CallRecord> CdrRepository::callOfRequest(std::int64_t requestId) const
{
    auto q = m_db.cached(CallColumns + QStringLiteral("WHERE callback_request_id = ? ORDER BY id LIMIT 1"),
                         {qlonglong(requestId)}, tr("reading a call"));
    return firstRow(*q, callFrom);
}

QList<LegRecord> CdrRepository::legs(std::int64_t callId) const
{
    auto statement = m_db.cached(
        QStringLiteral(
            "SELECT id, call_id, leg, number, gateway_id, sip_call_id, sip_status, sip_reason, invited_at, "
            "answered_at, progress_at, ended_at, is_open, duration_ms, charged_seconds, sell_micros, "
            "buy_micros, sell_prefix, sell_rate_micros, buy_prefix, buy_rate_micros, packets_in, "
            "packets_out, "
            "destination_name "
            "FROM legs "
            "WHERE call_id = ? ORDER BY id"),
        {qlonglong(callId)}, tr("reading call legs"));
    QSqlQuery& q = *statement;
    QList<LegRecord> result;
    while (q.next()) {
        LegRecord l;
        l.id = q.value(0).toLongLong();
        l.callId = q.value(1).toLongLong();
        l.leg = q.value(2).toString().front();
        l.number = q.value(3).toString();
        l.gatewayId = optionalValue(q.value(4));
        l.sipCallId = q.value(5).toString();
        l.sipStatus = q.value(6).toInt();
        l.sipReason = q.value(7).toString();
        l.invitedAt = q.value(8).toLongLong();
        l.answeredAt = optionalValue(q.value(9));
        l.progressAt = optionalValue(q.value(10));
        l.endedAt = optionalValue(q.value(11));
        l.open = q.value(12).toBool();
        l.durationMs = q.value(13).toLongLong();
        l.chargedSeconds = q.value(14).toInt();
        l.sell = core::Money::fromMicros(q.value(15).toLongLong());
        l.buy = core::Money::fromMicros(q.value(16).toLongLong());
        l.sellPrefix = q.value(17).toString();
        l.sellRate = core::Money::fromMicros(q.value(18).toLongLong());
        l.buyPrefix = q.value(19).toString();
        l.buyRate = core::Money::fromMicros(q.value(20).toLongLong());
        l.packetsIn = q.value(21).toLongLong();
        l.packetsOut = q.value(22).toLongLong();
        l.destinationName = q.value(23).toString();
        result.append(l);
    }
    return result;
}

QList<std::int64_t> CdrRepository::openCalls() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id FROM calls WHERE state = ? ORDER BY id"),
                           {stateWord(CallState::Open)}, tr("finding open calls"));
    QList<std::int64_t> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

QList<CallRecord> CdrRepository::recentCalls(std::optional<std::int64_t> accountId, int limit) const
{
    QSqlQuery q =
        accountId ? m_db.run(CallColumns + QStringLiteral("WHERE account_id = ? ORDER BY id DESC LIMIT ?"),
                             {qlonglong(*accountId), limit}, tr("reading calls"))
                  : m_db.run(CallColumns + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit},
                             tr("reading calls"));
    return allRows(q, callFrom);
}

} // namespace rebound::store
