#pragma once

#include <cstdint>
#include <memory>
#include <netinet/in.h>
#include <span>

namespace rebound::media {

// The datagrams the media thread sends, gathered over one pass of its loop
// and handed to the kernel together through io_uring (liburing): one
// io_uring_enter for all of a pass's sends instead of one sendto each. Each
// session sends from its own socket, so sendmmsg cannot batch them. Where
// io_uring cannot be had (an old kernel, a seccomp filter,
// kernel.io_uring_disabled), or when Direct is asked for, every datagram
// goes out at once with sendto.
//
// Either way a send never blocks: a datagram the socket has no room for is
// dropped, as sendto with MSG_DONTWAIT drops it. Used by one thread only,
// the one that constructed it.
class RtpSendQueue
{
public:
    enum class Mode
    {
        Batched,
        Direct
    };
    explicit RtpSendQueue(Mode wanted);
    ~RtpSendQueue();
    RtpSendQueue(const RtpSendQueue&) = delete;
    RtpSendQueue& operator=(const RtpSendQueue&) = delete;

    // Batched unless Direct was asked for or io_uring could not be set up.
    Mode mode() const;

    // Sends `header` then `payload` (at most 2,048 bytes together) from
    // `fd` to `to`. Batched, both are copied, and the datagram leaves at the
    // next flush(), or earlier when the queue is full.
    void send(int fd, const sockaddr_in& to, std::span<const std::uint8_t> header,
              std::span<const std::uint8_t> payload);
    // Hands every queued datagram to the kernel. Call it once per pass of
    // the loop, and before closing a socket that has sends queued.
    void flush();

    // Datagrams handed over by flush(), and the system calls that took.
    std::uint64_t datagramsSent() const;
    std::uint64_t submitCalls() const;

private:
    struct Ring;
    std::unique_ptr<Ring> m_ring; // null: Direct
    std::uint64_t m_sent = 0;
    std::uint64_t m_submits = 0;
};

} // namespace rebound::media
