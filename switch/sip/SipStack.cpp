#include "sip/SipStack.h"

#include "core/HostPort.h"

#include <QAbstractEventDispatcher>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <cstdarg>
#include <cstdio>
#include <netinet/in.h>
#include <sofia-sip/msg_addr.h>
#include <sofia-sip/nta_tag.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_protos.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/su_glib.h>
#include <sofia-sip/su_log.h>
#include <sofia-sip/su_tag.h>
#include <sofia-sip/tport_tag.h>
#include <utility>

namespace rebound::sip {

namespace {
// Markers bound to handles (their "hmagic") so we know whose they are.
char IncomingInvite;
char OutgoingMessage;

const char* const AllowedMethods = "INVITE, ACK, BYE, CANCEL, OPTIONS, MESSAGE, INFO, UPDATE";

nua_t* asNua(void* p)
{
    return static_cast<nua_t*>(p);
}

QString text(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

void callback(nua_event_t event, int status, char const* phrase, nua_t*, nua_magic_t* magic, nua_handle_t* nh,
              nua_hmagic_t* hmagic, sip_t const* sip, tagi_t tags[])
{
    reinterpret_cast<SipStack*>(magic)->onEvent(event, status, phrase, nh, hmagic, sip, tags);
}

// Sofia's own diagnostics (a transport error, a malformed message) go to
// stderr beside the switch's log, never to stdout, which is for command
// output.
void sofiaLog(void*, const char* format, va_list arguments)
{
    std::fputs("sofia: ", stderr);
    std::vfprintf(stderr, format, arguments);
}

bool usesGlibDispatcher()
{
    const QAbstractEventDispatcher* dispatcher = QAbstractEventDispatcher::instance();
    return dispatcher && dispatcher->inherits("QEventDispatcherGlib");
}

// Sofia's event root on GLib, its log sent to sofiaLog; null on failure.
su_root_t* createGlibRoot()
{
    su_init();
    su_log_redirect(nullptr, sofiaLog, nullptr);
    // Creating the GLib root logs its own address at the "critical" level;
    // that line says nothing to anyone.
    const unsigned logLevel = su_log_default->log_level;
    su_log_set_level(nullptr, 0);
    su_root_t* root = su_glib_root_create(nullptr);
    su_log_set_level(nullptr, logLevel);
    return root;
}

// Behind NAT the URL names the public host and maddr the address to bind:
// Sofia listens on maddr and writes the public host in every Via and
// Contact it makes.
QByteArray listenUrl(const SipStack::Config& config)
{
    const PublicAddress& advertised = config.publicAddress;
    const QString transport = config.tcp ? QString() : QStringLiteral(";transport=udp");
    return (advertised.isEmpty()
                ? QStringLiteral("sip:%1:%2%3").arg(config.host).arg(config.port).arg(transport)
                : QStringLiteral("sip:%1:%2;maddr=%3%4")
                      .arg(advertised.uriHost())
                      .arg(config.port)
                      .arg(PublicAddress{config.host, 0}.uriHost(), transport))
        .toUtf8();
}

// Sofia takes the Contact's port from the socket, so a public port of its
// own goes into the Contacts we send; empty: Sofia's own.
QByteArray ownContact(const SipStack::Config& config)
{
    const PublicAddress& advertised = config.publicAddress;
    const QString transport = config.tcp ? QString() : QStringLiteral(";transport=udp");
    if (advertised.isEmpty() || advertised.port == 0 || advertised.port == config.port)
        return {};
    return QStringLiteral("<sip:%1:%2%3>")
        .arg(advertised.uriHost())
        .arg(advertised.port)
        .arg(transport)
        .toUtf8();
}
} // namespace

SipStack::SipStack(SipRequestHandler& handler, QObject* parent)
    : QObject(parent)
    , m_handler(handler)
{
}

SipStack::~SipStack()
{
    if (m_nua)
        shutdownAndWait();
}

void SipStack::start(const Config& config)
{
    if (m_nua)
        throw SipError(tr("The SIP stack is already running."));
    if (!usesGlibDispatcher())
        throw SipError(
            tr("The SIP stack needs Qt's GLib event dispatcher (the default on Debian); it is not in "
               "use here. Unset QT_NO_GLIB."));
    m_config = config;
    su_root_t* root = createGlibRoot();
    if (!root)
        throw SipError(tr("Cannot create the SIP event root."));
    su_root_threading(root, 0); // no stack thread of its own: everything on ours
    GSource* source = su_glib_root_gsource(root);
    // GLib blocks a source that cannot recurse while it is dispatched: it
    // takes each of its sockets out of the poll set and puts it back, and
    // each of those wakes the loop (an eventfd write), about 19 system calls
    // per INVITE and its ACK. Qt's own sources recurse too; nothing of ours
    // runs a nested event loop inside a Sofia callback.
    g_source_set_can_recurse(source, TRUE);
    g_source_attach(source, g_main_context_get_thread_default());

    const QByteArray url = listenUrl(config);
    m_contact = ownContact(config);
    const QByteArray agent = config.userAgent.toUtf8();
    // Allow and Supported say only what we serve: SIPTAG_ALLOW_STR replaces
    // nua's default list (NUTAG_ALLOW would add to it), so REFER, SUBSCRIBE,
    // NOTIFY, PUBLISH, PRACK and REGISTER get a stateless 405 from nua before
    // any handle exists. INFO and UPDATE come to us so that one outside a
    // dialog is refused and counted, not answered 200.
    const unsigned timer = unsigned(qMax(0, config.sessionTimerSeconds));
    nua_t* nua = nua_create(
        root, callback, reinterpret_cast<nua_magic_t*>(this), NUTAG_URL(url.constData()),
        SIPTAG_USER_AGENT_STR(agent.constData()), NUTAG_MEDIA_ENABLE(0), NUTAG_AUTOALERT(0),
        NUTAG_AUTOANSWER(0), NUTAG_ENABLEMESSAGE(1), SIPTAG_ALLOW_STR(AllowedMethods),
        SIPTAG_SUPPORTED_STR(timer > 0 ? "timer" : ""), NUTAG_APPL_METHOD("INVITE"),
        NUTAG_APPL_METHOD("MESSAGE"), NUTAG_APPL_METHOD("OPTIONS"), NUTAG_APPL_METHOD("INFO"),
        NUTAG_APPL_METHOD("UPDATE"),
        // The peer refreshes (we have no media stack in nua to offer with);
        // nua ends a session whose refreshes stop.
        NUTAG_SESSION_TIMER(timer), NUTAG_MIN_SE(90), NUTAG_SESSION_REFRESHER(nua_remote_refresher),
        NUTAG_UPDATE_REFRESH(1), TPTAG_IDLE(unsigned(qMax(1, config.tcpIdleSeconds)) * 1000u),
        TPTAG_TIMEOUT(30'000u), NTATAG_UDP_MTU(65535),
        // A request bigger than this is refused before it is buffered whole.
        NTATAG_MAXSIZE(64 * 1024), TAG_END());
    if (!nua) {
        su_root_destroy(root);
        g_source_unref(source);
        const QString why = core::whyCannotListen(config.host, config.port);
        throw SipError(
            why.isEmpty()
                ? tr("Cannot listen for SIP on %1:%2.").arg(config.host).arg(config.port)
                : tr("Cannot listen for SIP on %1:%2: %3.").arg(config.host).arg(config.port).arg(why));
    }
    m_root = root;
    m_source = source;
    m_nua = nua;
    m_shuttingDown = false;
    logListening(config);
}

void SipStack::logListening(const Config& config)
{
    const PublicAddress& advertised = config.publicAddress;
    Q_EMIT logLine(tr("SIP listening on %1:%2 (%3)")
                       .arg(config.host)
                       .arg(config.port)
                       .arg(config.tcp ? QStringLiteral("UDP and TCP") : QStringLiteral("UDP")));
    if (!advertised.isEmpty())
        Q_EMIT logLine(tr("Contact, Via and From name the public address %1")
                           .arg(advertised.port
                                    ? QStringLiteral("%1:%2").arg(advertised.uriHost()).arg(advertised.port)
                                    : advertised.uriHost()));
}

QString SipStack::advertisedHost() const
{
    return m_config.publicAddress.isEmpty() ? m_config.host : m_config.publicAddress.uriHost();
}

int SipStack::advertisedPort() const
{
    return m_config.publicAddress.port ? m_config.publicAddress.port : m_config.port;
}

void SipStack::shutdown()
{
    if (!m_nua || m_shuttingDown)
        return;
    answerHeldInvites(); // they came before the shutdown
    m_shuttingDown = true;
    nua_shutdown(asNua(m_nua));
}

void SipStack::shutdownAndWait(int timeoutMs)
{
    if (!m_nua)
        return;
    QEventLoop loop;
    connect(this, &SipStack::stopped, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    shutdown();
    if (m_nua)
        loop.exec();
    if (m_nua) {
        // Sofia did not confirm in time; tear down anyway so the port is free.
        nua_destroy(asNua(m_nua));
        m_nua = nullptr;
        releaseRoot();
    }
}

void SipStack::releaseRoot()
{
    // The source has two references: the root's (su_root_destroy drops it)
    // and the main context's (g_source_destroy drops it and frees the
    // source). su_glib_root_gsource() gave us none, so no unref of ours.
    if (m_answerSource)
        g_source_destroy(static_cast<GSource*>(m_answerSource));
    m_answerSource = nullptr;
    m_heldInvites.clear(); // their handles went with nua
    su_root_destroy(static_cast<su_root_t*>(m_root));
    g_source_destroy(static_cast<GSource*>(m_source)); // detach from the thread's main context
    m_root = m_source = nullptr;
}

void SipStack::destroyHandle(void* nh)
{
    nua_handle_destroy(static_cast<nua_handle_t*>(nh));
}

void SipStack::sendMessage(const QString& user, const QString& host, int port, const QString& message)
{
    if (!m_nua)
        return;
    // The user part comes from the sender's own From header: escaped, so it
    // can only ever be a user part (no parameters, headers or a new host).
    const QByteArray escapedUser = QUrl::toPercentEncoding(user, "+");
    const QByteArray to = "sip:" + escapedUser + '@' + host.toUtf8() + ':' + QByteArray::number(port);
    const QByteArray from =
        QStringLiteral("sip:rebound@%1:%2").arg(advertisedHost()).arg(advertisedPort()).toUtf8();
    const QByteArray payload = message.toUtf8();
    nua_handle_t* nh =
        nua_handle(asNua(m_nua), reinterpret_cast<nua_hmagic_t*>(&OutgoingMessage),
                   SIPTAG_TO_STR(to.constData()), SIPTAG_FROM_STR(from.constData()), TAG_END());
    if (!nh)
        return;
    ++m_liveHandles;
    nua_message(nh, SIPTAG_CONTENT_TYPE_STR("text/plain; charset=utf-8"),
                SIPTAG_PAYLOAD_STR(payload.constData()), TAG_END());
    Q_EMIT logLine(tr("MESSAGE to %1: %2").arg(QString::fromUtf8(to), message));
}

int SipStack::ping(const QString& host, int port, const QString& transport)
{
    const int token = m_nextToken++;
    if (!m_nua) {
        QTimer::singleShot(0, this,
                           [this, token] { Q_EMIT pingFinished(token, 503, tr("SIP is not running"), 0); });
        return token;
    }
    const QByteArray uri = QStringLiteral("sip:%1:%2;transport=%3")
                               .arg(host)
                               .arg(port)
                               .arg(transport.isEmpty() ? QStringLiteral("udp") : transport)
                               .toUtf8();
    nua_handle_t* nh = nua_handle(asNua(m_nua), nullptr, SIPTAG_TO_STR(uri.constData()), TAG_END());
    if (!nh) {
        QTimer::singleShot(
            0, this, [this, token] { Q_EMIT pingFinished(token, 500, tr("cannot create a request"), 0); });
        return token;
    }
    nua_handle_bind(nh, reinterpret_cast<nua_hmagic_t*>(nh)); // marks it as ours; m_pings says what it is
    m_pings.insert(nh, {token, QDateTime::currentMSecsSinceEpoch()});
    ++m_liveHandles;
    nua_options(nh, NUTAG_URL(uri.constData()), TAG_END());
    Q_EMIT logLine(tr("OPTIONS to %1").arg(QString::fromUtf8(uri)));
    return token;
}

int SipStack::invite(const OutboundLeg& target)
{
    const int id = m_nextToken++;
    if (!m_nua) {
        QTimer::singleShot(0, this, [this, id] { Q_EMIT legFailed(id, 503, tr("SIP is not running")); });
        return id;
    }
    const QByteArray to = target.requestUri.toUtf8();
    const QByteArray from = target.fromUri.toUtf8();
    // Our own Call-ID, known before any answer, so even a leg nobody
    // answered can be found in a trace.
    const QByteArray callIdText =
        QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + advertisedHost().toUtf8();
    nua_handle_t* nh = nua_handle(asNua(m_nua), nullptr, SIPTAG_TO_STR(to.constData()),
                                  TAG_IF(!from.isEmpty(), SIPTAG_FROM_STR(from.constData())),
                                  SIPTAG_CALL_ID_STR(callIdText.constData()), TAG_END());
    if (!nh) {
        QTimer::singleShot(0, this, [this, id] { Q_EMIT legFailed(id, 500, tr("cannot create a call")); });
        return id;
    }
    nua_handle_bind(nh, reinterpret_cast<nua_hmagic_t*>(nh));
    Leg& leg = m_legs[nh];
    leg.id = id;
    leg.target = target;
    ++m_liveHandles;
    const QByteArray sdp = target.sdpOffer;
    leg.callId = QString::fromLatin1(callIdText);
    leg.localSdp = target.sdpOffer;
    nua_invite(nh, NUTAG_URL(to.constData()), SIPTAG_CONTENT_TYPE_STR("application/sdp"),
               SIPTAG_PAYLOAD_STR(sdp.constData()),
               TAG_IF(!m_contact.isEmpty(), SIPTAG_CONTACT_STR(m_contact.constData())), TAG_END());
    Q_EMIT logLine(tr("INVITE %1 (leg %2)").arg(target.requestUri).arg(id));
    return id;
}

void* SipStack::legHandle(int legId) const
{
    for (auto it = m_legs.cbegin(); it != m_legs.cend(); ++it)
        if (it->id == legId)
            return it.key();
    return nullptr;
}

QString SipStack::callId(int legId) const
{
    void* nh = legHandle(legId);
    return nh ? m_legs.value(nh).callId : QString();
}

void SipStack::cancel(int legId)
{
    if (void* nh = legHandle(legId)) {
        m_legs[nh].cancelled = true;
        nua_cancel(static_cast<nua_handle_t*>(nh), TAG_END());
    }
}

void SipStack::hangup(int legId)
{
    void* nh = legHandle(legId);
    if (!nh)
        return;
    if (m_legs.value(nh).answered)
        nua_bye(static_cast<nua_handle_t*>(nh), TAG_END());
    else
        cancel(legId);
}

namespace {
QByteArray payloadOf(const sip_t* sip)
{
    if (!sip || !sip->sip_payload || !sip->sip_payload->pl_data)
        return {};
    return QByteArray(sip->sip_payload->pl_data, static_cast<qsizetype>(sip->sip_payload->pl_len));
}

// The realm as Sofia's "Digest:realm:user:password" wants it: quoted.
QString quotedRealm(QString realm)
{
    if (!realm.startsWith(QLatin1Char('"')))
        realm = QLatin1Char('"') + realm + QLatin1Char('"');
    return realm;
}
} // namespace

void SipStack::onInviteResponse(Leg& leg, int status, const QString& reason, void* handle, const void* sipPtr)
{
    auto* nh = static_cast<nua_handle_t*>(handle);
    const auto* sip = static_cast<const sip_t*>(sipPtr);
    if (leg.answered && !leg.cancelled) {
        // The answer to our re-INVITE on an established call. A refusal
        // leaves the call as it was (nua ends the dialog itself if the
        // refusal says it is gone).
        if (status >= 200 && status < 300) {
            leg.localSdp = leg.pendingOfferSdp;
            Q_EMIT legUpdated(leg.id, payloadOf(sip));
        } else if (status >= 300) {
            Q_EMIT logLine(tr("leg %1: re-INVITE refused: %2 %3").arg(leg.id).arg(status).arg(reason));
        }
        return;
    }
    if ((status == 401 || status == 407) && !leg.authenticated && !leg.target.username.isEmpty()) {
        // Answer the challenge once, and only for the gateway's own realm
        // when it has one: the password is never offered to another realm.
        QString challenged;
        const msg_auth_t* challenge = status == 401 ? sip->sip_www_authenticate : sip->sip_proxy_authenticate;
        if (challenge && challenge->au_params)
            for (const msg_param_t* p = challenge->au_params; *p; ++p)
                if (QByteArray(*p).startsWith("realm="))
                    challenged = QString::fromUtf8(*p + 6);
        QString unquoted = challenged;
        if (unquoted.size() >= 2 && unquoted.startsWith(QLatin1Char('"')) &&
            unquoted.endsWith(QLatin1Char('"')))
            unquoted = unquoted.mid(1, unquoted.size() - 2);
        if (leg.target.realm.isEmpty() || leg.target.realm == unquoted) {
            const QByteArray auth = QStringLiteral("Digest:%1:%2:%3")
                                        .arg(quotedRealm(unquoted), leg.target.username, leg.target.password)
                                        .toUtf8();
            leg.authenticated = true;
            nua_authenticate(nh, NUTAG_AUTH(auth.constData()), TAG_END());
            Q_EMIT logLine(tr("leg %1: %2 challenge answered").arg(leg.id).arg(status));
            return;
        }
        Q_EMIT logLine(tr("leg %1: challenged for realm %2, but our credentials are for %3")
                           .arg(QString::number(leg.id), unquoted, leg.target.realm));
    }
    if (status < 200) {
        Q_EMIT legProgress(leg.id, status, reason);
    } else if (status < 300 && leg.cancelled) {
        // The 200 OK crossed our CANCEL (or came after we gave up on a
        // silent gateway): the dialog exists, so it is ACKed and ended at
        // once. Whoever gave the leg up hears only that it ended.
        leg.answered = true;
        Q_EMIT logLine(tr("leg %1 answered after it was given up; hanging up").arg(leg.id));
        nua_bye(nh, TAG_END());
    } else if (status < 300) {
        leg.answered = true;
        Q_EMIT logLine(tr("leg %1 answered").arg(leg.id));
        Q_EMIT legAnswered(leg.id, payloadOf(sip));
    } else {
        if (!leg.finished) {
            leg.finished = true;
            Q_EMIT logLine(tr("leg %1 failed: %2 %3").arg(leg.id).arg(status).arg(reason));
            Q_EMIT legFailed(leg.id, status, reason);
        }
        // A final refusal ends the INVITE for good. nua reports no
        // "terminated" state after a challenge it was not asked to answer,
        // so the handle is released here, whatever the refusal was.
        releaseLeg(handle);
    }
}

void SipStack::onLegInvite(Leg& leg, int event, void* handle, const void* sipPtr)
{
    // A re-INVITE or UPDATE on an established leg: hold, resume, a new
    // address, or a session refresh. The offer (if any) is answered by the
    // call that owns the leg's media, at once, from the legOffer slot.
    auto* nh = static_cast<nua_handle_t*>(handle);
    const QByteArray offer = payloadOf(static_cast<const sip_t*>(sipPtr));
    const bool isUpdate = event == nua_i_update;
    if (!leg.answered || leg.finished) {
        nua_respond(nh, 491, "Request Pending", NUTAG_WITH_THIS(asNua(m_nua)), TAG_END());
        return;
    }
    if (isUpdate && offer.isEmpty()) {
        // A session refresh by UPDATE: nua adds the Session-Expires.
        nua_respond(nh, 200, "OK", NUTAG_WITH_THIS(asNua(m_nua)),
                    TAG_IF(!m_contact.isEmpty(), SIPTAG_CONTACT_STR(m_contact.constData())), TAG_END());
        return;
    }
    leg.pendingOffer = handle;
    leg.offerAnswered = false;
    Q_EMIT legOffer(leg.id, offer);
    Leg& after = m_legs[handle]; // the slot may have touched the hash
    after.pendingOffer = nullptr;
    if (after.offerAnswered)
        return;
    if (offer.isEmpty()) {
        // An offerless re-INVITE (or a refresh): our session as it stands.
        nua_respond(nh, 200, "OK", NUTAG_WITH_THIS(asNua(m_nua)), SIPTAG_CONTENT_TYPE_STR("application/sdp"),
                    SIPTAG_PAYLOAD_STR(after.localSdp.constData()),
                    TAG_IF(!m_contact.isEmpty(), SIPTAG_CONTACT_STR(m_contact.constData())), TAG_END());
    } else {
        nua_respond(nh, 488, "Not Acceptable Here", NUTAG_WITH_THIS(asNua(m_nua)), TAG_END());
    }
}

void SipStack::answerOffer(int legId, int status, const QByteArray& sdpAnswer)
{
    void* handle = legHandle(legId);
    if (!handle)
        return;
    Leg& leg = m_legs[handle];
    if (leg.pendingOffer != handle || leg.offerAnswered)
        return; // not inside legOffer: nothing to answer
    leg.offerAnswered = true;
    const char* phrase = sip_status_phrase(status);
    if (status >= 200 && status < 300 && !sdpAnswer.isEmpty())
        leg.localSdp = sdpAnswer;
    nua_respond(static_cast<nua_handle_t*>(handle), status, phrase ? phrase : "Unknown",
                NUTAG_WITH_THIS(asNua(m_nua)),
                TAG_IF(!sdpAnswer.isEmpty(), SIPTAG_CONTENT_TYPE_STR("application/sdp")),
                TAG_IF(!sdpAnswer.isEmpty(), SIPTAG_PAYLOAD_STR(sdpAnswer.constData())),
                TAG_IF(!m_contact.isEmpty() && status < 300, SIPTAG_CONTACT_STR(m_contact.constData())),
                TAG_END());
    Q_EMIT logLine(tr("leg %1: new offer answered %2").arg(legId).arg(status));
}

void SipStack::reinvite(int legId, const QByteArray& sdpOffer)
{
    void* handle = legHandle(legId);
    if (!handle || !m_legs.value(handle).answered || m_legs.value(handle).finished)
        return;
    Leg& leg = m_legs[handle];
    leg.pendingOfferSdp = sdpOffer;
    nua_invite(static_cast<nua_handle_t*>(handle), SIPTAG_CONTENT_TYPE_STR("application/sdp"),
               SIPTAG_PAYLOAD_STR(leg.pendingOfferSdp.constData()),
               TAG_IF(!m_contact.isEmpty(), SIPTAG_CONTACT_STR(m_contact.constData())), TAG_END());
    Q_EMIT logLine(tr("leg %1: re-INVITE sent").arg(legId));
}

void SipStack::releaseLeg(void* handle)
{
    if (!m_legs.remove(handle))
        return;
    --m_liveHandles;
    destroyHandle(handle);
}

void SipStack::onLegEvent(int event, int status, const char*, void* handle, const void* sipPtr, void* tagsPtr)
{
    auto* nh = static_cast<nua_handle_t*>(handle);
    const auto* sip = static_cast<const sip_t*>(sipPtr);
    Leg& leg = m_legs[handle];
    const QString reason =
        sip && sip->sip_status ? text(sip->sip_status->st_phrase) : text(sip_status_phrase(status));
    switch (event) {
    case nua_r_invite:
        onInviteResponse(leg, status, reason, handle, sipPtr);
        return;
    case nua_i_invite:
    case nua_i_update:
        onLegInvite(leg, event, handle, sipPtr);
        return;
    case nua_i_ack:
        // The answer to the SDP we offered in a 200 to an offerless re-INVITE.
        if (const QByteArray answer = payloadOf(sip); !answer.isEmpty())
            Q_EMIT legUpdated(leg.id, answer);
        return;
    case nua_i_info: {
        // Some phones send keys as INFO with "Signal=5" (application/dtmf-relay).
        nua_respond(nh, 200, "OK", NUTAG_WITH_THIS(asNua(m_nua)), TAG_END());
        for (const QByteArray& line : payloadOf(sip).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("signal=") && trimmed.size() > 7)
                Q_EMIT legDigit(leg.id, QChar::fromLatin1(trimmed.at(7)));
        }
        return;
    }
    case nua_i_bye:
        if (!leg.finished) {
            leg.finished = true;
            Q_EMIT legEnded(leg.id, tr("the other side hung up"));
        }
        return;
    case nua_r_bye:
        if (!leg.finished) {
            leg.finished = true;
            Q_EMIT legEnded(leg.id, tr("hung up"));
        }
        return;
    case nua_i_state: {
        int callstate = nua_callstate_init;
        tl_gets(static_cast<tagi_t*>(tagsPtr), NUTAG_CALLSTATE_REF(callstate), TAG_END());
        if (callstate != nua_callstate_terminated)
            return;
        if (!leg.finished) {
            leg.finished = true;
            if (leg.answered)
                Q_EMIT legEnded(leg.id, tr("call ended"));
            else
                Q_EMIT legFailed(leg.id, status >= 300 ? status : 487, reason);
        }
        releaseLeg(handle);
        return;
    }
    default:
        return;
    }
}

SipRequest SipStack::requestFrom(int event, const void* sipPtr) const
{
    const auto* sip = static_cast<const sip_t*>(sipPtr);
    SipRequest request;
    request.method = event == nua_i_invite    ? QStringLiteral("INVITE")
                     : event == nua_i_message ? QStringLiteral("MESSAGE")
                     : event == nua_i_options ? QStringLiteral("OPTIONS")
                     : event == nua_i_info    ? QStringLiteral("INFO")
                                              : QStringLiteral("UPDATE");
    if (sip && sip->sip_request) {
        request.requestUser = text(sip->sip_request->rq_url->url_user);
        char buffer[512];
        url_e(buffer, sizeof buffer, sip->sip_request->rq_url);
        request.requestUri = text(buffer);
    }
    if (sip && sip->sip_from)
        request.fromUser = text(sip->sip_from->a_url->url_user);
    if (sip && sip->sip_to)
        request.toUser = text(sip->sip_to->a_url->url_user);
    if (sip && sip->sip_call_id)
        request.callId = text(sip->sip_call_id->i_id);
    if (sip && sip->sip_content_type)
        request.contentType = text(sip->sip_content_type->c_type);
    if (sip && sip->sip_payload && sip->sip_payload->pl_data)
        request.body =
            QByteArray(sip->sip_payload->pl_data, static_cast<qsizetype>(sip->sip_payload->pl_len));
    // Where it came from is known only inside Sofia's callback.
    if (msg_t* msg = nua_current_request(asNua(m_nua))) {
        if (su_addrinfo_t* ai = msg_addrinfo(msg)) {
            request.source = QHostAddress(ai->ai_addr);
            request.sourcePort =
                request.source.isNull() ? 0 : ntohs(reinterpret_cast<sockaddr_in*>(ai->ai_addr)->sin_port);
            request.transport =
                ai->ai_protocol == IPPROTO_TCP ? QStringLiteral("tcp") : QStringLiteral("udp");
        }
    }
    return request;
}

void SipStack::respond(void* handle, const SipRequest& request, const SipReply& reply, bool withCurrent)
{
    auto* nh = static_cast<nua_handle_t*>(handle);
    // nua reads the phrase after this call returns, so it must outlive it:
    // the standard phrases are static strings.
    const char* phrase = sip_status_phrase(reply.status);
    const QByteArray retry = QByteArray::number(reply.retryAfterSeconds);
    // WITH_THIS answers the request being processed right now, so the handle
    // of a non-INVITE request can be freed straight after; a held INVITE is
    // answered through its handle, which keeps its server transaction.
    nua_respond(nh, reply.status, phrase ? phrase : "Unknown",
                TAG_IF(withCurrent, NUTAG_WITH_THIS(asNua(m_nua))),
                TAG_IF(reply.retryAfterSeconds > 0, SIPTAG_RETRY_AFTER_STR(retry.constData())),
                TAG_IF(reply.status == 405 || request.method == QLatin1String("OPTIONS"),
                       SIPTAG_ALLOW_STR(AllowedMethods)),
                TAG_IF(!m_contact.isEmpty() && reply.status < 300, SIPTAG_CONTACT_STR(m_contact.constData())),
                TAG_END());
    Q_EMIT logLine(QStringLiteral("%1 %2 from %3 %4:%5 -> %6 %7")
                       .arg(request.method, request.requestUser, request.transport, request.source.toString())
                       .arg(request.sourcePort)
                       .arg(reply.status)
                       .arg(reply.phrase));
    if (!reply.replyText.isEmpty())
        sendMessage(request.fromUser, reply.replyHost.isEmpty() ? request.source.toString() : reply.replyHost,
                    reply.replyPort, reply.replyText);
}

void SipStack::handleRequest(int event, void* nh, const void* sip)
{
    // Every request that reaches us counts against its source's rate limit,
    // whatever the handler then makes of it.
    const SipRequest request = requestFrom(event, sip);
    respond(nh, request, m_handler.handle(request), true);
    destroyHandle(nh);
}

void SipStack::holdInvite(void* handle, const void* sip)
{
    // The INVITE transaction lives on until the ACK; the handle goes when
    // nua reports the call terminated (or cancelled while it waited here).
    nua_handle_bind(static_cast<nua_handle_t*>(handle), reinterpret_cast<nua_hmagic_t*>(&IncomingInvite));
    ++m_liveHandles;
    m_heldInvites.append({handle, requestFrom(nua_i_invite, sip)});
    if (m_heldInvites.size() >= MaxInviteBatch) {
        answerHeldInvites();
        return;
    }
    if (m_answerSource)
        return;
    GSource* source = g_idle_source_new();
    // Lower than Sofia's sockets: while another datagram waits, it is read first.
    g_source_set_priority(source, G_PRIORITY_DEFAULT + 1);
    g_source_set_callback(
        source,
        [](gpointer stack) {
            static_cast<SipStack*>(stack)->answerHeldInvites();
            return gboolean(G_SOURCE_REMOVE);
        },
        this, nullptr);
    g_source_attach(source, g_main_context_get_thread_default());
    g_source_unref(source); // the context holds it until it is removed
    m_answerSource = source;
}

void SipStack::answerHeldInvites()
{
    if (m_answerSource) {
        g_source_destroy(static_cast<GSource*>(m_answerSource));
        m_answerSource = nullptr;
    }
    if (m_heldInvites.isEmpty())
        return;
    const QList<HeldInvite> held = std::exchange(m_heldInvites, {});
    QList<SipRequest> requests;
    requests.reserve(held.size());
    for (const HeldInvite& invite : held)
        requests.append(invite.request);
    const QList<SipReply> replies = m_handler.handleInvites(requests);
    for (qsizetype i = 0; i < held.size(); ++i)
        respond(held[i].handle, held[i].request, i < replies.size() ? replies[i] : SipReply(), false);
}

QList<SipReply> SipRequestHandler::handleInvites(const QList<SipRequest>& invites)
{
    QList<SipReply> replies;
    replies.reserve(invites.size());
    for (const SipRequest& invite : invites)
        replies.append(handle(invite));
    return replies;
}

void SipStack::onEvent(int event, int status, const char* phrase, void* handle, void* hmagic, const void* sip,
                       void* tagsPtr)
{
    auto* nh = static_cast<nua_handle_t*>(handle);
    auto* tags = static_cast<tagi_t*>(tagsPtr);
    if (handle && m_legs.contains(handle)) {
        onLegEvent(event, status, phrase, handle, sip, tagsPtr);
        return;
    }
    switch (event) {
    case nua_i_invite:
    case nua_i_message:
    case nua_i_options:
    case nua_i_info:
    case nua_i_update:
        if (hmagic == &IncomingInvite) {
            // Inside the early dialog of an INVITE we refused: nothing to do.
            nua_respond(nh, 481, "Call/Transaction Does Not Exist", NUTAG_WITH_THIS(asNua(m_nua)), TAG_END());
        } else if (!hmagic) {
            if (m_shuttingDown) {
                nua_respond(nh, 503, "Service Unavailable", NUTAG_WITH_THIS(asNua(m_nua)), TAG_END());
                destroyHandle(nh);
            } else if (event == nua_i_invite) {
                holdInvite(nh, sip);
            } else {
                handleRequest(event, nh, sip);
            }
        }
        return;
    case nua_i_state: {
        int callstate = nua_callstate_init;
        tl_gets(tags, NUTAG_CALLSTATE_REF(callstate), TAG_END());
        if (callstate == nua_callstate_terminated && hmagic == &IncomingInvite) {
            // Cancelled before it was answered: nothing left to answer.
            m_heldInvites.removeIf([nh](const HeldInvite& invite) { return invite.handle == nh; });
            nua_handle_bind(nh, nullptr);
            --m_liveHandles;
            destroyHandle(nh);
        }
        return;
    }
    case nua_r_message:
        if (hmagic == &OutgoingMessage && status >= 200) {
            if (status >= 300)
                Q_EMIT logLine(tr("MESSAGE reply not delivered: %1 %2").arg(status).arg(text(phrase)));
            --m_liveHandles;
            destroyHandle(nh);
        }
        return;
    case nua_r_options:
        if (status >= 200)
            onPingAnswered(status, nh, sip);
        return;
    case nua_r_shutdown:
        if (status >= 200 && m_nua)
            onShutdownAnswered(status);
        return;
    default:
        // Requests nua answered on its own (SUBSCRIBE, PUBLISH, REFER, ...)
        // arrive on handles nobody owns: free them.
        if (nh && !hmagic && event < nua_r_set_params && status >= 200)
            destroyHandle(nh);
        return;
    }
}

// An OPTIONS ping's final answer.
void SipStack::onPingAnswered(int status, void* nh, const void* sip)
{
    if (const auto it = m_pings.constFind(nh); it != m_pings.cend()) {
        const Ping ping = *it;
        // The response's own phrase; the callback's `phrase` argument is
        // not reliable for nua_r_options in 1.12.11.
        const auto* response = static_cast<const sip_t*>(sip);
        const QString reason = response && response->sip_status ? text(response->sip_status->st_phrase)
                                                                : text(sip_status_phrase(status));
        m_pings.erase(it);
        --m_liveHandles;
        destroyHandle(nh);
        const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - ping.startedMs;
        // One arg() call: a phrase from the network may itself contain "%3".
        Q_EMIT logLine(tr("OPTIONS answered %1 %2 in %3 ms")
                           .arg(QString::number(status), reason, QString::number(elapsed)));
        Q_EMIT pingFinished(ping.token, status, reason, elapsed);
    }
}

// nua has shut down (a status of 500: Sofia waited 30 s for dialogs that never ended).
void SipStack::onShutdownAnswered(int status)
{
    const bool timedOut = status >= 300;
    // Not from here: this is Sofia's callback, run from the root's own
    // GLib dispatch, and nua and the root are still used on the way
    // out. Tear them down from the event loop instead.
    QMetaObject::invokeMethod(
        this,
        [this, timedOut] {
            if (!m_nua)
                return; // shutdownAndWait() gave up and tore down already
            nua_destroy(asNua(m_nua));
            m_nua = nullptr;
            releaseRoot();
            Q_EMIT logLine(timedOut ? tr("SIP stopped after waiting for calls that did not end")
                                    : tr("SIP stopped"));
            Q_EMIT stopped();
        },
        Qt::QueuedConnection);
}

} // namespace rebound::sip
