#pragma once

#include "common/RecordPage.h"

#include <functional>

class QComboBox;
class QTabWidget;

namespace rebound::console {

class CardBatchesModel;
class CardsModel;

// Card batches: generate (with a confirmation of count and total value),
// save the PINs once as CSV/PDF, list batches and cards with status filters,
// void a card or a batch, export an inventory, see the redemption history.
class CardsPage : public RecordPage
{
    Q_OBJECT
public:
    CardsPage(const store::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    CardBatchesModel* batchesModel() const { return m_batches; }
    CardsModel* cardsModel() const { return m_cards; }
    QAction* generateAction() const { return m_generateAction; }

public Q_SLOTS:
    void reload() override;
    void generateBatch();
    void voidCard();
    void voidBatch();
    void exportInventory();

protected:
    void updateActions() override;

private:
    void showCurrentBatch();
    // Asks `question`, then runs `change` through the card service, both
    // under `title`; the lists are read again even when the service refused
    // it, since what it refused may have changed meanwhile.
    void confirmVoid(const QString& title, const QString& question, const std::function<void()>& change);

    CardBatchesModel* m_batches = nullptr;
    CardsModel* m_cards = nullptr;
    CardsModel* m_history = nullptr;
    QTableView* m_batchesView = nullptr;
    QTableView* m_cardsView = nullptr;
    QTableView* m_historyView = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QAction* m_generateAction = nullptr;
    QAction* m_voidCardAction = nullptr;
    QAction* m_voidBatchAction = nullptr;
    QAction* m_exportAction = nullptr;
};

} // namespace rebound::console
