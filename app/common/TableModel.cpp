#include "common/TableModel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace rebound::console {

TableModel::TableModel(int columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_titles.isEmpty())
        m_titles = columnTitles();
    return section >= 0 && section < m_titles.size() ? QVariant(m_titles.at(section)) : QVariant();
}

bool TableModel::isCell(const QModelIndex& index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

QVariant TableModel::figureAlignment()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

QVariant TableModel::greyedOut()
{
    return QBrush(QColor(0x80, 0x80, 0x80));
}

QVariant TableModel::disabledText()
{
    return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
}

} // namespace rebound::console
