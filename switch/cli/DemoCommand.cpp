#include "cli/Commands.h"
#include "demo/DemoData.h"
#include "demo/DemoHistory.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QDir>

namespace rebound::cli {

class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

int runDemo(Context& c, const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        const bool help =
            arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h");
        if (help) {
            c.out << DemoCommand::tr(
                         "Usage: rebound-switch [--db PATH] demo\n\n"
                         "Adds the demo data (5 subscribers with portal password %1, 3 DIDs, three\n"
                         "gateways on 127.0.0.1, rates, a batch of charge-up cards) and %2 days of call\n"
                         "history ending now (callbacks billed by the billing rule, top-ups in the\n"
                         "ledger) to a database that has no subscribers yet.\n")
                         .arg(demo::DemoData::demoPassword())
                         .arg(demo::DemoHistory::Days);
            c.out.flush();
            return Success;
        }
        return c.fail(DemoCommand::tr("demo takes no argument '%1'.").arg(arguments.first()), UsageError);
    }
    try {
        const auto db = store::Database::open(c.databasePath);
        if (!demo::DemoData::seed(*db, c.clock, demo::DemoData::WithHistory))
            return c.fail(
                DemoCommand::tr("%1 already has subscribers; the demo data goes only into an empty database.")
                    .arg(QDir::toNativeSeparators(db->path())));
        c.out << DemoCommand::tr("Demo data and %1 days of call history added to %2.")
                     .arg(demo::DemoHistory::Days)
                     .arg(QDir::toNativeSeparators(db->path()))
              << Qt::endl;
        return Success;
    } catch (const store::StoreError& error) {
        return c.fail(error.message());
    }
}

} // namespace rebound::cli
