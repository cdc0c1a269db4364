#include "cards/CardModels.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace rebound::console {

namespace {
QString dateTime(const std::optional<std::int64_t>& ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QString();
}
} // namespace

CardBatchesModel::CardBatchesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CardBatchesModel::setBatches(QList<store::CardBatch> batches)
{
    beginResetModel();
    m_batches = std::move(batches);
    endResetModel();
}

int CardBatchesModel::rowOf(std::int64_t batchId) const
{
    for (qsizetype i = 0; i < m_batches.size(); ++i)
        if (m_batches[i].id == batchId)
            return static_cast<int>(i);
    return -1;
}

int CardBatchesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_batches.size());
}

int CardBatchesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardBatchesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::CardBatch& b = m_batches.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return qlonglong(b.id);
        case Name:
            return b.isVoid ? tr("%1 (void)").arg(b.name) : b.name;
        case Kind:
            return b.kind == store::CardKind::Ppcc ? tr("Calling card") : tr("Charge-up");
        case Value:
            return b.faceValue.format(b.currency, QLocale());
        case Count:
            return b.count;
        case New:
            return b.newCount;
        case Active:
            return b.activeCount;
        case Used:
            return b.usedCount;
        case Expired:
            return b.expiredCount;
        case Void:
            return b.voidCount;
        case Created:
            return dateTime(b.createdAt);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() != Name && index.column() != Kind &&
               index.column() != Created) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole && b.isVoid) {
        return QBrush(QColor(0x80, 0x80, 0x80));
    }
    return {};
}

QVariant CardBatchesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Batch");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Value:
        return tr("Value");
    case Count:
        return tr("Cards");
    case New:
        return tr("New");
    case Active:
        return tr("Active");
    case Used:
        return tr("Used");
    case Expired:
        return tr("Expired");
    case Void:
        return tr("Void");
    case Created:
        return tr("Created");
    }
    return {};
}

CardsModel::CardsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CardsModel::setCards(QList<store::Card> cards)
{
    beginResetModel();
    m_cards = std::move(cards);
    endResetModel();
}

int CardsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cards.size());
}

int CardsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CardsModel::statusName(store::CardStatus status)
{
    switch (status) {
    case store::CardStatus::New:
        return tr("New");
    case store::CardStatus::Active:
        return tr("Active");
    case store::CardStatus::Used:
        return tr("Used");
    case store::CardStatus::Expired:
        return tr("Expired");
    case store::CardStatus::Void:
        return tr("Void");
    }
    return {};
}

QVariant CardsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Card& c = m_cards.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Serial:
            return c.serial;
        case Status:
            return statusName(c.status);
        case Expires:
            return dateTime(c.expiresAt);
        case UsedAt:
            return dateTime(c.usedAt);
        case Account:
            return c.usedByAccountCode;
        }
    } else if (role == Qt::ForegroundRole &&
               (c.status == store::CardStatus::Void || c.status == store::CardStatus::Expired)) {
        return QBrush(QColor(0x80, 0x80, 0x80));
    }
    return {};
}

QVariant CardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Serial:
        return tr("Serial");
    case Status:
        return tr("Status");
    case Expires:
        return tr("Expires");
    case UsedAt:
        return tr("Used / activated");
    case Account:
        return tr("Account");
    }
    return {};
}

} // namespace rebound::console
