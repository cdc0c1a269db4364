#include "network/DidDialog.h"

#include "store/GatewayRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace rebound::console {

DidDialog::DidDialog(std::optional<store::Did> existing, const QList<store::Account>& accounts,
                     const QList<store::Gateway>& gateways, SaveHandler save, QWidget* parent)
    : ServiceFormDialog(std::move(save), parent)
    , m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Edit DID %1").arg(m_existing->number) : tr("New DID"));
    setMinimumWidth(460);

    m_number = new QLineEdit;
    m_number->setPlaceholderText(tr("+1 212 555 0101"));
    addRow(tr("&Number:"), m_number, network::didField::Number,
           tr("In international form: country code and number. Spaces, dashes and + are ignored."));
    m_subscriber = new QComboBox;
    m_subscriber->addItem(tr("(none: calls to it are answered 404)"), QVariant());
    for (const store::Account& a : accounts)
        m_subscriber->addItem(QStringLiteral("%1 – %2").arg(a.accountCode, a.name), qlonglong(a.id));
    addRow(tr("&Subscriber:"), m_subscriber, network::didField::Subscriber,
           tr("Dialling this number triggers a callback to this subscriber."));
    m_mode = new QComboBox;
    m_mode->addItem(tr("DID: call back through the routes"), store::toString(store::DidMode::Did));
    m_mode->addItem(tr("LGW: leg A goes out through the in-country gateway"),
                    store::toString(store::DidMode::Lgw));
    addRow(tr("&Mode:"), m_mode, QStringLiteral("mode"));
    m_gateway = new QComboBox;
    m_gateway->addItem(tr("(none)"), QVariant());
    for (const store::Gateway& g : gateways)
        m_gateway->addItem(g.name, qlonglong(g.id));
    addRow(tr("&Gateway:"), m_gateway, network::didField::Gateway,
           tr("For LGW: the gateway in the subscriber's country."));
    m_askPin = new QCheckBox(tr("Ask for the subscriber's PIN in the IVR"));
    addRow(QString(), m_askPin, QStringLiteral("askPin"),
           tr("For a DID others may learn: the callback goes on only after the PIN."));
    m_enabled = new QCheckBox(tr("Enabled"));
    addRow(QString(), m_enabled, QStringLiteral("enabled"));
    addButtons(m_existing ? tr("Save") : tr("Add DID"));

    const store::Did initial = m_existing ? *m_existing : store::Did();
    m_number->setText(initial.number);
    if (initial.accountId)
        m_subscriber->setCurrentIndex(std::max(0, m_subscriber->findData(qlonglong(*initial.accountId))));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(store::toString(initial.mode))));
    if (initial.gatewayId)
        m_gateway->setCurrentIndex(std::max(0, m_gateway->findData(qlonglong(*initial.gatewayId))));
    m_enabled->setChecked(initial.enabled);
    m_askPin->setChecked(initial.askPin);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &DidDialog::updateForMode);
    updateForMode();
}

void DidDialog::updateForMode()
{
    // Only LGW DIDs use a gateway; the store keeps none for plain DIDs.
    m_gateway->setEnabled(m_mode->currentData().toString() == store::toString(store::DidMode::Lgw));
}

network::DidInput DidDialog::input() const
{
    network::DidInput input;
    input.number = m_number->text();
    input.accountId = m_subscriber->currentData().isValid()
                          ? std::optional<std::int64_t>(m_subscriber->currentData().toLongLong())
                          : std::nullopt;
    input.mode = m_mode->currentData().toString() == store::toString(store::DidMode::Lgw)
                     ? store::DidMode::Lgw
                     : store::DidMode::Did;
    input.gatewayId = m_gateway->currentData().isValid()
                          ? std::optional<std::int64_t>(m_gateway->currentData().toLongLong())
                          : std::nullopt;
    input.enabled = m_enabled->isChecked();
    input.askPin = m_askPin->isChecked();
    return input;
}

} // namespace rebound::console
