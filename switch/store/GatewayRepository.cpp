#include "store/GatewayRepository.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"

namespace rebound::store {

namespace {
constexpr StoredWord<DidMode> DidModeWords[] = {{DidMode::Did, "did"}, {DidMode::Lgw, "lgw"}};

const QString GatewayColumns = QStringLiteral(
    "SELECT id, name, host, port, transport, username, password, realm, strip_digits, add_prefix, caller_id, "
    "buy_rate_table_id, max_calls, trusted_sources, is_sms_gateway, enabled, is_test FROM gateways ");

Gateway gatewayFrom(const QSqlQuery& q)
{
    Gateway g;
    g.id = q.value(0).toLongLong();
    g.name = q.value(1).toString();
    g.host = q.value(2).toString();
    g.port = q.value(3).toInt();
    g.transport = q.value(4).toString();
    g.username = q.value(5).toString();
    g.password = q.value(6).toString();
    g.realm = q.value(7).toString();
    g.stripDigits = q.value(8).toInt();
    g.addPrefix = q.value(9).toString();
    g.callerId = q.value(10).toString();
    g.buyTableId = optionalValue(q.value(11));
    g.maxCalls = q.value(12).toInt();
    for (const QString& s : q.value(13).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        g.trustedSources << s.trimmed();
    g.isSmsGateway = q.value(14).toBool();
    g.enabled = q.value(15).toBool();
    g.isTest = q.value(16).toBool();
    return g;
}

QVariantList gatewayValues(const Gateway& g, qlonglong now)
{
    return {g.name.trimmed(),
            g.host.trimmed(),
            g.port,
            g.transport,
            g.username,
            g.password,
            g.realm,
            g.stripDigits,
            g.addPrefix,
            g.callerId,
            nullable(g.buyTableId),
            g.maxCalls,
            g.trustedSources.join(QLatin1Char(',')),
            g.isSmsGateway ? 1 : 0,
            g.enabled ? 1 : 0,
            now};
}

const QString DidColumns =
    QStringLiteral("SELECT d.id, d.number, d.account_id, COALESCE(a.account_code, ''), d.mode, d.gateway_id, "
                   "d.enabled, d.ask_pin FROM dids d LEFT JOIN accounts a ON a.id = d.account_id ");

const QString RouteColumns =
    QStringLiteral("SELECT r.id, r.prefix, r.gateway_id, g.name, r.priority, r.enabled "
                   "FROM routes r JOIN gateways g ON g.id = r.gateway_id ");

// A route's columns in RouteColumns' order, as its fields are declared.
Route routeFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toBool()};
}

Did didFrom(const QSqlQuery& q)
{
    Did d;
    d.id = q.value(0).toLongLong();
    d.number = q.value(1).toString();
    d.accountId = optionalValue(q.value(2));
    d.accountCode = q.value(3).toString();
    d.mode = valueOf(DidModeWords, q.value(4).toString()).value_or(DidMode::Did);
    d.gatewayId = optionalValue(q.value(5));
    d.enabled = q.value(6).toBool();
    d.askPin = q.value(7).toBool();
    return d;
}
} // namespace

QString toString(DidMode mode)
{
    return wordOf(DidModeWords, mode);
}

QList<Gateway> GatewayRepository::gateways() const
{
    QSqlQuery q = m_db.run(GatewayColumns + QStringLiteral("ORDER BY name"), {}, tr("listing gateways"));
    return allRows(q, gatewayFrom);
}

std::optional<Gateway> GatewayRepository::findGateway(std::int64_t id) const
{
    // Read for every route a call tries, so cached; its text is built once.
    static const QString sql = GatewayColumns + QStringLiteral("WHERE id = ?");
    auto q = m_db.cached(sql, {qlonglong(id)}, tr("reading a gateway"));
    return firstRow(*q, gatewayFrom);
}

std::optional<Gateway> GatewayRepository::findGatewayByName(const QString& name) const
{
    QSqlQuery q =
        m_db.run(GatewayColumns + QStringLiteral("WHERE name = ?"), {name}, tr("reading a gateway"));
    return firstRow(q, gatewayFrom);
}

std::int64_t GatewayRepository::insertGateway(const Gateway& g)
{
    QVariantList values = gatewayValues(g, m_clock.nowMs());
    values.append(qlonglong(m_clock.nowMs()));
    return m_db
        .run(QStringLiteral(
                 "INSERT INTO gateways (name, host, port, transport, username, password, realm, "
                 "strip_digits, add_prefix, caller_id, buy_rate_table_id, max_calls, trusted_sources, "
                 "is_sms_gateway, enabled, updated_at, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             values, tr("adding gateway %1").arg(g.name))
        .lastInsertId()
        .toLongLong();
}

void GatewayRepository::updateGateway(const Gateway& g)
{
    QVariantList values = gatewayValues(g, m_clock.nowMs());
    values.append(qlonglong(g.id));
    QSqlQuery q =
        m_db.run(QStringLiteral("UPDATE gateways SET name = ?, host = ?, port = ?, transport = ?, "
                                "username = ?, password = ?, realm = ?, strip_digits = ?, add_prefix = ?, "
                                "caller_id = ?, buy_rate_table_id = ?, max_calls = ?, trusted_sources = ?, "
                                "is_sms_gateway = ?, enabled = ?, updated_at = ? WHERE id = ?"),
                 values, tr("saving gateway %1").arg(g.name));
    requireChange(q, tr("Gateway #%1 does not exist.").arg(g.id));
}

void GatewayRepository::removeGateway(std::int64_t id)
{
    QSqlQuery q = m_db.run(QStringLiteral("DELETE FROM gateways WHERE id = ?"), {qlonglong(id)},
                           tr("deleting gateway #%1").arg(id));
    requireChange(q, tr("Gateway #%1 does not exist.").arg(id));
}

std::optional<Gateway> GatewayRepository::testCarrier() const
{
    QSqlQuery q = m_db.run(GatewayColumns + QStringLiteral("WHERE is_test = 1 ORDER BY id LIMIT 1"), {},
                           tr("reading the test carrier"));
    return firstRow(q, gatewayFrom);
}

Gateway GatewayRepository::pointTestCarrier(const QString& name, const QString& host, int port, bool enabled)
{
    const qlonglong now = m_clock.nowMs();
    if (const auto existing = testCarrier()) {
        m_db.run(
            QStringLiteral("UPDATE gateways SET host = ?, port = ?, trusted_sources = ?, enabled = ?, "
                           "updated_at = ? WHERE id = ?"),
            {host, port > 0 ? port : existing->port, host, enabled ? 1 : 0, now, qlonglong(existing->id)},
            tr("pointing the test carrier at the test phones"));
    } else if (port <= 0) {
        return {}; // nothing to switch off
    } else {
        m_db.run(QStringLiteral("INSERT INTO gateways (name, host, port, transport, trusted_sources, "
                                "is_sms_gateway, enabled, is_test, updated_at, created_at) "
                                "VALUES (?, ?, ?, 'udp', ?, 1, ?, 1, ?, ?)"),
                 {name, host, port, host, enabled ? 1 : 0, now, now}, tr("adding the test carrier"));
    }
    return *testCarrier();
}

QList<Route> GatewayRepository::routes() const
{
    QSqlQuery q = m_db.run(RouteColumns + QStringLiteral("ORDER BY r.prefix, r.priority, r.id"), {},
                           tr("listing routes"));
    return allRows(q, routeFrom);
}

std::optional<Route> GatewayRepository::findRoute(std::int64_t id) const
{
    QSqlQuery q =
        m_db.run(RouteColumns + QStringLiteral("WHERE r.id = ?"), {qlonglong(id)}, tr("reading a route"));
    return firstRow(q, routeFrom);
}

QList<Route> GatewayRepository::routesWithPrefix(const QString& prefix) const
{
    QSqlQuery q = m_db.run(RouteColumns + QStringLiteral("WHERE r.prefix = ? ORDER BY r.priority, r.id"),
                           {prefix}, tr("listing routes"));
    return allRows(q, routeFrom);
}

std::int64_t GatewayRepository::insertRoute(const Route& r)
{
    return m_db
        .run(QStringLiteral("INSERT INTO routes (prefix, gateway_id, priority, enabled) VALUES (?, ?, ?, ?)"),
             {r.prefix, qlonglong(r.gatewayId), r.priority, r.enabled ? 1 : 0},
             tr("adding a route for prefix '%1'").arg(r.prefix))
        .lastInsertId()
        .toLongLong();
}

void GatewayRepository::removeRoute(std::int64_t id)
{
    QSqlQuery q = m_db.run(QStringLiteral("DELETE FROM routes WHERE id = ?"), {qlonglong(id)},
                           tr("deleting route #%1").arg(id));
    requireChange(q, tr("Route #%1 does not exist.").arg(id));
}

QList<Did> GatewayRepository::dids() const
{
    QSqlQuery q = m_db.run(DidColumns + QStringLiteral("ORDER BY d.number"), {}, tr("listing DIDs"));
    return allRows(q, didFrom);
}

QList<Did> GatewayRepository::didsOf(std::int64_t accountId) const
{
    QSqlQuery q = m_db.run(DidColumns + QStringLiteral("WHERE d.account_id = ? ORDER BY d.number"),
                           {qlonglong(accountId)}, tr("listing a subscriber's DIDs"));
    return allRows(q, didFrom);
}

std::optional<Did> GatewayRepository::findDid(const QString& number) const
{
    auto q = m_db.cached(DidColumns + QStringLiteral("WHERE d.number = ?"), {number}, tr("looking up a DID"));
    return firstRow(*q, didFrom);
}

std::optional<Did> GatewayRepository::findDidById(std::int64_t id) const
{
    auto q =
        m_db.cached(DidColumns + QStringLiteral("WHERE d.id = ?"), {qlonglong(id)}, tr("looking up a DID"));
    return firstRow(*q, didFrom);
}

std::int64_t GatewayRepository::insertDid(const Did& d)
{
    return m_db
        .run(QStringLiteral("INSERT INTO dids (number, account_id, mode, gateway_id, enabled, ask_pin, "
                            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {d.number, d.accountId ? QVariant(qlonglong(*d.accountId)) : QVariant(), toString(d.mode),
              d.gatewayId ? QVariant(qlonglong(*d.gatewayId)) : QVariant(), d.enabled ? 1 : 0,
              d.askPin ? 1 : 0, qlonglong(m_clock.nowMs())},
             tr("adding DID %1").arg(d.number))
        .lastInsertId()
        .toLongLong();
}

void GatewayRepository::updateDid(const Did& d)
{
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "UPDATE dids SET number = ?, account_id = ?, mode = ?, gateway_id = ?, enabled = ?, ask_pin = ? "
            "WHERE id = ?"),
        {d.number, d.accountId ? QVariant(qlonglong(*d.accountId)) : QVariant(), toString(d.mode),
         d.gatewayId ? QVariant(qlonglong(*d.gatewayId)) : QVariant(), d.enabled ? 1 : 0, d.askPin ? 1 : 0,
         qlonglong(d.id)},
        tr("saving DID %1").arg(d.number));
    requireChange(q, tr("DID #%1 does not exist.").arg(d.id));
}

void GatewayRepository::removeDid(std::int64_t id)
{
    QSqlQuery q = m_db.run(QStringLiteral("DELETE FROM dids WHERE id = ?"), {qlonglong(id)},
                           tr("deleting DID #%1").arg(id));
    requireChange(q, tr("DID #%1 does not exist.").arg(id));
}

} // namespace rebound::store
