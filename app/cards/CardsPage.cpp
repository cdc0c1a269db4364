#include "cards/CardsPage.h"

#include "cards/CardCsv.h"
#include "cards/CardDialogs.h"
#include "cards/CardModels.h"
#include "cards/CardService.h"
#include "common/ConsoleActor.h"
#include "common/Dialogs.h"
#include "common/PageParts.h"
#include "store/CardRepository.h"
#include "store/Database.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rebound::console {

CardsPage::CardsPage(const store::Database& db, const core::Clock& clock, QWidget* parent)
    : RecordPage(db, clock, WhenShown::Keep, parent)
{
    m_batches = new CardBatchesModel(this);
    m_cards = new CardsModel(this);
    m_history = new CardsModel(this);

    auto* layout = pageLayout(this, tr("Cards"));

    auto* toolBar = textToolBar();
    m_generateAction = toolBar->addAction(tr("&Generate batch…"), this, &CardsPage::generateBatch);
    m_exportAction = toolBar->addAction(tr("E&xport inventory…"), this, &CardsPage::exportInventory);
    m_exportAction->setObjectName(QStringLiteral("exportInventory"));
    m_voidCardAction = toolBar->addAction(tr("Void &card…"), this, &CardsPage::voidCard);
    m_voidCardAction->setObjectName(QStringLiteral("voidCard"));
    m_voidBatchAction = toolBar->addAction(tr("Void &batch…"), this, &CardsPage::voidBatch);
    m_voidBatchAction->setObjectName(QStringLiteral("voidBatch"));
    toolBar->addAction(tr("&Refresh"), this, &CardsPage::reload);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(new QLabel(tr("Show: ")));
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All cards"), QString());
    for (auto s : {store::CardStatus::New, store::CardStatus::Active, store::CardStatus::Used,
                   store::CardStatus::Expired, store::CardStatus::Void})
        m_statusFilter->addItem(CardsModel::statusName(s), store::toString(s));
    toolBar->addWidget(m_statusFilter);
    layout->addWidget(toolBar);

    auto* splitter = new QSplitter(Qt::Vertical);
    m_batchesView = makeTable(QStringLiteral("batches"), m_batches);
    splitter->addWidget(m_batchesView);
    m_tabs = new QTabWidget;
    m_cardsView = recordTable(QStringLiteral("cards"), m_cards);
    m_historyView = makeTable(QStringLiteral("history"), m_history);
    m_tabs->addTab(m_cardsView, tr("Cards in batch"));
    m_tabs->addTab(m_historyView, tr("Redemption history"));
    splitter->addWidget(m_tabs);
    splitter->setSizes({220, 360});
    layout->addWidget(splitter, 1);

    connect(m_batchesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CardsPage::showCurrentBatch);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &CardsPage::showCurrentBatch);
    reload();
}

void CardsPage::reload()
{
    const auto selected = selectedItem(m_batchesView, *m_batches);
    try {
        cards::CardService(m_db, m_clock).expireDue(ConsoleActor);
    } catch (const store::StoreError&) {
        // Showing the list matters more than the sweep; it runs again later.
    }
    const store::CardRepository repo(m_db);
    m_batches->setRows(repo.batches());
    m_history->setRows(repo.redemptions());
    selectRowOrFirst(m_batchesView, m_batches->rowOf(selected ? selected->id : 0));
    m_batchesView->resizeColumnsToContents();
    m_historyView->resizeColumnsToContents();
    showCurrentBatch();
}

void CardsPage::showCurrentBatch()
{
    const int row = selectedRow(m_batchesView);
    if (row < 0) {
        m_cards->setRows({});
    } else {
        const auto status = store::cardStatusFromString(m_statusFilter->currentData().toString());
        m_cards->setRows(store::CardRepository(m_db).cards(m_batches->rowAt(row).id, status));
        m_cardsView->resizeColumnsToContents();
    }
    updateActions();
}

void CardsPage::updateActions()
{
    const int batch = selectedRow(m_batchesView);
    const int card = selectedRow(m_cardsView);
    m_exportAction->setEnabled(batch >= 0);
    m_voidBatchAction->setEnabled(batch >= 0 && !m_batches->rowAt(batch).isVoid);
    const bool voidable = card >= 0 && (m_cards->rowAt(card).status == store::CardStatus::New ||
                                        m_cards->rowAt(card).status == store::CardStatus::Active);
    m_voidCardAction->setEnabled(voidable);
}

void CardsPage::generateBatch()
{
    cards::CardService service(m_db, m_clock);
    QStringList plans;
    for (const store::RateTable& t : store::RateRepository(m_db, m_clock).tables())
        if (t.kind == store::RateTableKind::Sell)
            plans << t.name;
    const store::SettingsRepository settings(m_db);
    GenerateCardsDialog dialog(service, plans, settings.currency(), this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    const cards::BatchSpec spec = dialog.spec();
    const QString currency = spec.currency.isEmpty() ? settings.currency() : spec.currency;
    const QString question =
        tr("Generate %L1 %2 of %3 each, %4 in total?")
            .arg(spec.count)
            .arg(spec.kind == store::CardKind::Ppcc ? tr("prepaid calling cards") : tr("charge-up cards"),
                 spec.faceValue.format(currency, QLocale()),
                 (spec.faceValue * spec.count).format(currency, QLocale()));
    dialogs::confirmAndAttempt(this, tr("Generate cards"), question, [&] {
        cards::GeneratedBatch batch = service.generate(spec, ConsoleActor);
        const std::int64_t id = batch.batch.id;
        GeneratedBatchDialog saved(std::move(batch),
                                   settings.value(QStringLiteral("reseller.name"), tr("Rebound")), this);
        dialogs::exec(saved);
        reload();
        m_batchesView->selectRow(m_batches->rowOf(id));
    });
}

void CardsPage::voidCard()
{
    const auto card = selectedItem(m_cardsView, *m_cards);
    if (!card)
        return;
    const QString text =
        card->status == store::CardStatus::Active
            ? tr("Void card %1? Its account %2 will be suspended.").arg(card->serial, card->usedByAccountCode)
            : tr("Void card %1? It can never be used after this.").arg(card->serial);
    confirmVoid(tr("Void card"), text,
                [&] { cards::CardService(m_db, m_clock).voidCard(card->serial, ConsoleActor); });
}

void CardsPage::voidBatch()
{
    const auto batch = selectedItem(m_batchesView, *m_batches);
    if (!batch)
        return;
    confirmVoid(tr("Void batch"),
                tr("Void batch %1? Its %n unused card(s) can never be used after this; cards already used "
                   "stay as they are.",
                   nullptr, batch->newCount)
                    .arg(batch->id),
                [&] { cards::CardService(m_db, m_clock).voidBatch(batch->id, ConsoleActor); });
}

void CardsPage::confirmVoid(const QString& title, const QString& question,
                            const std::function<void()>& change)
{
    if (!dialogs::confirm(this, title, question))
        return;
    dialogs::attempt(this, title, change);
    reload();
}

void CardsPage::exportInventory()
{
    const auto batch = selectedItem(m_batchesView, *m_batches);
    if (!batch)
        return;
    const QString path = dialogs::saveFileName(this, tr("Export card inventory"),
                                               QStringLiteral("cards-batch-%1-inventory.csv").arg(batch->id),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QByteArray csv = cards::CardCsv::inventory(*batch, store::CardRepository(m_db).cards(batch->id));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size()) {
        dialogs::showError(this, tr("Export card inventory"),
                           tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    dialogs::showInformation(
        this, tr("Export card inventory"),
        tr("Wrote %1 cards of batch %2 to %3 (serials and status; PINs are never stored).")
            .arg(QLocale().toString(batch->count))
            .arg(batch->id)
            .arg(path));
}

} // namespace rebound::console
