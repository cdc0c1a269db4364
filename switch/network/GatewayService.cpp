#include "network/GatewayService.h"

#include "core/PhoneNumber.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/RateRepository.h"
#include "store/StoreError.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace rebound::network {

namespace {
QString withoutBrackets(const QString& host)
{
    const QString h = host.trimmed();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        return h.mid(1, h.size() - 2);
    return h;
}

bool isDigits(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]*$"));
    return digits.match(text).hasMatch();
}
} // namespace

GatewayInput GatewayInput::from(const store::Gateway& g)
{
    GatewayInput input;
    input.name = g.name;
    input.host = g.host;
    input.port = QString::number(g.port);
    input.transport = g.transport;
    input.username = g.username;
    input.realm = g.realm;
    input.stripDigits = g.stripDigits;
    input.addPrefix = g.addPrefix;
    input.callerId = g.callerId;
    input.buyTableId = g.buyTableId;
    input.maxCalls = g.maxCalls;
    input.trustedSources = g.trustedSources.join(QStringLiteral(", "));
    input.smsGateway = g.isSmsGateway;
    input.enabled = g.enabled;
    return input;
}

QString GatewayService::hostProblem(const QString& host)
{
    const QString h = withoutBrackets(host);
    if (h.isEmpty())
        return tr("Enter the gateway's host name or IP address.");
    if (!QHostAddress(h).isNull())
        return {};
    static const QRegularExpression dotted(QStringLiteral("^[0-9.]+$"));
    if (dotted.match(h).hasMatch())
        return tr("'%1' is not a valid IPv4 address.").arg(h);
    // RFC 1123 labels: letters, digits and inner hyphens, separated by dots.
    static const QRegularExpression name(
        QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]"
                       "{0,61}[A-Za-z0-9])?)*$"));
    if (!name.match(h).hasMatch())
        return tr("'%1' is not a host name or IP address (like sip.carrier.example or 203.0.113.7).").arg(h);
    return {};
}

QString GatewayService::parseTrustedSources(const QString& text, QStringList* sources)
{
    QStringList result;
    const QStringList entries = text.split(QLatin1Char(','));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entry = entries[i].trimmed();
        if (entry.isEmpty())
            continue;
        const bool ok = entry.contains(QLatin1Char('/')) ? !QHostAddress::parseSubnet(entry).first.isNull()
                                                         : !QHostAddress(entry).isNull();
        if (!ok)
            return tr("Entry %1, '%2', is neither an IP address nor a subnet; write them like 203.0.113.7 "
                      "or 198.51.100.0/24, separated by commas.")
                .arg(i + 1)
                .arg(entry);
        if (!result.contains(entry))
            result << entry;
    }
    *sources = result;
    return {};
}

QString GatewayService::describe(const store::Gateway& g)
{
    // An IPv6 literal needs brackets before the port.
    const QString host = g.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(g.host) : g.host;
    return QStringLiteral("%1:%2/%3 trusted=[%4] sms=%5 enabled=%6 max_calls=%7")
        .arg(host)
        .arg(g.port)
        .arg(g.transport, g.trustedSources.join(QLatin1Char(',')))
        .arg(g.isSmsGateway ? 1 : 0)
        .arg(g.enabled ? 1 : 0)
        .arg(g.maxCalls);
}

store::Gateway GatewayService::existing(std::int64_t id) const
{
    return store::requireFound(store::GatewayRepository(m_db, m_clock).findGateway(id),
                               tr("Gateway #%1 does not exist.").arg(id));
}

core::FieldErrors GatewayService::check(const GatewayInput& input, std::optional<std::int64_t> existingId,
                                        store::Gateway* gateway) const
{
    core::FieldErrors errors;
    store::Gateway g = existingId ? existing(*existingId) : store::Gateway();

    g.name = input.name.trimmed();
    if (g.name.isEmpty())
        errors.append({gatewayField::Name, tr("Enter a name, e.g. the carrier's.")});
    for (const store::Gateway& other : store::GatewayRepository(m_db, m_clock).gateways())
        if (other.id != g.id && other.name.compare(g.name, Qt::CaseInsensitive) == 0)
            errors.append({gatewayField::Name, tr("There is already a gateway named %1.").arg(other.name)});

    if (const QString problem = hostProblem(input.host); !problem.isEmpty())
        errors.append({gatewayField::Host, problem});
    g.host = withoutBrackets(input.host);

    bool portOk = false;
    g.port = input.port.trimmed().toInt(&portOk);
    if (!portOk || g.port < 1 || g.port > 65535)
        errors.append(
            {gatewayField::Port, tr("The port must be a number from 1 to 65535 (SIP uses 5060, TLS 5061).")});

    g.transport = input.transport;
    if (g.transport != QLatin1String("udp") && g.transport != QLatin1String("tcp") &&
        g.transport != QLatin1String("tls"))
        errors.append({gatewayField::Transport, tr("The transport is udp, tcp or tls.")});

    g.username = input.username.trimmed();
    if (!input.password.isEmpty() || !existingId)
        g.password = input.password;
    g.realm = input.realm.trimmed();

    g.stripDigits = input.stripDigits;
    if (g.stripDigits < 0 || g.stripDigits > MaxStripDigits)
        errors.append(
            {gatewayField::StripDigits, tr("Strip from 0 to %1 leading digits.").arg(MaxStripDigits)});
    g.addPrefix = input.addPrefix.trimmed();
    if (!isDigits(g.addPrefix))
        errors.append({gatewayField::AddPrefix, tr("The prefix may contain only digits.")});

    g.callerId = core::PhoneNumber::typedDigits(input.callerId);
    if (!isDigits(g.callerId) || g.callerId.size() > 15)
        errors.append(
            {gatewayField::CallerId, tr("Write the caller ID as a phone number, e.g. +12125550100.")});

    g.buyTableId = input.buyTableId;
    if (g.buyTableId) {
        const auto table = store::RateRepository(m_db, m_clock).findTable(*g.buyTableId);
        if (!table)
            errors.append({gatewayField::BuyTable, tr("Rate table #%1 does not exist.").arg(*g.buyTableId)});
        else if (table->kind != store::RateTableKind::Buy)
            errors.append(
                {gatewayField::BuyTable,
                 tr("%1 is a sell plan; a gateway's costs come from a buy table.").arg(table->name)});
    }
    g.maxCalls = input.maxCalls;
    if (g.maxCalls < 0 || g.maxCalls > MaxCallsLimit)
        errors.append(
            {gatewayField::MaxCalls, tr("Allow from 0 (no limit) to %1 calls at once.").arg(MaxCallsLimit)});

    if (const QString problem = parseTrustedSources(input.trustedSources, &g.trustedSources);
        !problem.isEmpty())
        errors.append({gatewayField::TrustedSources, problem});
    g.isSmsGateway = input.smsGateway;
    g.enabled = input.enabled;
    if (gateway)
        *gateway = g;
    return errors;
}

store::Gateway GatewayService::add(const GatewayInput& input, const QString& actor)
{
    store::AuditedChange change = begin(actor);
    store::Gateway g;
    core::throwIfAny(check(input, std::nullopt, &g));
    g.id = store::GatewayRepository(m_db, m_clock).insertGateway(g);
    change.commit(QStringLiteral("gateway.add"), QStringLiteral("gateway"), g.name, describe(g));
    return g;
}

store::Gateway GatewayService::update(std::int64_t id, const GatewayInput& input, const QString& actor)
{
    store::AuditedChange change = begin(actor);
    const store::Gateway before = existing(id);
    store::Gateway g;
    core::throwIfAny(check(input, id, &g));
    store::GatewayRepository(m_db, m_clock).updateGateway(g);
    QString details = describe(g);
    if (g.password != before.password)
        details += QStringLiteral(" password changed");
    change.commit(QStringLiteral("gateway.update"), QStringLiteral("gateway"), g.name,
                  store::AuditedChange::updateDetails(before.name, g.name, details));
    return g;
}

void GatewayService::remove(std::int64_t id, const QString& actor)
{
    store::AuditedChange change = begin(actor);
    const store::Gateway g = existing(id);
    try {
        store::GatewayRepository(m_db, m_clock).removeGateway(id);
    } catch (const store::StoreError& error) {
        if (error.kind() != store::StoreError::Kind::InUse)
            throw;
        throw store::StoreError(store::StoreError::Kind::InUse,
                                tr("%1 is still the gateway of LGW DIDs; give them another gateway or make "
                                   "them plain DIDs first.")
                                    .arg(g.name));
    }
    change.commit(QStringLiteral("gateway.delete"), QStringLiteral("gateway"), g.name, describe(g));
}

} // namespace rebound::network
