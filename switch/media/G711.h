#pragma once

#include <QString>
#include <cstdint>
#include <optional>
#include <span>

namespace rebound::media {

// The two codecs the switch speaks, with their static RTP payload types.
enum class Codec : std::uint8_t
{
    Pcmu = 0,
    Pcma = 8
};

constexpr int SampleRate = 8000;
constexpr int SamplesPerPacket = 160; // 20 ms, what the switch sends
constexpr int PacketMs = 20;

inline std::uint8_t payloadType(Codec c)
{
    return static_cast<std::uint8_t>(c);
}
std::optional<Codec> codecForPayloadType(int payloadType);
QString codecName(Codec c); // "PCMU" / "PCMA", as in SDP

// G.711 through spandsp's inline converters. The transcoders go straight
// from one law to the other by table, without a trip through linear.
void encode(Codec c, std::span<const std::int16_t> in, std::uint8_t* out);
void decode(Codec c, std::span<const std::uint8_t> in, std::int16_t* out);
void transcode(Codec from, Codec to, std::span<const std::uint8_t> in, std::uint8_t* out);

} // namespace rebound::media
