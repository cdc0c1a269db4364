#include "admin/setup/SetupPages.h"
#include "common/ConsoleActor.h"
#include "network/DidService.h"
#include "store/AccountRepository.h"
#include "store/GatewayRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <algorithm>

namespace rebound::console::setup {

DidStep::DidStep(SetupWizard::State& state)
    : Step(state, QStringLiteral("didProblems"), tr("A first DID"),
           tr("A number subscribers ring to be called back: the call is refused (so it costs them "
              "nothing) and the switch calls them back."))
{
    addSkip(tr("Skip: add DIDs later on the DIDs page"), QStringLiteral("skipDid"));
    m_number = field(new QLineEdit, QStringLiteral("didNumber"));
    m_number->setPlaceholderText(tr("+1 212 555 0101"));
    m_subscriber = field(new QComboBox, QStringLiteral("didSubscriber"));
    addRow(tr("&Number:"), m_number,
           tr("In international form: country code and number, as the carrier delivers it."));
    addRow(tr("&Subscriber:"), m_subscriber,
           tr("Whose DID it is; a DID without one is answered 404 until it gets one on the DIDs page."));
    finishLayOut(layOut());
    skipTurnsOff({m_number, m_subscriber});
}

void DidStep::initializePage()
{
    const QVariant chosen = m_subscriber->currentData();
    m_subscriber->clear();
    m_subscriber->addItem(tr("(none yet)"), QVariant());
    m_accounts = store::AccountRepository(m_state.db, m_state.clock).list();
    for (const store::Account& a : std::as_const(m_accounts))
        m_subscriber->addItem(QStringLiteral("%1 – %2").arg(a.accountCode, a.name), qlonglong(a.id));
    m_subscriber->setCurrentIndex(std::max(0, m_subscriber->findData(chosen)));
}

bool DidStep::validatePage()
{
    if (skipped())
        return true;
    return trySave([this] {
        const std::optional<store::Did> existing =
            m_saved.isEmpty() ? std::nullopt // when Back was pressed
                              : store::GatewayRepository(m_state.db, m_state.clock).findDid(m_saved);
        network::DidInput input;
        input.number = m_number->text();
        if (m_subscriber->currentData().isValid())
            input.accountId = m_subscriber->currentData().toLongLong();
        network::DidService dids(m_state.db, m_state.clock);
        m_saved = (existing ? dids.update(existing->id, input, ConsoleActor) : dids.add(input, ConsoleActor))
                      .number;
        return true;
    });
}

} // namespace rebound::console::setup
