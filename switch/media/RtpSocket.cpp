#include "media/RtpSocket.h"

#include "media/MediaEngine.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace rebound::media {

std::optional<sockaddr_in> ipv4(const QString& address, quint16 port)
{
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    if (inet_pton(AF_INET, address.toLatin1().constData(), &sa.sin_addr) != 1)
        return std::nullopt;
    return sa;
}

bool sameAddress(const sockaddr_in& x, const sockaddr_in& y)
{
    return x.sin_port == y.sin_port && x.sin_addr.s_addr == y.sin_addr.s_addr;
}

BoundSocket bindRtpSocket(const QString& address, quint16 portMin, quint16 portMax,
                          const std::function<int(int)>& randomIndex)
{
    BoundSocket b;
    const auto bind = ipv4(address, 0);
    if (!bind) {
        b.error = MediaEngine::tr("The media bind address %1 is not an IPv4 address").arg(address);
        return b;
    }
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        b.error = MediaEngine::tr("Cannot open an RTP socket: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return b;
    }
    sockaddr_in sa = *bind;
    bool bound = false;
    if (portMin == 0) {
        bound = ::bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0;
    } else {
        const int first = portMin + (portMin & 1);
        const int evenPorts = (portMax - first) / 2 + 1;
        const int start = randomIndex(evenPorts);
        for (int attempt = 0; attempt < evenPorts && !bound; ++attempt) {
            sa.sin_port = htons(static_cast<quint16>(first + 2 * ((start + attempt) % evenPorts)));
            bound = ::bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0;
        }
    }
    if (!bound) {
        ::close(fd);
        b.error = MediaEngine::tr("No free RTP port on %1 in %2-%3; widen media.port_min/port_max")
                      .arg(address)
                      .arg(portMin)
                      .arg(portMax);
        return b;
    }
    socklen_t len = sizeof sa;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &len);
    b.fd = fd;
    b.port = ntohs(sa.sin_port);
    return b;
}

ReceiveBatch::ReceiveBatch()
{
    for (std::size_t i = 0; i < headers.size(); ++i) {
        vectors[i] = iovec{buffers[i].data(), MaxDatagram};
        headers[i] = mmsghdr{};
        headers[i].msg_hdr.msg_name = &from[i];
        headers[i].msg_hdr.msg_namelen = sizeof(sockaddr_in);
        headers[i].msg_hdr.msg_iov = &vectors[i];
        headers[i].msg_hdr.msg_iovlen = 1;
    }
}

} // namespace rebound::media
