#pragma once

#include <QAction>
#include <QTableView>
#include <QToolBar>
#include <QWidget>

class QAbstractItemModel;
class QDialog;

namespace rebound::core {
class Clock;
}
namespace rebound::store {
class Database;
}

namespace rebound::console {

// The frame of a page that lists records of the database (subscribers,
// DIDs, gateways, API tokens, cards, rates, calls, the audit log, the
// reports' figures): the database and clock it reads and changes them with,
// tables whose selection turns the record actions on and off, the usual
// Add, Edit… and Delete… actions, and reading the records again each time
// the page is shown where others change them meanwhile. Each page says what
// it lists and what its actions do. Does not own the database or the clock.
class RecordPage : public QWidget
{
    Q_OBJECT
public:
    // Null on a page without them.
    QAction* addAction() const { return m_addAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* deleteAction() const { return m_deleteAction; }

public Q_SLOTS:
    // Reads the records again; a selected record that is still listed stays
    // selected.
    virtual void reload() = 0;

protected:
    // Whether showing the page reads its records again: Reload where another
    // page, another console, the command line or the switch changes them
    // while the page is hidden.
    enum class WhenShown
    {
        Keep,
        Reload
    };

    RecordPage(const store::Database& db, const core::Clock& clock, WhenShown whenShown, QWidget* parent);

    void showEvent(QShowEvent* event) override;

    // Turns the page's actions on and off for what is selected; called when
    // the selection of a table made by recordTable() changes. Nothing by
    // default.
    virtual void updateActions();

    // Shows `dialog`, whose OK saves a record, and reads the records again
    // once it was accepted. True then, so the caller can select the record
    // it saved.
    bool savedThrough(QDialog& dialog);

    // A table (makeTable) whose selection changes call updateActions().
    QTableView* recordTable(const QString& name, QAbstractItemModel* model);

    // Add (saying `addText`), Edit… and Delete… on `toolBar`, running the
    // page's slots; a double click on a row of `view` edits it too.
    template <typename Page>
    void addRecordActions(QToolBar* toolBar, const QString& addText, QTableView* view, void (Page::*add)(),
                          void (Page::*edit)(), void (Page::*remove)())
    {
        auto* page = static_cast<Page*>(this);
        m_addAction = toolBar->addAction(addText, page, add);
        m_editAction = toolBar->addAction(tr("&Edit…"), page, edit);
        m_deleteAction = toolBar->addAction(tr("&Delete…"), page, remove);
        connect(view, &QTableView::doubleClicked, page, edit);
    }

    const store::Database& m_db;
    const core::Clock& m_clock;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;

private:
    WhenShown m_whenShown;
};

} // namespace rebound::console
