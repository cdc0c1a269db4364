// The test phones' loudspeaker (issue 19) without a sound card: a QBuffer
// stands in for the audio output's device, and receives exactly the PCM
// batches played, in order, in the format the test phones decode to; after
// stop() nothing more.
#include "calls/PhoneSpeaker.h"

#include <QAudioDevice>
#include <QBuffer>
#include <QMediaDevices>
#include <QTest>

using rebound::console::PhoneSpeaker;

namespace {
QByteArray batch(int seed)
{
    QByteArray pcm(1600, '\0'); // 100 ms of 8 kHz 16-bit
    for (int i = 0; i < pcm.size(); ++i)
        pcm[i] = static_cast<char>((i * 5 + seed * 11) & 0xff);
    return pcm;
}
} // namespace

class TestPhoneSpeaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatIsWhatThePhonesDecode()
    {
        const QAudioFormat f = PhoneSpeaker::format();
        QCOMPARE(f.sampleRate(), 8000);
        QCOMPARE(f.channelCount(), 1);
        QCOMPARE(f.sampleFormat(), QAudioFormat::Int16);
        QCOMPARE(f.bytesForDuration(100'000), 1600); // one batch of TestPhones::audio
    }

    void pcmReachesTheDeviceInOrderUntilStopped()
    {
        PhoneSpeaker speaker;
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(!speaker.isPlaying());
        speaker.play(batch(1)); // not started: dropped
        speaker.start(&out);
        QVERIFY(speaker.isPlaying());
        speaker.play(batch(2));
        speaker.play(batch(3));
        QCOMPARE(out.data(), batch(2) + batch(3));
        speaker.stop();
        QVERIFY(!speaker.isPlaying());
        speaker.play(batch(4));
        QCOMPARE(out.data(), batch(2) + batch(3));
    }

    // Without an audio output (this test's machine, or any), start() says so
    // and plays nothing; with one, it plays.
    void startFollowsTheAudioOutput()
    {
        PhoneSpeaker speaker;
        const bool output = !QMediaDevices::defaultAudioOutput().isNull();
        QCOMPARE(speaker.available(), output);
        QCOMPARE(speaker.start(), output);
        QCOMPARE(speaker.isPlaying(), output);
        speaker.stop();
        QVERIFY(!speaker.isPlaying());
    }
};

QTEST_MAIN(TestPhoneSpeaker)
#include "TestPhoneSpeaker.moc"
