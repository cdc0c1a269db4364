#pragma once

#include "core/Clock.h"
#include "store/Gateway.h"

#include <QWidget>
#include <optional>

class QAction;
class QTableView;

namespace rebound::store {
class Database;
}

namespace rebound::console {

class DidsModel;

// The DIDs subscribers dial to trigger a callback: assign them to
// subscribers, choose DID or LGW mode. Every change is audited.
class DidsPage : public QWidget
{
    Q_OBJECT
public:
    DidsPage(const store::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    DidsModel* model() const { return m_dids; }
    QTableView* view() const { return m_view; }
    QAction* addAction() const { return m_addAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* deleteAction() const { return m_deleteAction; }

    // Selects a DID by its number (E.164 digits); false when there is none.
    bool selectDid(const QString& number);

public Q_SLOTS:
    void reload();
    void addDid();
    void editDid();
    void deleteDid();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateActions();
    void openDialog(std::optional<store::Did> existing);

    const store::Database& m_db;
    const core::Clock& m_clock;
    DidsModel* m_dids = nullptr;
    QTableView* m_view = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
};

} // namespace rebound::console
