#pragma once

#include <QString>
#include <functional>

class QDialog;
class QWidget;

namespace rebound::console {

// Every modal dialog and message box goes through these, so offscreen tests
// can answer them instead of blocking in exec().
namespace dialogs {

// QDialog::exec(), or the test hook's answer.
int exec(QDialog& dialog);
bool confirm(QWidget* parent, const QString& title, const QString& text);
void showError(QWidget* parent, const QString& title, const QString& text);

// Tests only. The exec hook receives the dialog (already shown, not modal)
// and returns its result; confirm answers come from the confirm hook; errors
// are handed to the error hook instead of a message box.
void setExecHook(std::function<int(QDialog&)> hook);
void setConfirmHook(std::function<bool(const QString& text)> hook);
void setErrorHook(std::function<void(const QString& text)> hook);
void clearHooks();

} // namespace dialogs
} // namespace rebound::console
