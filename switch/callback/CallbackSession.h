#pragma once

#include "callback/CallBilling.h"
#include "callback/CallLeg.h"
#include "callback/EngineSettings.h"
#include "core/Clock.h"
#include "core/Money.h"
#include "core/PhoneNumber.h"
#include "media/MediaEngine.h"
#include "sip/Sdp.h"
#include "store/CallbackRequestRepository.h"
#include "store/Rate.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace rebound::store {
class Database;
}
namespace rebound::sip {
class SipStack;
}
namespace rebound::media {
class Speaker;
}
namespace rebound::billing {
class RateCache;
class Rater;
} // namespace rebound::billing
namespace rebound::routing {
class GatewayLoad;
class LegDialer;
} // namespace rebound::routing

namespace rebound::callback {

class MediaEvents;

// One callback request turned into a call, ARCHITECTURE.md "Call flow":
// requested -> dialing_a -> ivr -> dialing_b -> bridged -> completed, or
// failed(reason) from anywhere. Every state change is written to the
// request; both legs are recorded as CDRs and billed when the call ends.
// Its parts live in one file each: CallbackSession.cpp (start, timers,
// states, hang-up and end), CallbackSessionLegs.cpp (dialling each leg,
// failover, answer, hold and resume, a leg's end), CallbackSessionIvr.cpp
// (PIN, destination, prompts) and CallbackSessionRecords.cpp (rates,
// credit holds, the request's and the legs' records, the billing).
class CallbackSession : public QObject
{
    Q_OBJECT

public:
    CallbackSession(std::int64_t requestId, const store::Database& db, const core::Clock& clock,
                    sip::SipStack& sip, media::MediaEngine& media, MediaEvents& mediaEvents,
                    routing::GatewayLoad& load, billing::RateCache& rates, EngineSettings settings,
                    QObject* parent = nullptr);
    ~CallbackSession() override;

    void start();
    void hangup(const QString& reason);
    std::int64_t requestId() const { return m_requestId; }
    std::int64_t accountId() const { return m_accountId; } // 0 until started
    store::RequestState state() const { return m_state; }

Q_SIGNALS:
    void stateChanged(qint64 requestId, rebound::store::RequestState state);
    void finished(qint64 requestId);
    void logLine(const QString& line);
    // The two media sessions now relay between the two CDR legs; the
    // bridge's counters belong to those legs when it ends.
    void bridged(int mediaA, qint64 legA, int mediaB, qint64 legB);
    // The database refused the call's records at hang-up; the switch bills
    // `end` later (and start-up recovery at the latest).
    void billingFailed(const rebound::callback::CallEnd& end, const QString& error);

private:
    friend class MediaEvents; // hands it its media sessions' events

    enum class Leg
    {
        A,
        B
    };
    CallLeg& legOf(Leg leg) { return leg == Leg::A ? m_a : m_b; }
    // Runs one step of the call; a database or credit error ends the call
    // cleanly instead of leaving the event loop.
    void safely(const std::function<void()>& step);
    void connectTimers();
    // The media engine's events for this call's sessions (MediaEvents).
    void onPlaybackFinished(int session);
    void onDigitsCollected(int session, const QString& digits);
    void onDigitReceived(int session, QChar digit);
    void onMediaTimeout(int session);
    // A media session for a leg, watched for its events; 0 and why not when
    // the engine has no port. closeMedia() stops watching and frees it.
    media::MediaEngine::Created openMedia();
    void closeMedia(int& session);
    // Records the request's state and announces it. A state on the way (DialingA, Ivr, ...) is
    // written with a commit that does not wait for the disk (Sync::Deferred), a final one fully.
    void setState(store::RequestState state, const QString& failure = {});
    void recordState(store::RequestState state, const QString& failure = {}); // the write alone
    void announceState(store::RequestState state, const QString& failure);
    // Closes a leg's record at `endedAt`; when the database refuses, the
    // end is remembered and written with the call's end.
    void closeLegRecord(Leg leg, int sipStatus, const QString& reason, std::int64_t endedAt);
    // A leg that ended (BYE): its record is closed by flushLegClose(), or by
    // finish() with the call's billing when that end ends the call.
    void deferLegClose(Leg leg, int sipStatus, const QString& reason, std::int64_t at);
    void flushLegClose();
    // Leg A's attempt: recorded (its count, the DialingA state, its media
    // session and record; a failure to get a media port is returned), then
    // called. dialA() does both, the record in a commit of its own.
    void dialA();
    QString recordDialA();
    void callA();
    void onAAnswered(const QByteArray& sdp);
    void onAFailed(int status, const QString& reason);
    // stateRecorded: leg A's answer already wrote the Ivr state with it.
    void runIvr(bool stateRecorded = false);
    void askForPin();
    void onPin(const QString& digits);
    void onDigits(const QString& digits);
    void refuseDestination(const QString& prompt);
    void reserveAndDialB();
    void onBAnswered(const QByteArray& sdp);
    // Connects the legs answered at `bAnsweredAt` for `limit` seconds: the
    // cut, the warning and the minute-left notice.
    void bridge(std::int64_t bAnsweredAt, int limit);
    void onBFailed(int status, const QString& reason);
    void onLegEnded(Leg leg, const QString& reason);
    void sayAndHangUp(const QStringList& playlist, const QString& failure);
    // Plays to the subscriber in their language, each prompt falling back to
    // English (MediaEngine::play).
    QString say(const QStringList& playlist, bool bargeIn);
    // Plays what `sentence` builds with the subscriber's language's Speaker;
    // when that names a prompt recorded in no set, the English Speaker's
    // sentence in English instead.
    QString saySentence(const std::function<QStringList(const media::Speaker&)>& sentence, bool bargeIn);
    // "You can talk for N minutes" while leg B rings (when on), then ringback.
    void tellTimeLeft(int talkSeconds);
    void sayMinuteLeft();
    void finish(const QString& failure);
    // The call's end in one transaction (the last leg's record, the CDR, the
    // charge, the request's state); false when the database refused it and
    // billingFailed() was emitted.
    bool billCall(const QString& failure);
    routing::LegDialer* makeDialer(Leg leg, const core::PhoneNumber& number,
                                   std::optional<std::int64_t> pinnedGateway, int mediaSession,
                                   quint16 mediaPort);
    // Each gateway tried gets a leg record of its own: the first attempt
    // takes the one opened with the leg, a failover opens the next.
    void onAttemptStarted(Leg leg, qint64 gatewayId, const QString& sipCallId);
    void onAttemptFailed(Leg leg, int status, const QString& reason);
    void onANotAnswered();
    QString noAnswerReason() const;
    // A peer's new offer mid-call (hold, resume, a move, a refresh): the
    // media follows it, and a hold or resume reaches the other leg.
    void onLegOffer(routing::LegDialer& dialer, int mediaSession, quint16 mediaPort, quint64 sdpId,
                    const QByteArray& sdp);
    void onLegUpdated(int mediaSession, const QByteArray& sdpAnswer);
    int secondsSince(std::int64_t ms) const;
    // Where a leg ending now is billed to: the cut when the credit limit (or
    // the held time) ended the call, else when we decided to hang up, else now.
    std::int64_t legEnd() const;
    // Whether a talk time pays for some of leg B (never connect one that does not).
    bool paysForLegB(int talkSeconds) const;
    // The credit holds (CreditManager throws CreditError when the account
    // cannot pay): leg A's IVR time before dialling; the talk time while B
    // rings, leg A having talked `secondsA` by then (returned); the limit
    // at B's answer, exactly (returned).
    void holdIvrTime();
    int holdForTalk(int secondsA);
    int holdForLimit(int secondsA);
    std::optional<store::Rate> rateFor(const core::PhoneNumber& number);

    std::int64_t m_requestId;
    const store::Database& m_db;
    const core::Clock& m_clock;
    sip::SipStack& m_sip;
    media::MediaEngine& m_media;
    MediaEvents& m_mediaEvents;
    routing::GatewayLoad& m_load;
    billing::RateCache& m_rates; // the switch's, shared by every call
    EngineSettings m_settings;

    store::RequestState m_state = store::RequestState::Requested;
    std::int64_t m_accountId = 0;
    std::int64_t m_planId = 0;
    QString m_language;
    QString m_currency;
    core::PhoneNumber m_callback;
    core::PhoneNumber m_destination;
    std::optional<std::int64_t> m_lgwGateway;
    // A test call: both legs go to the built-in test carrier, and only there.
    std::optional<std::int64_t> m_testCarrier;
    std::optional<store::Rate> m_rateA;
    std::optional<store::Rate> m_rateB;

    std::int64_t m_callId = 0;
    CallLeg m_a; // to the subscriber's phone
    CallLeg m_b; // to the destination
    std::int64_t m_aAnsweredAt = 0;
    std::int64_t m_cutAt = 0;                 // when the credit runs out (ms), set at B's answer
    std::optional<std::int64_t> m_teardownAt; // when we decided to end the call
    bool m_cutReached = false;
    QString m_limitReason; // what the cut at m_cutAt is: credit, or the call time cap
    std::optional<std::int64_t> m_reservationId;
    core::PhoneNumber m_typed;
    int m_attemptsA = 0;
    bool m_aNotAnswered = false; // leg A rang out (answer timeout) and is being CANCELled
    int m_ivrTries = 0;
    bool m_askPin = false; // the DID asks for the PIN before anything else
    bool m_pinOk = false;
    int m_pinTries = 0;
    bool m_hangingUp = false;
    bool m_finished = false;
    QString m_failure;
    QString m_endReason; // why a call that went through ended, for its record
    core::Money m_reserved;
    QHash<std::int64_t, std::int64_t> m_legEnds; // leg ends the database did not take yet
    // The last leg to end, when its end ends the call: its record is closed
    // in the same transaction as the call's billing (one full commit).
    struct LegClose
    {
        std::int64_t legId = 0;
        int sipStatus = 0;
        QString reason;
        std::int64_t at = 0;
    };
    std::optional<LegClose> m_lastLegClose;
    std::function<void()> m_afterPlayback;
    QTimer m_progress;
    QTimer m_warning;
    QTimer m_minuteLeft;                // "one minute left" when not right after the warning tone
    bool m_minuteLeftAfterTone = false; // the warning tone sounds at the minute: the words follow it
    bool m_tellingTimeLeft = false;     // the time-left sentence is playing to leg A
    QTimer m_limit;
    QTimer m_legAGuard;               // leg A may not outrun what is held for it
    QTimer m_answerTimeout;           // leg A rings at most answerTimeoutSeconds at a gateway
    std::int64_t m_guardDeadline = 0; // when (ms) leg A's held time runs out
};

} // namespace rebound::callback
