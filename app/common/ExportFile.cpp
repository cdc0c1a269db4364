#include "common/ExportFile.h"

#include "common/Dialogs.h"
#include "core/PrivateFile.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QSaveFile>

namespace rebound::console {

ExportProgress::ExportProgress(QProgressDialog& dialog)
    : m_dialog(dialog)
{
}

void ExportProgress::start(const QString& text, qint64 rows)
{
    m_dialog.setLabelText(text);
    m_dialog.setRange(0, int(std::min<qint64>(rows, INT_MAX)));
}

bool ExportProgress::advance(qint64 written)
{
    m_dialog.setValue(int(std::min<qint64>(written, INT_MAX)));
    QCoreApplication::processEvents();
    return !m_dialog.wasCanceled();
}

bool ExportProgress::advance(const QString& text)
{
    m_dialog.setLabelText(text);
    QCoreApplication::processEvents();
    return !m_dialog.wasCanceled();
}

qint64 exportFile(QWidget* parent, const QString& path,
                  const std::function<qint64(QSaveFile& file, ExportProgress& progress)>& write)
{
    const QString failed = QCoreApplication::translate("ExportFile", "Export failed");
    const auto cannotWrite = [&](const QString& error) {
        dialogs::showError(
            parent, failed,
            QCoreApplication::translate("ExportFile", "Could not write %1: %2").arg(path, error));
        return qint64(-1);
    };
    QSaveFile file(path);
    if (const QString error = core::openPrivate(file); !error.isEmpty())
        return cannotWrite(error);
    try {
        QProgressDialog dialog(QString(), QCoreApplication::translate("ExportFile", "Cancel"), 0, 0, parent);
        dialog.setObjectName(QStringLiteral("exportProgress"));
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(300);
        ExportProgress progress(dialog);
        const qint64 written = write(file, progress);
        if (written < 0) {
            file.cancelWriting(); // nothing half-written is left behind
            return -1;
        }
        if (!file.commit())
            return cannotWrite(file.errorString());
        return written;
    } catch (const store::StoreError& error) {
        file.cancelWriting();
        dialogs::showError(parent, failed, error.message());
        return -1;
    }
}

} // namespace rebound::console
