#include "calls/ReportsPage.h"

#include "calls/DashboardPage.h"
#include "common/ChartWidget.h"
#include "common/Dialogs.h"
#include "common/PeriodPicker.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPageLayout>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace rebound::console {

namespace {
QStringList reportHeaders(store::CallGrouping grouping)
{
    return {reports::BusinessReports::groupingTitle(grouping),
            grouping == store::CallGrouping::Gateway ? ReportsPage::tr("Legs") : ReportsPage::tr("Calls"),
            ReportsPage::tr("Answered"),
            ReportsPage::tr("ASR"),
            ReportsPage::tr("Talk min"),
            ReportsPage::tr("Paid min A"),
            ReportsPage::tr("Paid min B"),
            ReportsPage::tr("Revenue"),
            ReportsPage::tr("Cost"),
            ReportsPage::tr("Profit"),
            ReportsPage::tr("Margin")};
}

QStringList reportCells(const QString& label, const store::CallTotals& t, const QString& currency)
{
    return {label,
            QLocale().toString(t.calls),
            QLocale().toString(t.answered),
            format::percent(reports::asrPercent(t)),
            format::minutes(t.talkMs / 60000.0),
            format::minutes(t.secondsA / 60.0),
            format::minutes(t.secondsB / 60.0),
            format::money(t.sell, currency),
            format::money(t.cost, currency),
            format::money(t.profit(), currency),
            format::percent(reports::marginPercent(t))};
}
} // namespace

ReportsPage::ReportsPage(const store::Database& db, const core::Clock& clock, QWidget* parent)
    : RecordPage(db, clock, WhenShown::Reload, parent)
    , m_reports(db)
    , m_currency(store::SettingsRepository(db).currency())
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_period = new PeriodPicker(clock, m_reports.zone(), false);
    m_period->selectPreset(reports::Period::Preset::Last30Days);
    top->addWidget(new QLabel(tr("Period:")));
    top->addWidget(m_period);
    top->addStretch(1);
    layout->addLayout(top);

    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("reportTabs"));
    layout->addWidget(tabs, 1);

    tabs->addTab(createReportTab(), tr("Profit report"));
    tabs->addTab(createChartsTab(), tr("Charts"));

    connect(m_period, &PeriodPicker::changed, this, &ReportsPage::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ReportsPage::refreshReport);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &ReportsPage::refreshCharts);
    connect(m_gateway, &QComboBox::currentIndexChanged, this, &ReportsPage::refreshCharts);
    // Nothing is read until the page is first shown: the reports cost a
    // second on a large database, and the console starts on the Dashboard.
}

// The profit report: its grouping, its exports, the table and the ledger check.
QWidget* ReportsPage::createReportTab()
{
    auto* reportTab = new QWidget;
    auto* reportLayout = new QVBoxLayout(reportTab);
    auto* reportBar = new QHBoxLayout;
    m_grouping = new QComboBox;
    m_grouping->setObjectName(QStringLiteral("grouping"));
    for (const store::CallGrouping g : {store::CallGrouping::Destination, store::CallGrouping::Gateway,
                                        store::CallGrouping::Subscriber, store::CallGrouping::Trigger})
        m_grouping->addItem(reports::BusinessReports::groupingTitle(g), int(g));
    auto* csv = new QPushButton(tr("Export CSV…"));
    csv->setObjectName(QStringLiteral("exportReportCsv"));
    auto* pdf = new QPushButton(tr("Export PDF…"));
    pdf->setObjectName(QStringLiteral("exportReportPdf"));
    reportBar->addWidget(new QLabel(tr("Profit by:")));
    reportBar->addWidget(m_grouping);
    reportBar->addStretch(1);
    reportBar->addWidget(csv);
    reportBar->addWidget(pdf);
    reportLayout->addLayout(reportBar);
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    reportLayout->addWidget(m_table, 1);
    m_reconciliation = new QLabel;
    m_reconciliation->setObjectName(QStringLiteral("reconciliation"));
    m_reconciliation->setWordWrap(true);
    reportLayout->addWidget(m_reconciliation);

    connect(csv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(pdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    return reportTab;
}

// The charts: calls and minutes, money, and ASR and ACD.
QWidget* ReportsPage::createChartsTab()
{
    auto* chartsScroll = new QScrollArea;
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    auto* charts = new QWidget;
    auto* chartsLayout = new QVBoxLayout(charts);
    auto* chartBar = new QHBoxLayout;
    m_bucket = new QComboBox;
    m_bucket->setObjectName(QStringLiteral("bucket"));
    m_bucket->addItem(tr("Per day"), int(reports::Bucket::Day));
    m_bucket->addItem(tr("Per hour"), int(reports::Bucket::Hour));
    m_gateway = new QComboBox;
    m_gateway->setObjectName(QStringLiteral("qualityGateway"));
    chartBar->addWidget(new QLabel(tr("Show:")));
    chartBar->addWidget(m_bucket);
    chartBar->addSpacing(20);
    chartBar->addWidget(new QLabel(tr("ASR and ACD for:")));
    chartBar->addWidget(m_gateway);
    chartBar->addStretch(1);
    chartsLayout->addLayout(chartBar);
    m_callsChart = new ChartWidget(tr("Calls and paid minutes"));
    m_moneyChart = new ChartWidget(tr("Revenue, cost and profit"));
    m_qualityChart = new ChartWidget(tr("ASR and ACD"));
    m_callsChart->setObjectName(QStringLiteral("callsChart"));
    m_moneyChart->setObjectName(QStringLiteral("moneyChart"));
    m_qualityChart->setObjectName(QStringLiteral("qualityChart"));
    for (ChartWidget* chart : {m_callsChart, m_moneyChart, m_qualityChart}) {
        chart->setMinimumHeight(280);
        chartsLayout->addWidget(chart);
    }
    chartsScroll->setWidget(charts);

    return chartsScroll;
}

store::CallGrouping ReportsPage::grouping() const
{
    return store::CallGrouping(m_grouping->currentData().toInt());
}

void ReportsPage::reload()
{
    fillGateways();
    refresh();
}

void ReportsPage::fillGateways()
{
    const QSignalBlocker block(m_gateway);
    const QVariant current = m_gateway->currentData();
    m_gateway->clear();
    m_gateway->addItem(tr("Every gateway"));
    try {
        for (const store::Gateway& g : store::GatewayRepository(m_db, m_clock).gateways())
            m_gateway->addItem(g.name, qlonglong(g.id));
    } catch (const store::StoreError&) {
        // The list stays at "every gateway"; the charts report the error.
    }
    m_gateway->setCurrentIndex(std::max(0, m_gateway->findData(current)));
}

void ReportsPage::refresh()
{
    refreshReport();
    refreshCharts();
}

void ReportsPage::refreshReport()
{
    const reports::Period period = *m_period->period();
    const store::CallGrouping g = grouping();
    const QStringList headers = reportHeaders(g);
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    try {
        m_breakdown = m_reports.breakdown(period.filter(), g);
        m_table->setRowCount(int(m_breakdown.groups.size()) + 1);
        const auto put = [&](int row, const QStringList& cells, bool bold) {
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells[c]);
                item->setToolTip(cells[c]);
                if (c > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (bold) {
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
                m_table->setItem(row, c, item);
            }
        };
        for (int i = 0; i < m_breakdown.groups.size(); ++i)
            put(i, reportCells(m_breakdown.groups[i].label, m_breakdown.groups[i].totals, m_currency), false);
        put(int(m_breakdown.groups.size()), reportCells(tr("Total"), m_breakdown.total, m_currency), true);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

        // The total must be what the ledger charged for the same calls.
        const core::Money ledger = m_reports.repository().ledgerCallCharges(period.filter());
        const bool agrees = ledger == m_breakdown.total.sell;
        m_reconciliation->setText(
            m_breakdown.groups.isEmpty() ? tr("No calls from %1.").arg(period.label())
            : agrees
                ? tr("✔ Revenue %1 equals the ledger's call charges for these calls (%2).")
                      .arg(format::money(m_breakdown.total.sell, m_currency),
                           format::money(ledger, m_currency))
                : tr("⚠ Revenue %1 differs from the ledger's call charges for these calls (%2): calls in "
                     "progress are not charged yet, or the ledger was changed by hand.")
                      .arg(format::money(m_breakdown.total.sell, m_currency),
                           format::money(ledger, m_currency)));
        m_reconciliation->setStyleSheet(
            agrees || m_breakdown.groups.isEmpty() ? QString() : QStringLiteral("color: #9a6700;"));
    } catch (const store::StoreError& error) {
        m_breakdown = {};
        m_table->setRowCount(0);
        m_reconciliation->setText(error.message());
    }
}

void ReportsPage::refreshCharts()
{
    const reports::Period period = *m_period->period();
    const auto bucket = reports::Bucket(m_bucket->currentData().toInt());
    const double seconds = bucket == reports::Bucket::Day ? 86400 : 3600;
    try {
        const QList<reports::SeriesPoint> points = m_reports.series(period.filter(), bucket);
        fillCallsChart(*m_callsChart, points, seconds, m_reports.zone());
        fillMoneyChart(*m_moneyChart, points, seconds, m_reports.zone());

        store::CallFilter quality = period.filter();
        if (m_gateway->currentData().isValid())
            quality.gatewayId = m_gateway->currentData().toLongLong();
        const QList<reports::SeriesPoint> gatewayPoints =
            quality.gatewayId ? m_reports.series(quality, bucket) : points;
        ChartSeries asr{tr("ASR"), {}, QColor(0x82, 0x50, 0xdf), ChartSeries::Style::Line, false, tr("%"), 1};
        ChartSeries acd{tr("ACD"), {}, QColor(0xbf, 0x87, 0x00), ChartSeries::Style::Line, true, tr("s"), 0};
        QVector<double> keys;
        for (const reports::SeriesPoint& p : gatewayPoints) {
            keys.append(double(p.start.toSecsSinceEpoch()));
            asr.values.append(reports::asrPercent(p.totals));
            acd.values.append(reports::acdSeconds(p.totals));
        }
        m_qualityChart->setData(keys, {asr, acd}, seconds, m_reports.zone(), tr("ASR %"), tr("ACD seconds"));
    } catch (const store::StoreError& error) {
        m_reconciliation->setText(error.message());
    }
}

QString ReportsPage::askExportPath(const QString& extension, const QString& filter)
{
    const QString name = QStringLiteral("profit-by-%1-%2.%3")
                             .arg(reports::BusinessReports::groupingTitle(grouping()).toLower(),
                                  m_period->period()->firstDay.toString(Qt::ISODate), extension);
    return dialogs::saveFileName(this, tr("Export report"), name, filter);
}

void ReportsPage::exportCsv()
{
    const QString path = askExportPath(QStringLiteral("csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString title = reports::BusinessReports::groupingTitle(grouping());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reports::BusinessReports::breakdownCsv(m_breakdown, title).toUtf8()) < 0 || !file.commit())
        dialogs::showError(this, tr("Export failed"),
                           tr("Could not write %1: %2").arg(path, file.errorString()));
}

QString ReportsPage::reportHtml() const
{
    const reports::Period period = *m_period->period();
    const QStringList headers = reportHeaders(grouping());
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table border='1' cellspacing='0' cellpadding='4' "
                                  "width='100%'><tr>")
                       .arg(tr("Profit by %1")
                                .arg(reports::BusinessReports::groupingTitle(grouping()).toLower())
                                .toHtmlEscaped(),
                            tr("%1 (%2)").arg(period.label(), m_reports.zone().id()).toHtmlEscaped());
    for (const QString& h : headers)
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    const auto row = [&](const QStringList& cells, bool bold) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < cells.size(); ++c)
            html += QStringLiteral("<td align='%1'>%2%3%4</td>")
                        .arg(c == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                             bold ? QStringLiteral("<b>") : QString(), cells[c].toHtmlEscaped(),
                             bold ? QStringLiteral("</b>") : QString());
        html += QStringLiteral("</tr>");
    };
    for (const store::CallGroup& g : m_breakdown.groups)
        row(reportCells(g.label, g.totals, m_currency), false);
    row(reportCells(tr("Total"), m_breakdown.total, m_currency), true);
    return html + QStringLiteral("</table><p>%1</p>").arg(m_reconciliation->text().toHtmlEscaped());
}

bool ReportsPage::writePdf(const QString& path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Rebound profit report"));
    QTextDocument document;
    document.setHtml(reportHtml());
    document.print(&printer);
    return QFile::exists(path) && QFile(path).size() > 0;
}

void ReportsPage::exportPdf()
{
    const QString path = askExportPath(QStringLiteral("pdf"), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && !writePdf(path))
        dialogs::showError(this, tr("Export failed"), tr("Could not write %1.").arg(path));
}

} // namespace rebound::console
