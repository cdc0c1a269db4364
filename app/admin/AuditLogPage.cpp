#include "admin/AuditLogPage.h"

#include "common/Dialogs.h"
#include "common/ExportFile.h"
#include "common/PageParts.h"
#include "common/PeriodPicker.h"
#include "reports/AuditCsv.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rebound::console {

AuditLogModel::AuditLogModel(const store::Database& db, const core::Clock& clock, QTimeZone zone,
                             QObject* parent)
    : PagedRowsModel(ColumnCount, parent)
    , m_log(db, clock)
    , m_zone(std::move(zone))
{
}

AuditLogModel::Columns AuditLogModel::columns() const
{
    using E = store::AuditEntry;
    return {
        {tr("Time"), [this](const E& e) { return format::dateTime(e.at, m_zone); }},
        {tr("Who"), &E::actor},
        {tr("From"), &E::source},
        {tr("What"), &E::action},
        {tr("Object"),
         [](const E& e) { return QStringLiteral("%1 %2").arg(e.objectType, e.objectId).trimmed(); }},
        {tr("Details"), &E::details},
    };
}

QVariant AuditLogModel::cell(const store::AuditEntry& e, int column, int role) const
{
    // A long detail is cut off in its cell: its tooltip shows it whole.
    return PagedRowsModel::cell(e, column, role == Qt::ToolTipRole ? Qt::DisplayRole : role);
}

QList<store::AuditEntry> AuditLogModel::pageAfter(const store::AuditEntry& last) const
{
    // Called by the view, where an exception would end the program: a
    // database that cannot be read now (busy, being restored) stops the
    // paging; Refresh reads again.
    try {
        return m_log.entries(m_filter, PageSize, store::AuditLog::keyOf(last));
    } catch (const store::StoreError& error) {
        qWarning("audit log: %s", qPrintable(error.message()));
        return {};
    }
}

void AuditLogModel::setFilter(const store::AuditFilter& filter)
{
    // Read before any change: a failure leaves the model as it was.
    showFirstPage(m_log.entries(filter, PageSize), [&] { m_filter = filter; });
}

namespace {
// An editable filter box that remembers nothing typed into its list.
QComboBox* patternBox(const QString& name, const QString& placeholder, const QString& tip)
{
    auto* box = new QComboBox;
    box->setObjectName(name);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setMinimumContentsLength(16);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->lineEdit()->setPlaceholderText(placeholder);
    box->lineEdit()->setClearButtonEnabled(true);
    box->setToolTip(tip);
    return box;
}
} // namespace

AuditLogPage::AuditLogPage(const store::Database& db, const core::Clock& clock, QWidget* parent)
    // Read when first shown, not while the console starts, and again each
    // time: what happened since the page was last shown.
    : RecordPage(db, clock, WhenShown::Reload, parent)
    , m_zone(store::SettingsRepository(db).billingTimeZone())
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sectionTitle(tr("Audit log"), 1.4));

    m_period = new PeriodPicker(clock, m_zone, true);
    m_actor = patternBox(QStringLiteral("actorFilter"), tr("Anyone"),
                         tr("An actor such as console, cli or web:1001. Ending in : . or * matches every "
                            "actor that starts with it: web: is every portal user."));
    m_action = patternBox(QStringLiteral("actionFilter"), tr("Anything"),
                          tr("An action such as account.add. Ending in . or * matches every action that "
                             "starts with it: account. is every change to a subscriber."));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Text in the details"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);

    auto* first = new QHBoxLayout;
    addLabelled(first, tr("&When:"), m_period);
    addLabelled(first, tr("W&ho:"), m_actor);
    addLabelled(first, tr("Wh&at:"), m_action);
    first->addStretch(1);
    auto* second = new QHBoxLayout;
    addLabelled(second, tr("&Search:"), m_search);
    second->addStretch(1);
    auto* refreshButton = new QPushButton(tr("&Refresh"));
    refreshButton->setObjectName(QStringLiteral("refreshAudit"));
    auto* exportButton = new QPushButton(tr("Export CSV…"));
    exportButton->setObjectName(QStringLiteral("exportAudit"));
    exportButton->setToolTip(tr("Save every entry of this filter to a CSV file"));
    second->addWidget(refreshButton);
    second->addWidget(exportButton);
    layout->addLayout(first);
    layout->addLayout(second);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("auditStatus"));
    layout->addWidget(m_status);

    layout->addWidget(createResults(), 1);

    // Typing waits for a pause before it queries; choosing from a list does not.
    m_typing = typingPause(this, [this] { applyFilter(); });
    for (QComboBox* box : {m_actor, m_action}) {
        connect(box, &QComboBox::editTextChanged, m_typing, qOverload<>(&QTimer::start));
        connect(box, &QComboBox::activated, this, &AuditLogPage::applyFilter);
        connect(box->lineEdit(), &QLineEdit::returnPressed, this, &AuditLogPage::applyFilter);
    }
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AuditLogPage::applyFilter);
    connect(m_period, &PeriodPicker::changed, this, &AuditLogPage::reload);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogPage::showStatus);
    connect(refreshButton, &QPushButton::clicked, this, &AuditLogPage::reload);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogPage::exportCsv);
}

// The entries' table, and the line that says why it is empty, in a stack.
QWidget* AuditLogPage::createResults()
{
    m_model = new AuditLogModel(m_db, m_clock, m_zone, this);
    m_view = makeTable(QStringLiteral("auditView"), m_model);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setColumnWidth(AuditLogModel::Time, 150);
    m_view->setColumnWidth(AuditLogModel::Who, 120);
    m_view->setColumnWidth(AuditLogModel::From, 130);
    m_view->setColumnWidth(AuditLogModel::What, 170);
    m_view->setColumnWidth(AuditLogModel::Object, 170);
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("auditEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    return m_stack;
}

store::AuditFilter AuditLogPage::currentFilter() const
{
    store::AuditFilter f;
    if (const auto p = m_period->period()) {
        f.fromMs = p->fromMs;
        f.toMs = p->toMs;
    }
    f.actor = store::AuditMatch::parse(m_actor->currentText());
    f.action = store::AuditMatch::parse(m_action->currentText());
    f.text = m_search->text().trimmed();
    return f;
}

void AuditLogPage::fillChoices()
{
    // The actors and actions of the chosen period; the text typed stays.
    const std::optional<reports::Period> period = m_period->period();
    const auto from = period ? std::optional(period->fromMs) : std::nullopt;
    const auto to = period ? std::optional(period->toMs) : std::nullopt;
    const store::AuditLog log(m_db, m_clock);
    for (auto [box, choices] :
         {std::pair{m_actor, log.actors(from, to)}, {m_action, log.actions(from, to)}}) {
        const QSignalBlocker blocker(box);
        const QString text = box->currentText();
        box->clear();
        box->addItems(choices);
        box->setCurrentIndex(-1);
        box->setEditText(text);
    }
}

void AuditLogPage::reload()
{
    readOrShowError(m_status, [this] { fillChoices(); });
    applyFilter();
}

void AuditLogPage::applyFilter()
{
    m_typing->stop();
    readOrShowError(m_status, [this] {
        m_model->setFilter(currentFilter());
        showStatus();
    });
}

void AuditLogPage::showStatus()
{
    const int shown = m_model->rowCount();
    m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget*>(m_empty) : m_view);
    if (shown == 0) {
        m_status->clear();
        m_empty->setText(whyEmpty());
        return;
    }
    const QString zone = QString::fromUtf8(m_zone.id());
    m_status->setText(m_model->canFetchMore({})
                          ? tr("Newest first, times in %1. The newest %2 are shown; more load as you scroll.")
                                .arg(zone, QLocale().toString(shown))
                          : tr("Newest first, times in %1. Entries: %2, all that match.")
                                .arg(zone, QLocale().toString(shown)));
}

QString AuditLogPage::whyEmpty() const
{
    try {
        const store::AuditLog log(m_db, m_clock);
        if (log.entries({}, 1).isEmpty())
            return tr("Nothing has been recorded yet. Changes made here or with rebound-switch, portal "
                      "logins, refused triggers and card redemptions appear in this log as they happen.");
        const store::AuditFilter filter = currentFilter();
        store::AuditFilter periodOnly;
        periodOnly.fromMs = filter.fromMs;
        periodOnly.toMs = filter.toMs;
        const QString period = m_period->period() ? m_period->period()->label() : tr("all time");
        if (log.entries(periodOnly, 1).isEmpty())
            return tr("Nothing was recorded in %1. Choose a longer period, or All time.").arg(period);
        QStringList used;
        if (!filter.actor.isEmpty())
            used << tr("who is %1").arg(m_actor->currentText().trimmed());
        if (!filter.action.isEmpty())
            used << tr("what is %1").arg(m_action->currentText().trimmed());
        if (!filter.text.isEmpty())
            used << tr("the details contain “%1”").arg(filter.text);
        return tr("No entry in %1 matches: %2. Clear a filter or choose a longer period.")
            .arg(period, used.join(tr("; ")));
    } catch (const store::StoreError& error) {
        return error.message();
    }
}

qint64 AuditLogPage::exportTo(const QString& path)
{
    return exportFile(this, path, [&](QSaveFile& file, ExportProgress& progress) {
        // How many will match is not known before the end (counting would
        // read them all twice), so the dialog counts up without a bar.
        progress.start(tr("Exporting the audit log…"), 0);
        return reports::AuditCsv::write(
            store::AuditLog(m_db, m_clock), currentFilter(), m_zone, file, [&](qint64 done) {
                return progress.advance(tr("Exporting the audit log… entries written: %1").arg(done));
            });
    });
}

void AuditLogPage::exportCsv()
{
    const QString path = dialogs::saveFileName(this, tr("Export the audit log"),
                                               QStringLiteral("audit-log.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const qint64 written = exportTo(path);
    if (written >= 0)
        dialogs::showInformation(
            this, tr("Audit log exported"),
            tr("Entries written to %1: %2.").arg(QDir::toNativeSeparators(path)).arg(written));
}

} // namespace rebound::console
