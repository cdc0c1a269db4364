#include "demo/DemoHistory.h"

#include "demo/HistoryWriter.h"
#include "store/Database.h"

namespace rebound::demo {

std::int64_t DemoHistory::startMs(std::int64_t nowMs)
{
    return nowMs - Days * history::MsPerDay;
}

DemoHistory::Result DemoHistory::generate(const store::Database& db, const core::Clock& clock, quint32 seed)
{
    store::Database::Transaction transaction(db);
    history::HistoryWriter writer(db, startMs(clock.nowMs()), clock.nowMs(), seed);
    writer.setUp();
    writer.run(writer.plan());
    transaction.commit();
    return writer.result();
}

} // namespace rebound::demo
