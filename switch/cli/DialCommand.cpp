#include "Switch.h"
#include "cli/Commands.h"
#include "sip/Sdp.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

namespace rebound::cli {

class DialCommand
{
    Q_DECLARE_TR_FUNCTIONS(DialCommand)
};

namespace {
// The number to dial, by the dial plan, and the gateway --lgw-did pins the
// leg to (0: none); the exit code when either is refused.
std::optional<int> readTarget(Context& c, const QCommandLineParser& p, core::PhoneNumber& number,
                              qint64& pinned)
{
    try {
        const auto db = store::Database::open(c.databasePath);
        const auto normalised =
            store::SettingsRepository(*db).dialPlan().normalise(p.positionalArguments().first());
        if (!normalised.ok())
            return c.fail(normalised.error, UsageError);
        number = normalised.number;
        if (p.isSet(QStringLiteral("lgw-did"))) {
            QString did = p.value(QStringLiteral("lgw-did"));
            did.remove(QLatin1Char('+'));
            const auto found = store::GatewayRepository(*db, c.clock).findDid(did);
            if (!found || found->mode != store::DidMode::Lgw || !found->gatewayId)
                return c.fail(
                    DialCommand::tr("%1 is not an LGW DID.").arg(p.value(QStringLiteral("lgw-did"))));
            pinned = *found->gatewayId;
        }
    } catch (const store::StoreError& error) {
        return c.fail(error.message());
    }
    return std::nullopt;
}
} // namespace

// Places the leg on a signalling-only switch of its own and reports each
// step until it ends.
static int placeLeg(Context& c, const QString& sipListen, const core::PhoneNumber& number, qint64 pinned,
                    int hold)
{
    Switch theSwitch(c.databasePath, sipListen, c.clock);
    // A test leg beside a running switch: no lock, no recovery of its calls.
    theSwitch.setSignallingOnly(true);
    int exitCode = Failure;
    int dialId = 0;
    QObject::connect(&theSwitch, &Switch::failed, [&](const QString& error) {
        c.err << "rebound-switch: " << error << Qt::endl;
        QCoreApplication::quit();
    });
    QObject::connect(&theSwitch, &Switch::started, [&](const QString& listening) {
        c.out << DialCommand::tr("SIP on %1; dialling %2").arg(listening, number.toPlus()) << Qt::endl;
        const QByteArray sdp = media::Sdp::offer(QStringLiteral("127.0.0.1"), 9, quint64(c.clock.nowMs()));
        dialId = theSwitch.dial(number.digits(), sdp, pinned);
    });
    QObject::connect(&theSwitch, &Switch::dialProgress, [&](int id, int status, const QString& text) {
        if (id == dialId)
            c.out << (status > 0 ? QStringLiteral("%1 %2").arg(status).arg(text) : text) << Qt::endl;
    });
    QObject::connect(
        &theSwitch, &Switch::dialAnswered, [&](int id, const QString& gateway, const QByteArray&) {
            if (id != dialId)
                return;
            c.out << DialCommand::tr("answered via %1; hanging up in %2 s").arg(gateway).arg(hold)
                  << Qt::endl;
            exitCode = Success;
            QTimer::singleShot(hold * 1000, [&] { theSwitch.hangupDial(dialId); });
        });
    QObject::connect(&theSwitch, &Switch::dialFailed, [&](int id, int status, const QString& reason) {
        if (id != dialId)
            return;
        c.out << DialCommand::tr("failed: %1 %2").arg(status).arg(reason) << Qt::endl;
        theSwitch.stop();
    });
    QObject::connect(&theSwitch, &Switch::dialEnded, [&](int id, const QString& reason) {
        if (id != dialId)
            return;
        c.out << DialCommand::tr("ended: %1").arg(reason) << Qt::endl;
        theSwitch.stop();
    });
    QObject::connect(&theSwitch, &Switch::stopped, [] { QCoreApplication::quit(); });
    theSwitch.start();
    QCoreApplication::exec();
    return exitCode;
}

int runDial(Context& c, const QStringList& arguments)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOptions(
        {{QStringLiteral("lgw-did"), DialCommand::tr("Send the leg out through this LGW DID's gateway."),
          QStringLiteral("did")},
         {QStringLiteral("hold"), DialCommand::tr("Seconds to stay connected once answered (default 2)."),
          QStringLiteral("s")},
         {QStringLiteral("sip-listen"),
          DialCommand::tr("Our SIP address (default 127.0.0.1 on any free port)."),
          QStringLiteral("addr:port")},
         {{QStringLiteral("h"), QStringLiteral("help")}, DialCommand::tr("Show this help.")}});
    if (!p.parse(QStringList{QStringLiteral("dial")} + arguments))
        return c.fail(p.errorText(), UsageError);
    if (p.isSet(QStringLiteral("help")) || p.positionalArguments().size() != 1) {
        (p.isSet(QStringLiteral("help")) ? c.out : c.err) << DialCommand::tr(
            "Usage: rebound-switch [--db PATH] dial NUMBER [--lgw-did DID] [--hold S] [--sip-listen "
            "ADDR:PORT]\n\n"
            "Places one test leg the way a callback would (routes, least cost, failover, digest\n"
            "authentication) and prints each step. The leg carries no audio: it is a signalling test.\n");
        return p.isSet(QStringLiteral("help")) ? Success : UsageError;
    }
    if (!QCoreApplication::instance())
        return c.fail(DialCommand::tr("dial needs an application event loop."));

    core::PhoneNumber number;
    qint64 pinned = 0;
    if (const auto failed = readTarget(c, p, number, pinned))
        return *failed;
    bool ok = false;
    const int hold = p.isSet(QStringLiteral("hold")) ? p.value(QStringLiteral("hold")).toInt(&ok) : 2;
    if (p.isSet(QStringLiteral("hold")) && (!ok || hold < 0 || hold > 3600))
        return c.fail(DialCommand::tr("--hold is 0 to 3600 seconds."), UsageError);

    return placeLeg(c,
                    p.isSet(QStringLiteral("sip-listen")) ? p.value(QStringLiteral("sip-listen"))
                                                          : QStringLiteral("127.0.0.1:0"),
                    number, pinned, hold);
}

} // namespace rebound::cli
