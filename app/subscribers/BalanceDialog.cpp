#include "subscribers/BalanceDialog.h"

#include "common/FormDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebound::console {

BalanceDialog::BalanceDialog(const QString& accountCode, core::Money balance, const QString& currency,
                             QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Adjust balance of %1").arg(accountCode));
    setMinimumWidth(380);
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(new QLabel(tr("Current balance: <b>%1</b>").arg(balance.format(currency, QLocale()))));
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_amountEdit = new QLineEdit;
    m_amountEdit->setObjectName(QStringLiteral("amount"));
    m_amountEdit->setPlaceholderText(tr("10.00, or -2.50 to take money away"));
    form->addRow(tr("&Amount:"), m_amountEdit);
    m_reason = new QComboBox;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->addItem(tr("Top-up (payment received)"), int(store::LedgerReason::TopUp));
    m_reason->addItem(tr("Adjustment (correction)"), int(store::LedgerReason::Adjustment));
    m_reason->addItem(tr("Refund"), int(store::LedgerReason::Refund));
    form->addRow(tr("&Reason:"), m_reason);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("receipt number, ticket, …"));
    form->addRow(tr("&Note:"), m_note);
    m_error = errorLabel(QStringLiteral("error"));
    layout->addWidget(m_error);
    layout->addWidget(okCancelButtons(this, tr("Record")));
}

store::LedgerReason BalanceDialog::reason() const
{
    return static_cast<store::LedgerReason>(m_reason->currentData().toInt());
}

QString BalanceDialog::note() const
{
    return m_note->text().trimmed();
}

void BalanceDialog::accept()
{
    const auto parsed = core::Money::parse(m_amountEdit->text(), QLocale());
    QString error;
    if (!parsed.value)
        error = parsed.error;
    else if (parsed.value->isZero())
        error = tr("An amount of zero changes nothing.");
    else if (parsed.value->isNegative() && reason() != store::LedgerReason::Adjustment)
        error = tr("Top-ups and refunds add money; use Adjustment to take money away.");
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_amount = *parsed.value;
    QDialog::accept();
}

} // namespace rebound::console
