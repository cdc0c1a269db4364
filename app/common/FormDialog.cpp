#include "common/FormDialog.h"

#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebound::console {

namespace {
// Wrapped labels nested in a form layout get no height-for-width, so a
// long message would be cut off: give them a known width and the height
// that width needs.
constexpr int TextWidth = 380;

void fitHeight(QLabel* label)
{
    label->setMinimumHeight(label->heightForWidth(TextWidth));
}

QLabel* wideErrorLabel(const QString& name)
{
    QLabel* label = errorLabel(name);
    label->setMinimumWidth(TextWidth);
    return label;
}
} // namespace

QLabel* errorLabel(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

void addFieldRow(QFormLayout* form, const QString& label, QWidget* widget, const QString& field, QLabel* hint,
                 QLabel* error)
{
    widget->setObjectName(field);
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(widget);
    if (hint)
        column->addWidget(hint);
    column->addWidget(error);
    auto* caption = new QLabel(label);
    caption->setBuddy(widget);
    form->addRow(caption, column);
}

QDialogButtonBox* okCancelButtons(QDialog* dialog, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

FormDialog::FormDialog(QWidget* parent)
    : QDialog(parent)
{
    m_layout = new QVBoxLayout(this);
    // Grow when error messages appear instead of squeezing the fields.
    m_layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->addLayout(m_form);
}

void FormDialog::addRow(const QString& label, QWidget* widget, const QString& field, const QString& hint)
{
    QLabel* hintLabel = nullptr;
    if (!hint.isEmpty()) {
        hintLabel = new QLabel(hint);
        hintLabel->setWordWrap(true);
        hintLabel->setMinimumWidth(TextWidth);
        QFont small = hintLabel->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        hintLabel->setFont(small);
        fitHeight(hintLabel);
    }
    QLabel* error = wideErrorLabel(field + QStringLiteral("Error"));
    addFieldRow(m_form, label, widget, field, hintLabel, error);
    m_errorLabels.insert(field, error);
    m_fields.insert(field, widget);
    m_fieldOrder.append(field);
}

void FormDialog::addButtons(const QString& okText)
{
    m_generalError = wideErrorLabel(QStringLiteral("generalError"));
    m_layout->addWidget(m_generalError);
    m_layout->addWidget(okCancelButtons(this, okText));
}

void FormDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errorLabels))
        label->hide();
    if (m_generalError)
        m_generalError->hide();
    m_errorCount = 0;
}

void FormDialog::setFieldError(const QString& field, const QString& message)
{
    QLabel* label = m_errorLabels.value(field);
    if (!label)
        return setGeneralError(message);
    label->setText(message);
    fitHeight(label);
    label->show();
    ++m_errorCount;
}

void FormDialog::setFieldErrors(const FieldProblems& problems)
{
    for (const FieldProblem& problem : problems)
        setFieldError(problem.field, problem.message);
}

void FormDialog::setGeneralError(const QString& message)
{
    m_generalError->setText(message);
    fitHeight(m_generalError);
    m_generalError->show();
    ++m_errorCount;
}

bool FormDialog::trySave(const std::function<void()>& save)
{
    try {
        save();
        return true;
    } catch (const core::ValidationError& error) {
        setFieldErrors(error.errors());
    } catch (const store::StoreError& error) {
        setGeneralError(error.message());
    }
    return false;
}

void FormDialog::saveAndClose(const std::function<void()>& save)
{
    clearErrors();
    if (!trySave(save))
        return showErrors();
    QDialog::accept();
}

void FormDialog::showErrors()
{
    for (const QString& field : std::as_const(m_fieldOrder)) {
        if (m_errorLabels.value(field)->isVisibleTo(this)) {
            m_fields.value(field)->setFocus();
            break;
        }
    }
    adjustSize();
}

} // namespace rebound::console
