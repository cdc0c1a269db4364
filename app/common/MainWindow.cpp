#include "common/MainWindow.h"

#include "Switch.h"
#include "admin/ApiTokensPage.h"
#include "admin/AuditLogPage.h"
#include "admin/BackupDialogs.h"
#include "admin/SettingsPage.h"
#include "admin/SetupWizard.h"
#include "calls/CallsPage.h"
#include "calls/DashboardPage.h"
#include "calls/LiveCallsPage.h"
#include "calls/ReportsPage.h"
#include "calls/SipLogPage.h"
#include "calls/TestPhonesPage.h"
#include "cards/CardsPage.h"
#include "common/Dialogs.h"
#include "common/SwitchStatusLabel.h"
#include "network/DidsPage.h"
#include "network/GatewaysPage.h"
#include "rates/RatesPage.h"
#include "store/CallbackRequestRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "subscribers/SubscribersPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace rebound::console {

MainWindow::MainWindow(const store::Database& db, const core::Clock& clock, Switch* sipSwitch,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_clock(clock)
    , m_switch(sipSwitch)
{
    setWindowTitle(tr("Rebound"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rebound.svg")));
    resize(1280, 800);
    buildNavigation();
    // The menus in the bar's order; the pages fill Go and then File.
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_newAction = new QAction(tr("&New…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setObjectName(QStringLiteral("newThing"));
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (QAction* thing = m_newThings.value(m_pages->currentIndex()).action)
            thing->trigger();
    });

    addPages(db, clock, sipSwitch);
    buildFileMenu(fileMenu);
    buildSwitchAndHelpMenus();
    buildStatusBar();
    m_navigation->setCurrentRow(0);
    restoreLayout();
}

void MainWindow::buildNavigation()
{
    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(170);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget { background: palette(window); font-size: 11pt; }"
                       "QListWidget::item { padding: 8px 10px; border-radius: 6px; color: palette(text); }"
                       "QListWidget::item:selected { background: palette(highlight); "
                       "color: palette(highlighted-text); }"));
    m_pages = new QStackedWidget;
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);
}

void MainWindow::addPages(const store::Database& db, const core::Clock& clock, Switch* sipSwitch)
{
    m_dashboard = new DashboardPage(db, clock, sipSwitch);
    addPage(tr("Dashboard"), m_dashboard);
    m_subscribers = new SubscribersPage(db, clock);
    addPage(tr("Subscribers"), m_subscribers, {m_subscribers->addAction(), tr("&New subscriber…")});
    m_liveCalls = new LiveCallsPage(db, clock, sipSwitch);
    addPage(tr("Live calls"), m_liveCalls);
    m_calls = new CallsPage(db, clock);
    addPage(tr("Calls"), m_calls);
    m_reports = new ReportsPage(db, clock);
    addPage(tr("Reports"), m_reports);
    m_rates = new RatesPage(db, clock);
    addPage(tr("Rates"), m_rates, {m_rates->importAction(), tr("&New rate table from CSV…")});
    m_cards = new CardsPage(db, clock);
    addPage(tr("Cards"), m_cards, {m_cards->generateAction(), tr("&New card batch…")});
    m_gateways = new GatewaysPage(db, clock, sipSwitch);
    addPage(tr("Gateways"), m_gateways, {m_gateways->addAction(), tr("&New gateway…")});
    m_dids = new DidsPage(db, clock);
    addPage(tr("DIDs"), m_dids, {m_dids->addAction(), tr("&New DID…")});
    m_apiTokens = new ApiTokensPage(db, clock);
    addPage(tr("API tokens"), m_apiTokens, {m_apiTokens->addAction(), tr("&New API token…")});
    m_sipLog = new SipLogPage(clock, sipSwitch);
    addPage(tr("SIP log"), m_sipLog);
    m_auditLog = new AuditLogPage(db, clock);
    addPage(tr("Audit log"), m_auditLog);
    m_settings = new SettingsPage(db, clock, sipSwitch);
    addPage(tr("Settings"), m_settings);
    if (sipSwitch) {
        // Last, so the pages' Ctrl+digit shortcuts stay where they were.
        m_testPhones = new TestPhonesPage(db, clock, *sipSwitch);
        addPage(tr("Test phones"), m_testPhones);
        connect(m_testPhones, &TestPhonesPage::showCallRequested, this, [this](qint64 callId) {
            showPage(tr("Calls"));
            m_calls->showCall(callId);
        });
    }
    // Every page is built in the new language, without a restart.
    connect(m_settings, &SettingsPage::applied, this, [this](const QStringList& keys) {
        if (keys.contains(QStringLiteral("console.language")) && !m_closing)
            Q_EMIT reopenRequested();
    });
}

void MainWindow::buildFileMenu(QMenu* fileMenu)
{
    fileMenu->addAction(m_newAction);
    fileMenu->addSeparator();
    QAction* importSubscribers = fileMenu->addAction(tr("&Import subscribers…"));
    connect(importSubscribers, &QAction::triggered, m_subscribers->importAction(), &QAction::trigger);
    QAction* exportSubscribers = fileMenu->addAction(tr("E&xport subscribers…"));
    connect(exportSubscribers, &QAction::triggered, m_subscribers->exportAction(), &QAction::trigger);
    fileMenu->addSeparator();
    QAction* backUp =
        fileMenu->addAction(tr("&Back up…"), this, [this] { backUpInteractively(this, m_db, m_clock); });
    backUp->setObjectName(QStringLiteral("backUp"));
    QAction* restore = fileMenu->addAction(tr("&Restore…"), this, &MainWindow::restoreBackup);
    restore->setObjectName(QStringLiteral("restore"));
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::buildSwitchAndHelpMenus()
{
    QMenu* switchMenu = menuBar()->addMenu(tr("&Switch"));
    m_startSwitch = switchMenu->addAction(tr("&Start"), this, [this] { m_switch->start(); });
    m_stopSwitch = switchMenu->addAction(tr("S&top…"), this, &MainWindow::stopSwitch);
    m_restartSwitch = switchMenu->addAction(tr("&Restart…"), this, &MainWindow::restartSwitch);
    switchMenu->addSeparator();
    switchMenu->addAction(tr("S&ettings…"), this, [this] { showPage(tr("Settings")); });
    if (m_switch)
        connect(m_switch, &Switch::stateChanged, this, &MainWindow::updateSwitchActions);
    updateSwitchActions();
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* assistant = helpMenu->addAction(tr("&Set-up assistant…"), this, &MainWindow::runSetupAssistant);
    assistant->setObjectName(QStringLiteral("setupAssistant"));
    helpMenu->addAction(tr("&About Rebound"), this, &MainWindow::showAbout);
}

// The status bar: demo badge, database, unbilled calls, fraud alarms, switch.
void MainWindow::buildStatusBar()
{
    const bool demo = store::SettingsRepository(m_db).hasDemoData();
    if (demo) {
        auto* demoLabel = new QLabel(tr("DEMO DATA"));
        demoLabel->setObjectName(QStringLiteral("demoBadge"));
        demoLabel->setToolTip(
            tr("This database was filled with demo subscribers, rates and a demo gateway on "
               "first start."));
        demoLabel->setStyleSheet(QStringLiteral("QLabel { background: #ffd33d; color: #24292f; font-weight: "
                                                "bold; padding: 1px 8px; border-radius: 4px; }"));
        statusBar()->addWidget(demoLabel);
    }
    auto* pathLabel = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
    pathLabel->setObjectName(QStringLiteral("databasePath"));
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(pathLabel, 1);
    // Calls the database refused to bill at hang-up: the switch retries; the
    // reseller sees that money is pending and why.
    auto* unbilled = new QLabel;
    unbilled->setObjectName(QStringLiteral("unbilledCalls"));
    unbilled->setStyleSheet(QStringLiteral("QLabel { color: #9a6700; font-weight: bold; }"));
    unbilled->hide();
    statusBar()->addPermanentWidget(unbilled);
    if (m_switch)
        connect(m_switch, &Switch::unbilledCallsChanged, unbilled,
                [unbilled](int count, const QString& error) {
                    unbilled->setVisible(count > 0);
                    unbilled->setText(tr("⚠ %n call(s) not billed yet, retrying", nullptr, count));
                    unbilled->setToolTip(error);
                });
    // Fraud alarms: the latest one stays in sight until the reseller has
    // read it (a click dismisses it); the list is in the tooltip and the
    // audit log.
    auto* fraud = new QPushButton;
    fraud->setObjectName(QStringLiteral("fraudAlarm"));
    fraud->setFlat(true);
    fraud->setStyleSheet(QStringLiteral("QPushButton { color: #b42318; font-weight: bold; border: none; }"));
    fraud->hide();
    statusBar()->addPermanentWidget(fraud);
    connect(fraud, &QPushButton::clicked, fraud, [fraud] {
        fraud->hide();
        fraud->setToolTip({});
    });
    if (m_switch)
        connect(m_switch, &Switch::fraudAlarm, fraud, [fraud](const QString& text) {
            // Kept short beside the switch's status; the whole text is in the tooltip.
            const QString line = tr("⚠ Fraud alarm: %1").arg(text);
            fraud->setText(fraud->fontMetrics().elidedText(line, Qt::ElideRight, 460));
            fraud->setToolTip(
                (fraud->toolTip().isEmpty() ? QString() : fraud->toolTip() + QLatin1Char('\n')) +
                QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat) +
                QStringLiteral("  ") + text);
            fraud->show();
        });
    statusBar()->addPermanentWidget(new SwitchStatusLabel(m_switch));
    m_countLabel = new QLabel;
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_subscribers, &SubscribersPage::countChanged, this, &MainWindow::updateCount);
    updateCount(m_subscribers->view()->model()->rowCount());
}

void MainWindow::addPage(const QString& title, QWidget* page, const NewThing& newThing)
{
    const int index = m_pages->count();
    m_navigation->addItem(title);
    m_pages->addWidget(page);
    m_newThings.append(newThing);
    // Ctrl+1 … Ctrl+9, then Ctrl+0, open the pages in the list's order.
    QAction* go = m_goMenu->addAction(title, this, [this, index] { m_navigation->setCurrentRow(index); });
    if (index < 10)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + (index + 1) % 10)));
}

void MainWindow::pageChanged(int index)
{
    m_pages->setCurrentIndex(index);
    const NewThing thing = m_newThings.value(index);
    m_newAction->setEnabled(thing.action != nullptr);
    m_newAction->setText(thing.action ? thing.text : tr("&New…"));
}

void MainWindow::updateSwitchActions()
{
    const Switch::State state = m_switch ? m_switch->state() : Switch::State::Stopped;
    const bool stopped = state == Switch::State::Stopped || state == Switch::State::Failed;
    m_startSwitch->setEnabled(m_switch && stopped);
    m_stopSwitch->setEnabled(m_switch && state == Switch::State::Running);
    m_restartSwitch->setEnabled(m_switch && (state == Switch::State::Running || stopped));
}

void MainWindow::stopSwitch()
{
    if (m_switch && dialogs::confirmEndingCalls(this, m_db, m_clock, tr("Stop the switch")))
        m_switch->stop();
}

void MainWindow::restartSwitch()
{
    if (m_switch && (!m_switch->isRunning() ||
                     dialogs::confirmEndingCalls(this, m_db, m_clock, tr("Restart the switch"))))
        m_switch->restart();
}

void MainWindow::restoreBackup()
{
    // The switch holds the database while it runs: it stops first (its calls
    // end and are billed) and starts again on the restored data.
    const bool wasRunning = m_switch && !(m_switch->state() == Switch::State::Stopped ||
                                          m_switch->state() == Switch::State::Failed);
    if (wasRunning) {
        if (!dialogs::confirmEndingCalls(this, m_db, m_clock, tr("Restore")))
            return;
        QEventLoop wait;
        connect(m_switch, &Switch::stopped, &wait, &QEventLoop::quit);
        QTimer::singleShot(30'000, &wait, &QEventLoop::quit);
        m_switch->stop();
        if (m_switch->state() != Switch::State::Stopped)
            wait.exec();
    }
    const bool restored = restoreInteractively(this, m_db, m_clock);
    if (wasRunning)
        m_switch->start();
    if (restored)
        Q_EMIT reopenRequested(); // every page reads the restored data afresh
}

void MainWindow::runSetupAssistant()
{
    // Edits waiting on the Settings page would be lost when the window is
    // built again, and the assistant may change the same settings.
    if (!settlePendingSettings())
        return;
    SetupWizard wizard(m_db, m_clock, m_switch, this);
    dialogs::exec(wizard);
    // Each page saves on Next: left on the first page, nothing was saved.
    if (wizard.visitedIds().size() > 1)
        Q_EMIT reopenRequested(); // the pages read what the assistant saved
}

bool MainWindow::settlePendingSettings()
{
    if (!m_settings->hasChanges())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved settings"), tr("The settings page has changes that are not applied. Apply them?"),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Discard)
        m_settings->reload();
    return answer == QMessageBox::Discard || (answer == QMessageBox::Apply && m_settings->apply());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const auto splitters = findChildren<QSplitter*>();
    for (qsizetype i = 0; i < splitters.size(); ++i)
        splitters[i]->restoreState(settings.value(QStringLiteral("window/splitter%1").arg(i)).toByteArray());
    const int page = settings.value(QStringLiteral("window/page"), 0).toInt();
    if (page >= 0 && page < m_navigation->count())
        m_navigation->setCurrentRow(page);
    m_settings->setCurrentGroup(settings.value(QStringLiteral("window/settingsGroup"), 0).toInt());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    const auto splitters = findChildren<QSplitter*>();
    for (qsizetype i = 0; i < splitters.size(); ++i)
        settings.setValue(QStringLiteral("window/splitter%1").arg(i), splitters[i]->saveState());
    settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
    settings.setValue(QStringLiteral("window/settingsGroup"), m_settings->currentGroup());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_closing = true;
    const bool settled = settlePendingSettings();
    m_closing = false;
    if (!settled) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

bool MainWindow::showPage(const QString& title)
{
    const auto items = m_navigation->findItems(title, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    m_navigation->setCurrentItem(items.first());
    return true;
}

void MainWindow::updateCount(int subscribers)
{
    m_countLabel->setText(tr("%n subscriber(s)", nullptr, subscribers));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Rebound"),
        tr("<h3>Rebound %1</h3><p>International callback switch and billing console.</p>"
           "<p>Database: %2 (schema version %3)</p>")
            .arg(QStringLiteral(REBOUND_VERSION), QDir::toNativeSeparators(m_db.path()).toHtmlEscaped())
            .arg(m_db.schemaVersion()));
}

} // namespace rebound::console
