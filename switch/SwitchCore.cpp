#include "SwitchCore.h"

#include "Housekeeping.h"
#include "billing/RateCache.h"
#include "callback/CallBilling.h"
#include "callback/CallbackSession.h"
#include "callback/MediaEvents.h"
#include "core/HostPort.h"
#include "media/MediaEngine.h"
#include "routing/LegDialer.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/DatabaseLock.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "triggers/SmsService.h"
#include "web/WebServer.h"
#include "web/WebService.h"

#include <QHostInfo>

namespace rebound {

SwitchCore::SwitchCore(QString databasePath, QString sipListen, const core::Clock& clock)
    : m_databasePath(std::move(databasePath))
    , m_sipListen(std::move(sipListen))
    , m_admitted(this) // moves to the switch thread with its parent
    , m_clock(clock)
    , m_requests(m_clock, m_admitted, m_untrustedInvites, this) // moves to the switch thread with its parent
    , m_pendingTimer(this)                                      // moves to the switch thread with its parent
    , m_billingRetry(this)                                      // moves to the switch thread with its parent
{
    m_billingRetry.setSingleShot(true);
    connect(&m_billingRetry, &QTimer::timeout, this, &SwitchCore::retryBilling);
    // Every trigger's admitted request, whichever thread admitted it, comes
    // here queued: after its row is committed, and never inside a handler.
    connect(&m_admitted, &callback::AdmittedRequests::admitted, this, &SwitchCore::callbackRequested,
            Qt::QueuedConnection);
    m_pendingTimer.setSingleShot(true);
    connect(&m_pendingTimer, &QTimer::timeout, this, &SwitchCore::startDueCallbacks);
    connect(&m_requests, &InboundRequests::logLine, this, &SwitchCore::logLine);
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
    m_housekeeping.reset(); // the daily backup waits for a backup in progress
    m_rates.reset();        // it holds the connection
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
        m_requests.setFloodLimits(settings);
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

void SwitchCore::startSip(const sip::SipStack::Config& config)
{
    m_sip = std::make_unique<sip::SipStack>(m_requests);
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
        if (m_housekeeping)
            m_housekeeping->stop();
        m_sms.reset();
        m_requests.detach();
        stopWeb();
        // Sessions hold the database and the rate cache: they go first.
        // Calls they leave open are billed when the switch next starts.
        qDeleteAll(m_callbacks);
        m_callbacks.clear();
        m_bridges.clear();
        m_housekeeping.reset();
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
    m_requests.attach(*m_db, m_rates.get(), m_sms.get(), m_signallingOnly);
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
    m_housekeeping = std::make_unique<Housekeeping>(*m_db, m_clock, m_databasePath, m_untrustedInvites,
                                                    [this] { return accountsInCall(); });
    connect(m_housekeeping.get(), &Housekeeping::logLine, this, &SwitchCore::logLine);
    connect(m_housekeeping.get(), &Housekeeping::fraudAlarm, this, &SwitchCore::fraudAlarm);
    connect(m_housekeeping.get(), &Housekeeping::hangUpRequested, this, &SwitchCore::hangUpAccounts);
    m_housekeeping->start(settings);
}

// A start that failed leaves nothing running and nothing held.
void SwitchCore::abandonStart(const QString& error)
{
    m_sms.reset();
    m_requests.detach();
    m_sip.reset();
    m_housekeeping.reset();
    m_rates.reset(); // it holds the connection
    m_db.reset();
    m_lock.reset();
    Q_EMIT failed(error);
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
} // namespace rebound
