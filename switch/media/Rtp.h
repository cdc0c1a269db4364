#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace rebound::media {

// The fixed RTP header (RFC 3550 section 5.1). CSRCs and header extensions
// are skipped on parsing and never written: the switch is not a mixer.
struct RtpHeader
{
    static constexpr std::size_t Size = 12;

    bool marker = false;
    std::uint8_t payloadType = 0;
    std::uint16_t sequence = 0;
    std::uint32_t timestamp = 0;
    std::uint32_t ssrc = 0;

    // Writes the 12-byte header; out must hold at least Size bytes.
    void write(std::uint8_t* out) const;
};

// A parsed packet: the header and a view of the payload inside the buffer
// that was parsed (valid only as long as that buffer).
struct RtpPacket
{
    RtpHeader header;
    std::span<const std::uint8_t> payload;
};

// Parses an RTP packet; empty for anything that is not version 2, is too
// short, or whose CSRC count, extension or padding run past the end.
std::optional<RtpPacket> parseRtp(std::span<const std::uint8_t> datagram);

// RTCP arrives on the RTP port when a peer multiplexes (RFC 5761) or simply
// by mistake; its packet types 200-204 sit where marker+payload type would be
// 72-76, which no audio payload uses. Such packets are ignored, never relayed.
bool looksLikeRtcp(std::span<const std::uint8_t> datagram);

// RFC 4733 telephone-event payload (section 2.3): one event, its end flag,
// volume and duration in timestamp units.
struct TelephoneEvent
{
    std::uint8_t event = 0;
    bool end = false;
    std::uint8_t volume = 0;
    std::uint16_t duration = 0;

    static constexpr std::size_t Size = 4;
    void write(std::uint8_t* out) const;
};

std::optional<TelephoneEvent> parseTelephoneEvent(std::span<const std::uint8_t> payload);

// Events 0-15 are the DTMF digits 0-9 * # A-D; anything else (flash, fax
// tones) yields '\0' and is ignored by the switch.
char dtmfDigitForEvent(std::uint8_t event);
int dtmfEventForDigit(char digit); // -1 for a character that is no DTMF digit

} // namespace rebound::media
