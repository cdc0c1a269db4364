#pragma once

#include "core/Clock.h"

#include <QWizard>
#include <memory>

namespace rebound {
class Switch;
}
namespace rebound::store {
class Database;
}

namespace rebound::console {

// The set-up assistant for a real installation, the alternative to demo
// data: business name, currency and home country; the switch's SIP address;
// the carrier gateway, checked with an OPTIONS ping; the carrier's buy sheet
// and a sell plan marked up from it; a first DID; and a checklist of what
// works and what is left to do. Each page saves when Next is pressed,
// through the services the console's pages use, in one transaction; a
// problem is shown on the page and keeps the user there, so Cancel leaves
// nothing half-done from the page being edited. It starts from what is
// stored, so it can be run again. Does not own the switch, which may be
// null; a changed SIP or portal address restarts it.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page
    {
        BusinessPage,
        SipPage,
        GatewayPage,
        RatesPage,
        DidPage,
        ChecklistPage
    };

    SetupWizard(const store::Database& db, const core::Clock& clock, Switch* sipSwitch,
                QWidget* parent = nullptr);
    ~SetupWizard() override;

    // The last page's checklist, one "✔ …" or "✘ …" line each.
    QString checklistText() const;

    struct State; // what the pages share

private:
    std::unique_ptr<State> m_state;
};

} // namespace rebound::console
