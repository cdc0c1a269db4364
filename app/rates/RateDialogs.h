#pragma once

#include "billing/Markup.h"
#include "store/Rate.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace rebound::console {

// Where an imported rate sheet goes: an existing table (its rates are
// replaced) or a new one (then its kind and currency are asked too).
class ImportRatesDialog : public QDialog
{
    Q_OBJECT
public:
    ImportRatesDialog(const QList<store::RateTable>& tables, const QString& preselected,
                      const QString& fileName, const QString& defaultCurrency, QWidget* parent = nullptr);

    QString tableName() const;
    // Empty for an existing table.
    std::optional<store::RateTableKind> kind() const;
    QString currency() const;

    void accept() override;

private:
    void updateForName();

    QList<store::RateTable> m_tables;
    QComboBox* m_table = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_currency = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_error = nullptr;
};

// The markup tool: a sell plan from a buy table.
class MarkupDialog : public QDialog
{
    Q_OBJECT
public:
    MarkupDialog(const QList<store::RateTable>& tables, const QString& preselectedBuy,
                 QWidget* parent = nullptr);

    std::int64_t fromTableId() const;
    QString toName() const;
    billing::MarkupRule rule() const; // valid after accept()

    void accept() override;

private:
    std::optional<billing::MarkupRule> parseRule(QString* error) const;

    QList<store::RateTable> m_buyTables;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QLineEdit* m_percent = nullptr;
    QLineEdit* m_fixed = nullptr;
    QLineEdit* m_step = nullptr;
    QLineEdit* m_increments = nullptr;
    QCheckBox* m_connectFee = nullptr;
    QLabel* m_error = nullptr;
    billing::MarkupRule m_rule;
};

} // namespace rebound::console
