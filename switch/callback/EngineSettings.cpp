#include "callback/EngineSettings.h"

#include "store/SettingsRepository.h"

namespace rebound::callback {

EngineSettings EngineSettings::read(const store::SettingsRepository& settings)
{
    // The value in force: the stored one when it passes the catalogue's
    // rule, else the catalogue's default (SettingsRepository::text). Read
    // with one statement: the switch reads them before every batch of
    // callbacks it starts.
    static const QStringList keys{QStringLiteral("callback.delay_ms"),
                                  QStringLiteral("callback.retries"),
                                  QStringLiteral("callback.retry_delay_ms"),
                                  QStringLiteral("callback.answer_timeout_seconds"),
                                  QStringLiteral("callback.max_call_seconds"),
                                  QStringLiteral("callback.warning_seconds"),
                                  QStringLiteral("callback.ring_allowance_seconds"),
                                  QStringLiteral("callback.ivr_allowance_seconds"),
                                  QStringLiteral("callback.announce_time_left"),
                                  QStringLiteral("callback.announce_minute_left")};
    const QHash<QString, QString> inForce = settings.texts(keys);
    const auto number = [&](const char* key) { return inForce.value(QString::fromLatin1(key)).toInt(); };
    const auto on = [&](const char* key) {
        return inForce.value(QString::fromLatin1(key)) != QLatin1String("off");
    };
    EngineSettings engine;
    engine.delayMs = number("callback.delay_ms");
    engine.retries = number("callback.retries");
    engine.retryDelayMs = number("callback.retry_delay_ms");
    engine.answerTimeoutSeconds = number("callback.answer_timeout_seconds");
    engine.maxCallSeconds = number("callback.max_call_seconds");
    engine.warningSeconds = number("callback.warning_seconds");
    engine.ringAllowanceSeconds = number("callback.ring_allowance_seconds");
    engine.ivrAllowanceSeconds = number("callback.ivr_allowance_seconds");
    engine.announceTimeLeft = on("callback.announce_time_left");
    engine.announceMinuteLeft = on("callback.announce_minute_left");
    return engine;
}

} // namespace rebound::callback
