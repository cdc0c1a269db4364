// sipp plays the carrier and the SMS gateway against a real rebound-switch on
// loopback; the test then checks the switch's answers and its database.
#include "SippPeer.h"
#include "SwitchProcess.h"
#include "accounts/AccountService.h"
#include "core/PasswordHash.h"
#include "demo/DemoData.h"
#include "sip/SipStack.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "support/RequestStates.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

using namespace rebound;

namespace {
// Sends hand-made requests over UDP and gathers every datagram that comes
// back, by Call-ID: what a scanner sees.
class SipProbe : public QObject
{
public:
    explicit SipProbe(const QString& source = QStringLiteral("127.0.0.1"))
    {
        if (!m_socket.bind(QHostAddress(source), 0))
            qFatal("cannot bind the probe");
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                QByteArray datagram(int(m_socket.pendingDatagramSize()), Qt::Uninitialized);
                m_socket.readDatagram(datagram.data(), datagram.size());
                const QString text = QString::fromUtf8(datagram);
                const auto callId = QRegularExpression(QStringLiteral("(?im)^(?:Call-ID|i):\\s*(\\S+)"))
                                        .match(text)
                                        .captured(1);
                m_received[callId].append(text);
                if (status(text) >= 300 && m_invites.contains(callId))
                    ack(callId, text);
            }
        });
    }

    // Sends `method` out of any dialog; returns its Call-ID.
    QString send(int port, const QString& method, const QString& extraHeaders = {})
    {
        return send(port, method, QStringLiteral("1234"), QStringLiteral("probe"), extraHeaders);
    }
    // An INVITE to `user` from the caller ID `caller`; its final answer is ACKed.
    QString sendInvite(int port, const QString& user, const QString& caller)
    {
        return send(port, QStringLiteral("INVITE"), user, caller, {});
    }

    QString send(int port, const QString& method, const QString& user, const QString& caller,
                 const QString& extraHeaders)
    {
        const QString callId = QStringLiteral("probe-%1-%2").arg(method).arg(++m_sent);
        Sent sent;
        sent.port = port;
        sent.uri = QStringLiteral("sip:%1@127.0.0.1:%2").arg(user).arg(port);
        sent.via = QStringLiteral("Via: SIP/2.0/UDP %1:%2;branch=z9hG4bK-%3\r\n")
                       .arg(m_socket.localAddress().toString())
                       .arg(m_socket.localPort())
                       .arg(callId);
        sent.from = QStringLiteral("From: <sip:%1@%2:%3>;tag=probe\r\n")
                        .arg(caller, m_socket.localAddress().toString())
                        .arg(m_socket.localPort());
        const QString request =
            QStringLiteral("%1 %2 SIP/2.0\r\n%3%4"
                           "To: <sip:%5@127.0.0.1>\r\n"
                           "Call-ID: %6\r\n"
                           "CSeq: 1 %1\r\n"
                           "Contact: <sip:probe@%7:%8>\r\n"
                           "Max-Forwards: 70\r\n%9"
                           "Content-Length: 0\r\n\r\n")
                .arg(method, sent.uri, sent.via, sent.from, user, callId, m_socket.localAddress().toString())
                .arg(m_socket.localPort())
                .arg(extraHeaders);
        if (method == QLatin1String("INVITE"))
            m_invites.insert(callId, sent);
        m_socket.writeDatagram(request.toUtf8(), QHostAddress::LocalHost, quint16(port));
        return callId;
    }

    const QStringList received(const QString& callId) const { return m_received.value(callId); }
    qsizetype answered() const { return m_received.size(); }
    // Calls whose last answer is final (a 100 Trying may come first).
    qsizetype finallyAnswered() const
    {
        return std::count_if(m_received.cbegin(), m_received.cend(),
                             [](const QStringList& answers) { return status(answers.last()) >= 200; });
    }

    static int status(const QString& response) { return response.section(QLatin1Char(' '), 1, 1).toInt(); }
    static QString header(const QString& response, const QString& name)
    {
        return QRegularExpression(QStringLiteral("(?im)^%1:\\s*([^\\r\\n]*)").arg(name))
            .match(response)
            .captured(1);
    }

private:
    struct Sent
    {
        int port = 0;
        QString uri;
        QString via;
        QString from;
    };
    // A refused INVITE's ACK: its Via (branch), From and CSeq number, the answer's To.
    void ack(const QString& callId, const QString& response)
    {
        const Sent& sent = m_invites[callId];
        const QString ack =
            QStringLiteral("ACK %1 SIP/2.0\r\n%2%3"
                           "To: %4\r\n"
                           "Call-ID: %5\r\n"
                           "CSeq: 1 ACK\r\n"
                           "Max-Forwards: 70\r\n"
                           "Content-Length: 0\r\n\r\n")
                .arg(sent.uri, sent.via, sent.from, header(response, QStringLiteral("To")), callId);
        m_socket.writeDatagram(ack.toUtf8(), QHostAddress::LocalHost, quint16(sent.port));
    }

    QUdpSocket m_socket;
    QHash<QString, Sent> m_invites; // by Call-ID
    int m_sent = 0;
    QHash<QString, QStringList> m_received;
};

// Answers INVITEs 486 and remembers how they were handed over: the Request-URI
// users of each handleInvites() call.
struct BatchRecorder : sip::SipRequestHandler
{
    QList<QStringList> batches;
    sip::SipReply handle(const sip::SipRequest&) override
    {
        sip::SipReply reply;
        reply.status = 200;
        reply.phrase = QStringLiteral("OK");
        return reply;
    }
    QList<sip::SipReply> handleInvites(const QList<sip::SipRequest>& invites) override
    {
        QStringList users;
        QList<sip::SipReply> replies;
        for (const sip::SipRequest& invite : invites) {
            users << invite.requestUser;
            sip::SipReply reply;
            reply.status = 486;
            reply.phrase = QStringLiteral("Busy Here");
            replies << reply;
        }
        batches << users;
        return replies;
    }
};
} // namespace

class TestSipTriggers : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_switch;
    QString m_log;
    int m_switchPort = 0;
    int m_gatewayPort = 0; // where sipp listens as the SMS gateway
    core::MockClock m_clock;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("switch.sqlite")); }

    // Writes a scenario from tests/sip/scenarios with its placeholders filled.
    QString scenario(const QString& name, const QList<QPair<QString, QString>>& values)
    {
        return test::writeScenario(*m_dir, name, values);
    }

    QStringList sippArgs(const QString& scenarioPath, const QString& service, const QString& localIp,
                         int calls, int rate, int localPort) const
    {
        QStringList args{
            QStringLiteral("127.0.0.1:%1").arg(m_switchPort), QStringLiteral("-sf"), scenarioPath,
            QStringLiteral("-s"), service, QStringLiteral("-i"), localIp, QStringLiteral("-m"),
            QString::number(calls), QStringLiteral("-r"), QString::number(rate), QStringLiteral("-timeout"),
            QStringLiteral("20s"), QStringLiteral("-timeout_error"), QStringLiteral("-nostdin"),
            QStringLiteral("-trace_err"),
            // Keep sipp's control and media sockets on loopback too.
            QStringLiteral("-ci"), localIp, QStringLiteral("-cp"), QString::number(test::freeUdpPort()),
            QStringLiteral("-mp"), QString::number(test::freeUdpPort())};
        if (localPort > 0)
            args << QStringLiteral("-p") << QString::number(localPort);
        return args;
    }

    static bool finishedOk(QProcess& p)
    {
        if (!p.waitForFinished(60'000)) {
            p.kill();
            p.waitForFinished();
            return false;
        }
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // Sends an SMS as the gateway and checks the reply that comes back.
    bool sms(const QString& sender, const QString& text, const QString& replyPattern)
    {
        QProcess gateway; // receives the reply MESSAGE on the gateway's port
        gateway.setWorkingDirectory(m_dir->path());
        gateway.start(
            QStringLiteral("sipp"),
            sippArgs(scenario(QStringLiteral("sms_gateway.xml"), {{QStringLiteral("REPLY"), replyPattern}}),
                     QStringLiteral("sms"), QStringLiteral("127.0.0.1"), 1, 10, m_gatewayPort));
        if (!gateway.waitForStarted())
            return false;
        // It must listen before the SMS goes out, or the reply is lost.
        QDeadlineTimer bound(10'000);
        while (!test::udpPortListening(m_gatewayPort) && !bound.hasExpired())
            QThread::msleep(10);
        const bool sent = sipp(scenario(QStringLiteral("sms.xml"),
                                        {{QStringLiteral("SENDER"), sender}, {QStringLiteral("TEXT"), text}}),
                               QStringLiteral("sms"));
        return finishedOk(gateway) && sent;
    }

    // Runs sipp once; true when every call of the scenario succeeded.
    bool sipp(const QString& scenarioPath, const QString& service,
              const QString& localIp = QStringLiteral("127.0.0.1"), int calls = 1, int rate = 10,
              int localPort = 0)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir->path());
        p.start(QStringLiteral("sipp"), sippArgs(scenarioPath, service, localIp, calls, rate, localPort));
        return finishedOk(p);
    }

    std::unique_ptr<store::Database> db() const { return store::Database::open(dbPath()); }

    void waitForLog(const QString& text)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(
            (m_log += QString::fromUtf8(m_switch->readAllStandardError()), m_log.contains(text)),
            qPrintable(
                m_log.right(2000) +
                QStringLiteral(" [switch %1, exit %2] ").arg(m_switch->state()).arg(m_switch->exitCode()) +
                QString::fromUtf8(m_switch->readAllStandardOutput())),
            15'000);
    }

    void startSwitch()
    {
        m_switch = std::make_unique<QProcess>();
        m_switch->start(QStringLiteral(REBOUND_SWITCH_EXE),
                        {QStringLiteral("--db"), dbPath(), QStringLiteral("serve"),
                         QStringLiteral("--sip-listen"), QStringLiteral("127.0.0.1:%1").arg(m_switchPort),
                         QStringLiteral("--web-listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(m_switch->waitForStarted());
        waitForLog(QStringLiteral("running, SIP on"));
    }

    // Stops the switch, changes settings and starts it again.
    void restartSwitch(const QList<QPair<QString, QString>>& settings)
    {
        m_switch->terminate();
        QVERIFY(m_switch->waitForFinished(15'000));
        m_log.clear(); // the next start's lines are the ones to wait for
        {
            auto database = db();
            store::SettingsRepository repo(*database);
            for (const auto& [key, value] : settings)
                repo.setValue(key, value);
        }
        startSwitch();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QFAIL("sipp is not installed; packaging/install-deps.sh installs it (package sip-tester)");
    }

    void init()
    {
        m_dir = test::testDir();
        m_switchPort = test::freeUdpPort();
        m_gatewayPort = test::freeUdpPort();
        core::PasswordHash::setDefaultIterationsForTesting(1000);
        {
            auto database = db();
            demo::DemoData::seed(*database, m_clock);
            // The demo carrier trusts 127.0.0.1 and is our SMS gateway; point
            // it at the port where sipp will listen for SMS replies.
            store::GatewayRepository gateways(*database, m_clock);
            auto carrier = gateways.gateways().first();
            carrier.port = m_gatewayPort;
            gateways.updateGateway(carrier);
            store::SettingsRepository settings(*database);
            settings.setValue(QStringLiteral("sip.rate_per_second"), QStringLiteral("5"));
            settings.setValue(QStringLiteral("sip.burst"), QStringLiteral("10"));
        }
        m_log.clear();
        startSwitch();
    }

    void cleanup()
    {
        if (m_switch) {
            test::stopSwitch(*m_switch, &m_log, 4000);
            QCOMPARE(m_switch->exitCode(), 0);
            QVERIFY2(m_log.contains(QStringLiteral("stopped cleanly")), qPrintable(m_log.right(1000)));
        }
        m_switch.reset();
        m_dir.reset();
    }

    void didTriggerIsBusyAndRequestsACallback()
    {
        QVERIFY(sipp(
            scenario(QStringLiteral("invite.xml"), {{QStringLiteral("EXPECTED"), QStringLiteral("486")}}),
            QStringLiteral("+12125550101")));
        const auto requests = store::CallbackRequestRepository(*db(), m_clock).recent();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(store::toString(requests.first().trigger), QStringLiteral("did"));
        QCOMPARE(requests.first().callbackNumber.digits(), QStringLiteral("447700900123"));
        QCOMPARE(requests.first().state, store::RequestState::Requested);
    }

    void acceptedTriggersSurviveTheSwitchBeingKilled()
    {
        // A request row is committed without waiting for the disk (its call's
        // credit hold, a full commit, makes it durable before dialling). The
        // process dying must not lose it: every 486 the carrier got stands
        // for a request that is still there.
        QVERIFY(sipp(
            scenario(QStringLiteral("invite.xml"), {{QStringLiteral("EXPECTED"), QStringLiteral("486")}}),
            QStringLiteral("+12125550101")));
        QVERIFY(sipp(scenario(QStringLiteral("invite.xml"),
                              {{QStringLiteral("EXPECTED"), QStringLiteral("486")},
                               {QStringLiteral("+447700900123"), QStringLiteral("+12025550147")}}),
                     QStringLiteral("12125550102")));
        // The callbacks still wait out callback.delay_ms (2 s): nothing but the
        // triggers' own commits has been written when the switch is killed.
        m_switch->kill();
        QVERIFY(m_switch->waitForFinished(15'000));
        QCOMPARE(m_switch->exitStatus(), QProcess::CrashExit);
        m_switch.reset();
        const auto requests = store::CallbackRequestRepository(*db(), m_clock).recent();
        QCOMPARE(requests.size(), 2);
        for (const auto& request : requests) {
            QCOMPARE(store::toString(request.trigger), QStringLiteral("did"));
            QCOMPARE(request.state, store::RequestState::Requested);
        }
        QCOMPARE(requests.last().callbackNumber.digits(), QStringLiteral("447700900123"));
        QCOMPARE(requests.first().callbackNumber.digits(), QStringLiteral("12025550147"));
    }

    void triggersArrivingTogetherAreAllRecorded()
    {
        // Written before the switch reads any: they share one commit (unless
        // the switch happens to read between two). Four 486s, three requests:
        // the stranger's trigger is refused and disturbs none of the others.
        SipProbe probe;
        const QStringList callIds{
            probe.sendInvite(m_switchPort, QStringLiteral("+12125550101"), QStringLiteral("+447700900123")),
            probe.sendInvite(m_switchPort, QStringLiteral("+12125550101"), QStringLiteral("+33612345678")),
            probe.sendInvite(m_switchPort, QStringLiteral("12125550102"), QStringLiteral("+12025550147")),
            probe.sendInvite(m_switchPort, QStringLiteral("12125550103"), QStringLiteral("+12125550199"))};
        QTRY_COMPARE_WITH_TIMEOUT(probe.finallyAnswered(), callIds.size(), 10'000);
        for (const QString& callId : callIds)
            QCOMPARE(SipProbe::status(probe.received(callId).last()), 486);
        const auto requests = store::CallbackRequestRepository(*db(), m_clock).recent();
        QCOMPARE(requests.size(), 3);
        QStringList phones;
        for (const auto& request : requests)
            phones << request.callbackNumber.toPlus();
        phones.sort();
        QCOMPARE(phones, (QStringList{QStringLiteral("+12025550147"), QStringLiteral("+12125550199"),
                                      QStringLiteral("+447700900123")}));
        waitForLog(QStringLiteral("not a registered phone of subscriber 1001"));
    }

    void invitesArrivingTogetherAreHandedOverAsOneBatch()
    {
        // The stack holds INVITEs until its socket is drained, so those that
        // wait there together reach the handler together, in their order; at
        // most MaxInviteBatch at once.
        BatchRecorder recorder;
        sip::SipStack stack(recorder);
        sip::SipStack::Config config;
        config.port = test::freeUdpPort();
        config.tcp = false;
        stack.start(config);
        SipProbe probe;
        QStringList users;
        for (int i = 0; i < 5; ++i)
            probe.sendInvite(config.port, users.emplace_back(QStringLiteral("100%1").arg(i)),
                             QStringLiteral("probe"));
        QTRY_COMPARE_WITH_TIMEOUT(probe.finallyAnswered(), 5, 10'000);
        QCOMPARE(recorder.batches, QList<QStringList>{users});

        recorder.batches.clear();
        const int burst = sip::SipStack::MaxInviteBatch + 6;
        for (int i = 0; i < burst; ++i)
            probe.sendInvite(config.port, QStringLiteral("200%1").arg(i), QStringLiteral("probe"));
        QTRY_COMPARE_WITH_TIMEOUT(probe.finallyAnswered(), 5 + burst, 10'000);
        QCOMPARE(recorder.batches.size(), 2);
        QCOMPARE(recorder.batches.first().size(), sip::SipStack::MaxInviteBatch);
        QCOMPARE(recorder.batches.last().size(), 6);
        QCOMPARE(recorder.batches.last().last(), QStringLiteral("200%1").arg(burst - 1));
        // Every answer ACKed: the INVITE transactions end and their handles go.
        QTRY_COMPARE_WITH_TIMEOUT(stack.liveHandles(), 0, 15'000);
        stack.shutdownAndWait();
        QVERIFY(!stack.isRunning());
    }

    void lgwDidIsRecordedAsLgw()
    {
        // Rung from its subscriber's (1004's) phone.
        QVERIFY(sipp(scenario(QStringLiteral("invite.xml"),
                              {{QStringLiteral("EXPECTED"), QStringLiteral("486")},
                               {QStringLiteral("+447700900123"), QStringLiteral("+12125550199")}}),
                     QStringLiteral("12125550103")));
        QCOMPARE(store::toString(store::CallbackRequestRepository(*db(), m_clock).recent().first().trigger),
                 QStringLiteral("lgw"));
    }

    void unknownDidIs404()
    {
        QVERIFY(sipp(
            scenario(QStringLiteral("invite.xml"), {{QStringLiteral("EXPECTED"), QStringLiteral("404")}}),
            QStringLiteral("+12125550999")));
        QVERIFY(store::CallbackRequestRepository(*db(), m_clock).recent().isEmpty());
    }

    void untrustedSourceIs403AndAudited()
    {
        // 127.0.0.2 is loopback too, but no gateway trusts it. Its 5 INVITEs
        // are audited as one row for the minute (written at the latest when
        // the switch stops).
        QVERIFY(sipp(
            scenario(QStringLiteral("invite.xml"), {{QStringLiteral("EXPECTED"), QStringLiteral("403")}}),
            QStringLiteral("+12125550101"), QStringLiteral("127.0.0.2"), 5, 50));
        QVERIFY(store::CallbackRequestRepository(*db(), m_clock).recent().isEmpty());
        m_switch->terminate();
        QVERIFY(m_switch->waitForFinished(15'000));
        m_log += QString::fromUtf8(m_switch->readAllStandardError());
        const auto audit = store::AuditLog(*db(), m_clock).recent();
        QCOMPARE(std::count_if(
                     audit.cbegin(), audit.cend(),
                     [](const store::AuditEntry& e) { return e.action == QLatin1String("sip.untrusted"); }),
                 1);
        QCOMPARE(audit.first().action, QStringLiteral("sip.untrusted"));
        QVERIFY2(audit.first().details.startsWith(QStringLiteral("5 INVITE(s)")),
                 qPrintable(audit.first().details));
        QCOMPARE(audit.first().source, QStringLiteral("127.0.0.2"));
    }

    void optionsIs200AndRegisterIsRefused()
    {
        QVERIFY(sipp(
            scenario(QStringLiteral("request.xml"), {{QStringLiteral("METHOD"), QStringLiteral("OPTIONS")},
                                                     {QStringLiteral("EXPECTED"), QStringLiteral("200")}}),
            QStringLiteral("rebound")));
        QVERIFY(sipp(
            scenario(QStringLiteral("request.xml"), {{QStringLiteral("METHOD"), QStringLiteral("REGISTER")},
                                                     {QStringLiteral("EXPECTED"), QStringLiteral("405")}}),
            QStringLiteral("1001")));
    }

    void secondTriggerInsideTheWindowIsIgnored()
    {
        const QString invite =
            scenario(QStringLiteral("invite.xml"), {{QStringLiteral("EXPECTED"), QStringLiteral("486")}});
        QVERIFY(sipp(invite, QStringLiteral("+12125550101")));
        QVERIFY(sipp(invite, QStringLiteral("+12125550101"))); // still 486: the trigger stays free
        QCOMPARE(store::CallbackRequestRepository(*db(), m_clock).recent().size(), 1);
        waitForLog(QStringLiteral("no callback: request #1 is still in progress"));
    }

    void floodFromOneSourceIsRefused()
    {
        // 40 OPTIONS at 400/s from an address no gateway trusts, against 5/s
        // with bursts of 10: some are answered 503, so a scenario expecting
        // 200 for all fails ...
        QVERIFY(!sipp(
            scenario(QStringLiteral("request.xml"), {{QStringLiteral("METHOD"), QStringLiteral("OPTIONS")},
                                                     {QStringLiteral("EXPECTED"), QStringLiteral("200")}}),
            QStringLiteral("rebound"), QStringLiteral("127.0.0.2"), 40, 400));
        waitForLog(QStringLiteral("Too many requests from 127.0.0.2: answering 503"));
        // ... while another source is served normally, and the demo carrier
        // (trusted: 127.0.0.1) may burst far beyond a stranger's limit.
        QVERIFY(sipp(
            scenario(QStringLiteral("request.xml"), {{QStringLiteral("METHOD"), QStringLiteral("OPTIONS")},
                                                     {QStringLiteral("EXPECTED"), QStringLiteral("200")}}),
            QStringLiteral("rebound"), QStringLiteral("127.0.0.3")));
        QVERIFY(sipp(
            scenario(QStringLiteral("request.xml"), {{QStringLiteral("METHOD"), QStringLiteral("OPTIONS")},
                                                     {QStringLiteral("EXPECTED"), QStringLiteral("200")}}),
            QStringLiteral("rebound"), QStringLiteral("127.0.0.1"), 40, 400));
    }

    void onlyWhatWeServeIsAnswered()
    {
        // What we do not serve is refused at once, with one response and no
        // dialog (a REFER used to get 202 and eleven NOTIFYs); INFO and
        // UPDATE outside a call find none. Allow and Supported list only what
        // we serve, and no header names a version.
        SipProbe probe;
        const QList<QPair<QString, QString>> requests{
            {QStringLiteral("OPTIONS"), {}},
            {QStringLiteral("REFER"), QStringLiteral("Refer-To: <sip:900@192.0.2.1>\r\n")},
            {QStringLiteral("SUBSCRIBE"), QStringLiteral("Event: presence\r\n")},
            {QStringLiteral("NOTIFY"), QStringLiteral("Event: presence\r\n")},
            {QStringLiteral("PUBLISH"), QStringLiteral("Event: presence\r\n")},
            {QStringLiteral("REGISTER"), {}},
            {QStringLiteral("INFO"), {}},
            {QStringLiteral("UPDATE"), {}},
        };
        QHash<QString, QString> callIds;
        for (const auto& [method, headers] : requests)
            callIds.insert(method, probe.send(m_switchPort, method, headers));
        QTRY_COMPARE_WITH_TIMEOUT(probe.answered(), requests.size(), 10'000);
        QTest::qWait(1500); // long enough for a retransmitted NOTIFY (500 ms) to show
        const QHash<QString, int> expected{
            {QStringLiteral("OPTIONS"), 200},   {QStringLiteral("REFER"), 405},
            {QStringLiteral("SUBSCRIBE"), 405}, {QStringLiteral("NOTIFY"), 405},
            {QStringLiteral("PUBLISH"), 405},   {QStringLiteral("REGISTER"), 405},
            {QStringLiteral("INFO"), 481},      {QStringLiteral("UPDATE"), 481},
        };
        for (auto it = callIds.cbegin(); it != callIds.cend(); ++it) {
            const QStringList got = probe.received(*it);
            QVERIFY2(got.size() == 1,
                     qPrintable(it.key() + QStringLiteral(": ") + got.join(QStringLiteral("|"))));
            QCOMPARE(SipProbe::status(got.first()), expected.value(it.key()));
        }
        const QString options = probe.received(callIds.value(QStringLiteral("OPTIONS"))).first();
        QCOMPARE(SipProbe::header(options, QStringLiteral("Allow")),
                 QStringLiteral("INVITE, ACK, BYE, CANCEL, OPTIONS, MESSAGE, INFO, UPDATE"));
        QCOMPARE(SipProbe::header(options, QStringLiteral("Supported")), QStringLiteral("timer"));
        QCOMPARE(SipProbe::header(options, QStringLiteral("User-Agent")), QStringLiteral("Rebound"));
        QVERIFY(!options.contains(QLatin1Char('/') + QStringLiteral(REBOUND_VERSION)));
        QVERIFY(!options.contains(QStringLiteral("sofia-sip"), Qt::CaseInsensitive));
    }

    void outOfDialogRequestsCountAgainstTheRateLimit()
    {
        // 30 INFOs at once against 5/s with bursts of 10: the flood guard
        // sees them like any INVITE, so most are answered 503.
        SipProbe probe(QStringLiteral("127.0.0.4"));
        QStringList callIds;
        for (int i = 0; i < 30; ++i)
            callIds << probe.send(m_switchPort, QStringLiteral("INFO"));
        QTRY_COMPARE_WITH_TIMEOUT(probe.answered(), 30, 10'000);
        int refused = 0;
        for (const QString& id : callIds)
            refused += SipProbe::status(probe.received(id).first()) == 503;
        QVERIFY2(refused >= 15, qPrintable(QString::number(refused)));
        waitForLog(QStringLiteral("Too many requests from 127.0.0.4"));
    }

    void tcpIsOpenOnlyWhenAPeerNeedsIt()
    {
        // Every gateway of the demo data speaks UDP, so "auto" opens no TCP
        // listener: no connections a flood could pile up.
        waitForLog(QStringLiteral("SIP listening on 127.0.0.1:%1 (UDP)").arg(m_switchPort));
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, quint16(m_switchPort));
        QVERIFY(!refused.waitForConnected(5000));

        // Turned on, TCP is open, and a connection that goes quiet after a
        // keep-alive is closed by the switch.
        restartSwitch({{QStringLiteral("sip.tcp"), QStringLiteral("on")},
                       {QStringLiteral("sip.tcp_idle_seconds"), QStringLiteral("1")}});
        waitForLog(QStringLiteral("SIP listening on 127.0.0.1:%1 (UDP and TCP)").arg(m_switchPort));
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, quint16(m_switchPort));
        QVERIFY(idle.waitForConnected(5000));
        idle.write("\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 15'000);
    }

    void smsRequestsACallbackAndReplies()
    {
        QVERIFY(sms(QStringLiteral("+447700900123"), QStringLiteral("1001 +447700900123 +12025550147"),
                    QStringLiteral("we will call you on \\+447700900123")));
        const auto requests = store::CallbackRequestRepository(*db(), m_clock).recent();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(store::toString(requests.first().trigger), QStringLiteral("sms"));
        QCOMPARE(requests.first().destination.digits(), QStringLiteral("12025550147"));
    }

    void invalidSmsGetsAnExplanation()
    {
        QVERIFY(sms(QStringLiteral("+447700900123"), QStringLiteral("1001 mum"),
                    QStringLiteral("not a phone number")));
        QVERIFY(store::CallbackRequestRepository(*db(), m_clock).recent().isEmpty());
    }

    void gatewayPingFromTheCommandLine()
    {
        const auto cli = [this](const QStringList& args) {
            QProcess p;
            p.start(QStringLiteral(REBOUND_SWITCH_EXE), QStringList{QStringLiteral("--db"), dbPath()} + args);
            p.waitForFinished(30'000);
            return std::make_pair(p.exitCode(),
                                  QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
        };
        // A gateway that is this very switch answers OPTIONS with 200 ...
        QCOMPARE(cli({QStringLiteral("gateways"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Self"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("--port"), QString::number(m_switchPort)})
                     .first,
                 0);
        const auto [code, output] =
            cli({QStringLiteral("gateways"), QStringLiteral("ping"), QStringLiteral("Self")});
        QVERIFY2(code == 0 && output.contains(QStringLiteral("200 OK")), qPrintable(output));
        // ... and one where nobody listens does not.
        const auto silent =
            cli({QStringLiteral("gateways"), QStringLiteral("ping"), QStringLiteral("Demo carrier"),
                 QStringLiteral("--timeout"), QStringLiteral("2")});
        QCOMPARE(silent.first, 1);
    }

    void smsFromAnUntrustedAddressIs403()
    {
        QVERIFY(sipp(
            scenario(QStringLiteral("request.xml"), {{QStringLiteral("METHOD"), QStringLiteral("MESSAGE")},
                                                     {QStringLiteral("EXPECTED"), QStringLiteral("403")}}),
            QStringLiteral("sms"), QStringLiteral("127.0.0.2")));
    }

    void smsFromAStrangerGetsWhatAnUnknownCodeGets()
    {
        // Issue 15: a stranger who knows 1001's code (and even its phone)
        // rings nobody, and hears exactly what a made-up code hears.
        const QString refused =
            QStringLiteral("This phone is not registered to that account, or the PIN is wrong");
        QVERIFY(
            sms(QStringLiteral("+33612345678"), QStringLiteral("1001 +447700900123 +19005550199"), refused));
        QVERIFY(sms(QStringLiteral("+33612345679"), QStringLiteral("9999 +19005550199"), refused));
        QVERIFY(store::CallbackRequestRepository(*db(), m_clock).recent().isEmpty());
        const auto audit = store::AuditLog(*db(), m_clock).recent();
        QCOMPARE(audit.at(0).action, QStringLiteral("sms.refused"));
        QCOMPARE(audit.at(1).action, QStringLiteral("sms.refused"));
    }

    void smsWithThePinFromAnotherPhone()
    {
        {
            auto database = db();
            accounts::AccountService service(*database, m_clock);
            const auto account =
                store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"));
            accounts::AccountForm form = service.formFor(*account);
            form.pin = QStringLiteral("135790");
            service.update(account->id, form, QStringLiteral("test"));
        }
        QVERIFY(sms(QStringLiteral("+33612345678"), QStringLiteral("1001 PIN 135790 +12025550147"),
                    QStringLiteral("we will call you on \\+447700900123")));
        QCOMPARE(store::CallbackRequestRepository(*db(), m_clock).recent().size(), 1);
        waitForLog(QStringLiteral("\"1001 PIN **** +12025550147\"")); // the PIN never reaches the log
        QVERIFY(!m_log.contains(QStringLiteral("135790")));
    }

    void didTriggerFromAStrangerIsBusyAndRefused()
    {
        // The same 486 as any trigger that gets no callback, no request, audited.
        QVERIFY(sipp(scenario(QStringLiteral("invite.xml"),
                              {{QStringLiteral("EXPECTED"), QStringLiteral("486")},
                               {QStringLiteral("+447700900123"), QStringLiteral("+33612345678")}}),
                     QStringLiteral("+12125550101")));
        QVERIFY(store::CallbackRequestRepository(*db(), m_clock).recent().isEmpty());
        const auto audit = store::AuditLog(*db(), m_clock).recent().first();
        QCOMPARE(audit.action, QStringLiteral("callback.refused"));
        QVERIFY2(audit.details.contains(QStringLiteral("+33612345678")), qPrintable(audit.details));
        waitForLog(
            QStringLiteral("no callback: caller +33612345678 is not a registered phone of subscriber 1001"));
    }
};

QTEST_GUILESS_MAIN(TestSipTriggers)
#include "TestSipTriggers.moc"
