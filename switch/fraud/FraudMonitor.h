#pragma once

#include "core/Clock.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace rebound::store {
class Database;
}

namespace rebound::fraud {

// Where the alarms go off, from the `fraud.*` settings; 0 turns a check off.
struct Thresholds
{
    int callbacksPerHour = 20;                                   // per account
    core::Money spendPerHour = core::Money::fromUnits(20);       // per account
    core::Money totalSpendPerHour = core::Money::fromUnits(200); // all subscribers together
    core::Money premiumPerMinute = core::Money::fromCents(150);  // a destination priced above this
    int minAsrPercent = 15;   // a gateway answering fewer of its attempts than this …
    int minAttempts = 20;     // … out of at least this many
    bool autoSuspend = false; // an account that raises an alarm is suspended at once

    static Thresholds fromSettings(const store::Database& db);
};

struct Alarm
{
    QString key;  // what it is about, e.g. "spend:12"; raised once an hour
    QString text; // for the status bar and the audit log
    std::optional<std::int64_t> accountId;
    bool suspended = false; // the account was suspended for it
};

// Watches the last hour for what toll fraud looks like: an account calling
// back far more than people do, spending fast, or dialling premium-priced
// destinations; the whole service spending fast; a gateway whose calls
// stop being answered (a carrier blocking us, or someone probing numbers).
// Each alarm is written to the audit log and, with autoSuspend, suspends
// the account it is about. Lives on the switch thread.
class FraudMonitor
{
    Q_DECLARE_TR_FUNCTIONS(FraudMonitor)

public:
    FraudMonitor(const store::Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // The alarms newly raised now (one raised in the last hour is not
    // raised again). Throws store::StoreError.
    QList<Alarm> check(const Thresholds& thresholds);

private:
    bool fresh(const QString& key, std::int64_t nowMs);
    void suspend(Alarm& alarm);

    const store::Database& m_db;
    const core::Clock& m_clock;
    QHash<QString, std::int64_t> m_raised; // key -> when raised
};

} // namespace rebound::fraud
