#include "SubscribersPage.h"

#include "BalanceDialog.h"
#include "Dialogs.h"
#include "SubscriberDialog.h"
#include "SubscriberModel.h"
#include "store/StoreError.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rebound::console {

SubscribersPage::SubscribersPage(const store::Database& db, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    m_model = new SubscriberModel(db, clock, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // search every column

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* title = new QLabel(tr("Subscribers"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto* toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addAction = toolBar->addAction(tr("&Add…"), this, &SubscribersPage::addSubscriber);
    m_addAction->setShortcut(QKeySequence::New);
    m_editAction = toolBar->addAction(tr("&Edit…"), this, &SubscribersPage::editSubscriber);
    m_deleteAction = toolBar->addAction(tr("&Delete…"), this, &SubscribersPage::deleteSubscriber);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_balanceAction = toolBar->addAction(tr("Adjust &balance…"), this, &SubscribersPage::adjustBalance);
    toolBar->addSeparator();
    toolBar->addAction(tr("&Refresh"), this, &SubscribersPage::reload)->setShortcut(QKeySequence::Refresh);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("subscriberSearch"));
    m_search->setPlaceholderText(tr("Search code, name, number…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    toolBar->addWidget(m_search);
    layout->addWidget(toolBar);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("subscriberTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SubscriberModel::AccountCode, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(SubscriberModel::Name, QHeaderView::Stretch);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_view);
    connect(m_view, &QTableView::doubleClicked, this, &SubscribersPage::editSubscriber);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SubscribersPage::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] { Q_EMIT countChanged(m_model->rowCount()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { Q_EMIT countChanged(m_model->rowCount()); });
    m_view->resizeColumnsToContents();
    updateActions();
}

int SubscribersPage::currentSourceRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.first()).row();
}

void SubscribersPage::updateActions()
{
    const bool selected = currentSourceRow() >= 0;
    m_editAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_balanceAction->setEnabled(selected);
}

void SubscribersPage::addSubscriber()
{
    std::optional<store::Account> added;
    SubscriberDialog dialog(
        m_model->service(), std::nullopt,
        [&](const accounts::AccountForm& form) { added = m_model->add(form); }, this);
    if (dialogs::exec(dialog) != QDialog::Accepted || !added)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(added->id), 0));
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void SubscribersPage::editSubscriber()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const store::Account account = m_model->accountAt(row);
    SubscriberDialog dialog(
        m_model->service(), account,
        [&](const accounts::AccountForm& form) { m_model->update(account.id, form); }, this);
    dialogs::exec(dialog);
}

void SubscribersPage::deleteSubscriber()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const store::Account account = m_model->accountAt(row);
    const QString text = tr("Delete subscriber %1 (%2)? Their callback numbers go with them.")
                             .arg(account.accountCode, account.name.isEmpty() ? tr("no name") : account.name);
    if (!dialogs::confirm(this, tr("Delete subscriber"), text))
        return;
    try {
        m_model->remove(account.id);
    } catch (const store::StoreError& error) {
        dialogs::showError(this, tr("Cannot delete subscriber"), error.message());
    }
}

void SubscribersPage::adjustBalance()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const store::Account account = m_model->accountAt(row);
    BalanceDialog dialog(account.accountCode, account.balance, m_model->currency(), this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    try {
        m_model->adjustBalance(account.id, dialog.amount(), dialog.reason(), dialog.note());
    } catch (const store::StoreError& error) {
        dialogs::showError(this, tr("Adjust balance"), error.message());
    }
}

void SubscribersPage::reload()
{
    m_model->reload();
    updateActions();
}

} // namespace rebound::console
