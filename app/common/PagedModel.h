#pragma once

#include "common/TableModel.h"

namespace rebound::console {

// A RowsModel read a page at a time: the first page comes at once and the
// view asks for the next ones (keyset, never OFFSET) as it scrolls, so a
// table of a million rows opens as fast as a small one. Each subclass reads
// the page that follows a row in its own order.
template <typename Row>
class PagedRowsModel : public RowsModel<Row>
{
public:
    static constexpr int PageSize = 200;

    bool canFetchMore(const QModelIndex& parent) const override { return !parent.isValid() && m_more; }
    void fetchMore(const QModelIndex& parent) override
    {
        if (parent.isValid() || !m_more || this->m_rows.isEmpty())
            return;
        const QList<Row> page = pageAfter(this->m_rows.last());
        m_more = page.size() == PageSize;
        if (page.isEmpty())
            return;
        const int first = static_cast<int>(this->m_rows.size());
        this->beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        this->m_rows.append(page);
        this->endInsertRows();
    }

protected:
    using RowsModel<Row>::RowsModel;

    // Up to PageSize rows after `last`; fewer (or none) at the end, which
    // stops the paging.
    virtual QList<Row> pageAfter(const Row& last) const = 0;

    // Shows `firstPage` in place of every row; `alsoReplace` sets what the
    // rows were read for (filter, order) inside the same reset.
    template <typename Also>
    void showFirstPage(QList<Row> firstPage, Also alsoReplace)
    {
        const bool more = firstPage.size() == PageSize;
        this->replaceRows(std::move(firstPage), [&] {
            m_more = more;
            alsoReplace();
        });
    }
    void showFirstPage(QList<Row> firstPage)
    {
        showFirstPage(std::move(firstPage), [] {});
    }

private:
    bool m_more = false;
};

} // namespace rebound::console
