#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <netinet/in.h>
#include <span>

namespace rebound::media {

// Reads the datagrams waiting on the media thread's ready sockets. Batched,
// one io_uring submission reads one datagram from every ready socket, and a
// socket that filled all its reads is read again in the next submission,
// twice as many at a time, until one comes back empty: a pass that finds 80
// sockets ready costs two system calls instead of 80 recvmmsg.
// Direct (asked for, or where io_uring cannot be had), each socket is read
// with one recvmmsg. Either way at most MaxReadsPerWake datagrams a socket
// per call, so one flooding peer cannot starve the rest. Used by one thread
// only, the one that constructed it.
class RtpReceiver
{
public:
    enum class Mode
    {
        Batched,
        Direct
    };
    explicit RtpReceiver(Mode wanted);
    ~RtpReceiver();
    RtpReceiver(const RtpReceiver&) = delete;
    RtpReceiver& operator=(const RtpReceiver&) = delete;

    Mode mode() const;

    struct Source
    {
        int fd = -1;
        std::uint64_t key = 0; // handed back with each of its datagrams
    };
    // A datagram and its IPv4 sender; the data is valid during the call only.
    using Deliver = std::function<void(std::uint64_t key, std::span<const std::uint8_t> datagram,
                                       const sockaddr_in& from)>;
    // Reads what waits on each source and delivers it, in order for each
    // source. Datagrams from anything but IPv4 are dropped.
    void read(std::span<const Source> sources, const Deliver& deliver);

    // System calls the reads took.
    std::uint64_t systemCalls() const;

private:
    void readDirect(const Source& source, const Deliver& deliver);
    struct Ring;
    std::unique_ptr<Ring> m_ring; // null: Direct
    struct Batch;
    std::unique_ptr<Batch> m_batch; // Direct's recvmmsg buffers, made on first use
    std::uint64_t m_calls = 0;
};

} // namespace rebound::media
