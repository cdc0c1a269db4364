#include "MainWindow.h"

#include "ApiTokensPage.h"
#include "CallsPage.h"
#include "CardsPage.h"
#include "DashboardPage.h"
#include "DidsPage.h"
#include "GatewaysPage.h"
#include "LiveCallsPage.h"
#include "RatesPage.h"
#include "ReportsPage.h"
#include "SipLogPage.h"
#include "SubscribersPage.h"
#include "Switch.h"
#include "SwitchStatusLabel.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace rebound::console {

MainWindow::MainWindow(const store::Database& db, const core::Clock& clock, Switch* sipSwitch,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
{
    setWindowTitle(tr("Rebound"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rebound.svg")));
    resize(1280, 800);

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
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_dashboard = new DashboardPage(db, clock, sipSwitch);
    addPage(tr("Dashboard"), m_dashboard);
    m_subscribers = new SubscribersPage(db, clock);
    addPage(tr("Subscribers"), m_subscribers);
    m_liveCalls = new LiveCallsPage(db, clock, sipSwitch);
    addPage(tr("Live calls"), m_liveCalls);
    m_calls = new CallsPage(db, clock);
    addPage(tr("Calls"), m_calls);
    m_reports = new ReportsPage(db, clock);
    addPage(tr("Reports"), m_reports);
    m_rates = new RatesPage(db, clock);
    addPage(tr("Rates"), m_rates);
    m_cards = new CardsPage(db, clock);
    addPage(tr("Cards"), m_cards);
    m_gateways = new GatewaysPage(db, clock, sipSwitch);
    addPage(tr("Gateways"), m_gateways);
    m_dids = new DidsPage(db, clock);
    addPage(tr("DIDs"), m_dids);
    m_apiTokens = new ApiTokensPage(db, clock);
    addPage(tr("API tokens"), m_apiTokens);
    m_sipLog = new SipLogPage(clock, sipSwitch);
    addPage(tr("SIP log"), m_sipLog);
    m_navigation->setCurrentRow(0);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_subscribers->addAction());
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Rebound"), this, &MainWindow::showAbout);

    const bool demo = store::SettingsRepository(db).hasDemoData();
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
    auto* pathLabel = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(db.path())));
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
    if (sipSwitch)
        connect(sipSwitch, &Switch::unbilledCallsChanged, unbilled,
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
    if (sipSwitch)
        connect(sipSwitch, &Switch::fraudAlarm, fraud, [fraud](const QString& text) {
            // Kept short beside the switch's status; the whole text is in the tooltip.
            const QString line = tr("⚠ Fraud alarm: %1").arg(text);
            fraud->setText(fraud->fontMetrics().elidedText(line, Qt::ElideRight, 460));
            fraud->setToolTip(
                (fraud->toolTip().isEmpty() ? QString() : fraud->toolTip() + QLatin1Char('\n')) +
                QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat) +
                QStringLiteral("  ") + text);
            fraud->show();
        });
    statusBar()->addPermanentWidget(new SwitchStatusLabel(sipSwitch));
    m_countLabel = new QLabel;
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_subscribers, &SubscribersPage::countChanged, this, &MainWindow::updateCount);
    updateCount(m_subscribers->view()->model()->rowCount());
}

void MainWindow::addPage(const QString& title, QWidget* page)
{
    m_navigation->addItem(title);
    m_pages->addWidget(page);
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
