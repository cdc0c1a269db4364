#include "testphones/TestPhones.h"

#include "core/PhoneNumber.h"
#include "media/MediaEngine.h"
#include "sip/Sdp.h"
#include "sip/SipStack.h"
#include "sip/Sofia.h"

#include <QAbstractEventDispatcher>
#include <QDateTime>
#include <QEventLoop>
#include <QTimer>
#include <QUdpSocket>
#include <QUrl>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_protos.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/su_glib.h>
#include <sofia-sip/su_log.h>
#include <sofia-sip/su_tag.h>

namespace rebound::testphones {

using sip::asNua;
using sip::callTerminated;
using sip::payloadOf;
using sip::text;

namespace {
// Markers bound to handles (their "hmagic") so we know what each one is.
char CallMarker;    // a call of phone A or B (m_a.handle, m_b.handle)
char RefusedMarker; // an INVITE we refused: freed when nua says it ended
char MessageMarker; // an SMS we sent (m_messages)

QString digitsOf(QString number)
{
    number.remove(QLatin1Char('+'));
    return number.trimmed();
}

void callback(nua_event_t event, int status, char const* phrase, nua_t*, nua_magic_t* magic, nua_handle_t* nh,
              nua_hmagic_t* hmagic, sip_t const* sip, tagi_t tags[])
{
    reinterpret_cast<TestPhones*>(magic)->onEvent(event, status, phrase, nh, hmagic, sip, tags);
}

int freeUdpPort()
{
    QUdpSocket probe;
    return probe.bind(QHostAddress::LocalHost, 0) ? probe.localPort() : 0;
}
} // namespace

TestPhones::TestPhones(QObject* parent)
    : QObject(parent)
{
    m_a.toneHz = 660;
    m_b.toneHz = 440;
}

TestPhones::~TestPhones()
{
    stop();
}

void TestPhones::start()
{
    if (m_nua)
        return;
    const QAbstractEventDispatcher* dispatcher = QAbstractEventDispatcher::instance();
    if (!dispatcher || !dispatcher->inherits("QEventDispatcherGlib"))
        throw sip::SipError(tr("The test phones need Qt's GLib event dispatcher; unset QT_NO_GLIB."));
    media::MediaConfig config;
    config.bindAddress = host();
    config.portMin = 0; // any free port
    config.portMax = 0;
    config.mediaTimeoutSeconds = 0;
    m_media = std::make_unique<media::MediaEngine>(config);
    connect(m_media.get(), &media::MediaEngine::audioLevel, this, [this](int session, int percent) {
        for (Phone phone : {Phone::A, Phone::B})
            if (line(phone).media == session && line(phone).state == State::Talking)
                Q_EMIT level(phone, percent);
    });
    connect(m_media.get(), &media::MediaEngine::audioReceived, this,
            [this](int session, const QByteArray& pcm) {
                for (Phone phone : {Phone::A, Phone::B})
                    if (line(phone).media == session && line(phone).state == State::Talking &&
                        line(phone).listening)
                        Q_EMIT audio(phone, pcm);
            });

    su_init();
    const unsigned logLevel = su_log_default->log_level;
    su_log_set_level(nullptr, 0); // the GLib root's creation logs its address
    su_root_t* root = su_glib_root_create(nullptr);
    su_log_set_level(nullptr, logLevel);
    if (!root)
        throw sip::SipError(tr("Cannot create the test phones' SIP event root."));
    su_root_threading(root, 0);
    GSource* source = su_glib_root_gsource(root);
    g_source_attach(source, g_main_context_get_thread_default());
    nua_t* nua = nullptr;
    // A port the kernel just had free; taken by someone else in between, try another.
    for (int attempt = 0; attempt < 5 && !nua; ++attempt) {
        m_port = freeUdpPort();
        if (m_port == 0)
            continue;
        const QByteArray url = QStringLiteral("sip:%1:%2;transport=udp").arg(host()).arg(m_port).toUtf8();
        nua = nua_create(root, callback, reinterpret_cast<nua_magic_t*>(this), NUTAG_URL(url.constData()),
                         SIPTAG_USER_AGENT_STR("Rebound test phones"), NUTAG_MEDIA_ENABLE(0),
                         NUTAG_AUTOALERT(0), NUTAG_AUTOANSWER(0), NUTAG_ENABLEMESSAGE(1),
                         NUTAG_APPL_METHOD("INVITE"), NUTAG_APPL_METHOD("MESSAGE"),
                         NUTAG_APPL_METHOD("OPTIONS"),
                         SIPTAG_ALLOW_STR("INVITE, ACK, BYE, CANCEL, OPTIONS, MESSAGE"),
                         NUTAG_SESSION_TIMER(0), TAG_END());
    }
    if (!nua) {
        su_root_destroy(root);
        g_source_destroy(source);
        m_port = 0;
        m_media.reset();
        throw sip::SipError(tr("The test phones cannot listen for SIP on %1.").arg(host()));
    }
    m_root = root;
    m_source = source;
    m_nua = nua;
    m_stopping = false;
    Q_EMIT logLine(tr("Test phones listening on %1:%2").arg(host()).arg(m_port));
}

void TestPhones::stop()
{
    if (!m_nua)
        return;
    for (Phone phone : {Phone::A, Phone::B})
        if (line(phone).state != State::Idle)
            hangup(phone);
    QEventLoop loop;
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    connect(this, &TestPhones::logLine, &loop, [&loop, this] {
        if (!m_nua)
            loop.quit();
    });
    m_stopping = true;
    nua_shutdown(asNua(m_nua));
    if (m_nua)
        loop.exec();
    if (m_nua) { // Sofia did not confirm in time: tear down anyway
        nua_destroy(asNua(m_nua));
        m_nua = nullptr;
        releaseRoot();
    }
    for (Phone phone : {Phone::A, Phone::B}) {
        line(phone).handle = nullptr; // went with nua
        endCall(phone);
    }
    m_messages.clear();
    m_media.reset(); // port() keeps the last port, so the test carrier can be switched off in place
}

void TestPhones::releaseRoot()
{
    su_root_destroy(static_cast<su_root_t*>(m_root));
    g_source_destroy(static_cast<GSource*>(m_source));
    m_root = m_source = nullptr;
}

void TestPhones::setNumber(Phone phone, const QString& number)
{
    line(phone).number = digitsOf(number);
}

QString TestPhones::number(Phone phone) const
{
    return line(phone).number;
}

void TestPhones::setAutoAnswer(Phone phone, bool on)
{
    line(phone).autoAnswer = on;
}

bool TestPhones::autoAnswer(Phone phone) const
{
    return line(phone).autoAnswer;
}

void TestPhones::setTone(Phone phone, int hz)
{
    Line& l = line(phone);
    l.toneHz = hz;
    if (l.state == State::Talking && m_media)
        m_media->setIdleTone(l.media, hz);
}

void TestPhones::setListening(Phone phone, bool on)
{
    Line& l = line(phone);
    l.listening = on;
    if (l.state == State::Talking && m_media)
        m_media->setAudioTap(l.media, on);
}

bool TestPhones::listening(Phone phone) const
{
    return line(phone).listening;
}

TestPhones::State TestPhones::state(Phone phone) const
{
    return line(phone).state;
}

QString TestPhones::peer(Phone phone) const
{
    return line(phone).peer;
}

QString TestPhones::shown(const QString& peer)
{
    return core::PhoneNumber::plus(QString(peer).remove(QLatin1Char('+')));
}

qint64 TestPhones::since(Phone phone) const
{
    return line(phone).since;
}

void TestPhones::setState(Phone phone, State state, const QString& peer)
{
    Line& l = line(phone);
    if (!peer.isNull())
        l.peer = peer;
    if (l.state == state)
        return;
    l.state = state;
    l.since = QDateTime::currentMSecsSinceEpoch();
    if (state == State::Idle)
        l.peer.clear();
    Q_EMIT stateChanged(phone, state, l.peer);
}

TestPhones::Phone TestPhones::phoneOf(void* handle, bool* found) const
{
    *found = handle && (m_a.handle == handle || m_b.handle == handle);
    return m_b.handle == handle && handle ? Phone::B : Phone::A;
}

bool TestPhones::openMedia(Line& l)
{
    const auto created = m_media->createSession();
    if (!created.id) {
        Q_EMIT logLine(tr("Test phone: no RTP port: %1").arg(created.error));
        return false;
    }
    l.media = created.id;
    l.mediaPort = created.port;
    return true;
}

void TestPhones::endCall(Phone phone)
{
    Line& l = line(phone);
    if (l.handle) {
        nua_handle_bind(static_cast<nua_handle_t*>(l.handle), nullptr);
        nua_handle_destroy(static_cast<nua_handle_t*>(l.handle));
        l.handle = nullptr;
    }
    if (l.media && m_media)
        m_media->destroySession(l.media);
    l.media = 0;
    l.offer.clear();
    setState(phone, State::Idle);
}

bool TestPhones::applyAnswer(Phone phone, const QByteArray& sdp)
{
    Line& l = line(phone);
    const auto parsed = media::Sdp::parse(sdp);
    const auto negotiated = parsed.sdp ? media::Sdp::negotiate(*parsed.sdp) : media::Sdp::Negotiation{};
    if (!negotiated.agreement) {
        Q_EMIT logLine(tr("Test phone %1: unusable SDP: %2")
                           .arg(phone == Phone::A ? QStringLiteral("A") : QStringLiteral("B"),
                                parsed.sdp ? negotiated.error : parsed.error));
        return false;
    }
    m_media->setRemote(l.media, *negotiated.agreement);
    m_media->setIdleTone(l.media, l.toneHz);
    m_media->setLevelMeter(l.media, true);
    m_media->setAudioTap(l.media, l.listening);
    return true;
}

void TestPhones::call(Phone phone, const QString& number, const QString& host, int port)
{
    Line& l = line(phone);
    if (!m_nua || l.state != State::Idle || !openMedia(l))
        return;
    const QByteArray to = QStringLiteral("sip:%1@%2:%3")
                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(number, "+")), host)
                              .arg(port)
                              .toUtf8();
    const QByteArray from = QStringLiteral("sip:+%1@%2:%3").arg(l.number, this->host()).arg(m_port).toUtf8();
    auto* nh = nua_handle(asNua(m_nua), reinterpret_cast<nua_hmagic_t*>(&CallMarker),
                          SIPTAG_TO_STR(to.constData()), SIPTAG_FROM_STR(from.constData()), TAG_END());
    if (!nh) {
        endCall(phone);
        return;
    }
    l.handle = nh;
    l.outgoing = true;
    const QByteArray sdp =
        media::Sdp::offer(this->host(), l.mediaPort, quint64(QDateTime::currentMSecsSinceEpoch()));
    nua_invite(nh, NUTAG_URL(to.constData()), SIPTAG_CONTENT_TYPE_STR("application/sdp"),
               SIPTAG_PAYLOAD_STR(sdp.constData()), TAG_END());
    setState(phone, State::Calling, number);
    Q_EMIT logLine(
        tr("Test phone %1 calls %2")
            .arg(phone == Phone::A ? QStringLiteral("A") : QStringLiteral("B"), QString::fromUtf8(to)));
}

void TestPhones::sendSms(Phone phone, const QString& message, const QString& host, int port)
{
    if (!m_nua)
        return;
    const QByteArray to = QStringLiteral("sip:sms@%1:%2").arg(host).arg(port).toUtf8();
    const QByteArray from =
        QStringLiteral("sip:+%1@%2:%3").arg(line(phone).number, this->host()).arg(m_port).toUtf8();
    auto* nh = nua_handle(asNua(m_nua), reinterpret_cast<nua_hmagic_t*>(&MessageMarker),
                          SIPTAG_TO_STR(to.constData()), SIPTAG_FROM_STR(from.constData()), TAG_END());
    if (!nh)
        return;
    m_messages.insert(nh, phone);
    const QByteArray payload = message.toUtf8();
    nua_message(nh, SIPTAG_CONTENT_TYPE_STR("text/plain; charset=utf-8"),
                SIPTAG_PAYLOAD_STR(payload.constData()), TAG_END());
    Q_EMIT logLine(tr("Test phone SMS to %1: %2").arg(QString::fromUtf8(to), message));
}

void TestPhones::answer(Phone phone)
{
    Line& l = line(phone);
    if (l.state != State::Ringing || !l.handle)
        return;
    const auto parsed = media::Sdp::parse(l.offer);
    const auto negotiated = parsed.sdp ? media::Sdp::negotiate(*parsed.sdp) : media::Sdp::Negotiation{};
    if (!negotiated.agreement) {
        nua_respond(static_cast<nua_handle_t*>(l.handle), 488, "Not Acceptable Here", TAG_END());
        return;
    }
    const QByteArray sdp = media::Sdp::answer(*parsed.sdp, *negotiated.agreement, host(), l.mediaPort,
                                              quint64(QDateTime::currentMSecsSinceEpoch()));
    nua_respond(static_cast<nua_handle_t*>(l.handle), 200, "OK", SIPTAG_CONTENT_TYPE_STR("application/sdp"),
                SIPTAG_PAYLOAD_STR(sdp.constData()), TAG_END());
    m_media->setRemote(l.media, *negotiated.agreement);
    m_media->setIdleTone(l.media, l.toneHz);
    m_media->setLevelMeter(l.media, true);
    m_media->setAudioTap(l.media, l.listening);
    setState(phone, State::Talking);
}

void TestPhones::hangup(Phone phone)
{
    Line& l = line(phone);
    auto* nh = static_cast<nua_handle_t*>(l.handle);
    if (!nh) {
        endCall(phone);
        return;
    }
    switch (l.state) {
    case State::Ringing:
        nua_respond(nh, 486, "Busy Here", TAG_END());
        break;
    case State::Calling:
        nua_cancel(nh, TAG_END());
        break;
    case State::Talking:
        nua_bye(nh, TAG_END());
        break;
    case State::Idle:
        break;
    }
}

void TestPhones::pressKey(Phone phone, QChar digit)
{
    const Line& l = line(phone);
    if (l.state == State::Talking && m_media)
        m_media->sendDigit(l.media, digit);
}

void TestPhones::onIncoming(void* handle, const void* sipPtr)
{
    auto* nh = static_cast<nua_handle_t*>(handle);
    const auto* sip = static_cast<const sip_t*>(sipPtr);
    const QString user =
        sip && sip->sip_request ? digitsOf(text(sip->sip_request->rq_url->url_user)) : QString();
    const QString caller = sip && sip->sip_from ? text(sip->sip_from->a_url->url_user) : QString();
    std::optional<Phone> phone;
    for (Phone p : {Phone::A, Phone::B})
        if (!line(p).number.isEmpty() && line(p).number == user)
            phone = p;
    const auto refuse = [&](int status, const char* phrase) {
        nua_handle_bind(nh, reinterpret_cast<nua_hmagic_t*>(&RefusedMarker));
        nua_respond(nh, status, phrase, NUTAG_WITH_THIS(asNua(m_nua)), TAG_END());
    };
    if (!phone) {
        Q_EMIT logLine(tr("Test phones: INVITE for %1, which is neither phone: 404").arg(user));
        return refuse(404, "Not Found");
    }
    Line& l = line(*phone);
    if (l.state != State::Idle || !openMedia(l))
        return refuse(486, "Busy Here");
    nua_handle_bind(nh, reinterpret_cast<nua_hmagic_t*>(&CallMarker));
    l.handle = nh;
    l.outgoing = false;
    l.offer = payloadOf(sip);
    nua_respond(nh, 180, "Ringing", NUTAG_WITH_THIS(asNua(m_nua)), TAG_END());
    setState(*phone, State::Ringing, caller);
    if (l.autoAnswer) {
        const Phone p = *phone;
        QTimer::singleShot(0, this, [this, p] { answer(p); });
    }
}

void TestPhones::onMessage(void* handle, const void* sipPtr)
{
    auto* nh = static_cast<nua_handle_t*>(handle);
    const auto* sip = static_cast<const sip_t*>(sipPtr);
    nua_respond(nh, 200, "OK", NUTAG_WITH_THIS(asNua(m_nua)), TAG_END());
    const QString user =
        sip && sip->sip_request ? digitsOf(text(sip->sip_request->rq_url->url_user)) : QString();
    const QString from = sip && sip->sip_from ? text(sip->sip_from->a_url->url_user) : QString();
    const Phone phone = user == m_b.number && !m_b.number.isEmpty() ? Phone::B : Phone::A;
    nua_handle_destroy(nh);
    Q_EMIT smsReceived(phone, from, QString::fromUtf8(payloadOf(sip)));
}

// The answer to a call the phone made: talking on 2xx, ended on a refusal.
void TestPhones::onInviteAnswered(Phone phone, int status, const void* sipPtr)
{
    const auto* sip = static_cast<const sip_t*>(sipPtr);
    if (status >= 200 && status < 300) {
        if (line(phone).state == State::Calling) {
            applyAnswer(phone, payloadOf(sip));
            setState(phone, State::Talking);
        }
    } else if (status >= 300) {
        const QString reason =
            sip && sip->sip_status ? text(sip->sip_status->st_phrase) : text(sip_status_phrase(status));
        Q_EMIT logLine(tr("Test phone %1: call refused: %2 %3")
                           .arg(phone == Phone::A ? QStringLiteral("A") : QStringLiteral("B"))
                           .arg(status)
                           .arg(reason));
        Q_EMIT callFailed(phone, status, reason);
        endCall(phone);
    }
}

void TestPhones::onShutDown()
{
    // Not from inside Sofia's own dispatch: tear down from the event loop.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_nua)
                return;
            nua_destroy(asNua(m_nua));
            m_nua = nullptr;
            releaseRoot();
            Q_EMIT logLine(tr("Test phones stopped"));
        },
        Qt::QueuedConnection);
}

void TestPhones::onEvent(int event, int status, const char* phrase, void* handle, void* hmagic,
                         const void* sipPtr, void* tagsPtr)
{
    auto* nh = static_cast<nua_handle_t*>(handle);
    bool isCall = false;
    const Phone phone = phoneOf(handle, &isCall);
    switch (event) {
    case nua_i_invite:
        if (isCall) // a re-INVITE: our session as it stands is fine for a test phone
            nua_respond(nh, 200, "OK", NUTAG_WITH_THIS(asNua(m_nua)), TAG_END());
        else if (!hmagic)
            m_stopping ? nua_respond(nh, 503, "Service Unavailable", NUTAG_WITH_THIS(asNua(m_nua)), TAG_END())
                       : onIncoming(handle, sipPtr);
        return;
    case nua_i_message:
        if (!hmagic)
            onMessage(handle, sipPtr);
        return;
    case nua_i_options:
        if (!hmagic) {
            nua_respond(nh, 200, "OK", NUTAG_WITH_THIS(asNua(m_nua)), TAG_END());
            nua_handle_destroy(nh);
        }
        return;
    case nua_r_invite:
        if (isCall)
            onInviteAnswered(phone, status, sipPtr);
        return;
    case nua_i_state: {
        if (!callTerminated(tagsPtr))
            return;
        if (isCall)
            endCall(phone);
        else if (hmagic == &RefusedMarker) {
            nua_handle_bind(nh, nullptr);
            nua_handle_destroy(nh);
        }
        return;
    }
    case nua_r_message:
        if (hmagic == &MessageMarker && status >= 200) {
            const Phone from = m_messages.take(handle);
            nua_handle_destroy(nh);
            Q_EMIT smsSent(from, status);
        }
        return;
    case nua_r_shutdown:
        if (status >= 200 && m_nua)
            onShutDown();
        return;
    default:
        Q_UNUSED(phrase);
        if (nh && !hmagic && event < nua_r_set_params && status >= 200)
            nua_handle_destroy(nh);
        return;
    }
}

} // namespace rebound::testphones
