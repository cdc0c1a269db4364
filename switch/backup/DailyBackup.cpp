#include "backup/DailyBackup.h"

#include "backup/BackupService.h"
#include "cards/PinKey.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace rebound::backup {

namespace {
// Deletes the oldest daily files beyond `keep`; only names this class gives.
QStringList prune(const QString& folder, int keep)
{
    static const QRegularExpression daily(QStringLiteral("^rebound-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    QStringList names;
    const QStringList entries = QDir(folder).entryList({QStringLiteral("rebound-*.sqlite")}, QDir::Files);
    for (const QString& name : entries) {
        const auto match = daily.match(name);
        if (match.hasMatch() && QDate::fromString(match.captured(1), Qt::ISODate).isValid())
            names << name;
    }
    std::sort(names.begin(), names.end(), std::greater<>()); // newest first: the date sorts as text
    QStringList removed;
    for (qsizetype i = keep; i < names.size(); ++i) {
        const QString path = QDir(folder).filePath(names[i]);
        if (QFile::remove(path)) {
            QFile::remove(cards::PinKey::pathFor(path));
            removed << path;
        }
    }
    return removed;
}
} // namespace

DailyBackup::Settings DailyBackup::readSettings(const store::Database& db)
{
    const store::SettingsRepository settings(db);
    Settings result;
    // The catalogue's rule (settings/SettingsCatalog): a value out of its
    // range reads as the default.
    result.enabled = settings.text(QStringLiteral("backup.daily")) != QLatin1String("off");
    result.keep = settings.integer(QStringLiteral("backup.keep"));
    const QString folder = settings.text(QStringLiteral("backup.folder")).trimmed();
    result.folder = folder.isEmpty()
                        ? defaultFolder(db.path())
                        : QDir::cleanPath(QFileInfo(db.path()).absoluteDir().absoluteFilePath(folder));
    return result;
}

QString DailyBackup::defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral("-backups");
}

QString DailyBackup::fileNameFor(const QDate& day)
{
    return QStringLiteral("rebound-%1.sqlite").arg(day.toString(Qt::ISODate));
}

DailyBackup::Outcome DailyBackup::runOnce(const QString& databasePath, std::int64_t nowMs)
{
    Outcome outcome;
    try {
        const auto db = store::Database::open(databasePath);
        const Settings settings = readSettings(*db);
        if (!settings.enabled)
            return outcome;
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date(); // the machine's local day
        outcome.path = QDir(settings.folder).filePath(fileNameFor(today));
        if (QFileInfo::exists(outcome.path)) {
            outcome.result = Outcome::Result::AlreadyDone;
        } else {
            const BackupFile file = BackupService::backUp(*db, outcome.path);
            outcome.result = Outcome::Result::Written;
            outcome.bytes = file.bytes;
        }
        // Only after today's file is safely there.
        outcome.removed = prune(settings.folder, settings.keep);
    } catch (const store::StoreError& error) {
        outcome.result = Outcome::Result::Failed;
        outcome.error = tr("The daily backup failed: %1").arg(error.message());
    } catch (const std::exception& error) {
        outcome.result = Outcome::Result::Failed;
        outcome.error = tr("The daily backup failed: %1").arg(QString::fromLocal8Bit(error.what()));
    }
    return outcome;
}

DailyBackup::DailyBackup(QString databasePath, const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_timer(this)
{
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DailyBackup::checkNow);
    m_pool.setMaxThreadCount(1);
}

DailyBackup::~DailyBackup()
{
    m_pool.waitForDone();
}

void DailyBackup::start()
{
    checkNow();
    m_timer.start();
}

void DailyBackup::stop()
{
    m_timer.stop();
}

void DailyBackup::checkNow()
{
    if (m_running)
        return;
    m_running = true;
    const QString path = m_databasePath;
    const std::int64_t now = m_clock.nowMs();
    m_pool.start([this, path, now] {
        const Outcome outcome = runOnce(path, now);
        // Queued to this object: dropped if it is gone by then (it waits for us first).
        QMetaObject::invokeMethod(
            this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    });
}

void DailyBackup::finish(const Outcome& outcome)
{
    m_running = false;
    if (outcome.result == Outcome::Result::Written)
        Q_EMIT backedUp(outcome.path, outcome.bytes);
    else if (outcome.result == Outcome::Result::Failed)
        Q_EMIT failed(outcome.error);
    Q_EMIT checked();
}

} // namespace rebound::backup
