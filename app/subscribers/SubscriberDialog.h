#pragma once

#include "accounts/AccountService.h"
#include "store/Account.h"

#include <QDialog>
#include <QHash>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace rebound::console {

// Add or edit one subscriber. OK validates through AccountService and shows
// each problem under its field; the dialog only closes once the save handler
// succeeded, so nothing half-saved is ever left behind. An existing
// subscriber's registered phones are listed; the ones removed (after a
// confirmation) go with the form, so Cancel still changes nothing.
class SubscriberDialog : public QDialog
{
    Q_OBJECT
public:
    using SaveHandler = std::function<void(const accounts::AccountForm&)>;

    // existing is empty for a new subscriber. The save handler may throw
    // accounts::ValidationError or store::StoreError; the dialog shows them.
    SubscriberDialog(const accounts::AccountService& service, std::optional<store::Account> existing,
                     SaveHandler save, QWidget* parent = nullptr);

    accounts::AccountForm form() const;

    void accept() override;

private:
    QWidget* createPhonesSection();
    void removeSelectedPhone();
    void addRow(QFormLayout* form, const QString& label, QWidget* widget, const QString& field,
                const QString& hint = {});
    void createFields(QFormLayout* form);
    void showForm(const accounts::AccountForm& initial);
    void fitToContents();
    void showErrors(const QList<accounts::FieldError>& errors);
    void clearErrors();
    QLabel* addErrorLabel(const QString& field);

    const accounts::AccountService& m_service;
    std::optional<store::Account> m_existing;
    SaveHandler m_save;

    QLineEdit* m_accountCode = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_memberId = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_callbackNumber = nullptr;
    QCheckBox* m_didCallers = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_creditLimit = nullptr;
    QSpinBox* m_maxCalls = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_plan = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QListWidget* m_phones = nullptr; // an existing subscriber's registered phones
    QPushButton* m_removePhone = nullptr;
    QLabel* m_removedPhonesNote = nullptr;
    QStringList m_removedPhones; // removed when the dialog saves
    QLabel* m_generalError = nullptr;
    QHash<QString, QLabel*> m_errorLabels;
    QHash<QString, QWidget*> m_fieldWidgets;
};

} // namespace rebound::console
