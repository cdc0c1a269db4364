#include "common/RecordPage.h"

#include "common/Dialogs.h"
#include "common/PageParts.h"

#include <QDialog>
#include <QItemSelectionModel>

namespace rebound::console {

RecordPage::RecordPage(const store::Database& db, const core::Clock& clock, WhenShown whenShown,
                       QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_whenShown(whenShown)
{
}

void RecordPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_whenShown == WhenShown::Reload)
        reload();
}

void RecordPage::updateActions() {}

bool RecordPage::savedThrough(QDialog& dialog)
{
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    reload();
    return true;
}

QTableView* RecordPage::recordTable(const QString& name, QAbstractItemModel* model)
{
    QTableView* view = makeTable(name, model);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordPage::updateActions);
    return view;
}

} // namespace rebound::console
