#include "calls/LiveCallsPage.h"

#include "Switch.h"
#include "common/Dialogs.h"
#include "common/PageParts.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/StoreError.h"

#include <QAction>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace rebound::console {

namespace {

// How many recent requests are searched for unfinished ones.
constexpr int RequestWindow = 500;

LiveCallsModel::Leg latestLeg(const QList<store::LegRecord>& legs, QChar which)
{
    LiveCallsModel::Leg result;
    std::int64_t newest = 0;
    for (const store::LegRecord& leg : legs) {
        if (leg.leg != which || leg.id < newest)
            continue;
        newest = leg.id;
        result.exists = true;
        result.answeredAt = leg.answeredAt;
        result.ended = !leg.open || leg.endedAt.has_value();
    }
    return result;
}

} // namespace

LiveCallsModel::LiveCallsModel(const store::Database& db, const core::Clock& clock, QObject* parent)
    : RowsModel(ColumnCount, parent)
    , m_db(db)
    , m_clock(clock)
{
}

LiveCallsModel::Columns LiveCallsModel::columns() const
{
    return {
        {tr("Request"), [](const Row& r) { return QVariant::fromValue(static_cast<qint64>(r.requestId)); },
         Content::Figure},
        {tr("Subscriber"), &Row::accountCode},
        {tr("State"), [](const Row& r) { return store::displayName(r.state); }},
        {tr("Callback number"), &Row::callbackNumber},
        {tr("Destination"), [](const Row& r) { return r.destination.isEmpty() ? tr("—") : r.destination; }},
        {tr("Leg A"), [this](const Row& r) { return legText(r.legA); }},
        {tr("Leg B"), [this](const Row& r) { return legText(r.legB); }},
        {tr("Elapsed"), [this](const Row& r) { return formatDuration(secondsSince(r.createdAt)); },
         Content::Figure},
        {tr("Credit left"),
         [this](const Row& r) {
             const std::optional<int> left = creditLeftSeconds(r);
             return left ? formatDuration(*left) : tr("—");
         },
         Content::Figure},
    };
}

QVariant LiveCallsModel::cell(const Row& row, int column, int role) const
{
    if (role == Qt::UserRole)
        return QVariant::fromValue(static_cast<qint64>(row.requestId));
    return RowsModel::cell(row, column, role);
}

int LiveCallsModel::rowOfRequest(std::int64_t requestId) const
{
    return rowWhere([requestId](const Row& row) { return row.requestId == requestId; });
}

std::optional<int> LiveCallsModel::creditLeftSeconds(const Row& row) const
{
    if (!row.limitSeconds || !row.legB.answeredAt || row.legB.ended)
        return std::nullopt;
    const std::int64_t left = *row.limitSeconds - secondsSince(*row.legB.answeredAt);
    return static_cast<int>(std::max<std::int64_t>(0, left));
}

QString LiveCallsModel::formatDuration(std::int64_t seconds)
{
    seconds = std::max<std::int64_t>(0, seconds);
    const std::int64_t hours = seconds / 3600;
    const std::int64_t minutes = (seconds % 3600) / 60;
    const std::int64_t secs = seconds % 60;
    const QString ss = QStringLiteral("%1").arg(secs, 2, 10, QLatin1Char('0'));
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(ss);
    return QStringLiteral("%1:%2").arg(minutes).arg(ss);
}

QString LiveCallsModel::legText(const Leg& leg) const
{
    if (!leg.exists)
        return tr("—");
    if (leg.ended)
        return tr("ended");
    if (leg.answeredAt)
        return tr("up %1").arg(formatDuration(secondsSince(*leg.answeredAt)));
    return tr("ringing");
}

std::int64_t LiveCallsModel::secondsSince(std::int64_t ms) const
{
    return std::max<std::int64_t>(0, (m_clock.nowMs() - ms) / 1000);
}

QList<LiveCallsModel::Row> LiveCallsModel::load() const
{
    const store::CallbackRequestRepository requests(m_db, m_clock);
    const store::CdrRepository cdrs(m_db, m_clock);
    const store::AccountRepository accounts(m_db, m_clock);
    QHash<std::int64_t, QString> codes;
    QHash<std::int64_t, QList<store::CallRecord>> calls; // by account, newest first

    QList<Row> rows;
    for (const store::CallbackRequest& request : requests.recent(RequestWindow)) {
        if (request.isFinished())
            continue;
        Row row;
        row.requestId = request.id;
        row.state = request.state;
        row.callbackNumber = request.callbackNumber.toPlus();
        row.destination = request.destination.isEmpty() ? QString() : request.destination.toPlus();
        row.createdAt = request.createdAt;
        if (!codes.contains(request.accountId)) {
            const std::optional<store::Account> account = accounts.findById(request.accountId);
            codes.insert(request.accountId,
                         account ? account->accountCode : QString::number(request.accountId));
        }
        row.accountCode = codes.value(request.accountId);
        if (!calls.contains(request.accountId))
            calls.insert(request.accountId, cdrs.recentCalls(request.accountId));
        for (const store::CallRecord& call : calls.value(request.accountId)) {
            if (call.requestId != request.id)
                continue;
            row.limitSeconds = call.limitSeconds;
            const QList<store::LegRecord> legs = cdrs.legs(call.id);
            row.legA = latestLeg(legs, u'A');
            row.legB = latestLeg(legs, u'B');
            break; // the newest call of the request
        }
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.requestId > b.requestId; });
    return rows;
}

void LiveCallsModel::refresh()
{
    const QList<Row> fresh = load();
    QSet<std::int64_t> freshIds;
    for (const Row& row : fresh)
        freshIds.insert(row.requestId);

    // Both lists are ordered by request id, newest first: after dropping the
    // rows that are gone, the old rows are a subsequence of the fresh ones.
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        if (freshIds.contains(m_rows.at(i).requestId))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).requestId == fresh.at(i).requestId) {
            m_rows[i] = fresh.at(i);
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, fresh.at(i));
        endInsertRows();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

LiveCallsPage::LiveCallsPage(const store::Database& db, const core::Clock& clock, Switch* sipSwitch,
                             QWidget* parent)
    : QWidget(parent)
    , m_switch(sipSwitch)
{
    m_model = new LiveCallsModel(db, clock, this);

    auto* layout = pageLayout(this, tr("Live calls"));

    auto* toolBar = textToolBar();
    m_hangUpAction = toolBar->addAction(tr("&Hang up…"), this, &LiveCallsPage::hangUp);
    m_hangUpAction->setObjectName(QStringLiteral("hangUp"));
    m_hangUpAction->setToolTip(m_switch ? tr("End the selected callback (both legs).")
                                        : tr("The switch is not running in this console."));
    toolBar->addSeparator();
    toolBar->addAction(tr("&Refresh"), this, &LiveCallsPage::refresh);
    layout->addWidget(toolBar);

    m_view = makeTable(QStringLiteral("liveCalls"), m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("liveCallsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    refreshWhileShown(this, RefreshIntervalMs, [this] {
        refresh();
    })->setObjectName(QStringLiteral("liveCallsRefresh"));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LiveCallsPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LiveCallsPage::updateActions);
    if (m_switch) {
        connect(m_switch, &Switch::callbackRequested, this, &LiveCallsPage::refresh);
        connect(m_switch, &Switch::callbackStateChanged, this, &LiveCallsPage::refresh);
    }
    refresh();
}

std::optional<std::int64_t> LiveCallsPage::selectedRequest() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->rowAt(rows.first().row()).requestId;
}

void LiveCallsPage::refresh()
{
    try {
        m_model->refresh();
        const int count = m_model->rowCount();
        m_status->setText(count == 0 ? tr("No callback in progress.")
                                     : tr("%n callback(s) in progress.", nullptr, count));
    } catch (const store::StoreError& error) {
        m_status->setText(tr("Could not read the calls: %1").arg(error.message()));
    }
    updateActions();
}

void LiveCallsPage::hangUp()
{
    const std::optional<std::int64_t> requestId = selectedRequest();
    if (!m_switch || !requestId)
        return;
    const int row = m_model->rowOfRequest(*requestId);
    const QString code = row >= 0 ? m_model->rowAt(row).accountCode : QString();
    if (!dialogs::confirm(this, tr("Hang up"),
                          tr("Hang up callback #%1 for subscriber %2?").arg(*requestId).arg(code)))
        return;
    m_switch->hangupCallback(*requestId);
}

void LiveCallsPage::updateActions()
{
    m_hangUpAction->setEnabled(m_switch && selectedRequest().has_value());
}

} // namespace rebound::console
