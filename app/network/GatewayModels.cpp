#include "network/GatewayModels.h"

#include <QBrush>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace rebound::console {

namespace {
QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("GatewayModels", "Yes")
                 : QCoreApplication::translate("GatewayModels", "No");
}

// Disabled rows are drawn greyed, so what the switch ignores stands out.
QVariant disabledForeground(bool enabled)
{
    if (enabled)
        return {};
    return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
}

template <typename T>
int rowOfId(const QList<T>& list, std::int64_t id)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return static_cast<int>(i);
    return -1;
}
} // namespace

GatewaysModel::GatewaysModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void GatewaysModel::setGateways(QList<store::Gateway> gateways, QHash<std::int64_t, QString> buyTableNames)
{
    beginResetModel();
    m_gateways = std::move(gateways);
    m_buyTableNames = std::move(buyTableNames);
    endResetModel();
}

int GatewaysModel::rowOf(std::int64_t id) const
{
    return rowOfId(m_gateways, id);
}

QString GatewaysModel::address(const store::Gateway& g)
{
    // An IPv6 literal needs brackets before the port.
    const QString host = g.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(g.host) : g.host;
    return QStringLiteral("%1:%2/%3").arg(host).arg(g.port).arg(g.transport);
}

int GatewaysModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_gateways.size());
}

int GatewaysModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GatewaysModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Gateway& g = m_gateways.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return g.name;
        case Address:
            return address(g);
        case TrustedSources:
            return g.trustedSources.join(QStringLiteral(", "));
        case BuyTable:
            return g.buyTableId ? m_buyTableNames.value(*g.buyTableId, tr("#%1").arg(*g.buyTableId))
                                : tr("(none)");
        case MaxCalls:
            return g.maxCalls > 0 ? QLocale().toString(g.maxCalls) : tr("no limit");
        case Sms:
            return yesNo(g.isSmsGateway);
        case Enabled:
            return yesNo(g.enabled);
        }
    } else if (role == Qt::ToolTipRole && index.column() == TrustedSources) {
        return g.trustedSources.isEmpty() ? tr("Nobody may send this gateway's DID calls or SMS.")
                                          : g.trustedSources.join(QLatin1Char('\n'));
    } else if (role == Qt::ForegroundRole) {
        return disabledForeground(g.enabled);
    } else if (role == Qt::TextAlignmentRole && index.column() == MaxCalls) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant GatewaysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Gateway");
    case Address:
        return tr("Address");
    case TrustedSources:
        return tr("Trusted sources");
    case BuyTable:
        return tr("Buy table");
    case MaxCalls:
        return tr("Max calls");
    case Sms:
        return tr("SMS");
    case Enabled:
        return tr("Enabled");
    }
    return {};
}

RoutesModel::RoutesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RoutesModel::setRoutes(QList<store::Route> routes)
{
    beginResetModel();
    m_routes = std::move(routes);
    endResetModel();
}

int RoutesModel::rowOf(std::int64_t id) const
{
    return rowOfId(m_routes, id);
}

int RoutesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_routes.size());
}

int RoutesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Route& r = m_routes.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Prefix:
            return r.prefix.isEmpty() ? tr("(all numbers)") : r.prefix;
        case Gateway:
            return r.gatewayName;
        case Priority:
            return r.priority;
        case Enabled:
            return yesNo(r.enabled);
        }
    } else if (role == Qt::ForegroundRole) {
        return disabledForeground(r.enabled);
    } else if (role == Qt::TextAlignmentRole && index.column() == Priority) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RoutesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Prefix:
        return tr("Prefix");
    case Gateway:
        return tr("Gateway");
    case Priority:
        return tr("Priority");
    case Enabled:
        return tr("Enabled");
    }
    return {};
}

DidsModel::DidsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DidsModel::setDids(QList<store::Did> dids, QHash<std::int64_t, QString> gatewayNames,
                        QHash<std::int64_t, QString> subscriberNames)
{
    beginResetModel();
    m_dids = std::move(dids);
    m_gatewayNames = std::move(gatewayNames);
    m_subscriberNames = std::move(subscriberNames);
    endResetModel();
}

int DidsModel::rowOf(std::int64_t id) const
{
    return rowOfId(m_dids, id);
}

QString DidsModel::modeName(store::DidMode mode)
{
    return mode == store::DidMode::Lgw ? tr("LGW") : tr("DID");
}

int DidsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_dids.size());
}

int DidsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DidsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Did& d = m_dids.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return d.number;
        case Subscriber:
            return d.accountId ? d.accountCode : tr("(unassigned)");
        case Mode:
            return modeName(d.mode);
        case Gateway:
            return d.gatewayId ? m_gatewayNames.value(*d.gatewayId, tr("#%1").arg(*d.gatewayId)) : QString();
        case Enabled:
            return yesNo(d.enabled);
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Subscriber && d.accountId)
            return m_subscriberNames.value(*d.accountId);
        if (index.column() == Mode)
            return d.mode == store::DidMode::Lgw ? tr("Leg A goes out through the in-country gateway.")
                                                 : tr("The subscriber is called back through the routes.");
    } else if (role == Qt::ForegroundRole) {
        return disabledForeground(d.enabled);
    }
    return {};
}

QVariant DidsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Subscriber:
        return tr("Subscriber");
    case Mode:
        return tr("Mode");
    case Gateway:
        return tr("Gateway (LGW)");
    case Enabled:
        return tr("Enabled");
    }
    return {};
}

} // namespace rebound::console
