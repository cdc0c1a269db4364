#include "cli/DemoCommand.h"

#include "demo/DemoData.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QDir>

namespace rebound::cli {

int DemoCommand::run(Context& c, const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        const bool help =
            arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h");
        if (help) {
            c.out << tr("Usage: rebound-switch [--db PATH] demo\n\n"
                        "Adds the demo data (5 subscribers with portal password %1, 3 DIDs, a gateway,\n"
                        "rates) to a database that has no subscribers yet.\n")
                         .arg(demo::DemoData::demoPassword());
            c.out.flush();
            return Success;
        }
        return c.fail(tr("demo takes no argument '%1'.").arg(arguments.first()), UsageError);
    }
    try {
        const auto db = store::Database::open(c.databasePath);
        if (!demo::DemoData::seed(*db, c.clock))
            return c.fail(tr("%1 already has subscribers; the demo data goes only into an empty database.")
                              .arg(QDir::toNativeSeparators(db->path())));
        c.out << tr("Demo data added to %1.").arg(QDir::toNativeSeparators(db->path())) << Qt::endl;
        return Success;
    } catch (const store::StoreError& error) {
        return c.fail(error.message());
    }
}

} // namespace rebound::cli
