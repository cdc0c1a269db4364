#include "common/SwitchStatusLabel.h"

#include "Switch.h"

namespace rebound::console {

SwitchStatusLabel::SwitchStatusLabel(Switch* sipSwitch, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("switchStatus"));
    setContentsMargins(6, 0, 12, 0); // apart from the subscriber count beside it
    if (!sipSwitch) {
        showStopped(tr("not started by this console"));
        return;
    }
    // Everything shown is the switch's own state, so a window built while
    // the switch already runs (after a restore) shows what it is doing now.
    showState(*sipSwitch);
    connect(sipSwitch, &Switch::stateChanged, this, [this, sipSwitch] { showState(*sipSwitch); });
}

void SwitchStatusLabel::showState(const Switch& sipSwitch)
{
    switch (sipSwitch.state()) {
    case Switch::State::Running:
        showRunning(sipSwitch.listening(), sipSwitch.portal());
        break;
    case Switch::State::Failed:
        showStopped(sipSwitch.failure(), true);
        break;
    case Switch::State::Stopping:
        showBusy(tr("Switch: stopping, ending the calls in progress…"));
        break;
    case Switch::State::Starting:
        showBusy(tr("Switch: starting…"));
        break;
    case Switch::State::Stopped:
        if (sipSwitch.wasStarted())
            showStopped(tr("shut down"));
        else
            showBusy(tr("Switch: starting…")); // the console starts it once its window is up
        break;
    }
}

void SwitchStatusLabel::showRunning(const QString& listening, const QString& portal)
{
    setStyleSheet(QString());
    QString text = listening.isEmpty() ? tr("Switch: SIP running") : tr("Switch: SIP on %1").arg(listening);
    if (!portal.isEmpty())
        text += QStringLiteral(" · ") + tr("portal %1").arg(portal);
    setText(text);
    setToolTip(tr("The embedded callback switch is answering SIP; see the SIP log page."));
}

void SwitchStatusLabel::showBusy(const QString& text)
{
    setStyleSheet(QStringLiteral("QLabel { color: #9a6700; }"));
    setText(text);
}

void SwitchStatusLabel::showStopped(const QString& reason, bool failed)
{
    setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    // The first line is enough for the status bar; the tooltip has it all.
    const QString line = reason.section(QLatin1Char('\n'), 0, 0);
    setText(failed ? tr("Switch failed: %1").arg(line) : tr("Switch stopped: %1").arg(line));
    setToolTip(
        tr("The console keeps working without the switch, but no callbacks are placed.\n%1").arg(reason));
}

} // namespace rebound::console
