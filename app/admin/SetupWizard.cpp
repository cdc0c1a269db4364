#include "admin/SetupWizard.h"

#include "Switch.h"
#include "admin/setup/SetupPages.h"

namespace rebound::console {

SetupWizard::SetupWizard(const store::Database& db, const core::Clock& clock, Switch* sipSwitch,
                         QWidget* parent)
    : QWizard(parent)
    , m_state(std::make_unique<State>(db, clock, sipSwitch))
{
    setWindowTitle(tr("Set-up assistant"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(BusinessPage, new setup::BusinessStep(*m_state));
    setPage(SipPage, new setup::SipStep(*m_state));
    setPage(GatewayPage, new setup::GatewayStep(*m_state));
    setPage(RatesPage, new setup::RatesStep(*m_state));
    setPage(DidPage, new setup::DidStep(*m_state));
    setPage(ChecklistPage, new setup::ChecklistStep(*m_state));
    setMinimumSize(680, 560);
    if (sipSwitch) {
        connect(sipSwitch, &Switch::started, this, [this](const QString& listening) {
            m_state->listening = listening;
            m_state->notify();
        });
        connect(sipSwitch, &Switch::webStarted, this, [this](const QString& url) {
            m_state->portalUrl = url;
            m_state->notify();
        });
        connect(sipSwitch, &Switch::failed, this, [this] { m_state->notify(); });
    }
}

SetupWizard::~SetupWizard()
{
    m_state->changed = nullptr; // the pages go before the state
}

QString SetupWizard::checklistText() const
{
    return static_cast<const setup::ChecklistStep*>(page(ChecklistPage))->text();
}

} // namespace rebound::console
