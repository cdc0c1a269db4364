#pragma once

#include "common/TableModel.h"

#include <QString>
#include <functional>
#include <optional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QObject;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolBar;
class QVBoxLayout;
class QWidget;

namespace rebound::console {

// The pieces every list page is built from, so the pages look alike.

// A bold heading, `scale` times the normal font size (1.4 for a page's title).
QLabel* sectionTitle(const QString& text, qreal scale);
// The page's own layout, edge to edge, with its title on top.
QVBoxLayout* pageLayout(QWidget* page, const QString& title);
// A page's tool bar: its actions are words, not icons.
QToolBar* textToolBar();
// A read-only table of whole rows, one selected at a time, named `name` for
// tests; the last column stretches.
QTableView* makeTable(const QString& name, QAbstractItemModel* model);
// The row selected in a table made by makeTable; -1 when none is.
int selectedRow(const QTableView* view);
// The item of the row selected in a table made by makeTable that shows
// `model` itself (no proxy between them); nothing when no row is.
template <typename Row>
std::optional<Row> selectedItem(const QTableView* view, const RowsModel<Row>& model)
{
    const int row = selectedRow(view);
    return row < 0 ? std::nullopt : std::optional<Row>(model.rowAt(row));
}

// Selects `row` when it is one (a model's rowOf found it); false when it
// is -1.
bool selectListed(QTableView* view, int row);
// Selects `row` after a reload, or the first row when `row` is -1 (the one
// selected before is gone) and there is one.
void selectRowOrFirst(QTableView* view, int row);
// Every column as wide as its contents but `column`, which takes the room left.
void stretchColumn(QTableView* view, int column);
// A filter bar's field with its label (its buddy, for the label's &-shortcut)
// and a little room after it.
void addLabelled(QHBoxLayout* row, const QString& label, QWidget* field);

// A timer, owned by `page`, that runs `refresh` every `intervalMs` while
// the page is shown and once each time it is shown; it stops while the page
// is hidden, so a page nobody looks at reads nothing.
QTimer* refreshWhileShown(QWidget* page, int intervalMs, std::function<void()> refresh);

// A single-shot timer, owned by `parent`, that runs `apply` once typing in a
// filter pauses: each start() puts it off again, so a query does not run on
// every key.
QTimer* typingPause(QObject* parent, std::function<void()> apply);

// Runs `read`, which reads the database for a page; when the store fails,
// its message is shown in `status`. True when the reading went through.
bool readOrShowError(QLabel* status, const std::function<void()>& read);

// A proxy over `model` for a table the user sorts and searches: it sorts by
// the model's Qt::UserRole (numbers by value, not by their text) and
// filters on every column, whatever the case.
QSortFilterProxyModel* searchableProxy(QAbstractItemModel* model, QObject* parent);
// A search field, named `name`, at the right end of `toolBar`: typing in it
// filters `proxy`.
QLineEdit* addSearchField(QToolBar* toolBar, const QString& name, const QString& placeholder,
                          QSortFilterProxyModel* proxy);

// The wait cursor while it lives, for work that takes a moment (hashing
// passwords, a backup of a large database).
class BusyCursor
{
public:
    BusyCursor();
    ~BusyCursor();
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace rebound::console
