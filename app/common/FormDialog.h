#pragma once

#include "core/Validation.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace rebound::console {

// A problem with one field of a form, keyed by the field's name: the
// services' own type, so their refusals are shown as they come.
using FieldProblem = core::FieldError;
using FieldProblems = core::FieldErrors;

// A hidden, red, word-wrapped label for a form's problems, named `name` for
// tests; shown with the text of a problem.
QLabel* errorLabel(const QString& name);
// OK (saying `okText`) and Cancel, wired to the dialog's accept() and reject().
QDialogButtonBox* okCancelButtons(QDialog* dialog, const QString& okText);

// A form row for a field: its label (the widget's buddy) and, under the
// widget, its hint (if any) and its error label. The widget is named `field`.
void addFieldRow(QFormLayout* form, const QString& label, QWidget* widget, const QString& field, QLabel* hint,
                 QLabel* error);

// A dialog with a form whose problems are shown under the field they concern
// (the way SubscriberDialog does it) instead of in a message box. Each field
// widget is named after its field and its error label "<field>Error", so
// tests can find both.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormDialog(QWidget* parent = nullptr);

protected:
    // Adds a labelled row; the hint is shown in small grey text below.
    void addRow(const QString& label, QWidget* widget, const QString& field, const QString& hint = {});
    // Adds the general error label and OK/Cancel; call once, after the rows.
    void addButtons(const QString& okText);

    void clearErrors();
    void setFieldError(const QString& field, const QString& message);
    void setFieldErrors(const FieldProblems& problems);
    void setGeneralError(const QString& message);
    // Runs a service's save: a core::ValidationError is shown under the
    // fields it names, a store::StoreError above the buttons. True when the
    // save went through.
    bool trySave(const std::function<void()>& save);
    // OK's whole job for a form saved by a service: clears the old problems,
    // runs `save` (trySave) and closes the dialog when it went through, or
    // shows what the service refused and stays open.
    void saveAndClose(const std::function<void()>& save);
    bool hasErrors() const { return m_errorCount > 0; }
    // Focuses the first field with an error and grows to show the messages.
    void showErrors();

private:
    QVBoxLayout* m_layout = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_generalError = nullptr;
    QHash<QString, QLabel*> m_errorLabels;
    QHash<QString, QWidget*> m_fields;
    QStringList m_fieldOrder;
    int m_errorCount = 0;
};

// A FormDialog for one service's input (a gateway, a route, a DID): OK
// reads the form into an Input and hands it to the save handler, which saves
// it through the service; the dialog closes once that went through.
template <typename Input>
class ServiceFormDialog : public FormDialog
{
public:
    // May throw core::ValidationError or store::StoreError; the dialog shows them.
    using SaveHandler = std::function<void(const Input&)>;

    void accept() override
    {
        saveAndClose([this] { m_save(input()); });
    }

protected:
    ServiceFormDialog(SaveHandler save, QWidget* parent)
        : FormDialog(parent)
        , m_save(std::move(save))
    {
    }

    // What the form holds, as the service's input.
    virtual Input input() const = 0;

private:
    SaveHandler m_save;
};

} // namespace rebound::console
