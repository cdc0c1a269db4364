#pragma once

#include <QColor>
#include <QTimeZone>
#include <QVector>
#include <QWidget>

class QCPItemText;
class QCustomPlot;
class QLabel;
class QMouseEvent;

namespace rebound::console {

// One line or bar series of a chart over time.
struct ChartSeries
{
    enum class Style
    {
        Line,
        Bars
    };
    QString name;
    QVector<double> values; // one per key
    QColor color;
    Style style = Style::Line;
    bool rightAxis = false; // on the second value axis (e.g. minutes beside calls)
    QString unit;           // shown after the value when hovering ("%", "s", "min")
    int decimals = 0;
};

// A time chart drawn with QCustomPlot: a title, a legend, drag to pan and
// wheel to zoom the time axis, the values under the mouse in a tooltip and
// a status line, and Save as PNG or PDF. Shows "No calls in this period"
// when every value is zero.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(const QString& title, QWidget* parent = nullptr);

    // keys: bucket starts in seconds since the epoch; `bucketSeconds` is
    // their width (3600 or 86400), so bars fill their bucket.
    void setData(const QVector<double>& keys, const QList<ChartSeries>& series, double bucketSeconds,
                 const QTimeZone& zone, const QString& leftLabel, const QString& rightLabel = {});

    QCustomPlot* plot() const { return m_plot; }
    QString title() const;
    bool isEmpty() const { return m_empty; }
    // The values at the bucket holding `key` (seconds), as the hover shows them.
    QString describe(double key) const;
    // Writes a PNG or PDF by the file's suffix; false with *error set otherwise.
    bool saveTo(const QString& path, QString* error = nullptr) const;

public Q_SLOTS:
    void resetZoom();
    void saveAs();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void hover(QMouseEvent* event);

    QLabel* m_title = nullptr;
    QLabel* m_hoverLabel = nullptr;
    QCustomPlot* m_plot = nullptr;
    QCPItemText* m_emptyText = nullptr;
    QVector<double> m_keys;
    QList<ChartSeries> m_series;
    double m_bucketSeconds = 86400;
    QTimeZone m_zone;
    bool m_empty = true;
};

} // namespace rebound::console
