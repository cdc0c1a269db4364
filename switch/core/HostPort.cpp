#include "core/HostPort.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QUdpSocket>

namespace rebound::core {

bool parseHostPort(const QString& text, QString* host, int* port, int defaultPort)
{
    const QString t = text.trimmed();
    QString h = t;
    QString p;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        h = t.mid(1, close - 1);
        if (t.mid(close + 1).startsWith(QLatin1Char(':')))
            p = t.mid(close + 2);
        else if (close + 1 != t.size())
            return false;
    } else if (t.count(QLatin1Char(':')) == 1) {
        h = t.section(QLatin1Char(':'), 0, 0);
        p = t.section(QLatin1Char(':'), 1, 1);
    }
    int number = defaultPort;
    if (!p.isEmpty()) {
        bool ok = false;
        number = p.toInt(&ok);
        if (!ok || number < 0 || number > 65535) // 0: any free port, for a listen address
            return false;
    }
    if (h.isEmpty())
        return false;
    *host = h;
    *port = number;
    return true;
}

QString primaryAddress()
{
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& i : interfaces) {
        const auto flags = i.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry& entry : i.addressEntries())
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                return entry.ip().toString();
    }
    return QStringLiteral("127.0.0.1");
}

bool isWildcard(const QString& host)
{
    const QHostAddress address(host);
    return address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6 ||
           address == QHostAddress::Any;
}

QString whyCannotListen(const QString& host, int port)
{
    const QHostAddress address(host);
    if (address.isNull())
        return QCoreApplication::translate("HostPort", "%1 is not an IP address").arg(host);
    QUdpSocket probe;
    if (probe.bind(address, quint16(port)))
        return {};
    switch (probe.error()) {
    case QAbstractSocket::AddressInUseError:
        return QCoreApplication::translate("HostPort", "port %1 is in use by another program").arg(port);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return QCoreApplication::translate("HostPort", "%1 is not an address of this computer").arg(host);
    case QAbstractSocket::SocketAccessError:
        return QCoreApplication::translate("HostPort",
                                           "port %1 needs administrator rights (ports below 1024 do)")
            .arg(port);
    default:
        return probe.errorString();
    }
}

} // namespace rebound::core
