#include "store/RouteRepository.h"

#include "store/Database.h"

namespace rebound::store {

std::optional<std::int64_t> RouteRepository::buyTableFor(const core::PhoneNumber& number) const
{
    // substr() rather than LIKE, so digits are compared literally.
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT g.buy_rate_table_id FROM routes r JOIN gateways g ON g.id = r.gateway_id "
                       "WHERE r.enabled = 1 AND g.enabled = 1 AND g.buy_rate_table_id IS NOT NULL "
                       "AND substr(?, 1, length(r.prefix)) = r.prefix "
                       "ORDER BY length(r.prefix) DESC, r.priority ASC, r.id ASC LIMIT 1"),
        {number.digits()}, tr("finding the route for %1").arg(number.toPlus()));
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace rebound::store
