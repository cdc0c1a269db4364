#include "sip/Sdp.h"

#include <QTest>

using namespace rebound::media;

class TestSdp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typicalOfferNegotiatesPcmuAndEvents()
    {
        const QByteArray offer =
            "v=0\r\no=- 1 1 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\n"
            "m=audio 40000 RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
            "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\na=ptime:20\r\n";
        const auto r = Sdp::parse(offer);
        QVERIFY2(r.sdp, qPrintable(r.error));
        QCOMPARE(r.sdp->media.size(), 1);
        QCOMPARE(r.sdp->media[0].formats.size(), 3);
        QCOMPARE(r.sdp->media[0].formats[2].fmtp, QStringLiteral("0-16"));
        QCOMPARE(r.sdp->media[0].ptimeMs, 20);
        const auto n = Sdp::negotiate(*r.sdp);
        QVERIFY(n.agreement);
        QCOMPARE(n.agreement->codec, Codec::Pcmu);
        QCOMPARE(n.agreement->telephoneEventPt, 101);
        QCOMPARE(n.agreement->address, QStringLiteral("192.0.2.10"));
        QCOMPARE(n.agreement->port, 40000);
    }

    // Odd but valid: LF line ends, video first, a declined audio stream,
    // unknown codecs preferred, telephone-event on 96, static types without
    // rtpmap, media-level c=, sendonly, and attributes we do not know.
    void oddButValidOffer()
    {
        const QByteArray offer = "v=0\no=carrier 99 2 IN IP4 198.51.100.1\ns= \nt=0 0\na=tool:something\n"
                                 "m=video 50000 RTP/AVP 97\nc=IN IP4 198.51.100.9\na=rtpmap:97 H264/90000\n"
                                 "m=audio 0 RTP/AVP 0\nc=IN IP4 198.51.100.1\n"
                                 "m=audio 49170/2 RTP/AVP 111 18 8 96 13\nc=IN IP4 198.51.100.2/127\n"
                                 "a=rtpmap:111 opus/48000/2\na=rtpmap:18 G729/8000\na=fmtp:18 annexb=no\n"
                                 "a=rtpmap:96 telephone-event/8000\na=sendonly\na=x-custom:1\n";
        const auto r = Sdp::parse(offer);
        QVERIFY2(r.sdp, qPrintable(r.error));
        QCOMPARE(r.sdp->media.size(), 3);
        QCOMPARE(r.sdp->media[1].port, 0);
        QCOMPARE(r.sdp->media[2].formats[0].encoding, QStringLiteral("opus"));
        QCOMPARE(r.sdp->media[2].formats[0].channels, 2);
        QCOMPARE(r.sdp->media[2].direction, Direction::SendOnly);
        const auto n = Sdp::negotiate(*r.sdp);
        QVERIFY2(n.agreement, qPrintable(n.error));
        QCOMPARE(n.agreement->mediaIndex, 2);
        QCOMPARE(n.agreement->codec, Codec::Pcma);
        QCOMPARE(n.agreement->telephoneEventPt, 96);
        QCOMPARE(n.agreement->address, QStringLiteral("198.51.100.2"));

        const QByteArray answer = Sdp::answer(*r.sdp, *n.agreement, QStringLiteral("203.0.113.5"), 20002, 7);
        const auto back = Sdp::parse(answer);
        QVERIFY2(back.sdp, qPrintable(back.error));
        QCOMPARE(back.sdp->media.size(), 3); // one answer line per offered line
        QCOMPARE(back.sdp->media[0].port, 0);
        QCOMPARE(back.sdp->media[0].type, QStringLiteral("video"));
        QCOMPARE(back.sdp->media[1].port, 0);
        QCOMPARE(back.sdp->media[2].port, 20002);
        QCOMPARE(back.sdp->media[2].direction, Direction::RecvOnly);
        QCOMPARE(back.sdp->media[2].formats.size(), 2);
        QCOMPARE(back.sdp->media[2].formats[0].encoding, QStringLiteral("PCMA"));
        QCOMPARE(back.sdp->media[2].formats[1].payloadType, 96);
        QCOMPARE(back.sdp->media[2].address, QStringLiteral("203.0.113.5"));
        QVERIFY(answer.contains("a=fmtp:96 0-15\r\n"));
    }

    void ipv6SessionAddressAndHold()
    {
        const auto r =
            Sdp::parse("v=0\r\no=- 1 1 IN IP6 2001:db8::1\r\ns=-\r\nc=IN IP6 2001:db8::1\r\nt=0 0\r\n"
                       "m=audio 4000 RTP/AVP 8\r\na=inactive\r\n");
        QVERIFY2(r.sdp, qPrintable(r.error));
        QCOMPARE(r.sdp->media[0].address, QStringLiteral("2001:db8::1"));
        QCOMPARE(r.sdp->media[0].formats[0].encoding, QStringLiteral("PCMA"));
        QCOMPARE(r.sdp->media[0].direction, Direction::Inactive);
    }

    // A direction given once for the session holds for every stream that
    // names none (RFC 4566 section 6); a stream's own overrides it.
    void sessionDirectionAppliesToStreams()
    {
        const auto r = Sdp::parse("v=0\r\nc=IN IP4 192.0.2.1\r\na=sendonly\r\nm=audio 4000 RTP/AVP 0\r\n"
                                  "m=audio 4002 RTP/AVP 8\r\na=inactive\r\n");
        QVERIFY2(r.sdp, qPrintable(r.error));
        QCOMPARE(r.sdp->media[0].direction, Direction::SendOnly);
        QCOMPARE(r.sdp->media[1].direction, Direction::Inactive);
        QCOMPARE(r.sdp->media[1].address, QStringLiteral("192.0.2.1"));
    }

    // RTP/AVPF is a profile Sofia-SIP leaves unparsed: static payload types
    // keep their names, so G.711 is still agreed.
    void feedbackProfileStillNegotiates()
    {
        const auto r = Sdp::parse("v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/AVPF 96 8\r\n");
        QVERIFY2(r.sdp, qPrintable(r.error));
        QCOMPARE(r.sdp->media[0].formats[0].payloadType, 96);
        QCOMPARE(r.sdp->media[0].formats[1].encoding, QStringLiteral("PCMA"));
        const auto n = Sdp::negotiate(*r.sdp);
        QVERIFY2(n.agreement, qPrintable(n.error));
        QCOMPARE(n.agreement->codec, Codec::Pcma);
    }

    void ourOfferParsesBack()
    {
        const auto r = Sdp::parse(Sdp::offer(QStringLiteral("127.0.0.1"), 20000, 42));
        QVERIFY2(r.sdp, qPrintable(r.error));
        const auto n = Sdp::negotiate(*r.sdp);
        QCOMPARE(n.agreement->codec, Codec::Pcmu);
        QCOMPARE(n.agreement->telephoneEventPt, 101);
        QCOMPARE(n.agreement->port, 20000);
    }

    void noCommonCodecIsAnError()
    {
        const auto r = Sdp::parse("v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/AVP 18 9\r\n");
        QVERIFY(r.sdp);
        const auto n = Sdp::negotiate(*r.sdp);
        QVERIFY(!n.agreement);
        QVERIFY(n.error.contains(QLatin1String("PCMU")));
        // All audio declined: nothing to agree either.
        const auto held = Sdp::parse("v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 0 RTP/AVP 0\r\n");
        QVERIFY(held.sdp);
        QVERIFY(!Sdp::negotiate(*held.sdp).agreement);
    }

    void brokenOffersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("sdp");
        QTest::addColumn<QString>("mention");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank") << QByteArray("\r\n") << QStringLiteral("empty");
        QTest::newRow("version 1") << QByteArray("v=1\r\nc=IN IP4 1.2.3.4\r\nm=audio 1 RTP/AVP 0\r\n")
                                   << QStringLiteral("v=0");
        QTest::newRow("no version") << QByteArray("o=- 1 1 IN IP4 1.2.3.4\r\nm=audio 1 RTP/AVP 0\r\n")
                                    << QStringLiteral("v=0");
        QTest::newRow("garbage line")
            << QByteArray("v=0\r\nhello world\r\n") << QStringLiteral("hello world");
        QTest::newRow("no m line") << QByteArray("v=0\r\nc=IN IP4 1.2.3.4\r\n") << QStringLiteral("m=");
        QTest::newRow("port not a number")
            << QByteArray("v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio abc RTP/AVP 0\r\n") << QStringLiteral("port");
        QTest::newRow("port too big") << QByteArray("v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio 70000 RTP/AVP 0\r\n")
                                      << QStringLiteral("70000");
        QTest::newRow("payload type 200")
            << QByteArray("v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio 4000 RTP/AVP 200\r\n")
            << QStringLiteral("format");
        QTest::newRow("short m line")
            << QByteArray("v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio 4000\r\n") << QStringLiteral("m=");
        QTest::newRow("no connection")
            << QByteArray("v=0\r\nm=audio 4000 RTP/AVP 0\r\n") << QStringLiteral("connection");
        QTest::newRow("bad connection")
            << QByteArray("v=0\r\nc=IN IP4 not-an-ip\r\nm=audio 4000 RTP/AVP 0\r\n")
            << QStringLiteral("not-an-ip");
        QTest::newRow("bad rtpmap") << QByteArray("v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio 4000 RTP/AVP 96\r\n"
                                                  "a=rtpmap:96 telephone-event\r\n")
                                    << QStringLiteral("rtpmap");
    }
    void brokenOffersAreRefused()
    {
        QFETCH(QByteArray, sdp);
        QFETCH(QString, mention);
        const auto r = Sdp::parse(sdp);
        QVERIFY(!r.sdp);
        QVERIFY2(r.error.contains(mention), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestSdp)
#include "TestSdp.moc"
