#include "common/PageParts.h"

#include "store/StoreError.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace rebound::console {

namespace {
// Started and stopped by its page's show and hide events.
class ShownTimer : public QTimer
{
public:
    ShownTimer(QWidget* page, int intervalMs, std::function<void()> refresh)
        : QTimer(page)
        , m_refresh(std::move(refresh))
    {
        setInterval(intervalMs);
        connect(this, &QTimer::timeout, this, [this] { m_refresh(); });
        page->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show) {
            m_refresh();
            start();
        } else if (event->type() == QEvent::Hide) {
            stop();
        }
        return QTimer::eventFilter(watched, event);
    }

private:
    std::function<void()> m_refresh;
};
} // namespace

QLabel* sectionTitle(const QString& text, qreal scale)
{
    auto* title = new QLabel(text);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QVBoxLayout* pageLayout(QWidget* page, const QString& title)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(title, 1.4));
    return layout;
}

QToolBar* textToolBar()
{
    auto* toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return toolBar;
}

QTableView* makeTable(const QString& name, QAbstractItemModel* model)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

int selectedRow(const QTableView* view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool selectListed(QTableView* view, int row)
{
    if (row < 0)
        return false;
    view->selectRow(row);
    return true;
}

void selectRowOrFirst(QTableView* view, int row)
{
    if (row >= 0)
        view->selectRow(row);
    else if (view->model()->rowCount() > 0)
        view->selectRow(0);
}

void stretchColumn(QTableView* view, int column)
{
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void addLabelled(QHBoxLayout* row, const QString& label, QWidget* field)
{
    auto* text = new QLabel(label);
    text->setBuddy(field);
    row->addWidget(text);
    row->addWidget(field);
    row->addSpacing(8);
}

QTimer* refreshWhileShown(QWidget* page, int intervalMs, std::function<void()> refresh)
{
    return new ShownTimer(page, intervalMs, std::move(refresh));
}

QTimer* typingPause(QObject* parent, std::function<void()> apply)
{
    auto* timer = new QTimer(parent);
    timer->setSingleShot(true);
    timer->setInterval(350);
    QObject::connect(timer, &QTimer::timeout, timer, std::move(apply));
    return timer;
}

bool readOrShowError(QLabel* status, const std::function<void()>& read)
{
    try {
        read();
        return true;
    } catch (const store::StoreError& error) {
        status->setText(error.message());
        return false;
    }
}

QSortFilterProxyModel* searchableProxy(QAbstractItemModel* model, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1); // search every column
    return proxy;
}

QLineEdit* addSearchField(QToolBar* toolBar, const QString& name, const QString& placeholder,
                          QSortFilterProxyModel* proxy)
{
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    auto* search = new QLineEdit;
    search->setObjectName(name);
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    search->setMaximumWidth(280);
    toolBar->addWidget(search);
    QObject::connect(search, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    return search;
}

BusyCursor::BusyCursor()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
}

BusyCursor::~BusyCursor()
{
    QGuiApplication::restoreOverrideCursor();
}

} // namespace rebound::console
