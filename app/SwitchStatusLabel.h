#pragma once

#include <QLabel>

namespace rebound {
class Switch;
}

namespace rebound::console {

// The status bar's word on the embedded switch: "Switch: SIP on
// 127.0.0.1:5060" or "Switch stopped: <reason>". Does not own the switch.
class SwitchStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SwitchStatusLabel(Switch* sipSwitch, QWidget* parent = nullptr);

private:
    void showRunning(const QString& listening);
    void showStopped(const QString& reason);
};

} // namespace rebound::console
