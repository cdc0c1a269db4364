#include "rates/RatesPage.h"

#include "billing/RateService.h"
#include "billing/Rater.h"
#include "common/ConsoleActor.h"
#include "common/Dialogs.h"
#include "common/PageParts.h"
#include "rates/RateDialogs.h"
#include "rates/RatesModel.h"
#include "routing/Router.h"
#include "store/Database.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rebound::console {

namespace {
constexpr int ByRoute = -1;

} // namespace

RatesPage::RatesPage(const store::Database& db, const core::Clock& clock, QWidget* parent)
    : RecordPage(db, clock, WhenShown::Keep, parent)
    , m_cache(db, clock)
{
    m_tables = new RateTablesModel(this);
    m_rates = new RatesModel(this);
    m_ratesProxy = searchableProxy(m_rates, this);

    auto* layout = pageLayout(this, tr("Rates"));

    auto* toolBar = textToolBar();
    m_importAction = toolBar->addAction(tr("&Import CSV…"), this, &RatesPage::importCsv);
    m_exportAction = toolBar->addAction(tr("E&xport CSV…"), this, &RatesPage::exportCsv);
    QAction* markup = toolBar->addAction(tr("&Markup tool…"), this, &RatesPage::runMarkupTool);
    markup->setObjectName(QStringLiteral("markupTool"));
    m_deleteAction = toolBar->addAction(tr("&Delete table…"), this, &RatesPage::deleteTable);
    m_search = addSearchField(toolBar, QStringLiteral("rateSearch"), tr("Search prefix or destination…"),
                              m_ratesProxy);
    layout->addWidget(toolBar);

    auto* splitter = new QSplitter;
    m_tablesView = makeTable(QStringLiteral("rateTables"), m_tables);
    stretchColumn(m_tablesView, RateTablesModel::Name);
    m_tablesView->setWordWrap(false);
    m_ratesView = makeTable(QStringLiteral("rates"), m_ratesProxy);
    m_ratesView->setSortingEnabled(true);
    m_ratesView->sortByColumn(RatesModel::Prefix, Qt::AscendingOrder);
    splitter->addWidget(m_tablesView);
    splitter->addWidget(m_ratesView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({290, 800});
    layout->addWidget(splitter, 1);
    connect(m_tablesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RatesPage::showCurrentTable);

    layout->addWidget(createTester());

    reload();
}

// The rate tester: a plan, a cost source, a number, a duration and a time, and what the call costs.
QWidget* RatesPage::createTester()
{
    auto* tester = new QGroupBox(tr("Rate tester"));
    auto* testerLayout = new QHBoxLayout(tester);
    auto* inputs = new QFormLayout;
    m_testerPlan = new QComboBox;
    m_testerPlan->setObjectName(QStringLiteral("testerPlan"));
    m_testerBuy = new QComboBox;
    m_testerBuy->setObjectName(QStringLiteral("testerBuy"));
    m_testerNumber = new QLineEdit;
    m_testerNumber->setObjectName(QStringLiteral("testerNumber"));
    m_testerNumber->setPlaceholderText(tr("+44 7700 900123"));
    m_testerSeconds = new QSpinBox;
    m_testerSeconds->setObjectName(QStringLiteral("testerSeconds"));
    m_testerSeconds->setRange(0, 24 * 3600);
    m_testerSeconds->setValue(60);
    m_testerSeconds->setSuffix(tr(" s"));
    m_testerAt = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()));
    m_testerAt->setObjectName(QStringLiteral("testerAt"));
    m_testerAt->setCalendarPopup(true);
    inputs->addRow(tr("Sell &plan:"), m_testerPlan);
    inputs->addRow(tr("&Cost from:"), m_testerBuy);
    inputs->addRow(tr("&Number:"), m_testerNumber);
    inputs->addRow(tr("&Duration:"), m_testerSeconds);
    inputs->addRow(tr("&At:"), m_testerAt);
    testerLayout->addLayout(inputs, 1);
    m_testerResult = new QLabel;
    m_testerResult->setObjectName(QStringLiteral("testerResult"));
    m_testerResult->setWordWrap(true);
    m_testerResult->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_testerResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testerResult->setMinimumWidth(360);
    testerLayout->addWidget(m_testerResult, 2);
    for (QComboBox* box : {m_testerPlan, m_testerBuy})
        connect(box, &QComboBox::currentIndexChanged, this, &RatesPage::updateTester);
    connect(m_testerNumber, &QLineEdit::textChanged, this, &RatesPage::updateTester);
    connect(m_testerSeconds, &QSpinBox::valueChanged, this, &RatesPage::updateTester);
    connect(m_testerAt, &QDateTimeEdit::dateTimeChanged, this, &RatesPage::updateTester);

    return tester;
}

void RatesPage::reload()
{
    const QString selected = selectedTableName();
    m_tables->setRows(store::RateRepository(m_db, m_clock).tables());
    if (!selectTable(selected) && m_tables->rowCount() > 0)
        m_tablesView->selectRow(0);
    showCurrentTable();
    fillTesterTables();
}

bool RatesPage::selectTable(const QString& name)
{
    return selectListed(m_tablesView, m_tables->rowOf(name));
}

void RatesPage::showCurrentTable()
{
    const int row = selectedRow(m_tablesView);
    const bool selected = row >= 0;
    m_exportAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    if (!selected) {
        m_rates->setRates({}, QString());
        return;
    }
    const store::RateTable& table = m_tables->rowAt(row);
    m_rates->setRates(store::RateRepository(m_db, m_clock).rates(table.id), table.currency);
    m_ratesView->resizeColumnsToContents();
}

void RatesPage::fillTesterTables()
{
    const QString plan = m_testerPlan->currentText();
    const QVariant buy = m_testerBuy->currentData();
    const QSignalBlocker blockPlan(m_testerPlan);
    const QSignalBlocker blockBuy(m_testerBuy);
    m_testerPlan->clear();
    m_testerBuy->clear();
    m_testerBuy->addItem(tr("The route's gateway"), ByRoute);
    for (const store::RateTable& t : m_tables->tables()) {
        if (t.kind == store::RateTableKind::Sell)
            m_testerPlan->addItem(t.name, qlonglong(t.id));
        else
            m_testerBuy->addItem(t.name, qlonglong(t.id));
    }
    if (const int i = m_testerPlan->findText(plan); i >= 0)
        m_testerPlan->setCurrentIndex(i);
    if (const int i = m_testerBuy->findData(buy); i >= 0)
        m_testerBuy->setCurrentIndex(i);
    updateTester();
}

void RatesPage::updateTester()
{
    const auto show = [this](const QString& html) { m_testerResult->setText(html); };
    if (m_testerPlan->count() == 0)
        return show(tr("Import or build a sell plan to test rates."));
    if (m_testerNumber->text().trimmed().isEmpty())
        return show(tr("Type a number to see how a call to it is priced."));
    const store::SettingsRepository settings(m_db);
    const auto normalised = settings.dialPlan().normalise(m_testerNumber->text());
    if (!normalised.ok())
        return show(
            QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(normalised.error.toHtmlEscaped()));
    const QString currency = settings.currency();
    const QLocale locale;
    try {
        const std::int64_t at = m_testerAt->dateTime().toMSecsSinceEpoch();
        // "The route's gateway" is the one the switch would dial first.
        const std::optional<std::int64_t> buyTable =
            m_testerBuy->currentData().toLongLong() == ByRoute
                ? routing::Router(m_db, m_clock, &m_cache).quoteBuyTable(normalised.number, at)
                : std::optional<std::int64_t>(m_testerBuy->currentData().toLongLong());
        billing::Rater rater(m_cache, settings.billingTimeZone());
        const auto q = rater.priceLeg(m_testerPlan->currentData().toLongLong(),
                                      {normalised.number, m_testerSeconds->value() * 1000LL, at, buyTable});
        if (!q.allowed())
            return show(tr("<b>%1</b> is not in plan %2: calls to it are refused.")
                            .arg(normalised.number.toPlus(), m_testerPlan->currentText().toHtmlEscaped()));
        const auto money = [&](core::Money m) { return m.format(currency, locale).toHtmlEscaped(); };
        const store::Rate& rate = *q.sellRate;
        QStringList terms{tr("%1/min").arg(money(rate.perMinute)),
                          QStringLiteral("%1/%2").arg(rate.firstIncrement).arg(rate.nextIncrement)};
        if (!rate.connectFee.isZero())
            terms << tr("connect fee %1").arg(money(rate.connectFee));
        if (rate.minSeconds > 0)
            terms << tr("minimum %1 s").arg(rate.minSeconds);
        if (rate.graceSeconds > 0)
            terms << tr("first %1 s free").arg(rate.graceSeconds);
        QString html = tr("<b>%1</b> matches <b>%2</b> %3<br>%4")
                           .arg(normalised.number.toPlus(), rate.prefix, rate.destination.toHtmlEscaped(),
                                terms.join(QStringLiteral(", ")));
        html += tr("<br>Charged <b>%1 s</b>: price <b>%2</b>").arg(q.sell.seconds).arg(money(q.sell.amount));
        if (q.buyRate)
            html += tr("<br>Cost %1 (%2 s at %3/min, prefix %4): profit <b>%5</b>")
                        .arg(money(q.buy.amount))
                        .arg(q.buy.seconds)
                        .arg(money(q.buyRate->perMinute), q.buyRate->prefix, money(q.profit()));
        else
            html += tr("<br>Cost unknown: no buy rate for this number.");
        show(html);
    } catch (const store::StoreError& error) {
        show(error.message().toHtmlEscaped());
    }
}

void RatesPage::importCsv()
{
    const QString path =
        dialogs::openFileName(this, tr("Import rates"), tr("Rate sheets (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        dialogs::showError(this, tr("Import rates"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray data = file.readAll();
    const QString preselected = selectedTableName();
    ImportRatesDialog dialog(m_tables->tables(), preselected, QFileInfo(path).fileName(),
                             store::SettingsRepository(m_db).currency(), this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    dialogs::attempt(this, tr("Import rates"), [&] {
        const auto result =
            billing::RateService(m_db, m_clock)
                .importCsv(dialog.tableName(), dialog.kind(), dialog.currency(), data, ConsoleActor);
        if (!result.ok()) {
            dialogs::showImportProblems(this, tr("Import rates"), QFileInfo(path).fileName(), result.errors,
                                        int(result.errors.size()));
            return;
        }
        reload();
        selectTable(dialog.tableName());
        dialogs::showInformation(this, tr("Import rates"),
                                 tr("Imported %1 rates into %2 (replacing %3).")
                                     .arg(QLocale().toString(result.imported), dialog.tableName(),
                                          QLocale().toString(result.replaced)));
    });
}

void RatesPage::exportCsv()
{
    const auto table = selectedItem(m_tablesView, *m_tables);
    if (!table)
        return;
    const QString path = dialogs::saveFileName(this, tr("Export rates"), table->name + QStringLiteral(".csv"),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QByteArray csv = billing::RateService(m_db, m_clock).exportCsv(table->id);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size()) {
        dialogs::showError(this, tr("Export rates"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    dialogs::showInformation(this, tr("Export rates"),
                             tr("Wrote %1 rates of %2 to %3.").arg(table->rateCount).arg(table->name, path));
}

void RatesPage::runMarkupTool()
{
    const QString preselected = selectedTableName();
    MarkupDialog dialog(m_tables->tables(), preselected, this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    dialogs::attempt(this, tr("Markup tool"), [&] {
        const int written = billing::RateService(m_db, m_clock)
                                .markup(dialog.fromTableId(), dialog.toName(), dialog.rule(), ConsoleActor);
        reload();
        selectTable(dialog.toName());
        dialogs::showInformation(this, tr("Markup tool"),
                                 tr("Wrote %1 sell rates to %2.").arg(written).arg(dialog.toName()));
    });
}

QString RatesPage::selectedTableName() const
{
    const auto table = selectedItem(m_tablesView, *m_tables);
    return table ? table->name : QString();
}

void RatesPage::deleteTable()
{
    const auto table = selectedItem(m_tablesView, *m_tables);
    if (!table)
        return;
    if (!dialogs::confirm(this, tr("Delete rate table"),
                          tr("Delete %1 and its %n rate(s)?", nullptr, table->rateCount).arg(table->name)))
        return;
    try {
        store::RateRepository(m_db, m_clock).removeTable(table->id);
        reload();
    } catch (const store::StoreError& error) {
        dialogs::showError(
            this, tr("Delete rate table"),
            error.kind() == store::StoreError::Kind::InUse
                ? tr("%1 is still used by subscribers, gateways or card batches; give them another "
                     "table first.")
                      .arg(table->name)
                : error.message());
    }
}

} // namespace rebound::console
