#pragma once

#include <QString>
#include <QtGlobal>
#include <functional>

class QProgressDialog;
class QSaveFile;
class QWidget;

namespace rebound::console {

// The progress of an export as a modal dialog ("exportProgress" for
// tests) that can cancel it.
class ExportProgress
{
public:
    explicit ExportProgress(QProgressDialog& dialog);

    // What is being written; `rows` is how many will be, 0 when that is not
    // known (the dialog then counts up without a bar).
    void start(const QString& text, qint64 rows);
    // Shows that `written` rows are done (on the bar), or a new text;
    // false once the export is cancelled.
    bool advance(qint64 written);
    bool advance(const QString& text);

private:
    QProgressDialog& m_dialog;
};

// Writes an export to `path`, all or nothing (QSaveFile), readable by its
// owner only, as the command line's exports are: they name subscribers,
// their numbers, logins and addresses. `write` writes the
// rows to the file, showing its progress, and returns how many it wrote, or
// -1 when cancelled, which leaves nothing behind. A file that cannot be
// written, or a store::StoreError thrown by `write`, is shown with
// dialogs::showError as "Export failed". Returns the rows written; -1 when
// cancelled or failed.
qint64 exportFile(QWidget* parent, const QString& path,
                  const std::function<qint64(QSaveFile& file, ExportProgress& progress)>& write);

} // namespace rebound::console
