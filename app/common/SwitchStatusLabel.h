#pragma once

#include <QLabel>

namespace rebound {
class Switch;
}

namespace rebound::console {

// The status bar's word on the embedded switch: "Switch: SIP on
// 127.0.0.1:5060 · portal http://127.0.0.1:8080", "Switch: starting…",
// "Switch stopped: shut down" or "Switch failed: <reason>". Does not own
// the switch.
class SwitchStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SwitchStatusLabel(Switch* sipSwitch, QWidget* parent = nullptr);

private:
    void showState(const Switch& sipSwitch);
    void showRunning(const QString& listening, const QString& portal);
    void showStopped(const QString& reason, bool failed = false);
    void showBusy(const QString& text);
};

} // namespace rebound::console
