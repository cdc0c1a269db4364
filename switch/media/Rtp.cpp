#include "media/Rtp.h"

namespace rebound::media {

namespace {
std::uint16_t read16(const std::uint8_t* p)
{
    return static_cast<std::uint16_t>((p[0] << 8) | p[1]);
}
std::uint32_t read32(const std::uint8_t* p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}
void write16(std::uint8_t* p, std::uint16_t v)
{
    p[0] = static_cast<std::uint8_t>(v >> 8);
    p[1] = static_cast<std::uint8_t>(v);
}
void write32(std::uint8_t* p, std::uint32_t v)
{
    p[0] = static_cast<std::uint8_t>(v >> 24);
    p[1] = static_cast<std::uint8_t>(v >> 16);
    p[2] = static_cast<std::uint8_t>(v >> 8);
    p[3] = static_cast<std::uint8_t>(v);
}
constexpr std::array<char, 16> DtmfDigits = {'0', '1', '2', '3', '4', '5', '6', '7',
                                             '8', '9', '*', '#', 'A', 'B', 'C', 'D'};
} // namespace

void RtpHeader::write(std::uint8_t* out) const
{
    out[0] = 0x80; // version 2, no padding, no extension, no CSRC
    out[1] = static_cast<std::uint8_t>((marker ? 0x80 : 0) | (payloadType & 0x7f));
    write16(out + 2, sequence);
    write32(out + 4, timestamp);
    write32(out + 8, ssrc);
}

std::optional<RtpPacket> parseRtp(std::span<const std::uint8_t> d)
{
    if (d.size() < RtpHeader::Size || (d[0] >> 6) != 2)
        return std::nullopt;
    std::size_t offset = RtpHeader::Size + 4u * (d[0] & 0x0f);
    std::size_t end = d.size();
    if (offset > end)
        return std::nullopt;
    if (d[0] & 0x10) { // header extension: 4-byte header, then length words
        if (offset + 4 > end)
            return std::nullopt;
        offset += 4 + 4u * read16(d.data() + offset + 2);
        if (offset > end)
            return std::nullopt;
    }
    if (d[0] & 0x20) { // padding: the last byte counts the padding bytes
        const std::size_t padding = d[end - 1];
        if (padding == 0 || offset + padding > end)
            return std::nullopt;
        end -= padding;
    }
    RtpPacket p;
    p.header.marker = (d[1] & 0x80) != 0;
    p.header.payloadType = d[1] & 0x7f;
    p.header.sequence = read16(d.data() + 2);
    p.header.timestamp = read32(d.data() + 4);
    p.header.ssrc = read32(d.data() + 8);
    p.payload = d.subspan(offset, end - offset);
    return p;
}

bool looksLikeRtcp(std::span<const std::uint8_t> d)
{
    return d.size() >= 2 && (d[0] >> 6) == 2 && d[1] >= 192 && d[1] <= 223;
}

void TelephoneEvent::write(std::uint8_t* out) const
{
    out[0] = event;
    out[1] = static_cast<std::uint8_t>((end ? 0x80 : 0) | (volume & 0x3f));
    write16(out + 2, duration);
}

std::optional<TelephoneEvent> parseTelephoneEvent(std::span<const std::uint8_t> payload)
{
    if (payload.size() < TelephoneEvent::Size)
        return std::nullopt;
    TelephoneEvent e;
    e.event = payload[0];
    e.end = (payload[1] & 0x80) != 0;
    e.volume = payload[1] & 0x3f;
    e.duration = read16(payload.data() + 2);
    return e;
}

char dtmfDigitForEvent(std::uint8_t event)
{
    return event < DtmfDigits.size() ? DtmfDigits[event] : '\0';
}

int dtmfEventForDigit(char digit)
{
    for (std::size_t i = 0; i < DtmfDigits.size(); ++i) {
        if (DtmfDigits[i] == digit)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace rebound::media
