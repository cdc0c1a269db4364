#include "subscribers/SubscriberDialog.h"

#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/PeriodPicker.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace rebound::console {

namespace {
// Languages the console offers; the IVR prompts for each come in later.
const char* const Languages[] = {"en", "es", "fr", "de", "pt", "it", "ar", "zh", "hi", "ru", "tl", "vi"};
} // namespace

SubscriberDialog::SubscriberDialog(const accounts::AccountService& service,
                                   std::optional<store::Account> existing, SaveHandler save, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_existing(std::move(existing))
    , m_save(std::move(save))
{
    setWindowTitle(m_existing ? tr("Edit subscriber %1").arg(m_existing->accountCode) : tr("New subscriber"));
    setMinimumWidth(460);

    auto* layout = new QVBoxLayout(this);
    // Grow when error messages appear instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* formLayout = new QFormLayout;
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(formLayout);

    createFields(formLayout);

    m_generalError = errorLabel(QStringLiteral("generalError"));
    layout->addWidget(m_generalError);
    layout->addWidget(okCancelButtons(this, m_existing ? tr("Save") : tr("Add subscriber")));

    showForm(m_existing ? m_service.formFor(*m_existing, QLocale()) : accounts::AccountForm());
    fitToContents();
}

void SubscriberDialog::addRow(QFormLayout* form, const QString& label, QWidget* widget, const QString& field,
                              const QString& hint)
{
    QLabel* hintLabel = nullptr;
    if (!hint.isEmpty()) {
        hintLabel = new QLabel(hint);
        hintLabel->setWordWrap(true);
        hintLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    }
    addFieldRow(form, label, widget, field, hintLabel, addErrorLabel(field));
    m_fieldWidgets.insert(field, widget);
}

// One row per field of the form, each with its hint and its error label.
void SubscriberDialog::createFields(QFormLayout* form)
{
    m_accountCode = new QLineEdit;
    m_accountCode->setMaxLength(12);
    m_accountCode->setPlaceholderText(tr("e.g. 1006"));
    addRow(form, tr("&Account code:"), m_accountCode, accounts::field::AccountCode,
           tr("Digits the subscriber types in SMS and on the phone keypad."));
    m_name = new QLineEdit;
    addRow(form, tr("&Name:"), m_name, accounts::field::Name);
    m_memberId = new QLineEdit;
    addRow(form, tr("&Member id:"), m_memberId, accounts::field::MemberId,
           tr("Web portal login; leave empty for none."));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    addRow(form, tr("&Password:"), m_password, accounts::field::Password,
           m_existing ? tr("Leave empty to keep the current password.") : QString());
    m_pin = new QLineEdit;
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    addRow(form, tr("P&IN:"), m_pin, accounts::field::Pin,
           m_existing ? tr("Leave empty to keep the current PIN. 6 to 12 digits, for the IVR and for SMS "
                           "sent from other phones.")
                      : tr("Optional: 6 to 12 digits, for the IVR and for SMS sent from other phones."));
    m_callbackNumber = new QLineEdit;
    m_callbackNumber->setPlaceholderText(tr("+44 7700 900123"));
    addRow(form, tr("&Callback number:"), m_callbackNumber, accounts::field::CallbackNumber,
           m_existing ? tr("The phone the switch calls back. An earlier callback number stays a registered "
                           "phone until it is removed below.")
                      : tr("The phone the switch calls back."));
    m_didCallers = new QCheckBox(tr("Only from the registered phones"));
    addRow(form, tr("&DID triggers:"), m_didCallers, accounts::field::DidCallers,
           tr("Ringing a DID asks for a callback only from the subscriber's own phones (once one is "
              "registered)."));
    m_language = new QComboBox;
    for (const char* code : Languages) {
        const QString c = QString::fromLatin1(code);
        m_language->addItem(QStringLiteral("%1 (%2)").arg(format::languageName(c), c), c);
    }
    addRow(form, tr("&Language:"), m_language, accounts::field::Language);
    m_creditLimit = new QLineEdit;
    addRow(form, tr("C&redit limit:"), m_creditLimit, accounts::field::CreditLimit,
           tr("How far below zero the balance may go; 0 for prepaid."));
    m_maxCalls = new QSpinBox;
    m_maxCalls->setRange(0, 100);
    m_maxCalls->setSpecialValueText(tr("no limit"));
    addRow(form, tr("Concurrent &calls:"), m_maxCalls, accounts::field::MaxCalls);
    m_status = new QComboBox;
    for (auto status :
         {store::AccountStatus::Active, store::AccountStatus::Suspended, store::AccountStatus::Closed})
        m_status->addItem(store::displayName(status), store::toString(status));
    addRow(form, tr("&Status:"), m_status, accounts::field::Status);
    m_plan = new QComboBox;
    m_plan->addItem(tr("(none: calls are refused)"), QString());
    for (const QString& name : m_service.sellPlanNames())
        m_plan->addItem(name, name);
    addRow(form, tr("Sell p&lan:"), m_plan, accounts::field::SellPlan, tr("The rates this subscriber pays."));
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setFixedHeight(60);
    auto* notesLabel = new QLabel(tr("N&otes:"));
    notesLabel->setBuddy(m_notes);
    form->addRow(notesLabel, m_notes);
    if (m_existing) {
        auto* phonesLabel = new QLabel(tr("Registered p&hones:"));
        QWidget* phones = createPhonesSection();
        phonesLabel->setBuddy(m_phones);
        form->addRow(phonesLabel, phones);
    }
}

// The form's values in the fields.
void SubscriberDialog::showForm(const accounts::AccountForm& initial)
{
    m_accountCode->setText(initial.accountCode);
    m_name->setText(initial.name);
    m_memberId->setText(initial.memberId);
    m_callbackNumber->setText(initial.callbackNumber);
    m_didCallers->setChecked(initial.didCallers != accounts::didCallers::Any);
    int languageIndex = m_language->findData(initial.language);
    if (languageIndex < 0) {
        m_language->addItem(initial.language, initial.language);
        languageIndex = m_language->count() - 1;
    }
    m_language->setCurrentIndex(languageIndex);
    m_creditLimit->setText(m_existing ? initial.creditLimit : QLocale().toString(0.0, 'f', 2));
    m_maxCalls->setValue(initial.maxConcurrentCalls.toInt());
    m_status->setCurrentIndex(m_status->findData(initial.status));
    // A new subscriber gets the first plan: a subscriber without one cannot call.
    const int planIndex = m_existing ? m_plan->findData(initial.sellPlan) : (m_plan->count() > 1 ? 1 : 0);
    m_plan->setCurrentIndex(std::max(planIndex, 0));
    m_notes->setPlainText(initial.notes);
}

void SubscriberDialog::fitToContents()
{
    // Tall enough for the wrapped hints and errors at this width, which the
    // layout's minimum size alone underestimates (they would overlap).
    adjustSize();
    resize(width(), std::max(height(), heightForWidth(width())));
}

QWidget* SubscriberDialog::createPhonesSection()
{
    auto* section = new QWidget;
    auto* column = new QVBoxLayout(section);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* row = new QHBoxLayout;
    m_phones = new QListWidget;
    m_phones->setObjectName(accounts::field::RegisteredPhones);
    for (const store::RegisteredPhone& phone : m_service.registeredPhones(m_existing->id)) {
        auto* item =
            new QListWidgetItem(phone.isCallbackNumber ? tr("%1 (callback number)").arg(phone.number.toPlus())
                                                       : phone.number.toPlus(),
                                m_phones);
        item->setData(Qt::UserRole, phone.number.toPlus());
    }
    // Room for a few numbers without scrolling; the dialog is tall already.
    const int rowHeight = std::max(m_phones->sizeHintForRow(0), m_phones->fontMetrics().height());
    m_phones->setFixedHeight(rowHeight * std::clamp(int(m_phones->count()), 2, 4) +
                             2 * m_phones->frameWidth());
    row->addWidget(m_phones);
    m_removePhone = new QPushButton(tr("Re&move…"));
    m_removePhone->setObjectName(QStringLiteral("removePhone"));
    m_removePhone->setEnabled(false);
    row->addWidget(m_removePhone, 0, Qt::AlignTop);
    column->addLayout(row);
    auto* hint = new QLabel(tr("Every callback number the subscriber has had. These phones may ask for a "
                               "callback by SMS without the PIN and ring the subscriber's DIDs."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    column->addWidget(hint);
    m_removedPhonesNote = new QLabel;
    m_removedPhonesNote->setObjectName(QStringLiteral("removedPhones"));
    m_removedPhonesNote->setWordWrap(true);
    m_removedPhonesNote->hide();
    column->addWidget(m_removedPhonesNote);
    column->addWidget(addErrorLabel(accounts::field::RegisteredPhones));
    m_fieldWidgets.insert(accounts::field::RegisteredPhones, m_phones);
    connect(m_phones, &QListWidget::itemSelectionChanged, this,
            [this] { m_removePhone->setEnabled(!m_phones->selectedItems().isEmpty()); });
    connect(m_removePhone, &QPushButton::clicked, this, &SubscriberDialog::removeSelectedPhone);
    return section;
}

void SubscriberDialog::removeSelectedPhone()
{
    const QList<QListWidgetItem*> selected = m_phones->selectedItems();
    if (selected.isEmpty())
        return;
    QListWidgetItem* item = selected.first();
    const QString number = item->data(Qt::UserRole).toString();
    QLabel* error = m_errorLabels.value(accounts::field::RegisteredPhones);
    if (!error->isHidden()) {
        error->hide();
        fitToContents();
    }
    // Judged against the callback number as it stands in the form, so
    // clearing or changing it first makes the old one removable.
    if (const QString problem =
            m_service.phoneRemovalProblem(m_existing->id, number, m_callbackNumber->text());
        !problem.isEmpty()) {
        error->setText(problem);
        error->show();
        fitToContents();
        return;
    }
    if (!dialogs::confirm(
            this, tr("Remove registered phone"),
            tr("Remove %1 from the registered phones of subscriber %2? Once you save, it can no "
               "longer ask for a callback by SMS without the PIN or ring the subscriber's DIDs.")
                .arg(number, m_existing->accountCode)))
        return;
    m_removedPhones << number;
    delete item;
    m_removedPhonesNote->setText(
        tr("Removed when you save: %1").arg(m_removedPhones.join(QStringLiteral(", "))));
    m_removedPhonesNote->show();
    fitToContents();
}

QLabel* SubscriberDialog::addErrorLabel(const QString& field)
{
    QLabel* label = errorLabel(field + QStringLiteral("Error"));
    m_errorLabels.insert(field, label);
    return label;
}

accounts::AccountForm SubscriberDialog::form() const
{
    accounts::AccountForm form;
    form.accountCode = m_accountCode->text();
    form.name = m_name->text();
    form.memberId = m_memberId->text();
    form.password = m_password->text();
    form.pin = m_pin->text();
    form.callbackNumber = m_callbackNumber->text();
    form.didCallers =
        m_didCallers->isChecked() ? accounts::didCallers::Registered : accounts::didCallers::Any;
    form.language = m_language->currentData().toString();
    form.creditLimit = m_creditLimit->text();
    form.maxConcurrentCalls = QString::number(m_maxCalls->value());
    form.status = m_status->currentData().toString();
    form.sellPlan = m_plan->currentData().toString();
    form.notes = m_notes->toPlainText();
    form.removePhones = m_removedPhones;
    form.locale = QLocale();
    return form;
}

void SubscriberDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errorLabels))
        label->hide();
    m_generalError->hide();
}

void SubscriberDialog::showErrors(const QList<accounts::FieldError>& errors)
{
    QWidget* first = nullptr;
    for (const accounts::FieldError& e : errors) {
        QLabel* label = m_errorLabels.value(e.field);
        if (!label) {
            m_generalError->setText(e.message);
            m_generalError->show();
            continue;
        }
        label->setText(e.message);
        label->show();
        if (!first)
            first = m_fieldWidgets.value(e.field);
    }
    if (first)
        first->setFocus();
    fitToContents();
}

void SubscriberDialog::accept()
{
    clearErrors();
    const accounts::AccountForm current = form();
    const auto errors =
        m_service.validate(current, m_existing ? std::optional<std::int64_t>(m_existing->id) : std::nullopt);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    try {
        m_save(current);
    } catch (const accounts::ValidationError& error) {
        showErrors(error.errors());
        return;
    } catch (const store::StoreError& error) {
        m_generalError->setText(error.message());
        m_generalError->show();
        fitToContents();
        return;
    }
    QDialog::accept();
}

} // namespace rebound::console
