#pragma once

#include "billing/RateCache.h"
#include "common/RecordPage.h"

#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;

namespace rebound::console {

class RatesModel;
class RateTablesModel;

// Rate tables and their rates: search, CSV import/export with an error
// report, the markup tool, and a rate tester that prices a number the way a
// call would be priced.
class RatesPage : public RecordPage
{
    Q_OBJECT
public:
    RatesPage(const store::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    RatesModel* ratesModel() const { return m_rates; }
    RateTablesModel* tablesModel() const { return m_tables; }
    QAction* importAction() const { return m_importAction; }
    QAction* exportAction() const { return m_exportAction; }

    // Selects a table by name; false when there is none.
    bool selectTable(const QString& name);

public Q_SLOTS:
    void reload() override;
    void importCsv();
    void exportCsv();
    void runMarkupTool();
    void deleteTable();
    void updateTester();

private:
    QWidget* createTester();
    // The name of the table selected on the left; empty when none is.
    QString selectedTableName() const;
    void showCurrentTable();
    void fillTesterTables();

    billing::RateCache m_cache;
    RateTablesModel* m_tables = nullptr;
    RatesModel* m_rates = nullptr;
    QSortFilterProxyModel* m_ratesProxy = nullptr;
    QTableView* m_tablesView = nullptr;
    QTableView* m_ratesView = nullptr;
    QLineEdit* m_search = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;

    QComboBox* m_testerPlan = nullptr;
    QComboBox* m_testerBuy = nullptr;
    QLineEdit* m_testerNumber = nullptr;
    QSpinBox* m_testerSeconds = nullptr;
    QDateTimeEdit* m_testerAt = nullptr;
    QLabel* m_testerResult = nullptr;
};

} // namespace rebound::console
