#include "Housekeeping.h"

#include "backup/DailyBackup.h"
#include "cards/CardService.h"
#include "fraud/FraudMonitor.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/Retention.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "triggers/UntrustedInvites.h"

#include <QDir>

namespace rebound {

Housekeeping::Housekeeping(store::Database& db, const core::Clock& clock, QString databasePath,
                           triggers::UntrustedInvites& untrustedInvites, AccountsInCall accountsInCall)
    : m_db(db)
    , m_clock(clock)
    , m_databasePath(std::move(databasePath))
    , m_untrustedInvites(untrustedInvites)
    , m_accountsInCall(std::move(accountsInCall))
{
    connect(&m_cardExpiry, &QTimer::timeout, this, &Housekeeping::expireCards);
    connect(&m_fraudCheck, &QTimer::timeout, this, &Housekeeping::checkFraud);
    m_auditFlush.setInterval(60'000);
    connect(&m_auditFlush, &QTimer::timeout, this, [this] { flushUntrustedInvites(false); });
    m_retention.setInterval(3'600'000);
    connect(&m_retention, &QTimer::timeout, this, &Housekeeping::purgeOldRows);
}

Housekeeping::~Housekeeping() = default;

void Housekeeping::start(const store::SettingsRepository& settings)
{
    m_fraud = std::make_unique<fraud::FraudMonitor>(m_db, m_clock);
    m_fraudCheck.start(
        1000 *
        std::max(1, settings.value(QStringLiteral("fraud.check_seconds"), QStringLiteral("60")).toInt()));
    purgeOldRows();
    m_retention.start();
    m_auditFlush.start();
    expireCards();
    m_cardExpiry.start(
        1000 *
        std::max(1,
                 settings.value(QStringLiteral("cards.expiry_check_seconds"), QStringLiteral("60")).toInt()));
    // A copy a day while the switch runs (backup.daily, backup.folder, backup.keep).
    m_dailyBackup = std::make_unique<backup::DailyBackup>(m_databasePath, m_clock);
    connect(m_dailyBackup.get(), &backup::DailyBackup::backedUp, this,
            [this](const QString& path, qint64 bytes) {
                Q_EMIT logLine(
                    tr("Daily backup written: %1 (%2 bytes)").arg(QDir::toNativeSeparators(path)).arg(bytes));
            });
    connect(m_dailyBackup.get(), &backup::DailyBackup::failed, this, &Housekeeping::logLine);
    m_dailyBackup->start();
}

void Housekeeping::stop()
{
    m_cardExpiry.stop();
    m_fraudCheck.stop();
    m_retention.stop();
    m_auditFlush.stop();
    flushUntrustedInvites(true);
}

void Housekeeping::expireCards()
{
    // A prepaid calling card's expiry holds under a headless switch too: its
    // account is suspended when the card expires, which refuses its next
    // trigger, and its calls in progress end now.
    try {
        const auto expired = cards::CardService(m_db, m_clock).expireDue(QStringLiteral("switch"));
        if (expired.cards > 0)
            Q_EMIT logLine(tr("%n card(s) expired", nullptr, expired.cards));
        Q_EMIT hangUpRequested(expired.suspendedAccounts, tr("the prepaid card expired"));
        // Any other account no longer active (suspended in the console, by a
        // card expiring at a trigger, closed) ends its calls too.
        QList<std::int64_t> inactive;
        const store::AccountRepository accounts(m_db, m_clock);
        for (const std::int64_t accountId : m_accountsInCall())
            if (accountId != 0 && !inactive.contains(accountId))
                if (const auto account = accounts.findById(accountId);
                    account && account->status != store::AccountStatus::Active)
                    inactive.append(account->id);
        Q_EMIT hangUpRequested(inactive, tr("the subscriber's account is not active"));
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(tr("Expiring cards failed (tried again in a minute): %1").arg(error.message()));
    }
}

void Housekeeping::flushUntrustedInvites(bool everything)
{
    try {
        m_untrustedInvites.flush(m_db, m_clock, everything);
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(tr("Auditing untrusted INVITEs failed (tried again later): %1").arg(error.message()));
    }
}

void Housekeeping::purgeOldRows()
{
    // Tables that only grow are kept for retention.*_days (0 = for ever).
    try {
        const store::SettingsRepository settings(m_db);
        const auto days = [&settings](const char* key, int fallback) {
            bool ok = false;
            const int value = settings.value(QString::fromLatin1(key)).toInt(&ok);
            return ok && value >= 0 ? value : fallback;
        };
        constexpr std::int64_t DayMs = 86'400'000;
        const std::int64_t now = m_clock.nowMs();
        store::Retention retention(m_db);
        int removed = 0;
        if (const int keep = days("retention.audit_days", 365); keep > 0)
            removed += retention.purgeAudit(now - keep * DayMs);
        if (const int keep = days("retention.redemption_attempts_days", 30); keep > 0)
            removed += retention.purgeRedemptionAttempts(now - keep * DayMs, now);
        if (removed > 0)
            Q_EMIT logLine(tr("Removed %n row(s) older than their retention", nullptr, removed));
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(tr("Removing old rows failed (tried again in an hour): %1").arg(error.message()));
    }
}

void Housekeeping::checkFraud()
{
    if (!m_fraud)
        return;
    try {
        const auto alarms = m_fraud->check(fraud::Thresholds::fromSettings(m_db));
        QList<std::int64_t> suspended;
        for (const fraud::Alarm& alarm : alarms) {
            Q_EMIT logLine(tr("FRAUD ALARM: %1").arg(alarm.text));
            Q_EMIT fraudAlarm(alarm.text);
            if (alarm.suspended)
                suspended.append(*alarm.accountId);
        }
        Q_EMIT hangUpRequested(suspended, tr("the account was suspended by a fraud alarm"));
    } catch (const store::StoreError& error) {
        Q_EMIT logLine(tr("The fraud check failed (tried again later): %1").arg(error.message()));
    }
}

} // namespace rebound
