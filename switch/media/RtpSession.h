#pragma once

// One RTP session's state, as the media thread keeps it (private to the
// engine: MediaEngine's public API only names sessions by id).

#include "media/Dtmf.h"
#include "media/G711.h"
#include "media/MediaEngine.h"
#include "media/Playback.h"
#include "sip/Sdp.h"

#include <QByteArray>
#include <cstdint>
#include <deque>
#include <memory>
#include <netinet/in.h>
#include <optional>

namespace rebound::media {

struct RtpSession
{
    SessionId id = 0;
    int fd = -1;
    std::optional<sockaddr_in> remote;
    std::optional<sockaddr_in> sdpRemote; // where the last SDP said to send
    bool latched = false;
    Direction peerDirection = Direction::SendRecv; // as the peer's SDP says
    quint64 foreignPackets = 0;                    // from anyone but the peer: dropped
    Codec codec = Codec::Pcmu;
    int telephoneEventPt = -1;
    InbandDtmf inbandMode = InbandDtmf::Auto;

    // Our outgoing stream: one SSRC and one sequence/timestamp line for the
    // whole session, whatever the source (prompt, tone, relay).
    std::uint32_t ssrc = 0;
    std::uint16_t sequence = 0;
    std::uint32_t timestamp = 0;
    bool markNext = true;
    bool relayOffsetValid = false;
    std::uint32_t relayOffset = 0; // our timestamp minus the relayed peer's

    std::unique_ptr<Playback> playback;
    std::optional<DigitCollector> collector;
    TelephoneEventFilter events;
    std::unique_ptr<InbandDtmfDetector> inband;

    // A phone's side (setIdleTone, sendDigit, setLevelMeter, setAudioTap).
    int idleToneHz = -1;
    double idlePhase = 0;
    std::deque<char> digitsOut;
    int digitPackets = 0; // of the event being sent; 0: none
    int digitPause = 0;   // ticks to wait before the next event
    std::uint32_t digitTimestamp = 0;
    bool levelMeter = false;
    bool audioTap = false;
    double levelSquares = 0;
    int levelSamples = 0;
    QByteArray tapped; // the tap's batch so far (PCM)

    std::int64_t lastRxMs = 0;
    int timeoutSeconds = 0;
    bool timeoutArmed = false; // from the answer (setRemote) on: a leg may ring for minutes
    bool timeoutRaised = false;

    SessionId peer = 0;
    bool bridgeOwner = false; // the `a` of bridge(a, b)
    quint64 relayedPackets = 0;
    quint64 relayedBytes = 0;

    // A peer on hold says so in its SDP: we send nothing to a peer that
    // does not receive, and expect nothing from one that does not send.
    bool peerReceives() const
    {
        return peerDirection == Direction::SendRecv || peerDirection == Direction::RecvOnly;
    }
    bool peerSends() const
    {
        return peerDirection == Direction::SendRecv || peerDirection == Direction::SendOnly;
    }

    // Auto listens to the audio only while a digit would do something (a
    // collection, or a prompt that a key interrupts): the detector is the
    // dearest thing a packet meets, and a callback's leg A hears its own
    // prompts echoed for seconds while nothing waits for a key.
    bool inbandWanted() const
    {
        if (inbandMode == InbandDtmf::On)
            return true;
        return inbandMode == InbandDtmf::Auto && telephoneEventPt < 0 &&
               (collector || (playback && playback->bargeIn));
    }
};

} // namespace rebound::media
