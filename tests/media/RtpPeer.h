#pragma once

// A phone or gateway on loopback for the media tests: one UDP socket on
// 127.0.0.1 port 0 that sends RTP to the engine and collects what comes back.

#include "media/Rtp.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace rebound::test {

struct ReceivedRtp
{
    media::RtpHeader header;
    QByteArray payload;
    qint64 atMs = 0; // since the peer was created
};

class RtpPeer
{
public:
    // `address`: another loopback address (127.0.0.2) plays a stranger.
    explicit RtpPeer(const char* address = "127.0.0.1")
    {
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        ::inet_pton(AF_INET, address, &sa.sin_addr);
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa);
        socklen_t len = sizeof sa;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&sa), &len);
        m_port = ntohs(sa.sin_port);
        int size = 4 << 20; // a whole prompt's packets may wait here unread
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
        m_clock.start();
    }
    ~RtpPeer() { ::close(m_fd); }
    RtpPeer(const RtpPeer&) = delete;
    RtpPeer& operator=(const RtpPeer&) = delete;

    quint16 port() const { return m_port; }

    void sendRaw(quint16 toPort, const QByteArray& datagram)
    {
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        to.sin_port = htons(toPort);
        ::sendto(m_fd, datagram.constData(), static_cast<size_t>(datagram.size()), 0,
                 reinterpret_cast<sockaddr*>(&to), sizeof to);
    }

    void send(quint16 toPort, const media::RtpHeader& h, const QByteArray& payload)
    {
        QByteArray d(static_cast<qsizetype>(media::RtpHeader::Size), '\0');
        h.write(reinterpret_cast<std::uint8_t*>(d.data()));
        sendRaw(toPort, d + payload);
    }

    // Collects packets until `count` have arrived in all or `timeoutMs` has
    // passed since the call; returns everything received so far.
    const QList<ReceivedRtp>& receive(int count, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (m_received.size() < count && t.elapsed() < timeoutMs) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0)
                continue;
            drain();
        }
        drain();
        return m_received;
    }
    const QList<ReceivedRtp>& received() { return receive(0, 0); }
    void clear() { m_received.clear(); }

private:
    void drain()
    {
        std::vector<std::uint8_t> buf(2048);
        for (;;) {
            const ssize_t n = ::recv(m_fd, buf.data(), buf.size(), MSG_DONTWAIT);
            if (n <= 0)
                return;
            const auto p = media::parseRtp(std::span(buf.data(), static_cast<std::size_t>(n)));
            if (!p)
                continue;
            m_received.append({p->header,
                               QByteArray(reinterpret_cast<const char*>(p->payload.data()),
                                          static_cast<qsizetype>(p->payload.size())),
                               m_clock.elapsed()});
        }
    }

    int m_fd = -1;
    quint16 m_port = 0;
    QElapsedTimer m_clock;
    QList<ReceivedRtp> m_received;
};

} // namespace rebound::test
