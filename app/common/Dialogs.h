#pragma once

#include "core/Csv.h"

#include <QList>
#include <QString>
#include <functional>

class QDialog;
class QWidget;

namespace rebound::core {
class Clock;
}
namespace rebound::store {
class Database;
}

namespace rebound::console {

// Every modal dialog and message box goes through these, so offscreen tests
// can answer them instead of blocking in exec().
namespace dialogs {

// QDialog::exec(), or the test hook's answer.
int exec(QDialog& dialog);
bool confirm(QWidget* parent, const QString& title, const QString& text);
// Stopping or restarting the switch ends the calls in progress: asks when
// there are some (true: go on). No question when there are none.
bool confirmEndingCalls(QWidget* parent, const store::Database& db, const core::Clock& clock,
                        const QString& title);
void showError(QWidget* parent, const QString& title, const QString& text);
// Runs a change through the services; what they refuse (an invalid input, a
// rate sheet, the database) is shown as an error under `title`. True when it
// went through.
bool attempt(QWidget* parent, const QString& title, const std::function<void()>& change);
// A change that cannot be undone (a delete): asks `question` first, then
// attempts it, both under `title`. True when it was asked for and went
// through.
bool confirmAndAttempt(QWidget* parent, const QString& title, const QString& question,
                       const std::function<void()>& change);
// An error with a long list of details (e.g. every bad line of a CSV file).
void showReport(QWidget* parent, const QString& title, const QString& text, const QString& details);
void showInformation(QWidget* parent, const QString& title, const QString& text);
// Why an import of `fileName` changed nothing: the number of problems, then
// each listed issue ("line 7: …") as the details. A report.
void showImportProblems(QWidget* parent, const QString& title, const QString& fileName,
                        const QList<core::CsvIssue>& issues, int problems);
// File choosers; an empty string means cancelled.
QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                     const QString& filter);

// Tests only. The exec hook receives the dialog (already shown, not modal)
// and returns its result; confirm answers come from the confirm hook; errors
// are handed to the error hook instead of a message box.
void setExecHook(std::function<int(QDialog&)> hook);
void setConfirmHook(std::function<bool(const QString& text)> hook);
// Receives errors, reports (text + "\n" + details) and information.
void setErrorHook(std::function<void(const QString& text)> hook);
// Answers both file choosers with a path (or "" for cancel).
void setFileHook(std::function<QString(const QString& caption)> hook);
void clearHooks();

} // namespace dialogs
} // namespace rebound::console
