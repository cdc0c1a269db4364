#include "calls/DashboardPage.h"

#include "Switch.h"
#include "common/ChartWidget.h"
#include "common/PageParts.h"
#include "common/PeriodPicker.h"
#include "core/Currency.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace rebound::console {

namespace {
double units(core::Money amount)
{
    return double(amount.micros()) / double(core::Money::MicrosPerUnit);
}

// The dashboard is read at a glance: its totals are in the currency's minor
// units (cents), rounded the one way billing rounds. Reports and Calls show
// the micro-units that billing keeps.
QString glance(core::Money amount, const QString& currency)
{
    const int decimals = std::clamp(core::Currency::minorUnits(currency), 0, 6);
    std::int64_t step = 1;
    for (int i = decimals; i < 6; ++i)
        step *= 10;
    return core::Money::fromMicros(core::roundHalfUp(amount.micros(), step) * step)
        .format(currency, QLocale(), decimals);
}

QTableWidget* makeTable(const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

// An empty table says so in its first row instead of staying blank.
void setEmpty(QTableWidget* table, const QString& text)
{
    table->setRowCount(1);
    auto* item = new QTableWidgetItem(text);
    item->setForeground(Qt::gray);
    table->setItem(0, 0, item);
    table->setSpan(0, 0, 1, table->columnCount());
}

QGroupBox* box(const QString& title, QWidget* content)
{
    auto* group = new QGroupBox(title);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

QVector<double> keysOf(const QList<reports::SeriesPoint>& points)
{
    QVector<double> keys;
    keys.reserve(points.size());
    for (const reports::SeriesPoint& p : points)
        keys.append(double(p.start.toSecsSinceEpoch()));
    return keys;
}

ChartSeries series(const QString& name, QColor color, ChartSeries::Style style, int decimals)
{
    ChartSeries s;
    s.name = name;
    s.color = color;
    s.style = style;
    s.decimals = decimals;
    return s;
}
} // namespace

void fillCallsChart(ChartWidget& chart, const QList<reports::SeriesPoint>& points, double bucketSeconds,
                    const QTimeZone& zone)
{
    ChartSeries calls = series(QCoreApplication::translate("Charts", "Calls"), QColor(0x54, 0xae, 0xff),
                               ChartSeries::Style::Bars, 0);
    ChartSeries answered = series(QCoreApplication::translate("Charts", "Answered"), QColor(0x2d, 0xa4, 0x4e),
                                  ChartSeries::Style::Bars, 0);
    ChartSeries minutes = series(QCoreApplication::translate("Charts", "Paid minutes"),
                                 QColor(0xbf, 0x87, 0x00), ChartSeries::Style::Line, 1);
    minutes.rightAxis = true;
    minutes.unit = QCoreApplication::translate("Charts", "min");
    for (const reports::SeriesPoint& p : points) {
        calls.values.append(double(p.totals.calls));
        answered.values.append(double(p.totals.answered));
        minutes.values.append(double(p.totals.secondsB) / 60.0);
    }
    chart.setData(keysOf(points), {calls, answered, minutes}, bucketSeconds, zone,
                  QCoreApplication::translate("Charts", "Calls"),
                  QCoreApplication::translate("Charts", "Minutes"));
}

void fillMoneyChart(ChartWidget& chart, const QList<reports::SeriesPoint>& points, double bucketSeconds,
                    const QTimeZone& zone)
{
    ChartSeries revenue = series(QCoreApplication::translate("Charts", "Revenue"), QColor(0x1f, 0x6f, 0xeb),
                                 ChartSeries::Style::Line, 2);
    ChartSeries cost = series(QCoreApplication::translate("Charts", "Cost"), QColor(0xcf, 0x22, 0x2e),
                              ChartSeries::Style::Line, 2);
    ChartSeries profit = series(QCoreApplication::translate("Charts", "Profit"), QColor(0x2d, 0xa4, 0x4e),
                                ChartSeries::Style::Bars, 2);
    for (const reports::SeriesPoint& p : points) {
        revenue.values.append(units(p.totals.sell));
        cost.values.append(units(p.totals.cost));
        profit.values.append(units(p.totals.profit()));
    }
    chart.setData(keysOf(points), {profit, revenue, cost}, bucketSeconds, zone,
                  QCoreApplication::translate("Charts", "Amount"));
}

DashboardLoader::DashboardLoader(QString databasePath, const core::Clock& clock)
    : m_path(std::move(databasePath))
    , m_clock(clock)
{
}

DashboardLoader::~DashboardLoader() = default;

void DashboardLoader::load()
{
    try {
        if (!m_db)
            m_db = store::Database::open(m_path);
        Q_EMIT loaded(reports::BusinessReports(*m_db).dashboard(m_clock.nowMs()));
    } catch (const store::StoreError& error) {
        Q_EMIT failed(error.message());
    }
}

DashboardPage::DashboardPage(const store::Database& db, const core::Clock& clock, Switch* sipSwitch,
                             QWidget* parent)
    : QWidget(parent)
    , m_currency(store::SettingsRepository(db).currency())
    , m_zone(store::SettingsRepository(db).billingTimeZone())
{
    qRegisterMetaType<reports::Dashboard>();
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    auto* layout = new QGridLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    auto* header = new QHBoxLayout;
    m_inProgress = new QLabel;
    m_inProgress->setObjectName(QStringLiteral("callsInProgress"));
    m_inProgress->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    m_updated = new QLabel(tr("Loading…"));
    m_updated->setObjectName(QStringLiteral("dashboardUpdated"));
    m_updated->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* refreshButton = new QToolButton;
    refreshButton->setText(tr("Refresh"));
    connect(refreshButton, &QToolButton::clicked, this, &DashboardPage::refresh);
    header->addWidget(m_inProgress);
    header->addStretch(1);
    header->addWidget(m_updated);
    header->addWidget(refreshButton);
    layout->addLayout(header, 0, 0, 1, 2);

    m_figures = makeTable(QStringLiteral("dashboardFigures"),
                          {tr("Figure"), tr("Today"), tr("Last 7 days"), tr("Last 30 days")});
    // Tall enough for every figure without a scroll bar.
    m_figures->verticalHeader()->setDefaultSectionSize(m_figures->fontMetrics().height() + 8);
    m_figures->setMinimumHeight(m_figures->horizontalHeader()->sizeHint().height() +
                                10 * m_figures->verticalHeader()->defaultSectionSize() +
                                2 * m_figures->frameWidth() + 2);
    layout->addWidget(box(tr("The business"), m_figures), 1, 0);
    m_top = makeTable(QStringLiteral("topDestinations"),
                      {tr("Destination"), tr("Calls"), tr("Minutes"), tr("Profit")});
    layout->addWidget(box(tr("Top destinations by profit, last 30 days"), m_top), 1, 1);

    m_callsChart = new ChartWidget(tr("Calls and paid minutes per day"));
    m_callsChart->setObjectName(QStringLiteral("dashboardCallsChart"));
    m_moneyChart = new ChartWidget(tr("Revenue, cost and profit per day"));
    m_moneyChart->setObjectName(QStringLiteral("dashboardMoneyChart"));
    m_callsChart->setMinimumHeight(260);
    m_moneyChart->setMinimumHeight(260);
    layout->addWidget(m_callsChart, 2, 0);
    layout->addWidget(m_moneyChart, 2, 1);

    m_low = makeTable(QStringLiteral("lowBalances"), {tr("Subscriber"), tr("Balance"), tr("Credit limit")});
    layout->addWidget(box(tr("Low balances"), m_low), 3, 0);
    m_failures =
        makeTable(QStringLiteral("failureReasons"), {tr("Why calls failed, last 30 days"), tr("Calls")});
    layout->addWidget(box(tr("Failures"), m_failures), 3, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    m_loader = new DashboardLoader(db.path(), clock);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardPage::show);
    connect(m_loader, &DashboardLoader::failed, this, &DashboardPage::showError);
    m_thread.setObjectName(QStringLiteral("dashboard"));
    m_thread.start();

    refreshWhileShown(this, RefreshIntervalMs, [this] { refresh(); });
    if (sipSwitch)
        connect(sipSwitch, &Switch::callbackStateChanged, this, &DashboardPage::refresh);
    refresh();
}

DashboardPage::~DashboardPage()
{
    m_thread.quit();
    m_thread.wait();
}

void DashboardPage::refresh()
{
    if (m_loading) {
        m_pending = true;
        return;
    }
    m_loading = true;
    QMetaObject::invokeMethod(m_loader, &DashboardLoader::load, Qt::QueuedConnection);
}

void DashboardPage::show(const reports::Dashboard& d)
{
    m_loading = false;
    m_inProgress->setText(tr("%n call(s) in progress", nullptr, int(d.callsInProgress)));
    m_updated->setText(tr("Updated %1").arg(format::time(d.computedAtMs, m_zone)));

    const QList<const reports::Summary*> periods{&d.today, &d.last7Days, &d.last30Days};
    const auto row = [&](int r, const QString& name,
                         const std::function<QString(const reports::Summary&)>& cell) {
        QStringList cells{name};
        for (const reports::Summary* s : periods)
            cells.append(cell(*s));
        setRow(m_figures, r, cells);
    };
    m_figures->setRowCount(10);
    row(0, tr("Callbacks requested"),
        [](const reports::Summary& s) { return QLocale().toString(s.requested); });
    row(1, tr("Callbacks completed"),
        [](const reports::Summary& s) { return QLocale().toString(s.completed); });
    row(2, tr("Calls answered"), [](const reports::Summary& s) {
        return QStringLiteral("%1 / %2").arg(QLocale().toString(s.calls.answered),
                                             QLocale().toString(s.calls.calls));
    });
    row(3, tr("Paid minutes"), [](const reports::Summary& s) { return format::minutes(s.paidMinutes()); });
    row(4, tr("Revenue"), [this](const reports::Summary& s) { return glance(s.revenue(), m_currency); });
    row(5, tr("Cost"), [this](const reports::Summary& s) { return glance(s.cost(), m_currency); });
    row(6, tr("Profit"), [this](const reports::Summary& s) { return glance(s.profit(), m_currency); });
    row(7, tr("Margin"),
        [](const reports::Summary& s) { return format::percent(reports::marginPercent(s.calls)); });
    row(8, tr("ASR"),
        [](const reports::Summary& s) { return format::percent(reports::asrPercent(s.calls)); });
    row(9, tr("ACD"),
        [](const reports::Summary& s) { return format::seconds(reports::acdSeconds(s.calls)); });

    m_top->clearSpans();
    m_top->setRowCount(int(d.topDestinations.size()));
    for (int i = 0; i < d.topDestinations.size(); ++i) {
        const store::CallGroup& g = d.topDestinations[i];
        setRow(m_top, i,
               {g.label.isEmpty() ? tr("(unknown)") : g.label, QLocale().toString(g.totals.calls),
                format::minutes(double(g.totals.secondsB) / 60.0), glance(g.totals.profit(), m_currency)});
    }
    if (d.topDestinations.isEmpty())
        setEmpty(m_top, tr("No answered calls in the last 30 days."));

    m_low->clearSpans();
    m_low->setRowCount(int(d.lowBalances.size()));
    for (int i = 0; i < d.lowBalances.size(); ++i) {
        const store::LowBalance& b = d.lowBalances[i];
        setRow(m_low, i,
               {QStringLiteral("%1 %2").arg(b.accountCode, b.name).trimmed(),
                format::money(b.balance, m_currency), format::money(b.creditLimit, m_currency)});
    }
    if (d.lowBalances.isEmpty())
        setEmpty(m_low, tr("No active subscriber has less than %1.")
                            .arg(format::money(d.lowBalanceThreshold, m_currency)));

    m_failures->clearSpans();
    m_failures->setRowCount(int(d.failureReasons.size()));
    for (int i = 0; i < d.failureReasons.size(); ++i)
        setRow(m_failures, i,
               {d.failureReasons[i].first.isEmpty() ? tr("(no reason)") : d.failureReasons[i].first,
                QLocale().toString(d.failureReasons[i].second)});
    if (d.failureReasons.isEmpty())
        setEmpty(m_failures, tr("No failed calls in the last 30 days."));

    fillCallsChart(*m_callsChart, d.last30DaysByDay, 86400, m_zone);
    fillMoneyChart(*m_moneyChart, d.last30DaysByDay, 86400, m_zone);
    Q_EMIT refreshed();
    if (m_pending) {
        m_pending = false;
        refresh();
    }
}

void DashboardPage::showError(const QString& error)
{
    m_loading = false;
    m_updated->setText(tr("Could not read the figures: %1").arg(error));
    if (m_pending) {
        m_pending = false;
        refresh();
    }
}

} // namespace rebound::console
