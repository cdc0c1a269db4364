#include "sip/Sdp.h"

#include <QHostAddress>
#include <memory>
#include <sofia-sip/sdp.h>

namespace rebound::media {

namespace {
struct ParserFree
{
    void operator()(sdp_parser_t* parser) const { sdp_parser_free(parser); }
};
using ParserPtr = std::unique_ptr<sdp_parser_t, ParserFree>;

QString fromSofia(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// Sofia's mode already folds in a session-level direction attribute.
Direction directionOf(unsigned mode)
{
    switch (mode) {
    case sdp_sendonly:
        return Direction::SendOnly;
    case sdp_recvonly:
        return Direction::RecvOnly;
    case sdp_inactive:
        return Direction::Inactive;
    default:
        return Direction::SendRecv;
    }
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

SdpFormat formatOf(const sdp_rtpmap_t& map)
{
    SdpFormat f;
    f.payloadType = int(map.rm_pt);
    f.encoding = fromSofia(map.rm_encoding); // empty for a dynamic type without a=rtpmap
    f.clockRate = int(map.rm_rate);
    f.channels = map.rm_params ? QByteArray(map.rm_params).toInt() : 1;
    f.fmtp = fromSofia(map.rm_fmtp);
    return f;
}

// The formats in the peer's order. Sofia reads rtpmaps for the RTP profiles
// it knows (RTP/AVP, RTP/SAVP); for another RTP profile (RTP/AVPF) numeric
// formats still get their static names, and anything else stays as written.
QList<SdpFormat> formatsOf(const sdp_media_t& m)
{
    QList<SdpFormat> formats;
    if (sdp_media_has_rtp(&m)) {
        for (const sdp_rtpmap_t* map = m.m_rtpmaps; map; map = map->rm_next)
            formats.append(formatOf(*map));
        return formats;
    }
    const bool rtp = fromSofia(m.m_proto_name).startsWith(QLatin1String("RTP/"));
    for (const sdp_list_t* item = m.m_format; item; item = item->l_next) {
        SdpFormat f;
        f.encoding = fromSofia(item->l_text);
        bool ok = false;
        const int pt = f.encoding.toInt(&ok);
        if (rtp && ok && pt >= 0 && pt < 128) {
            f = sdp_rtpmap_well_known[pt] ? formatOf(*sdp_rtpmap_well_known[pt]) : SdpFormat{};
            f.payloadType = pt;
        }
        formats.append(f);
    }
    return formats;
}

// Where stream `index` (1-based) sends from: its own c=, else the session's.
// Names are legal in SDP but a switch on a trunk never gets them.
QString addressOf(const sdp_media_t& m, int index, SdpMedia& out)
{
    const sdp_connection_t* c = sdp_media_connections(&m);
    if (!c) {
        if (out.port == 0)
            return {};
        return Sdp::tr("SDP stream %1 (%2) has no connection address").arg(index).arg(out.type);
    }
    out.address = fromSofia(c->c_address);
    if (QHostAddress().setAddress(out.address))
        return {};
    return Sdp::tr("SDP stream %1 has an unusable connection address: \"%2\"").arg(index).arg(out.address);
}

QString describeMedia(const sdp_media_t& m, int index, SdpMedia& out)
{
    out.type = fromSofia(m.m_type_name);
    out.proto = fromSofia(m.m_proto_name);
    if (m.m_port > 65535)
        return Sdp::tr("SDP stream %1: %2 is not a port number").arg(index).arg(m.m_port);
    out.port = int(m.m_port);
    out.formats = formatsOf(m);
    out.direction = directionOf(m.m_mode);
    if (const sdp_attribute_t* ptime = sdp_attribute_find(m.m_attributes, "ptime"))
        out.ptimeMs = fromSofia(ptime->a_value).toInt();
    return addressOf(m, index, out);
}

QString describe(const sdp_session_t& session, SessionDescription& sdp)
{
    int index = 0;
    for (const sdp_media_t* m = session.sdp_media; m; m = m->m_next) {
        SdpMedia media;
        const QString error = describeMedia(*m, ++index, media);
        if (!error.isEmpty())
            return error;
        sdp.media.append(media);
    }
    if (sdp.media.isEmpty())
        return Sdp::tr("The SDP has no m= line");
    return {};
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
    if (text.trimmed().isEmpty()) {
        result.error = tr("The SDP body is empty");
        return result;
    }
    // Sofia-SIP refuses such a body too, but says only "bad SDP message".
    if (!text.startsWith("v=0")) {
        result.error = tr("SDP must start with v=0");
        return result;
    }
    // No sanity check: it insists on o=, s= and t=, which trunks in the
    // wild leave out; describe() checks what the media engine needs.
    const ParserPtr parser(sdp_parse(nullptr, text.constData(), text.size(), sdp_f_insane));
    const sdp_session_t* session = parser ? sdp_session(parser.get()) : nullptr;
    if (!session) {
        const char* error = parser ? sdp_parsing_error(parser.get()) : nullptr;
        result.error = tr("The SDP could not be read: %1").arg(fromSofia(error ? error : "out of memory"));
        return result;
    }
    SessionDescription sdp;
    result.error = describe(*session, sdp);
    if (result.error.isEmpty())
        result.sdp = sdp;
    return result;
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
