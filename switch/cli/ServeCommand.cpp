#include "cli/ServeCommand.h"

#include "core/UnixSignals.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <csignal>

namespace rebound::cli {

int ServeCommand::run(Context& c, const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        if (arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")) {
            c.out << ServeCommand::tr("Usage: rebound-switch [--db PATH] serve\n\n"
                                      "Runs the switch until SIGINT (Ctrl+C) or SIGTERM.\n");
            c.out.flush();
            return Success;
        }
        return c.fail(ServeCommand::tr("serve takes no argument '%1'.").arg(arguments.first()), UsageError);
    }
    if (!QCoreApplication::instance())
        return c.fail(ServeCommand::tr("serve needs an application event loop."));

    std::unique_ptr<store::Database> db;
    try {
        db = store::Database::open(c.databasePath);
        const int subscribers = store::AccountRepository(*db, c.clock).count();
        c.err << ServeCommand::tr("rebound-switch: %1 database %2 (schema version %3, %4 subscribers)")
                     .arg(db->wasCreated() ? ServeCommand::tr("created") : ServeCommand::tr("opened"),
                          QDir::toNativeSeparators(db->path()))
                     .arg(db->schemaVersion())
                     .arg(subscribers)
              << Qt::endl;
    } catch (const store::StoreError& error) {
        return c.fail(error.message());
    }

    core::UnixSignals signals;
    QObject::connect(&signals, &core::UnixSignals::terminationRequested, [&c](int signalNumber) {
        c.err << ServeCommand::tr("rebound-switch: received %1, stopping")
                     .arg(signalNumber == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"))
              << Qt::endl;
        QCoreApplication::quit();
    });
    c.err << ServeCommand::tr("rebound-switch: running; stop with Ctrl+C or SIGTERM") << Qt::endl;
    const int code = QCoreApplication::exec();
    db.reset();
    c.err << ServeCommand::tr("rebound-switch: stopped cleanly") << Qt::endl;
    return code;
}

} // namespace rebound::cli
