#pragma once

#include "sip/PublicAddress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QList>
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
    // Called on the switch thread for INVITE, MESSAGE and OPTIONS, and for
    // INFO and UPDATE outside any call; must return at once (no network
    // waits). Every request the stack does not refuse itself comes here.
    virtual SipReply handle(const SipRequest& request) = 0;
    // New INVITEs are not answered one by one: SipStack holds them until
    // its socket is drained (or MaxInviteBatch are waiting) and hands over
    // all of them, oldest first, so that their triggers can share one
    // commit. One reply each, in the same order. By default each one goes
    // through handle().
    virtual QList<SipReply> handleInvites(const QList<SipRequest>& invites);
};

// Where an outbound leg goes and how it identifies itself.
struct OutboundLeg
{
    QString requestUri; // sip:4420...@gateway:port;transport=udp
    QString fromUri;    // sip:<caller id>@<our address>
    QString username;   // digest credentials, answered on 401/407
    QString password;
    QString realm; // the realm the credentials are for; empty: the one challenged
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
        // User-Agent and Server: no version by default, so a scanner
        // learns nothing it could match against known bugs.
        QString userAgent = QStringLiteral("Rebound");
        // RFC 4028: sessions we set up ask for refreshes this often (the
        // peer refreshes; we answer); 0 turns session timers off.
        int sessionTimerSeconds = 1800;
        // TCP beside UDP: only when a peer needs it, since every TCP
        // connection holds a file descriptor a flood can exhaust.
        bool tcp = true;
        // A TCP connection that carries nothing for this long is closed.
        int tcpIdleSeconds = 120;
        // Behind NAT: the address Via and Contact name instead of host
        // (the sockets stay on host:port). Empty: host itself.
        PublicAddress publicAddress;
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
    // Answers the offer of legOffer() (a re-INVITE or UPDATE from the peer);
    // must be called from the slot connected to legOffer.
    void answerOffer(int legId, int status, const QByteArray& sdpAnswer);
    // Sends a new offer on an answered leg (a re-INVITE: hold, resume);
    // legUpdated() follows with the peer's answer.
    void reinvite(int legId, const QByteArray& sdpOffer);
    void cancel(int legId); // before the answer
    void hangup(int legId); // after the answer (CANCEL before it)

    // The Call-ID of an outbound leg's dialog (empty for an unknown leg).
    QString callId(int legId) const;

    // The most new INVITEs held for one handleInvites() call.
    static constexpr int MaxInviteBatch = 64;

    // Handles currently alive: 0 when idle, whatever was received before.
    int liveHandles() const { return m_liveHandles; }
    const Config& config() const { return m_config; }
    // Where others reach us, for From and Call-ID: the public address
    // behind NAT, else the listen address.
    QString advertisedHost() const;
    int advertisedPort() const;

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
    // The peer of an answered leg sent a new offer (re-INVITE or UPDATE with
    // SDP; `sdp` is empty for an offerless re-INVITE). A connected slot
    // answers it at once with answerOffer(); without one the leg's last SDP
    // is sent again for an offerless re-INVITE, and 488 for an offer.
    void legOffer(int legId, const QByteArray& sdp);
    // The peer's answer to our reinvite().
    void legUpdated(int legId, const QByteArray& sdpAnswer);
    // One line per request and answer, for the console's SIP log.
    void logLine(const QString& line);

private:
    SipRequest requestFrom(int event, const void* sip) const;
    void handleRequest(int event, void* nh, const void* sip);
    // A new INVITE waits in m_heldInvites for answerHeldInvites().
    void holdInvite(void* nh, const void* sip);
    void answerHeldInvites();
    void respond(void* nh, const SipRequest& request, const SipReply& reply, bool withCurrent);
    void destroyHandle(void* nh);
    void releaseRoot();
    void logListening(const Config& config);
    void onPingAnswered(int status, void* nh, const void* sip);
    void onShutdownAnswered(int status);

    SipRequestHandler& m_handler;
    Config m_config;
    // Our Contact when the public address has a port of its own, which
    // Sofia cannot put there itself; empty: Sofia's.
    QByteArray m_contact;
    void* m_root = nullptr;   // su_root_t
    void* m_nua = nullptr;    // nua_t
    void* m_source = nullptr; // GSource
    struct HeldInvite
    {
        void* handle = nullptr;
        SipRequest request;
    };
    QList<HeldInvite> m_heldInvites;
    // Runs answerHeldInvites() once nothing at default priority (Sofia's
    // sockets, Qt's events and timers) is ready; attached while INVITEs wait.
    void* m_answerSource = nullptr; // GSource
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
        QString callId;
        QByteArray localSdp;          // what we last offered or answered
        QByteArray pendingOfferSdp;   // our re-INVITE's offer, until answered
        void* pendingOffer = nullptr; // the nua handle whose offer is being answered now
        bool offerAnswered = false;
    };
    QHash<void*, Leg> m_legs; // by nua handle
    void* legHandle(int legId) const;
    void onLegEvent(int event, int status, const char* phrase, void* nh, const void* sip, void* tags);
    void onLegInvite(Leg& leg, int event, void* nh, const void* sip);
    void onInviteResponse(Leg& leg, int status, const QString& reason, void* nh, const void* sip);
    void releaseLeg(void* nh);
    bool m_shuttingDown = false;
};

} // namespace rebound::sip
