#pragma once

#include "common/TableModel.h"
#include "store/Gateway.h"

#include <QHash>
#include <QList>

namespace rebound::console {

// The SIP gateways (trunks), read-only: changes go through GatewayDialog so
// they are validated and audited.
class GatewaysModel : public RowsModel<store::Gateway>
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
    const QList<store::Gateway>& gateways() const { return m_rows; }

    // "carrier.example.net:5060/udp"
    static QString address(const store::Gateway& gateway);

protected:
    Columns columns() const override;
    QVariant cell(const store::Gateway& row, int column, int role) const override;

private:
    QHash<std::int64_t, QString> m_buyTableNames;
};

// Least-cost routes: which gateway carries numbers starting with a prefix.
class RoutesModel : public RowsModel<store::Route>
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

    using RowsModel::setRows;

protected:
    Columns columns() const override;
    QVariant cell(const store::Route& row, int column, int role) const override;
};

// The DIDs subscribers dial to trigger a callback.
class DidsModel : public RowsModel<store::Did>
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
    const QList<store::Did>& dids() const { return m_rows; }

    static QString modeName(store::DidMode mode);

protected:
    Columns columns() const override;
    QVariant cell(const store::Did& row, int column, int role) const override;

private:
    QHash<std::int64_t, QString> m_gatewayNames;
    QHash<std::int64_t, QString> m_subscriberNames;
};

} // namespace rebound::console
