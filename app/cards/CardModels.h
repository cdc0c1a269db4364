#pragma once

#include "common/TableModel.h"
#include "store/Card.h"

#include <QList>

namespace rebound::console {

// Card batches with their status counts.
class CardBatchesModel : public RowsModel<store::CardBatch>
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
    using RowsModel::setRows;

protected:
    Columns columns() const override;
    QVariant cell(const store::CardBatch& row, int column, int role) const override;
};

// Cards: of one batch, or the redemption history across batches.
class CardsModel : public RowsModel<store::Card>
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
    using RowsModel::setRows;

    static QString statusName(store::CardStatus status);

protected:
    Columns columns() const override;
    QVariant cell(const store::Card& row, int column, int role) const override;
};

} // namespace rebound::console
