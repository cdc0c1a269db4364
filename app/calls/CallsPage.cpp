#include "calls/CallsPage.h"

#include "common/Dialogs.h"
#include "common/ExportFile.h"
#include "common/PageParts.h"
#include "common/PeriodPicker.h"
#include "core/PhoneNumber.h"
#include "store/AccountRepository.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "store/TriggerKind.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace rebound::console {

using store::CallColumn;

CallsModel::CallsModel(const store::Database& db, QTimeZone zone, QString currency, QObject* parent)
    : PagedRowsModel(int(CallColumn::Count), parent)
    , m_repository(db)
    , m_zone(std::move(zone))
    , m_currency(std::move(currency))
{
}

CallsModel::Columns CallsModel::columns() const
{
    using R = store::CallRow;
    const auto money = [this](core::Money R::*amount) {
        return [this, amount](const R& r) { return format::money(r.*amount, m_currency); };
    };
    const auto seconds = [](int R::*billed) {
        return [billed](const R& r) { return QLocale().toString(r.*billed); };
    };
    // In the order of store::CallColumn.
    return {
        {tr("Call"), [](const R& r) { return QString::number(r.id); }, Content::Figure},
        {tr("Started"), [this](const R& r) { return format::dateTime(r.startedAt, m_zone); }},
        {tr("Subscriber"),
         [](const R& r) {
             return r.accountName.isEmpty() ? r.accountCode
                                            : QStringLiteral("%1 %2").arg(r.accountCode, r.accountName);
         }},
        {tr("Trigger"), [](const R& r) { return reports::BusinessReports::triggerName(r.trigger, r.test); }},
        {tr("Callback number"), [](const R& r) { return core::PhoneNumber::plus(r.callbackNumber); }},
        {tr("Destination"), [](const R& r) { return core::PhoneNumber::plus(r.destination); }},
        {tr("Destination name"), &R::destinationName},
        {tr("Gateway A"), &R::gatewayA},
        {tr("Gateway B"), &R::gatewayB},
        {tr("Result"), [](const R& r) { return reports::BusinessReports::resultText(r); }},
        {tr("Answered"),
         [this](const R& r) { return r.answeredAt ? format::time(*r.answeredAt, m_zone) : QString(); }},
        {tr("Talk"), [](const R& r) { return r.answered() ? format::seconds(r.talkMs / 1000.0) : QString(); },
         Content::Figure},
        {tr("Billed s A"), seconds(&R::secondsA), Content::Figure},
        {tr("Sell A"), money(&R::sellA), Content::Figure},
        {tr("Cost A"), money(&R::costA), Content::Figure},
        {tr("Billed s B"), seconds(&R::secondsB), Content::Figure},
        {tr("Sell B"), money(&R::sellB), Content::Figure},
        {tr("Cost B"), money(&R::costB), Content::Figure},
        {tr("Sell"), money(&R::sell), Content::Figure},
        {tr("Cost"), money(&R::cost), Content::Figure},
        {tr("Profit"), [this](const R& r) { return format::money(r.profit(), m_currency); }, Content::Figure},
        {tr("Hang-up reason"), &R::hangupReason},
    };
}

QVariant CallsModel::cell(const store::CallRow& r, int columnIndex, int role) const
{
    const auto column = CallColumn(columnIndex);
    if (role == Qt::UserRole)
        return QVariant::fromValue(qint64(r.id));
    if (role == Qt::ForegroundRole && column == CallColumn::Result && !r.answered())
        return QColor(r.state == store::CallState::Open ? QColor(0x1f, 0x6f, 0xeb)
                                                        : QColor(0xcf, 0x22, 0x2e));
    if (role == Qt::ForegroundRole && column == CallColumn::Profit && r.profit().micros() < 0)
        return QColor(0xcf, 0x22, 0x2e);
    // A cell too narrow for its text shows it whole in its tooltip.
    return PagedRowsModel::cell(r, columnIndex, role == Qt::ToolTipRole ? Qt::DisplayRole : role);
}

QList<store::CallRow> CallsModel::pageAfter(const store::CallRow& last) const
{
    return m_repository.callPage(m_filter, m_sortColumn, m_ascending, PageSize,
                                 store::CallPageKey{last.sortKey, last.id});
}

void CallsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(CallColumn::Count))
        return;
    m_sortColumn = CallColumn(column);
    m_ascending = order == Qt::AscendingOrder;
    reload();
}

void CallsModel::setFilter(const store::CallFilter& filter)
{
    m_filter = filter;
    reload();
}

void CallsModel::reload()
{
    showFirstPage(m_repository.callPage(m_filter, m_sortColumn, m_ascending, PageSize));
}

CallsPage::CallsPage(const store::Database& db, const core::Clock& clock, QWidget* parent)
    // New calls and subscribers since the page was last shown.
    : RecordPage(db, clock, WhenShown::Reload, parent)
    , m_reports(db)
    , m_currency(store::SettingsRepository(db).currency())
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(createFilters());

    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("callTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_totals);

    layout->addWidget(createCallsView(), 1);

    // Typing in the destination waits for a pause before it queries.
    m_typing = typingPause(this, [this] { applyFilter(); });
    connect(m_destination, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_destination, &QLineEdit::returnPressed, this, &CallsPage::applyFilter);
    connect(m_period, &PeriodPicker::changed, this, &CallsPage::applyFilter);
    for (QComboBox* box : {m_subscriber, m_gateway, m_result, m_trigger})
        connect(box, &QComboBox::currentIndexChanged, this, &CallsPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CallsPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CallsPage::showDetail);
    reload();
}

// The filters in two rows, with Export CSV… at the end.
QLayout* CallsPage::createFilters()
{
    auto* filters = new QVBoxLayout;
    m_period = new PeriodPicker(m_clock, m_reports.zone(), true);
    m_subscriber = new QComboBox;
    m_subscriber->setObjectName(QStringLiteral("subscriberFilter"));
    m_subscriber->setMinimumContentsLength(22);
    m_subscriber->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_destination = new QLineEdit;
    m_destination->setObjectName(QStringLiteral("destinationFilter"));
    m_destination->setPlaceholderText(tr("Prefix (44) or name (Germany)"));
    m_destination->setClearButtonEnabled(true);
    m_destination->setMinimumWidth(200);
    m_gateway = new QComboBox;
    m_gateway->setObjectName(QStringLiteral("gatewayFilter"));
    m_result = new QComboBox;
    m_result->setObjectName(QStringLiteral("resultFilter"));
    m_result->setMinimumContentsLength(24);
    m_result->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_trigger = new QComboBox;
    m_trigger->setObjectName(QStringLiteral("triggerFilter"));
    m_trigger->addItem(tr("Every trigger"), QString());
    for (const store::TriggerKind kind : store::TriggerKinds)
        m_trigger->addItem(reports::BusinessReports::triggerName(store::toString(kind)),
                           store::toString(kind));
    auto* first = new QHBoxLayout;
    addLabelled(first, tr("&Period:"), m_period);
    addLabelled(first, tr("&Subscriber:"), m_subscriber);
    addLabelled(first, tr("&Trigger:"), m_trigger);
    first->addStretch(1);
    auto* second = new QHBoxLayout;
    addLabelled(second, tr("&Destination:"), m_destination);
    addLabelled(second, tr("&Gateway:"), m_gateway);
    addLabelled(second, tr("&Result:"), m_result);
    second->addStretch(1);
    auto* exportButton = new QPushButton(tr("Export CSV…"));
    exportButton->setObjectName(QStringLiteral("exportCalls"));
    exportButton->setToolTip(tr("Save every call of this filter to a CSV file, legs in columns"));
    second->addWidget(exportButton);
    filters->addLayout(first);
    filters->addLayout(second);
    connect(exportButton, &QPushButton::clicked, this, &CallsPage::exportCsv);
    return filters;
}

// The calls' table above the selected call's timeline.
QWidget* CallsPage::createCallsView()
{
    m_model = new CallsModel(m_db, m_reports.zone(), m_currency, this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("callsView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(int(CallColumn::StartedAt), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setDefaultSectionSize(90);
    m_view->setColumnWidth(int(CallColumn::Id), 60);
    m_view->setColumnWidth(int(CallColumn::StartedAt), 140);
    m_view->setColumnWidth(int(CallColumn::Subscriber), 170);
    m_view->setColumnWidth(int(CallColumn::CallbackNumber), 120);
    m_view->setColumnWidth(int(CallColumn::Destination), 120);
    m_view->setColumnWidth(int(CallColumn::DestinationName), 150);
    m_view->setColumnWidth(int(CallColumn::GatewayA), 130);
    m_view->setColumnWidth(int(CallColumn::GatewayB), 130);
    m_view->setColumnWidth(int(CallColumn::Result), 180);
    m_view->setColumnWidth(int(CallColumn::HangupReason), 220);
    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("callDetail"));
    m_detail->setPlaceholderText(tr("Select a call to see its timeline: request, each leg, IVR, bridge and "
                                    "hang-up, with the rates it was billed at."));
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

bool CallsPage::showCall(std::int64_t callId)
{
    // The newest calls come first; a call just made is on the first pages.
    for (int row = 0;; ++row) {
        while (row >= m_model->rowCount() && m_model->canFetchMore({}))
            m_model->fetchMore({});
        if (row >= m_model->rowCount())
            return false;
        if (m_model->rowAt(row).id == callId) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            return true;
        }
    }
}

void CallsPage::fillChoices()
{
    const QSignalBlocker blockSubscriber(m_subscriber);
    const QSignalBlocker blockGateway(m_gateway);
    const QSignalBlocker blockResult(m_result);
    const QVariant subscriber = m_subscriber->currentData();
    const QVariant gateway = m_gateway->currentData();
    const QVariant result = m_result->currentData();
    m_subscriber->clear();
    m_subscriber->addItem(tr("Every subscriber"));
    for (const store::Account& a : store::AccountRepository(m_db, m_clock).list())
        m_subscriber->addItem(QStringLiteral("%1 %2").arg(a.accountCode, a.name).trimmed(), qlonglong(a.id));
    m_gateway->clear();
    m_gateway->addItem(tr("Every gateway"));
    for (const store::Gateway& g : store::GatewayRepository(m_db, m_clock).gateways())
        m_gateway->addItem(g.name, qlonglong(g.id));
    m_result->clear();
    m_result->addItem(tr("Every result"), QString());
    m_result->addItem(tr("Answered"), QStringLiteral("answered"));
    m_result->addItem(tr("Failed (any reason)"), QStringLiteral("failed"));
    m_result->addItem(tr("In progress"), QStringLiteral("open"));
    for (const QString& reason : m_reports.repository().hangupReasons())
        m_result->addItem(tr("Failed: %1").arg(reason.isEmpty() ? tr("(no reason)") : reason), reason);
    for (auto [box, value] : {std::pair{m_subscriber, subscriber}, {m_gateway, gateway}, {m_result, result}})
        box->setCurrentIndex(std::max(0, box->findData(value)));
}

store::CallFilter CallsPage::currentFilter() const
{
    store::CallFilter f;
    if (const auto p = m_period->period()) {
        f.fromMs = p->fromMs;
        f.toMs = p->toMs;
    }
    if (m_subscriber->currentData().isValid())
        f.accountId = m_subscriber->currentData().toLongLong();
    f.destination = m_destination->text().trimmed();
    if (f.destination.startsWith(u'+'))
        f.destination.remove(0, 1);
    if (m_gateway->currentData().isValid())
        f.gatewayId = m_gateway->currentData().toLongLong();
    f.result = m_result->currentData().toString();
    f.trigger = m_trigger->currentData().toString();
    return f;
}

void CallsPage::reload()
{
    readOrShowError(m_totals, [this] { fillChoices(); });
    applyFilter();
}

void CallsPage::applyFilter()
{
    readOrShowError(m_totals, [this] {
        const store::CallFilter filter = currentFilter();
        m_model->setFilter(filter);
        const store::CallTotals t = m_reports.repository().totals(filter);
        m_totals->setText(
            t.calls == 0
                ? tr("No calls match these filters.")
                : tr("%n call(s), %1 answered (ASR %2), talk %3 min · revenue %4 · cost %5 · profit %6 "
                     "(margin %7)",
                     nullptr, int(std::min<qint64>(t.calls, INT_MAX)))
                      .arg(QLocale().toString(t.answered))
                      .arg(format::percent(reports::asrPercent(t)), format::minutes(t.talkMs / 60000.0),
                           format::money(t.sell, m_currency), format::money(t.cost, m_currency),
                           format::money(t.profit(), m_currency),
                           format::percent(reports::marginPercent(t))));
    });
}

void CallsPage::showDetail()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const store::CallRow& row = m_model->rowAt(current.row());
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p><table cellpadding='3'>")
            .arg(tr("Call %1: %2 → %3")
                     .arg(row.id)
                     .arg(core::PhoneNumber::plus(row.callbackNumber),
                          core::PhoneNumber::plus(row.destination))
                     .toHtmlEscaped(),
                 tr("%1 · %2 · sell %3, cost %4, profit %5")
                     .arg(row.accountCode + u' ' + row.accountName, reports::BusinessReports::resultText(row),
                          format::money(row.sell, m_currency), format::money(row.cost, m_currency),
                          format::money(row.profit(), m_currency))
                     .toHtmlEscaped());
    try {
        for (const reports::TimelineEvent& e : m_reports.timeline(row.id))
            html += QStringLiteral("<tr><td style='color:gray' nowrap>%1</td><td>%2</td></tr>")
                        .arg(format::dateTime(e.atMs, m_reports.zone()), e.text.toHtmlEscaped());
    } catch (const store::StoreError& error) {
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(error.message().toHtmlEscaped());
    }
    m_detail->setHtml(html + QStringLiteral("</table>"));
}

void CallsPage::exportCsv()
{
    const QString path =
        dialogs::saveFileName(this, tr("Export calls"), QStringLiteral("calls.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const store::CallFilter filter = currentFilter();
    const qint64 written = exportFile(this, path, [&](QSaveFile& file, ExportProgress& progress) {
        const qint64 total = m_reports.repository().totals(filter).calls;
        progress.start(tr("Exporting %n call(s)…", nullptr, int(std::min<qint64>(total, INT_MAX))), total);
        return m_reports.exportCsv(filter, file, [&](qint64 done) { return progress.advance(done); });
    });
    if (written >= 0)
        dialogs::showInformation(
            this, tr("Calls exported"),
            tr("%n call(s) written to %1.", nullptr, int(written)).arg(QDir::toNativeSeparators(path)));
}

} // namespace rebound::console
