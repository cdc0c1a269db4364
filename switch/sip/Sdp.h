#pragma once

#include "media/G711.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace rebound::media {

enum class Direction
{
    SendRecv,
    SendOnly,
    RecvOnly,
    Inactive
};

// One payload format of an m= line as the peer described it, known to us or
// not (unknown codecs are kept so an answer can decline them knowingly).
struct SdpFormat
{
    int payloadType = -1;
    QString encoding; // "PCMU", "telephone-event", "opus" … as written
    int clockRate = 0;
    int channels = 1;
    QString fmtp;
};

struct SdpMedia
{
    QString type; // "audio", "video", …
    int port = 0; // 0: the stream is declined or disabled
    QString proto;
    QList<SdpFormat> formats; // in the peer's order of preference
    QString address;          // c= of the stream, else the session's
    Direction direction = Direction::SendRecv;
    int ptimeMs = 0; // 0 when not given
};

struct SessionDescription
{
    QList<SdpMedia> media;
};

// What we agreed with a peer for the audio stream.
struct AudioAgreement
{
    int mediaIndex = 0; // which m= line
    Codec codec = Codec::Pcmu;
    int telephoneEventPt = -1; // -1 when the peer offered no telephone-event
    QString address;           // where to send (before symmetric RTP latching)
    quint16 port = 0;
    Direction direction = Direction::SendRecv;
};

// SDP offer/answer (RFC 3264) for G.711 + RFC 4733 audio, as plain functions
// independent of the SIP stack: the SIP layer passes the body text in and out.
// Sofia-SIP's sdp_parse reads the peer's SDP; we write our own (see offer()).
class Sdp
{
    Q_DECLARE_TR_FUNCTIONS(Sdp)

public:
    struct ParseResult
    {
        std::optional<SessionDescription> sdp;
        QString error; // for the log and the SIP reason when sdp is empty
    };
    static ParseResult parse(const QByteArray& text);

    struct Negotiation
    {
        std::optional<AudioAgreement> agreement;
        QString error; // "488 Not Acceptable Here" material
    };
    // Picks the first audio stream with a non-zero port and the first of its
    // formats we support (the peer's preference, PCMU or PCMA), plus the
    // telephone-event payload type at 8000 Hz if present. Works on an offer
    // and on an answer alike.
    static Negotiation negotiate(const SessionDescription& remote);

    // Our offer: PCMU, PCMA (in the order given) and telephone-event 0-15.
    // `version` is the o= line's version (0: the session id), raised for
    // each new description in a dialog (RFC 3264 section 8); `direction`
    // is ours (sendonly when we hold the peer).
    static QByteArray offer(const QString& localAddress, quint16 localPort, quint64 sessionId,
                            const QList<Codec>& codecs = {Codec::Pcmu, Codec::Pcma},
                            int telephoneEventPt = 101, quint64 version = 0,
                            Direction direction = Direction::SendRecv);
    // Our answer to `offer`: one m= line per offered line (RFC 3264 section 6),
    // every stream but the agreed audio one declined with port 0.
    static QByteArray answer(const SessionDescription& offer, const AudioAgreement& agreement,
                             const QString& localAddress, quint16 localPort, quint64 sessionId,
                             quint64 version = 0);
};

} // namespace rebound::media
