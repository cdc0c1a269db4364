#pragma once

// The media thread's UDP sockets: addresses, binding in the RTP port range,
// and the buffers one recvmmsg reads into.

#include <QString>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <netinet/in.h>
#include <optional>
#include <sys/socket.h>
#include <sys/uio.h>

namespace rebound::media {

constexpr std::size_t MaxDatagram = 2048;
// Reads per socket per wake-up, so one flooding peer cannot starve the rest.
constexpr int MaxReadsPerWake = 32;

// An IPv4 literal and a port; empty for anything else.
std::optional<sockaddr_in> ipv4(const QString& address, quint16 port);
bool sameAddress(const sockaddr_in& x, const sockaddr_in& y);

struct BoundSocket
{
    int fd = -1; // non-blocking, close-on-exec; -1 on failure
    quint16 port = 0;
    QString error; // says what to change, when fd is -1
};

// A UDP socket on `address`, on an even port of [portMin, portMax] starting
// at randomIndex(number of even ports) and then every port in turn, so the
// next call's port cannot be guessed from this one's; portMin = 0 asks the
// kernel for any port.
BoundSocket bindRtpSocket(const QString& address, quint16 portMin, quint16 portMax,
                          const std::function<int(int)>& randomIndex);

// One recvmmsg's worth of datagrams, allocated once by the media thread.
struct ReceiveBatch
{
    std::array<std::array<std::uint8_t, MaxDatagram>, MaxReadsPerWake> buffers;
    std::array<iovec, MaxReadsPerWake> vectors;
    std::array<sockaddr_in, MaxReadsPerWake> from;
    std::array<mmsghdr, MaxReadsPerWake> headers;

    ReceiveBatch();
};

} // namespace rebound::media
