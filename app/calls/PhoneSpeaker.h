#pragma once

#include <QAudioFormat>
#include <QByteArray>
#include <QObject>
#include <memory>

class QAudioSink;
class QIODevice;
class QMediaDevices;

namespace rebound::console {

// The console's loudspeaker for the built-in test phones (issue 19): plays
// what a test phone hears (TestPhones::audio, 8 kHz mono signed 16-bit PCM
// in 100 ms batches) on the computer's default audio output, through a
// QAudioSink in push mode. A computer without an audio output has none:
// available() is false and start() plays nothing.
class PhoneSpeaker : public QObject
{
    Q_OBJECT

public:
    explicit PhoneSpeaker(QObject* parent = nullptr);
    ~PhoneSpeaker() override;

    // 8000 Hz, mono, Int16: what the test phones' media engine decodes to.
    static QAudioFormat format();

    // Whether this computer has an audio output now.
    bool available() const;
    // Starts playing on the default audio output; false when there is none.
    bool start();
    // Writes the PCM to `device` instead of an audio output (tests: a QBuffer).
    void start(QIODevice* device);
    void stop();
    bool isPlaying() const { return m_out != nullptr; }

    // Queues a batch of PCM. The output's buffer holds a few batches; what it
    // cannot take is dropped, so the sound never lags the call by more than
    // that. After an underrun, 200 ms are gathered before playing resumes,
    // so the network's jitter does not break up every batch.
    void play(const QByteArray& pcm);

Q_SIGNALS:
    // An audio output was plugged in, or the last one went away.
    void availableChanged(bool available);

private:
    QMediaDevices* m_devices = nullptr;
    std::unique_ptr<QAudioSink> m_sink;
    QIODevice* m_out = nullptr;
    QByteArray m_pending; // gathered while the sink is not playing
    bool m_available = false;
};

} // namespace rebound::console
