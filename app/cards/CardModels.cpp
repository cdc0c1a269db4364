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

CardBatchesModel::Columns CardBatchesModel::columns() const
{
    using B = store::CardBatch;
    return {
        {tr("Batch"), [](const B& b) { return qlonglong(b.id); }, Content::Figure},
        {tr("Name"), [](const B& b) { return b.isVoid ? tr("%1 (void)").arg(b.name) : b.name; }},
        {tr("Kind"),
         [](const B& b) { return b.kind == store::CardKind::Ppcc ? tr("Calling card") : tr("Charge-up"); }},
        {tr("Value"), [](const B& b) { return b.faceValue.format(b.currency, QLocale()); }, Content::Figure},
        {tr("Cards"), &B::count, Content::Figure},
        {tr("New"), &B::newCount, Content::Figure},
        {tr("Active"), &B::activeCount, Content::Figure},
        {tr("Used"), &B::usedCount, Content::Figure},
        {tr("Expired"), &B::expiredCount, Content::Figure},
        {tr("Void"), &B::voidCount, Content::Figure},
        {tr("Created"), [](const B& b) { return dateTime(b.createdAt); }},
    };
}

QVariant CardBatchesModel::cell(const store::CardBatch& b, int column, int role) const
{
    if (role == Qt::ForegroundRole && b.isVoid)
        return greyedOut();
    return RowsModel::cell(b, column, role);
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

CardsModel::Columns CardsModel::columns() const
{
    using C = store::Card;
    return {
        {tr("Serial"), &C::serial},
        {tr("Status"), [](const C& c) { return statusName(c.status); }},
        {tr("Expires"), [](const C& c) { return dateTime(c.expiresAt); }},
        {tr("Used / activated"), [](const C& c) { return dateTime(c.usedAt); }},
        {tr("Account"), &C::usedByAccountCode},
    };
}

QVariant CardsModel::cell(const store::Card& c, int column, int role) const
{
    if (role == Qt::ForegroundRole &&
        (c.status == store::CardStatus::Void || c.status == store::CardStatus::Expired))
        return greyedOut();
    return RowsModel::cell(c, column, role);
}

} // namespace rebound::console
