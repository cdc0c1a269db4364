#pragma once

// Reads the UDP payloads out of a classic libpcap file (Ethernet, Linux
// cooked or raw IPv4 captures), enough to replay the RTP captures sipp ships.
// Test code only: the switch itself never reads pcaps.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <cstdint>

namespace rebound::test {

struct UdpDatagram
{
    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    QByteArray payload;
};

inline QList<UdpDatagram> readPcapUdp(const QString& path, QString* error = nullptr)
{
    QList<UdpDatagram> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open %1").arg(path);
        return out;
    }
    const QByteArray d = f.readAll();
    const auto u8 = [&](qsizetype i) { return static_cast<std::uint8_t>(d[i]); };
    if (d.size() < 24) {
        if (error)
            *error = QStringLiteral("%1 is too short for a pcap header").arg(path);
        return out;
    }
    const std::uint32_t magic = u8(0) | (u8(1) << 8) | (u8(2) << 16) | (std::uint32_t{u8(3)} << 24);
    const bool little = magic == 0xa1b2c3d4u || magic == 0xa1b23c4du;
    const bool big = magic == 0xd4c3b2a1u || magic == 0x4d3cb2a1u;
    if (!little && !big) {
        if (error)
            *error = QStringLiteral("%1 is not a pcap file").arg(path);
        return out;
    }
    const auto rd32 = [&](qsizetype i) -> std::uint32_t {
        if (little)
            return u8(i) | (u8(i + 1) << 8) | (u8(i + 2) << 16) | (std::uint32_t{u8(i + 3)} << 24);
        return (std::uint32_t{u8(i)} << 24) | (u8(i + 1) << 16) | (u8(i + 2) << 8) | u8(i + 3);
    };
    const auto be16 = [&](qsizetype i) -> std::uint16_t {
        return static_cast<std::uint16_t>((u8(i) << 8) | u8(i + 1));
    };
    const std::uint32_t linkType = rd32(20);
    qsizetype pos = 24;
    while (pos + 16 <= d.size()) {
        const qsizetype captured = rd32(pos + 8);
        const qsizetype frame = pos + 16;
        pos = frame + captured;
        if (pos > d.size())
            break;
        qsizetype ip = frame;
        if (linkType == 1) { // Ethernet, with an optional 802.1Q tag
            std::uint16_t etherType = be16(frame + 12);
            ip = frame + 14;
            if (etherType == 0x8100) {
                etherType = be16(frame + 16);
                ip += 4;
            }
            if (etherType != 0x0800)
                continue;
        } else if (linkType == 113) { // Linux cooked capture
            if (be16(frame + 14) != 0x0800)
                continue;
            ip = frame + 16;
        } else if (linkType != 101 && linkType != 228) { // raw IPv4
            if (error)
                *error = QStringLiteral("%1: unsupported link type %2").arg(path).arg(linkType);
            return {};
        }
        if (ip + 20 > pos || (u8(ip) >> 4) != 4 || u8(ip + 9) != 17)
            continue;
        const qsizetype udp = ip + 4 * (u8(ip) & 0x0f);
        if (udp + 8 > pos)
            continue;
        const qsizetype length = be16(udp + 4);
        if (length < 8 || udp + length > pos)
            continue;
        out.append({be16(udp), be16(udp + 2), d.mid(udp + 8, length - 8)});
    }
    return out;
}

} // namespace rebound::test
