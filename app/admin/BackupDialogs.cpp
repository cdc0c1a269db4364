#include "admin/BackupDialogs.h"

#include "backup/BackupService.h"
#include "common/ConsoleActor.h"
#include "common/Dialogs.h"
#include "common/PageParts.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>

namespace rebound::console {

namespace {
// lupdate files this file's tr("…") under its namespace, so that is where
// the translation is looked up.
QString tr(const char* text)
{
    return QCoreApplication::translate("rebound::console", text);
}

QString filter()
{
    return tr("Rebound backups (*.sqlite *.db);;All files (*)");
}
} // namespace

QString suggestedBackupPath(const core::Clock& clock)
{
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(clock.nowMs()).toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    return QDir::home().filePath(QStringLiteral("rebound-%1.sqlite").arg(stamp));
}

bool backUpInteractively(QWidget* parent, const store::Database& db, const core::Clock& clock)
{
    const QString title = tr("Back up");
    const QString path =
        dialogs::saveFileName(parent, tr("Back up the database to"), suggestedBackupPath(clock), filter());
    if (path.isEmpty())
        return false;
    try {
        backup::BackupFile file;
        {
            BusyCursor busy;
            file = backup::BackupService::backUp(db, path);
        }
        QString text = tr("The database was backed up to %1 (%2).")
                           .arg(QDir::toNativeSeparators(file.path), QLocale().formattedDataSize(file.bytes));
        if (!file.pinKeyPath.isEmpty())
            text +=
                QLatin1Char('\n') + tr("The card PIN key was saved beside it as %1; keep the two together: "
                                       "cards cannot be redeemed without the key.")
                                        .arg(QDir::toNativeSeparators(file.pinKeyPath));
        dialogs::showInformation(parent, title, text);
        return true;
    } catch (const store::StoreError& error) {
        dialogs::showError(parent, title, error.message());
        return false;
    }
}

bool restoreInteractively(QWidget* parent, const store::Database& db, const core::Clock& clock)
{
    const QString title = tr("Restore");
    const QString path = dialogs::openFileName(parent, tr("Restore the database from"), filter());
    if (path.isEmpty())
        return false;
    try {
        backup::BackupReport report;
        {
            BusyCursor busy;
            report = backup::BackupService::check(path);
        }
        const QString question =
            tr("Replace all data in %1 with the backup from %2?")
                .arg(QDir::toNativeSeparators(db.path()),
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(report.modifiedAt),
                                        QLocale::ShortFormat)) +
            QStringLiteral("\n\n") + backup::BackupService::describe(report) + QLatin1Char('\n') +
            tr("The current data is saved beside the database first, so this can be undone.");
        if (!dialogs::confirm(parent, title, question))
            return false;
        backup::RestoreResult result;
        {
            BusyCursor busy;
            result = backup::BackupService::restore(db, path, clock, ConsoleActor);
        }
        QString text = tr("The data was restored from %1.\nThe data it replaced was saved to %2.")
                           .arg(QDir::toNativeSeparators(result.restored.path),
                                QDir::toNativeSeparators(result.previous.path));
        if (result.pinKeyRestored)
            text += QLatin1Char('\n') + tr("The card PIN key was restored too.");
        for (const QString& warning : result.warnings)
            text += QStringLiteral("\n\n") + warning;
        dialogs::showInformation(parent, title, text);
        return true;
    } catch (const store::StoreError& error) {
        dialogs::showError(parent, title, error.message());
        return false;
    }
}

} // namespace rebound::console
