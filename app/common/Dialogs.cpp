#include "common/Dialogs.h"

#include "billing/RateService.h"
#include "core/Validation.h"
#include "store/CallbackRequestRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>

namespace rebound::console::dialogs {

namespace {
std::function<int(QDialog&)> g_execHook;
std::function<bool(const QString&)> g_confirmHook;
std::function<void(const QString&)> g_errorHook;
std::function<QString(const QString&)> g_fileHook;
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

bool confirmEndingCalls(QWidget* parent, const store::Database& db, const core::Clock& clock,
                        const QString& title)
{
    int live = 0;
    try {
        live = store::CallbackRequestRepository(db, clock).unfinishedCount();
    } catch (const store::StoreError&) {
        live = 0; // the stop itself reports what is wrong with the database
    }
    return live == 0 || confirm(parent, title,
                                QCoreApplication::translate(
                                    "Dialogs", "%n call(s) in progress end now; they are billed up to now.",
                                    nullptr, live));
}

void showError(QWidget* parent, const QString& title, const QString& text)
{
    if (g_errorHook) {
        g_errorHook(text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

bool attempt(QWidget* parent, const QString& title, const std::function<void()>& change)
{
    try {
        change();
        return true;
    } catch (const core::ValidationError& error) {
        showError(parent, title, error.message());
    } catch (const billing::RateServiceError& error) {
        showError(parent, title, error.message());
    } catch (const store::StoreError& error) {
        showError(parent, title, error.message());
    }
    return false;
}

bool confirmAndAttempt(QWidget* parent, const QString& title, const QString& question,
                       const std::function<void()>& change)
{
    return confirm(parent, title, question) && attempt(parent, title, change);
}

void showReport(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    if (g_errorHook) {
        g_errorHook(text + QLatin1Char('\n') + details);
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setDetailedText(details);
    box.exec();
}

void showImportProblems(QWidget* parent, const QString& title, const QString& fileName,
                        const QList<core::CsvIssue>& issues, int problems)
{
    QStringList lines;
    for (const core::CsvIssue& issue : issues)
        lines << issue.message;
    showReport(parent, title,
               QCoreApplication::translate("Dialogs",
                                           "Problems found in %1: %2; nothing was imported. Fix the "
                                           "file and import it again.")
                   .arg(fileName)
                   .arg(problems),
               lines.join(QLatin1Char('\n')));
}

void showInformation(QWidget* parent, const QString& title, const QString& text)
{
    if (g_errorHook) {
        g_errorHook(text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

QString openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (g_fileHook)
        return g_fileHook(caption);
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)
{
    if (g_fileHook)
        return g_fileHook(caption);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void setFileHook(std::function<QString(const QString&)> hook)
{
    g_fileHook = std::move(hook);
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
    g_fileHook = nullptr;
}

} // namespace rebound::console::dialogs
