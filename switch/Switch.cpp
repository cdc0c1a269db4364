#include "Switch.h"

#include "SwitchCore.h"

#include <QEventLoop>
#include <QMetaMethod>
#include <QTimer>
#include <utility>

namespace rebound {

namespace {
// How long lines that keep coming wait to cross to the caller's thread.
constexpr int LogDrainMs = 20;
} // namespace

Switch::Switch(QString databasePath, QString sipListen, const core::Clock& clock, QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("switch"));
    m_core = new SwitchCore(std::move(databasePath), std::move(sipListen), clock);
    m_core->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_core, &QObject::deleteLater);
    // A start that ends while a stop is queued behind it changes nothing:
    // the stop follows and reports stopped().
    connect(m_core, &SwitchCore::started, this, [this](const QString& listening) {
        emitQueuedLogLines(); // the lines before it, as they were logged
        m_failure.clear();
        if (m_state == State::Stopping)
            return;
        m_listening = listening;
        setState(State::Running);
        Q_EMIT started(listening);
    });
    connect(m_core, &SwitchCore::failed, this, [this](const QString& error) {
        emitQueuedLogLines(); // the lines before it, as they were logged
        m_failure = error;
        if (m_state == State::Stopping)
            return;
        setState(State::Failed);
        Q_EMIT failed(error);
    });
    connect(m_core, &SwitchCore::webStarted, this, [this](const QString& url) {
        m_portal = url;
        Q_EMIT webStarted(url);
    });
    connect(m_core, &SwitchCore::stopped, this, [this] {
        emitQueuedLogLines(); // the lines before it, as they were logged
        m_listening.clear();
        m_portal.clear();
        setState(State::Stopped);
        Q_EMIT stopped();
        if (std::exchange(m_restartPending, false))
            start();
    });
    connect(
        m_core, &SwitchCore::logLine, m_core, [this](const QString& line) { queueLogLine(line); },
        Qt::DirectConnection);
    // A callback's news crosses to this thread only while someone listens
    // (the console's pages, the test phones): rebound-switch does not, and
    // each queued call costs a wake-up of this thread and a system call on
    // each side, for every trigger and every state of every call.
    connect(
        m_core, &SwitchCore::callbackRequested, m_core,
        [this](qint64 requestId) {
            if (isSignalConnected(QMetaMethod::fromSignal(&Switch::callbackRequested)))
                QMetaObject::invokeMethod(
                    this, [this, requestId] { Q_EMIT callbackRequested(requestId); }, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    connect(
        m_core, &SwitchCore::callbackStateChanged, m_core,
        [this](qint64 requestId, store::RequestState state) {
            if (isSignalConnected(QMetaMethod::fromSignal(&Switch::callbackStateChanged)))
                QMetaObject::invokeMethod(
                    this, [this, requestId, state] { Q_EMIT callbackStateChanged(requestId, state); },
                    Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    connect(m_core, &SwitchCore::gatewayPinged, this, &Switch::gatewayPinged);
    connect(m_core, &SwitchCore::dialProgress, this, &Switch::dialProgress);
    connect(m_core, &SwitchCore::dialAnswered, this, &Switch::dialAnswered);
    connect(m_core, &SwitchCore::dialFailed, this, &Switch::dialFailed);
    connect(m_core, &SwitchCore::dialEnded, this, &Switch::dialEnded);
    connect(m_core, &SwitchCore::unbilledCallsChanged, this, &Switch::unbilledCallsChanged);
    connect(m_core, &SwitchCore::fraudAlarm, this, &Switch::fraudAlarm);
    connect(m_core, &SwitchCore::testCallbackRefused, this, &Switch::testCallbackRefused);
    m_thread.start();
}

void Switch::queueLogLine(const QString& line)
{
    const QMutexLocker lock(&m_logMutex);
    m_queuedLog.append(line);
    if (std::exchange(m_logDrainPosted, true))
        return;
    QMetaObject::invokeMethod(this, &Switch::emitQueuedLogLines, Qt::QueuedConnection);
}

void Switch::emitQueuedLogLines()
{
    QStringList lines;
    {
        const QMutexLocker lock(&m_logMutex);
        lines.swap(m_queuedLog);
        // While lines keep coming, the next drain is a timer's here, not a
        // queued call from the switch's thread: under load that thread then
        // posts nothing, and this one wakes every LogDrainMs, not per line.
        m_logDrainPosted = !lines.isEmpty();
    }
    if (lines.isEmpty())
        return;
    QTimer::singleShot(LogDrainMs, this, &Switch::emitQueuedLogLines);
    for (const QString& line : std::as_const(lines))
        Q_EMIT logLine(line);
}

Switch::~Switch()
{
    m_restartPending = false;
    if (m_state == State::Running || m_state == State::Stopping) {
        QEventLoop loop;
        connect(this, &Switch::stopped, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        stop();
        loop.exec();
    }
    m_thread.quit();
    m_thread.wait();
}

void Switch::setWebListen(const QString& listen)
{
    QMetaObject::invokeMethod(
        m_core, [core = m_core, listen] { core->setWebListen(listen); }, Qt::QueuedConnection);
}

void Switch::setSignallingOnly(bool on)
{
    QMetaObject::invokeMethod(
        m_core, [core = m_core, on] { core->setSignallingOnly(on); }, Qt::QueuedConnection);
}

void Switch::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Switch::start()
{
    if (m_state == State::Running || m_state == State::Starting)
        return;
    if (m_state == State::Stopping) {
        m_restartPending = true;
        return;
    }
    m_wasStarted = true;
    setState(State::Starting);
    QMetaObject::invokeMethod(m_core, &SwitchCore::start, Qt::QueuedConnection);
}

void Switch::restart()
{
    if (m_state == State::Stopped || m_state == State::Failed) {
        start();
        return;
    }
    // Running, Starting or Stopping: it starts again once stopped.
    requestStop();
    m_restartPending = true;
}

void Switch::pingGateway(qint64 gatewayId)
{
    QMetaObject::invokeMethod(
        m_core, [core = m_core, gatewayId] { core->pingGateway(gatewayId); }, Qt::QueuedConnection);
}

int Switch::dial(const QString& number, const QByteArray& sdpOffer, qint64 pinnedGatewayId)
{
    const int id = m_nextDial++;
    QMetaObject::invokeMethod(
        m_core,
        [core = m_core, id, number, sdpOffer, pinnedGatewayId] {
            core->dial(id, number, pinnedGatewayId, sdpOffer);
        },
        Qt::QueuedConnection);
    return id;
}

void Switch::hangupDial(int dialId)
{
    QMetaObject::invokeMethod(
        m_core, [core = m_core, dialId] { core->hangupDial(dialId); }, Qt::QueuedConnection);
}

void Switch::requestTestCallback(qint64 accountId, store::TriggerKind kind, const QString& destination)
{
    QMetaObject::invokeMethod(
        m_core,
        [core = m_core, accountId, kind, destination] {
            core->requestTestCallback(accountId, kind, destination);
        },
        Qt::QueuedConnection);
}

void Switch::hangupCallback(qint64 requestId)
{
    QMetaObject::invokeMethod(
        m_core, [core = m_core, requestId] { core->hangupCallback(requestId); }, Qt::QueuedConnection);
}

void Switch::stop()
{
    m_restartPending = false; // a stop asked for wins over a restart on the way
    if (m_state == State::Stopped || m_state == State::Failed) {
        Q_EMIT stopped(); // as a stop would end: callers wait for it
        return;
    }
    requestStop();
}

void Switch::requestStop()
{
    if (m_state == State::Running || m_state == State::Starting) {
        setState(State::Stopping);
        QMetaObject::invokeMethod(m_core, &SwitchCore::stop, Qt::QueuedConnection);
    }
}

} // namespace rebound
