#pragma once

#include "common/RecordPage.h"

#include <QHash>

class QLabel;

namespace rebound {
class Switch;
}

namespace rebound::console {

class GatewaysModel;
class RoutesModel;

// SIP gateways (add, edit, delete, test reachability with an OPTIONS ping
// through the running switch) and, below them, the routes that send numbers
// to them. Every change is audited. Does not own the switch, which may be
// null.
class GatewaysPage : public RecordPage
{
    Q_OBJECT
public:
    GatewaysPage(const store::Database& db, const core::Clock& clock, Switch* sipSwitch,
                 QWidget* parent = nullptr);

    GatewaysModel* gatewaysModel() const { return m_gateways; }
    RoutesModel* routesModel() const { return m_routes; }

    // Selects a gateway by name; false when there is none.
    bool selectGateway(const QString& name);
    bool selectRoute(std::int64_t id);

public Q_SLOTS:
    void reload() override;
    void addGateway();
    void editGateway();
    void deleteGateway();
    void testReachability();
    void addRoute();
    void deleteRoute();

protected:
    void updateActions() override;

private:
    void showPingResult(qint64 gatewayId, int status, const QString& phrase, qint64 elapsedMs);
    void showReachability(const QString& text, const QString& color);

    Switch* m_switch = nullptr;
    GatewaysModel* m_gateways = nullptr;
    RoutesModel* m_routes = nullptr;
    QTableView* m_gatewaysView = nullptr;
    QTableView* m_routesView = nullptr;
    QAction* m_pingAction = nullptr;
    QAction* m_addRouteAction = nullptr;
    QAction* m_deleteRouteAction = nullptr;
    QLabel* m_reachability = nullptr;
    QHash<qint64, QString> m_pendingPings; // gateway id -> name, while OPTIONS is out
};

} // namespace rebound::console
