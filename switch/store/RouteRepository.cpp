#include "store/RouteRepository.h"

#include "store/Database.h"

namespace rebound::store {

QList<Route> RouteRepository::matching(const core::PhoneNumber& number) const
{
    // substr() rather than LIKE, so digits are compared literally.
    auto statement = m_db.cached(
        QStringLiteral("SELECT r.id, r.prefix, r.gateway_id, g.name, r.priority, r.enabled "
                       "FROM routes r JOIN gateways g ON g.id = r.gateway_id "
                       "WHERE r.enabled = 1 AND g.enabled = 1 AND substr(?, 1, length(r.prefix)) = r.prefix "
                       "ORDER BY r.id"),
        {number.digits()}, tr("finding the routes for %1").arg(number.toPlus()));
    QSqlQuery& q = *statement;
    QList<Route> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                       q.value(3).toString(), q.value(4).toInt(), q.value(5).toBool()});
    return result;
}

} // namespace rebound::store
