#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <cstdint>
#include <functional>

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
    // The foreground of a row the switch or the API ignores (a disabled
    // gateway, a revoked token): the palette's disabled text, so what still
    // works stands out.
    static QVariant disabledText();

private:
    int m_columns;
    mutable QStringList m_titles; // read once, the first time a header is drawn
};

// What a column holds: text, or a figure (a count, an amount, a duration),
// which is aligned right so the digits line up.
enum class Content
{
    Text,
    Figure
};

// One column of a RowsModel: its title and what a row shows in it, side by
// side, so a title cannot drift from its cells.
template <typename Row>
struct TableColumn
{
    // What a row shows; a pointer to a member of the row shows that member.
    using Read = std::function<QVariant(const Row&)>;

    TableColumn(QString title, Read text, Content content = Content::Text, Read sortKey = {})
        : title(std::move(title))
        , text(std::move(text))
        , content(content)
        , sortKey(std::move(sortKey))
    {
    }

    QString title;
    Read text;
    Content content;
    // What a searchableProxy sorts by (Qt::UserRole) when the text would
    // sort wrongly (an amount); the text when empty.
    Read sortKey;
};

// A TableModel whose rows are a list of one type, replaced whole; each
// subclass lists its columns (title and cell), in the order of its Column
// enum, and may answer more roles (tooltips, colours) by overriding cell().
template <typename Row>
class RowsModel : public TableModel
{
public:
    using Columns = QList<TableColumn<Row>>;

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

    // The columns, in the order of the model's Column enum; read once, the
    // first time a cell or a header is drawn.
    virtual Columns columns() const = 0;

    // What `row` shows in `column` for `role`: the column's text, its
    // alignment and its sort key. An override answers its other roles and
    // leaves these to this one.
    virtual QVariant cell(const Row& row, int column, int role) const
    {
        const TableColumn<Row>& c = columnAt(column);
        switch (role) {
        case Qt::DisplayRole:
            return c.text(row);
        case Qt::TextAlignmentRole:
            return c.content == Content::Figure ? figureAlignment() : QVariant();
        case Qt::UserRole:
            return c.sortKey ? c.sortKey(row) : c.text(row);
        default:
            return {};
        }
    }

    QStringList columnTitles() const final
    {
        QStringList titles;
        for (int column = 0; column < columnCount(); ++column)
            titles << columnAt(column).title;
        return titles;
    }

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

private:
    const TableColumn<Row>& columnAt(int column) const
    {
        if (m_columnList.isEmpty()) {
            m_columnList = columns();
            Q_ASSERT(m_columnList.size() == columnCount());
        }
        return m_columnList.at(column);
    }

    mutable Columns m_columnList;
};

} // namespace rebound::console
