#pragma once

#include "common/RecordPage.h"

class QLabel;

namespace rebound::console {

class ApiTokensModel;

// The tokens the reseller's own systems (web shop, CRM) use for the JSON API:
// who has one, for which subscribers, until when, and when it was last used.
// Add shows a new token's secret once; Revoke asks first. Both go through
// ApiTokenService, like `rebound-switch api-tokens`, and are audited.
class ApiTokensPage : public RecordPage
{
    Q_OBJECT
public:
    ApiTokensPage(const store::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    ApiTokensModel* model() const { return m_tokens; }

    // Selects the newest token with this name; false when there is none.
    bool selectToken(const QString& name);

public Q_SLOTS:
    void reload() override;
    void addToken();
    void revokeToken();

protected:
    void updateActions() override;

private:
    ApiTokensModel* m_tokens = nullptr;
    QTableView* m_view = nullptr;
    QAction* m_revokeAction = nullptr;
    QLabel* m_help = nullptr;
};

} // namespace rebound::console
