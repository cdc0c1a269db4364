#pragma once

#include "core/Clock.h"

#include <QWidget>

class QCheckBox;
class QPlainTextEdit;

namespace rebound {
class Switch;
}

namespace rebound::console {

// The switch's SIP activity as it happens: one timestamped line per
// Switch::logLine, newest at the bottom, the oldest dropped beyond MaxLines.
// The switch never puts secrets in these lines. Does not own the switch.
class SipLogPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxLines = 2000;

    // sipSwitch may be null (no switch: the page says so).
    SipLogPage(const core::Clock& clock, Switch* sipSwitch, QWidget* parent = nullptr);

    QPlainTextEdit* view() const { return m_view; }
    QCheckBox* pauseScrolling() const { return m_pause; }
    int lineCount() const;

public Q_SLOTS:
    void appendLine(const QString& line);
    void clear();

private:
    const core::Clock& m_clock;
    QPlainTextEdit* m_view = nullptr;
    QCheckBox* m_pause = nullptr;
};

} // namespace rebound::console
