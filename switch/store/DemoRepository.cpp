#include "store/DemoRepository.h"

#include "store/Database.h"

namespace rebound::store {

void DemoRepository::markAllAccountsDemo()
{
    m_db.run(QStringLiteral("UPDATE accounts SET is_demo = 1"), {}, tr("marking demo subscribers"));
}

void DemoRepository::setSellPlanOfAllAccounts(std::int64_t rateTableId)
{
    m_db.run(QStringLiteral("UPDATE accounts SET sell_plan_id = ?"), {qlonglong(rateTableId)},
             tr("giving demo subscribers a plan"));
}

} // namespace rebound::store
