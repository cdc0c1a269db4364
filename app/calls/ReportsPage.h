#pragma once

#include "common/RecordPage.h"
#include "reports/BusinessReports.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace rebound::console {

class ChartWidget;
class PeriodPicker;

// The "Reports" page: for a chosen period, profit by destination, gateway
// (the buy side, per leg), subscriber or trigger with a total row that is
// checked against the ledger's call charges, exported to CSV or PDF; and
// the charts: calls and minutes, revenue, cost and profit, ASR and ACD
// overall or per gateway, per hour or per day. The figures are read when the
// page is shown and on every change of its choices, never at construction.
class ReportsPage : public RecordPage
{
    Q_OBJECT
public:
    ReportsPage(const store::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    const reports::Breakdown& breakdown() const { return m_breakdown; }
    store::CallGrouping grouping() const;

    // The report as a PDF (a title, the period, the table with its total).
    bool writePdf(const QString& path) const;

public Q_SLOTS:
    // Re-reads the gateways to choose from and the figures; also done each
    // time the page is shown.
    void reload() override;
    // Re-reads the figures for the choices made.
    void refresh();
    void exportCsv();
    void exportPdf();

private:
    QWidget* createReportTab();
    QWidget* createChartsTab();
    void refreshReport();
    void refreshCharts();
    void fillGateways();
    QString reportHtml() const;
    // Asks where to save the report, offering profit-by-<grouping>-<first day>.<extension>.
    QString askExportPath(const QString& extension, const QString& filter);

    reports::BusinessReports m_reports;
    QString m_currency;
    reports::Breakdown m_breakdown;
    PeriodPicker* m_period = nullptr;
    QComboBox* m_grouping = nullptr;
    QComboBox* m_bucket = nullptr;
    QComboBox* m_gateway = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_reconciliation = nullptr;
    ChartWidget* m_callsChart = nullptr;
    ChartWidget* m_moneyChart = nullptr;
    ChartWidget* m_qualityChart = nullptr;
};

} // namespace rebound::console
