#include "fraud/FraudMonitor.h"

#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/FraudRepository.h"
#include "store/SettingsRepository.h"

namespace rebound::fraud {

namespace {
constexpr std::int64_t HourMs = 3'600'000;
const QString Actor = QStringLiteral("fraud-monitor");

int intSetting(const store::SettingsRepository& settings, const char* key, int fallback)
{
    bool ok = false;
    const int value = settings.value(QString::fromLatin1(key)).toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

core::Money moneySetting(const store::SettingsRepository& settings, const char* key, core::Money fallback)
{
    const auto parsed = core::Money::parse(settings.value(QString::fromLatin1(key)));
    return parsed.value && *parsed.value >= core::Money() ? *parsed.value : fallback;
}
} // namespace

Thresholds Thresholds::fromSettings(const store::Database& db)
{
    const store::SettingsRepository settings(db);
    Thresholds t;
    t.callbacksPerHour = intSetting(settings, "fraud.callbacks_per_hour", t.callbacksPerHour);
    t.spendPerHour = moneySetting(settings, "fraud.spend_per_hour", t.spendPerHour);
    t.totalSpendPerHour = moneySetting(settings, "fraud.total_spend_per_hour", t.totalSpendPerHour);
    t.premiumPerMinute = moneySetting(settings, "fraud.premium_per_minute", t.premiumPerMinute);
    t.minAsrPercent = intSetting(settings, "fraud.min_asr_percent", t.minAsrPercent);
    t.minAttempts = intSetting(settings, "fraud.min_attempts", t.minAttempts);
    t.autoSuspend = settings.value(QStringLiteral("fraud.auto_suspend")) == QLatin1String("on");
    return t;
}

bool FraudMonitor::fresh(const QString& key, std::int64_t nowMs)
{
    const auto it = m_raised.constFind(key);
    if (it != m_raised.cend() && nowMs - *it < HourMs)
        return false;
    m_raised.insert(key, nowMs);
    return true;
}

void FraudMonitor::suspend(Alarm& alarm)
{
    store::AccountRepository accounts(m_db, m_clock);
    auto account = accounts.findById(*alarm.accountId);
    if (!account || account->status != store::AccountStatus::Active)
        return;
    account->status = store::AccountStatus::Suspended;
    accounts.update(*account);
    store::AuditLog(m_db, m_clock)
        .record(Actor, QStringLiteral("account.suspend"), QStringLiteral("account"), account->accountCode,
                tr("suspended by the fraud alarm: %1").arg(alarm.text));
    alarm.suspended = true;
    alarm.text += tr(" (account suspended)");
}

QList<Alarm> FraudMonitor::check(const Thresholds& t)
{
    const std::int64_t now = m_clock.nowMs();
    const std::int64_t since = now - HourMs;
    const store::FraudRepository figures(m_db);
    const QString currency = store::SettingsRepository(m_db).currency();
    QList<Alarm> alarms;
    const auto raise = [&](const QString& key, const QString& text, std::optional<std::int64_t> account) {
        if (fresh(key, now))
            alarms.append({key, text, account, false});
    };

    if (t.callbacksPerHour > 0)
        for (const auto& a : figures.callbacksOver(since, t.callbacksPerHour))
            raise(QStringLiteral("callbacks:%1").arg(a.accountId),
                  tr("account %1 asked for %2 callbacks in the last hour (alarm above %3)")
                      .arg(a.accountCode)
                      .arg(a.value)
                      .arg(t.callbacksPerHour),
                  a.accountId);
    if (t.spendPerHour > core::Money())
        for (const auto& a : figures.spendOver(since, t.spendPerHour.micros()))
            raise(QStringLiteral("spend:%1").arg(a.accountId),
                  tr("account %1 spent %2 in the last hour (alarm above %3)")
                      .arg(a.accountCode, core::Money::fromMicros(a.value).format(currency),
                           t.spendPerHour.format(currency)),
                  a.accountId);
    if (t.premiumPerMinute > core::Money())
        for (const auto& p : figures.premiumDestinations(since, t.premiumPerMinute.micros()))
            raise(QStringLiteral("premium:%1:%2").arg(p.accountId).arg(p.number),
                  tr("account %1 called +%2 at %3 a minute (alarm above %4)")
                      .arg(p.accountCode, p.number, core::Money::fromMicros(p.rateMicros).format(currency),
                           t.premiumPerMinute.format(currency)),
                  p.accountId);
    if (t.totalSpendPerHour > core::Money())
        if (const std::int64_t total = figures.totalSpend(since); total > t.totalSpendPerHour.micros())
            raise(QStringLiteral("total-spend"),
                  tr("subscribers spent %1 in the last hour (alarm above %2)")
                      .arg(core::Money::fromMicros(total).format(currency),
                           t.totalSpendPerHour.format(currency)),
                  std::nullopt);
    if (t.minAsrPercent > 0 && t.minAttempts > 0)
        for (const auto& g : figures.asrBelow(since, t.minAttempts, t.minAsrPercent))
            raise(QStringLiteral("asr:%1").arg(g.gatewayId),
                  tr("gateway %1 answered %2 of %3 attempts in the last hour (alarm below %4 %)")
                      .arg(g.name)
                      .arg(g.answered)
                      .arg(g.attempts)
                      .arg(t.minAsrPercent),
                  std::nullopt);

    for (Alarm& alarm : alarms) {
        store::Database::Transaction transaction(m_db);
        if (t.autoSuspend && alarm.accountId)
            suspend(alarm);
        store::AuditLog(m_db, m_clock)
            .record(Actor, QStringLiteral("fraud.alarm"),
                    alarm.accountId ? QStringLiteral("account") : QString(),
                    alarm.accountId ? QString::number(*alarm.accountId) : QString(), alarm.text);
        transaction.commit();
    }
    return alarms;
}

} // namespace rebound::fraud
