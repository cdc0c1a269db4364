// SipStack's life (start, shutdown, teardown), the dispatch of Sofia's
// events, MESSAGE replies and OPTIONS pings. Outbound legs are in
// SipStackLegs.cpp, incoming requests and the INVITE batch in
// SipStackRequests.cpp.

#include "sip/SipStack.h"

#include "core/HostPort.h"
#include "sip/SipStackInternal.h"

#include <QAbstractEventDispatcher>
#include <QDateTime>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>
#include <cstdarg>
#include <cstdio>
#include <sofia-sip/nta_tag.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/su_glib.h>
#include <sofia-sip/su_log.h>
#include <sofia-sip/su_tag.h>
#include <sofia-sip/tport_tag.h>

namespace rebound::sip {

namespace {
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
        if (callTerminated(tags) && hmagic == &IncomingInvite) {
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
