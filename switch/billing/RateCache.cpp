#include "billing/RateCache.h"

#include "store/RateRepository.h"
#include "store/StoreError.h"

namespace rebound::billing {

std::shared_ptr<const RateTable> RateCache::table(std::int64_t tableId)
{
    const store::RateRepository repository(m_db, m_clock);
    const std::int64_t revision = repository.revision();
    if (revision != m_revision) {
        m_tables.clear();
        m_revision = revision;
    }
    if (auto it = m_tables.constFind(tableId); it != m_tables.cend())
        return *it;
    if (!repository.findTable(tableId))
        throw store::StoreError(store::StoreError::Kind::NotFound,
                                tr("Rate table #%1 does not exist.").arg(tableId));
    auto built = std::make_shared<const RateTable>(repository.rates(tableId));
    m_tables.insert(tableId, built);
    return built;
}

} // namespace rebound::billing
