// What happens to a packet a session receives: the peer check (symmetric
// RTP, foreign media), the relay to a bridged leg, DTMF (RFC 4733 and in
// band) with barge-in and digit collection, and a phone's meter and tap.

#include "media/MediaWorker.h"

#include <QLatin1Char>
#include <algorithm>
#include <arpa/inet.h>
#include <array>
#include <cmath>
#include <utility>

namespace rebound::media {

// Every ready socket's datagrams (RtpReceiver), after the pass's commands:
// a session they destroyed is not read, and its socket's number, which
// another thread may already have reused, neither.
void MediaEngine::Worker::readReady()
{
    m_readable.clear();
    for (const SessionId id : m_ready)
        if (const RtpSession* s = find(id))
            m_readable.push_back({s->fd, static_cast<std::uint64_t>(id)});
    m_receiver->read(m_readable, [this](std::uint64_t key, std::span<const std::uint8_t> datagram,
                                        const sockaddr_in& from) {
        RtpSession* s = find(static_cast<SessionId>(key));
        if (!s || looksLikeRtcp(datagram))
            return;
        if (const auto packet = parseRtp(datagram))
            received(*s, *packet, from);
    });
}

// Media counts only from the address the peer's SDP names. The first
// packet from that IP latches the port (a NAT may change it) and we
// answer there (symmetric RTP); anything from anyone else (injected
// audio or keys, a hijack of the stream) is dropped and counted.
bool MediaEngine::Worker::fromThePeer(RtpSession& s, const sockaddr_in& from)
{
    if (s.latched && sameAddress(*s.remote, from))
        return true;
    if (s.sdpRemote && sameAddress(*s.sdpRemote, from)) {
        // Exactly where the SDP said: always the peer, even if another
        // port of its address latched first.
        s.remote = from;
        s.latched = true;
        return true;
    }
    if (!s.latched && s.sdpRemote && s.sdpRemote->sin_addr.s_addr == from.sin_addr.s_addr) {
        s.remote = from;
        s.latched = true;
        return true;
    }
    if (s.foreignPackets++ == 0) {
        char address[INET_ADDRSTRLEN] = {};
        ::inet_ntop(AF_INET, &from.sin_addr, address, sizeof address);
        Q_EMIT m_q->foreignMedia(
            s.id, QStringLiteral("%1:%2").arg(QLatin1String(address)).arg(ntohs(from.sin_port)));
    }
    m_foreignPackets.fetch_add(1, std::memory_order_relaxed);
    return false;
}

void MediaEngine::Worker::received(RtpSession& s, const RtpPacket& p, const sockaddr_in& from)
{
    const int pt = p.header.payloadType;
    const bool isEvent = s.telephoneEventPt >= 0 && pt == s.telephoneEventPt;
    const auto codec = codecForPayloadType(pt);
    if (!isEvent && !codec)
        return; // comfort noise, a codec we did not agree, stray traffic
    if (!fromThePeer(s, from))
        return;
    s.lastRxMs = nowMs();
    s.timeoutRaised = false;

    if (!isEvent && (s.levelMeter || s.audioTap))
        listen(s, *codec, p.payload);
    RtpSession* peer = s.peer ? find(s.peer) : nullptr;
    if (isEvent) {
        const char digit = s.events.accept(p.header.ssrc, p.header.timestamp, p.payload);
        if (peer)
            relay(s, *peer, p, peer->telephoneEventPt, std::nullopt);
        if (digit != '\0')
            onDigit(s, digit);
        return;
    }
    if (peer) {
        relay(s, *peer, p, payloadType(peer->codec), codec);
        return;
    }
    if (s.inbandWanted()) {
        // The detector keeps its state between collections: a key still
        // held when the next one starts is not heard a second time.
        if (!s.inband)
            s.inband = std::make_unique<InbandDtmfDetector>();
        std::array<std::int16_t, MaxDatagram> pcm; // decoded as far as the payload goes
        decode(*codec, p.payload, pcm.data());
        const QString digits = s.inband->process(std::span(pcm.data(), p.payload.size()));
        for (QChar d : digits)
            onDigit(s, d.toLatin1());
    }
}

// Forwards one packet from s to its peer on the peer's own stream.
void MediaEngine::Worker::relay(RtpSession& s, RtpSession& peer, const RtpPacket& p, int outPt,
                                std::optional<Codec> audio)
{
    if (outPt < 0 || peer.playback || !peer.peerReceives())
        return; // the peer cannot take events, hears a prompt instead, or is on hold
    if (!peer.relayOffsetValid) {
        peer.relayOffset = peer.timestamp - p.header.timestamp;
        peer.relayOffsetValid = true;
    }
    const std::uint32_t ts = p.header.timestamp + peer.relayOffset;
    s.relayedPackets++;
    s.relayedBytes += p.payload.size();
    if (audio && *audio != peer.codec) {
        std::array<std::uint8_t, MaxDatagram> out; // transcoded as far as the payload goes
        transcode(*audio, peer.codec, p.payload, out.data());
        send(peer, static_cast<std::uint8_t>(outPt), std::span(out.data(), p.payload.size()), ts);
    } else {
        send(peer, static_cast<std::uint8_t>(outPt), p.payload, ts);
    }
    if (audio) {
        // Prompts after the bridge continue right after the relayed audio.
        const std::uint32_t end = ts + static_cast<std::uint32_t>(p.payload.size());
        if (static_cast<std::int32_t>(end - peer.timestamp) > 0)
            peer.timestamp = end;
    }
}

void MediaEngine::Worker::onDigit(RtpSession& s, char digit)
{
    Q_EMIT m_q->digitReceived(s.id, QLatin1Char(digit));
    if (s.playback && s.playback->bargeIn) {
        s.playback.reset();
        s.markNext = true;
        Q_EMIT m_q->playbackFinished(s.id, true);
    }
    if (s.collector) {
        if (const auto r = s.collector->digit(digit, nowMs()))
            finishCollect(s, r->reason);
    }
}

void MediaEngine::Worker::collect(RtpSession& s, const CollectSpec& spec)
{
    if (s.collector)
        finishCollect(s, CollectReason::Cancelled);
    s.collector.emplace(spec, nowMs());
}

void MediaEngine::Worker::finishCollect(RtpSession& s, CollectReason reason)
{
    const QString digits = s.collector->digits();
    s.collector.reset();
    Q_EMIT m_q->digitsCollected(s.id, digits, reason);
}

// The level meter and the audio tap: each takes the received audio in
// batches of 100 ms.
void MediaEngine::Worker::listen(RtpSession& s, Codec codec, std::span<const std::uint8_t> payload)
{
    constexpr int BatchSamples = 800;          // 100 ms
    std::array<std::int16_t, MaxDatagram> pcm; // decoded as far as the payload goes
    decode(codec, payload, pcm.data());
    const auto samples = static_cast<int>(payload.size());
    if (s.levelMeter) {
        for (int i = 0; i < samples; ++i)
            s.levelSquares += double(pcm[i]) * pcm[i];
        s.levelSamples += samples;
        if (s.levelSamples >= BatchSamples) {
            const double mean = s.levelSquares / s.levelSamples / (32768.0 * 32768.0);
            const double db = mean > 0 ? 10 * std::log10(mean) : -100;
            const int percent = static_cast<int>(std::lround(std::clamp((db + 60) / 60 * 100, 0.0, 100.0)));
            s.levelSquares = 0;
            s.levelSamples = 0;
            Q_EMIT m_q->audioLevel(s.id, percent);
        }
    }
    if (s.audioTap) {
        for (int i = 0; i < samples; ++i) {
            const auto sample = static_cast<std::uint16_t>(pcm[i]);
            s.tapped.append(static_cast<char>(sample & 0xff));
            s.tapped.append(static_cast<char>(sample >> 8));
        }
        if (s.tapped.size() >= 2 * BatchSamples)
            Q_EMIT m_q->audioReceived(s.id, std::exchange(s.tapped, QByteArray()));
    }
}

} // namespace rebound::media
