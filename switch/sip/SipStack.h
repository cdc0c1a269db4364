#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <stdexcept>

namespace rebound::sip {

class SipError : public std::runtime_error
{
public:
    explicit SipError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

// An incoming out-of-dialog request, copied out of Sofia's structures (those
// are valid only during the callback).
struct SipRequest
{
    QString method;      // "INVITE", "MESSAGE", ...
    QString requestUser; // user part of the Request-URI
    QString requestUri;
    QString fromUser;
    QString toUser;
    QString callId;
    QHostAddress source;
    int sourcePort = 0;
    QString transport; // "udp" / "tcp"
    QString contentType;
    QByteArray body;
};

// What to answer. For a MESSAGE, replyText (when set) is sent back to the
// sender as a new MESSAGE, through replyHost:replyPort.
struct SipReply
{
    int status = 500;
    QString phrase = QStringLiteral("Server Internal Error");
    int retryAfterSeconds = 0;
    QString replyText;
    QString replyHost;
    int replyPort = 5060;
};

class SipRequestHandler
{
public:
    virtual ~SipRequestHandler() = default;
    // Called on the switch thread for INVITE, MESSAGE and OPTIONS; must
    // return at once (no network waits).
    virtual SipReply handle(const SipRequest& request) = 0;
};

// Where an outbound leg goes and how it identifies itself.
struct OutboundLeg
{
    QString requestUri; // sip:4420...@gateway:port;transport=udp
    QString fromUri;    // sip:<caller id>@<our address>
    QString username;   // digest credentials, answered on 401/407
    QString password;
    QByteArray sdpOffer;
};

// Sofia-SIP's nua on the calling thread's GLib main context (Debian's Qt uses
// the GLib event dispatcher, so Sofia and Qt share one loop without locks).
// Owns every nua handle it creates or receives and destroys each one when
// its transaction or dialog is over: a switch that rejects INVITEs all day
// must not grow.
class SipStack : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 5060;
        QString userAgent = QStringLiteral("Rebound/" REBOUND_VERSION);
    };

    explicit SipStack(SipRequestHandler& handler, QObject* parent = nullptr);
    ~SipStack() override;

    // Throws SipError (no GLib dispatcher, port in use, ...).
    void start(const Config& config);
    // Asynchronous: stopped() follows once Sofia has said goodbye.
    void shutdown();
    bool isRunning() const { return m_nua != nullptr; }
    // Blocks (running this thread's event loop) until shut down; for destructors and tests.
    void shutdownAndWait(int timeoutMs = 5000);

    // Sends a text MESSAGE (an SMS reply) to sip:user@host:port.
    void sendMessage(const QString& user, const QString& host, int port, const QString& text);

    // Sends OPTIONS to sip:host:port;transport=... to see whether a gateway
    // answers; pingFinished(token, ...) follows (status 408 on no answer).
    int ping(const QString& host, int port, const QString& transport);

    // Places an outbound INVITE; legProgress/legAnswered/legFailed/legEnded
    // follow with the returned id. Digest challenges are answered once.
    int invite(const OutboundLeg& leg);
    void cancel(int legId); // before the answer
    void hangup(int legId); // after the answer (CANCEL before it)

    // Handles currently alive: 0 when idle, whatever was received before.
    int liveHandles() const { return m_liveHandles; }
    const Config& config() const { return m_config; }

    // Internal: Sofia's callback lands here.
    void onEvent(int event, int status, const char* phrase, void* nh, void* hmagic, const void* sip,
                 void* tags);

Q_SIGNALS:
    void stopped();
    void pingFinished(int token, int status, const QString& phrase, qint64 elapsedMs);
    void legProgress(int legId, int status, const QString& phrase);
    void legAnswered(int legId, const QByteArray& sdpAnswer);
    void legFailed(int legId, int status, const QString& phrase);
    void legEnded(int legId, const QString& reason); // after an answer: BYE from either side
    void legDigit(int legId, QChar digit);           // SIP INFO application/dtmf-relay
    // One line per request and answer, for the console's SIP log.
    void logLine(const QString& line);

private:
    void handleRequest(int event, void* nh, const void* sip);
    void destroyHandle(void* nh);
    void releaseRoot();

    SipRequestHandler& m_handler;
    Config m_config;
    void* m_root = nullptr;   // su_root_t
    void* m_nua = nullptr;    // nua_t
    void* m_source = nullptr; // GSource
    int m_liveHandles = 0;
    struct Ping
    {
        int token = 0;
        qint64 startedMs = 0;
    };
    QHash<void*, Ping> m_pings; // by nua handle
    int m_nextToken = 1;
    struct Leg
    {
        int id = 0;
        OutboundLeg target;
        bool authenticated = false;
        bool answered = false;
        bool finished = false;  // legFailed/legEnded already sent
        bool cancelled = false; // we gave it up: a late 200 OK gets a BYE, not a call
    };
    QHash<void*, Leg> m_legs; // by nua handle
    void* legHandle(int legId) const;
    void onLegEvent(int event, int status, const char* phrase, void* nh, const void* sip, void* tags);
    bool m_shuttingDown = false;
};

} // namespace rebound::sip
