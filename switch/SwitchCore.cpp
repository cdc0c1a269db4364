#include "SwitchCore.h"

#include "backup/DailyBackup.h"
#include "billing/RateCache.h"
#include "callback/Admission.h"
#include "callback/CallBilling.h"
#include "callback/CallbackSession.h"
#include "callback/MediaEvents.h"
#include "cards/CardService.h"
#include "core/HostPort.h"
#include "fraud/FraudMonitor.h"
#include "media/MediaEngine.h"
#include "routing/LegDialer.h"
#include "store/AccountRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/DatabaseLock.h"
#include "store/GatewayRepository.h"
#include "store/Retention.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "triggers/DidTrigger.h"
#include "triggers/SmsService.h"
#include "triggers/TrustedSources.h"
#include "web/WebServer.h"
#include "web/WebService.h"

#include <QDir>
#include <QHostInfo>

namespace rebound {

SwitchCore::SwitchCore(QString databasePath, QString sipListen, const core::Clock& clock)
    : m_databasePath(std::move(databasePath))
    , m_sipListen(std::move(sipListen))
    , m_admitted(this) // moves to the switch thread with its parent
    , m_clock(clock)
    , m_pendingTimer(this) // moves to the switch thread with its parent
    , m_billingRetry(this) // moves to the switch thread with its parent
    , m_cardExpiry(this)
    , m_fraudCheck(this)
    , m_retention(this)
    , m_auditFlush(this)
{
    m_billingRetry.setSingleShot(true);
    connect(&m_billingRetry, &QTimer::timeout, this, &SwitchCore::retryBilling);
    // Every trigger's admitted request, whichever thread admitted it, comes
    // here queued: after its row is committed, and never inside a handler.
    connect(&m_admitted, &callback::AdmittedRequests::admitted, this, &SwitchCore::callbackRequested,
            Qt::QueuedConnection);
    m_pendingTimer.setSingleShot(true);
    connect(&m_pendingTimer, &QTimer::timeout, this, &SwitchCore::startDueCallbacks);
    connect(&m_cardExpiry, &QTimer::timeout, this, &SwitchCore::expireCards);
    connect(&m_fraudCheck, &QTimer::timeout, this, &SwitchCore::checkFraud);
    m_auditFlush.setInterval(60'000);
    connect(&m_auditFlush, &QTimer::timeout, this, [this] { flushUntrustedInvites(false); });
    m_retention.setInterval(3'600'000);
    connect(&m_retention, &QTimer::timeout, this, &SwitchCore::purgeOldRows);
}

SwitchCore::~SwitchCore()
{
    m_sms.reset(); // it hands replies to the SIP stack
    stopWeb();
    qDeleteAll(m_callbacks);
    m_callbacks.clear();
    // Finished calls waiting for deleteLater free their media sessions too,
    // while the engine is still there.
    qDeleteAll(findChildren<callback::CallbackSession*>(Qt::FindDirectChildrenOnly));
    m_mediaEvents.reset();
    m_media.reset();
    m_sip.reset();
    m_dailyBackup.reset(); // waits for a backup in progress
    m_rates.reset();       // it holds the connection
    m_db.reset();
    m_lock.reset();
}

void SwitchCore::start()
{
    m_stopping = false;
    try {
        if (!m_signallingOnly)
            takeDatabaseLock();
        m_db = store::Database::open(m_databasePath);
        m_rates = std::make_unique<billing::RateCache>(*m_db, m_clock);
        // Calls a crash left open are billed at their last recorded progress
        // before anything new starts.
        if (const int recovered =
                m_signallingOnly ? 0
                                 : callback::CallBilling(*m_db, m_clock, m_rates.get()).recoverOpenCalls();
            recovered > 0)
            Q_EMIT logLine(
                tr("Closed and billed %n call(s) left open by an earlier stop", nullptr, recovered));
        const store::SettingsRepository settings(*m_db);
        const sip::SipStack::Config config = sipConfig(settings);
        setFloodLimits(settings);
        startSip(config);
        startMedia(settings, config.host);
        if (m_signallingOnly) {
            Q_EMIT started(QStringLiteral("%1:%2").arg(config.host).arg(config.port));
            return;
        }
        startWeb();
        startHousekeeping(settings);
        Q_EMIT started(QStringLiteral("%1:%2").arg(config.host).arg(config.port));
    } catch (const store::StoreError& error) {
        abandonStart(error.message());
    } catch (const sip::SipError& error) {
        abandonStart(error.message());
    }
}

sip::SipStack::Config SwitchCore::sipConfig(const store::SettingsRepository& settings)
{
    const QString listen =
        m_sipListen.isEmpty() ? settings.value(QStringLiteral("sip.listen"), QStringLiteral("127.0.0.1:5060"))
                              : m_sipListen;
    sip::SipStack::Config config;
    if (!core::parseHostPort(listen, &config.host, &config.port))
        throw sip::SipError(
            tr("'%1' is not a SIP listen address; write it like 127.0.0.1:5060.").arg(listen));
    QString publicError;
    const auto publicAddress =
        sip::parsePublicAddress(settings.value(QStringLiteral("sip.public_address")), &publicError);
    if (!publicAddress)
        throw sip::SipError(tr("sip.public_address: %1").arg(publicError));
    config.publicAddress = *publicAddress;
    // What the SDP of our calls names: the public address behind NAT (a
    // name resolved once here: carriers rarely resolve names in SDP),
    // else the RTP or SIP address; never a wildcard, which means "hold".
    m_sdpAddress.clear();
    if (!publicAddress->isEmpty()) {
        m_sdpAddress = publicAddress->host;
        if (QHostAddress(m_sdpAddress).isNull()) {
            const QHostInfo info = QHostInfo::fromName(m_sdpAddress);
            if (info.addresses().isEmpty())
                throw sip::SipError(tr("sip.public_address: %1 cannot be resolved (%2)")
                                        .arg(m_sdpAddress, info.errorString()));
            m_sdpAddress = info.addresses().first().toString();
        }
    }
    config.userAgent = settings.value(QStringLiteral("sip.user_agent"), config.userAgent);
    // "auto": TCP only when a gateway is reached over TCP or TLS.
    const QString tcp = settings.value(QStringLiteral("sip.tcp"), QStringLiteral("auto"));
    if (tcp == QLatin1String("auto")) {
        const auto gateways = store::GatewayRepository(*m_db, m_clock).gateways();
        config.tcp = std::any_of(gateways.cbegin(), gateways.cend(),
                                 [](const store::Gateway& g) { return g.transport != QLatin1String("udp"); });
    } else {
        config.tcp = tcp != QLatin1String("off");
    }
    config.tcpIdleSeconds =
        settings.value(QStringLiteral("sip.tcp_idle_seconds"), QString::number(config.tcpIdleSeconds))
            .toInt();
    config.sessionTimerSeconds =
        settings
            .value(QStringLiteral("sip.session_timer_seconds"), QString::number(config.sessionTimerSeconds))
            .toInt();
    return config;
}

void SwitchCore::setFloodLimits(const store::SettingsRepository& settings)
{
    // Always set, so a limit reset to its default takes effect on restart.
    const double rate = settings.decimal(QStringLiteral("sip.rate_per_second"));
    const double burst = settings.decimal(QStringLiteral("sip.burst"));
    m_flood.setLimits(rate, burst > 0 ? burst : rate * 2);
    const double trustedRate = settings.decimal(QStringLiteral("sip.trusted_rate_per_second"));
    const double trustedBurst = settings.decimal(QStringLiteral("sip.trusted_burst"));
    m_trustedFlood.setLimits(trustedRate, trustedBurst > 0 ? trustedBurst : trustedRate * 2);
    m_trusted.reset();
}

void SwitchCore::startSip(const sip::SipStack::Config& config)
{
    m_sip = std::make_unique<sip::SipStack>(*this);
    connect(m_sip.get(), &sip::SipStack::logLine, this, &SwitchCore::logLine);
    connect(m_sip.get(), &sip::SipStack::pingFinished, this,
            [this](int token, int status, const QString& phrase, qint64 elapsed) {
                if (const auto it = m_pingGateways.constFind(token); it != m_pingGateways.cend()) {
                    const qint64 gatewayId = *it;
                    m_pingGateways.erase(it);
                    Q_EMIT gatewayPinged(gatewayId, status, phrase, elapsed);
                }
            });
    connect(m_sip.get(), &sip::SipStack::stopped, this, [this] {
        m_cardExpiry.stop();
        m_fraudCheck.stop();
        m_retention.stop();
        m_auditFlush.stop();
        flushUntrustedInvites(true);
        m_sms.reset();
        m_fraud.reset();
        stopWeb();
        // Sessions hold the database and the rate cache: they go first.
        // Calls they leave open are billed when the switch next starts.
        qDeleteAll(m_callbacks);
        m_callbacks.clear();
        m_bridges.clear();
        m_dailyBackup.reset();
        m_rates.reset(); // it holds the connection
        m_db.reset();
        m_lock.reset();
        Q_EMIT stopped();
    });
    m_sip->start(config);
    m_sms = std::make_unique<triggers::SmsService>(m_databasePath, m_clock, &m_admitted);
    connect(m_sms.get(), &triggers::SmsService::handled, this,
            [this](const QString& sender, const QString& host, int port, const QString& reply,
                   const QString& line) {
                Q_EMIT logLine(line);
                if (m_sip && !reply.isEmpty())
                    m_sip->sendMessage(sender, host, port, reply);
            });
}

// Media for callbacks: RTP on the SIP address, prompts from the set.
void SwitchCore::startMedia(const store::SettingsRepository& settings, const QString& sipHost)
{
    media::MediaConfig mediaConfig;
    mediaConfig.bindAddress = settings.value(QStringLiteral("media.bind_address"), sipHost);
    mediaConfig.portMin =
        quint16(settings.value(QStringLiteral("media.port_min"), QStringLiteral("20000")).toUInt());
    mediaConfig.portMax =
        quint16(settings.value(QStringLiteral("media.port_max"), QStringLiteral("29999")).toUInt());
    // Phones and carriers with silence suppression may send nothing for a
    // while; 0 never ends a call for silence.
    mediaConfig.mediaTimeoutSeconds =
        settings.value(QStringLiteral("media.timeout_seconds"), QStringLiteral("30")).toInt();
    // Every language's prompts are loaded once, here; a call picks its
    // subscriber's, falling back to English prompt by prompt.
    const auto prompts = media::PromptSet::loadLanguages();
    for (const QString& note : prompts.notes)
        Q_EMIT logLine(note);
    if (!prompts.english) {
        Q_EMIT logLine(
            tr("No IVR prompts (%1): callback requests are recorded but not called back").arg(prompts.error));
        return;
    }
    mediaConfig.prompts = prompts.english;
    mediaConfig.languagePrompts = prompts.others;
    m_media = std::make_unique<media::MediaEngine>(mediaConfig);
    m_mediaEvents = std::make_unique<callback::MediaEvents>(*m_media);
    connect(
        m_media.get(), &media::MediaEngine::foreignMedia, this, [this](int session, const QString& source) {
            Q_EMIT logLine(
                tr("RTP from %1 ignored on media session %2: not the call's peer").arg(source).arg(session));
        });
    // A bridge's RTP counters go on its legs' CDRs when it ends,
    // whoever ends it (a hang-up, the credit limit, a stopping switch).
    connect(m_media.get(), &media::MediaEngine::bridgeEnded, this,
            [this](const media::BridgeCounters& counters) {
                const auto legs = m_bridges.take(int(counters.a));
                if (!m_db || !legs.legA)
                    return;
                try {
                    store::CdrRepository cdrs(*m_db, m_clock);
                    cdrs.addLegPackets(legs.legA, qint64(counters.packetsAtoB), qint64(counters.packetsBtoA));
                    cdrs.addLegPackets(legs.legB, qint64(counters.packetsBtoA), qint64(counters.packetsAtoB));
                } catch (const store::StoreError& error) {
                    Q_EMIT logLine(tr("RTP counters not recorded: %1").arg(error.message()));
                }
            });
    connect(this, &SwitchCore::callbackRequested, this, &SwitchCore::startCallback);
}

// The periodic work of a full switch: fraud checks, retention, card expiry
// and the daily backup.
void SwitchCore::startHousekeeping(const store::SettingsRepository& settings)
{
    m_fraud = std::make_unique<fraud::FraudMonitor>(*m_db, m_clock);
    m_fraudCheck.start(
        1000 *
        std::max(1, settings.value(QStringLiteral("fraud.check_seconds"), QStringLiteral("60")).toInt()));
    purgeOldRows();
    m_retention.start();
    m_auditFlush.start();
    expireCards();
    m_cardExpiry.start(
        1000 *
        std::max(1,
                 settings.value(QStringLiteral("cards.expiry_check_seconds"), QStringLiteral("60")).toInt()));
    // A copy a day while the switch runs (backup.daily, backup.folder, backup.keep).
    m_dailyBackup = std::make_unique<backup::DailyBackup>(m_databasePath, m_clock);
    connect(m_dailyBackup.get(), &backup::DailyBackup::backedUp, this,
            [this](const QString& path, qint64 bytes) {
                Q_EMIT logLine(
                    tr("Daily backup written: %1 (%2 bytes)").arg(QDir::toNativeSeparators(path)).arg(bytes));
            });
    connect(m_dailyBackup.get(), &backup::DailyBackup::failed, this, &SwitchCore::logLine);
    m_dailyBackup->start();
}

// A start that failed leaves nothing running and nothing held.
void SwitchCore::abandonStart(const QString& error)
{
    m_sms.reset();
    m_sip.reset();
    m_dailyBackup.reset();
    m_rates.reset(); // it holds the connection
    m_db.reset();
    m_lock.reset();
    Q_EMIT failed(error);
}

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

void SwitchCore::takeDatabaseLock()
{
    // One switch per database: start-up recovery closes and bills every call
    // it finds open and releases its hold, so a second switch (a second
    // console, a serve beside it) would cut the first one's live calls loose
    // from their credit limit.
    m_lock = store::DatabaseLock::take(m_databasePath, store::DatabaseLock::Purpose::RunSwitch);
}

void SwitchCore::setWebListen(const QString& listen)
{
    m_webListen = listen;
}

void SwitchCore::startWeb()
{
    const store::SettingsRepository settings(*m_db);
    const QString listen =
        m_webListen.isEmpty() ? settings.value(QStringLiteral("web.listen"), QStringLiteral("127.0.0.1:8080"))
                              : m_webListen;
    if (listen.trimmed() == QLatin1String("off")) {
        Q_EMIT logLine(tr("Web portal off (web.listen is off)"));
        return;
    }
    web::WebServer::Config config;
    int port = 0;
    if (!core::parseHostPort(listen, &config.host, &port) || port < 0 || port > 65535) {
        Q_EMIT logLine(
            tr("Web portal not started: '%1' is not an address; write it like 127.0.0.1:8080.").arg(listen));
        return;
    }
    config.port = quint16(port);
    config.certificateFile = settings.value(QStringLiteral("web.tls_certificate"));
    config.keyFile = settings.value(QStringLiteral("web.tls_key"));
    config.readSettings(settings);
    // Its own thread and connection: sign-ins and slow clients never hold up SIP.
    m_web = std::make_unique<web::WebService>(m_databasePath, m_clock, &m_admitted);
    QString url;
    if (const QString error = m_web->start(config, &url); !error.isEmpty()) {
        stopWeb();
        Q_EMIT logLine(tr("Web portal not started: %1").arg(error));
        return;
    }
    Q_EMIT logLine(tr("Web portal on %1").arg(url));
    Q_EMIT webStarted(url);
}

void SwitchCore::stopWeb()
{
    m_web.reset();
}

void SwitchCore::stop()
{
    // Nothing new starts while the calls in progress are hung up. Calls
    // still waiting to be billed are billed by the next start's recovery.
    m_stopping = true;
    m_billingRetry.stop();
    stopWeb();
    m_pendingTimer.stop();
    cancelPending(m_pending.takeAll(), tr("the switch is stopping"));
    for (callback::CallbackSession* session : std::as_const(m_callbacks))
        session->hangup(tr("the switch is stopping"));
    if (m_sip && m_sip->isRunning())
        m_sip->shutdown();
    else
        Q_EMIT stopped();
}

void SwitchCore::dial(int dialId, const QString& number, qint64 pinnedGatewayId, const QByteArray& sdpOffer)
{
    const core::PhoneNumber target = core::PhoneNumber::fromE164(number);
    if (!m_sip || !m_sip->isRunning() || !m_db || target.isEmpty()) {
        Q_EMIT dialFailed(dialId, target.isEmpty() ? 484 : 503,
                          target.isEmpty() ? tr("'%1' is not an E.164 number").arg(number)
                                           : tr("the switch is not running"));
        return;
    }
    const auto candidates =
        routing::Router(*m_db, m_clock, m_rates.get())
            .candidates(target,
                        pinnedGatewayId > 0 ? std::optional<std::int64_t>(pinnedGatewayId) : std::nullopt);
    routing::LegDialer::Config config;
    config.localHost = m_sip->advertisedHost();
    config.localPort = m_sip->advertisedPort();
    auto* dialer = new routing::LegDialer(
        *m_sip, candidates, sdpOffer, config, [this](const store::Gateway& g) { return m_load.busy(g); },
        this);
    m_dials.insert(dialId, dialer);
    const auto finish = [this, dialId, dialer] {
        m_dials.remove(dialId);
        dialer->deleteLater();
    };
    connect(dialer, &routing::LegDialer::progress, this,
            [this, dialId](int status, const QString& phrase, const QString& gateway) {
                Q_EMIT dialProgress(dialId, status,
                                    gateway.isEmpty() ? phrase
                                                      : QStringLiteral("%1: %2").arg(gateway, phrase));
            });
    // A gateway's call limit counts legs from the INVITE on, ringing included.
    connect(dialer, &routing::LegDialer::attemptStarted, this, [this](qint64 id) { m_load.started(id); });
    connect(dialer, &routing::LegDialer::attemptEnded, this, [this](qint64 id) { m_load.ended(id); });
    connect(dialer, &routing::LegDialer::answered, this,
            [this, dialId](const QByteArray& sdp, const QString& gateway, qint64) {
                Q_EMIT dialAnswered(dialId, gateway, sdp);
            });
    connect(dialer, &routing::LegDialer::failed, this,
            [this, dialId, finish](int status, const QString& reason) {
                Q_EMIT dialFailed(dialId, status, reason);
                finish();
            });
    connect(dialer, &routing::LegDialer::ended, this, [this, dialId, finish](const QString& reason) {
        Q_EMIT dialEnded(dialId, reason);
        finish();
    });
    dialer->start();
}

void SwitchCore::hangupDial(int dialId)
{
    if (auto* dialer = qobject_cast<routing::LegDialer*>(m_dials.value(dialId)))
        dialer->hangup();
}

void SwitchCore::pingGateway(qint64 gatewayId)
{
    if (!m_sip || !m_sip->isRunning() || !m_db) {
        Q_EMIT gatewayPinged(gatewayId, 503, tr("the switch is not running"), 0);
        return;
    }
    const auto gateway = store::GatewayRepository(*m_db, m_clock).findGateway(gatewayId);
    if (!gateway) {
        Q_EMIT gatewayPinged(gatewayId, 404, tr("no such gateway"), 0);
        return;
    }
    m_pingGateways.insert(m_sip->ping(gateway->host, gateway->port, gateway->transport), gatewayId);
}

std::optional<sip::SipReply> SwitchCore::refusedUpFront(const sip::SipRequest& request)
{
    sip::SipReply reply;
    if (m_signallingOnly) {
        // A `dial` test leg's stack takes no triggers: that is the switch's job.
        reply.status = 503;
        reply.phrase = QStringLiteral("Service Unavailable");
        return reply;
    }
    const std::int64_t now = m_clock.nowMs();
    triggers::FloodGuard& guard =
        trustedGateway(request.source, now, false, request.sourcePort) ? m_trustedFlood : m_flood;
    if (!guard.allow(request.source.toString(), now)) {
        if (now - m_lastFloodLogMs > 10'000) {
            m_lastFloodLogMs = now;
            Q_EMIT logLine(
                tr("Too many requests from %1: answering 503 for a while").arg(request.source.toString()));
        }
        reply.status = 503;
        reply.phrase = QStringLiteral("Service Unavailable");
        reply.retryAfterSeconds = 5;
        return reply;
    }
    return std::nullopt;
}

sip::SipReply SwitchCore::handle(const sip::SipRequest& request)
{
    if (auto refused = refusedUpFront(request))
        return *refused;
    sip::SipReply reply;
    try {
        if (request.method == QLatin1String("INVITE"))
            return handleTriggers({request}).constFirst();
        if (request.method == QLatin1String("MESSAGE"))
            return handleMessage(request);
        if (request.method == QLatin1String("OPTIONS")) {
            reply.status = 200; // carriers ping us to see we are alive
            reply.phrase = QStringLiteral("OK");
            return reply;
        }
        // INFO or UPDATE outside any call of ours.
        reply.status = 481;
        reply.phrase = QStringLiteral("Call/Transaction Does Not Exist");
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(tr("%1 failed: %2").arg(request.method, error.message()));
        reply.status = 500;
        reply.phrase = QStringLiteral("Server Internal Error");
    }
    return reply;
}

void SwitchCore::expireCards()
{
    // A prepaid calling card's expiry holds under a headless switch too: its
    // account is suspended when the card expires, which refuses its next
    // trigger, and its calls in progress end now.
    if (!m_db)
        return;
    try {
        const auto expired = cards::CardService(*m_db, m_clock).expireDue(QStringLiteral("switch"));
        if (expired.cards > 0)
            Q_EMIT logLine(tr("%n card(s) expired", nullptr, expired.cards));
        hangUpAccounts(expired.suspendedAccounts, tr("the prepaid card expired"));
        // Any other account no longer active (suspended in the console, by a
        // card expiring at a trigger, closed) ends its calls too.
        QList<std::int64_t> inactive;
        const store::AccountRepository accounts(*m_db, m_clock);
        for (const callback::CallbackSession* session : std::as_const(m_callbacks))
            if (session->accountId() != 0 && !inactive.contains(session->accountId()))
                if (const auto account = accounts.findById(session->accountId());
                    account && account->status != store::AccountStatus::Active)
                    inactive.append(account->id);
        hangUpAccounts(inactive, tr("the subscriber's account is not active"));
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(tr("Expiring cards failed (tried again in a minute): %1").arg(error.message()));
    }
}

void SwitchCore::flushUntrustedInvites(bool everything)
{
    if (!m_db)
        return;
    try {
        m_untrustedInvites.flush(*m_db, m_clock, everything);
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(tr("Auditing untrusted INVITEs failed (tried again later): %1").arg(error.message()));
    }
}

void SwitchCore::purgeOldRows()
{
    // Tables that only grow are kept for retention.*_days (0 = for ever).
    if (!m_db)
        return;
    try {
        const store::SettingsRepository settings(*m_db);
        const auto days = [&settings](const char* key, int fallback) {
            bool ok = false;
            const int value = settings.value(QString::fromLatin1(key)).toInt(&ok);
            return ok && value >= 0 ? value : fallback;
        };
        constexpr std::int64_t DayMs = 86'400'000;
        const std::int64_t now = m_clock.nowMs();
        store::Retention retention(*m_db);
        int removed = 0;
        if (const int keep = days("retention.audit_days", 365); keep > 0)
            removed += retention.purgeAudit(now - keep * DayMs);
        if (const int keep = days("retention.redemption_attempts_days", 30); keep > 0)
            removed += retention.purgeRedemptionAttempts(now - keep * DayMs, now);
        if (removed > 0)
            Q_EMIT logLine(tr("Removed %n row(s) older than their retention", nullptr, removed));
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(tr("Removing old rows failed (tried again in an hour): %1").arg(error.message()));
    }
}

void SwitchCore::hangUpAccounts(const QList<std::int64_t>& accountIds, const QString& reason)
{
    for (callback::CallbackSession* session : std::as_const(m_callbacks))
        if (accountIds.contains(session->accountId()))
            session->hangup(reason);
}

void SwitchCore::checkFraud()
{
    if (!m_db || !m_fraud)
        return;
    try {
        const auto alarms = m_fraud->check(fraud::Thresholds::fromSettings(*m_db));
        QList<std::int64_t> suspended;
        for (const fraud::Alarm& alarm : alarms) {
            Q_EMIT logLine(tr("FRAUD ALARM: %1").arg(alarm.text));
            Q_EMIT fraudAlarm(alarm.text);
            if (alarm.suspended)
                suspended.append(*alarm.accountId);
        }
        hangUpAccounts(suspended, tr("the account was suspended by a fraud alarm"));
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(tr("The fraud check failed (tried again later): %1").arg(error.message()));
    }
}

std::optional<store::Gateway> SwitchCore::trustedGateway(const QHostAddress& source, std::int64_t nowMs,
                                                         bool smsOnly, int port)
{
    // Read again every few seconds: a gateway added in the console gets its
    // limits without a restart, and a flood costs no query per request.
    if (!m_trusted || nowMs - m_trustedReadMs > 5'000) {
        m_trustedReadMs = nowMs;
        try {
            m_trusted = triggers::TrustedSources::load(*m_db, m_clock);
        } catch (const store::StoreError& error) {
            // Until the database answers again, everyone gets the stricter limit.
            Q_EMIT logLine(tr("Reading the trusted gateways failed: %1").arg(error.message()));
            if (!m_trusted)
                return std::nullopt;
        }
    }
    return m_trusted->gatewayFor(source, smsOnly, port);
}

QList<sip::SipReply> SwitchCore::handleInvites(const QList<sip::SipRequest>& invites)
{
    QList<sip::SipReply> replies(invites.size());
    QList<qsizetype> passed; // the INVITEs past the flood guard, by index
    QList<sip::SipRequest> triggers;
    for (qsizetype i = 0; i < invites.size(); ++i) {
        if (auto refused = refusedUpFront(invites[i])) {
            replies[i] = *refused;
        } else {
            passed.append(i);
            triggers.append(invites[i]);
        }
    }
    if (triggers.isEmpty())
        return replies;
    const QList<sip::SipReply> answered = handleTriggers(triggers);
    for (qsizetype j = 0; j < passed.size(); ++j)
        replies[passed[j]] = answered[j];
    return replies;
}

QList<sip::SipReply> SwitchCore::handleTriggers(const QList<sip::SipRequest>& invites)
{
    QList<sip::SipReply> replies(invites.size()); // 500 unless said otherwise
    QList<triggers::DidTrigger::Invite> batch;
    batch.reserve(invites.size());
    for (const sip::SipRequest& request : invites)
        batch.append(
            {request.requestUser, request.fromUser, request.source, request.sourcePort, request.transport});
    try {
        // The flood guard has just read the trusted gateways (at most 5 s old).
        const auto results =
            triggers::DidTrigger(*m_db, m_clock, &m_untrustedInvites, m_trusted ? &*m_trusted : nullptr)
                .admitInto(&m_admitted, m_rates.get())
                .handleInvites(batch);
        for (qsizetype i = 0; i < results.size(); ++i) {
            Q_EMIT logLine(
                results[i].error.isEmpty()
                    ? results[i].log
                    : tr("%1 failed: %2")
                          .arg(QStringLiteral("INVITE ") + invites[i].requestUser, results[i].error));
            replies[i].status = results[i].status;
            replies[i].phrase = results[i].phrase;
        }
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(tr("%1 failed: %2").arg(QStringLiteral("INVITE"), error.message()));
    }
    return replies;
}

sip::SipReply SwitchCore::handleMessage(const sip::SipRequest& request)
{
    sip::SipReply reply;
    const auto gateway = trustedGateway(request.source, m_clock.nowMs(), true, request.sourcePort);
    if (!gateway) {
        Q_EMIT logLine(
            tr("MESSAGE from %1, which is not a trusted SMS gateway: 403").arg(request.source.toString()));
        reply.status = 403;
        reply.phrase = QStringLiteral("Forbidden");
        return reply;
    }
    const QString source = QStringLiteral("sip:%1:%2").arg(request.source.toString()).arg(request.sourcePort);
    // Read off the switch thread (a PIN costs a full PBKDF2): 200 now, the
    // reply text as its own MESSAGE when it is ready (SwitchCore::start).
    m_sms->submit(request.fromUser, QString::fromUtf8(request.body), source, gateway->name, gateway->host,
                  gateway->port, gateway->isTest);
    reply.status = 200;
    reply.phrase = QStringLiteral("OK");
    return reply;
}

} // namespace rebound
