#pragma once

#include "core/Clock.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <cstdint>

namespace rebound::store {
class Database;
}

namespace rebound::backup {

// The automatic daily backup. Once a day it writes
// "rebound-YYYY-MM-DD.sqlite" (the local date) with BackupService::backUp
// into the backup folder and deletes the oldest such files beyond the number
// to keep; files it did not name are never touched. It looks at start and
// then every hour, so a machine that was off at midnight still gets its
// backup the same day. Settings:
//   backup.daily   on | off                          (default on)
//   backup.folder  a folder; relative to the database's folder
//                  (default: "DATABASE-backups" beside the database)
//   backup.keep    how many daily files to keep, 1-365 (default 7)
// The backup runs on a worker thread with a connection of its own, so the
// thread that owns this object (the switch's) is never held up. Failures
// (disk full, a folder that cannot be written) come out as failed(), never
// as an exception.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultKeep = 7;
    static constexpr int CheckIntervalMs = 3'600'000;

    struct Settings
    {
        bool enabled = true;
        QString folder; // absolute
        int keep = DefaultKeep;
    };
    // The settings as stored, defaults for what is unset; a value out of
    // range is brought into it, one that is no number means the default.
    static Settings readSettings(const store::Database& db);
    static QString defaultFolder(const QString& databasePath);
    static QString fileNameFor(const QDate& day);

    struct Outcome
    {
        enum class Result
        {
            Disabled,
            AlreadyDone, // today's file exists
            Written,
            Failed,
        };
        Result result = Result::Disabled;
        QString path; // today's file (Written, AlreadyDone)
        qint64 bytes = 0;
        QStringList removed; // older daily files deleted
        QString error;       // Failed: for a person
    };
    // One look, done synchronously on a connection of its own: today's
    // backup when it is missing, then the clean-up. Never throws.
    static Outcome runOnce(const QString& databasePath, std::int64_t nowMs);

    DailyBackup(QString databasePath, const core::Clock& clock, QObject* parent = nullptr);
    // Waits for a backup in progress.
    ~DailyBackup() override;

    // Looks now, then every hour.
    void start();
    void stop();

public Q_SLOTS:
    // Looks now unless a look is still running.
    void checkNow();

Q_SIGNALS:
    void backedUp(const QString& path, qint64 bytes);
    void failed(const QString& message);
    // After every look, whatever it found (tests wait for it).
    void checked();

private:
    void finish(const Outcome& outcome);

    QString m_databasePath;
    const core::Clock& m_clock;
    QTimer m_timer;
    bool m_running = false;
    QThreadPool m_pool; // last: destroyed (waited for) first
};

} // namespace rebound::backup
