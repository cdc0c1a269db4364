#include "common/ChartWidget.h"

#include "common/Dialogs.h"
#include "common/QCustomPlot.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace rebound::console {

ChartWidget::ChartWidget(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_zone(QTimeZone::utc())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(title);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    header->addWidget(m_title);
    header->addStretch(1);
    auto* reset = new QToolButton;
    reset->setText(tr("Reset zoom"));
    reset->setToolTip(tr("Show the whole period again"));
    connect(reset, &QToolButton::clicked, this, &ChartWidget::resetZoom);
    auto* save = new QToolButton;
    save->setObjectName(QStringLiteral("saveChart"));
    save->setText(tr("Save…"));
    save->setToolTip(tr("Save this chart as a PNG image or a PDF document"));
    connect(save, &QToolButton::clicked, this, &ChartWidget::saveAs);
    header->addWidget(reset);
    header->addWidget(save);
    layout->addLayout(header);

    m_plot = new QCustomPlot;
    m_plot->setMinimumHeight(180);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    // The legend is a row of its own above the plot, so it never hides data.
    m_plot->legend->setVisible(true);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->installEventFilter(this);
    m_plot->setMouseTracking(true);
    m_emptyText = new QCPItemText(m_plot);
    m_emptyText->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyText->position->setCoords(0.5, 0.5);
    m_emptyText->setText(tr("No calls in this period"));
    m_emptyText->setColor(Qt::gray);
    layout->addWidget(m_plot, 1);

    m_hoverLabel = new QLabel;
    m_hoverLabel->setObjectName(QStringLiteral("chartHover"));
    m_hoverLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_hoverLabel->setText(tr("Drag to pan, wheel to zoom, point at a bar or line for its values."));
    layout->addWidget(m_hoverLabel);
}

QString ChartWidget::title() const
{
    return m_title->text();
}

void ChartWidget::setData(const QVector<double>& keys, const QList<ChartSeries>& series, double bucketSeconds,
                          const QTimeZone& zone, const QString& leftLabel, const QString& rightLabel)
{
    m_keys = keys;
    m_series = series;
    m_bucketSeconds = bucketSeconds;
    m_zone = zone;
    m_plot->clearPlottables();

    // Each value sits in the middle of its bucket.
    QVector<double> centres(keys.size());
    for (int i = 0; i < keys.size(); ++i)
        centres[i] = keys[i] + bucketSeconds / 2;
    int bars = 0;
    for (const ChartSeries& s : series)
        bars += s.style == ChartSeries::Style::Bars ? 1 : 0;
    QCPBarsGroup* group = bars > 1 ? new QCPBarsGroup(m_plot) : nullptr;
    m_empty = true;
    bool right = false;
    for (const ChartSeries& s : series) {
        for (double v : s.values)
            m_empty = m_empty && v == 0.0;
        QCPAxis* valueAxis = s.rightAxis ? m_plot->yAxis2 : m_plot->yAxis;
        right = right || s.rightAxis;
        if (s.style == ChartSeries::Style::Bars) {
            auto* b = new QCPBars(m_plot->xAxis, valueAxis);
            b->setName(s.name);
            b->setData(centres, s.values, true);
            b->setWidth(bucketSeconds * 0.8 / std::max(1, bars));
            b->setPen(Qt::NoPen);
            b->setBrush(s.color);
            if (group)
                b->setBarsGroup(group);
        } else {
            QCPGraph* g = m_plot->addGraph(m_plot->xAxis, valueAxis);
            g->setName(s.name);
            g->setData(centres, s.values, true);
            g->setPen(QPen(s.color, 2));
            g->setScatterStyle(keys.size() <= 45 ? QCPScatterStyle(QCPScatterStyle::ssDisc, 5)
                                                 : QCPScatterStyle(QCPScatterStyle::ssNone));
        }
    }
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setTimeZone(zone);
    ticker->setDateTimeFormat(bucketSeconds >= 86400
                                  ? QStringLiteral("d MMM")
                                  : QStringLiteral("d MMM\n") + QLocale().timeFormat(QLocale::ShortFormat));
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(leftLabel);
    m_plot->yAxis2->setVisible(right);
    m_plot->yAxis2->setLabel(rightLabel);
    // An empty chart shows its message, not a row of zeros.
    m_emptyText->setVisible(m_empty);
    m_plot->legend->setVisible(!m_empty);
    for (int i = 0; i < m_plot->plottableCount(); ++i)
        m_plot->plottable(i)->setVisible(!m_empty);
    resetZoom();
}

void ChartWidget::resetZoom()
{
    if (m_keys.isEmpty())
        m_plot->xAxis->setRange(0, 86400);
    else
        m_plot->xAxis->setRange(m_keys.first(), m_keys.last() + m_bucketSeconds);
    for (QCPAxis* axis : {m_plot->yAxis, m_plot->yAxis2}) {
        bool found = false;
        QCPRange range(0, 1);
        for (int i = 0; i < m_plot->plottableCount(); ++i) {
            QCPAbstractPlottable* p = m_plot->plottable(i);
            if (p->valueAxis() != axis)
                continue;
            bool ok = false;
            const QCPRange r = p->getValueRange(ok);
            if (ok) {
                range = found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
                found = true;
            }
        }
        // Zero always shows; a little room above the highest value.
        range.lower = std::min(0.0, range.lower);
        range.upper = std::max(range.upper, range.lower + 1.0);
        axis->setRange(range.lower, range.upper + (range.upper - range.lower) * 0.1);
    }
    m_plot->replot();
}

QString ChartWidget::describe(double key) const
{
    if (m_keys.isEmpty())
        return {};
    int index = -1;
    for (int i = 0; i < m_keys.size(); ++i)
        if (key >= m_keys[i] && key < m_keys[i] + m_bucketSeconds)
            index = i;
    if (index < 0)
        return {};
    const QDateTime start = QDateTime::fromSecsSinceEpoch(qint64(m_keys[index]), m_zone);
    const QLocale locale;
    QStringList parts{m_bucketSeconds >= 86400 ? locale.toString(start.date(), QLocale::ShortFormat)
                                               : locale.toString(start, QLocale::ShortFormat)};
    for (const ChartSeries& s : m_series)
        if (index < s.values.size())
            parts.append(QStringLiteral("%1: %2%3")
                             .arg(s.name, locale.toString(s.values[index], 'f', s.decimals),
                                  s.unit.isEmpty() ? QString() : QStringLiteral(" ") + s.unit));
    return parts.join(QStringLiteral(" · "));
}

bool ChartWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::MouseMove)
        hover(static_cast<QMouseEvent*>(event));
    return QWidget::eventFilter(watched, event);
}

void ChartWidget::hover(QMouseEvent* event)
{
    if (!m_plot->axisRect()->rect().contains(event->position().toPoint()))
        return;
    const QString text = describe(m_plot->xAxis->pixelToCoord(event->position().x()));
    if (text.isEmpty())
        return;
    m_hoverLabel->setText(text);
    QToolTip::showText(event->globalPosition().toPoint(), text.split(QStringLiteral(" · ")).join(u'\n'),
                       m_plot);
}

bool ChartWidget::saveTo(const QString& path, QString* error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    // A fixed size, so a saved chart looks the same whatever the window's size.
    const int width = std::max(m_plot->width(), 1000);
    const int height = std::max(m_plot->height(), 450);
    bool ok = false;
    if (suffix == QLatin1String("png"))
        ok = m_plot->savePng(path, width, height);
    else if (suffix == QLatin1String("pdf"))
        ok = m_plot->savePdf(path, width, height, QCP::epAllowCosmetic, QStringLiteral("Rebound"), title());
    else {
        if (error)
            *error = tr("Choose a file name ending in .png or .pdf.");
        return false;
    }
    if (!ok && error)
        *error = tr("Could not write %1.").arg(path);
    return ok;
}

void ChartWidget::saveAs()
{
    QString name = title().toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    const QString path = dialogs::saveFileName(this, tr("Save chart"), name + QStringLiteral(".png"),
                                               tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        dialogs::showError(this, tr("Chart not saved"), error);
}

} // namespace rebound::console
