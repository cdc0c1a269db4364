#include "Switch.h"
#include "cli/Commands.h"
#include "core/UnixSignals.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTimer>
#include <csignal>
#include <optional>

namespace rebound::cli {

class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
};

namespace {
// --sip-listen and --web-listen; the exit code when the command ends here
// (--help, or an argument it does not take).
std::optional<int> readOptions(Context& c, const QStringList& arguments, QString& sipListen,
                               QString& webListen)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            c.out << ServeCommand::tr(
                "Usage: rebound-switch [--db PATH] serve [--sip-listen ADDR:PORT] [--web-listen "
                "ADDR:PORT|off]\n\n"
                "Runs the switch until SIGINT (Ctrl+C) or SIGTERM. SIP listens on the setting\n"
                "sip.listen (default 127.0.0.1:5060) unless --sip-listen says otherwise; the web\n"
                "portal on web.listen (default 127.0.0.1:8080) unless --web-listen does.\n");
            c.out.flush();
            return Success;
        }
        if (arg == QLatin1String("--sip-listen") && i + 1 < arguments.size())
            sipListen = arguments[++i];
        else if (arg.startsWith(QLatin1String("--sip-listen=")))
            sipListen = arg.mid(13);
        else if (arg == QLatin1String("--web-listen") && i + 1 < arguments.size())
            webListen = arguments[++i];
        else if (arg.startsWith(QLatin1String("--web-listen=")))
            webListen = arg.mid(13);
        else
            return c.fail(ServeCommand::tr("serve takes no argument '%1'.").arg(arg), UsageError);
    }
    return std::nullopt;
}

// Opens (or creates) the database once and says what it holds; the exit code when it cannot.
std::optional<int> announceDatabase(Context& c)
{
    try {
        const auto db = store::Database::open(c.databasePath);
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
    return std::nullopt;
}
} // namespace

int runServe(Context& c, const QStringList& arguments)
{
    QString sipListen;
    QString webListen;
    if (const auto done = readOptions(c, arguments, sipListen, webListen))
        return *done;
    if (!QCoreApplication::instance())
        return c.fail(ServeCommand::tr("serve needs an application event loop."));

    if (const auto failed = announceDatabase(c))
        return *failed;

    Switch theSwitch(c.databasePath, sipListen, c.clock);
    int exitCode = Success;
    // One write for the lines of one turn of the event loop, not one per
    // line: a flood of triggers logs two lines each. The flush comes at the
    // end of the turn, so a line is out as soon as its event is handled.
    QTimer flushLog;
    flushLog.setSingleShot(true);
    flushLog.setInterval(0);
    QObject::connect(&flushLog, &QTimer::timeout, [&c] { c.err.flush(); });
    QObject::connect(&theSwitch, &Switch::logLine, [&c, &flushLog](const QString& line) {
        c.err << QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss.zzz ")) << line << '\n';
        if (!flushLog.isActive())
            flushLog.start();
    });
    QObject::connect(&theSwitch, &Switch::started, [&c](const QString& listening) {
        c.err << ServeCommand::tr("rebound-switch: running, SIP on %1; stop with Ctrl+C or SIGTERM")
                     .arg(listening)
              << Qt::endl;
    });
    QObject::connect(&theSwitch, &Switch::failed, [&](const QString& error) {
        c.err << "rebound-switch: " << error << Qt::endl;
        exitCode = Failure;
        QCoreApplication::exit(Failure);
    });
    QObject::connect(&theSwitch, &Switch::stopped, [] { QCoreApplication::quit(); });

    core::UnixSignals signals;
    QObject::connect(&signals, &core::UnixSignals::terminationRequested, [&](int signalNumber) {
        c.err << ServeCommand::tr("rebound-switch: received %1, stopping")
                     .arg(signalNumber == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"))
              << Qt::endl;
        if (theSwitch.isRunning())
            theSwitch.stop();
        else
            QCoreApplication::quit();
    });
    if (!webListen.isEmpty())
        theSwitch.setWebListen(webListen);
    theSwitch.start();
    QCoreApplication::exec();
    if (exitCode == Success)
        c.err << ServeCommand::tr("rebound-switch: stopped cleanly") << Qt::endl;
    return exitCode;
}

} // namespace rebound::cli
