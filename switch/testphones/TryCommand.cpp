#include "testphones/TryCommand.h"

#include "Switch.h"
#include "sip/SipStack.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "testphones/TestCallRunner.h"
#include "testphones/TestPhones.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <QUdpSocket>
#include <optional>

namespace rebound::cli {

namespace {
struct TryOptions
{
    QString trigger;
    QString account;
    QString destination;
    int talk = 5;
    int timeout = 120;
};

// Reads the arguments into `o`; an exit code when the command ends here
// (its help, or a usage error already reported).
std::optional<int> readOptions(Context& c, const QStringList& arguments, TryOptions& o)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOptions({{QStringLiteral("account"),
                   TryCommand::tr("The subscriber to call back (its account code)."), QStringLiteral("code")},
                  {QStringLiteral("destination"), TryCommand::tr("The number phone B answers."),
                   QStringLiteral("number")},
                  {QStringLiteral("talk"), TryCommand::tr("Seconds A and B stay connected (default 5)."),
                   QStringLiteral("s")},
                  {QStringLiteral("timeout"),
                   TryCommand::tr("Give up after this many seconds (default 120)."), QStringLiteral("s")},
                  {{QStringLiteral("h"), QStringLiteral("help")}, TryCommand::tr("Show this help.")}});
    if (!p.parse(QStringList{QStringLiteral("try")} + arguments))
        return c.fail(p.errorText(), UsageError);
    const bool help = p.isSet(QStringLiteral("help"));
    if (help || p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("account")) ||
        !p.isSet(QStringLiteral("destination"))) {
        (help ? c.out : c.err) << TryCommand::tr(
            "Usage: rebound-switch [--db PATH] try did|sms|web|api --account CODE --destination NUMBER\n"
            "                      [--talk S] [--timeout S]\n\n"
            "Runs a whole test callback with the built-in test phones: phone A is the subscriber's\n"
            "callback number, phone B the destination, both real SIP phones on 127.0.0.1 reached\n"
            "through the test carrier, which no real call uses. did: A rings the subscriber's DID\n"
            "and keys the destination in the IVR; sms: A texts the callback request; web and api:\n"
            "the request the portal or the API would make. Both phones answer, talk, and A hangs up.\n"
            "Prints each step, then the call record (a test call, billed to the subscriber like any\n"
            "call) and the charge. Starts its own switch on the database: stop a running one first.\n");
        return help ? Success : UsageError;
    }
    if (!QCoreApplication::instance())
        return c.fail(TryCommand::tr("try needs an application event loop."));
    bool ok = true;
    o.talk = p.isSet(QStringLiteral("talk")) ? p.value(QStringLiteral("talk")).toInt(&ok) : 5;
    if (!ok || o.talk < 0 || o.talk > 3600)
        return c.fail(TryCommand::tr("--talk is 0 to 3600 seconds."), UsageError);
    o.timeout = p.isSet(QStringLiteral("timeout")) ? p.value(QStringLiteral("timeout")).toInt(&ok) : 120;
    if (!ok || o.timeout < 1)
        return c.fail(TryCommand::tr("--timeout is a number of seconds."), UsageError);
    o.trigger = p.positionalArguments().first();
    o.account = p.value(QStringLiteral("account"));
    o.destination = p.value(QStringLiteral("destination"));
    return std::nullopt;
}

// Runs `plan` on a switch of its own with the test phones, until the call
// ends or `o.timeout` passes.
int runTestCall(Context& c, const store::Database& db, const testphones::TestCallPlan& plan,
                const TryOptions& o)
{
    // The switch on loopback, on a port the kernel just had free.
    int sipPort = 0;
    {
        QUdpSocket probe;
        if (probe.bind(QHostAddress::LocalHost, 0))
            sipPort = probe.localPort();
    }
    const QString host = QStringLiteral("127.0.0.1");
    Switch theSwitch(c.databasePath, QStringLiteral("%1:%2").arg(host).arg(sipPort), c.clock);
    theSwitch.setWebListen(QStringLiteral("off"));
    testphones::TestPhones phones;
    testphones::TestCallRunner runner(theSwitch, phones, db, c.clock);
    int exitCode = Failure;
    bool stopping = false;
    const auto stopAll = [&] {
        if (std::exchange(stopping, true))
            return;
        phones.stop();
        try {
            testphones::TestCalls::pointCarrier(db, c.clock, phones); // off while the phones are
        } catch (const store::StoreError& error) {
            c.err << "rebound-switch: " << error.message() << Qt::endl;
        }
        theSwitch.stop();
    };
    QObject::connect(&runner, &testphones::TestCallRunner::step,
                     [&](const QString& line) { c.out << line << Qt::endl; });
    QObject::connect(&runner, &testphones::TestCallRunner::finished, [&](bool success) {
        exitCode = success ? Success : Failure;
        stopAll();
    });
    QObject::connect(&theSwitch, &Switch::failed, [&](const QString& error) {
        c.err << "rebound-switch: " << error << Qt::endl;
        QCoreApplication::quit();
    });
    QObject::connect(&theSwitch, &Switch::started, [&](const QString& listening) {
        c.out << TryCommand::tr("Switch on %1").arg(listening) << Qt::endl;
        try {
            phones.start();
        } catch (const sip::SipError& error) {
            c.err << "rebound-switch: " << error.message() << Qt::endl;
            stopAll();
            return;
        }
        runner.run(plan, host, sipPort, o.talk);
    });
    QObject::connect(&theSwitch, &Switch::stopped, [] { QCoreApplication::quit(); });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [&] {
        c.err << "rebound-switch: " << TryCommand::tr("the test call did not end within %1 s").arg(o.timeout)
              << Qt::endl;
        stopAll();
    });
    deadline.start(o.timeout * 1000);
    theSwitch.start();
    QCoreApplication::exec();
    return exitCode;
}
} // namespace

int TryCommand::run(Context& c, const QStringList& arguments)
{
    TryOptions options;
    if (const std::optional<int> exitCode = readOptions(c, arguments, options))
        return *exitCode;
    std::unique_ptr<store::Database> db;
    testphones::TestCallPlan plan;
    try {
        db = store::Database::open(c.databasePath);
        QString error;
        plan = testphones::TestCalls::plan(*db, c.clock, options.trigger, options.account,
                                           options.destination, &error);
        if (!error.isEmpty())
            return c.fail(error);
    } catch (const store::StoreError& error) {
        return c.fail(error.message());
    }
    return runTestCall(c, *db, plan, options);
}

} // namespace rebound::cli
