#include "sip/PublicAddress.h"

#include "core/HostPort.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace rebound::sip {

namespace {
// RFC 1123 labels; the last one is not all digits, so a mistyped IPv4
// address (203.0.113.300) is not taken for a name.
bool isHostName(const QString& host)
{
    static const QRegularExpression name(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*"
                       "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return name.match(host).hasMatch() && !digits.match(host.section(QLatin1Char('.'), -1)).hasMatch();
}
} // namespace

QString PublicAddress::uriHost() const
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

std::optional<PublicAddress> parsePublicAddress(const QString& text, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<PublicAddress> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString value = text.trimmed();
    if (value.isEmpty())
        return PublicAddress{};
    const QString usage =
        QCoreApplication::translate(
            "PublicAddress", "'%1' is not an IP address or host name with an optional port; write it like "
                             "203.0.113.7, sip.example.com:5070 or [2001:db8::7]:5060.")
            .arg(value);
    PublicAddress address;
    int port = -1; // none written
    const bool emptyPort = value.endsWith(QLatin1Char(':')) && QHostAddress(value).isNull();
    if (emptyPort || !core::parseHostPort(value, &address.host, &port, -1))
        return fail(usage);
    if (port == 0)
        return fail(
            QCoreApplication::translate(
                "PublicAddress", "'%1': the port is the one the router forwards to the switch, 1 to 65535.")
                .arg(value));
    address.port = qMax(0, port);
    const QHostAddress ip(address.host);
    if (ip.isNull()) {
        if (!isHostName(address.host))
            return fail(usage);
    } else if (ip == QHostAddress::AnyIPv4 || ip == QHostAddress::AnyIPv6 || ip.isMulticast() ||
               ip.isBroadcast() || !ip.scopeId().isEmpty()) {
        return fail(QCoreApplication::translate(
                        "PublicAddress",
                        "'%1' is not an address others can reach the switch at; give the router's public "
                        "address, such as 203.0.113.7.")
                        .arg(value));
    } else {
        address.host = ip.toString(); // one spelling, so Contact and SDP agree
    }
    return address;
}

QString validatePublicAddress(const QString& text)
{
    QString error;
    return parsePublicAddress(text, &error) ? QString() : error;
}

} // namespace rebound::sip
