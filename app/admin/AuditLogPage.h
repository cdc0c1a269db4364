#pragma once

#include "common/PagedModel.h"
#include "common/RecordPage.h"
#include "store/AuditLog.h"

#include <QTimeZone>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;

namespace rebound::console {

class PeriodPicker;

// Audit entries, newest first, a page at a time (PagedRowsModel), so a log
// of a million entries opens as fast as a small one. Times are shown in the
// billing time zone.
class AuditLogModel : public PagedRowsModel<store::AuditEntry>
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Who,
        From,
        What,
        Object,
        Details,
        ColumnCount
    };
    AuditLogModel(const store::Database& db, const core::Clock& clock, QTimeZone zone,
                  QObject* parent = nullptr);

    // Reloads the first page for this filter. Throws StoreError.
    void setFilter(const store::AuditFilter& filter);
    const store::AuditFilter& filter() const { return m_filter; }

protected:
    Columns columns() const override;
    QVariant cell(const store::AuditEntry& row, int column, int role) const override;
    QList<store::AuditEntry> pageAfter(const store::AuditEntry& last) const override;

private:
    store::AuditLog m_log;
    QTimeZone m_zone;
    store::AuditFilter m_filter;
};

// The "Audit log" page: who did what and when, filtered by who (an actor or
// a group such as web:), what (an action or a group such as account.), the
// period and text in the details, with export of the filtered entries to CSV
// (reports::AuditCsv, as `rebound-switch audit export` writes it). When
// nothing shows, the page says why: an empty log, an empty period, or
// filters that match nothing.
class AuditLogPage : public RecordPage
{
    Q_OBJECT
public:
    AuditLogPage(const store::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    AuditLogModel* model() const { return m_model; }
    store::AuditFilter currentFilter() const;

    // Writes the entries of the current filter to `path` as CSV, all or
    // nothing. Returns how many were written; -1 when cancelled or failed
    // (a failure is shown through dialogs::showError).
    qint64 exportTo(const QString& path);

public Q_SLOTS:
    // Re-reads the filter choices and the entries; also done each time the
    // page is shown.
    void reload() override;
    void applyFilter();
    // Asks for a file, then exportTo().
    void exportCsv();

private:
    QWidget* createResults();
    void fillChoices();
    void showStatus();
    QString whyEmpty() const;

    QTimeZone m_zone;
    PeriodPicker* m_period = nullptr;
    QComboBox* m_actor = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_status = nullptr;
    QStackedWidget* m_stack = nullptr;
    AuditLogModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QTimer* m_typing = nullptr;
};

} // namespace rebound::console
