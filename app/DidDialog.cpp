#include "DidDialog.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>

namespace rebound::console {

namespace {
const QString NumberField = QStringLiteral("number");
const QString GatewayField = QStringLiteral("gateway");
} // namespace

QString DidDialog::normaliseNumber(const QString& typed)
{
    QString number = typed.trimmed();
    number.remove(QRegularExpression(QStringLiteral("[\\s\\-().]")));
    if (number.startsWith(QLatin1Char('+')))
        number.remove(0, 1);
    return number;
}

DidDialog::DidDialog(std::optional<store::Did> existing, QList<store::Did> allDids,
                     const QList<store::Account>& accounts, const QList<store::Gateway>& gateways,
                     SaveHandler save, QWidget* parent)
    : FormDialog(parent)
    , m_existing(std::move(existing))
    , m_allDids(std::move(allDids))
    , m_save(std::move(save))
{
    setWindowTitle(m_existing ? tr("Edit DID %1").arg(m_existing->number) : tr("New DID"));
    setMinimumWidth(460);

    m_number = new QLineEdit;
    m_number->setPlaceholderText(tr("+1 212 555 0101"));
    addRow(tr("&Number:"), m_number, NumberField,
           tr("In international form: country code and number. Spaces, dashes and + are ignored."));
    m_subscriber = new QComboBox;
    m_subscriber->addItem(tr("(none: calls to it are answered 404)"), QVariant());
    for (const store::Account& a : accounts)
        m_subscriber->addItem(QStringLiteral("%1 – %2").arg(a.accountCode, a.name), qlonglong(a.id));
    addRow(tr("&Subscriber:"), m_subscriber, QStringLiteral("subscriber"),
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
    addRow(tr("&Gateway:"), m_gateway, GatewayField, tr("For LGW: the gateway in the subscriber's country."));
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

void DidDialog::accept()
{
    clearErrors();
    DidInput input;
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
    store::Did d;
    setFieldErrors(DidEdits::check(input, m_existing, m_allDids, &d));
    if (!hasErrors()) {
        try {
            m_save(d);
        } catch (const store::StoreError& error) {
            if (error.kind() == store::StoreError::Kind::Duplicate)
                setFieldError(NumberField, tr("DID %1 already exists.").arg(d.number));
            else
                setGeneralError(error.message());
        }
    }
    if (hasErrors())
        return showErrors();
    QDialog::accept();
}

FieldProblems DidEdits::check(const DidInput& input, const std::optional<store::Did>& existing,
                              const QList<store::Did>& allDids, store::Did* did)
{
    FieldProblems problems;
    store::Did d = existing ? *existing : store::Did();
    d.number = DidDialog::normaliseNumber(input.number);
    static const QRegularExpression e164(QStringLiteral("^[1-9][0-9]{2,14}$"));
    if (d.number.isEmpty())
        problems.append({NumberField, tr("Enter the DID number, e.g. +1 212 555 0101.")});
    else if (!e164.match(d.number).hasMatch())
        problems.append({NumberField, tr("'%1' is not an international number: use 3 to 15 digits starting "
                                         "with the country code (not 0), optionally after a +.")
                                          .arg(input.number.trimmed())});
    for (const store::Did& other : allDids)
        if (other.number == d.number && (!existing || other.id != existing->id))
            problems.append(
                {NumberField,
                 other.accountId
                     ? tr("DID %1 already exists (subscriber %2).").arg(other.number, other.accountCode)
                     : tr("DID %1 already exists.").arg(other.number)});

    d.accountId = input.accountId;
    d.accountCode.clear();
    d.mode = input.mode;
    d.gatewayId.reset();
    if (d.mode == store::DidMode::Lgw) {
        if (input.gatewayId)
            d.gatewayId = input.gatewayId;
        else
            problems.append({GatewayField, tr("An LGW DID needs the gateway that leg A goes out through; "
                                              "choose one, or set the mode to DID.")});
    }
    d.enabled = input.enabled;
    d.askPin = input.askPin;
    *did = d;
    return problems;
}

QString DidEdits::describe(const store::Did& d, const QString& accountCode)
{
    return QStringLiteral("account=%1 mode=%2 gateway=%3 enabled=%4 ask_pin=%5")
        .arg(accountCode.isEmpty() ? QStringLiteral("-") : accountCode, store::toString(d.mode),
             d.gatewayId ? QString::number(*d.gatewayId) : QStringLiteral("-"))
        .arg(d.enabled ? 1 : 0)
        .arg(d.askPin ? 1 : 0);
}

void DidEdits::save(const store::Database& db, const core::Clock& clock, const store::Did& did,
                    const std::optional<store::Did>& existing, const QString& accountCode,
                    const QString& actor)
{
    store::Database::Transaction transaction(db);
    store::GatewayRepository repo(db, clock);
    if (existing)
        repo.updateDid(did);
    else
        repo.insertDid(did);
    QString details = describe(did, accountCode);
    if (existing && existing->number != did.number)
        details = QStringLiteral("was %1; ").arg(existing->number) + details;
    store::AuditLog(db, clock).record(actor,
                                      existing ? QStringLiteral("did.update") : QStringLiteral("did.add"),
                                      QStringLiteral("did"), did.number, details);
    transaction.commit();
}

} // namespace rebound::console
