#include "media/RtpReceiver.h"

#include "media/IoUring.h"
#include "media/RtpSocket.h"

#include <algorithm>
#include <cerrno>
#include <sys/socket.h>
#include <vector>

namespace rebound::media {

namespace {

// Reads in one submission at most; more ready sockets take more submissions.
constexpr unsigned Depth = 128;

struct Slot : DatagramSlot
{
    int result = 0;
};

// Reads of one source in a round: `count` datagrams, `done` so far in all.
struct Want
{
    RtpReceiver::Source source;
    int count = 1;
    int done = 0;
};

} // namespace

struct RtpReceiver::Batch : ReceiveBatch
{
};

struct RtpReceiver::Ring
{
    io_uring ring{};
    std::vector<Slot> slots = std::vector<Slot>(Depth);
    std::vector<Want> wants; // of the round being read
    std::vector<Want> next;  // of the round after it
    unsigned queued = 0;     // reads prepared for the next submission
    ~Ring() { io_uring_queue_exit(&ring); }

    // Prepares the reads of wants[first..] that fit in one submission;
    // returns the end of those wants.
    std::size_t queueReads(std::size_t first)
    {
        unsigned used = 0;
        std::size_t end = first;
        for (; end < wants.size(); ++end) {
            Want& w = wants[end];
            const auto count = static_cast<unsigned>(w.count);
            if (used + count > Depth && used > 0)
                break;
            w.count = static_cast<int>(std::min(count, Depth));
            for (int k = 0; k < w.count; ++k, ++used)
                queueRead(w.source.fd, used);
        }
        queued = used;
        return end;
    }

    void queueRead(int fd, unsigned at)
    {
        Slot& slot = slots[at];
        msghdr* message = slot.aim(MaxDatagram);
        slot.result = -EAGAIN;
        // MSG_DONTWAIT: an empty socket answers EAGAIN at once instead of
        // leaving the read armed in the ring.
        io_uring_sqe* sqe = io_uring_get_sqe(&ring);
        io_uring_prep_recvmsg(sqe, fd, message, MSG_DONTWAIT);
        io_uring_sqe_set_data64(sqe, at);
    }

    // Submits the queued reads and takes their results.
    void submit()
    {
        io_uring_submit_and_wait(&ring, queued);
        io_uring_cqe* cqe = nullptr;
        unsigned head = 0;
        unsigned seen = 0;
        io_uring_for_each_cqe(&ring, head, cqe)
        {
            slots[io_uring_cqe_get_data64(cqe)].result = cqe->res;
            ++seen;
        }
        io_uring_cq_advance(&ring, seen);
    }

    // Delivers the reads of wants[first, end) in submission order, each
    // source's in arrival order, and queues the sources that may have more
    // for the next round.
    void deliver(std::size_t first, std::size_t end, const Deliver& to)
    {
        unsigned at = 0;
        for (std::size_t i = first; i < end; ++i) {
            Want& w = wants[i];
            // A source that filled every read it was given may have more:
            // the next round gives it twice as many. (The kernel's
            // IORING_CQE_F_SOCK_NONEMPTY is not set for UDP.)
            bool more = true;
            for (int k = 0; k < w.count; ++k, ++at) {
                const Slot& slot = slots[at];
                if (slot.result < 0) {
                    more = false;
                    continue;
                }
                ++w.done;
                if (slot.message.msg_namelen == sizeof(sockaddr_in))
                    to(w.source.key,
                       std::span<const std::uint8_t>(slot.data.data(), static_cast<std::size_t>(slot.result)),
                       slot.peer);
            }
            if (more && w.done < MaxReadsPerWake)
                next.push_back(Want{w.source, std::min(2 * w.count, MaxReadsPerWake - w.done), w.done});
        }
    }
};

RtpReceiver::RtpReceiver(Mode wanted)
    : m_ring(wanted == Mode::Direct ? nullptr : openedRing<Ring>(Depth))
{
}

RtpReceiver::~RtpReceiver() = default;

RtpReceiver::Mode RtpReceiver::mode() const
{
    return m_ring ? Mode::Batched : Mode::Direct;
}

std::uint64_t RtpReceiver::systemCalls() const
{
    return m_calls;
}

void RtpReceiver::readDirect(const Source& source, const Deliver& deliver)
{
    if (!m_batch)
        m_batch = std::make_unique<Batch>();
    ReceiveBatch& rx = *m_batch;
    const int n = ::recvmmsg(source.fd, rx.headers.data(), MaxReadsPerWake, MSG_DONTWAIT, nullptr);
    ++m_calls;
    for (int i = 0; i < n; ++i) {
        const auto at = static_cast<std::size_t>(i);
        mmsghdr& header = rx.headers[at];
        const bool fromIpv4 = header.msg_hdr.msg_namelen == sizeof(sockaddr_in);
        header.msg_hdr.msg_namelen = sizeof(sockaddr_in); // for the next call
        if (fromIpv4)
            deliver(source.key, std::span<const std::uint8_t>(rx.buffers[at].data(), header.msg_len),
                    rx.from[at]);
    }
}

void RtpReceiver::read(std::span<const Source> sources, const Deliver& deliver)
{
    if (!m_ring) {
        for (const Source& s : sources)
            readDirect(s, deliver);
        return;
    }
    Ring& r = *m_ring;
    r.wants.clear();
    for (const Source& s : sources)
        r.wants.push_back(Want{s, 1, 0});
    while (!r.wants.empty()) {
        r.next.clear();
        // The round's reads, Depth at a time; a source's reads stay in one
        // submission, in order.
        for (std::size_t first = 0; first < r.wants.size();) {
            const std::size_t end = r.queueReads(first);
            r.submit();
            ++m_calls;
            r.deliver(first, end, deliver);
            first = end;
        }
        std::swap(r.wants, r.next);
    }
}

} // namespace rebound::media
