#pragma once

#include <liburing.h>

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

} // namespace rebound::media
