#pragma once

// MediaEngine's media thread (private to the engine). MediaWorker.cpp holds
// the thread, its loop, the commands and the sessions' lifetime;
// MediaReceive.cpp what happens to a received packet (peer check, relay,
// DTMF, the phone's meter and tap); MediaPlayout.cpp what the playout tick
// sends (prompts, tones, a phone's digits and idle sound).

#include "media/MediaEngine.h"
#include "media/Rtp.h"
#include "media/RtpReceiver.h"
#include "media/RtpSendQueue.h"
#include "media/RtpSession.h"
#include "media/RtpSocket.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <random>
#include <span>
#include <thread>
#include <unordered_map>
#include <vector>

namespace rebound::media {

std::int64_t nowMs(); // CLOCK_MONOTONIC, as every session time is kept

class MediaEngine::Worker
{
public:
    Worker(MediaEngine* q, MediaConfig config);
    ~Worker(); // stops the thread and closes every socket

    // Queues a command for the media thread and wakes it.
    void post(std::function<void()> command);
    // Runs fn on the media thread with the session, if it still exists.
    void with(SessionId id, std::function<void(RtpSession&)> fn);

    Created create();
    void destroy(SessionId id);
    void bridge(SessionId a, SessionId b);

    // Media thread only, from commands (with()).
    void startPlayback(RtpSession& s, std::unique_ptr<Playback> p);
    void collect(RtpSession& s, const CollectSpec& spec);
    void finishCollect(RtpSession& s, CollectReason reason);
    void injectDigit(RtpSession& s, char digit) { onDigit(s, digit); } // handled like a heard one
    void endBridge(RtpSession& s);

    std::optional<BridgeCounters> counters(SessionId id) const;
    quint64 foreignPackets() const { return m_foreignPackets.load(std::memory_order_relaxed); }
    const MediaConfig& config() const { return m_config; }

private:
    // MediaWorker.cpp: the loop.
    void watch(int fd, std::uint64_t key);
    int randomIndex(int count);
    RtpSession* find(SessionId id);
    void run();
    void runCommands();
    void tick();
    void send(RtpSession& s, std::uint8_t pt, std::span<const std::uint8_t> payload, std::uint32_t timestamp);

    // MediaPlayout.cpp: what the tick sends.
    void playOut(RtpSession& s, std::uint64_t packets, std::uint64_t expirations);
    bool sendDigitEvent(RtpSession& s);
    void sendIdle(RtpSession& s, std::uint64_t packets, std::uint64_t expirations);

    // MediaReceive.cpp: what comes in.
    void readReady();
    bool fromThePeer(RtpSession& s, const sockaddr_in& from);
    void received(RtpSession& s, const RtpPacket& p, const sockaddr_in& from);
    void relay(RtpSession& s, RtpSession& peer, const RtpPacket& p, int outPt, std::optional<Codec> audio);
    void onDigit(RtpSession& s, char digit);
    void listen(RtpSession& s, Codec codec, std::span<const std::uint8_t> payload);

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

    std::unordered_map<SessionId, std::shared_ptr<RtpSession>> m_sessions; // media thread only
    std::vector<SessionId> m_tickIds;                                      // media thread only
    std::vector<SessionId> m_ready;                                        // media thread only
    std::vector<RtpReceiver::Source> m_readable;                           // media thread only
    // Media thread only: made and freed by run().
    std::unique_ptr<RtpReceiver> m_receiver;
    std::unique_ptr<RtpSendQueue> m_sends;

    std::atomic<quint64> m_foreignPackets{0};
    mutable std::mutex m_countersMutex;
    std::unordered_map<SessionId, BridgeCounters> m_counters;
};

} // namespace rebound::media
