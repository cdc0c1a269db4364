#pragma once

#include "InboundRequests.h"
#include "callback/Admission.h"
#include "callback/CallBilling.h"
#include "callback/PendingCallbacks.h"
#include "core/Clock.h"
#include "routing/GatewayLoad.h"
#include "sip/SipStack.h"
#include "triggers/UntrustedInvites.h"

#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace rebound::store {
class Database;
class SettingsRepository;
enum class RequestState;
enum class TriggerKind;
} // namespace rebound::store
namespace rebound::media {
class MediaEngine;
}
namespace rebound::billing {
class RateCache;
}
namespace rebound::callback {
class CallbackSession;
class MediaEvents;
struct EngineSettings;
} // namespace rebound::callback
namespace rebound::triggers {
class SmsService;
}
namespace rebound::web {
class WebService;
}

namespace rebound {

class Housekeeping;

// Everything that runs on the switch thread: its own database connection,
// the SIP stack and what answers its requests (InboundRequests), the
// callbacks the triggers ask for (SwitchCoreCallbacks.cpp), dialled test
// legs, and the periodic sweeps (Housekeeping). Created, used and destroyed
// on that thread only (see Switch).
class SwitchCore : public QObject
{
    Q_OBJECT

public:
    SwitchCore(QString databasePath, QString sipListen, const core::Clock& clock);
    ~SwitchCore() override;

public Q_SLOTS:
    // "host:port" for the web portal, overriding the setting web.listen
    // (default 127.0.0.1:8080; "off" for none). Before start().
    void setWebListen(const QString& listen);
    // For `dial`: SIP only, beside a running switch. No database lock, no
    // start-up recovery, no portal, no callbacks, no periodic sweeps.
    void setSignallingOnly(bool on) { m_signallingOnly = on; }
    void start();
    void stop();
    void pingGateway(qint64 gatewayId);
    // Places an outbound leg to `number` (E.164 digits) through the routes,
    // or through one gateway when pinnedGatewayId > 0 (LGW).
    void dial(int dialId, const QString& number, qint64 pinnedGatewayId, const QByteArray& sdpOffer);
    void hangupDial(int dialId);
    void hangupCallback(qint64 requestId);
    // The test phones' web and API buttons (issue 19): a callback request
    // as the portal or the API would make it (kind "web" or "api"), marked
    // as a test call; callbackRequested() or testCallbackRefused() follows.
    void requestTestCallback(qint64 accountId, store::TriggerKind kind, const QString& destination);

Q_SIGNALS:
    void testCallbackRefused(const QString& reason);
    void started(const QString& listening);
    void webStarted(const QString& url); // the portal's address, before started()
    void failed(const QString& error);
    void stopped();
    void logLine(const QString& line);
    void callbackRequested(qint64 requestId);
    void callbackStateChanged(qint64 requestId, rebound::store::RequestState state);
    void gatewayPinged(qint64 gatewayId, int status, const QString& phrase, qint64 elapsedMs);
    void dialProgress(int dialId, int status, const QString& text);
    void dialAnswered(int dialId, const QString& gateway, const QByteArray& sdpAnswer);
    void dialFailed(int dialId, int status, const QString& reason);
    void dialEnded(int dialId, const QString& reason);
    // How many ended calls wait to be billed (0: none), and why.
    void unbilledCallsChanged(int count, const QString& error);
    // A fraud alarm went off (fraud::FraudMonitor); also in the audit log.
    void fraudAlarm(const QString& text);

private:
    // Queues a new request; its session starts when callback.delay_ms has passed.
    void startCallback(qint64 requestId);
    void startDueCallbacks();
    callback::EngineSettings engineSettings() const;
    callback::CallbackSession* makeSession(qint64 requestId, const callback::EngineSettings& engine);
    // Ends requests still waiting in the queue, as failed for `reason`.
    void cancelPending(const QList<std::int64_t>& requestIds, const QString& reason);
    // The parts of start(): they throw StoreError or SipError.
    sip::SipStack::Config sipConfig(const store::SettingsRepository& settings);
    void startSip(const sip::SipStack::Config& config);
    void startMedia(const store::SettingsRepository& settings, const QString& sipHost);
    void startHousekeeping(const store::SettingsRepository& settings);
    void abandonStart(const QString& error);
    void startWeb();
    void stopWeb();

    QString m_databasePath;
    QString m_sipListen;
    QString m_webListen;
    bool m_stopping = false;
    // Where every trigger announces the requests it admitted; before the
    // web and SMS threads that announce to it, so it outlives them.
    callback::AdmittedRequests m_admitted;
    std::unique_ptr<web::WebService> m_web;      // the portal, /sms and the API, on their own thread
    std::unique_ptr<triggers::SmsService> m_sms; // SMS texts by SIP MESSAGE, on their own thread
    const core::Clock& m_clock;
    triggers::UntrustedInvites m_untrustedInvites; // counted by m_requests, audited by m_housekeeping
    InboundRequests m_requests;                    // answers m_sip's requests, so it outlives it
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<sip::SipStack> m_sip;
    std::unique_ptr<media::MediaEngine> m_media;
    std::unique_ptr<callback::MediaEvents> m_mediaEvents; // the engine's events, to the call they belong to
    std::unique_ptr<billing::RateCache> m_rates;          // one for every call on this thread
    QHash<qint64, callback::CallbackSession*> m_callbacks;
    callback::PendingCallbacks m_pending; // requests waiting out callback.delay_ms
    QTimer m_pendingTimer;                // fires when the oldest of them is due
    struct BridgedLegs
    {
        qint64 legA = 0;
        qint64 legB = 0;
    };
    QHash<int, BridgedLegs> m_bridges; // media session A of a live bridge -> its CDR legs
    QHash<int, qint64> m_pingGateways; // ping token -> gateway id
    QHash<int, QObject*> m_dials;      // dial id -> routing::LegDialer
    routing::GatewayLoad m_load;
    // Calls whose records the database refused at hang-up, billed again
    // with a growing pause (1 s, 2 s, 4 s … at most a minute).
    struct Unbilled
    {
        callback::CallEnd end;
        int attempts = 0;
    };
    QList<Unbilled> m_unbilled;
    QTimer m_billingRetry;
    bool m_signallingOnly = false;
    std::unique_ptr<QLockFile> m_lock; // held while this switch runs on the database
    // Card expiry, fraud checks, retention, the untrusted INVITEs' audit and
    // the daily backup; while a full switch runs.
    std::unique_ptr<Housekeeping> m_housekeeping;
    QString m_sdpAddress; // sip.public_address as an IP address; empty: none
    void takeDatabaseLock();
    // Ends the calls in progress of these accounts (just suspended).
    void hangUpAccounts(const QList<std::int64_t>& accountIds, const QString& reason);
    // The subscribers of the calls in progress, one entry per call (0: none).
    QList<std::int64_t> accountsInCall() const;
    void queueBilling(const callback::CallEnd& end, const QString& error);
    void retryBilling();
};

} // namespace rebound
