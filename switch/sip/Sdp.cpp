#include "sip/Sdp.h"

#include <QHostAddress>

namespace rebound::media {

namespace {
Direction directionFromAttribute(const QString& name, Direction fallback)
{
    if (name == QLatin1String("sendrecv"))
        return Direction::SendRecv;
    if (name == QLatin1String("sendonly"))
        return Direction::SendOnly;
    if (name == QLatin1String("recvonly"))
        return Direction::RecvOnly;
    if (name == QLatin1String("inactive"))
        return Direction::Inactive;
    return fallback;
}

// Our direction is the mirror of theirs (RFC 3264 section 6.1).
Direction mirrored(Direction theirs)
{
    switch (theirs) {
    case Direction::SendOnly:
        return Direction::RecvOnly;
    case Direction::RecvOnly:
        return Direction::SendOnly;
    case Direction::Inactive:
    case Direction::SendRecv:
        break;
    }
    return theirs;
}

// "IN IP4 192.0.2.1" -> the address; empty when malformed.
QString parseConnection(const QString& value)
{
    const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts[0] != QLatin1String("IN"))
        return {};
    if (parts[1] != QLatin1String("IP4") && parts[1] != QLatin1String("IP6"))
        return {};
    // A multicast TTL suffix ("/127") is not part of the address.
    const QString address = parts[2].section(QLatin1Char('/'), 0, 0);
    QHostAddress check;
    if (!check.setAddress(address))
        return {}; // names are legal in SDP but a switch on a trunk never gets them
    return address;
}

const char* directionAttribute(Direction ours)
{
    switch (ours) {
    case Direction::SendOnly:
        return "sendonly";
    case Direction::RecvOnly:
        return "recvonly";
    case Direction::Inactive:
        return "inactive";
    case Direction::SendRecv:
        break;
    }
    return "sendrecv";
}

QByteArray origin(quint64 sessionId, quint64 version, const QString& address)
{
    const bool v6 = address.contains(QLatin1Char(':'));
    return QStringLiteral("o=rebound %1 %2 IN %3 %4\r\n")
        .arg(sessionId)
        .arg(version ? version : sessionId)
        .arg(v6 ? QStringLiteral("IP6") : QStringLiteral("IP4"), address)
        .toLatin1();
}

QByteArray connection(const QString& address)
{
    const bool v6 = address.contains(QLatin1Char(':'));
    return QStringLiteral("c=IN %1 %2\r\n")
        .arg(v6 ? QStringLiteral("IP6") : QStringLiteral("IP4"), address)
        .toLatin1();
}
} // namespace

Sdp::ParseResult Sdp::parse(const QByteArray& text)
{
    ParseResult result;
    SessionDescription sdp;
    const QList<QByteArray> lines = text.split('\n');
    bool sawVersion = false;
    int lineNo = 0;
    for (QByteArray raw : lines) {
        ++lineNo;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.isEmpty())
            continue; // a trailing blank line is common and harmless
        if (raw.size() < 2 || raw[1] != '=' || raw[0] < 'a' || raw[0] > 'z') {
            result.error = tr("SDP line %1 is not of the form x=value: \"%2\"")
                               .arg(lineNo)
                               .arg(QString::fromLatin1(raw.left(60)));
            return result;
        }
        const char type = raw[0];
        const QString value = QString::fromUtf8(raw.mid(2)).trimmed();
        if (!sawVersion) {
            if (type != 'v' || value != QLatin1String("0")) {
                result.error = tr("SDP must start with v=0 (line %1)").arg(lineNo);
                return result;
            }
            sawVersion = true;
            continue;
        }
        result.error = parseLine(type, value, lineNo, sdp);
        if (!result.error.isEmpty())
            return result;
    }
    if (!sawVersion) {
        result.error = tr("The SDP body is empty");
        return result;
    }
    if (sdp.media.isEmpty()) {
        result.error = tr("The SDP has no m= line");
        return result;
    }
    result.error = completeStreams(sdp);
    if (result.error.isEmpty())
        result.sdp = sdp;
    return result;
}

QString Sdp::parseLine(char type, const QString& value, int lineNo, SessionDescription& sdp)
{
    SdpMedia* media = sdp.media.isEmpty() ? nullptr : &sdp.media.last();
    switch (type) {
    case 'o':
        sdp.origin = value;
        break;
    case 'c': {
        const QString address = parseConnection(value);
        if (address.isEmpty())
            return tr("SDP line %1 has an unusable connection address: \"%2\"").arg(lineNo).arg(value);
        (media ? media->address : sdp.address) = address;
        break;
    }
    case 'm':
        return parseMediaLine(value, lineNo, sdp);
    case 'a':
        // Session-level direction applies to streams that set none; rare
        // enough that the streams below simply inherit it.
        if (media)
            return parseAttribute(value, lineNo, *media);
        break;
    default:
        break; // s=, t=, b=, k=, … carry nothing the media engine needs
    }
    return {};
}

QString Sdp::parseMediaLine(const QString& value, int lineNo, SessionDescription& sdp)
{
    const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 4)
        return tr("SDP line %1: an m= line needs media, port, protocol and formats").arg(lineNo);
    SdpMedia m;
    m.type = parts[0];
    bool ok = false;
    m.port = parts[1].section(QLatin1Char('/'), 0, 0).toInt(&ok);
    if (!ok || m.port < 0 || m.port > 65535)
        return tr("SDP line %1: \"%2\" is not a port number").arg(lineNo).arg(parts[1]);
    m.proto = parts[2];
    const bool rtp = m.proto.startsWith(QLatin1String("RTP/"));
    for (int i = 3; i < parts.size(); ++i) {
        SdpFormat f;
        if (rtp) {
            f.payloadType = parts[i].toInt(&ok);
            if (!ok || f.payloadType < 0 || f.payloadType > 127)
                return tr("SDP line %1: \"%2\" is not an RTP payload type").arg(lineNo).arg(parts[i]);
            // Static payload types need no rtpmap (RFC 3551).
            if (f.payloadType == 0 || f.payloadType == 8) {
                f.encoding = f.payloadType == 0 ? QStringLiteral("PCMU") : QStringLiteral("PCMA");
                f.clockRate = SampleRate;
            }
        } else {
            f.encoding = parts[i];
        }
        m.formats.append(f);
    }
    m.direction = Direction::SendRecv;
    sdp.media.append(m);
    return {};
}

QString Sdp::parseAttribute(const QString& value, int lineNo, SdpMedia& media)
{
    const QString name = value.section(QLatin1Char(':'), 0, 0);
    const QString rest = value.section(QLatin1Char(':'), 1);
    if (name == QLatin1String("ptime")) {
        media.ptimeMs = rest.toInt();
        return {};
    }
    if (name != QLatin1String("rtpmap") && name != QLatin1String("fmtp")) {
        media.direction = directionFromAttribute(name, media.direction);
        return {};
    }
    bool ok = false;
    const int pt = rest.section(QLatin1Char(' '), 0, 0).toInt(&ok);
    const QString spec = rest.section(QLatin1Char(' '), 1).trimmed();
    if (!ok || spec.isEmpty())
        return tr("SDP line %1: malformed a=%2").arg(lineNo).arg(name);
    for (SdpFormat& f : media.formats) {
        if (f.payloadType != pt)
            continue;
        if (name == QLatin1String("fmtp")) {
            f.fmtp = spec;
            continue;
        }
        const QStringList enc = spec.split(QLatin1Char('/'));
        f.encoding = enc.value(0);
        f.clockRate = enc.value(1).toInt();
        f.channels = enc.size() > 2 ? enc[2].toInt() : 1;
        if (f.encoding.isEmpty() || f.clockRate <= 0)
            return tr("SDP line %1: malformed a=rtpmap \"%2\"").arg(lineNo).arg(value);
    }
    // An rtpmap for a payload type not on the m= line is ignored
    // (RFC 4566 says it should not appear; being lenient costs nothing).
    return {};
}

QString Sdp::completeStreams(SessionDescription& sdp)
{
    for (int i = 0; i < sdp.media.size(); ++i) {
        SdpMedia& m = sdp.media[i];
        if (m.address.isEmpty())
            m.address = sdp.address;
        if (m.port != 0 && m.address.isEmpty())
            return tr("SDP stream %1 (%2) has no connection address").arg(i + 1).arg(m.type);
    }
    return {};
}

Sdp::Negotiation Sdp::negotiate(const SessionDescription& remote)
{
    Negotiation n;
    bool sawAudio = false;
    for (int i = 0; i < remote.media.size(); ++i) {
        const SdpMedia& m = remote.media[i];
        if (m.type != QLatin1String("audio") || m.port == 0 || !m.proto.startsWith(QLatin1String("RTP/AVP")))
            continue;
        sawAudio = true;
        AudioAgreement a;
        bool haveCodec = false;
        for (const SdpFormat& f : m.formats) {
            const QString enc = f.encoding.toUpper();
            if (!haveCodec && f.clockRate == SampleRate &&
                (enc == QLatin1String("PCMU") || enc == QLatin1String("PCMA"))) {
                a.codec = enc == QLatin1String("PCMU") ? Codec::Pcmu : Codec::Pcma;
                haveCodec = true;
            } else if (a.telephoneEventPt < 0 && enc == QLatin1String("TELEPHONE-EVENT") &&
                       f.clockRate == SampleRate) {
                a.telephoneEventPt = f.payloadType;
            }
        }
        if (!haveCodec)
            continue;
        a.mediaIndex = i;
        a.address = m.address;
        a.port = static_cast<quint16>(m.port);
        a.direction = m.direction;
        n.agreement = a;
        return n;
    }
    n.error = sawAudio ? tr("No common audio codec: the switch speaks PCMU and PCMA only")
                       : tr("The SDP has no active audio stream");
    return n;
}

QByteArray Sdp::offer(const QString& localAddress, quint16 localPort, quint64 sessionId,
                      const QList<Codec>& codecs, int telephoneEventPt, quint64 version, Direction direction)
{
    QByteArray out = "v=0\r\n" + origin(sessionId, version, localAddress) + "s=Rebound\r\n" +
                     connection(localAddress) + "t=0 0\r\n";
    QByteArray formats;
    for (Codec c : codecs)
        formats += ' ' + QByteArray::number(payloadType(c));
    if (telephoneEventPt >= 0)
        formats += ' ' + QByteArray::number(telephoneEventPt);
    out += "m=audio " + QByteArray::number(localPort) + " RTP/AVP" + formats + "\r\n";
    for (Codec c : codecs)
        out += "a=rtpmap:" + QByteArray::number(payloadType(c)) + ' ' + codecName(c).toLatin1() + "/8000\r\n";
    if (telephoneEventPt >= 0) {
        const QByteArray pt = QByteArray::number(telephoneEventPt);
        out += "a=rtpmap:" + pt + " telephone-event/8000\r\na=fmtp:" + pt + " 0-15\r\n";
    }
    out += QByteArray("a=ptime:20\r\na=") + directionAttribute(direction) + "\r\n";
    return out;
}

QByteArray Sdp::answer(const SessionDescription& offer, const AudioAgreement& agreement,
                       const QString& localAddress, quint16 localPort, quint64 sessionId, quint64 version)
{
    QByteArray out = "v=0\r\n" + origin(sessionId, version, localAddress) + "s=Rebound\r\n" +
                     connection(localAddress) + "t=0 0\r\n";
    for (int i = 0; i < offer.media.size(); ++i) {
        const SdpMedia& m = offer.media[i];
        if (i != agreement.mediaIndex) {
            // Declined: same media and protocol, port 0, and at least one
            // format, as RFC 3264 section 6 requires.
            const QString format = m.formats.isEmpty() ? QStringLiteral("0")
                                                       : (m.formats[0].payloadType >= 0
                                                              ? QString::number(m.formats[0].payloadType)
                                                              : m.formats[0].encoding);
            out += QStringLiteral("m=%1 0 %2 %3\r\n").arg(m.type, m.proto, format).toLatin1();
            continue;
        }
        const QByteArray codecPt = QByteArray::number(payloadType(agreement.codec));
        QByteArray formats = codecPt;
        if (agreement.telephoneEventPt >= 0)
            formats += ' ' + QByteArray::number(agreement.telephoneEventPt);
        out += "m=audio " + QByteArray::number(localPort) + ' ' + m.proto.toLatin1() + ' ' + formats + "\r\n";
        out += "a=rtpmap:" + codecPt + ' ' + codecName(agreement.codec).toLatin1() + "/8000\r\n";
        if (agreement.telephoneEventPt >= 0) {
            const QByteArray pt = QByteArray::number(agreement.telephoneEventPt);
            out += "a=rtpmap:" + pt + " telephone-event/8000\r\na=fmtp:" + pt + " 0-15\r\n";
        }
        out += QByteArray("a=ptime:20\r\na=") + directionAttribute(mirrored(m.direction)) + "\r\n";
    }
    return out;
}

} // namespace rebound::media
