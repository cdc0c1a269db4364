#include "EachWayOfIo.h"
#include "Pcap.h"
#include "RtpPeer.h"
#include "media/MediaEngine.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <sndfile.h>

using namespace rebound;
using namespace rebound::media;
using test::RtpPeer;

namespace {
// Signals arrive queued on the test thread, like on the switch thread.
struct Events : QObject
{
    QList<QPair<int, QChar>> digits;
    QList<QPair<int, QPair<QString, CollectReason>>> collected;
    QList<QPair<int, bool>> finished;
    QList<int> timeouts;
    QList<BridgeCounters> bridges;

    explicit Events(MediaEngine& e)
    {
        connect(&e, &MediaEngine::digitReceived, this, [this](int s, QChar d) { digits.append({s, d}); });
        connect(&e, &MediaEngine::digitsCollected, this, [this](int s, const QString& d, CollectReason r) {
            collected.append({s, {d, r}});
        });
        connect(&e, &MediaEngine::playbackFinished, this, [this](int s, bool i) { finished.append({s, i}); });
        connect(&e, &MediaEngine::mediaTimeout, this, [this](int s) { timeouts.append(s); });
        connect(&e, &MediaEngine::bridgeEnded, this, [this](BridgeCounters c) { bridges.append(c); });
    }
};

// Two sessions of one engine sending to each other on loopback, with RFC
// 4733 events on `eventPt` when given.
void pairSessions(MediaEngine& engine, const MediaEngine::Created& one, const MediaEngine::Created& two,
                  std::optional<int> eventPt = {})
{
    AudioAgreement toTwo;
    toTwo.address = QStringLiteral("127.0.0.1");
    toTwo.port = two.port;
    if (eventPt)
        toTwo.telephoneEventPt = *eventPt;
    AudioAgreement toOne = toTwo;
    toOne.port = one.port;
    engine.setRemote(one.id, toTwo);
    engine.setRemote(two.id, toOne);
}

// An engine with a session and a phone for it.
struct OnePhone
{
    explicit OnePhone(const MediaConfig& config)
        : engine(config)
        , ev(engine)
        , s(engine.createSession())
    {
    }
    MediaEngine engine;
    Events ev;
    RtpPeer phone;
    const MediaEngine::Created s;
};

// An engine with two sessions, a and b, and a phone for each.
struct TwoPhones
{
    explicit TwoPhones(const MediaConfig& config)
        : engine(config)
        , ev(engine)
        , a(engine.createSession())
        , b(engine.createSession())
    {
    }
    MediaEngine engine;
    Events ev;
    RtpPeer phoneA;
    RtpPeer phoneB;
    const MediaEngine::Created a;
    const MediaEngine::Created b;
};

AudioAgreement to(const RtpPeer& peer, Codec codec = Codec::Pcmu, int eventPt = 101)
{
    AudioAgreement a;
    a.address = QStringLiteral("127.0.0.1");
    a.port = peer.port();
    a.codec = codec;
    a.telephoneEventPt = eventPt;
    return a;
}

QByteArray pattern(int n, int seed)
{
    QByteArray b(n, '\0');
    for (int i = 0; i < n; ++i)
        b[i] = static_cast<char>((i * 7 + seed * 13) & 0xff);
    return b;
}

// `count` packets of pattern() audio from `peer` to `port`, numbered on from `h`.
void sendPackets(RtpPeer& peer, quint16 port, RtpHeader& h, int count)
{
    for (int i = 0; i < count; ++i, h.sequence++, h.timestamp += 160)
        peer.send(port, h, pattern(160, i));
}

MediaConfig loopbackConfig(std::shared_ptr<const PromptSet> prompts = {})
{
    MediaConfig c;
    c.bindAddress = QStringLiteral("127.0.0.1");
    c.portMin = 0; // any free port: tests may run in parallel
    c.portMax = 0;
    c.prompts = std::move(prompts);
    return c;
}

// "Length (seconds):    1.234" and "RMS     amplitude:   0.12" from `sox … -n stat`.
QPair<double, double> soxStat(const QString& wav)
{
    QProcess sox;
    sox.start(QStringLiteral("sox"), {wav, QStringLiteral("-n"), QStringLiteral("stat")});
    sox.waitForFinished(20000);
    const QString out = QString::fromLocal8Bit(sox.readAllStandardError());
    const auto value = [&](const char* label) {
        const auto m = QRegularExpression(QLatin1String(label) + QStringLiteral(":\\s*([0-9.]+)")).match(out);
        return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
    };
    return {value("Length \\(seconds\\)"), value("RMS\\s+amplitude")};
}

// Sends one key as its DTMF frequency pair (200 ms), then 200 ms of
// silence, as 20 ms PCMA packets numbered on from `h`. Returns the samples.
qsizetype sendInbandKey(RtpPeer& phone, quint16 port, RtpHeader& h, double f1, double f2)
{
    std::vector<std::int16_t> audio(3200, 0);
    for (std::size_t i = 0; i < 1600; ++i)
        audio[i] = std::int16_t(
            5000 * (std::sin(2 * M_PI * f1 * double(i) / 8000) + std::sin(2 * M_PI * f2 * double(i) / 8000)));
    for (std::size_t off = 0; off < audio.size(); off += 160) {
        QByteArray payload(160, '\0');
        encode(Codec::Pcma, std::span(audio.data() + off, 160u),
               reinterpret_cast<std::uint8_t*>(payload.data()));
        phone.send(port, h, payload);
        h.sequence++;
        h.timestamp += 160;
    }
    return qsizetype(audio.size());
}
} // namespace

class TestMediaEngine : public QObject
{
    Q_OBJECT
    std::shared_ptr<const PromptSet> m_prompts;

private Q_SLOTS:
    void initTestCase()
    {
        const auto r = PromptSet::load(QStringLiteral(REBOUND_PROMPTS_DIR "/en"), QStringLiteral("en"));
        QVERIFY2(r.set, qPrintable(r.error));
        m_prompts = r.set;
    }

    // A playlist of known length arrives as exactly that many 20 ms packets,
    // one SSRC, consecutive sequence numbers, timestamps 160 apart; then the
    // recording decoded from the packets matches the WAVs in sox's eyes.
    void playbackTimingAndContent()
    {
        OnePhone one(loopbackConfig(m_prompts));
        auto& [engine, ev, phone, s] = one;
        QVERIFY2(s.id, qPrintable(s.error));
        QVERIFY(engine.setRemote(s.id, to(phone)).isEmpty());
        const QStringList sentence{QStringLiteral("you-have"), QStringLiteral("num-42"),
                                   QStringLiteral("dollars")};
        std::size_t samples = 0;
        for (const QString& n : sentence)
            samples += m_prompts->find(n)->samples.size();
        const int expected = int((samples + 159) / 160);
        QElapsedTimer wall;
        wall.start();
        QVERIFY(engine.play(s.id, sentence, false).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ev.finished.size(), 1, 20000);
        const qint64 elapsed = wall.elapsed();
        QCOMPARE(ev.finished[0], qMakePair(s.id, false));
        const auto& got = phone.receive(expected, 5000);
        QCOMPARE(got.size(), expected);
        QVERIFY(got[0].header.marker);
        for (int i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].header.payloadType, 0);
            QCOMPARE(got[i].payload.size(), 160);
            QCOMPARE(got[i].header.ssrc, got[0].header.ssrc);
            QCOMPARE(quint16(got[i].header.sequence - got[0].header.sequence), quint16(i));
            QCOMPARE(got[i].header.timestamp - got[0].header.timestamp, quint32(160 * i));
        }
        // Real time, not a burst: generous bounds for a loaded machine.
        const qint64 durationMs = qint64(samples) / 8;
        QVERIFY2(elapsed >= durationMs * 8 / 10, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed <= durationMs + 10000, qPrintable(QString::number(elapsed)));

        if (QStandardPaths::findExecutable(QStringLiteral("sox")).isEmpty())
            QSKIP("sox is not installed (packaging/install-deps.sh)");
        QTemporaryDir dir;
        const QString recorded = dir.filePath(QStringLiteral("recorded.wav"));
        const QString original = dir.filePath(QStringLiteral("original.wav"));
        for (const auto& [path, fromRtp] : {qMakePair(recorded, true), qMakePair(original, false)}) {
            SF_INFO info{};
            info.samplerate = 8000;
            info.channels = 1;
            info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
            SNDFILE* f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
            QVERIFY(f);
            if (fromRtp) {
                for (const auto& p : got) {
                    std::array<std::int16_t, 160> pcm{};
                    decode(Codec::Pcmu,
                           std::span(reinterpret_cast<const std::uint8_t*>(p.payload.data()), 160u),
                           pcm.data());
                    sf_writef_short(f, pcm.data(), 160);
                }
            } else {
                for (const QString& n : sentence) {
                    const auto& v = m_prompts->find(n)->samples;
                    sf_writef_short(f, v.data(), sf_count_t(v.size()));
                }
            }
            sf_close(f);
        }
        const auto rec = soxStat(recorded);
        const auto orig = soxStat(original);
        qInfo("sox stat: recorded %.3f s RMS %.4f, original %.3f s RMS %.4f", rec.first, rec.second,
              orig.first, orig.second);
        QVERIFY(rec.first > 0 && orig.first > 0);
        QVERIFY(std::abs(rec.first - orig.first) <= 0.021);                // padded to a whole packet at most
        QVERIFY(std::abs(rec.second - orig.second) <= orig.second * 0.05); // G.711 keeps the loudness
    }

    void bargeInAndRfc4733DigitsFromSippPcaps()
    {
        if (!QFile::exists(QStringLiteral(SIPP_PCAP_DIR "/dtmf_2833_1.pcap")))
            QSKIP("sip-tester's pcaps are not installed");
        OnePhone one(loopbackConfig(m_prompts));
        auto& [engine, ev, phone, s] = one;
        engine.setRemote(s.id, to(phone, Codec::Pcmu, 101));
        QVERIFY(engine.play(s.id, {QStringLiteral("enter-destination")}, true).isEmpty());
        engine.collectDigits(s.id, CollectSpec{20, '#', 20000, 20000});
        for (const char* name : {"1", "2", "3", "pound"}) {
            for (const auto& d : test::readPcapUdp(
                     QStringLiteral(SIPP_PCAP_DIR "/dtmf_2833_%1.pcap").arg(QLatin1String(name))))
                phone.sendRaw(s.port, d.payload);
        }
        QTRY_COMPARE_WITH_TIMEOUT(ev.collected.size(), 1, 10000);
        QCOMPARE(ev.collected[0].second.first, QStringLiteral("123"));
        QCOMPARE(ev.collected[0].second.second, CollectReason::Terminator);
        QCOMPARE(ev.digits.size(), 4); // each key once, despite three end packets
        QCOMPARE(ev.finished.size(), 1);
        QCOMPARE(ev.finished[0], qMakePair(s.id, true)); // the first digit barged in
        // The prompt stopped: far fewer packets than its length.
        const int full = int(m_prompts->find(QStringLiteral("enter-destination"))->samples.size() / 160);
        QTest::qWait(300);
        QVERIFY(phone.received().size() < full);
    }

    void inbandDigitsWhenNoTelephoneEvent()
    {
        OnePhone one(loopbackConfig());
        auto& [engine, ev, phone, s] = one;
        engine.setRemote(s.id, to(phone, Codec::Pcma, -1));
        engine.collectDigits(s.id, CollectSpec{2, '#', 20000, 20000});
        // 440 ms of "9" then "8" as the DTMF frequency pairs, PCMA, 20 ms packets.
        const auto tone = [](double f1, double f2, int i) {
            return std::int16_t(5000 *
                                (std::sin(2 * M_PI * f1 * i / 8000) + std::sin(2 * M_PI * f2 * i / 8000)));
        };
        std::vector<std::int16_t> audio;
        for (auto [f1, f2] : {std::pair{852.0, 1477.0}, std::pair{852.0, 1336.0}}) {
            for (int i = 0; i < 1600; ++i)
                audio.push_back(tone(f1, f2, i));
            audio.insert(audio.end(), 1600, std::int16_t{0});
        }
        RtpHeader h{false, 8, 100, 5000, 77};
        for (std::size_t off = 0; off < audio.size(); off += 160) {
            QByteArray payload(160, '\0');
            encode(Codec::Pcma, std::span(audio.data() + off, 160u),
                   reinterpret_cast<std::uint8_t*>(payload.data()));
            phone.send(s.port, h, payload);
            h.sequence++;
            h.timestamp += 160;
        }
        QTRY_COMPARE_WITH_TIMEOUT(ev.collected.size(), 1, 10000);
        QCOMPARE(ev.collected[0].second.first, QStringLiteral("98"));
        QCOMPARE(ev.collected[0].second.second, CollectReason::MaxDigits);
    }

    // With the peer offering no telephone-event, the audio is searched for
    // keys only while one would do something (a collection here): a key
    // pressed while nothing listens is not heard, the next one collected is.
    void inbandDigitsOnlyWhileListening()
    {
        OnePhone one(loopbackConfig());
        auto& [engine, ev, phone, s] = one;
        qsizetype tapped = 0;
        QObject::connect(&engine, &MediaEngine::audioReceived,
                         [&tapped](int, const QByteArray& pcm) { tapped += pcm.size(); });
        engine.setRemote(s.id, to(phone, Codec::Pcma, -1));
        engine.setAudioTap(s.id, true); // says when the engine has read every packet
        RtpHeader h{false, 8, 100, 5000, 77};
        const qsizetype samples = sendInbandKey(phone, s.port, h, 852.0, 1336.0); // "8"
        QTRY_COMPARE_WITH_TIMEOUT(tapped, 2 * samples, 10000);
        engine.collectDigits(s.id, CollectSpec{1, '#', 20000, 20000});
        sendInbandKey(phone, s.port, h, 852.0, 1209.0); // "7"
        QTRY_COMPARE_WITH_TIMEOUT(ev.collected.size(), 1, 10000);
        QCOMPARE(ev.collected[0].second.first, QStringLiteral("7"));
        QCOMPARE(ev.digits, (QList<QPair<int, QChar>>{{s.id, QLatin1Char('7')}}));
    }

    void relayTranscodesAndCounts_data() { test::eachWayOfIo(); }

    // Leg A speaks PCMU, leg B PCMA. B's SDP names a wrong port: the engine
    // must answer where B really sends from (symmetric RTP). RTCP is ignored.
    // The same with either way of sending.
    void relayTranscodesAndCounts()
    {
        QFETCH(bool, batched);
        MediaConfig config = loopbackConfig();
        config.batchedIo = batched;
        TwoPhones phones(config);
        auto& [engine, ev, phoneA, phoneB, a, b] = phones;
        engine.setRemote(a.id, to(phoneA, Codec::Pcmu, 101));
        AudioAgreement wrong = to(phoneB, Codec::Pcma, -1);
        wrong.port = 9; // discard: what a NATed phone's SDP looks like
        engine.setRemote(b.id, wrong);
        engine.bridge(a.id, b.id);

        RtpHeader hb{false, 8, 1, 1000, 0xbbbb};
        phoneB.sendRaw(b.port, QByteArray::fromHex("81c90001deadbeef")); // an RTCP receiver report
        for (int i = 0; i < 30; ++i) {
            phoneB.send(b.port, hb, pattern(160, i));
            hb.sequence++;
            hb.timestamp += 160;
        }
        const auto& atA = phoneA.receive(30, 10000);
        QCOMPARE(atA.size(), 30);
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(atA[i].header.payloadType, 0);
            QByteArray expected(160, '\0');
            const QByteArray in = pattern(160, i);
            transcode(Codec::Pcma, Codec::Pcmu,
                      std::span(reinterpret_cast<const std::uint8_t*>(in.data()), 160u),
                      reinterpret_cast<std::uint8_t*>(expected.data()));
            QCOMPARE(atA[i].payload, expected);
        }

        RtpHeader ha{false, 0, 500, 90000, 0xaaaa};
        for (int i = 0; i < 50; ++i) {
            phoneA.send(a.port, ha, pattern(i % 2 ? 80 : 240, i)); // 10 and 30 ms packets
            ha.sequence++;
            ha.timestamp += i % 2 ? 80 : 240;
        }
        const auto& atB = phoneB.receive(50, 10000);
        QCOMPARE(atB.size(), 50);
        QCOMPARE(atB[0].header.payloadType, 8);
        QCOMPARE(atB[1].payload.size(), 80);
        QCOMPARE(atB[1].header.timestamp - atB[0].header.timestamp, 240u); // the sender's timing kept

        engine.unbridge(b.id);
        QTRY_COMPARE_WITH_TIMEOUT(ev.bridges.size(), 1, 5000);
        const BridgeCounters c = ev.bridges[0];
        QCOMPARE(c.a, a.id);
        QCOMPARE(c.b, b.id);
        QCOMPARE(c.packetsAtoB, 50u);
        QCOMPARE(c.bytesAtoB, 25u * 80 + 25u * 240);
        QCOMPARE(c.packetsBtoA, 30u);
        QCOMPARE(c.bytesBtoA, 30u * 160);
        QCOMPARE(engine.bridgeCounters(a.id)->packetsAtoB, 50u);
    }

    // The phone hears one stream: prompt, then relayed audio, with no break
    // in SSRC or sequence and timestamps that only move forward.
    void promptThenRelayKeepsOneStream()
    {
        TwoPhones phones(loopbackConfig(m_prompts));
        auto& [engine, ev, phoneA, phoneB, a, b] = phones;
        engine.setRemote(a.id, to(phoneA));
        engine.setRemote(b.id, to(phoneB));
        engine.play(a.id, {QStringLiteral("num-1")}, false);
        QTRY_COMPARE_WITH_TIMEOUT(ev.finished.size(), 1, 10000);
        const int promptPackets = int((m_prompts->find(QStringLiteral("num-1"))->samples.size() + 159) / 160);
        QCOMPARE(phoneA.receive(promptPackets, 5000).size(), promptPackets);
        QTest::qWait(100); // some silence between prompt and bridge
        engine.bridge(a.id, b.id);
        RtpHeader hb{false, 0, 7, 123456, 0x1234};
        for (int i = 0; i < 20; ++i) {
            phoneB.send(b.port, hb, pattern(160, i));
            hb.sequence++;
            hb.timestamp += 160;
        }
        const auto& got = phoneA.receive(promptPackets + 20, 10000);
        QCOMPARE(got.size(), promptPackets + 20);
        for (int i = 1; i < got.size(); ++i) {
            QCOMPARE(got[i].header.ssrc, got[0].header.ssrc);
            QCOMPARE(quint16(got[i].header.sequence - got[i - 1].header.sequence), quint16(1));
            const qint32 step = qint32(got[i].header.timestamp - got[i - 1].header.timestamp);
            QVERIFY2(step >= 160, qPrintable(QStringLiteral("packet %1: step %2").arg(i).arg(step)));
        }
        QVERIFY(got[promptPackets].header.marker); // a new talk spurt
        // Back from relay to prompt: still the same line.
        engine.unbridge(a.id);
        engine.play(a.id, {QStringLiteral("num-2")}, false);
        QTRY_COMPARE_WITH_TIMEOUT(ev.finished.size(), 2, 10000);
        const auto& after = phoneA.receive(got.size() + 5, 5000);
        QVERIFY(after.size() > promptPackets + 20);
        const auto& last = after[promptPackets + 20];
        QCOMPARE(last.header.ssrc, got[0].header.ssrc);
        QCOMPARE(quint16(last.header.sequence - after[promptPackets + 19].header.sequence), quint16(1));
        QVERIFY(qint32(last.header.timestamp - after[promptPackets + 19].header.timestamp) >= 160);
    }

    void strangersCannotInjectOrHijackTheStream()
    {
        // A third party who learns the session's port sprays audio and
        // RFC 4733 keys at it, from another address and from another port of
        // the peer's own address: nothing is heard, no key counts, and our
        // stream keeps going to the real peer.
        MediaEngine engine(loopbackConfig());
        Events ev(engine);
        QList<QString> foreign;
        connect(&engine, &MediaEngine::foreignMedia, this,
                [&foreign](int, const QString& source) { foreign.append(source); });
        RtpPeer phone;
        RtpPeer stranger("127.0.0.2");
        const auto s = engine.createSession();
        engine.setRemote(s.id, to(phone));
        engine.playTone(s.id, ToneKind::Ringback);

        // The phone speaks first (from its own port: the latch).
        phone.send(s.port, RtpHeader{false, 0, 1, 160, 7}, pattern(160, 1));
        QVERIFY(phone.receive(5, 5000).size() >= 5);
        RtpPeer samePlaceOtherPort; // 127.0.0.1, but not the latched port
        for (RtpPeer* attacker : {&stranger, &samePlaceOtherPort}) {
            RtpHeader h{false, 101, 100, 8000, 0x5eed};
            for (int i = 0; i < 20; ++i) {
                h.marker = i == 0;
                // Key 9 pressed and released, again and again.
                attacker->send(s.port, h, QByteArray::fromHex(i % 4 == 3 ? "098a0320" : "090a0140"));
                if (i % 4 == 3)
                    h.timestamp += 800;
                h.sequence++;
            }
            attacker->send(s.port, RtpHeader{false, 0, 300, 9000, 0xbad}, pattern(160, 2));
        }
        // Every one of them is counted as foreign: none was taken as ours.
        QTRY_COMPARE_WITH_TIMEOUT(engine.foreignPackets(), quint64(42), 5000);
        QCoreApplication::processEvents();
        QVERIFY(ev.digits.isEmpty());
        QCOMPARE(foreign.size(), 1); // said once per session, counted always
        QVERIFY(foreign.first().startsWith(QStringLiteral("127.0.0.2:")));
        // Nothing was sent to the strangers; the phone still gets the ringback.
        QVERIFY(stranger.receive(1, 200).isEmpty());
        QVERIFY(samePlaceOtherPort.receive(1, 200).isEmpty());
        phone.clear();
        QVERIFY(phone.receive(5, 5000).size() >= 5);
    }

    void mediaBeforeTheAnswerDoesNotLockThePeerOut()
    {
        // A destination that starts sending as it answers: its first packets
        // arrive before the answer's SDP is known and are dropped, but the
        // ones after it are taken (and latch the port it sends from).
        TwoPhones phones(loopbackConfig());
        auto& [engine, ev, phoneA, phoneB, a, b] = phones;
        engine.setRemote(a.id, to(phoneA));
        RtpHeader h{false, 0, 1, 160, 0xb0b};
        sendPackets(phoneB, b.port, h, 3);
        QTRY_COMPARE_WITH_TIMEOUT(engine.foreignPackets(), quint64(3), 5000);
        AudioAgreement answer = to(phoneB);
        answer.port = 9; // the SDP names another port than the one it sends from
        engine.setRemote(b.id, answer);
        engine.bridge(a.id, b.id);
        sendPackets(phoneB, b.port, h, 20);
        QCOMPARE(phoneA.receive(20, 5000).size(), 20);
    }

    void aPeerOnHoldGetsNothingAndNothingIsCounted()
    {
        // Phone A holds (sendonly): nothing of B reaches it, and the bridge
        // counts only what was relayed, so the CDRs show the hold.
        TwoPhones phones(loopbackConfig());
        auto& [engine, ev, phoneA, phoneB, a, b] = phones;
        AudioAgreement held = to(phoneA);
        held.direction = Direction::SendOnly;
        engine.setRemote(a.id, held);
        engine.setRemote(b.id, to(phoneB));
        engine.bridge(a.id, b.id);
        RtpHeader h{false, 0, 1, 160, 0xb0b};
        sendPackets(phoneB, b.port, h, 10);
        QVERIFY(phoneA.receive(1, 1000).isEmpty());
        engine.setRemote(a.id, to(phoneA)); // resumed
        sendPackets(phoneB, b.port, h, 10);
        QCOMPARE(phoneA.receive(10, 5000).size(), 10);
        engine.unbridge(a.id);
        QTRY_COMPARE_WITH_TIMEOUT(ev.bridges.size(), 1, 5000);
        QCOMPARE(ev.bridges[0].packetsBtoA, quint64(10));
    }

    void portsAreTakenAtRandom()
    {
        // Two engines on the same wide range do not hand out the same
        // sequence of ports, and every port is even and inside the range.
        MediaConfig config = loopbackConfig();
        config.portMin = 40000;
        config.portMax = 49999;
        QList<quint16> first;
        QList<quint16> second;
        {
            MediaEngine one(config);
            for (int i = 0; i < 5; ++i)
                first << one.createSession().port;
        }
        {
            MediaEngine two(config);
            for (int i = 0; i < 5; ++i)
                second << two.createSession().port;
        }
        for (quint16 port : first + second) {
            QVERIFY(port >= config.portMin && port <= config.portMax);
            QCOMPARE(port % 2, 0);
        }
        QVERIFY(first != second);
        const QList<quint16> consecutive{first[0], quint16(first[0] + 2), quint16(first[0] + 4),
                                         quint16(first[0] + 6), quint16(first[0] + 8)};
        QVERIFY(first != consecutive);
    }

    void mediaTimeoutFiresOnceAndRearms()
    {
        OnePhone one(loopbackConfig());
        auto& [engine, ev, phone, s] = one;
        engine.setRemote(s.id, to(phone));
        engine.setMediaTimeout(s.id, 1);
        QTRY_COMPARE_WITH_TIMEOUT(ev.timeouts.size(), 1, 8000);
        QTest::qWait(1500);
        QCOMPARE(ev.timeouts.size(), 1); // once, not every tick
        phone.send(s.port, RtpHeader{false, 0, 1, 160, 5}, pattern(160, 0));
        QTRY_COMPARE_WITH_TIMEOUT(ev.timeouts.size(), 2, 8000);
    }

    void firstDigitTimeoutAndRingback()
    {
        OnePhone one(loopbackConfig());
        auto& [engine, ev, phone, s] = one;
        engine.setRemote(s.id, to(phone));
        engine.playTone(s.id, ToneKind::Ringback);
        engine.collectDigits(s.id, CollectSpec{4, '#', 300, 300});
        QTRY_COMPARE_WITH_TIMEOUT(ev.collected.size(), 1, 8000);
        QCOMPARE(ev.collected[0].second.second, CollectReason::FirstDigitTimeout);
        QVERIFY(phone.receive(10, 5000).size() >= 10); // ringback keeps coming
        engine.stop(s.id);
        engine.playTone(s.id, ToneKind::Warning);
        QTRY_COMPARE_WITH_TIMEOUT(ev.finished.size(), 1, 8000); // the warning ends by itself
        engine.destroySession(s.id);
    }

    // A subscriber's language takes its own recordings and English for what
    // it has not got, prompt by prompt; a language never loaded is English.
    void aLanguageTakesItsOwnPromptsAndEnglishForTheRest()
    {
        // The "xx" set has one recording: its "you-have" is the English goodbye.
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("xx"))));
        QVERIFY(QFile::copy(QStringLiteral(REBOUND_PROMPTS_DIR "/en/goodbye.wav"),
                            dir.filePath(QStringLiteral("xx/you-have.wav"))));
        const auto xx = PromptSet::load(dir.filePath(QStringLiteral("xx")), QStringLiteral("xx"));
        QVERIFY2(xx.set, qPrintable(xx.error));
        MediaConfig c = loopbackConfig(m_prompts);
        c.languagePrompts.insert(QStringLiteral("xx"), xx.set);
        MediaEngine engine(c);
        Events ev(engine);
        const QStringList sentence{QStringLiteral("you-have"), QStringLiteral("num-7")};
        const auto packets = [&](const QString& language) {
            RtpPeer phone;
            const auto s = engine.createSession();
            engine.setRemote(s.id, to(phone));
            const int before = int(ev.finished.size());
            const QString error = engine.play(s.id, sentence, false, language);
            if (!error.isEmpty())
                return -1;
            if (!QTest::qWaitFor([&] { return int(ev.finished.size()) > before; }, 20000))
                return -2;
            const int count = int(phone.receive(1000, 300).size());
            engine.destroySession(s.id);
            return count;
        };
        const auto packetsOf = [&](const QString& first) {
            return int((m_prompts->find(first)->samples.size() +
                        m_prompts->find(QStringLiteral("num-7"))->samples.size() + 159) /
                       160);
        };
        QVERIFY(packetsOf(QStringLiteral("goodbye")) != packetsOf(QStringLiteral("you-have")));
        QCOMPARE(packets(QStringLiteral("xx")), packetsOf(QStringLiteral("goodbye")));
        QCOMPARE(packets(QStringLiteral("fr")), packetsOf(QStringLiteral("you-have")));
        QCOMPARE(packets(QString()), packetsOf(QStringLiteral("you-have")));
        const auto s = engine.createSession();
        const QString error =
            engine.play(s.id, {QStringLiteral("no-such-prompt")}, false, QStringLiteral("xx"));
        QVERIFY2(error.contains(QLatin1String("xx")) && error.contains(QLatin1String("en")),
                 qPrintable(error));
    }

    // A phone's side (issue 19's test phones): one session keys digits as
    // RFC 4733 events and sends a quiet tone while idle; the other hears
    // every digit once, in order, and meters the tone; silence meters 0.
    void aPhoneKeysDigitsSendsItsToneAndMetersWhatItHears()
    {
        MediaEngine engine(loopbackConfig());
        Events ev(engine);
        QList<QPair<int, int>> levels;
        connect(&engine, &MediaEngine::audioLevel, this, [&levels](int session, int percent) {
            levels.append({session, percent});
        });
        const auto phone = engine.createSession();
        const auto other = engine.createSession();
        pairSessions(engine, phone, other, 101);
        engine.setLevelMeter(other.id, true);
        engine.setIdleTone(phone.id, 440);
        for (QChar d : QStringLiteral("0044x7#"))
            engine.sendDigit(phone.id, d); // 'x' is no digit: skipped
        QTRY_COMPARE_WITH_TIMEOUT(ev.digits.size(), 6, 10000);
        QString heard;
        for (const auto& [session, digit] : std::as_const(ev.digits)) {
            QCOMPARE(session, other.id);
            heard += digit;
        }
        QCOMPARE(heard, QStringLiteral("00447#"));
        // The tone, about -21 dBFS: a level well above the floor and below full scale.
        QTRY_VERIFY_WITH_TIMEOUT(levels.size() >= 3, 10000);
        const int toneLevel = levels.last().second;
        QVERIFY2(toneLevel > 50 && toneLevel < 80, qPrintable(QString::number(toneLevel)));
        QVERIFY(
            std::all_of(levels.cbegin(), levels.cend(), [&](const auto& l) { return l.first == other.id; }));
        engine.setIdleTone(phone.id, 0);
        QTRY_COMPARE_WITH_TIMEOUT(levels.last().second, 0, 10000);
    }

    // The audio tap (a test phone's loudspeaker): off by default, nothing
    // arrives while the level meter already shows the tone; on, the tone
    // arrives decoded, 100 ms (800 samples of 16-bit PCM) at a time; off
    // again, nothing more.
    void anAudioTapDeliversTheDecodedAudioOnlyWhenOn()
    {
        MediaEngine engine(loopbackConfig());
        QList<QPair<int, QByteArray>> heard;
        int levels = 0;
        connect(&engine, &MediaEngine::audioReceived, this, [&heard](int session, const QByteArray& pcm) {
            heard.append({session, pcm});
        });
        connect(&engine, &MediaEngine::audioLevel, this, [&levels](int, int) { ++levels; });
        const auto phone = engine.createSession();
        const auto other = engine.createSession();
        pairSessions(engine, phone, other);
        engine.setLevelMeter(other.id, true);
        engine.setIdleTone(phone.id, 440);
        QTRY_VERIFY_WITH_TIMEOUT(levels >= 5, 10000);
        QVERIFY(heard.isEmpty());

        engine.setAudioTap(other.id, true);
        QTRY_VERIFY_WITH_TIMEOUT(heard.size() >= 3, 10000);
        for (const auto& [session, pcm] : std::as_const(heard)) {
            QCOMPARE(session, other.id);
            QCOMPARE(pcm.size(), 1600);
        }
        // The last batch: the 440 Hz tone at about 3000 peak, so an RMS near
        // 2100 and 88 sign changes in 100 ms.
        const QByteArray& pcm = heard.last().second;
        double squares = 0;
        int crossings = 0;
        qint16 previous = 0;
        for (int i = 0; i < pcm.size(); i += 2) {
            const auto sample = static_cast<qint16>(quint8(pcm[i]) | (quint8(pcm[i + 1]) << 8));
            squares += double(sample) * sample;
            if (i > 0 && (sample < 0) != (previous < 0))
                ++crossings;
            previous = sample;
        }
        const double rms = std::sqrt(squares / (pcm.size() / 2));
        QVERIFY2(rms > 1500 && rms < 2800, qPrintable(QString::number(rms)));
        QVERIFY2(crossings >= 80 && crossings <= 96, qPrintable(QString::number(crossings)));

        engine.setAudioTap(other.id, false);
        const int levelsThen = levels;
        QTRY_VERIFY_WITH_TIMEOUT(levels >= levelsThen + 5, 10000);
        const auto count = heard.size();
        QTRY_VERIFY_WITH_TIMEOUT(levels >= levelsThen + 10, 10000);
        QCOMPARE(heard.size(), count);
    }

    void portRangeAndUnknownPrompt()
    {
        MediaConfig c = loopbackConfig(m_prompts);
        c.portMin = 31000;
        c.portMax = 31003;
        MediaEngine engine(c);
        const auto one = engine.createSession();
        const auto two = engine.createSession();
        const auto three = engine.createSession();
        QVERIFY2(one.id && two.id, qPrintable(one.error + two.error));
        QCOMPARE(one.port % 2, 0);
        QVERIFY(one.port >= 31000 && two.port <= 31003 && one.port != two.port);
        QVERIFY(!three.id); // only two even ports in the range
        QVERIFY(three.error.contains(QLatin1String("31000")));
        QVERIFY(engine.play(one.id, {QStringLiteral("no-such-prompt")}, false)
                    .contains(QLatin1String("no-such-prompt")));
        engine.destroySession(one.id);
        // The port comes back once the media thread has closed the socket.
        MediaEngine::Created again;
        QElapsedTimer t;
        t.start();
        while (!again.id && t.elapsed() < 5000) {
            QTest::qWait(20);
            again = engine.createSession();
        }
        QCOMPARE(again.port, one.port);
    }
};

QTEST_GUILESS_MAIN(TestMediaEngine)
#include "TestMediaEngine.moc"
