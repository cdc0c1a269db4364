#pragma once

#include "media/RtpSocket.h"

#include <array>
#include <cstdint>
#include <liburing.h>
#include <memory>

namespace rebound::media {

// Sets up `ring` with `depth` entries for the media thread: only it submits,
// and completions are posted as its submissions run, with no interrupt to
// the thread for them. A kernel without those flags gets a plain ring.
// False where io_uring is refused (an old kernel, seccomp,
// kernel.io_uring_disabled): the caller then uses plain system calls.
inline bool openRing(io_uring& ring, unsigned depth)
{
    io_uring_params params{};
    params.flags = IORING_SETUP_COOP_TASKRUN | IORING_SETUP_SINGLE_ISSUER;
    if (io_uring_queue_init_params(depth, &ring, &params) == 0)
        return true;
    params = io_uring_params{};
    return io_uring_queue_init_params(depth, &ring, &params) == 0;
}

// A new `R` (which holds an `io_uring ring`) with its ring set up for
// `depth` entries, or null where io_uring is refused: null means the caller
// works with plain system calls.
template <class R>
std::unique_ptr<R> openedRing(unsigned depth)
{
    auto r = std::make_unique<R>();
    if (!openRing(r->ring, depth))
        return nullptr;
    return r;
}

// One datagram as the rings read or send it: its bytes, the peer's address
// and the message that points at both. It stays in place while the kernel
// holds it.
struct DatagramSlot
{
    std::array<std::uint8_t, MaxDatagram> data;
    sockaddr_in peer{};
    iovec vector{};
    msghdr message{};

    // Points the message at the peer address and the first `size` bytes.
    msghdr* aim(std::size_t size)
    {
        vector = iovec{data.data(), size};
        message = msghdr{};
        message.msg_name = &peer;
        message.msg_namelen = sizeof peer;
        message.msg_iov = &vector;
        message.msg_iovlen = 1;
        return &message;
    }
};

} // namespace rebound::media
