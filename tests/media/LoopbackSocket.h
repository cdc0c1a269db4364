#pragma once

// Plain UDP sockets on loopback for the media I/O tests (RtpSendQueue,
// RtpReceiver): a socket and what has arrived at it, with its sender.

#include <QByteArray>
#include <QElapsedTimer>
#include <arpa/inet.h>
#include <array>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace rebound::test {

// A UDP socket on 127.0.0.1, port 0, and its address.
struct LoopbackSocket
{
    LoopbackSocket()
    {
        fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
        socklen_t len = sizeof address;
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &len);
        int size = 4 << 20; // every datagram of a test waits here unread
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    }
    ~LoopbackSocket() { ::close(fd); }
    LoopbackSocket(const LoopbackSocket&) = delete;
    LoopbackSocket& operator=(const LoopbackSocket&) = delete;

    int fd = -1;
    sockaddr_in address{};
};

struct Datagram
{
    quint16 fromPort = 0;
    QByteArray bytes;
};

// What has arrived at `s`, waiting up to `timeoutMs` for `count` datagrams.
inline std::vector<Datagram> receive(const LoopbackSocket& s, std::size_t count, int timeoutMs)
{
    std::vector<Datagram> got;
    QElapsedTimer t;
    t.start();
    std::array<char, 4096> buffer{};
    while (true) {
        sockaddr_in from{};
        socklen_t len = sizeof from;
        const ssize_t n = ::recvfrom(s.fd, buffer.data(), buffer.size(), MSG_DONTWAIT,
                                     reinterpret_cast<sockaddr*>(&from), &len);
        if (n >= 0) {
            got.push_back({ntohs(from.sin_port), QByteArray(buffer.data(), n)});
            continue;
        }
        if (got.size() >= count || t.elapsed() >= timeoutMs)
            return got;
        pollfd p{s.fd, POLLIN, 0};
        ::poll(&p, 1, 20);
    }
}

} // namespace rebound::test
