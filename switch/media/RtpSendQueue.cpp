#include "media/RtpSendQueue.h"

#include "media/IoUring.h"
#include "media/RtpSocket.h"

#include <array>
#include <cstring>
#include <sys/socket.h>
#include <vector>

namespace rebound::media {

namespace {

// Datagrams in flight at most: at 1,000 bridged calls a 4 ms pass sends
// about 400, so a full queue flushes early now and then, which costs one
// more system call, not a datagram.
constexpr unsigned Depth = 256;

using Slot = DatagramSlot;

} // namespace

struct RtpSendQueue::Ring
{
    io_uring ring{};
    std::vector<Slot> slots = std::vector<Slot>(Depth);
    std::vector<std::uint32_t> free; // slots neither queued nor in flight
    unsigned queued = 0;             // prepared since the last submit

    Ring()
    {
        free.reserve(Depth);
        for (std::uint32_t i = Depth; i > 0; --i)
            free.push_back(i - 1);
    }
    ~Ring() { io_uring_queue_exit(&ring); }

    // Takes the completions the kernel has posted; with `wait`, at least
    // one. False when waiting failed.
    bool reap(bool wait)
    {
        io_uring_cqe* cqe = nullptr;
        if (wait && io_uring_wait_cqe(&ring, &cqe) < 0)
            return false;
        unsigned seen = 0;
        unsigned head = 0;
        io_uring_for_each_cqe(&ring, head, cqe)
        {
            // The result is not looked at: a datagram the socket had no room
            // for is dropped, as with sendto.
            free.push_back(static_cast<std::uint32_t>(io_uring_cqe_get_data64(cqe)));
            ++seen;
        }
        io_uring_cq_advance(&ring, seen);
        return true;
    }
};

RtpSendQueue::RtpSendQueue(Mode wanted)
    : m_ring(wanted == Mode::Direct ? nullptr : openedRing<Ring>(Depth))
{
}

RtpSendQueue::~RtpSendQueue()
{
    flush();
    // The kernel may still read a slot of a send it has not finished.
    while (m_ring && m_ring->free.size() < Depth && m_ring->reap(true)) {
    }
}

RtpSendQueue::Mode RtpSendQueue::mode() const
{
    return m_ring ? Mode::Batched : Mode::Direct;
}

void RtpSendQueue::send(int fd, const sockaddr_in& to, std::span<const std::uint8_t> header,
                        std::span<const std::uint8_t> payload)
{
    const std::size_t size = header.size() + payload.size();
    if (size > MaxDatagram)
        return;
    if (!m_ring) {
        std::array<std::uint8_t, MaxDatagram> out; // written as far as it is sent
        std::memcpy(out.data(), header.data(), header.size());
        std::memcpy(out.data() + header.size(), payload.data(), payload.size());
        ::sendto(fd, out.data(), size, MSG_DONTWAIT, reinterpret_cast<const sockaddr*>(&to), sizeof to);
        ++m_sent;
        return;
    }
    Ring& r = *m_ring;
    if (r.free.empty()) {
        flush();
        if (r.free.empty())
            r.reap(true);
        if (r.free.empty())
            return; // the ring failed: drop, as a full socket would
    }
    io_uring_sqe* sqe = io_uring_get_sqe(&r.ring);
    if (!sqe) {
        flush();
        sqe = io_uring_get_sqe(&r.ring);
        if (!sqe)
            return;
    }
    const std::uint32_t index = r.free.back();
    r.free.pop_back();
    Slot& slot = r.slots[index];
    std::memcpy(slot.data.data(), header.data(), header.size());
    std::memcpy(slot.data.data() + header.size(), payload.data(), payload.size());
    slot.peer = to;
    msghdr* message = slot.aim(size);
    // MSG_DONTWAIT: a full socket fails the send at once instead of
    // leaving it armed in the ring until there is room.
    io_uring_prep_sendmsg(sqe, fd, message, MSG_DONTWAIT);
    io_uring_sqe_set_data64(sqe, index);
    ++r.queued;
}

void RtpSendQueue::flush()
{
    if (!m_ring)
        return;
    Ring& r = *m_ring;
    if (r.queued > 0) {
        const int submitted = io_uring_submit(&r.ring);
        ++m_submits;
        if (submitted > 0)
            m_sent += static_cast<std::uint64_t>(submitted);
        r.queued = 0;
    }
    r.reap(false);
}

std::uint64_t RtpSendQueue::datagramsSent() const
{
    return m_sent;
}

std::uint64_t RtpSendQueue::submitCalls() const
{
    return m_submits;
}

} // namespace rebound::media
