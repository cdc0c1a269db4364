#include "Dialogs.h"

#include <QDialog>
#include <QMessageBox>

namespace rebound::console::dialogs {

namespace {
std::function<int(QDialog&)> g_execHook;
std::function<bool(const QString&)> g_confirmHook;
std::function<void(const QString&)> g_errorHook;
} // namespace

int exec(QDialog& dialog)
{
    if (g_execHook) {
        dialog.show();
        return g_execHook(dialog);
    }
    return dialog.exec();
}

bool confirm(QWidget* parent, const QString& title, const QString& text)
{
    if (g_confirmHook)
        return g_confirmHook(text);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void showError(QWidget* parent, const QString& title, const QString& text)
{
    if (g_errorHook) {
        g_errorHook(text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void setExecHook(std::function<int(QDialog&)> hook)
{
    g_execHook = std::move(hook);
}

void setConfirmHook(std::function<bool(const QString&)> hook)
{
    g_confirmHook = std::move(hook);
}

void setErrorHook(std::function<void(const QString&)> hook)
{
    g_errorHook = std::move(hook);
}

void clearHooks()
{
    g_execHook = nullptr;
    g_confirmHook = nullptr;
    g_errorHook = nullptr;
}

} // namespace rebound::console::dialogs
