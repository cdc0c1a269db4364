#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace rebound::core {
class Clock;
}
namespace rebound::store {
class Database;
}

namespace rebound::console {

class CardsPage;
class RatesPage;
class SubscribersPage;

// The console: a navigation list on the left, one page per area on the right,
// the database in the status bar. Does not own the database.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const store::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    SubscribersPage* subscribersPage() const { return m_subscribers; }
    RatesPage* ratesPage() const { return m_rates; }
    CardsPage* cardsPage() const { return m_cards; }
    // Shows the page with this navigation title; false when there is none.
    bool showPage(const QString& title);

private:
    void addPage(const QString& title, QWidget* page);
    void updateCount(int subscribers);
    void showAbout();

    const store::Database& m_db;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    SubscribersPage* m_subscribers = nullptr;
    RatesPage* m_rates = nullptr;
    CardsPage* m_cards = nullptr;
    QLabel* m_countLabel = nullptr;
};

} // namespace rebound::console
