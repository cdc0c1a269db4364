#pragma once

#include "common/RecordPage.h"

class QLineEdit;
class QSortFilterProxyModel;

namespace rebound::console {

class SubscriberModel;

// The subscriber list with search, add, edit and delete, and import and
// export of the whole list as CSV (accounts::AccountCsv).
class SubscribersPage : public RecordPage
{
    Q_OBJECT
public:
    SubscribersPage(const store::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    SubscriberModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Ask for a file, then importFile() / exportFile(); for the File menu too.
    QAction* importAction() const { return m_importAction; }
    QAction* exportAction() const { return m_exportAction; }

    // Adds the subscribers of a CSV file, all or nothing, and reports the
    // outcome (every bad line when it failed); true when they were added.
    bool importFile(const QString& path);
    // Writes every subscriber to a CSV file and reports it; true on success.
    bool exportFile(const QString& path);

public Q_SLOTS:
    void addSubscriber();
    void editSubscriber();
    void deleteSubscriber();
    void adjustBalance();
    void importCsv();
    void exportCsv();
    void reload() override;

Q_SIGNALS:
    void countChanged(int subscribers);

protected:
    void updateActions() override;

private:
    int currentSourceRow() const;

    SubscriberModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QAction* m_balanceAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
};

} // namespace rebound::console
