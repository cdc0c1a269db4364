#pragma once

#include "store/Card.h"

#include <QAbstractTableModel>
#include <QList>

namespace rebound::console {

// Card batches with their status counts.
class CardBatchesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Name,
        Kind,
        Value,
        Count,
        New,
        Active,
        Used,
        Expired,
        Void,
        Created,
        ColumnCount
    };

    explicit CardBatchesModel(QObject* parent = nullptr);
    void setBatches(QList<store::CardBatch> batches);
    const store::CardBatch& batchAt(int row) const { return m_batches.at(row); }
    int rowOf(std::int64_t batchId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::CardBatch> m_batches;
};

// Cards: of one batch, or the redemption history across batches.
class CardsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Serial,
        Status,
        Expires,
        UsedAt,
        Account,
        ColumnCount
    };

    explicit CardsModel(QObject* parent = nullptr);
    void setCards(QList<store::Card> cards);
    const store::Card& cardAt(int row) const { return m_cards.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusName(store::CardStatus status);

private:
    QList<store::Card> m_cards;
};

} // namespace rebound::console
