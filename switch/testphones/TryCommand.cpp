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

namespace rebound::cli {

int TryCommand::run(Context& c, const QStringList& arguments)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOptions(
        {{QStringLiteral("account"), tr("The subscriber to call back (its account code)."),
          QStringLiteral("code")},
         {QStringLiteral("destination"), tr("The number phone B answers."), QStringLiteral("number")},
         {QStringLiteral("talk"), tr("Seconds A and B stay connected (default 5)."), QStringLiteral("s")},
         {QStringLiteral("timeout"), tr("Give up after this many seconds (default 120)."),
          QStringLiteral("s")},
         {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")}});
    if (!p.parse(QStringList{QStringLiteral("try")} + arguments))
        return c.fail(p.errorText(), UsageError);
    const bool help = p.isSet(QStringLiteral("help"));
    if (help || p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("account")) ||
        !p.isSet(QStringLiteral("destination"))) {
        (help ? c.out : c.err) << tr(
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
        return c.fail(tr("try needs an application event loop."));
    bool ok = true;
    const int talk = p.isSet(QStringLiteral("talk")) ? p.value(QStringLiteral("talk")).toInt(&ok) : 5;
    if (!ok || talk < 0 || talk > 3600)
        return c.fail(tr("--talk is 0 to 3600 seconds."), UsageError);
    const int timeout =
        p.isSet(QStringLiteral("timeout")) ? p.value(QStringLiteral("timeout")).toInt(&ok) : 120;
    if (!ok || timeout < 1)
        return c.fail(tr("--timeout is a number of seconds."), UsageError);

    std::unique_ptr<store::Database> db;
    testphones::TestCallPlan plan;
    try {
        db = store::Database::open(c.databasePath);
        QString error;
        plan = testphones::TestCalls::plan(*db, c.clock, p.positionalArguments().first(),
                                           p.value(QStringLiteral("account")),
                                           p.value(QStringLiteral("destination")), &error);
        if (!error.isEmpty())
            return c.fail(error);
    } catch (const store::StoreError& error) {
        return c.fail(error.message());
    }

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
    testphones::TestCallRunner runner(theSwitch, phones, *db, c.clock);
    int exitCode = Failure;
    bool stopping = false;
    const auto stopAll = [&] {
        if (std::exchange(stopping, true))
            return;
        phones.stop();
        try {
            testphones::TestCalls::pointCarrier(*db, c.clock, phones); // off while the phones are
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
        c.out << tr("Switch on %1").arg(listening) << Qt::endl;
        try {
            phones.start();
        } catch (const sip::SipError& error) {
            c.err << "rebound-switch: " << error.message() << Qt::endl;
            stopAll();
            return;
        }
        runner.run(plan, host, sipPort, talk);
    });
    QObject::connect(&theSwitch, &Switch::stopped, [] { QCoreApplication::quit(); });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [&] {
        c.err << "rebound-switch: " << tr("the test call did not end within %1 s").arg(timeout) << Qt::endl;
        stopAll();
    });
    deadline.start(timeout * 1000);
    theSwitch.start();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace rebound::cli
