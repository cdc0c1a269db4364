#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <cstdint>

namespace rebound::console {

// What every read-only list model of the console shares: a flat table with a
// fixed number of columns, titled by the model, that shows nothing for an
// index it does not hold. Subclasses give the titles and the cells.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    TableModel(int columns, QObject* parent);
    // The columns' titles, in the order of the model's Column enum.
    virtual QStringList columnTitles() const = 0;
    // True when `index` is a cell of this table, so data() may read its row.
    bool isCell(const QModelIndex& index) const;
    // A figure's alignment (a count, an amount, a duration): right, so the
    // digits line up.
    static QVariant figureAlignment();
    // The foreground of a row whose item no longer counts (void, expired,
    // not active): grey.
    static QVariant greyedOut();

private:
    int m_columns;
    mutable QStringList m_titles; // read once, the first time a header is drawn
};

// A TableModel whose rows are a list of one type, replaced whole; each
// subclass says what a row shows in each column.
template <typename Row>
class RowsModel : public TableModel
{
public:
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    // The item shown in `row`, which must be one of the model's rows.
    const Row& rowAt(int row) const { return m_rows.at(row); }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        return isCell(index) ? cell(m_rows.at(index.row()), index.column(), role) : QVariant();
    }
    // The first row `matches` (a test of one Row) holds for; -1 when none does.
    template <typename Match>
    int rowWhere(Match matches) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            if (matches(m_rows[i]))
                return static_cast<int>(i);
        return -1;
    }
    // The row of the item with this id (for rows that have one); -1 when
    // there is none.
    int rowOf(std::int64_t id) const
    {
        return rowWhere([id](const Row& row) { return row.id == id; });
    }

protected:
    using TableModel::TableModel;

    // What `row` shows in `column` for `role`.
    virtual QVariant cell(const Row& row, int column, int role) const = 0;

    // Replaces the rows; `alsoReplace` sets what the cells are drawn from
    // besides, inside the same reset.
    template <typename Also>
    void replaceRows(QList<Row> rows, Also alsoReplace)
    {
        beginResetModel();
        m_rows = std::move(rows);
        alsoReplace();
        endResetModel();
    }
    void replaceRows(QList<Row> rows)
    {
        replaceRows(std::move(rows), [] {});
    }
    // The same, for a model whose cells are drawn from its rows alone; such
    // a model makes it public (using RowsModel::setRows).
    void setRows(QList<Row> rows) { replaceRows(std::move(rows)); }

    QList<Row> m_rows;
};

} // namespace rebound::console
