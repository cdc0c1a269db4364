#include "Switch.h"
#include "admin/setup/SetupPages.h"
#include "common/ConsoleActor.h"
#include "network/GatewayDialogs.h"
#include "network/RouteService.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebound::console::setup {

namespace {
constexpr int PingTimeoutMs = 5000;
}

GatewayStep::GatewayStep(SetupWizard::State& state)
    : Step(state, QStringLiteral("gatewayProblems"), tr("The carrier"),
           tr("The SIP gateway your calls go out through. Rebound checks it with an OPTIONS "
              "request; you can go on if it does not answer yet."))
{
    addSkip(tr("Set up the carrier later, on the Gateways page"), QStringLiteral("skipGateway"));
    field(m_address.name, QStringLiteral("gatewayName"))->setText(tr("Carrier"));
    field(m_address.host, QStringLiteral("gatewayHost"));
    m_address.host->setPlaceholderText(tr("sip.carrier.example or 203.0.113.7"));
    field(m_address.port, QStringLiteral("gatewayPort"))->setText(QStringLiteral("5060"));
    m_address.port->setMaximumWidth(80);
    field(m_address.username, QStringLiteral("gatewayUsername"));
    field(m_address.password, QStringLiteral("gatewayPassword"));
    field(m_address.trustedSources, QStringLiteral("gatewayTrusted"));
    m_address.trustedSources->setPlaceholderText(tr("203.0.113.7, 198.51.100.0/24"));
    m_routeAll = field(new QCheckBox(tr("Send every number through this carrier (a route for all numbers)")),
                       QStringLiteral("routeAll"));
    m_routeAll->setChecked(true);
    m_test = named(new QPushButton(tr("&Save and check")), QStringLiteral("testGateway"));
    m_result = named(new QLabel, QStringLiteral("pingResult"));
    m_result->setWordWrap(true);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(PingTimeoutMs);
    layOutPage();
    skipTurnsOff({m_address.name, m_address.host, m_address.port, m_address.username, m_address.password,
                  m_address.trustedSources, m_routeAll, m_test});
    // The carrier's own address is usually where its DID calls come from.
    connect(m_address.host, &QLineEdit::textEdited, this, [this](const QString& host) {
        QLineEdit* trusted = m_address.trustedSources;
        if (trusted->text().isEmpty() || trusted->text() == m_trustedFromHost) {
            m_trustedFromHost = QHostAddress(host.trimmed()).isNull() ? QString() : host.trimmed();
            trusted->setText(m_trustedFromHost);
        }
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (save())
            ping();
    });
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_pending = 0;
        showPing(false, tr("no answer in %1 s — check host, port and firewall.").arg(PingTimeoutMs / 1000));
    });
    if (m_state.sipSwitch)
        connect(m_state.sipSwitch, &Switch::gatewayPinged, this, &GatewayStep::pinged);
}

bool GatewayStep::validatePage()
{
    if (skipped())
        return true;
    if (!save())
        return false;
    if (!m_state.pinged && m_pending == 0)
        ping(); // the answer reaches the checklist
    return true;
}

void GatewayStep::layOutPage()
{
    addRow(tr("&Name:"), m_address.name);
    addRow(tr("&Host:"), m_address.host);
    addRow(tr("&Port:"), m_address.port);
    addRow(tr("&User name:"), m_address.username,
           tr("The carrier's digest credentials; empty if it knows you by your address."));
    addRow(tr("Pass&word:"), m_address.password);
    addRow(tr("&Trusted sources:"), m_address.trustedSources,
           tr("Addresses allowed to send DID calls and SMS, separated by commas."));
    addRow(QString(), m_routeAll);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    QVBoxLayout* layout = layOut();
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    finishLayOut(layout);
}

bool GatewayStep::save()
{
    const network::GatewayInput in = m_address.input();
    if (m_state.gatewayId != 0 && in == m_saved && m_routeAll->isChecked() == m_savedRoute) {
        showProblems({});
        return true;
    }
    return trySave([&] {
        store::Database::Transaction transaction(m_state.db);
        network::GatewayService gateways(m_state.db, m_state.clock);
        const store::Gateway g = m_state.gatewayId ? gateways.update(m_state.gatewayId, in, ConsoleActor)
                                                   : gateways.add(in, ConsoleActor);
        if (m_routeAll->isChecked())
            addRouteForAll(g);
        transaction.commit();
        m_state.gatewayId = g.id;
        m_saved = in;
        m_savedRoute = m_routeAll->isChecked();
        m_state.pinged = false;
        m_state.reachable = false;
        return true;
    });
}

void GatewayStep::addRouteForAll(const store::Gateway& g)
{
    for (const store::Route& r : store::GatewayRepository(m_state.db, m_state.clock).routes())
        if (r.gatewayId == g.id && r.prefix.isEmpty())
            return;
    network::RouteInput route;
    route.gatewayId = g.id;
    network::RouteService(m_state.db, m_state.clock).add(route, ConsoleActor);
}

void GatewayStep::ping()
{
    Switch* sipSwitch = m_state.sipSwitch;
    if (!sipSwitch || !sipSwitch->isRunning()) {
        m_state.pinged = false;
        m_state.reachable = false;
        m_state.pingText =
            tr("the switch is not running; start it, then use Test reachability on the Gateways page.");
        m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_result->setText(tr("Could not check: %1").arg(m_state.pingText));
        m_state.notify();
        return;
    }
    m_pending = m_state.gatewayId;
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Sending OPTIONS to %1:%2…")
                          .arg(m_address.host->text().trimmed(), m_address.port->text().trimmed()));
    m_timeout.start();
    sipSwitch->pingGateway(m_pending);
}

void GatewayStep::pinged(qint64 gatewayId, int status, const QString& phrase, qint64 elapsedMs)
{
    // Pings sent by someone else, or answered too late, are not ours.
    if (m_pending == 0 || gatewayId != m_pending)
        return;
    m_pending = 0;
    m_timeout.stop();
    // Sofia answers for a silent peer (503 on ICMP unreachable, 408), so
    // only 2xx shows the carrier itself answered.
    if (status >= 200 && status < 300)
        showPing(true, tr("answered %1 %2 in %3 ms.").arg(status).arg(phrase).arg(elapsedMs));
    else
        showPing(false, tr("answered %1 %2 after %3 ms — check host, port and firewall.")
                            .arg(status)
                            .arg(phrase)
                            .arg(elapsedMs));
}

void GatewayStep::showPing(bool reachable, const QString& text)
{
    m_state.pinged = true;
    m_state.reachable = reachable;
    m_state.pingText = text;
    m_result->setStyleSheet(reachable ? QStringLiteral("color: #1a7f37;")
                                      : QStringLiteral("color: #b3261e;"));
    m_result->setText(tr("%1: %2").arg(m_saved.name.trimmed(), text));
    m_state.notify();
}

} // namespace rebound::console::setup
