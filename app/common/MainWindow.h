#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace rebound {
class Switch;
}
namespace rebound::core {
class Clock;
}
namespace rebound::store {
class Database;
}

namespace rebound::console {

class ApiTokensPage;
class AuditLogPage;
class CallsPage;
class CardsPage;
class DashboardPage;
class DidsPage;
class GatewaysPage;
class LiveCallsPage;
class RatesPage;
class ReportsPage;
class SettingsPage;
class TestPhonesPage;
class SipLogPage;
class SubscribersPage;

// What File → New… does on a page, and how the menu says it.
struct NewThing
{
    QAction* action = nullptr;
    QString text;
};

// The console: a navigation list on the left, one page per area on the right,
// the database and the embedded switch's state in the status bar. Owns
// neither the database nor the switch; sipSwitch may be null (tests, or a
// console without a switch), and must outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const store::Database& db, const core::Clock& clock, Switch* sipSwitch = nullptr,
               QWidget* parent = nullptr);

    DashboardPage* dashboardPage() const { return m_dashboard; }
    CallsPage* callsPage() const { return m_calls; }
    ReportsPage* reportsPage() const { return m_reports; }
    SubscribersPage* subscribersPage() const { return m_subscribers; }
    RatesPage* ratesPage() const { return m_rates; }
    CardsPage* cardsPage() const { return m_cards; }
    GatewaysPage* gatewaysPage() const { return m_gateways; }
    DidsPage* didsPage() const { return m_dids; }
    ApiTokensPage* apiTokensPage() const { return m_apiTokens; }
    SipLogPage* sipLogPage() const { return m_sipLog; }
    LiveCallsPage* liveCallsPage() const { return m_liveCalls; }
    SettingsPage* settingsPage() const { return m_settings; }
    AuditLogPage* auditLogPage() const { return m_auditLog; }
    // Null without a switch.
    TestPhonesPage* testPhonesPage() const { return m_testPhones; }
    // File → New…: makes the kind of thing the current page lists.
    QAction* newAction() const { return m_newAction; }
    QAction* startSwitchAction() const { return m_startSwitch; }
    QAction* stopSwitchAction() const { return m_stopSwitch; }
    QAction* restartSwitchAction() const { return m_restartSwitch; }
    // Shows the page with this navigation title; false when there is none.
    bool showPage(const QString& title);
    // Help → Set-up assistant…: a real installation step by step (SetupWizard).
    void runSetupAssistant();
    // The window's size, position, splitters and page, for the next window (QSettings).
    void saveLayout() const;

Q_SIGNALS:
    // The data changed under the window (File → Restore, the set-up
    // assistant) or the console's language did (Settings): the console
    // builds a new window on it.
    void reopenRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The constructor's parts, in the order it runs them.
    void buildNavigation();
    void addPages(const store::Database& db, const core::Clock& clock, Switch* sipSwitch);
    void buildFileMenu(QMenu* fileMenu);
    void buildSwitchAndHelpMenus();
    void buildStatusBar();
    void addPage(const QString& title, QWidget* page, const NewThing& newThing = {});
    void pageChanged(int index);
    void updateSwitchActions();
    void restartSwitch();
    void stopSwitch();
    void restoreBackup();
    // Unapplied edits on the Settings page: applied, dropped or kept (false:
    // the reseller cancelled, or Apply refused them).
    bool settlePendingSettings();
    void restoreLayout();
    void updateCount(int subscribers);
    void showAbout();

    const store::Database& m_db;
    const core::Clock& m_clock;
    Switch* m_switch;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    DashboardPage* m_dashboard = nullptr;
    CallsPage* m_calls = nullptr;
    ReportsPage* m_reports = nullptr;
    SubscribersPage* m_subscribers = nullptr;
    RatesPage* m_rates = nullptr;
    CardsPage* m_cards = nullptr;
    GatewaysPage* m_gateways = nullptr;
    DidsPage* m_dids = nullptr;
    ApiTokensPage* m_apiTokens = nullptr;
    SipLogPage* m_sipLog = nullptr;
    LiveCallsPage* m_liveCalls = nullptr;
    SettingsPage* m_settings = nullptr;
    AuditLogPage* m_auditLog = nullptr;
    TestPhonesPage* m_testPhones = nullptr;
    QList<NewThing> m_newThings; // by page index
    QMenu* m_goMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_startSwitch = nullptr;
    QAction* m_stopSwitch = nullptr;
    QAction* m_restartSwitch = nullptr;
    QLabel* m_countLabel = nullptr;
    bool m_closing = false; // settings applied on the way out build no new window
};

} // namespace rebound::console
