#include "subscribers/SubscribersPage.h"

#include "accounts/AccountCsv.h"
#include "common/ConsoleActor.h"
#include "common/Dialogs.h"
#include "common/PageParts.h"
#include "core/PrivateFile.h"
#include "store/AccountRepository.h"
#include "store/StoreError.h"
#include "subscribers/BalanceDialog.h"
#include "subscribers/SubscriberDialog.h"
#include "subscribers/SubscriberModel.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rebound::console {

SubscribersPage::SubscribersPage(const store::Database& db, const core::Clock& clock, QWidget* parent)
    : RecordPage(db, clock, WhenShown::Keep, parent)
{
    m_model = new SubscriberModel(db, clock, this);
    m_proxy = searchableProxy(m_model, this);

    auto* layout = pageLayout(this, tr("Subscribers"));

    m_view = recordTable(QStringLiteral("subscriberTable"), m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SubscriberModel::AccountCode, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(SubscriberModel::Name, QHeaderView::Stretch);

    auto* toolBar = textToolBar();
    addRecordActions(toolBar, tr("&Add…"), m_view, &SubscribersPage::addSubscriber,
                     &SubscribersPage::editSubscriber, &SubscribersPage::deleteSubscriber);
    m_addAction->setShortcut(QKeySequence::New);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_balanceAction = toolBar->addAction(tr("Adjust &balance…"), this, &SubscribersPage::adjustBalance);
    m_balanceAction->setObjectName(QStringLiteral("adjustBalance"));
    toolBar->addSeparator();
    m_importAction = toolBar->addAction(tr("&Import…"), this, &SubscribersPage::importCsv);
    m_importAction->setToolTip(
        tr("Add subscribers from a CSV file; a file with any bad line changes nothing"));
    m_exportAction = toolBar->addAction(tr("E&xport…"), this, &SubscribersPage::exportCsv);
    m_exportAction->setToolTip(tr("Save every subscriber as a CSV file, without passwords or PINs"));
    toolBar->addSeparator();
    toolBar->addAction(tr("&Refresh"), this, &SubscribersPage::reload)->setShortcut(QKeySequence::Refresh);
    m_search = addSearchField(toolBar, QStringLiteral("subscriberSearch"), tr("Search code, name, number…"),
                              m_proxy);
    layout->addWidget(toolBar);

    layout->addWidget(m_view);
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
    const store::Account account = m_model->rowAt(row);
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
    const store::Account account = m_model->rowAt(row);
    const QString text = tr("Delete subscriber %1 (%2)? Their callback numbers go with them.")
                             .arg(account.accountCode, account.name.isEmpty() ? tr("no name") : account.name);
    if (!dialogs::confirm(this, tr("Delete subscriber"), text))
        return;
    dialogs::attempt(this, tr("Cannot delete subscriber"), [&] { m_model->remove(account.id); });
}

void SubscribersPage::adjustBalance()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const store::Account account = m_model->rowAt(row);
    BalanceDialog dialog(account.accountCode, account.balance, m_model->currency(), this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    dialogs::attempt(this, tr("Adjust balance"), [&] {
        m_model->adjustBalance(account.id, dialog.amount(), dialog.reason(), dialog.note());
    });
}

void SubscribersPage::importCsv()
{
    const QString path =
        dialogs::openFileName(this, tr("Import subscribers"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void SubscribersPage::exportCsv()
{
    const QString path = dialogs::saveFileName(this, tr("Export subscribers"),
                                               QStringLiteral("subscribers.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportFile(path);
}

bool SubscribersPage::importFile(const QString& path)
{
    const QString title = tr("Import subscribers");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        dialogs::showError(this, title, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    accounts::AccountService::ImportResult result;
    try {
        // Passwords and PINs in the file are hashed one by one, slowly on purpose.
        const BusyCursor busy;
        // One byte past the limit is enough for the importer to refuse the file.
        result = accounts::AccountService(m_db, m_clock)
                     .importCsv(file.read(accounts::AccountCsv::MaxBytes + 1), ConsoleActor);
    } catch (const store::StoreError& error) {
        dialogs::showError(this, title, error.message());
        return false;
    }
    if (!result.ok()) {
        dialogs::showImportProblems(this, title, QFileInfo(path).fileName(), result.errors, result.problems);
        return false;
    }
    reload();
    dialogs::showInformation(this, title, tr("%1 subscribers imported.").arg(result.imported));
    return true;
}

bool SubscribersPage::exportFile(const QString& path)
{
    const QString title = tr("Export subscribers");
    const accounts::AccountService& service = m_model->service();
    // Names and phone numbers: personal data, for the owner's eyes only.
    if (const QString error = core::writePrivateFile(path, service.exportCsv()); !error.isEmpty()) {
        dialogs::showError(this, title, tr("Cannot write %1: %2").arg(path, error));
        return false;
    }
    dialogs::showInformation(this, title,
                             tr("Wrote %1 subscribers to %2.").arg(m_model->rowCount()).arg(path));
    return true;
}

void SubscribersPage::reload()
{
    m_model->reload();
    updateActions();
}

} // namespace rebound::console
