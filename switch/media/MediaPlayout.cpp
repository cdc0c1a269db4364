// What the playout tick sends for a session: its prompts or tone, a phone's
// RFC 4733 digits, and a phone's idle sound.

#include "media/MediaWorker.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace rebound::media {

void MediaEngine::Worker::startPlayback(RtpSession& s, std::unique_ptr<Playback> p)
{
    s.playback = std::move(p);
    s.markNext = true;
}

void MediaEngine::Worker::playOut(RtpSession& s, std::uint64_t packets, std::uint64_t expirations)
{
    // Ticks beyond the catch-up limit are skipped in the media but not
    // on the timestamp line, which keeps matching the wall clock.
    s.timestamp += static_cast<std::uint32_t>(SamplesPerPacket * (expirations - packets));
    std::array<std::int16_t, SamplesPerPacket> pcm{};
    std::array<std::uint8_t, SamplesPerPacket> encoded{};
    for (std::uint64_t i = 0; i < packets && s.playback; ++i) {
        if (s.playback->next(pcm) > 0) {
            encode(s.codec, pcm, encoded.data());
            send(s, payloadType(s.codec), encoded, s.timestamp);
        }
        s.timestamp += SamplesPerPacket;
        if (s.playback->finished) {
            s.playback.reset();
            s.markNext = true;
            if (s.collector)
                s.collector->restartFirstDigitTimer(nowMs());
            Q_EMIT m_q->playbackFinished(s.id, false);
        }
    }
}

// One packet of the digit being sent, if any (RFC 4733 section 2.5:
// one timestamp per event, the duration growing, the end sent 3 times).
bool MediaEngine::Worker::sendDigitEvent(RtpSession& s)
{
    constexpr int EventPackets = 5; // 100 ms
    constexpr int EndPackets = 3;
    if (s.digitPackets == 0) {
        if (s.digitPause > 0) {
            --s.digitPause;
            return false;
        }
        if (s.digitsOut.empty())
            return false;
        if (s.telephoneEventPt < 0) {
            s.digitsOut.clear();
            return false;
        }
        s.digitTimestamp = s.timestamp;
        s.markNext = true;
    }
    ++s.digitPackets;
    TelephoneEvent event;
    event.event = static_cast<std::uint8_t>(dtmfEventForDigit(s.digitsOut.front()));
    event.volume = 10;
    event.duration = static_cast<std::uint16_t>(std::min(s.digitPackets, EventPackets) * SamplesPerPacket);
    event.end = s.digitPackets > EventPackets;
    std::array<std::uint8_t, TelephoneEvent::Size> payload{};
    event.write(payload.data());
    send(s, static_cast<std::uint8_t>(s.telephoneEventPt), payload, s.digitTimestamp);
    if (s.digitPackets >= EventPackets + EndPackets) {
        s.digitsOut.pop_front();
        s.digitPackets = 0;
        s.digitPause = 3;
        s.markNext = true;
    }
    return true;
}

// The idle sound of a phone: a quiet sine (or silence), so the far end
// hears something and never times the call out.
void MediaEngine::Worker::sendIdle(RtpSession& s, std::uint64_t packets, std::uint64_t expirations)
{
    s.timestamp += static_cast<std::uint32_t>(SamplesPerPacket * (expirations - packets));
    std::array<std::int16_t, SamplesPerPacket> pcm{};
    std::array<std::uint8_t, SamplesPerPacket> encoded{};
    const double step = 2 * std::numbers::pi * s.idleToneHz / 8000.0;
    for (std::uint64_t i = 0; i < packets; ++i) {
        for (auto& sample : pcm) {
            sample = s.idleToneHz > 0 ? static_cast<std::int16_t>(3000 * std::sin(s.idlePhase)) : 0;
            s.idlePhase = std::fmod(s.idlePhase + step, 2 * std::numbers::pi);
        }
        encode(s.codec, pcm, encoded.data());
        send(s, payloadType(s.codec), encoded, s.timestamp);
        s.timestamp += SamplesPerPacket;
    }
}

} // namespace rebound::media
