#include "network/GatewayDialogs.h"

#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace rebound::console {

GatewayAddressFields::GatewayAddressFields()
    : name(new QLineEdit)
    , host(new QLineEdit)
    , port(new QLineEdit)
    , username(new QLineEdit)
    , password(new QLineEdit)
    , trustedSources(new QLineEdit)
{
    password->setEchoMode(QLineEdit::Password);
}

network::GatewayInput GatewayAddressFields::input() const
{
    network::GatewayInput input;
    input.name = name->text();
    input.host = host->text();
    input.port = port->text();
    input.username = username->text();
    input.password = password->text();
    input.trustedSources = trustedSources->text();
    return input;
}

GatewayDialog::GatewayDialog(std::optional<store::Gateway> existing, const QList<store::RateTable>& buyTables,
                             SaveHandler save, QWidget* parent)
    : ServiceFormDialog(std::move(save), parent)
    , m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Edit gateway %1").arg(m_existing->name) : tr("New gateway"));
    setMinimumWidth(500);

    addRow(tr("&Name:"), m_address.name, network::gatewayField::Name);
    m_address.host->setPlaceholderText(tr("sip.carrier.example or 203.0.113.7"));
    addRow(tr("&Host:"), m_address.host, network::gatewayField::Host);
    m_address.port->setMaximumWidth(100);
    addRow(tr("&Port:"), m_address.port, network::gatewayField::Port);
    m_transport = new QComboBox;
    for (const char* t : {"udp", "tcp", "tls"})
        m_transport->addItem(QString::fromLatin1(t).toUpper(), QString::fromLatin1(t));
    addRow(tr("&Transport:"), m_transport, network::gatewayField::Transport);
    addRow(tr("&User name:"), m_address.username, QStringLiteral("username"),
           tr("Digest credentials for calls sent to this gateway; empty if it needs none."));
    addRow(tr("Pass&word:"), m_address.password, QStringLiteral("password"),
           m_existing ? tr("Leave empty to keep the current password.") : QString());
    m_realm = new QLineEdit;
    addRow(tr("&Realm:"), m_realm, QStringLiteral("realm"));
    m_stripDigits = new QSpinBox;
    m_stripDigits->setRange(0, network::GatewayService::MaxStripDigits);
    addRow(tr("&Strip digits:"), m_stripDigits, network::gatewayField::StripDigits,
           tr("Leading digits removed from the number before it is sent."));
    m_addPrefix = new QLineEdit;
    addRow(tr("&Add prefix:"), m_addPrefix, network::gatewayField::AddPrefix,
           tr("Digits put in front of the number after stripping."));
    m_callerId = new QLineEdit;
    addRow(tr("&Caller ID:"), m_callerId, network::gatewayField::CallerId,
           tr("Number presented on calls; empty for none."));
    m_buyTable = new QComboBox;
    m_buyTable->addItem(tr("(none: cost unknown)"), QVariant());
    for (const store::RateTable& t : buyTables)
        if (t.kind == store::RateTableKind::Buy)
            m_buyTable->addItem(t.name, qlonglong(t.id));
    addRow(tr("&Buy table:"), m_buyTable, network::gatewayField::BuyTable, tr("What this gateway charges."));
    m_maxCalls = new QSpinBox;
    m_maxCalls->setRange(0, network::GatewayService::MaxCallsLimit);
    m_maxCalls->setSpecialValueText(tr("no limit"));
    addRow(tr("&Max calls:"), m_maxCalls, network::gatewayField::MaxCalls);
    m_address.trustedSources->setPlaceholderText(tr("203.0.113.7, 198.51.100.0/24"));
    addRow(tr("&Trusted sources:"), m_address.trustedSources, network::gatewayField::TrustedSources,
           tr("Addresses and subnets allowed to send DID calls and SMS, separated by commas."));
    m_sms = new QCheckBox(tr("Accept SMS (SIP MESSAGE) triggers from this gateway"));
    addRow(QString(), m_sms, QStringLiteral("smsGateway"));
    m_enabled = new QCheckBox(tr("Enabled"));
    addRow(QString(), m_enabled, QStringLiteral("enabled"));
    addButtons(m_existing ? tr("Save") : tr("Add gateway"));

    const store::Gateway initial = m_existing ? *m_existing : store::Gateway();
    m_address.name->setText(initial.name);
    m_address.host->setText(initial.host);
    m_address.port->setText(QString::number(initial.port));
    m_transport->setCurrentIndex(std::max(0, m_transport->findData(initial.transport)));
    m_address.username->setText(initial.username);
    m_realm->setText(initial.realm);
    m_stripDigits->setValue(initial.stripDigits);
    m_addPrefix->setText(initial.addPrefix);
    m_callerId->setText(initial.callerId);
    if (initial.buyTableId)
        m_buyTable->setCurrentIndex(std::max(0, m_buyTable->findData(qlonglong(*initial.buyTableId))));
    m_maxCalls->setValue(initial.maxCalls);
    m_address.trustedSources->setText(initial.trustedSources.join(QStringLiteral(", ")));
    m_sms->setChecked(initial.isSmsGateway);
    m_enabled->setChecked(initial.enabled);
}

network::GatewayInput GatewayDialog::input() const
{
    network::GatewayInput input = m_address.input();
    input.transport = m_transport->currentData().toString();
    input.realm = m_realm->text();
    input.stripDigits = m_stripDigits->value();
    input.addPrefix = m_addPrefix->text();
    input.callerId = m_callerId->text();
    input.buyTableId = m_buyTable->currentData().isValid()
                           ? std::optional<std::int64_t>(m_buyTable->currentData().toLongLong())
                           : std::nullopt;
    input.maxCalls = m_maxCalls->value();
    input.smsGateway = m_sms->isChecked();
    input.enabled = m_enabled->isChecked();
    return input;
}

RouteDialog::RouteDialog(const QList<store::Gateway>& gateways,
                         std::optional<std::int64_t> preselectedGateway, SaveHandler save, QWidget* parent)
    : ServiceFormDialog(std::move(save), parent)
{
    setWindowTitle(tr("New route"));
    setMinimumWidth(400);
    m_prefix = new QLineEdit;
    m_prefix->setPlaceholderText(tr("e.g. 44 for the United Kingdom"));
    addRow(tr("&Prefix:"), m_prefix, network::routeField::Prefix,
           tr("E.164 digits the number starts with; empty for every number."));
    m_gateway = new QComboBox;
    for (const store::Gateway& g : gateways)
        m_gateway->addItem(g.name, qlonglong(g.id));
    if (preselectedGateway)
        m_gateway->setCurrentIndex(std::max(0, m_gateway->findData(qlonglong(*preselectedGateway))));
    addRow(tr("&Gateway:"), m_gateway, network::routeField::Gateway);
    m_priority = new QSpinBox;
    m_priority->setRange(0, network::RouteService::MaxPriority);
    m_priority->setValue(store::Route().priority);
    addRow(tr("P&riority:"), m_priority, network::routeField::Priority,
           tr("For the same prefix, lower numbers are tried first."));
    m_enabled = new QCheckBox(tr("Enabled"));
    m_enabled->setChecked(true);
    addRow(QString(), m_enabled, QStringLiteral("enabled"));
    addButtons(tr("Add route"));
}

network::RouteInput RouteDialog::input() const
{
    network::RouteInput input;
    input.prefix = m_prefix->text();
    if (m_gateway->currentIndex() >= 0)
        input.gatewayId = m_gateway->currentData().toLongLong();
    input.priority = m_priority->value();
    input.enabled = m_enabled->isChecked();
    return input;
}

} // namespace rebound::console
