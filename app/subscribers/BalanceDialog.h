#pragma once

#include "core/Money.h"
#include "store/LedgerRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rebound::console {

// Top up or correct a subscriber's balance; becomes one ledger row.
class BalanceDialog : public QDialog
{
    Q_OBJECT
public:
    BalanceDialog(const QString& accountCode, core::Money balance, const QString& currency,
                  QWidget* parent = nullptr);

    core::Money amount() const { return m_amount; } // valid after accept()
    store::LedgerReason reason() const;
    QString note() const;

    void accept() override;

private:
    QLineEdit* m_amountEdit = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    core::Money m_amount;
};

} // namespace rebound::console
