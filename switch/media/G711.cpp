#include "media/G711.h"

#include <array>
#include <cstring>
#include <spandsp.h>

namespace rebound::media {

namespace {
struct Tables
{
    std::array<std::uint8_t, 256> ulawToAlaw{};
    std::array<std::uint8_t, 256> alawToUlaw{};
    std::array<std::int16_t, 256> ulawToLinear{};
    std::array<std::int16_t, 256> alawToLinear{};

    Tables()
    {
        for (int i = 0; i < 256; ++i) {
            const auto b = static_cast<std::uint8_t>(i);
            ulawToAlaw[b] = ulaw_to_alaw(b);
            alawToUlaw[b] = alaw_to_ulaw(b);
            ulawToLinear[b] = ulaw_to_linear(b);
            alawToLinear[b] = alaw_to_linear(b);
        }
    }
};

const Tables& tables()
{
    static const Tables t;
    return t;
}
} // namespace

std::optional<Codec> codecForPayloadType(int pt)
{
    if (pt == 0)
        return Codec::Pcmu;
    if (pt == 8)
        return Codec::Pcma;
    return std::nullopt;
}

QString codecName(Codec c)
{
    return c == Codec::Pcmu ? QStringLiteral("PCMU") : QStringLiteral("PCMA");
}

void encode(Codec c, std::span<const std::int16_t> in, std::uint8_t* out)
{
    if (c == Codec::Pcmu) {
        for (std::size_t i = 0; i < in.size(); ++i)
            out[i] = linear_to_ulaw(in[i]);
    } else {
        for (std::size_t i = 0; i < in.size(); ++i)
            out[i] = linear_to_alaw(in[i]);
    }
}

void decode(Codec c, std::span<const std::uint8_t> in, std::int16_t* out)
{
    const auto& table = c == Codec::Pcmu ? tables().ulawToLinear : tables().alawToLinear;
    for (std::size_t i = 0; i < in.size(); ++i)
        out[i] = table[in[i]];
}

void transcode(Codec from, Codec to, std::span<const std::uint8_t> in, std::uint8_t* out)
{
    if (from == to) {
        std::memcpy(out, in.data(), in.size());
        return;
    }
    const auto& table = from == Codec::Pcmu ? tables().ulawToAlaw : tables().alawToUlaw;
    for (std::size_t i = 0; i < in.size(); ++i)
        out[i] = table[in[i]];
}

} // namespace rebound::media
