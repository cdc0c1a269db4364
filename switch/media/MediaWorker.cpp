#include "media/MediaWorker.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/timerfd.h>
#include <unistd.h>
#include <utility>

namespace rebound::media {

namespace {

constexpr std::uint64_t WakeKey = 0;  // epoll key of the command eventfd
constexpr std::uint64_t TickKey = 1;  // epoll key of the playout timerfd
constexpr std::uint64_t FirstKey = 2; // epoll keys of sessions: id + FirstKey
// After a stall (a loaded machine), send at most this many late packets per
// session at once; older ones are dropped rather than bursting a phone.
constexpr std::uint64_t MaxCatchUpTicks = 5;
// The media thread wakes at most once per this long and then takes every
// packet that has arrived (recvmmsg per socket): a wake-up costs more than
// the packets it reads, so gathering them bounds the wake-ups to 250 a
// second however many calls are up, for at most this much added delay.
constexpr std::int64_t GatherNs = 4'000'000;

std::int64_t nowNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return std::int64_t(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

} // namespace

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

MediaEngine::Worker::Worker(MediaEngine* q, MediaConfig config)
    : m_q(q)
    , m_config(std::move(config))
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wake = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    m_tick = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    itimerspec spec{};
    spec.it_interval.tv_nsec = PacketMs * 1'000'000L;
    spec.it_value.tv_nsec = PacketMs * 1'000'000L;
    // Periodic, so the tick never drifts: a late wake-up reads several
    // expirations and sends that many packets (see MaxCatchUpTicks).
    timerfd_settime(m_tick, 0, &spec, nullptr);
    watch(m_wake, WakeKey);
    watch(m_tick, TickKey);
    m_thread = std::thread([this] { run(); });
}

MediaEngine::Worker::~Worker()
{
    post([this] { m_running = false; });
    m_thread.join();
    for (auto& [id, s] : m_sessions)
        ::close(s->fd);
    ::close(m_tick);
    ::close(m_wake);
    ::close(m_epoll);
}

void MediaEngine::Worker::post(std::function<void()> command)
{
    {
        std::lock_guard lock(m_mutex);
        m_commands.push_back(std::move(command));
    }
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
}

void MediaEngine::Worker::with(SessionId id, std::function<void(RtpSession&)> fn)
{
    post([this, id, fn = std::move(fn)] {
        if (RtpSession* s = find(id))
            fn(*s);
    });
}

MediaEngine::Created MediaEngine::Worker::create()
{
    Created c;
    const BoundSocket socket = bindRtpSocket(m_config.bindAddress, m_config.portMin, m_config.portMax,
                                             [this](int count) { return randomIndex(count); });
    if (socket.fd < 0) {
        c.error = socket.error;
        return c;
    }
    c.id = m_nextId.fetch_add(1);
    c.port = socket.port;
    auto s = std::make_unique<RtpSession>();
    s->id = c.id;
    s->fd = socket.fd;
    {
        std::lock_guard lock(m_portMutex); // std::random_device is not thread-safe
        s->ssrc = m_random();
        s->sequence = static_cast<std::uint16_t>(m_random());
        s->timestamp = m_random();
    }
    s->timeoutSeconds = m_config.mediaTimeoutSeconds;
    post([this, session = std::shared_ptr<RtpSession>(std::move(s))]() mutable {
        session->lastRxMs = nowMs();
        watch(session->fd, static_cast<std::uint64_t>(session->id) + FirstKey);
        m_sessions.emplace(session->id, std::move(session));
    });
    return c;
}

void MediaEngine::Worker::destroy(SessionId id)
{
    post([this, id] {
        RtpSession* s = find(id);
        if (!s)
            return;
        endBridge(*s);
        // Its queued packets go now: the socket's number may be reused
        // as soon as it is closed.
        m_sends->flush();
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, s->fd, nullptr);
        ::close(s->fd);
        m_sessions.erase(id);
    });
}

void MediaEngine::Worker::bridge(SessionId a, SessionId b)
{
    post([this, a, b] {
        RtpSession* sa = find(a);
        RtpSession* sb = find(b);
        if (!sa || !sb || a == b)
            return;
        endBridge(*sa);
        endBridge(*sb);
        sa->peer = b;
        sb->peer = a;
        sa->bridgeOwner = true;
        for (RtpSession* s : {sa, sb}) {
            s->relayedPackets = s->relayedBytes = 0;
            s->relayOffsetValid = false;
        }
    });
}

void MediaEngine::Worker::endBridge(RtpSession& s)
{
    RtpSession* other = s.peer ? find(s.peer) : nullptr;
    if (!other)
        return;
    RtpSession& a = s.bridgeOwner ? s : *other;
    RtpSession& b = s.bridgeOwner ? *other : s;
    BridgeCounters c{a.id, b.id, a.relayedPackets, a.relayedBytes, b.relayedPackets, b.relayedBytes};
    for (RtpSession* x : {&a, &b}) {
        x->peer = 0;
        x->bridgeOwner = false;
        x->markNext = true;
    }
    {
        std::lock_guard lock(m_countersMutex);
        m_counters[a.id] = c;
        m_counters[b.id] = c;
    }
    Q_EMIT m_q->bridgeEnded(c);
}

std::optional<BridgeCounters> MediaEngine::Worker::counters(SessionId id) const
{
    std::lock_guard lock(m_countersMutex);
    const auto it = m_counters.find(id);
    if (it == m_counters.end())
        return std::nullopt;
    return it->second;
}

void MediaEngine::Worker::watch(int fd, std::uint64_t key)
{
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = key;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
}

int MediaEngine::Worker::randomIndex(int count)
{
    std::lock_guard lock(m_portMutex); // std::random_device is not thread-safe
    return static_cast<int>(std::uniform_int_distribution<unsigned>(0, unsigned(count - 1))(m_random));
}

RtpSession* MediaEngine::Worker::find(SessionId id)
{
    const auto it = m_sessions.find(id);
    return it == m_sessions.end() ? nullptr : it->second.get();
}

void MediaEngine::Worker::run()
{
    // Made here: an io_uring ring belongs to the thread that submits to it.
    m_sends = std::make_unique<RtpSendQueue>(m_config.batchedIo ? RtpSendQueue::Mode::Batched
                                                                : RtpSendQueue::Mode::Direct);
    m_receiver = std::make_unique<RtpReceiver>(m_config.batchedIo ? RtpReceiver::Mode::Batched
                                                                  : RtpReceiver::Mode::Direct);
    std::vector<epoll_event> events(512);
    while (m_running) {
        const int n = epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), 1000);
        const std::int64_t wokeAt = nowNs();
        m_ready.clear();
        for (int i = 0; i < n; ++i) {
            const std::uint64_t key = events[static_cast<std::size_t>(i)].data.u64;
            if (key == WakeKey)
                runCommands();
            else if (key == TickKey)
                tick();
            else
                m_ready.push_back(static_cast<SessionId>(key - FirstKey));
        }
        // Packets came in: more are on their way.
        const bool media = !m_ready.empty();
        readReady();
        // The pass's relayed and played packets leave together.
        m_sends->flush();
        // Let the next packets gather (see GatherNs) unless this round
        // took that long already. Ticks and commands alone (an idle
        // switch) do not wait.
        if (const std::int64_t until = wokeAt + GatherNs; m_running && media && nowNs() < until) {
            const timespec at{static_cast<time_t>(until / 1'000'000'000),
                              static_cast<long>(until % 1'000'000'000)};
            while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &at, nullptr) == EINTR) {
            }
        }
    }
    m_receiver.reset();
    m_sends.reset();
}

void MediaEngine::Worker::runCommands()
{
    std::uint64_t count = 0;
    [[maybe_unused]] const auto got = ::read(m_wake, &count, sizeof count);
    std::vector<std::function<void()>> commands;
    {
        std::lock_guard lock(m_mutex);
        commands.swap(m_commands);
    }
    for (auto& c : commands)
        c();
}

void MediaEngine::Worker::send(RtpSession& s, std::uint8_t pt, std::span<const std::uint8_t> payload,
                               std::uint32_t timestamp)
{
    if (!s.remote || !s.peerReceives())
        return;
    RtpHeader h;
    h.marker = s.markNext;
    h.payloadType = pt;
    h.sequence = s.sequence++;
    h.timestamp = timestamp;
    h.ssrc = s.ssrc;
    s.markNext = false;
    std::array<std::uint8_t, RtpHeader::Size> header;
    h.write(header.data());
    m_sends->send(s.fd, *s.remote, header, payload);
}

void MediaEngine::Worker::tick()
{
    std::uint64_t expirations = 0;
    if (::read(m_tick, &expirations, sizeof expirations) != sizeof expirations || expirations == 0)
        return;
    const std::int64_t now = nowMs();
    const std::uint64_t packets = std::min(expirations, MaxCatchUpTicks);
    std::vector<SessionId>& ids = m_tickIds; // kept: no allocation per tick
    ids.clear();
    for (const auto& [id, s] : m_sessions)
        ids.push_back(id);
    for (SessionId id : ids) {
        RtpSession* s = find(id);
        if (!s)
            continue;
        if (sendDigitEvent(*s)) {
            s->timestamp += static_cast<std::uint32_t>(SamplesPerPacket * expirations);
        } else if (s->playback) {
            playOut(*s, packets, expirations);
        } else if (!s->peer && s->idleToneHz >= 0) {
            sendIdle(*s, packets, expirations);
        } else if (!s->peer) {
            // Silence: time still passes on our timestamp line.
            s->timestamp += static_cast<std::uint32_t>(SamplesPerPacket * expirations);
        }
        if (s->collector) {
            if (const auto r = s->collector->poll(now))
                finishCollect(*s, r->reason);
        }
        if (s->timeoutSeconds > 0 && s->timeoutArmed && s->peerSends() && !s->timeoutRaised &&
            now - s->lastRxMs >= s->timeoutSeconds * 1000LL) {
            s->timeoutRaised = true; // once; a packet re-arms it
            Q_EMIT m_q->mediaTimeout(s->id);
        }
    }
}

} // namespace rebound::media
