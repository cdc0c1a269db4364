#include "network/GatewaysPage.h"

#include "Switch.h"
#include "common/ConsoleActor.h"
#include "common/Dialogs.h"
#include "common/PageParts.h"
#include "network/GatewayDialogs.h"
#include "network/GatewayModels.h"
#include "network/GatewayService.h"
#include "network/RouteService.h"
#include "store/GatewayRepository.h"
#include "store/RateRepository.h"
#include "store/StoreError.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rebound::console {

GatewaysPage::GatewaysPage(const store::Database& db, const core::Clock& clock, Switch* sipSwitch,
                           QWidget* parent)
    // Another console or the command line may have changed the configuration.
    : RecordPage(db, clock, WhenShown::Reload, parent)
    , m_switch(sipSwitch)
{
    m_gateways = new GatewaysModel(this);
    m_routes = new RoutesModel(this);
    m_gatewaysView = recordTable(QStringLiteral("gateways"), m_gateways);
    stretchColumn(m_gatewaysView, GatewaysModel::TrustedSources);
    m_routesView = recordTable(QStringLiteral("routes"), m_routes);
    stretchColumn(m_routesView, RoutesModel::Gateway);

    auto* layout = pageLayout(this, tr("Gateways"));

    auto* toolBar = textToolBar();
    addRecordActions(toolBar, tr("&Add gateway…"), m_gatewaysView, &GatewaysPage::addGateway,
                     &GatewaysPage::editGateway, &GatewaysPage::deleteGateway);
    toolBar->addSeparator();
    m_pingAction = toolBar->addAction(tr("&Test reachability"), this, &GatewaysPage::testReachability);
    m_pingAction->setObjectName(QStringLiteral("pingGateway"));
    m_pingAction->setToolTip(tr("Send a SIP OPTIONS request to the selected gateway through the switch."));
    toolBar->addSeparator();
    toolBar->addAction(tr("&Refresh"), this, &GatewaysPage::reload);
    layout->addWidget(toolBar);

    auto* splitter = new QSplitter(Qt::Vertical);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_gatewaysView, 1);
    m_reachability = new QLabel;
    m_reachability->setObjectName(QStringLiteral("reachability"));
    m_reachability->setWordWrap(true);
    m_reachability->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reachability->setText(tr("Select a gateway and choose Test reachability to send it a SIP OPTIONS "
                               "request through the switch."));
    topLayout->addWidget(m_reachability);
    splitter->addWidget(top);

    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* routesHeader = new QHBoxLayout;
    routesHeader->addWidget(sectionTitle(tr("Routes"), 1.15));
    auto* routesBar = textToolBar();
    m_addRouteAction = routesBar->addAction(tr("Add &route…"), this, &GatewaysPage::addRoute);
    m_addRouteAction->setObjectName(QStringLiteral("addRoute"));
    m_deleteRouteAction = routesBar->addAction(tr("Delete ro&ute…"), this, &GatewaysPage::deleteRoute);
    m_deleteRouteAction->setObjectName(QStringLiteral("deleteRoute"));
    routesHeader->addWidget(routesBar);
    routesHeader->addStretch(1);
    bottomLayout->addLayout(routesHeader);
    bottomLayout->addWidget(m_routesView, 1);
    splitter->addWidget(bottom);
    splitter->setSizes({330, 250});
    layout->addWidget(splitter, 1);

    if (m_switch)
        connect(m_switch, &Switch::gatewayPinged, this, &GatewaysPage::showPingResult);
    reload();
}

void GatewaysPage::reload()
{
    const auto gateway = selectedItem(m_gatewaysView, *m_gateways);
    const auto route = selectedItem(m_routesView, *m_routes);
    try {
        QHash<std::int64_t, QString> tableNames;
        for (const store::RateTable& t : store::RateRepository(m_db, m_clock).tables())
            tableNames.insert(t.id, t.name);
        const store::GatewayRepository repo(m_db, m_clock);
        m_gateways->setGateways(repo.gateways(), tableNames);
        m_routes->setRows(repo.routes());
    } catch (const store::StoreError& error) {
        showReachability(error.message(), QStringLiteral("#b3261e"));
    }
    selectRowOrFirst(m_gatewaysView, m_gateways->rowOf(gateway ? gateway->id : 0));
    selectRoute(route ? route->id : 0);
    updateActions();
}

bool GatewaysPage::selectGateway(const QString& name)
{
    return selectListed(m_gatewaysView,
                        m_gateways->rowWhere([&](const store::Gateway& g) { return g.name == name; }));
}

bool GatewaysPage::selectRoute(std::int64_t id)
{
    return selectListed(m_routesView, m_routes->rowOf(id));
}

void GatewaysPage::updateActions()
{
    const bool gateway = selectedRow(m_gatewaysView) >= 0;
    m_editAction->setEnabled(gateway);
    m_deleteAction->setEnabled(gateway);
    m_pingAction->setEnabled(gateway);
    m_addRouteAction->setEnabled(m_gateways->rowCount() > 0);
    m_deleteRouteAction->setEnabled(selectedRow(m_routesView) >= 0);
}

void GatewaysPage::addGateway()
{
    std::int64_t added = 0;
    GatewayDialog dialog(
        std::nullopt, store::RateRepository(m_db, m_clock).tables(),
        [&](const network::GatewayInput& input) {
            added = network::GatewayService(m_db, m_clock).add(input, ConsoleActor).id;
        },
        this);
    if (savedThrough(dialog))
        selectListed(m_gatewaysView, m_gateways->rowOf(added));
}

void GatewaysPage::editGateway()
{
    const auto existing = selectedItem(m_gatewaysView, *m_gateways);
    if (!existing)
        return;
    GatewayDialog dialog(
        existing, store::RateRepository(m_db, m_clock).tables(),
        [&](const network::GatewayInput& input) {
            network::GatewayService(m_db, m_clock).update(existing->id, input, ConsoleActor);
        },
        this);
    savedThrough(dialog);
}

void GatewaysPage::deleteGateway()
{
    const auto g = selectedItem(m_gatewaysView, *m_gateways);
    if (!g)
        return;
    int routes = 0;
    for (int r = 0; r < m_routes->rowCount(); ++r)
        if (m_routes->rowAt(r).gatewayId == g->id)
            ++routes;
    if (!dialogs::confirmAndAttempt(
            this, tr("Delete gateway"),
            tr("Delete gateway %1 and its %n route(s)?", nullptr, routes).arg(g->name),
            [&] { network::GatewayService(m_db, m_clock).remove(g->id, ConsoleActor); }))
        return;
    m_pendingPings.remove(g->id);
    reload();
}

void GatewaysPage::testReachability()
{
    const auto g = selectedItem(m_gatewaysView, *m_gateways);
    if (!g)
        return;
    if (!m_switch || !m_switch->isRunning()) {
        showReachability(tr("Cannot test %1: the switch is not running.").arg(g->name),
                         QStringLiteral("#b3261e"));
        return;
    }
    m_pendingPings.insert(g->id, g->name);
    showReachability(tr("Sending OPTIONS to %1 (%2)…").arg(g->name, GatewaysModel::address(*g)), QString());
    m_switch->pingGateway(g->id);
}

void GatewaysPage::showPingResult(qint64 gatewayId, int status, const QString& phrase, qint64 elapsedMs)
{
    // Pings sent by someone else are not ours to show.
    if (!m_pendingPings.contains(gatewayId))
        return;
    const QString name = m_pendingPings.take(gatewayId);
    // Sofia answers for the peer when nothing does (503 at once on an ICMP
    // "port unreachable", 408 after 32 s of silence), so a status is not
    // proof that the gateway itself answered.
    if (status >= 200 && status < 300)
        showReachability(
            tr("%1 is reachable: %2 %3 in %4 ms.").arg(name).arg(status).arg(phrase).arg(elapsedMs),
            QStringLiteral("#1a7f37"));
    else
        showReachability(
            tr("OPTIONS to %1: %2 %3 after %4 ms.").arg(name).arg(status).arg(phrase).arg(elapsedMs),
            QStringLiteral("#b3261e"));
}

void GatewaysPage::showReachability(const QString& text, const QString& color)
{
    m_reachability->setStyleSheet(color.isEmpty() ? QString()
                                                  : QStringLiteral("QLabel { color: %1; }").arg(color));
    m_reachability->setText(text);
}

void GatewaysPage::addRoute()
{
    const int row = selectedRow(m_gatewaysView);
    const std::optional<std::int64_t> preselected =
        row >= 0 ? std::optional<std::int64_t>(m_gateways->rowAt(row).id) : std::nullopt;
    std::int64_t added = 0;
    RouteDialog dialog(
        m_gateways->gateways(), preselected,
        [&](const network::RouteInput& input) {
            added = network::RouteService(m_db, m_clock).add(input, ConsoleActor).id;
        },
        this);
    if (savedThrough(dialog))
        selectRoute(added);
}

void GatewaysPage::deleteRoute()
{
    const auto r = selectedItem(m_routesView, *m_routes);
    if (!r)
        return;
    const QString prefix = r->prefix.isEmpty() ? tr("every number") : tr("prefix %1").arg(r->prefix);
    if (dialogs::confirmAndAttempt(this, tr("Delete route"),
                                   tr("Delete the route for %1 via %2?").arg(prefix, r->gatewayName),
                                   [&] { network::RouteService(m_db, m_clock).remove(r->id, ConsoleActor); }))
        reload();
}

} // namespace rebound::console
