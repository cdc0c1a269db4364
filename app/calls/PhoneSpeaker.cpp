#include "calls/PhoneSpeaker.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QIODevice>
#include <QMediaDevices>
#include <algorithm>

namespace rebound::console {

namespace {
constexpr int BytesPerSecond = 8000 * 2;
constexpr int SinkBufferBytes = BytesPerSecond * 4 / 10; // 400 ms
constexpr int ResumeBytes = BytesPerSecond * 2 / 10;     // 200 ms
} // namespace

PhoneSpeaker::PhoneSpeaker(QObject* parent)
    : QObject(parent)
    , m_devices(new QMediaDevices(this))
    , m_available(!QMediaDevices::defaultAudioOutput().isNull())
{
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, [this] {
        const bool now = !QMediaDevices::defaultAudioOutput().isNull();
        if (now == m_available)
            return;
        m_available = now;
        if (!now && m_sink)
            stop();
        Q_EMIT availableChanged(now);
    });
}

PhoneSpeaker::~PhoneSpeaker()
{
    stop();
}

QAudioFormat PhoneSpeaker::format()
{
    QAudioFormat f;
    f.setSampleRate(8000);
    f.setChannelCount(1);
    f.setSampleFormat(QAudioFormat::Int16);
    return f;
}

bool PhoneSpeaker::available() const
{
    return m_available;
}

bool PhoneSpeaker::start()
{
    if (m_sink)
        return true;
    stop();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull())
        return false;
    m_sink = std::make_unique<QAudioSink>(device, format());
    m_sink->setBufferSize(SinkBufferBytes);
    m_out = m_sink->start();
    if (!m_out) {
        m_sink.reset();
        return false;
    }
    return true;
}

void PhoneSpeaker::start(QIODevice* device)
{
    stop();
    m_out = device;
}

void PhoneSpeaker::stop()
{
    if (m_sink)
        m_sink->stop();
    m_sink.reset();
    m_out = nullptr;
    m_pending.clear();
}

void PhoneSpeaker::play(const QByteArray& pcm)
{
    if (!m_out)
        return;
    if (!m_sink) {
        m_out->write(pcm);
        return;
    }
    m_pending += pcm;
    if (m_sink->state() != QAudio::ActiveState && m_pending.size() < ResumeBytes)
        return;
    const qsizetype room = std::min<qsizetype>(m_pending.size(), m_sink->bytesFree()) & ~qsizetype(1);
    if (room > 0)
        m_out->write(m_pending.constData(), room);
    m_pending.clear();
}

} // namespace rebound::console
