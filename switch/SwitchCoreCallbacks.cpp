// SwitchCore's callbacks: requests queued until callback.delay_ms has
// passed, a CallbackSession each when due, hang-ups from the console and
// from housekeeping, and calls whose billing the database refused, billed
// again with a growing pause.

#include "SwitchCore.h"
#include "billing/RateCache.h"
#include "callback/Admission.h"
#include "callback/CallBilling.h"
#include "callback/CallbackSession.h"
#include "callback/EngineSettings.h"
#include "core/HostPort.h"
#include "media/MediaEngine.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

namespace rebound {

void SwitchCore::startCallback(qint64 requestId)
{
    if (m_stopping || !m_media || !m_sip || !m_sip->isRunning() || m_callbacks.contains(requestId))
        return;
    // The trigger has answered and committed; the call itself waits out
    // callback.delay_ms in the queue, so a burst of triggers costs the
    // switch thread no call work until each callback is due.
    if (m_pending.add(requestId, m_clock.nowMs()) && !m_pendingTimer.isActive())
        m_pendingTimer.start(0);
}

callback::EngineSettings SwitchCore::engineSettings() const
{
    auto engine = callback::EngineSettings::read(store::SettingsRepository(*m_db));
    // Behind NAT the SDP names the router's public address; RTP stays on the bound socket.
    engine.mediaAddress = !m_sdpAddress.isEmpty()                            ? m_sdpAddress
                          : !core::isWildcard(m_media->config().bindAddress) ? m_media->config().bindAddress
                          : !core::isWildcard(m_sip->config().host)          ? m_sip->config().host
                                                                             : core::primaryAddress();
    return engine;
}

void SwitchCore::startDueCallbacks()
{
    if (m_stopping || !m_media || !m_sip || !m_sip->isRunning() || m_pending.isEmpty())
        return;
    callback::EngineSettings engine;
    try {
        engine = engineSettings();
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(
            tr("Reading the callback settings failed (tried again in a second): %1").arg(error.message()));
        m_pendingTimer.start(1000);
        return;
    }
    const std::int64_t delayMs = engine.delayMs;
    engine.delayMs = 0; // waited out in the queue
    const std::int64_t now = m_clock.nowMs();
    for (const std::int64_t requestId : m_pending.takeDue(now, delayMs))
        if (!m_callbacks.contains(requestId))
            makeSession(requestId, engine)->start();
    if (const std::int64_t wait = m_pending.msUntilNext(now, delayMs); wait >= 0)
        m_pendingTimer.start(int(std::min<std::int64_t>(wait, 60'000)));
}

callback::CallbackSession* SwitchCore::makeSession(qint64 requestId, const callback::EngineSettings& engine)
{
    auto* session = new callback::CallbackSession(requestId, *m_db, m_clock, *m_sip, *m_media, *m_mediaEvents,
                                                  m_load, *m_rates, engine, this);
    m_callbacks.insert(requestId, session);
    connect(session, &callback::CallbackSession::logLine, this, &SwitchCore::logLine);
    connect(session, &callback::CallbackSession::bridged, this,
            [this](int mediaA, qint64 legA, int, qint64 legB) {
                m_bridges.insert(mediaA, {legA, legB});
            });
    connect(session, &callback::CallbackSession::stateChanged, this, &SwitchCore::callbackStateChanged);
    connect(session, &callback::CallbackSession::billingFailed, this, &SwitchCore::queueBilling);
    connect(session, &callback::CallbackSession::finished, this, [this](qint64 id) {
        if (auto* s = m_callbacks.take(id))
            s->deleteLater();
    });
    return session;
}

void SwitchCore::cancelPending(const QList<std::int64_t>& requestIds, const QString& reason)
{
    if (requestIds.isEmpty())
        return;
    // A session that never started places no call: its hang-up only ends
    // the request, and one transaction ends them all.
    const callback::EngineSettings engine;
    try {
        store::Database::Transaction transaction(*m_db);
        for (const std::int64_t requestId : requestIds)
            makeSession(requestId, engine)->hangup(reason);
        transaction.commit();
    } catch (const store::StoreError& error) {
        // Left as requested: the next start's recovery ends them.
        Q_EMIT logLine(tr("Waiting callbacks not ended: %1").arg(error.message()));
    }
}

void SwitchCore::queueBilling(const callback::CallEnd& end, const QString& error)
{
    m_unbilled.append({end, 0});
    Q_EMIT unbilledCallsChanged(int(m_unbilled.size()), error);
    if (!m_billingRetry.isActive())
        m_billingRetry.start(1000);
}

void SwitchCore::retryBilling()
{
    QString lastError;
    int longest = 0;
    for (auto it = m_unbilled.begin(); it != m_unbilled.end();) {
        try {
            const auto bill = callback::CallBilling(*m_db, m_clock, m_rates.get()).finishCall(it->end);
            Q_EMIT logLine(tr("call #%1 billed after %n more attempt(s): %2", nullptr, it->attempts + 1)
                               .arg(it->end.callId)
                               .arg(bill.sell.toPlainString(2)));
            Q_EMIT callbackStateChanged(it->end.requestId, it->end.requestState());
            it = m_unbilled.erase(it);
        } catch (const store::StoreError& error) {
            lastError = error.message();
            longest = std::max(longest, ++it->attempts);
            ++it;
        }
    }
    Q_EMIT unbilledCallsChanged(int(m_unbilled.size()), lastError);
    if (!m_unbilled.isEmpty())
        m_billingRetry.start(std::min(60'000, 1000 << std::min(longest, 6)));
}

void SwitchCore::requestTestCallback(qint64 accountId, store::TriggerKind kind, const QString& destination)
{
    if (!m_db || m_signallingOnly) {
        Q_EMIT testCallbackRefused(tr("the switch is not running"));
        return;
    }
    callback::Admission::Trigger trigger;
    trigger.accountId = accountId;
    trigger.kind = kind;
    trigger.source = QStringLiteral("test-phones");
    trigger.destination = core::PhoneNumber::fromE164(destination);
    trigger.test = true;
    try {
        const auto outcome = callback::Admission(*m_db, m_clock, m_rates.get(), &m_admitted).request(trigger);
        if (!outcome.created()) {
            Q_EMIT testCallbackRefused(outcome.reason);
            return;
        }
        Q_EMIT logLine(tr("Test %1 callback: request #%2").arg(store::toString(kind)).arg(outcome.requestId));
    } catch (const store::StoreError& error) {
        Q_EMIT testCallbackRefused(error.message());
    }
}

void SwitchCore::hangupCallback(qint64 requestId)
{
    const QString reason = tr("hung up from the console");
    if (auto* session = m_callbacks.value(requestId))
        session->hangup(reason);
    else if (m_pending.remove(requestId))
        cancelPending({requestId}, reason);
}

void SwitchCore::hangUpAccounts(const QList<std::int64_t>& accountIds, const QString& reason)
{
    for (callback::CallbackSession* session : std::as_const(m_callbacks))
        if (accountIds.contains(session->accountId()))
            session->hangup(reason);
}

QList<std::int64_t> SwitchCore::accountsInCall() const
{
    QList<std::int64_t> accounts;
    for (const callback::CallbackSession* session : std::as_const(m_callbacks))
        accounts.append(session->accountId());
    return accounts;
}

} // namespace rebound
