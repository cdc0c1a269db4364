#pragma once

#include "cards/CardService.h"
#include "common/SecretDialog.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rebound::console {

// The options of a new card batch; OK validates through CardService and
// shows each problem under its field.
class GenerateCardsDialog : public QDialog
{
    Q_OBJECT
public:
    GenerateCardsDialog(const cards::CardService& service, const QStringList& sellPlans,
                        const QString& currency, QWidget* parent = nullptr);

    cards::BatchSpec spec() const;
    void accept() override;

private:
    void updateEnabled();
    QLabel* errorLabel(const QString& field);
    void addRow(QFormLayout* form, const QString& label, QWidget* widget, const QString& field);
    void createFields(QFormLayout* form, const QStringList& sellPlans, const QString& currency);

    const cards::CardService& m_service;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_count = nullptr;
    QLineEdit* m_value = nullptr;
    QLineEdit* m_currency = nullptr;
    QComboBox* m_plan = nullptr;
    QComboBox* m_language = nullptr;
    QSpinBox* m_pinLength = nullptr;
    QLineEdit* m_serialPrefix = nullptr;
    QSpinBox* m_serialStart = nullptr;
    QComboBox* m_expiry = nullptr;
    QDateEdit* m_expiryDate = nullptr;
    QSpinBox* m_expiryDays = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_generalError = nullptr;
    QHash<QString, QLabel*> m_errors;
};

// Shown right after generation, the only moment the PINs exist: save them as
// CSV and/or a print-ready PDF. Closing without saving asks first.
class GeneratedBatchDialog : public SecretDialog
{
    Q_OBJECT
public:
    GeneratedBatchDialog(cards::GeneratedBatch batch, QString resellerName, QWidget* parent = nullptr);

    bool savedCsv() const { return m_savedCsv; }
    bool savedPdf() const { return m_savedPdf; }

public Q_SLOTS:
    void saveCsv();
    void savePdf();

protected:
    bool secretKept() const override { return m_savedCsv || m_savedPdf; }

private:
    cards::GeneratedBatch m_batch;
    QString m_resellerName;
    QLabel* m_status = nullptr;
    bool m_savedCsv = false;
    bool m_savedPdf = false;
};

} // namespace rebound::console
