#pragma once

#include <QString>

namespace rebound::store {
class SettingsRepository;
}

namespace rebound::callback {

// How the switch runs its callbacks: the callback.* settings as the call
// flow and admission read them. The defaults are the settings catalogue's.
struct EngineSettings
{
    int delayMs = 2000; // trigger -> calling back
    int retries = 1;    // more tries of leg A on busy / no answer
    int retryDelayMs = 15'000;
    int answerTimeoutSeconds = 45; // leg A rings this long at one gateway, then it is no answer (0: no limit)
    int maxCallSeconds = 4 * 3600; // talk time cap even with unlimited credit
    int warningSeconds = 60;       // warning tone this long before the limit
    int ringAllowanceSeconds = 60; // leg A time assumed for leg B's ringing when reserving
    int ivrAllowanceSeconds = 60;  // leg A time held before the destination is known
    bool announceTimeLeft = true;  // "you can talk for N minutes" while the destination rings
    bool announceMinuteLeft = true; // "your call will end in one minute", a minute before the limit
    QString mediaAddress = QStringLiteral("127.0.0.1"); // for our SDP

    // The callback.* settings in force (a value outside the catalogue's rule
    // reads as its default). mediaAddress is the switch's to set: it knows
    // its sockets.
    static EngineSettings read(const store::SettingsRepository& settings);
};

} // namespace rebound::callback
