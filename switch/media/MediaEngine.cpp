#include "media/MediaEngine.h"

#include "media/Rtp.h"

#include <QMetaType>
#include <algorithm>
#include <arpa/inet.h>
#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <ctime>
#include <deque>
#include <functional>
#include <mutex>
#include <netinet/in.h>
#include <numbers>
#include <random>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <sys/uio.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rebound::media {

namespace {

constexpr std::uint64_t WakeKey = 0;  // epoll key of the command eventfd
constexpr std::uint64_t TickKey = 1;  // epoll key of the playout timerfd
constexpr std::uint64_t FirstKey = 2; // epoll keys of sessions: id + FirstKey
// After a stall (a loaded machine), send at most this many late packets per
// session at once; older ones are dropped rather than bursting a phone.
constexpr std::uint64_t MaxCatchUpTicks = 5;
constexpr std::size_t MaxDatagram = 2048;
// Reads per socket per wake-up, so one flooding peer cannot starve the rest.
constexpr int MaxReadsPerWake = 32;
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

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

bool sameAddress(const sockaddr_in& x, const sockaddr_in& y)
{
    return x.sin_port == y.sin_port && x.sin_addr.s_addr == y.sin_addr.s_addr;
}

std::optional<sockaddr_in> ipv4(const QString& address, quint16 port)
{
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    if (inet_pton(AF_INET, address.toLatin1().constData(), &sa.sin_addr) != 1)
        return std::nullopt;
    return sa;
}

// What a session sends on the playout tick: a playlist or a tone.
struct Playback
{
    std::vector<PromptPtr> items;
    std::size_t item = 0;
    std::size_t offset = 0;
    std::unique_ptr<Tone> tone;
    bool bargeIn = false;

    bool finished = false;

    // Fills `out` (padding with silence) and returns how many samples of
    // real audio it holds; sets `finished` once nothing is left.
    int next(std::span<std::int16_t> out)
    {
        if (tone) {
            const int n = tone->generate(out);
            finished = n < static_cast<int>(out.size());
            return std::max(n, 0);
        }
        std::size_t filled = 0;
        while (filled < out.size() && item < items.size()) {
            const auto& samples = items[item]->samples;
            const std::size_t n = std::min(out.size() - filled, samples.size() - offset);
            std::copy_n(samples.begin() + static_cast<std::ptrdiff_t>(offset), n, out.begin() + filled);
            filled += n;
            offset += n;
            if (offset >= samples.size()) {
                ++item;
                offset = 0;
            }
        }
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(filled), out.end(), std::int16_t{0});
        finished = item >= items.size();
        return static_cast<int>(filled);
    }
};

// One recvmmsg's worth of datagrams, allocated once by the media thread.
struct ReceiveBatch
{
    std::array<std::array<std::uint8_t, MaxDatagram>, MaxReadsPerWake> buffers;
    std::array<iovec, MaxReadsPerWake> vectors;
    std::array<sockaddr_in, MaxReadsPerWake> from;
    std::array<mmsghdr, MaxReadsPerWake> headers;

    ReceiveBatch()
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
};

struct Session
{
    SessionId id = 0;
    int fd = -1;
    std::optional<sockaddr_in> remote;
    std::optional<sockaddr_in> sdpRemote; // where the last SDP said to send
    bool latched = false;
    Direction peerDirection = Direction::SendRecv; // as the peer's SDP says
    quint64 foreignPackets = 0;                    // from anyone but the peer: dropped
    Codec codec = Codec::Pcmu;
    int telephoneEventPt = -1;
    InbandDtmf inbandMode = InbandDtmf::Auto;

    // Our outgoing stream: one SSRC and one sequence/timestamp line for the
    // whole session, whatever the source (prompt, tone, relay).
    std::uint32_t ssrc = 0;
    std::uint16_t sequence = 0;
    std::uint32_t timestamp = 0;
    bool markNext = true;
    bool relayOffsetValid = false;
    std::uint32_t relayOffset = 0; // our timestamp minus the relayed peer's

    std::unique_ptr<Playback> playback;
    std::optional<DigitCollector> collector;
    TelephoneEventFilter events;
    std::unique_ptr<InbandDtmfDetector> inband;

    // A phone's side (setIdleTone, sendDigit, setLevelMeter, setAudioTap).
    int idleToneHz = -1;
    double idlePhase = 0;
    std::deque<char> digitsOut;
    int digitPackets = 0; // of the event being sent; 0: none
    int digitPause = 0;   // ticks to wait before the next event
    std::uint32_t digitTimestamp = 0;
    bool levelMeter = false;
    bool audioTap = false;
    double levelSquares = 0;
    int levelSamples = 0;
    QByteArray tapped; // the tap's batch so far (PCM)

    std::int64_t lastRxMs = 0;
    int timeoutSeconds = 0;
    bool timeoutArmed = false; // from the answer (setRemote) on: a leg may ring for minutes
    bool timeoutRaised = false;

    SessionId peer = 0;
    bool bridgeOwner = false; // the `a` of bridge(a, b)
    quint64 relayedPackets = 0;
    quint64 relayedBytes = 0;

    // A peer on hold says so in its SDP: we send nothing to a peer that
    // does not receive, and expect nothing from one that does not send.
    bool peerReceives() const
    {
        return peerDirection == Direction::SendRecv || peerDirection == Direction::RecvOnly;
    }
    bool peerSends() const
    {
        return peerDirection == Direction::SendRecv || peerDirection == Direction::SendOnly;
    }

    bool inbandWanted() const
    {
        return inbandMode == InbandDtmf::On || (inbandMode == InbandDtmf::Auto && telephoneEventPt < 0);
    }
};

} // namespace

class MediaEngine::Worker
{
public:
    Worker(MediaEngine* q, MediaConfig config)
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

    ~Worker()
    {
        post([this] { m_running = false; });
        m_thread.join();
        for (auto& [id, s] : m_sessions)
            ::close(s->fd);
        ::close(m_tick);
        ::close(m_wake);
        ::close(m_epoll);
    }

    void post(std::function<void()> command)
    {
        {
            std::lock_guard lock(m_mutex);
            m_commands.push_back(std::move(command));
        }
        const std::uint64_t one = 1;
        [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
    }

    quint64 foreignPackets() const { return m_foreignPackets.load(std::memory_order_relaxed); }

    Created create()
    {
        Created c;
        const auto bind = ipv4(m_config.bindAddress, 0);
        if (!bind) {
            c.error =
                MediaEngine::tr("The media bind address %1 is not an IPv4 address").arg(m_config.bindAddress);
            return c;
        }
        const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            c.error = MediaEngine::tr("Cannot open an RTP socket: %1")
                          .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return c;
        }
        sockaddr_in sa = *bind;
        bool bound = false;
        if (m_config.portMin == 0) {
            bound = ::bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0;
        } else {
            // From a random place in the range, so the next call's port
            // cannot be guessed from this one's; then every port in turn.
            const int first = m_config.portMin + (m_config.portMin & 1);
            const int evenPorts = (m_config.portMax - first) / 2 + 1;
            const int start = randomIndex(evenPorts);
            for (int attempt = 0; attempt < evenPorts && !bound; ++attempt) {
                sa.sin_port = htons(static_cast<quint16>(first + 2 * ((start + attempt) % evenPorts)));
                bound = ::bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0;
            }
        }
        if (!bound) {
            ::close(fd);
            c.error = MediaEngine::tr("No free RTP port on %1 in %2-%3; widen media.port_min/port_max")
                          .arg(m_config.bindAddress)
                          .arg(m_config.portMin)
                          .arg(m_config.portMax);
            return c;
        }
        socklen_t len = sizeof sa;
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &len);
        c.id = m_nextId.fetch_add(1);
        std::unique_lock portLock(m_portMutex); // std::random_device is not thread-safe
        c.port = ntohs(sa.sin_port);
        auto s = std::make_unique<Session>();
        s->id = c.id;
        s->fd = fd;
        s->ssrc = m_random();
        s->sequence = static_cast<std::uint16_t>(m_random());
        s->timestamp = m_random();
        portLock.unlock();
        s->timeoutSeconds = m_config.mediaTimeoutSeconds;
        post([this, session = std::shared_ptr<Session>(std::move(s))]() mutable {
            session->lastRxMs = nowMs();
            watch(session->fd, static_cast<std::uint64_t>(session->id) + FirstKey);
            m_sessions.emplace(session->id, std::move(session));
        });
        return c;
    }

    // Runs fn on the media thread with the session, if it still exists.
    void with(SessionId id, std::function<void(Session&)> fn)
    {
        post([this, id, fn = std::move(fn)] {
            if (Session* s = find(id))
                fn(*s);
        });
    }

    void destroy(SessionId id)
    {
        post([this, id] {
            Session* s = find(id);
            if (!s)
                return;
            endBridge(*s);
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, s->fd, nullptr);
            ::close(s->fd);
            m_sessions.erase(id);
        });
    }

    void startPlayback(Session& s, std::unique_ptr<Playback> p)
    {
        s.playback = std::move(p);
        s.markNext = true;
    }

    void collect(Session& s, const CollectSpec& spec)
    {
        if (s.collector)
            finishCollect(s, CollectReason::Cancelled);
        s.collector.emplace(spec, nowMs());
    }

    // A digit from outside the audio (SIP INFO), handled like a heard one.
    void injectDigit(Session& s, char digit) { onDigit(s, digit); }

    void finishCollect(Session& s, CollectReason reason)
    {
        const QString digits = s.collector->digits();
        s.collector.reset();
        Q_EMIT m_q->digitsCollected(s.id, digits, reason);
    }

    void bridge(SessionId a, SessionId b)
    {
        post([this, a, b] {
            Session* sa = find(a);
            Session* sb = find(b);
            if (!sa || !sb || a == b)
                return;
            endBridge(*sa);
            endBridge(*sb);
            sa->peer = b;
            sb->peer = a;
            sa->bridgeOwner = true;
            for (Session* s : {sa, sb}) {
                s->relayedPackets = s->relayedBytes = 0;
                s->relayOffsetValid = false;
            }
        });
    }

    void endBridge(Session& s)
    {
        Session* other = s.peer ? find(s.peer) : nullptr;
        if (!other)
            return;
        Session& a = s.bridgeOwner ? s : *other;
        Session& b = s.bridgeOwner ? *other : s;
        BridgeCounters c{a.id, b.id, a.relayedPackets, a.relayedBytes, b.relayedPackets, b.relayedBytes};
        for (Session* x : {&a, &b}) {
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

    std::optional<BridgeCounters> counters(SessionId id) const
    {
        std::lock_guard lock(m_countersMutex);
        const auto it = m_counters.find(id);
        if (it == m_counters.end())
            return std::nullopt;
        return it->second;
    }

    const MediaConfig& config() const { return m_config; }

private:
    void watch(int fd, std::uint64_t key)
    {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u64 = key;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
    }

    int randomIndex(int count)
    {
        std::lock_guard lock(m_portMutex); // std::random_device is not thread-safe
        return static_cast<int>(std::uniform_int_distribution<unsigned>(0, unsigned(count - 1))(m_random));
    }

    Session* find(SessionId id)
    {
        const auto it = m_sessions.find(id);
        return it == m_sessions.end() ? nullptr : it->second.get();
    }

    void run()
    {
        std::vector<epoll_event> events(512);
        while (m_running) {
            const int n = epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), 1000);
            const std::int64_t wokeAt = nowNs();
            bool media = false; // packets came in: more are on their way
            for (int i = 0; i < n; ++i) {
                const std::uint64_t key = events[static_cast<std::size_t>(i)].data.u64;
                if (key == WakeKey)
                    runCommands();
                else if (key == TickKey)
                    tick();
                else if (Session* s = find(static_cast<SessionId>(key - FirstKey))) {
                    readFrom(*s);
                    media = true;
                }
            }
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
    }

    void runCommands()
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

    void send(Session& s, std::uint8_t pt, std::span<const std::uint8_t> payload, std::uint32_t timestamp)
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
        std::array<std::uint8_t, MaxDatagram> out; // written as far as it is sent
        h.write(out.data());
        std::memcpy(out.data() + RtpHeader::Size, payload.data(), payload.size());
        ::sendto(s.fd, out.data(), RtpHeader::Size + payload.size(), MSG_DONTWAIT,
                 reinterpret_cast<const sockaddr*>(&*s.remote), sizeof(sockaddr_in));
    }

    void tick()
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
            Session* s = find(id);
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

    // One packet of the digit being sent, if any (RFC 4733 section 2.5:
    // one timestamp per event, the duration growing, the end sent 3 times).
    bool sendDigitEvent(Session& s)
    {
        constexpr int EventPackets = 5; // 100 ms
        constexpr int EndPackets = 3;
        if (s.digitPackets == 0) {
            if (s.digitPause > 0) {
                --s.digitPause;
                return false;
            }
            if (s.digitsOut.empty())
                return false;
            if (s.telephoneEventPt < 0) {
                s.digitsOut.clear();
                return false;
            }
            s.digitTimestamp = s.timestamp;
            s.markNext = true;
        }
        ++s.digitPackets;
        TelephoneEvent event;
        event.event = static_cast<std::uint8_t>(dtmfEventForDigit(s.digitsOut.front()));
        event.volume = 10;
        event.duration =
            static_cast<std::uint16_t>(std::min(s.digitPackets, EventPackets) * SamplesPerPacket);
        event.end = s.digitPackets > EventPackets;
        std::array<std::uint8_t, TelephoneEvent::Size> payload{};
        event.write(payload.data());
        send(s, static_cast<std::uint8_t>(s.telephoneEventPt), payload, s.digitTimestamp);
        if (s.digitPackets >= EventPackets + EndPackets) {
            s.digitsOut.pop_front();
            s.digitPackets = 0;
            s.digitPause = 3;
            s.markNext = true;
        }
        return true;
    }

    // The idle sound of a phone: a quiet sine (or silence), so the far end
    // hears something and never times the call out.
    void sendIdle(Session& s, std::uint64_t packets, std::uint64_t expirations)
    {
        s.timestamp += static_cast<std::uint32_t>(SamplesPerPacket * (expirations - packets));
        std::array<std::int16_t, SamplesPerPacket> pcm{};
        std::array<std::uint8_t, SamplesPerPacket> encoded{};
        const double step = 2 * std::numbers::pi * s.idleToneHz / 8000.0;
        for (std::uint64_t i = 0; i < packets; ++i) {
            for (auto& sample : pcm) {
                sample = s.idleToneHz > 0 ? static_cast<std::int16_t>(3000 * std::sin(s.idlePhase)) : 0;
                s.idlePhase = std::fmod(s.idlePhase + step, 2 * std::numbers::pi);
            }
            encode(s.codec, pcm, encoded.data());
            send(s, payloadType(s.codec), encoded, s.timestamp);
            s.timestamp += SamplesPerPacket;
        }
    }

    // The level meter and the audio tap: each takes the received audio in
    // batches of 100 ms.
    void listen(Session& s, Codec codec, std::span<const std::uint8_t> payload)
    {
        constexpr int BatchSamples = 800;          // 100 ms
        std::array<std::int16_t, MaxDatagram> pcm; // decoded as far as the payload goes
        decode(codec, payload, pcm.data());
        const auto samples = static_cast<int>(payload.size());
        if (s.levelMeter) {
            for (int i = 0; i < samples; ++i)
                s.levelSquares += double(pcm[i]) * pcm[i];
            s.levelSamples += samples;
            if (s.levelSamples >= BatchSamples) {
                const double mean = s.levelSquares / s.levelSamples / (32768.0 * 32768.0);
                const double db = mean > 0 ? 10 * std::log10(mean) : -100;
                const int percent =
                    static_cast<int>(std::lround(std::clamp((db + 60) / 60 * 100, 0.0, 100.0)));
                s.levelSquares = 0;
                s.levelSamples = 0;
                Q_EMIT m_q->audioLevel(s.id, percent);
            }
        }
        if (s.audioTap) {
            for (int i = 0; i < samples; ++i) {
                const auto sample = static_cast<std::uint16_t>(pcm[i]);
                s.tapped.append(static_cast<char>(sample & 0xff));
                s.tapped.append(static_cast<char>(sample >> 8));
            }
            if (s.tapped.size() >= 2 * BatchSamples)
                Q_EMIT m_q->audioReceived(s.id, std::exchange(s.tapped, QByteArray()));
        }
    }

    void playOut(Session& s, std::uint64_t packets, std::uint64_t expirations)
    {
        // Ticks beyond the catch-up limit are skipped in the media but not
        // on the timestamp line, which keeps matching the wall clock.
        s.timestamp += static_cast<std::uint32_t>(SamplesPerPacket * (expirations - packets));
        std::array<std::int16_t, SamplesPerPacket> pcm{};
        std::array<std::uint8_t, SamplesPerPacket> encoded{};
        for (std::uint64_t i = 0; i < packets && s.playback; ++i) {
            if (s.playback->next(pcm) > 0) {
                encode(s.codec, pcm, encoded.data());
                send(s, payloadType(s.codec), encoded, s.timestamp);
            }
            s.timestamp += SamplesPerPacket;
            if (s.playback->finished) {
                s.playback.reset();
                s.markNext = true;
                if (s.collector)
                    s.collector->restartFirstDigitTimer(nowMs());
                Q_EMIT m_q->playbackFinished(s.id, false);
            }
        }
    }

    // Everything queued on the socket, up to MaxReadsPerWake, in one call.
    void readFrom(Session& s)
    {
        if (!m_receive)
            m_receive = std::make_unique<ReceiveBatch>();
        ReceiveBatch& rx = *m_receive;
        const int n = ::recvmmsg(s.fd, rx.headers.data(), MaxReadsPerWake, MSG_DONTWAIT, nullptr);
        for (int i = 0; i < n; ++i) {
            const auto at = static_cast<std::size_t>(i);
            mmsghdr& header = rx.headers[at];
            const bool fromIpv4 = header.msg_hdr.msg_namelen == sizeof(sockaddr_in);
            header.msg_hdr.msg_namelen = sizeof(sockaddr_in); // for the next call
            if (!fromIpv4)
                continue;
            const std::span<const std::uint8_t> datagram(rx.buffers[at].data(), header.msg_len);
            if (looksLikeRtcp(datagram))
                continue;
            const auto packet = parseRtp(datagram);
            if (!packet)
                continue;
            received(s, *packet, rx.from[at]);
            if (!find(s.id))
                return; // a signal handler cannot destroy synchronously, but stay safe
        }
    }

    // Media counts only from the address the peer's SDP names. The first
    // packet from that IP latches the port (a NAT may change it) and we
    // answer there (symmetric RTP); anything from anyone else (injected
    // audio or keys, a hijack of the stream) is dropped and counted.
    bool fromThePeer(Session& s, const sockaddr_in& from)
    {
        if (s.latched && sameAddress(*s.remote, from))
            return true;
        if (s.sdpRemote && sameAddress(*s.sdpRemote, from)) {
            // Exactly where the SDP said: always the peer, even if another
            // port of its address latched first.
            s.remote = from;
            s.latched = true;
            return true;
        }
        if (!s.latched && s.sdpRemote && s.sdpRemote->sin_addr.s_addr == from.sin_addr.s_addr) {
            s.remote = from;
            s.latched = true;
            return true;
        }
        if (s.foreignPackets++ == 0) {
            char address[INET_ADDRSTRLEN] = {};
            ::inet_ntop(AF_INET, &from.sin_addr, address, sizeof address);
            Q_EMIT m_q->foreignMedia(
                s.id, QStringLiteral("%1:%2").arg(QLatin1String(address)).arg(ntohs(from.sin_port)));
        }
        m_foreignPackets.fetch_add(1, std::memory_order_relaxed);
        return false;
    }

    void received(Session& s, const RtpPacket& p, const sockaddr_in& from)
    {
        const int pt = p.header.payloadType;
        const bool isEvent = s.telephoneEventPt >= 0 && pt == s.telephoneEventPt;
        const auto codec = codecForPayloadType(pt);
        if (!isEvent && !codec)
            return; // comfort noise, a codec we did not agree, stray traffic
        if (!fromThePeer(s, from))
            return;
        s.lastRxMs = nowMs();
        s.timeoutRaised = false;

        if (!isEvent && (s.levelMeter || s.audioTap))
            listen(s, *codec, p.payload);
        Session* peer = s.peer ? find(s.peer) : nullptr;
        if (isEvent) {
            const char digit = s.events.accept(p.header.ssrc, p.header.timestamp, p.payload);
            if (peer)
                relay(s, *peer, p, peer->telephoneEventPt, std::nullopt);
            if (digit != '\0')
                onDigit(s, digit);
            return;
        }
        if (peer) {
            relay(s, *peer, p, payloadType(peer->codec), codec);
            return;
        }
        if (s.inbandWanted()) {
            if (!s.inband)
                s.inband = std::make_unique<InbandDtmfDetector>();
            std::array<std::int16_t, MaxDatagram> pcm; // decoded as far as the payload goes
            decode(*codec, p.payload, pcm.data());
            const QString digits = s.inband->process(std::span(pcm.data(), p.payload.size()));
            for (QChar d : digits)
                onDigit(s, d.toLatin1());
        }
    }

    // Forwards one packet from s to its peer on the peer's own stream.
    void relay(Session& s, Session& peer, const RtpPacket& p, int outPt, std::optional<Codec> audio)
    {
        if (outPt < 0 || peer.playback || !peer.peerReceives())
            return; // the peer cannot take events, hears a prompt instead, or is on hold
        if (!peer.relayOffsetValid) {
            peer.relayOffset = peer.timestamp - p.header.timestamp;
            peer.relayOffsetValid = true;
        }
        const std::uint32_t ts = p.header.timestamp + peer.relayOffset;
        s.relayedPackets++;
        s.relayedBytes += p.payload.size();
        if (audio && *audio != peer.codec) {
            std::array<std::uint8_t, MaxDatagram> out; // transcoded as far as the payload goes
            transcode(*audio, peer.codec, p.payload, out.data());
            send(peer, static_cast<std::uint8_t>(outPt), std::span(out.data(), p.payload.size()), ts);
        } else {
            send(peer, static_cast<std::uint8_t>(outPt), p.payload, ts);
        }
        if (audio) {
            // Prompts after the bridge continue right after the relayed audio.
            const std::uint32_t end = ts + static_cast<std::uint32_t>(p.payload.size());
            if (static_cast<std::int32_t>(end - peer.timestamp) > 0)
                peer.timestamp = end;
        }
    }

    void onDigit(Session& s, char digit)
    {
        Q_EMIT m_q->digitReceived(s.id, QLatin1Char(digit));
        if (s.playback && s.playback->bargeIn) {
            s.playback.reset();
            s.markNext = true;
            Q_EMIT m_q->playbackFinished(s.id, true);
        }
        if (s.collector) {
            if (const auto r = s.collector->digit(digit, nowMs()))
                finishCollect(s, r->reason);
        }
    }

    MediaEngine* m_q;
    MediaConfig m_config;
    int m_epoll = -1;
    int m_wake = -1;
    int m_tick = -1;
    bool m_running = true; // media thread only
    std::thread m_thread;

    std::mutex m_mutex;
    std::vector<std::function<void()>> m_commands;

    std::mutex m_portMutex;
    std::atomic<SessionId> m_nextId{1};
    std::random_device m_random;

    std::unordered_map<SessionId, std::shared_ptr<Session>> m_sessions; // media thread only
    std::vector<SessionId> m_tickIds;                                   // media thread only
    std::unique_ptr<ReceiveBatch> m_receive;                            // media thread only

    std::atomic<quint64> m_foreignPackets{0};
    mutable std::mutex m_countersMutex;
    std::unordered_map<SessionId, BridgeCounters> m_counters;
};

MediaEngine::MediaEngine(MediaConfig config, QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<rebound::media::CollectReason>();
    qRegisterMetaType<rebound::media::BridgeCounters>();
    m_worker = std::make_unique<Worker>(this, std::move(config));
}

MediaEngine::~MediaEngine() = default;

MediaEngine::Created MediaEngine::createSession()
{
    return m_worker->create();
}

void MediaEngine::destroySession(SessionId session)
{
    m_worker->destroy(session);
}

QString MediaEngine::setRemote(SessionId session, const AudioAgreement& agreement)
{
    const auto address = ipv4(agreement.address, agreement.port);
    if (!address)
        return tr("The media address %1 is not an IPv4 address").arg(agreement.address);
    // "c=IN IP4 0.0.0.0" is the old way of saying hold (RFC 2543): it names
    // no peer to take media from or send it to.
    const bool oldStyleHold = address->sin_addr.s_addr == htonl(INADDR_ANY);
    m_worker->with(session, [agreement, address, oldStyleHold](Session& s) {
        // A new address in the SDP (a re-INVITE after a move) is followed;
        // the same one keeps the symmetric-RTP latch.
        if (oldStyleHold) {
            s.peerDirection = Direction::Inactive;
            return;
        }
        if (!s.sdpRemote || !sameAddress(*s.sdpRemote, *address)) {
            s.sdpRemote = address;
            s.remote = address;
            s.latched = false;
        }
        const bool resumed = !s.peerSends() && (agreement.direction == Direction::SendRecv ||
                                                agreement.direction == Direction::SendOnly);
        s.peerDirection = agreement.direction;
        if (!s.timeoutArmed || resumed) {
            // The media timeout counts from the answer, or from a resume.
            s.timeoutArmed = true;
            s.lastRxMs = nowMs();
            s.timeoutRaised = false;
        }
        s.codec = agreement.codec;
        s.telephoneEventPt = agreement.telephoneEventPt;
    });
    return {};
}

void MediaEngine::setMediaTimeout(SessionId session, int seconds)
{
    m_worker->with(session, [seconds](Session& s) {
        s.timeoutSeconds = seconds;
        s.timeoutArmed = true;
        s.timeoutRaised = false;
        s.lastRxMs = nowMs();
    });
}

void MediaEngine::setInbandDtmf(SessionId session, InbandDtmf mode)
{
    m_worker->with(session, [mode](Session& s) { s.inbandMode = mode; });
}

QString MediaEngine::play(SessionId session, const QStringList& playlist, bool bargeIn,
                          const QString& language)
{
    auto p = std::make_shared<Playback>();
    p->bargeIn = bargeIn;
    const auto& prompts = m_worker->config().prompts;
    const auto translated = m_worker->config().languagePrompts.value(language);
    for (const QString& item : playlist) {
        if (item.contains(QLatin1Char('/'))) {
            PromptSet::FileResult f = PromptSet::loadFile(item);
            if (!f.prompt)
                return f.error;
            p->items.push_back(std::move(f.prompt));
            continue;
        }
        // A language's own recording, else the English one: a half-recorded
        // set still says everything.
        PromptPtr prompt = translated ? translated->find(item) : nullptr;
        if (!prompt && prompts)
            prompt = prompts->find(item);
        if (!prompt && translated && prompts)
            return tr("There is no prompt called \"%1\" in the %2 or the %3 prompt set")
                .arg(item, translated->language(), prompts->language());
        if (!prompt)
            return tr("There is no prompt called \"%1\" in the %2 prompt set")
                .arg(item, prompts ? prompts->language() : tr("(none loaded)"));
        p->items.push_back(std::move(prompt));
    }
    Worker* w = m_worker.get();
    m_worker->with(session, [w, p](Session& s) {
        auto own = std::make_unique<Playback>();
        own->items = p->items;
        own->bargeIn = p->bargeIn;
        w->startPlayback(s, std::move(own));
    });
    return {};
}

void MediaEngine::playTone(SessionId session, ToneKind tone)
{
    Worker* w = m_worker.get();
    m_worker->with(session, [w, tone](Session& s) {
        auto p = std::make_unique<Playback>();
        p->tone = std::make_unique<Tone>(tone);
        w->startPlayback(s, std::move(p));
    });
}

void MediaEngine::stop(SessionId session)
{
    m_worker->with(session, [](Session& s) {
        s.playback.reset();
        s.markNext = true;
    });
}

void MediaEngine::collectDigits(SessionId session, const CollectSpec& spec)
{
    Worker* w = m_worker.get();
    m_worker->with(session, [w, spec](Session& s) { w->collect(s, spec); });
}

void MediaEngine::injectDigit(SessionId session, QChar digit)
{
    static const QString valid = QStringLiteral("0123456789*#ABCD");
    if (!valid.contains(digit.toUpper()))
        return;
    Worker* w = m_worker.get();
    const char c = digit.toUpper().toLatin1();
    m_worker->with(session, [w, c](Session& s) { w->injectDigit(s, c); });
}

void MediaEngine::sendDigit(SessionId session, QChar digit)
{
    const char c = digit.toUpper().toLatin1();
    if (dtmfEventForDigit(c) < 0)
        return;
    m_worker->with(session, [c](Session& s) { s.digitsOut.push_back(c); });
}

void MediaEngine::setIdleTone(SessionId session, int hz)
{
    m_worker->with(session, [hz](Session& s) { s.idleToneHz = std::clamp(hz, -1, 3999); });
}

void MediaEngine::setLevelMeter(SessionId session, bool on)
{
    m_worker->with(session, [on](Session& s) {
        s.levelMeter = on;
        s.levelSquares = 0;
        s.levelSamples = 0;
    });
}

void MediaEngine::setAudioTap(SessionId session, bool on)
{
    m_worker->with(session, [on](Session& s) {
        s.audioTap = on;
        s.tapped.clear();
    });
}

void MediaEngine::cancelCollect(SessionId session)
{
    Worker* w = m_worker.get();
    m_worker->with(session, [w](Session& s) {
        if (s.collector)
            w->finishCollect(s, CollectReason::Cancelled);
    });
}

void MediaEngine::bridge(SessionId a, SessionId b)
{
    m_worker->bridge(a, b);
}

void MediaEngine::unbridge(SessionId session)
{
    Worker* w = m_worker.get();
    m_worker->with(session, [w](Session& s) { w->endBridge(s); });
}

std::optional<BridgeCounters> MediaEngine::bridgeCounters(SessionId session) const
{
    return m_worker->counters(session);
}

quint64 MediaEngine::foreignPackets() const
{
    return m_worker->foreignPackets();
}

const MediaConfig& MediaEngine::config() const
{
    return m_worker->config();
}

} // namespace rebound::media
