#pragma once

#include "common/PagedModel.h"
#include "common/RecordPage.h"
#include "reports/BusinessReports.h"

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QTextBrowser;
class QTimer;

namespace rebound::console {

class PeriodPicker;

// Call records, a page at a time (PagedRowsModel), so a database of a
// million calls opens as fast as an empty one. Every column sorts in SQL.
class CallsModel : public PagedRowsModel<store::CallRow>
{
    Q_OBJECT
public:
    CallsModel(const store::Database& db, QTimeZone zone, QString currency, QObject* parent = nullptr);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Reloads the first page for this filter. Throws StoreError.
    void setFilter(const store::CallFilter& filter);
    const store::CallFilter& filter() const { return m_filter; }

protected:
    Columns columns() const override;
    QVariant cell(const store::CallRow& row, int column, int role) const override;
    QList<store::CallRow> pageAfter(const store::CallRow& last) const override;

private:
    void reload();

    store::ReportRepository m_repository;
    QTimeZone m_zone;
    QString m_currency;
    store::CallFilter m_filter;
    store::CallColumn m_sortColumn = store::CallColumn::StartedAt;
    bool m_ascending = false;
};

// The "Calls" page: filters (period, subscriber, destination or prefix,
// gateway, result, trigger), the calls with totals for the whole filtered
// set, the selected call's timeline, and export of the filtered set to CSV.
class CallsPage : public RecordPage
{
    Q_OBJECT
public:
    CallsPage(const store::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    CallsModel* model() const { return m_model; }
    store::CallFilter currentFilter() const;
    // Selects the call (its timeline shows) when the filter shows it; false if not.
    bool showCall(std::int64_t callId);

public Q_SLOTS:
    // Re-reads the filter choices (subscribers, gateways, reasons) and the calls.
    void reload() override;
    void applyFilter();
    void exportCsv();

private:
    QLayout* createFilters();
    QWidget* createCallsView();
    void showDetail();
    void fillChoices();

    reports::BusinessReports m_reports;
    QString m_currency;
    PeriodPicker* m_period = nullptr;
    QComboBox* m_subscriber = nullptr;
    QLineEdit* m_destination = nullptr;
    QComboBox* m_gateway = nullptr;
    QComboBox* m_result = nullptr;
    QComboBox* m_trigger = nullptr;
    QLabel* m_totals = nullptr;
    CallsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QTextBrowser* m_detail = nullptr;
    QTimer* m_typing = nullptr;
    bool m_filling = false;
};

} // namespace rebound::console
