#pragma once

#include "reports/BusinessReports.h"

#include <QThread>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace rebound {
class Switch;
}
namespace rebound::store {
class Database;
}

namespace rebound::console {

class ChartWidget;

// Computes the dashboard on its own thread with its own connection to the
// database file, so the window never waits for a query.
class DashboardLoader : public QObject
{
    Q_OBJECT
public:
    DashboardLoader(QString databasePath, const core::Clock& clock);
    ~DashboardLoader() override;

public Q_SLOTS:
    void load();

Q_SIGNALS:
    void loaded(const rebound::reports::Dashboard& dashboard);
    void failed(const QString& error);

private:
    QString m_path;
    const core::Clock& m_clock;
    std::unique_ptr<store::Database> m_db; // opened in the loader's thread
};

// The console's first page: today, the last 7 and 30 days side by side
// (requests, completed, paid minutes, revenue, cost, profit, margin, ASR,
// ACD), the calls in progress, top destinations by profit, low balances,
// failure reasons, and the last 30 days as charts. It refreshes every few
// seconds while shown and whenever the switch reports a callback.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshIntervalMs = 5000;

    DashboardPage(const store::Database& db, const core::Clock& clock, Switch* sipSwitch,
                  QWidget* parent = nullptr);
    ~DashboardPage() override;

public Q_SLOTS:
    // Asks the loader for fresh figures; a request while one is running is
    // remembered and served once it ends.
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    void show(const reports::Dashboard& dashboard);
    void showError(const QString& error);

    QString m_currency;
    QTimeZone m_zone;
    QThread m_thread;
    DashboardLoader* m_loader = nullptr;
    bool m_loading = false;
    bool m_pending = false;
    QLabel* m_updated = nullptr;
    QLabel* m_inProgress = nullptr;
    QTableWidget* m_figures = nullptr;
    QTableWidget* m_top = nullptr;
    QTableWidget* m_low = nullptr;
    QTableWidget* m_failures = nullptr;
    ChartWidget* m_callsChart = nullptr;
    ChartWidget* m_moneyChart = nullptr;
};

// The two charts the dashboard and the reports page share, filled from a
// series of days or hours.
void fillCallsChart(ChartWidget& chart, const QList<reports::SeriesPoint>& points, double bucketSeconds,
                    const QTimeZone& zone);
void fillMoneyChart(ChartWidget& chart, const QList<reports::SeriesPoint>& points, double bucketSeconds,
                    const QTimeZone& zone);

} // namespace rebound::console
