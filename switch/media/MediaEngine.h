#pragma once

#include "media/Dtmf.h"
#include "media/G711.h"
#include "media/PromptSet.h"
#include "media/Tone.h"
#include "sip/Sdp.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace rebound::media {

using SessionId = int;

struct MediaConfig
{
    // Every RTP socket binds here; 127.0.0.1 in tests, the public or LAN
    // address (or 0.0.0.0) on a switch. IPv4.
    QString bindAddress = QStringLiteral("0.0.0.0");
    // Even ports from this range carry RTP (RTCP, port + 1, is never opened:
    // the switch ignores RTCP), taken from a random place in it so a call's
    // port cannot be guessed. portMin = 0 asks the kernel for any port.
    quint16 portMin = 20000;
    quint16 portMax = 29999;
    // A peer that sends nothing for this long raises mediaTimeout(); 0 = never.
    int mediaTimeoutSeconds = 30;
    // Prompt names in play() are looked up here; may be null (paths only).
    // The English set, and what every other language falls back to.
    std::shared_ptr<const PromptSet> prompts;
    // Other languages' sets by language ("es", "fr"), from
    // PromptSet::loadLanguages(): play() in one of them takes each prompt
    // from its set, or from `prompts` when that language has not got it.
    QHash<QString, std::shared_ptr<const PromptSet>> languagePrompts;
    // The media thread reads its ready sockets (RtpReceiver) and hands each
    // pass's RTP to the kernel (RtpSendQueue) in io_uring submissions; false
    // reads each socket with recvmmsg and sends each packet with sendto, as
    // it does anyway where io_uring is not available.
    bool batchedIo = true;
};

// What a bridge relayed, per direction, for the CDR: RTP packets and payload
// bytes as received from each leg (telephone-event packets included).
struct BridgeCounters
{
    SessionId a = 0; // as passed to bridge(a, b)
    SessionId b = 0;
    quint64 packetsAtoB = 0;
    quint64 bytesAtoB = 0;
    quint64 packetsBtoA = 0;
    quint64 bytesBtoA = 0;
};

enum class InbandDtmf
{
    Auto,
    On,
    Off
}; // Auto: when the peer has no telephone-event, and only while digits are
   // collected or a prompt plays that a key interrupts (barge-in)

// The RTP side of the switch. Owns one media thread (epoll over the RTP
// sockets, a 20 ms timerfd playout tick, sends batched through io_uring);
// no other thread touches a session.
// Every public method is thread-safe and returns at once: work is queued to
// the media thread, and results come back as signals, which are delivered
// queued to receivers on other threads (the switch thread). A session id is
// valid from createSession() until destroySession(); commands for an unknown
// or destroyed id are ignored, because a hang-up can race any command.
class MediaEngine : public QObject
{
    Q_OBJECT

public:
    explicit MediaEngine(MediaConfig config, QObject* parent = nullptr);
    ~MediaEngine() override; // stops the thread and closes every socket

    MediaEngine(const MediaEngine&) = delete;
    MediaEngine& operator=(const MediaEngine&) = delete;

    struct Created
    {
        SessionId id = 0; // 0 on failure
        quint16 port = 0; // the local RTP port, for our SDP
        QString error;
    };
    // Binds a socket from the port range (in the caller's thread, so the port
    // is known at once) and hands it to the media thread.
    Created createSession();
    void destroySession(SessionId session);

    // Where to send and what to speak: from Sdp::negotiate(). Until the first
    // packet arrives we send to this address; after that to the port the
    // peer really sends from (symmetric RTP, for peers behind NAT). Media is
    // taken only from this IP address: the first packet from it latches the
    // port, and packets from anyone else are dropped (foreignMedia). A new
    // address (a re-INVITE) is followed; the direction is honoured (nothing
    // is sent to a peer on hold, and one that does not send is not timed
    // out); the media timeout counts from the first call. Returns an error
    // for an address that is not an IPv4 literal.
    QString setRemote(SessionId session, const AudioAgreement& agreement);
    void setMediaTimeout(SessionId session, int seconds);
    void setInbandDtmf(SessionId session, InbandDtmf mode);

    // Plays a sentence: prompt names from the PromptSet or WAV file paths
    // (anything containing '/'). Replaces what is playing, without a
    // playbackFinished for the replaced one. Returns an error, and plays
    // nothing, if an item is unknown or unreadable. With bargeIn, a digit
    // stops playback (playbackFinished(session, true)). Names are looked up
    // in `language`'s set first (languagePrompts), then in English.
    QString play(SessionId session, const QStringList& playlist, bool bargeIn, const QString& language = {});
    // Ringback plays until stop(); the warning tone ends by itself with
    // playbackFinished(session, false).
    void playTone(SessionId session, ToneKind tone);
    void stop(SessionId session); // ends prompt or tone; no playbackFinished

    // Starts digit collection (replacing one in progress, which ends with
    // Cancelled). While a prompt plays, the first-digit timer restarts when
    // it ends. Ends with digitsCollected().
    void collectDigits(SessionId session, const CollectSpec& spec);
    void cancelCollect(SessionId session);
    // A digit that came another way (SIP INFO application/dtmf-relay): treated
    // exactly like one heard in the session's audio (barge-in, collector).
    void injectDigit(SessionId session, QChar digit);

    // A phone's side (the built-in test phones): sends `digit` as RFC 4733
    // telephone-events (100 ms, then a pause), queued after any digit still
    // being sent. Nothing is sent when the peer agreed no telephone-event.
    void sendDigit(SessionId session, QChar digit);
    // What the session sends while nothing plays and it is not bridged: a
    // sine of `hz` at a quiet level, 0 for silence packets, -1 (the
    // default) for nothing at all.
    void setIdleTone(SessionId session, int hz);
    // With on, audioLevel() reports the received audio every 100 ms.
    void setLevelMeter(SessionId session, bool on);
    // With on, audioReceived() delivers the received audio, decoded, in the
    // level meter's 100 ms batches (for a phone's loudspeaker). Off by
    // default: a session without it decodes nothing for it.
    void setAudioTap(SessionId session, bool on);

    // Relays a's packets to b and b's to a (transcoding when their codecs
    // differ). Each leg keeps its own SSRC, sequence and timestamp line, so
    // phones see one continuous stream across prompts and relay. A prompt
    // or tone played to a bridged leg is heard instead of the other leg.
    void bridge(SessionId a, SessionId b);
    void unbridge(SessionId session); // either leg; emits bridgeEnded
    // The counters of the session's last ended bridge (after bridgeEnded).
    std::optional<BridgeCounters> bridgeCounters(SessionId session) const;

    // RTP packets dropped because they came from someone other than the
    // session's peer, over all sessions.
    quint64 foreignPackets() const;

    // Local port range, bind address, prompts and default timeout.
    const MediaConfig& config() const;

Q_SIGNALS:
    void digitReceived(int session, QChar digit);
    void digitsCollected(int session, const QString& digits, rebound::media::CollectReason reason);
    void playbackFinished(int session, bool interrupted);
    void mediaTimeout(int session);
    // The first packet from someone other than the session's peer (dropped).
    void foreignMedia(int session, const QString& source);
    void bridgeEnded(rebound::media::BridgeCounters counters);
    // The received audio's level over the last 100 ms, 0 (silence, or
    // below -60 dBFS) to 100 (full scale), for sessions with a level meter.
    void audioLevel(int session, int percent);
    // The received audio of a session with an audio tap, about every 100 ms:
    // 8 kHz mono signed 16-bit little-endian PCM, whole packets (800 samples,
    // 1600 bytes, for 20 ms packets). Telephone-events are not in it.
    void audioReceived(int session, const QByteArray& pcm);

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace rebound::media
