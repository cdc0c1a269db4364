#include "network/GatewayModels.h"

#include "core/PhoneNumber.h"

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
} // namespace

GatewaysModel::GatewaysModel(QObject* parent)
    : RowsModel(ColumnCount, parent)
{
}

void GatewaysModel::setGateways(QList<store::Gateway> gateways, QHash<std::int64_t, QString> buyTableNames)
{
    replaceRows(std::move(gateways), [&] { m_buyTableNames = std::move(buyTableNames); });
}

QString GatewaysModel::address(const store::Gateway& g)
{
    // An IPv6 literal needs brackets before the port.
    const QString host = g.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(g.host) : g.host;
    return QStringLiteral("%1:%2/%3").arg(host).arg(g.port).arg(g.transport);
}

QVariant GatewaysModel::cell(const store::Gateway& g, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
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
    } else if (role == Qt::ToolTipRole && column == TrustedSources) {
        return g.trustedSources.isEmpty() ? tr("Nobody may send this gateway's DID calls or SMS.")
                                          : g.trustedSources.join(QLatin1Char('\n'));
    } else if (role == Qt::ForegroundRole) {
        return disabledForeground(g.enabled);
    } else if (role == Qt::TextAlignmentRole && column == MaxCalls) {
        return figureAlignment();
    }
    return {};
}

QStringList GatewaysModel::columnTitles() const
{
    return {tr("Gateway"),   tr("Address"), tr("Trusted sources"), tr("Buy table"),
            tr("Max calls"), tr("SMS"),     tr("Enabled")};
}

RoutesModel::RoutesModel(QObject* parent)
    : RowsModel(ColumnCount, parent)
{
}

QVariant RoutesModel::cell(const store::Route& r, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
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
    } else if (role == Qt::TextAlignmentRole && column == Priority) {
        return figureAlignment();
    }
    return {};
}

QStringList RoutesModel::columnTitles() const
{
    return {tr("Prefix"), tr("Gateway"), tr("Priority"), tr("Enabled")};
}

DidsModel::DidsModel(QObject* parent)
    : RowsModel(ColumnCount, parent)
{
}

void DidsModel::setDids(QList<store::Did> dids, QHash<std::int64_t, QString> gatewayNames,
                        QHash<std::int64_t, QString> subscriberNames)
{
    replaceRows(std::move(dids), [&] {
        m_gatewayNames = std::move(gatewayNames);
        m_subscriberNames = std::move(subscriberNames);
    });
}

QString DidsModel::modeName(store::DidMode mode)
{
    return mode == store::DidMode::Lgw ? tr("LGW") : tr("DID");
}

QVariant DidsModel::cell(const store::Did& d, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Number:
            return core::PhoneNumber::plus(d.number);
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
        if (column == Subscriber && d.accountId)
            return m_subscriberNames.value(*d.accountId);
        if (column == Mode)
            return d.mode == store::DidMode::Lgw ? tr("Leg A goes out through the in-country gateway.")
                                                 : tr("The subscriber is called back through the routes.");
    } else if (role == Qt::ForegroundRole) {
        return disabledForeground(d.enabled);
    }
    return {};
}

QStringList DidsModel::columnTitles() const
{
    return {tr("Number"), tr("Subscriber"), tr("Mode"), tr("Gateway (LGW)"), tr("Enabled")};
}

} // namespace rebound::console
