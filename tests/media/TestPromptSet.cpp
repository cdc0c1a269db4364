#include "media/PromptSet.h"
#include "media/Speaker.h"

#include <QTemporaryDir>
#include <QTest>
#include <limits>
#include <sndfile.h>
#include <vector>

using namespace rebound;
using namespace rebound::media;
using core::Money;

namespace {
void writeWav(const QString& path, int rate, int channels, int format = SF_FORMAT_WAV | SF_FORMAT_PCM_16)
{
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = channels;
    info.format = format;
    SNDFILE* f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    QVERIFY(f);
    std::vector<short> samples(static_cast<std::size_t>(rate * channels / 10), 1000); // 100 ms
    sf_writef_short(f, samples.data(), rate / 10);
    sf_close(f);
}

QString sourceFolder(const QString& language = QStringLiteral("en"))
{
    return QStringLiteral(REBOUND_PROMPTS_DIR "/") + language;
}

const QStringList Languages{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};

// Everything a speaker can say: numbers 0-2000 and big ones, every currency
// it names and a few it does not, in several sizes, and talk times.
QStringList everythingSaid(const Speaker& speaker)
{
    QStringList said;
    for (qint64 n = -1; n <= 2000; ++n)
        said += speaker.number(n);
    for (qint64 n : {21'000LL, 80'080LL, 99'999LL, 100'000LL, 101'101LL, 200'000LL, 999'999LL, 1'000'000LL,
                     1'000'001LL, 2'000'000LL, 21'021'021LL, 80'000'000LL, 200'200'200LL, 1'000'000'000LL,
                     2'000'000'000LL, 1'000'000'000'000LL, 2'000'000'000'000LL,
                     std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()})
        said += speaker.number(n);
    QStringList currencies = speaker.namedCurrencies();
    currencies << QStringLiteral("XYZ") << QStringLiteral("BHD") << QStringLiteral("ISK")
               << QStringLiteral("CLF") << QString();
    for (const QString& code : currencies) {
        for (qint64 whole : {0LL, 1LL, 2LL, 21LL, 71LL, 80LL, 81LL, 100LL, 101LL, 200LL, 201LL, 1000LL,
                             21'000LL, 200'000LL, 1'000'000LL, 2'000'000LL, 1'500'000LL, 1'000'000'000LL}) {
            for (qint64 micros : {0LL, 1'000LL, 10'000LL, 21'000LL, 210'000LL, 800'000LL, 999'999LL}) {
                const Money m = Money::fromMicros(whole * Money::MicrosPerUnit + micros);
                said += speaker.amount(m, code);
                said += speaker.amount(-m, code);
            }
        }
        said += speaker.amount(Money::fromMicros(std::numeric_limits<qint64>::min()), code);
    }
    for (int seconds = 0; seconds <= 7200; ++seconds)
        said += speaker.duration(seconds);
    said.removeDuplicates();
    return said;
}
} // namespace

class TestPromptSet : public QObject
{
    Q_OBJECT
    std::shared_ptr<const PromptSet> m_set;

private Q_SLOTS:
    void initTestCase()
    {
        const auto r = PromptSet::load(sourceFolder(), QStringLiteral("en"));
        QVERIFY2(r.set, qPrintable(r.error));
        m_set = r.set;
    }

    void theIvrPromptsAreAllThere()
    {
        for (const char* name : {"enter-destination", "you-have", "dollars", "cents", "and", "please-hold",
                                 "number-not-valid", "balance-too-low", "one-minute-left", "goodbye",
                                 "hundred", "thousand", "million", "euros", "pounds", "pence"}) {
            QVERIFY2(m_set->contains(QLatin1String(name)), name);
        }
        for (int n = 0; n < 100; ++n)
            QVERIFY(m_set->contains(QStringLiteral("num-%1").arg(n)));
        const PromptPtr p = m_set->find(QStringLiteral("enter-destination"));
        QVERIFY(p->durationMs() > 1500 && p->durationMs() < 8000);
        QCOMPARE(PromptSet::defaultFolder(QStringLiteral("en")), sourceFolder());
    }

    void everythingTheSpeakerSaysExists_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : Languages)
            QTest::newRow(qPrintable(language)) << language;
    }
    void everythingTheSpeakerSaysExists()
    {
        QFETCH(QString, language);
        const auto r = PromptSet::load(sourceFolder(language), language);
        QVERIFY2(r.set, qPrintable(r.error));
        const auto speaker = Speaker::forLanguage(language);
        QCOMPARE(speaker->language(), language);
        const QStringList said = everythingSaid(*speaker);
        QVERIFY(said.size() > 150);
        for (const QString& name : said)
            QVERIFY2(r.set->contains(name), qPrintable(language + QStringLiteral(": ") + name));
    }

    // A call in Spanish or French plays the same prompt names as one in
    // English (enter-destination, goodbye …): each set has them all, spoken
    // in its language, and is found where the switch looks.
    void everyLanguageHasTheEnglishPrompts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void everyLanguageHasTheEnglishPrompts()
    {
        QFETCH(QString, language);
        QCOMPARE(PromptSet::defaultFolder(language), sourceFolder(language));
        const auto r = PromptSet::load(sourceFolder(language), language);
        QVERIFY2(r.set, qPrintable(r.error));
        for (const QString& name : m_set->names()) {
            QVERIFY2(r.set->contains(name), qPrintable(language + QStringLiteral(": ") + name));
            // The same words take about as long in any language, so a
            // prompt cut short or spelled out letter by letter shows.
            const int english = m_set->find(name)->durationMs();
            const int other = r.set->find(name)->durationMs();
            QVERIFY2(other > 150 && other < 3 * english + 600,
                     qPrintable(QStringLiteral("%1 %2: %3 ms, English %4 ms")
                                    .arg(language, name)
                                    .arg(other)
                                    .arg(english)));
        }
    }

    void englishNumbers()
    {
        EnglishSpeaker en;
        const auto words = [&](qint64 n) { return en.number(n).join(QLatin1Char(' ')); };
        QCOMPARE(words(0), QStringLiteral("num-0"));
        QCOMPARE(words(42), QStringLiteral("num-42"));
        QCOMPARE(words(100), QStringLiteral("num-1 hundred"));
        QCOMPARE(words(105), QStringLiteral("num-1 hundred num-5"));
        QCOMPARE(words(1234), QStringLiteral("num-1 thousand num-2 hundred num-34"));
        QCOMPARE(words(20'000), QStringLiteral("num-20 thousand"));
        QCOMPARE(words(1'000'001), QStringLiteral("num-1 million num-1"));
        QCOMPARE(words(-3), QStringLiteral("minus num-3"));
    }

    void englishAmounts()
    {
        EnglishSpeaker en;
        const auto say = [&](Money m, const char* c) {
            return en.amount(m, QLatin1String(c)).join(QLatin1Char(' '));
        };
        QCOMPARE(say(Money::fromUnits(5), "USD"), QStringLiteral("num-5 dollars and num-0 cents"));
        QCOMPARE(say(Money::fromCents(101), "USD"), QStringLiteral("num-1 dollar and num-1 cent"));
        // Truncated, never rounded up: $5.999999 is not six dollars.
        QCOMPARE(say(Money::fromMicros(5'999'999), "USD"), QStringLiteral("num-5 dollars and num-99 cents"));
        QCOMPARE(say(Money::fromCents(250), "GBP"), QStringLiteral("num-2 pounds and num-50 pence"));
        QCOMPARE(say(Money::fromCents(-1), "EUR"), QStringLiteral("minus num-0 euros and num-1 cent"));
        QCOMPARE(say(Money::fromCents(150), "XYZ"), QStringLiteral("num-1 unit num-50"));
        QCOMPARE(en.duration(61).join(QLatin1Char(' ')), QStringLiteral("num-1 minute"));
        QCOMPARE(en.duration(30).join(QLatin1Char(' ')), QStringLiteral("num-30 seconds"));
    }

    void wrongFormatsAreRefusedByName_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("format");
        QTest::newRow("16 kHz") << 16000 << 1 << (SF_FORMAT_WAV | SF_FORMAT_PCM_16);
        QTest::newRow("stereo") << 8000 << 2 << (SF_FORMAT_WAV | SF_FORMAT_PCM_16);
        QTest::newRow("u-law WAV") << 8000 << 1 << (SF_FORMAT_WAV | SF_FORMAT_ULAW);
        QTest::newRow("AIFF") << 8000 << 1 << (SF_FORMAT_AIFF | SF_FORMAT_PCM_16);
    }
    void wrongFormatsAreRefusedByName()
    {
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(int, format);
        QTemporaryDir dir;
        writeWav(dir.filePath(QStringLiteral("good.wav")), 8000, 1);
        writeWav(dir.filePath(QStringLiteral("bad.wav")), rate, channels, format);
        const auto r = PromptSet::load(dir.path(), QStringLiteral("en"));
        QVERIFY(!r.set);
        QVERIFY2(r.error.contains(QLatin1String("bad.wav")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("8000 Hz mono")), qPrintable(r.error));
    }

    void goodFolderAndMissingFolder()
    {
        QTemporaryDir dir;
        writeWav(dir.filePath(QStringLiteral("beep.wav")), 8000, 1);
        const auto r = PromptSet::load(dir.path(), QStringLiteral("xx"));
        QVERIFY(r.set);
        QCOMPARE(r.set->find(QStringLiteral("beep"))->samples.size(), 800u);
        QVERIFY(!PromptSet::load(dir.filePath(QStringLiteral("nope")), QStringLiteral("xx")).set);
        const auto notWav = PromptSet::loadFile(dir.filePath(QStringLiteral("nope.wav")));
        QVERIFY(!notWav.prompt);
        QVERIFY(notWav.error.contains(QLatin1String("nope.wav")));
    }
};

QTEST_GUILESS_MAIN(TestPromptSet)
#include "TestPromptSet.moc"
