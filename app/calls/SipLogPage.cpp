#include "calls/SipLogPage.h"

#include "Switch.h"
#include "common/PageParts.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace rebound::console {

SipLogPage::SipLogPage(const core::Clock& clock, Switch* sipSwitch, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    auto* layout = pageLayout(this, tr("SIP log"));

    auto* toolBar = textToolBar();
    QAction* clearAction = toolBar->addAction(tr("&Clear"), this, &SipLogPage::clear);
    clearAction->setObjectName(QStringLiteral("clearLog"));
    m_pause = new QCheckBox(tr("&Pause scrolling"));
    m_pause->setObjectName(QStringLiteral("pauseScrolling"));
    m_pause->setToolTip(tr("Keep the view where it is while new lines arrive."));
    toolBar->addWidget(m_pause);
    layout->addWidget(toolBar);

    m_view = new QPlainTextEdit;
    m_view->setObjectName(QStringLiteral("sipLog"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(MaxLines);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlaceholderText(sipSwitch ? tr("Waiting for SIP activity…")
                                         : tr("The switch is not running in this console."));
    layout->addWidget(m_view, 1);

    if (sipSwitch) {
        connect(sipSwitch, &Switch::logLine, this, &SipLogPage::appendLine);
        connect(sipSwitch, &Switch::failed, this,
                [this](const QString& error) { appendLine(tr("Switch failed: %1").arg(error)); });
    }
}

int SipLogPage::lineCount() const
{
    return m_view->document()->isEmpty() ? 0 : m_view->blockCount();
}

void SipLogPage::appendLine(const QString& line)
{
    QScrollBar* bar = m_view->verticalScrollBar();
    const int kept = bar->value();
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    // One line per entry, even if the switch ever sends a multi-line text.
    QString text = line;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_view->appendPlainText(stamp + QLatin1Char(' ') + text);
    if (m_pause->isChecked())
        bar->setValue(kept);
    else
        bar->setValue(bar->maximum());
}

void SipLogPage::clear()
{
    m_view->clear();
}

} // namespace rebound::console
