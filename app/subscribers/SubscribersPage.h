#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace rebound::core {
class Clock;
}
namespace rebound::store {
class Database;
}

namespace rebound::console {

class SubscriberModel;

// The subscriber list with search, add, edit and delete, and import and
// export of the whole list as CSV (accounts::AccountCsv).
class SubscribersPage : public QWidget
{
    Q_OBJECT
public:
    SubscribersPage(const store::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    SubscriberModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QAction* addAction() const { return m_addAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* balanceAction() const { return m_balanceAction; }
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
    void reload();

Q_SIGNALS:
    void countChanged(int subscribers);

private:
    int currentSourceRow() const;
    void updateActions();

    const store::Database& m_db;
    const core::Clock& m_clock;
    SubscriberModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_balanceAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
};

} // namespace rebound::console
