#include "network/GatewayModels.h"

#include "core/PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>

namespace rebound::console {

namespace {
QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("GatewayModels", "Yes")
                 : QCoreApplication::translate("GatewayModels", "No");
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

GatewaysModel::Columns GatewaysModel::columns() const
{
    using G = store::Gateway;
    return {
        {tr("Gateway"), &G::name},
        {tr("Address"), [](const G& g) { return address(g); }},
        {tr("Trusted sources"), [](const G& g) { return g.trustedSources.join(QStringLiteral(", ")); }},
        {tr("Buy table"),
         [this](const G& g) {
             return g.buyTableId ? m_buyTableNames.value(*g.buyTableId, tr("#%1").arg(*g.buyTableId))
                                 : tr("(none)");
         }},
        {tr("Max calls"),
         [](const G& g) { return g.maxCalls > 0 ? QLocale().toString(g.maxCalls) : tr("no limit"); },
         Content::Figure},
        {tr("SMS"), [](const G& g) { return yesNo(g.isSmsGateway); }},
        {tr("Enabled"), [](const G& g) { return yesNo(g.enabled); }},
    };
}

QVariant GatewaysModel::cell(const store::Gateway& g, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == TrustedSources)
        return g.trustedSources.isEmpty() ? tr("Nobody may send this gateway's DID calls or SMS.")
                                          : g.trustedSources.join(QLatin1Char('\n'));
    if (role == Qt::ForegroundRole && !g.enabled)
        return disabledText();
    return RowsModel::cell(g, column, role);
}

RoutesModel::RoutesModel(QObject* parent)
    : RowsModel(ColumnCount, parent)
{
}

RoutesModel::Columns RoutesModel::columns() const
{
    using R = store::Route;
    return {
        {tr("Prefix"), [](const R& r) { return r.prefix.isEmpty() ? tr("(all numbers)") : r.prefix; }},
        {tr("Gateway"), &R::gatewayName},
        {tr("Priority"), &R::priority, Content::Figure},
        {tr("Enabled"), [](const R& r) { return yesNo(r.enabled); }},
    };
}

QVariant RoutesModel::cell(const store::Route& r, int column, int role) const
{
    if (role == Qt::ForegroundRole && !r.enabled)
        return disabledText();
    return RowsModel::cell(r, column, role);
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

DidsModel::Columns DidsModel::columns() const
{
    using D = store::Did;
    return {
        {tr("Number"), [](const D& d) { return core::PhoneNumber::plus(d.number); }},
        {tr("Subscriber"), [](const D& d) { return d.accountId ? d.accountCode : tr("(unassigned)"); }},
        {tr("Mode"), [](const D& d) { return modeName(d.mode); }},
        {tr("Gateway (LGW)"),
         [this](const D& d) {
             return d.gatewayId ? m_gatewayNames.value(*d.gatewayId, tr("#%1").arg(*d.gatewayId)) : QString();
         }},
        {tr("Enabled"), [](const D& d) { return yesNo(d.enabled); }},
    };
}

QVariant DidsModel::cell(const store::Did& d, int column, int role) const
{
    if (role == Qt::ToolTipRole) {
        if (column == Subscriber && d.accountId)
            return m_subscriberNames.value(*d.accountId);
        if (column == Mode)
            return d.mode == store::DidMode::Lgw ? tr("Leg A goes out through the in-country gateway.")
                                                 : tr("The subscriber is called back through the routes.");
    }
    if (role == Qt::ForegroundRole && !d.enabled)
        return disabledText();
    return RowsModel::cell(d, column, role);
}

} // namespace rebound::console
