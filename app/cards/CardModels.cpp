#include "cards/CardModels.h"

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
    : RowsModel(ColumnCount, parent)
{
}

QVariant CardBatchesModel::cell(const store::CardBatch& b, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
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
    } else if (role == Qt::TextAlignmentRole && column != Name && column != Kind && column != Created) {
        return figureAlignment();
    } else if (role == Qt::ForegroundRole && b.isVoid) {
        return greyedOut();
    }
    return {};
}

QStringList CardBatchesModel::columnTitles() const
{
    return {tr("Batch"),  tr("Name"), tr("Kind"),    tr("Value"), tr("Cards"),  tr("New"),
            tr("Active"), tr("Used"), tr("Expired"), tr("Void"),  tr("Created")};
}

CardsModel::CardsModel(QObject* parent)
    : RowsModel(ColumnCount, parent)
{
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

QVariant CardsModel::cell(const store::Card& c, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
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
        return greyedOut();
    }
    return {};
}

QStringList CardsModel::columnTitles() const
{
    return {tr("Serial"), tr("Status"), tr("Expires"), tr("Used / activated"), tr("Account")};
}

} // namespace rebound::console
