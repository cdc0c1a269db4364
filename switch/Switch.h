#pragma once

#include "core/Clock.h"

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>

namespace rebound::store {
enum class RequestState;
enum class TriggerKind;
} // namespace rebound::store

namespace rebound {

class SwitchCore;

// The facade the console and rebound-switch use: runs SwitchCore (SIP,
// triggers, its own database connection) on the switch thread and talks to
// it only through queued signals, so the caller's thread never blocks on the
// network.
class Switch : public QObject
{
    Q_OBJECT

public:
    // sipListen "host:port" overrides the setting sip.listen when not empty.
    Switch(QString databasePath, QString sipListen, const core::Clock& clock, QObject* parent = nullptr);
    ~Switch() override;

    // "host:port" for the web portal instead of the setting web.listen ("off": none).
    void setWebListen(const QString& listen);
    // SIP only, beside a running switch (SwitchCore::setSignallingOnly).
    void setSignallingOnly(bool on);
    enum class State
    {
        Stopped,
        Starting,
        Running,
        Stopping,
        Failed
    };
    Q_ENUM(State)
    void start(); // started() or failed() follows
    void stop();  // stopped() follows
    // Stops the switch (ending its calls) and starts it again, so it reads
    // the settings afresh; started() or failed() follows. Starts a switch
    // that is not running.
    void restart();
    bool isRunning() const { return m_state == State::Running; }
    State state() const { return m_state; }
    // Why the last start failed, in words (empty unless Failed).
    QString failure() const { return m_failure; }
    // While running: the SIP address ("127.0.0.1:5060") and the portal's URL (may be empty).
    QString listening() const { return m_listening; }
    QString portal() const { return m_portal; }
    // False until start() is first called (a console builds its window first).
    bool wasStarted() const { return m_wasStarted; }
    // Sends OPTIONS to the gateway; gatewayPinged() follows.
    void pingGateway(qint64 gatewayId);
    // Places an outbound leg (E.164 digits) with an SDP offer, through the
    // routes or, for LGW, through one gateway; returns the dial id the
    // dial* signals carry. Ends with dialFailed or dialEnded.
    int dial(const QString& number, const QByteArray& sdpOffer, qint64 pinnedGatewayId = 0);
    void hangupDial(int dialId);
    // Ends a callback in progress (both legs); its CDRs are closed and billed.
    void hangupCallback(qint64 requestId);
    // A test callback as the portal ("web") or the API ("api") would ask for
    // it, through the built-in test phones (SwitchCore::requestTestCallback).
    void requestTestCallback(qint64 accountId, store::TriggerKind kind, const QString& destination);

Q_SIGNALS:
    void testCallbackRefused(const QString& reason);
    void started(const QString& listening);
    void webStarted(const QString& url); // the portal's address, before started()
    void failed(const QString& error);
    void stopped();
    void stateChanged(rebound::Switch::State state);
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
    void fraudAlarm(const QString& text);

private:
    QThread m_thread;
    SwitchCore* m_core = nullptr; // lives on m_thread, deleted there
    void setState(State state);
    void requestStop(); // the core stops after whatever it was asked before
    // Log lines cross from the switch's thread in batches: one queued call
    // after a pause, then a drain every few ms while lines keep coming (a
    // callback logs a dozen), not one call each. started, failed and stopped
    // come after the lines logged before them.
    void queueLogLine(const QString& line); // on the switch's thread
    void emitQueuedLogLines();              // here
    QMutex m_logMutex;
    QStringList m_queuedLog;
    bool m_logDrainPosted = false;

    State m_state = State::Stopped;
    QString m_failure;
    QString m_listening;
    QString m_portal;
    bool m_restartPending = false;
    bool m_wasStarted = false;
    int m_nextDial = 1;
};

} // namespace rebound
