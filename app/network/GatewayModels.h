#pragma once

#include "store/Gateway.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rebound::console {

// The SIP gateways (trunks), read-only: changes go through GatewayDialog so
// they are validated and audited.
class GatewaysModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Address,
        TrustedSources,
        BuyTable,
        MaxCalls,
        Sms,
        Enabled,
        ColumnCount
    };

    explicit GatewaysModel(QObject* parent = nullptr);

    // buyTableNames maps rate table ids to names for the Buy table column.
    void setGateways(QList<store::Gateway> gateways, QHash<std::int64_t, QString> buyTableNames);
    const QList<store::Gateway>& gateways() const { return m_gateways; }
    const store::Gateway& gatewayAt(int row) const { return m_gateways.at(row); }
    int rowOf(std::int64_t id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "carrier.example.net:5060/udp"
    static QString address(const store::Gateway& gateway);

private:
    QList<store::Gateway> m_gateways;
    QHash<std::int64_t, QString> m_buyTableNames;
};

// Least-cost routes: which gateway carries numbers starting with a prefix.
class RoutesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Prefix,
        Gateway,
        Priority,
        Enabled,
        ColumnCount
    };

    explicit RoutesModel(QObject* parent = nullptr);

    void setRoutes(QList<store::Route> routes);
    const store::Route& routeAt(int row) const { return m_routes.at(row); }
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::Route> m_routes;
};

// The DIDs subscribers dial to trigger a callback.
class DidsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Subscriber,
        Mode,
        Gateway,
        Enabled,
        ColumnCount
    };

    explicit DidsModel(QObject* parent = nullptr);

    // gatewayNames and subscriberNames (by account id) fill the Gateway column
    // and the Subscriber tooltip.
    void setDids(QList<store::Did> dids, QHash<std::int64_t, QString> gatewayNames,
                 QHash<std::int64_t, QString> subscriberNames);
    const QList<store::Did>& dids() const { return m_dids; }
    const store::Did& didAt(int row) const { return m_dids.at(row); }
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString modeName(store::DidMode mode);

private:
    QList<store::Did> m_dids;
    QHash<std::int64_t, QString> m_gatewayNames;
    QHash<std::int64_t, QString> m_subscriberNames;
};

} // namespace rebound::console
