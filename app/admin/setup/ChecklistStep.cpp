#include "Switch.h"
#include "admin/setup/SetupPages.h"
#include "network/GatewayModels.h"
#include "store/AccountRepository.h"
#include "store/GatewayRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace rebound::console::setup {

namespace {
const QString Tick = QStringLiteral("✔");
const QString Cross = QStringLiteral("✘");
} // namespace

ChecklistStep::ChecklistStep(SetupWizard::State& state)
    : m_state(state)
{
    setTitle(tr("What works, and what is left"));
    setSubTitle(
        tr("Every page you went through is saved. The assistant can be run again from the Help menu."));
    m_list = named(new QLabel, QStringLiteral("checklist"));
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addStretch(1);
    m_state.changed = [this] {
        if (isVisible() || !m_lines.isEmpty())
            refresh();
    };
}

void ChecklistStep::initializePage()
{
    refresh();
}

QString ChecklistStep::text() const
{
    return m_lines.join(QLatin1Char('\n'));
}

void ChecklistStep::refresh()
{
    m_lines.clear();
    try {
        const store::SettingsRepository settings(m_state.db);
        add(m_state.settingsSaved, tr("Settings saved: %1, %2, home country code +%3.")
                                       .arg(settings.text(QStringLiteral("reseller.name")),
                                            settings.currency(), settings.dialPlan().countryCode));
        addSwitch(settings);
        addGateway();
        addRates();
        addDidsAndSubscribers();
        addPortal(settings);
        if (settings.hasDemoData())
            add(false, tr("This database still holds the demo data. To start clean: rebound --no-demo --db "
                          "NEWFILE"));
    } catch (const store::StoreError& error) {
        add(false, error.message());
    }
    QStringList html;
    for (const QString& line : std::as_const(m_lines))
        html << QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                    .arg(line.startsWith(Tick) ? QStringLiteral("#1a7f37") : QStringLiteral("#b3261e"),
                         line.left(1), line.mid(2).toHtmlEscaped());
    m_list->setText(
        QStringLiteral("<p style=\"line-height:150%\">%1</p>").arg(html.join(QStringLiteral("<br>"))));
}

void ChecklistStep::add(bool ok, const QString& text)
{
    m_lines << (ok ? Tick : Cross) + QLatin1Char(' ') + text;
}

void ChecklistStep::addSwitch(const store::SettingsRepository& settings)
{
    Switch* sipSwitch = m_state.sipSwitch;
    const QString configured = settings.text(QStringLiteral("sip.listen"));
    if (!sipSwitch)
        add(false, tr("No switch runs in this console; start one (rebound-switch serve) to take calls on %1.")
                       .arg(configured));
    else if (sipSwitch->state() == Switch::State::Running)
        add(true, tr("The switch is listening on %1.")
                      .arg(m_state.listening.isEmpty() ? configured : m_state.listening));
    else if (sipSwitch->state() == Switch::State::Failed)
        add(false, tr("The switch could not start on %1: %2").arg(configured, sipSwitch->failure()));
    else if (sipSwitch->state() == Switch::State::Stopped)
        add(false, tr("The switch is stopped; start it to take calls on %1.").arg(configured));
    else
        add(false, tr("The switch is starting on %1…").arg(configured));
}

void ChecklistStep::addGateway()
{
    const store::GatewayRepository repo(m_state.db, m_state.clock);
    const auto g = repo.findGateway(m_state.gatewayId);
    if (g && m_state.pinged)
        add(m_state.reachable,
            tr("Gateway %1 (%2): %3").arg(g->name, GatewaysModel::address(*g), m_state.pingText));
    else if (g)
        add(false, tr("Gateway %1 (%2) was not checked: %3")
                       .arg(g->name, GatewaysModel::address(*g),
                            m_state.pingText.isEmpty() ? tr("waiting for its answer…") : m_state.pingText));
    else if (repo.gateways().isEmpty())
        add(false, tr("No carrier gateway yet: add one on the Gateways page."));
    else
        add(true, tr("Gateways: %1 (use Test reachability on the Gateways page).")
                      .arg(gatewayNames(repo.gateways())));
    if (repo.routes().isEmpty())
        add(false, tr("No routes: add one on the Gateways page so calls can go out."));
}

QString ChecklistStep::gatewayNames(const QList<store::Gateway>& gateways)
{
    QStringList names;
    for (const store::Gateway& g : gateways)
        names << g.name;
    return names.join(QStringLiteral(", "));
}

void ChecklistStep::addRates()
{
    const QList<store::RateTable> tables = store::RateRepository(m_state.db, m_state.clock).tables();
    const QList<store::Gateway> gateways = store::GatewayRepository(m_state.db, m_state.clock).gateways();
    QStringList buy;
    QStringList sell;
    for (const store::RateTable& t : tables) {
        const bool attached = std::any_of(gateways.cbegin(), gateways.cend(),
                                          [&](const store::Gateway& g) { return g.buyTableId == t.id; });
        if (t.kind == store::RateTableKind::Buy && attached && t.rateCount > 0)
            buy << tr("%1 (%2 rates)").arg(t.name).arg(t.rateCount);
        if (t.kind == store::RateTableKind::Sell && t.rateCount > 0)
            sell << tr("%1 (%2 rates)").arg(t.name).arg(t.rateCount);
    }
    if (buy.isEmpty())
        add(false, tr("No gateway has a buy table: import the carrier's sheet on the Rates page and "
                      "choose it in the gateway, or costs are unknown."));
    else
        add(true, tr("Buy table: %1.").arg(buy.join(QStringLiteral(", "))));
    if (sell.isEmpty())
        add(false, tr("No sell plan: make one with the markup tool on the Rates page."));
    else
        add(true, tr("Sell plan: %1.").arg(sell.join(QStringLiteral(", "))));
}

void ChecklistStep::addDidsAndSubscribers()
{
    const QList<store::Did> dids = store::GatewayRepository(m_state.db, m_state.clock).dids();
    if (dids.isEmpty())
        add(false, tr("No DID yet: add one on the DIDs page."));
    else
        add(true, dids.size() == 1
                      ? tr("DID: +%1.").arg(dids.first().number)
                      : tr("DIDs: +%1 and %2 more.").arg(dids.first().number).arg(dids.size() - 1));
    const QList<store::Account> accounts = store::AccountRepository(m_state.db, m_state.clock).list();
    if (accounts.isEmpty())
        add(false, tr("No subscriber yet: add your first subscriber on the Subscribers page."));
    else
        add(true, tr("Subscribers: %1.").arg(accounts.size()));
}

void ChecklistStep::addPortal(const store::SettingsRepository& settings)
{
    const QString listen = settings.text(QStringLiteral("web.listen"));
    if (listen == QLatin1String("off"))
        add(false,
            tr("The subscriber portal is off (Portal address on the SIP page, or the Settings page)."));
    else if (!m_state.portalUrl.isEmpty())
        add(true, tr("The subscriber portal is at %1").arg(m_state.portalUrl));
    else
        add(true,
            tr("The subscriber portal will be at %1://%2 when the switch runs.")
                .arg(settings.text(QStringLiteral("web.tls_certificate")).isEmpty() ? QStringLiteral("http")
                                                                                    : QStringLiteral("https"),
                     listen));
}

} // namespace rebound::console::setup
