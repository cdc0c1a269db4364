#pragma once

#include "common/RecordPage.h"
#include "store/Gateway.h"

#include <optional>

namespace rebound::console {

class DidsModel;

// The DIDs subscribers dial to trigger a callback: assign them to
// subscribers, choose DID or LGW mode. Every change is audited.
class DidsPage : public RecordPage
{
    Q_OBJECT
public:
    DidsPage(const store::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    DidsModel* model() const { return m_dids; }
    QTableView* view() const { return m_view; }

    // Selects a DID by its number (E.164 digits); false when there is none.
    bool selectDid(const QString& number);

public Q_SLOTS:
    void reload() override;
    void addDid();
    void editDid();
    void deleteDid();

protected:
    void updateActions() override;

private:
    void openDialog(std::optional<store::Did> existing);

    DidsModel* m_dids = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace rebound::console
