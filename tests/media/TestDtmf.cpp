#include "media/Dtmf.h"
#include "media/G711.h"

#include <QTest>
#include <spandsp.h>
#include <vector>

using namespace rebound::media;

namespace {
// Key tones as a phone sends them (spandsp's generator: 50 ms on, 55 ms
// off unless told otherwise), plus white noise at `noiseDbm0`, through G.711
// and back, as they would reach the switch.
std::vector<std::int16_t> keyTones(const char* digits, float noiseDbm0, Codec codec, int onMs = 80,
                                   int offMs = 80)
{
    dtmf_tx_state_t* tx = dtmf_tx_init(nullptr);
    dtmf_tx_set_timing(tx, onMs, offMs);
    dtmf_tx_put(tx, digits, -1);
    awgn_state_t* noise = awgn_init_dbm0(nullptr, 1234567, noiseDbm0);
    std::vector<std::int16_t> out;
    std::array<std::int16_t, 160> block{};
    std::array<std::uint8_t, 160> coded{};
    int quiet = 0;
    while (quiet < 5) { // run on a little after the last tone
        const int n = dtmf_tx(tx, block.data(), static_cast<int>(block.size()));
        std::fill(block.begin() + n, block.end(), std::int16_t{0});
        quiet = n == 0 ? quiet + 1 : 0;
        for (auto& s : block)
            s = static_cast<std::int16_t>(std::clamp(s + awgn(noise), -32768, 32767));
        encode(codec, block, coded.data());
        decode(codec, coded, block.data());
        out.insert(out.end(), block.begin(), block.end());
    }
    awgn_free(noise);
    dtmf_tx_free(tx);
    return out;
}

QString detect(const std::vector<std::int16_t>& audio, std::size_t packet = 160)
{
    InbandDtmfDetector d;
    QString digits;
    for (std::size_t i = 0; i < audio.size(); i += packet)
        digits += d.process(std::span(audio.data() + i, std::min(packet, audio.size() - i)));
    return digits;
}
} // namespace

class TestDtmf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inbandDigitsThroughNoise_data()
    {
        QTest::addColumn<float>("noise");
        QTest::addColumn<int>("codec");
        QTest::addColumn<int>("packetSamples");
        QTest::newRow("quiet line, PCMU, 20 ms") << -70.0f << int(Codec::Pcmu) << 160;
        QTest::newRow("noise -40 dBm0, PCMA, 30 ms") << -40.0f << int(Codec::Pcma) << 240;
        QTest::newRow("noise -30 dBm0, PCMU, 10 ms") << -30.0f << int(Codec::Pcmu) << 80;
    }
    void inbandDigitsThroughNoise()
    {
        QFETCH(float, noise);
        QFETCH(int, codec);
        QFETCH(int, packetSamples);
        const auto audio = keyTones("0123456789*#ABCD", noise, Codec(codec));
        QCOMPARE(detect(audio, std::size_t(packetSamples)), QStringLiteral("0123456789*#ABCD"));
    }

    void noiseAloneIsNoDigit()
    {
        const auto audio = keyTones("", -20.0f, Codec::Pcmu);
        std::vector<std::int16_t> long_;
        for (int i = 0; i < 50; ++i)
            long_.insert(long_.end(), audio.begin(), audio.end());
        QCOMPARE(detect(long_), QString());
    }

    void collectorStops_data()
    {
        QTest::addColumn<int>("maxDigits");
        QTest::addColumn<QByteArray>("keys"); // the last one ends the collection
        QTest::addColumn<int>("everyMs");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<int>("reason");
        QTest::newRow("at the terminator, without it")
            << 20 << QByteArray("44#") << 100 << QStringLiteral("44") << int(CollectReason::Terminator);
        QTest::newRow("at the maximum")
            << 3 << QByteArray("123") << 10 << QStringLiteral("123") << int(CollectReason::MaxDigits);
    }
    void collectorStops()
    {
        QFETCH(int, maxDigits);
        QFETCH(QByteArray, keys);
        QFETCH(int, everyMs);
        QFETCH(QString, digits);
        QFETCH(int, reason);
        DigitCollector c(CollectSpec{maxDigits, '#', 5000, 3000}, 0);
        for (qsizetype i = 0; i + 1 < keys.size(); ++i)
            QVERIFY(!c.digit(keys[i], everyMs * (i + 1)));
        const auto r = c.digit(keys.back(), everyMs * keys.size());
        QVERIFY(r);
        QCOMPARE(r->digits, digits);
        QCOMPARE(r->reason, CollectReason(reason));
    }

    void collectorTimeouts()
    {
        DigitCollector first(CollectSpec{10, '#', 5000, 3000}, 1000);
        QVERIFY(!first.poll(5999));
        QCOMPARE(first.poll(6000)->reason, CollectReason::FirstDigitTimeout);
        QCOMPARE(first.poll(6000)->digits, QString());

        DigitCollector inter(CollectSpec{10, '#', 5000, 3000}, 0);
        QVERIFY(!inter.digit('7', 4000)); // just inside the first-digit time
        QVERIFY(!inter.poll(6999));
        const auto r = inter.poll(7000);
        QCOMPARE(r->reason, CollectReason::InterDigitTimeout);
        QCOMPARE(r->digits, QStringLiteral("7"));
    }

    void firstDigitTimerRestartsAfterThePrompt()
    {
        DigitCollector c(CollectSpec{10, '#', 5000, 3000}, 0);
        c.restartFirstDigitTimer(4000); // the prompt ended at 4 s
        QVERIFY(!c.poll(8999));
        QVERIFY(c.poll(9000));
    }

    void noTerminatorMeansHashIsADigit()
    {
        DigitCollector c(CollectSpec{2, '\0', 5000, 3000}, 0);
        QVERIFY(!c.digit('#', 1));
        QCOMPARE(c.digit('*', 2)->digits, QStringLiteral("#*"));
    }
};

QTEST_GUILESS_MAIN(TestDtmf)
#include "TestDtmf.moc"
