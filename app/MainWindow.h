#pragma once

#include <QMainWindow>

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
class CallsPage;
class CardsPage;
class DashboardPage;
class DidsPage;
class GatewaysPage;
class LiveCallsPage;
class RatesPage;
class ReportsPage;
class SipLogPage;
class SubscribersPage;

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
    // Shows the page with this navigation title; false when there is none.
    bool showPage(const QString& title);

private:
    void addPage(const QString& title, QWidget* page);
    void updateCount(int subscribers);
    void showAbout();

    const store::Database& m_db;
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
    QLabel* m_countLabel = nullptr;
};

} // namespace rebound::console
