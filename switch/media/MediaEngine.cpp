#include "media/MediaEngine.h"

#include "media/MediaWorker.h"

#include <QMetaType>
#include <algorithm>
#include <arpa/inet.h>
#include <memory>

// The engine's public face: each call checks what it can in the caller's
// thread and queues the rest to the media thread (MediaWorker.h).

namespace rebound::media {

MediaEngine::MediaEngine(MediaConfig config, QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<rebound::media::CollectReason>();
    qRegisterMetaType<rebound::media::BridgeCounters>();
    m_worker = std::make_unique<Worker>(this, std::move(config));
}

MediaEngine::~MediaEngine() = default;

MediaEngine::Created MediaEngine::createSession()
{
    return m_worker->create();
}

void MediaEngine::destroySession(SessionId session)
{
    m_worker->destroy(session);
}

QString MediaEngine::setRemote(SessionId session, const AudioAgreement& agreement)
{
    const auto address = ipv4(agreement.address, agreement.port);
    if (!address)
        return tr("The media address %1 is not an IPv4 address").arg(agreement.address);
    // "c=IN IP4 0.0.0.0" is the old way of saying hold (RFC 2543): it names
    // no peer to take media from or send it to.
    const bool oldStyleHold = address->sin_addr.s_addr == htonl(INADDR_ANY);
    m_worker->with(session, [agreement, address, oldStyleHold](RtpSession& s) {
        // A new address in the SDP (a re-INVITE after a move) is followed;
        // the same one keeps the symmetric-RTP latch.
        if (oldStyleHold) {
            s.peerDirection = Direction::Inactive;
            return;
        }
        if (!s.sdpRemote || !sameAddress(*s.sdpRemote, *address)) {
            s.sdpRemote = address;
            s.remote = address;
            s.latched = false;
        }
        const bool resumed = !s.peerSends() && (agreement.direction == Direction::SendRecv ||
                                                agreement.direction == Direction::SendOnly);
        s.peerDirection = agreement.direction;
        if (!s.timeoutArmed || resumed) {
            // The media timeout counts from the answer, or from a resume.
            s.timeoutArmed = true;
            s.lastRxMs = nowMs();
            s.timeoutRaised = false;
        }
        s.codec = agreement.codec;
        s.telephoneEventPt = agreement.telephoneEventPt;
    });
    return {};
}

void MediaEngine::setMediaTimeout(SessionId session, int seconds)
{
    m_worker->with(session, [seconds](RtpSession& s) {
        s.timeoutSeconds = seconds;
        s.timeoutArmed = true;
        s.timeoutRaised = false;
        s.lastRxMs = nowMs();
    });
}

void MediaEngine::setInbandDtmf(SessionId session, InbandDtmf mode)
{
    m_worker->with(session, [mode](RtpSession& s) { s.inbandMode = mode; });
}

QString MediaEngine::play(SessionId session, const QStringList& playlist, bool bargeIn,
                          const QString& language)
{
    auto p = std::make_shared<Playback>();
    p->bargeIn = bargeIn;
    const auto& prompts = m_worker->config().prompts;
    const auto translated = m_worker->config().languagePrompts.value(language);
    for (const QString& item : playlist) {
        if (item.contains(QLatin1Char('/'))) {
            PromptSet::FileResult f = PromptSet::loadFile(item);
            if (!f.prompt)
                return f.error;
            p->items.push_back(std::move(f.prompt));
            continue;
        }
        // A language's own recording, else the English one: a half-recorded
        // set still says everything.
        PromptPtr prompt = translated ? translated->find(item) : nullptr;
        if (!prompt && prompts)
            prompt = prompts->find(item);
        if (!prompt && translated && prompts)
            return tr("There is no prompt called \"%1\" in the %2 or the %3 prompt set")
                .arg(item, translated->language(), prompts->language());
        if (!prompt)
            return tr("There is no prompt called \"%1\" in the %2 prompt set")
                .arg(item, prompts ? prompts->language() : tr("(none loaded)"));
        p->items.push_back(std::move(prompt));
    }
    Worker* w = m_worker.get();
    m_worker->with(session, [w, p](RtpSession& s) {
        auto own = std::make_unique<Playback>();
        own->items = p->items;
        own->bargeIn = p->bargeIn;
        w->startPlayback(s, std::move(own));
    });
    return {};
}

void MediaEngine::playTone(SessionId session, ToneKind tone)
{
    Worker* w = m_worker.get();
    m_worker->with(session, [w, tone](RtpSession& s) {
        auto p = std::make_unique<Playback>();
        p->tone = std::make_unique<Tone>(tone);
        w->startPlayback(s, std::move(p));
    });
}

void MediaEngine::stop(SessionId session)
{
    m_worker->with(session, [](RtpSession& s) {
        s.playback.reset();
        s.markNext = true;
    });
}

void MediaEngine::collectDigits(SessionId session, const CollectSpec& spec)
{
    Worker* w = m_worker.get();
    m_worker->with(session, [w, spec](RtpSession& s) { w->collect(s, spec); });
}

void MediaEngine::injectDigit(SessionId session, QChar digit)
{
    static const QString valid = QStringLiteral("0123456789*#ABCD");
    if (!valid.contains(digit.toUpper()))
        return;
    Worker* w = m_worker.get();
    const char c = digit.toUpper().toLatin1();
    m_worker->with(session, [w, c](RtpSession& s) { w->injectDigit(s, c); });
}

void MediaEngine::sendDigit(SessionId session, QChar digit)
{
    const char c = digit.toUpper().toLatin1();
    if (dtmfEventForDigit(c) < 0)
        return;
    m_worker->with(session, [c](RtpSession& s) { s.digitsOut.push_back(c); });
}

void MediaEngine::setIdleTone(SessionId session, int hz)
{
    m_worker->with(session, [hz](RtpSession& s) { s.idleToneHz = std::clamp(hz, -1, 3999); });
}

void MediaEngine::setLevelMeter(SessionId session, bool on)
{
    m_worker->with(session, [on](RtpSession& s) {
        s.levelMeter = on;
        s.levelSquares = 0;
        s.levelSamples = 0;
    });
}

void MediaEngine::setAudioTap(SessionId session, bool on)
{
    m_worker->with(session, [on](RtpSession& s) {
        s.audioTap = on;
        s.tapped.clear();
    });
}

void MediaEngine::cancelCollect(SessionId session)
{
    Worker* w = m_worker.get();
    m_worker->with(session, [w](RtpSession& s) {
        if (s.collector)
            w->finishCollect(s, CollectReason::Cancelled);
    });
}

void MediaEngine::bridge(SessionId a, SessionId b)
{
    m_worker->bridge(a, b);
}

void MediaEngine::unbridge(SessionId session)
{
    Worker* w = m_worker.get();
    m_worker->with(session, [w](RtpSession& s) { w->endBridge(s); });
}

std::optional<BridgeCounters> MediaEngine::bridgeCounters(SessionId session) const
{
    return m_worker->counters(session);
}

quint64 MediaEngine::foreignPackets() const
{
    return m_worker->foreignPackets();
}

const MediaConfig& MediaEngine::config() const
{
    return m_worker->config();
}

} // namespace rebound::media
