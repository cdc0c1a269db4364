#include "network/DidsPage.h"

#include "common/ConsoleActor.h"
#include "common/Dialogs.h"
#include "common/PageParts.h"
#include "network/DidDialog.h"
#include "network/DidService.h"
#include "network/GatewayModels.h"
#include "store/AccountRepository.h"
#include "store/GatewayRepository.h"
#include "store/StoreError.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rebound::console {

DidsPage::DidsPage(const store::Database& db, const core::Clock& clock, QWidget* parent)
    // Subscribers and gateways may have changed on other pages.
    : RecordPage(db, clock, WhenShown::Reload, parent)
{
    m_dids = new DidsModel(this);

    auto* layout = pageLayout(this, tr("DIDs"));

    m_view = recordTable(QStringLiteral("dids"), m_dids);
    // The gateway column takes the room.
    stretchColumn(m_view, DidsModel::Gateway);

    auto* toolBar = textToolBar();
    addRecordActions(toolBar, tr("&Add DID…"), m_view, &DidsPage::addDid, &DidsPage::editDid,
                     &DidsPage::deleteDid);
    toolBar->addSeparator();
    toolBar->addAction(tr("&Refresh"), this, &DidsPage::reload);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);

    auto* help = new QLabel(tr("A subscriber dials their DID; the switch answers busy (so the call costs "
                               "nothing) and calls them back. With LGW, that call back (leg A) goes out "
                               "through the gateway in the subscriber's country."));
    help->setWordWrap(true);
    layout->addWidget(help);

    reload();
}

void DidsPage::reload()
{
    const std::int64_t selected = selectedRow(m_view) >= 0 ? m_dids->rowAt(selectedRow(m_view)).id : 0;
    dialogs::attempt(this, tr("DIDs"), [&] {
        const store::GatewayRepository repo(m_db, m_clock);
        QHash<std::int64_t, QString> gatewayNames;
        for (const store::Gateway& g : repo.gateways())
            gatewayNames.insert(g.id, g.name);
        QHash<std::int64_t, QString> subscriberNames;
        for (const store::Account& a : store::AccountRepository(m_db, m_clock).list())
            subscriberNames.insert(a.id, a.name);
        m_dids->setDids(repo.dids(), gatewayNames, subscriberNames);
    });
    selectRowOrFirst(m_view, m_dids->rowOf(selected));
    updateActions();
}

bool DidsPage::selectDid(const QString& number)
{
    return selectListed(m_view, m_dids->rowWhere([&](const store::Did& d) { return d.number == number; }));
}

void DidsPage::updateActions()
{
    const bool selected = selectedRow(m_view) >= 0;
    m_editAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
}

void DidsPage::addDid()
{
    openDialog(std::nullopt);
}

void DidsPage::editDid()
{
    if (const int row = selectedRow(m_view); row >= 0)
        openDialog(m_dids->rowAt(row));
}

void DidsPage::openDialog(std::optional<store::Did> existing)
{
    const QList<store::Account> accounts = store::AccountRepository(m_db, m_clock).list();
    QString savedNumber;
    DidDialog dialog(
        existing, accounts, store::GatewayRepository(m_db, m_clock).gateways(),
        [&](const network::DidInput& input) {
            network::DidService service(m_db, m_clock);
            savedNumber = (existing ? service.update(existing->id, input, ConsoleActor)
                                    : service.add(input, ConsoleActor))
                              .number;
        },
        this);
    if (savedThrough(dialog))
        selectDid(savedNumber);
}

void DidsPage::deleteDid()
{
    const int row = selectedRow(m_view);
    if (row < 0)
        return;
    const store::Did d = m_dids->rowAt(row);
    const QString question = d.accountId ? tr("Delete DID %1? Subscriber %2 can no longer trigger callbacks "
                                              "by dialling it.")
                                               .arg(d.number, d.accountCode)
                                         : tr("Delete DID %1?").arg(d.number);
    if (dialogs::confirmAndAttempt(this, tr("Delete DID"), question,
                                   [&] { network::DidService(m_db, m_clock).remove(d.id, ConsoleActor); }))
        reload();
}

} // namespace rebound::console
