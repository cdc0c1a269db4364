#include "Pcap.h"
#include "media/Dtmf.h"
#include "media/G711.h"
#include "media/Rtp.h"

#include <QTest>

using namespace rebound;
using namespace rebound::media;

namespace {
std::span<const std::uint8_t> bytes(const QByteArray& b)
{
    return {reinterpret_cast<const std::uint8_t*>(b.constData()), static_cast<std::size_t>(b.size())};
}
} // namespace

class TestRtp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerRoundTrip()
    {
        RtpHeader h;
        h.marker = true;
        h.payloadType = 101;
        h.sequence = 65535;
        h.timestamp = 0xfedcba98;
        h.ssrc = 0x01020304;
        QByteArray d(12, '\0');
        h.write(reinterpret_cast<std::uint8_t*>(d.data()));
        d += QByteArray("abcd");
        const auto p = parseRtp(bytes(d));
        QVERIFY(p);
        QCOMPARE(p->header.marker, true);
        QCOMPARE(p->header.payloadType, 101);
        QCOMPARE(p->header.sequence, 65535);
        QCOMPARE(p->header.timestamp, 0xfedcba98u);
        QCOMPARE(p->header.ssrc, 0x01020304u);
        QCOMPARE(p->payload.size(), 4u);
    }

    void csrcExtensionAndPaddingAreSkipped()
    {
        // V=2, P=1, X=1, CC=1; one CSRC; extension with one word; 2 bytes payload; 2 padding.
        QByteArray d = QByteArray::fromHex("b1000001000000020000000300000004"
                                           "beef0001aaaaaaaa"
                                           "11220002");
        const auto p = parseRtp(bytes(d));
        QVERIFY(p);
        QCOMPARE(p->payload.size(), 2u);
        QCOMPARE(p->payload[0], 0x11);
    }

    void malformedPacketsAreRejected()
    {
        QVERIFY(!parseRtp(bytes(QByteArray::fromHex("8000"))));                       // short
        QVERIFY(!parseRtp(bytes(QByteArray::fromHex("400000010000000200000003"))));   // version 1
        QVERIFY(!parseRtp(bytes(QByteArray::fromHex("8f0000010000000200000003"))));   // 15 CSRCs missing
        QVERIFY(!parseRtp(bytes(QByteArray::fromHex("a00000010000000200000003ff")))); // padding past end
        QVERIFY(
            !parseRtp(bytes(QByteArray::fromHex("900000010000000200000003beef00ff")))); // extension past end
    }

    void rtcpIsRecognised()
    {
        // A receiver report (PT 201) and a sender report (200).
        QVERIFY(looksLikeRtcp(bytes(QByteArray::fromHex("81c90007"))));
        QVERIFY(looksLikeRtcp(bytes(QByteArray::fromHex("80c80006"))));
        QVERIFY(!looksLikeRtcp(bytes(QByteArray::fromHex("80000001"))));
        QVERIFY(!looksLikeRtcp(bytes(QByteArray::fromHex("80e50001")))); // marker + PT 101
    }

    void telephoneEventRoundTrip()
    {
        TelephoneEvent e{11, true, 10, 1280};
        std::array<std::uint8_t, 4> b{};
        e.write(b.data());
        const auto p = parseTelephoneEvent(b);
        QVERIFY(p);
        QCOMPARE(p->event, 11);
        QCOMPARE(p->end, true);
        QCOMPARE(p->volume, 10);
        QCOMPARE(p->duration, 1280);
        QCOMPARE(dtmfDigitForEvent(11), '#');
        QCOMPARE(dtmfDigitForEvent(10), '*');
        QCOMPARE(dtmfDigitForEvent(16), '\0'); // flash: not a digit
        QCOMPARE(dtmfEventForDigit('D'), 15);
        QCOMPARE(dtmfEventForDigit('x'), -1);
    }

    // sipp's RFC 4733 captures: ten packets per key press, the end packet
    // three times with the same sequence number and timestamp. Each file must
    // decode to its digit exactly once.
    void sippDtmfPcapsDecodeOnce_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("digit");
        for (int i = 0; i <= 9; ++i)
            QTest::newRow(qPrintable(QString::number(i)))
                << QStringLiteral("dtmf_2833_%1.pcap").arg(i) << QString::number(i);
        QTest::newRow("pound") << QStringLiteral("dtmf_2833_pound.pcap") << QStringLiteral("#");
        QTest::newRow("star") << QStringLiteral("dtmf_2833_star.pcap") << QStringLiteral("*");
    }
    void sippDtmfPcapsDecodeOnce()
    {
        QFETCH(QString, file);
        QFETCH(QString, digit);
        const QString path = QStringLiteral(SIPP_PCAP_DIR "/") + file;
        if (!QFile::exists(path))
            QSKIP("sip-tester's pcaps are not installed (packaging/install-deps.sh)");
        QString error;
        const auto datagrams = test::readPcapUdp(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(datagrams.size() >= 4);
        TelephoneEventFilter filter;
        QString decoded;
        int ends = 0;
        for (const auto& d : datagrams) {
            const auto p = parseRtp(bytes(d.payload));
            QVERIFY(p);
            QCOMPARE(p->header.payloadType, 101);
            ends += parseTelephoneEvent(p->payload)->end ? 1 : 0;
            if (const char c = filter.accept(p->header.ssrc, p->header.timestamp, p->payload))
                decoded += QLatin1Char(c);
        }
        QCOMPARE(ends, 3); // the capture really has the triple end packet
        QCOMPARE(decoded, digit);
    }

    void lateRetransmissionIsNotASecondPress()
    {
        TelephoneEventFilter f;
        std::array<std::uint8_t, 4> five{5, 0x8a, 0x03, 0x20};
        std::array<std::uint8_t, 4> six{6, 0x0a, 0x00, 0xa0};
        QCOMPARE(f.accept(1, 1000, five), '5');
        QCOMPARE(f.accept(1, 2000, six), '6');
        QCOMPARE(f.accept(1, 1000, five), '\0'); // end packet of '5' arriving late
        QCOMPARE(f.accept(2, 1000, five), '5');  // another source is another press
        QCOMPARE(f.accept(1, 3000, std::span<const std::uint8_t>(five.data(), 3)), '\0'); // truncated
    }

    void g711RoundTripAndTranscode()
    {
        std::array<std::int16_t, 160> pcm{};
        for (std::size_t i = 0; i < pcm.size(); ++i)
            pcm[i] = static_cast<std::int16_t>(8000 * std::sin(2 * M_PI * 1000 * double(i) / 8000));
        std::array<std::uint8_t, 160> ulaw{};
        std::array<std::uint8_t, 160> alaw{};
        std::array<std::uint8_t, 160> back{};
        encode(Codec::Pcmu, pcm, ulaw.data());
        transcode(Codec::Pcmu, Codec::Pcma, ulaw, alaw.data());
        transcode(Codec::Pcma, Codec::Pcmu, alaw, back.data());
        std::array<std::int16_t, 160> decoded{};
        decode(Codec::Pcmu, back, decoded.data());
        for (std::size_t i = 0; i < pcm.size(); ++i) // G.711 keeps about 1/16 of the value
            QVERIFY2(std::abs(decoded[i] - pcm[i]) <= std::abs(pcm[i]) / 8 + 16,
                     qPrintable(QString::number(i)));
        QCOMPARE(codecForPayloadType(8), Codec::Pcma);
        QVERIFY(!codecForPayloadType(18));
    }
};

QTEST_GUILESS_MAIN(TestRtp)
#include "TestRtp.moc"
