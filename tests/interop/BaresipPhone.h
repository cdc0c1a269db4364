#pragma once

#include "ConfigTemplate.h"
#include "WavLevel.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>
#include <cmath>
#include <numbers>
#include <optional>
#include <sndfile.h>
#include <vector>

namespace rebound::test {

// The subscriber's phone: baresip 1.0 (Debian's baresip-core), a real SIP
// user agent, on loopback with a configuration written from
// tests/interop/peers/baresip.conf. One account, `user`@127.0.0.1, that
// never registers and answers every call at once. Its microphone plays a
// 400 Hz tone from a WAV file; what it hears is recorded to WAV as it
// arrives. It is driven through its ctrl_tcp socket (netstring JSON
// commands in, responses and call events out), and its SIP trace (-s) is
// read from its stdout.
class BaresipPhone
{
public:
    struct Event
    {
        QString type; // CALL_ESTABLISHED, CALL_CLOSED, CALL_REMOTE_SDP, ...
        QString param;
        QString direction;
        QString callId;
        qint64 atMs = 0; // when it reached the test, ms since the epoch
    };

    // One message of the SIP trace, sent or received by the phone.
    struct SipMessage
    {
        bool fromPhone = false;
        QString startLine;
        QString callId;
        int cseq = 0;
        QString cseqMethod;
        QString body;

        int status() const
        {
            return startLine.startsWith(QLatin1String("SIP/2.0 ")) ? startLine.mid(8, 3).toInt() : 0;
        }
        QString method() const { return status() ? QString() : startLine.section(u' ', 0, 0); }
    };

    // A request the phone sent and the final response it got, if any yet.
    struct Transaction
    {
        std::optional<SipMessage> request;
        std::optional<SipMessage> finalResponse;
    };

    BaresipPhone(const QString& folder, const QString& user)
        : m_folder(folder)
        , m_user(user)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_output += m_process.readAllStandardOutput(); });
        QObject::connect(&m_control, &QTcpSocket::readyRead, &m_control, [this] { readControl(); });
    }
    ~BaresipPhone() { stop(); }
    BaresipPhone(const BaresipPhone&) = delete;
    BaresipPhone& operator=(const BaresipPhone&) = delete;

    // Starts baresip and connects to its control socket. A port taken
    // between picking and binding makes baresip fail: then it is tried
    // again on other ports, twice at most.
    bool start(QString* error)
    {
        if (!QDir().mkpath(recordings()) || !writeTone(microphone(), 60)) {
            *error = QStringLiteral("cannot write the phone's files in %1").arg(m_folder);
            return false;
        }
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (!configure(error))
                return false;
            if (launch(error))
                return true;
            stop();
        }
        return false;
    }

    void stop()
    {
        m_control.abort();
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5'000))
                m_process.kill();
            m_process.waitForFinished();
        }
        m_output += m_process.readAllStandardOutput();
    }

    int sipPort() const { return m_sipPort; }

    // Runs a ctrl_tcp command (dial, sndcode, hold, resume, hangup ...) and
    // waits for baresip's answer to it: true when it says ok. `data` gets
    // the text of the answer.
    bool command(const QString& name, const QString& params = {}, QString* data = nullptr)
    {
        const QString token = QString::number(++m_lastToken);
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("command"), name},
                                                          {QStringLiteral("params"), params},
                                                          {QStringLiteral("token"), token}})
                                    .toJson(QJsonDocument::Compact);
        m_control.write(QByteArray::number(json.size()) + ':' + json + ',');
        QDeadlineTimer deadline(5'000);
        while (!m_responses.contains(token) && !deadline.hasExpired() &&
               m_control.state() == QAbstractSocket::ConnectedState)
            QTest::qWait(10);
        const auto response = m_responses.take(token);
        if (data)
            *data = response.second;
        return response.first;
    }

    // What baresip's audio_debug says of the current call's audio. Unlike
    // heard(), this goes on after a hold: baresip 1.0 drops its decode
    // filters, the recorder among them, when a re-INVITE changes the media
    // direction, and does not set them up again in that call.
    struct AudioCounters
    {
        double sentSeconds = -1;    // the microphone's clock
        double decodedSeconds = -1; // the receive clock (RTP timestamps decoded)
        qint64 rtpReceived = -1;    // RTP packets come in, on hold or not
    };
    AudioCounters audioCounters()
    {
        AudioCounters counters;
        QString debug;
        if (!command(QStringLiteral("audio_debug"), {}, &debug))
            return counters;
        static const QRegularExpression clock(QStringLiteral("\\b(tx|rx):.*?time = ([0-9.]+) sec"),
                                              QRegularExpression::DotMatchesEverythingOption);
        for (const QRegularExpressionMatch& match : clock.globalMatch(debug))
            (match.captured(1) == QLatin1String("tx") ? counters.sentSeconds : counters.decodedSeconds) =
                match.captured(2).toDouble();
        static const QRegularExpression received(QStringLiteral("\\brcvd=(\\d+)"));
        for (const QRegularExpressionMatch& match : received.globalMatch(debug))
            counters.rtpReceived = std::max<qint64>(counters.rtpReceived, 0) + match.captured(1).toLongLong();
        return counters;
    }

    // The next call event of `type` (whose param starts with `param`) after
    // the last one returned; the events in between are passed over.
    std::optional<Event> waitForEvent(const QString& type, int timeoutMs, const QString& param = {})
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            while (m_nextEvent < m_events.size()) {
                const Event& event = m_events[m_nextEvent++];
                if (event.type == type && event.param.startsWith(param))
                    return event;
            }
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return std::nullopt;
            QTest::qWait(10);
        }
    }

    // Every call event so far, one a line, for failure messages.
    QString events() const
    {
        QString text;
        for (const Event& event : m_events)
            text += QStringLiteral("%1 %2 %3\n").arg(event.type, event.direction, event.param);
        return text;
    }

    // What the phone has heard in its latest call so far.
    WavLevel heard() const
    {
        const QFileInfoList files =
            QDir(recordings()).entryInfoList({QStringLiteral("*-dec.wav")}, QDir::Files, QDir::Time);
        return files.isEmpty() ? WavLevel() : WavLevel::measure(files.first().filePath());
    }

    // Waits until the phone has heard at least `soundingMs` of sound in its
    // latest call.
    bool waitToHear(int soundingMs, int timeoutMs) const
    {
        QDeadlineTimer deadline(timeoutMs);
        while (heard().soundingMs < soundingMs) {
            if (deadline.hasExpired())
                return false;
            QTest::qWait(50);
        }
        return true;
    }

    // The SIP messages the phone sent and received so far.
    QList<SipMessage> sipTrace() const
    {
        static const QRegularExpression block(
            QStringLiteral("#\\n(?:UDP|TCP|TLS) (\\S+) -> \\S+\\n(.*?)\\x1b\\[;m"),
            QRegularExpression::DotMatchesEverythingOption);
        const QString self = QStringLiteral("127.0.0.1:%1").arg(m_sipPort);
        QList<SipMessage> messages;
        for (const QRegularExpressionMatch& match : block.globalMatch(QString::fromUtf8(m_output))) {
            SipMessage message = parseSip(match.captured(2));
            message.fromPhone = match.captured(1) == self;
            messages.append(message);
        }
        return messages;
    }

    // The phone's latest INVITE in the call `callId` whose SDP offers the
    // direction `direction` (sendonly to hold, sendrecv to resume), with
    // the final response to it once there is one.
    Transaction offer(const QString& callId, const QString& direction) const
    {
        Transaction transaction;
        for (const SipMessage& message : sipTrace()) {
            if (message.callId != callId)
                continue;
            if (message.fromPhone && message.method() == QLatin1String("INVITE") &&
                sdpDirection(message.body) == direction) {
                transaction = {message, std::nullopt};
            } else if (!message.fromPhone && transaction.request && message.status() >= 200 &&
                       message.cseq == transaction.request->cseq &&
                       message.cseqMethod == QLatin1String("INVITE")) {
                transaction.finalResponse = message;
            }
        }
        return transaction;
    }

    // The media direction an SDP body asks for; RFC 4566's default is sendrecv.
    static QString sdpDirection(const QString& sdp)
    {
        static const QRegularExpression attribute(
            QStringLiteral("^a=(sendrecv|sendonly|recvonly|inactive)\\r?$"),
            QRegularExpression::MultilineOption);
        const auto match = attribute.match(sdp);
        return match.hasMatch() ? match.captured(1) : QStringLiteral("sendrecv");
    }

    // baresip's output so far, without its once-a-tick call status lines.
    QString output() const
    {
        QString text = QString::fromUtf8(m_output);
        static const QRegularExpression status(
            QStringLiteral("\\r\\[\\d+:\\d\\d:\\d\\d\\] audio=[^\\r]*\\r?"));
        return text.remove(status);
    }

private:
    QString m_folder;
    QString m_user;
    QProcess m_process;
    QTcpSocket m_control;
    QByteArray m_output;
    QByteArray m_controlBuffer;
    QList<Event> m_events;
    qsizetype m_nextEvent = 0;
    QHash<QString, std::pair<bool, QString>> m_responses; // by token: ok, data
    int m_lastToken = 0;
    int m_sipPort = 0;
    int m_controlPort = 0;

    QString recordings() const { return m_folder + QStringLiteral("/heard"); }
    QString microphone() const { return m_folder + QStringLiteral("/microphone.wav"); }

    // True when TCP `port` is free on loopback right now.
    static bool tcpFree(int port)
    {
        QTcpServer server;
        return port > 0 && port < 65535 && server.listen(QHostAddress::LocalHost, quint16(port));
    }

    // baresip listens for SIP on UDP and TCP at its port and for SIP over
    // TLS on the port after it: all three must be free.
    static int freeSipPort()
    {
        for (;;) {
            QUdpSocket udp;
            udp.bind(QHostAddress::LocalHost, 0);
            const int port = udp.localPort();
            if (tcpFree(port) && tcpFree(port + 1))
                return port;
        }
    }

    bool configure(QString* error)
    {
        m_sipPort = freeSipPort();
        do {
            QTcpServer server;
            server.listen(QHostAddress::LocalHost, 0);
            m_controlPort = server.serverPort();
        } while (m_controlPort == m_sipPort || m_controlPort == m_sipPort + 1);
        QFile accounts(m_folder + QStringLiteral("/accounts"));
        if (!accounts.open(QIODevice::WriteOnly) ||
            accounts.write(
                QStringLiteral("<sip:%1@127.0.0.1>;regint=0;answermode=auto;audio_codecs=PCMU,PCMA\n")
                    .arg(m_user)
                    .toUtf8()) < 0) {
            *error = QStringLiteral("cannot write %1").arg(accounts.fileName());
            return false;
        }
        return fillTemplate(QStringLiteral(REBOUND_INTEROP_PEERS "/baresip.conf"),
                            m_folder + QStringLiteral("/config"),
                            {{QStringLiteral("SIP_PORT"), QString::number(m_sipPort)},
                             {QStringLiteral("CONTROL_PORT"), QString::number(m_controlPort)},
                             {QStringLiteral("MICROPHONE"), microphone()},
                             {QStringLiteral("RECORDINGS"), recordings()}},
                            error);
    }

    // Starts baresip and waits until it is ready and its control socket
    // takes a connection. stdout is unbuffered (stdbuf), so the SIP trace
    // can be waited on as it happens.
    bool launch(QString* error)
    {
        m_output.clear();
        m_process.start(QStringLiteral("stdbuf"), {QStringLiteral("-o0"), QStringLiteral("baresip"),
                                                   QStringLiteral("-f"), m_folder, QStringLiteral("-s")});
        QDeadlineTimer deadline(10'000);
        while (!m_output.contains("baresip is ready.")) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
                *error = QStringLiteral("baresip did not start:\n") + output();
                return false;
            }
            QTest::qWait(20);
        }
        m_control.connectToHost(QHostAddress::LocalHost, quint16(m_controlPort));
        if (m_output.contains("ctrl_tcp: failed") || !m_control.waitForConnected(5'000)) {
            *error = QStringLiteral("no control socket on port %1:\n%2").arg(m_controlPort).arg(output());
            return false;
        }
        return true;
    }

    // Netstrings ("12:{...json...},") from the control socket: command
    // responses by token, and call events in order.
    void readControl()
    {
        m_controlBuffer += m_control.readAll();
        for (;;) {
            const qsizetype colon = m_controlBuffer.indexOf(':');
            if (colon < 0)
                return;
            const qsizetype length = m_controlBuffer.left(colon).toLongLong();
            if (m_controlBuffer.size() < colon + length + 2)
                return;
            const QJsonObject message =
                QJsonDocument::fromJson(m_controlBuffer.mid(colon + 1, length)).object();
            m_controlBuffer.remove(0, colon + length + 2);
            if (message.value(QStringLiteral("event")).toBool())
                m_events.append({message.value(QStringLiteral("type")).toString(),
                                 message.value(QStringLiteral("param")).toString(),
                                 message.value(QStringLiteral("direction")).toString(),
                                 message.value(QStringLiteral("id")).toString(),
                                 QDateTime::currentMSecsSinceEpoch()});
            else if (message.value(QStringLiteral("response")).toBool())
                m_responses.insert(message.value(QStringLiteral("token")).toString(),
                                   {message.value(QStringLiteral("ok")).toBool(),
                                    message.value(QStringLiteral("data")).toString()});
        }
    }

    static SipMessage parseSip(const QString& text)
    {
        SipMessage message;
        const qsizetype blank = text.indexOf(QLatin1String("\r\n\r\n"));
        const QStringList lines = text.left(blank).split(QLatin1String("\r\n"));
        message.startLine = lines.value(0);
        message.body = blank < 0 ? QString() : text.mid(blank + 4);
        for (const QString& line : lines.mid(1)) {
            const QString name = line.section(u':', 0, 0).trimmed().toLower();
            const QString value = line.section(u':', 1).trimmed();
            if (name == QLatin1String("call-id") || name == QLatin1String("i")) {
                message.callId = value;
            } else if (name == QLatin1String("cseq")) {
                message.cseq = value.section(u' ', 0, 0).toInt();
                message.cseqMethod = value.section(u' ', 1, 1);
            }
        }
        return message;
    }

    // The phone's microphone: a 400 Hz tone at -12 dBFS, 8 kHz mono (no
    // DTMF pair in it, so the switch's in-band detector keeps quiet).
    static bool writeTone(const QString& path, int seconds)
    {
        SF_INFO info{};
        info.samplerate = 8000;
        info.channels = 1;
        info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
        SNDFILE* file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
        if (!file)
            return false;
        std::vector<short> samples(std::size_t(8000 * seconds));
        for (std::size_t i = 0; i < samples.size(); ++i)
            samples[i] = short(8200 * std::sin(2 * std::numbers::pi * 400 * double(i) / 8000));
        const bool written =
            sf_writef_short(file, samples.data(), sf_count_t(samples.size())) == sf_count_t(samples.size());
        return sf_close(file) == 0 && written;
    }
};

} // namespace rebound::test
