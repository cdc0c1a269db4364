#pragma once

#include <QByteArray>
#include <QFile>
#include <QtEndian>
#include <cmath>

namespace rebound::test {

// How much of a 16-bit mono WAV file has sound in it. The file may still be
// growing: its writer (libsndfile, in baresip) fills in the chunk sizes only
// when it closes the file, so a data chunk that claims nothing (or more
// than is there) is read to the end of the file.
struct WavLevel
{
    int totalMs = 0;
    int soundingMs = 0; // in 20 ms frames whose RMS is above -40 dBFS

    static WavLevel measure(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray wav = file.readAll();
        if (wav.size() < 12 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE")
            return {};
        int rate = 0;
        int channels = 0;
        int bits = 0;
        qsizetype offset = 12;
        while (offset + 8 <= wav.size()) {
            const QByteArray id = wav.mid(offset, 4);
            const qsizetype size = qFromLittleEndian<quint32>(wav.constData() + offset + 4);
            const qsizetype start = offset + 8;
            if (id == "fmt " && start + 16 <= wav.size()) {
                channels = qFromLittleEndian<quint16>(wav.constData() + start + 2);
                rate = int(qFromLittleEndian<quint32>(wav.constData() + start + 4));
                bits = qFromLittleEndian<quint16>(wav.constData() + start + 14);
            } else if (id == "data") {
                if (rate <= 0 || channels != 1 || bits != 16)
                    return {};
                const qsizetype end = size > 0 && start + size <= wav.size() ? start + size : wav.size();
                return measureSamples(wav.constData() + start, (end - start) / 2, rate);
            }
            offset = start + size + (size & 1);
        }
        return {};
    }

private:
    static WavLevel measureSamples(const char* data, qsizetype count, int rate)
    {
        WavLevel level;
        level.totalMs = int(count * 1000 / rate);
        const qsizetype frame = rate / 50;
        constexpr double threshold = 32768 * 0.01; // -40 dBFS
        for (qsizetype first = 0; first + frame <= count; first += frame) {
            double energy = 0;
            for (qsizetype i = first; i < first + frame; ++i) {
                const double sample = qFromLittleEndian<qint16>(data + 2 * i);
                energy += sample * sample;
            }
            if (std::sqrt(energy / double(frame)) > threshold)
                level.soundingMs += 20;
        }
        return level;
    }
};

} // namespace rebound::test
