#pragma once

#include "core/Clock.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <cstdint>
#include <functional>
#include <memory>

namespace rebound::store {
class Database;
class SettingsRepository;
} // namespace rebound::store
namespace rebound::backup {
class DailyBackup;
}
namespace rebound::fraud {
class FraudMonitor;
}
namespace rebound::triggers {
class UntrustedInvites;
}

namespace rebound {

// The periodic work of a full switch, on the switch thread: prepaid cards
// expiring, the fraud checks, rows past their retention, the audit of
// untrusted INVITEs (one row per source and minute) and the daily backup.
// SwitchCore makes one when it starts and drops it when it has stopped.
class Housekeeping : public QObject
{
    Q_OBJECT

public:
    // The subscribers of the calls in progress, one entry per call (0: none).
    using AccountsInCall = std::function<QList<std::int64_t>()>;

    Housekeeping(store::Database& db, const core::Clock& clock, QString databasePath,
                 triggers::UntrustedInvites& untrustedInvites, AccountsInCall accountsInCall);
    ~Housekeeping() override;

    // Reads fraud.check_seconds and cards.expiry_check_seconds, does each
    // job once now and then on its timer.
    void start(const store::SettingsRepository& settings);
    // The timers stop; every untrusted INVITE still counted is audited.
    void stop();

Q_SIGNALS:
    void logLine(const QString& line);
    // A fraud alarm went off (fraud::FraudMonitor); also in the audit log.
    void fraudAlarm(const QString& text);
    // These subscribers' calls in progress must end now, for `reason`.
    void hangUpRequested(const QList<std::int64_t>& accountIds, const QString& reason);

private:
    void expireCards();
    void checkFraud();
    void flushUntrustedInvites(bool everything);
    void purgeOldRows();

    store::Database& m_db;
    const core::Clock& m_clock;
    QString m_databasePath;
    triggers::UntrustedInvites& m_untrustedInvites;
    AccountsInCall m_accountsInCall;
    QTimer m_cardExpiry; // every cards.expiry_check_seconds: expired prepaid cards end their calls
    QTimer m_fraudCheck; // every fraud.check_seconds
    QTimer m_retention;  // hourly: audit rows and attempt counters past their retention
    QTimer m_auditFlush; // every minute: untrusted INVITEs, one audit row per source
    std::unique_ptr<fraud::FraudMonitor> m_fraud;
    std::unique_ptr<backup::DailyBackup> m_dailyBackup;
};

} // namespace rebound
