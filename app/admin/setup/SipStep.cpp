#include "Switch.h"
#include "admin/setup/SetupPages.h"
#include "common/Dialogs.h"
#include "store/SettingsRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QSpinBox>

namespace rebound::console::setup {

SipStep::SipStep(SetupWizard::State& state)
    : Step(state, QStringLiteral("sipProblems"), tr("This workstation's SIP address"),
           tr("Where the switch answers carriers and phones. Use an address of this machine that "
              "the carrier can reach."))
{
    m_address = field(new QComboBox, QStringLiteral("sipAddress"), "currentText");
    m_address->setEditable(true);
    m_port = field(new QSpinBox, QStringLiteral("sipPort"));
    m_port->setRange(1, 65535);
    m_public = field(new QLineEdit, QStringLiteral("publicAddress"));
    m_public->setPlaceholderText(tr("optional, such as 203.0.113.7"));
    m_portal = field(new QLineEdit, QStringLiteral("portalAddress"));

    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    auto* portLabel = new QLabel(tr("&Port:"));
    portLabel->setBuddy(m_port);
    addressRow->addWidget(portLabel);
    addressRow->addWidget(m_port);
    auto* addressBox = new QWidget;
    addressRow->setContentsMargins(0, 0, 0, 0);
    addressBox->setLayout(addressRow);

    addRow(tr("SIP &address:"), addressBox, catalogHelp("sip.listen"));
    addRow(tr("P&ublic address:"), m_public, catalogHelp("sip.public_address"));
    addRow(tr("Por&tal address:"), m_portal, catalogHelp("web.listen"));
    finishLayOut(layOut());
}

void SipStep::initializePage()
{
    m_address->clear();
    // The machine's IPv4 addresses, then the two special ones.
    for (const QNetworkInterface& nic : QNetworkInterface::allInterfaces()) {
        if (!(nic.flags() & QNetworkInterface::IsUp) || (nic.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry& entry : nic.addressEntries())
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol) {
                m_address->addItem(entry.ip().toString());
                m_address->setItemData(m_address->count() - 1, nic.humanReadableName(), Qt::ToolTipRole);
            }
    }
    m_address->addItem(QStringLiteral("127.0.0.1"));
    m_address->setItemData(m_address->count() - 1, tr("this machine only"), Qt::ToolTipRole);
    m_address->addItem(QStringLiteral("0.0.0.0"));
    m_address->setItemData(m_address->count() - 1, tr("every interface"), Qt::ToolTipRole);

    const store::SettingsRepository settings(m_state.db);
    QString host;
    int port = 5060;
    settings::parseHostPort(settings.text(QStringLiteral("sip.listen")), &host, &port);
    m_address->setCurrentText(host);
    m_port->setValue(port > 0 ? port : 5060);
    m_public->setText(settings.text(QStringLiteral("sip.public_address")));
    m_portal->setText(settings.text(QStringLiteral("web.listen")));
}

bool SipStep::validatePage()
{
    QString host = m_address->currentText().trimmed();
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        host = QStringLiteral("[%1]").arg(host); // IPv6
    // A restart ends the calls in progress: the reseller says so first.
    if (m_state.sipSwitch && m_state.sipSwitch->isRunning() &&
        !dialogs::confirmEndingCalls(this, m_state.db, m_state.clock, tr("Restart the switch")))
        return false;
    bool restart = false;
    if (!applySettings(
            {{QStringLiteral("sip.listen"), QStringLiteral("%1:%2").arg(host).arg(m_port->value())},
             {QStringLiteral("sip.public_address"), m_public->text()},
             {QStringLiteral("web.listen"), m_portal->text()}},
            &restart))
        return false;
    // The switch reads these when it starts; one that is stopped on purpose
    // stays so.
    if (restart && m_state.sipSwitch && m_state.sipSwitch->state() != Switch::State::Stopped) {
        m_state.listening.clear();
        m_state.portalUrl.clear();
        m_state.sipSwitch->restart();
    }
    return true;
}

} // namespace rebound::console::setup
