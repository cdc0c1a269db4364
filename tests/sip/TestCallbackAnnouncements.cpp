// What the subscriber is told during a callback, heard end to end: the real
// switch calls a sipp phone whose RTP comes to a socket of ours, and what it
// sends is compared with the prompt WAVs sample by sample. The balance told
// is what the subscriber can spend; "you can talk for …" comes while the
// destination rings; "your call will end in one minute" comes a minute
// before the limit; each can be turned off; a Spanish subscriber hears
// Spanish.
#include "CallbackFlowFixture.h"
#include "core/Languages.h"

using namespace rebound;

namespace {

// What the phone heard, packet after packet in the order they came (loopback
// keeps it), with where each packet starts and when it came.
struct Heard
{
    std::vector<std::int16_t> pcm;
    std::vector<std::size_t> starts;
    std::vector<std::int64_t> atMs;
};

Heard heardBy(const test::PhoneEar& ear)
{
    Heard heard;
    for (const test::PhoneEar::Packet& p : ear.packets()) {
        heard.starts.push_back(heard.pcm.size());
        heard.atMs.push_back(p.atMs);
        heard.pcm.insert(heard.pcm.end(), p.pcm.begin(), p.pcm.end());
    }
    return heard;
}

// Where `expected` is heard best. A playback always starts on a packet of
// its own, so only packet starts are tried. The error energy against the
// signal's: G.711 leaves about -37 dB; another prompt, silence or a tone is
// near 0 dB or above.
struct Match
{
    double decibels = std::numeric_limits<double>::infinity();
    std::int64_t atMs = 0; // when its first packet came
};

Match bestMatch(const Heard& heard, const std::vector<std::int16_t>& expected)
{
    double signal = 0;
    for (const std::int16_t s : expected)
        signal += double(s) * s;
    Match match;
    double best = std::numeric_limits<double>::max();
    for (std::size_t k = 0; k < heard.starts.size(); ++k) {
        const std::size_t offset = heard.starts[k];
        if (offset + expected.size() > heard.pcm.size())
            break;
        double error = 0;
        for (std::size_t i = 0; i < expected.size() && error < best; ++i) {
            const double d = double(heard.pcm[offset + i]) - expected[i];
            error += d * d;
        }
        if (error < best) {
            best = error;
            match.atMs = heard.atMs[k];
        }
    }
    if (signal > 0 && best < std::numeric_limits<double>::max())
        match.decibels = 10 * std::log10(std::max(best, 1.0) / signal);
    return match;
}

} // namespace

class TestCallbackAnnouncements : public test::CallbackFlowFixture
{
    Q_OBJECT

    // The prompts as the switch loads them (PromptSet::loadLanguages).
    media::PromptSet::LanguageSets m_prompts;

    // The samples of a sentence in `language`: each prompt from that
    // language's set, else from English, as the switch plays it. With
    // `ownRecordings`, every prompt must be the language's own.
    void sentenceAudio(const QStringList& names, const QString& language, bool ownRecordings,
                       std::vector<std::int16_t>* audio)
    {
        QVERIFY2(m_prompts.english, qPrintable(m_prompts.error));
        const auto own = m_prompts.others.value(language);
        if (ownRecordings && language != QLatin1String("en"))
            QVERIFY2(own, qPrintable(QStringLiteral("no %1 prompts: %2")
                                         .arg(language, m_prompts.notes.join(QStringLiteral("; ")))));
        for (const QString& name : names) {
            media::PromptPtr prompt = own ? own->find(name) : nullptr;
            if (ownRecordings && language != QLatin1String("en"))
                QVERIFY2(prompt, qPrintable(QStringLiteral("%1 has no %2.wav").arg(language, name)));
            if (!prompt)
                prompt = m_prompts.english->find(name);
            QVERIFY2(prompt, qPrintable(QStringLiteral("no prompt %1").arg(name)));
            audio->insert(audio->end(), prompt->samples.begin(), prompt->samples.end());
        }
    }

    // `sentence` (see sentenceAudio) is in what was heard, at under -25 dB;
    // where it is best heard goes to `match`.
    void sentenceIsHeard(const Heard& heard, const QStringList& sentence, const QString& language,
                         bool ownRecordings, Match* match = nullptr)
    {
        std::vector<std::int16_t> expected;
        sentenceAudio(sentence, language, ownRecordings, &expected);
        const Match best = bestMatch(heard, expected);
        QVERIFY2(best.decibels < -25,
                 qPrintable(QStringLiteral("%1 dB from \"%2\"").arg(best.decibels).arg(sentence.join(u' '))));
        if (match)
            *match = best;
    }

    static std::unique_ptr<media::Speaker> english()
    {
        return media::Speaker::forLanguage(QStringLiteral("en"));
    }

    // Leg A (+44) costs nothing and leg B (+1) 1.00 a minute by the second,
    // so the talk time is the balance in minutes whatever leg A lasts.
    void useMinuteRates()
    {
        store::Rate uk;
        uk.firstIncrement = 1;
        uk.nextIncrement = 1;
        store::Rate us = uk;
        us.perMinute = core::Money::fromMicros(1'000'000);
        useSellRates(uk, us);
    }

    // The SMS callback of +44 7700 900123 to +1 202 555 0147; the phone's
    // audio comes to `ear`; the destination rings `ringMs`, then answers
    // and hangs up after `talkMs` (silent). Waits until the request ends.
    void callback(test::PhoneEar& ear, int ringMs, int talkMs)
    {
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"),
                                       {{QStringLiteral("[media_port]"), QString::number(ear.port())}});
        test::SippGateway legB = destination(QStringLiteral("gateway_ring_silent_hangup.xml"),
                                             {{QStringLiteral("RING_MS"), QString::number(ringMs)},
                                              {QStringLiteral("TALK_MS"), QString::number(talkMs)}});
        // The reply is in the subscriber's language; it names the destination in each.
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147"), QStringLiteral("12025550147")));
        store::CallbackRequest ended;
        newestRequestEnds(&ended, 90'000);
        QVERIFY2(ended.state == RequestState::Completed, qPrintable(m_log.right(3000)));
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());
    }

    int bridgedLimit() const
    {
        const auto match = QRegularExpression(QStringLiteral("bridged, limit (\\d+) s")).match(m_log);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

private Q_SLOTS:
    // Hides the fixture's: sipp, and the prompts loaded once.
    void initTestCase()
    {
        requireSipp();
        m_prompts = media::PromptSet::loadLanguages();
        QVERIFY2(m_prompts.english, qPrintable(m_prompts.error));
    }

    void theBalanceToldIsWhatTheSubscriberCanSpend()
    {
        // 7.25 on the account, 5.00 of credit limit, 2.10 held by another
        // call: 10.15 can be spent. The call's own hold for its IVR is spent
        // on the call itself, so it is not taken off what is told.
        std::int64_t otherHold = 0;
        const core::Money spendable = core::Money::fromMicros(10'150'000);
        {
            auto database = db();
            store::AccountRepository accounts(*database, m_clock);
            auto account = *accounts.findByCode(QStringLiteral("1001"));
            account.creditLimit = core::Money::fromMicros(5'000'000);
            account.maxConcurrentCalls = 2;
            accounts.update(account);
        }
        setBalance(QStringLiteral("1001"), core::Money::fromMicros(7'250'000));
        {
            auto database = db();
            const auto account =
                store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"));
            otherHold = billing::CreditManager(*database, m_clock)
                            .reserveAmount(account->id, QStringLiteral("test: another call"),
                                           core::Money::fromMicros(2'100'000))
                            .id;
            QCOMPARE(billing::CreditManager(*database, m_clock).available(account->id), spendable);
        }
        const QString currency = store::SettingsRepository(*db()).currency();
        test::PhoneEar ear;
        callback(ear, 500, 1000);
        if (QTest::currentTestFailed())
            return;

        const Heard heard = heardBy(ear);
        QStringList told{QStringLiteral("you-have")};
        told += english()->amount(spendable, currency);
        told << QStringLiteral("please-hold");
        sentenceIsHeard(heard, told, QStringLiteral("en"), false);
        // Not the raw balance, nor the balance plus the credit limit.
        for (const core::Money wrong :
             {core::Money::fromMicros(7'250'000), core::Money::fromMicros(12'250'000)}) {
            QStringList other{QStringLiteral("you-have")};
            other += english()->amount(wrong, currency);
            other << QStringLiteral("please-hold");
            std::vector<std::int16_t> notTold;
            sentenceAudio(other, QStringLiteral("en"), false, &notTold);
            QVERIFY(bestMatch(heard, notTold).decibels > -10);
        }
        auto database = db();
        billing::CreditManager(*database, m_clock).release(otherHold);
        QCOMPARE(heldReservations(*database), 0);
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
    }

    void theTimeLeftIsToldWhileTheDestinationRings_data()
    {
        QTest::addColumn<qint64>("balanceMicros");
        QTest::addColumn<int>("maxCallSeconds");
        QTest::addColumn<int>("told"); // seconds; 0: nothing is told
        QTest::newRow("ten minutes and a half") << qint64(10'500'000) << 4 * 3600 << 630;
        QTest::newRow("under a minute") << qint64(450'000) << 4 * 3600 << 27;
        // The credit lasts longer than any call may: the cap is a safety net,
        // not the subscriber's money, and is not announced.
        QTest::newRow("the call-time cap comes first") << qint64(10'500'000) << 600 << 0;
    }

    void theTimeLeftIsToldWhileTheDestinationRings()
    {
        QFETCH(qint64, balanceMicros);
        QFETCH(int, maxCallSeconds);
        QFETCH(int, told);
        useMinuteRates();
        setBalance(QStringLiteral("1001"), core::Money::fromMicros(balanceMicros));
        store::SettingsRepository(*db()).setValue(QStringLiteral("callback.max_call_seconds"),
                                                  QString::number(maxCallSeconds));
        test::PhoneEar ear;
        callback(ear, 4000, 1000);
        if (QTest::currentTestFailed())
            return;

        const QStringList sentence = QStringList{QStringLiteral("you-can-talk-for")} +
                                     english()->duration(told > 0 ? told : maxCallSeconds);
        std::vector<std::int16_t> expected;
        sentenceAudio(sentence, QStringLiteral("en"), false, &expected);
        const Match match = bestMatch(heardBy(ear), expected);
        if (told > 0) {
            QVERIFY2(m_log.contains(QStringLiteral("time left told, %1 s").arg(told)),
                     qPrintable(m_log.right(3000)));
            QVERIFY2(
                match.decibels < -25,
                qPrintable(QStringLiteral("%1 dB from \"%2\"").arg(match.decibels).arg(sentence.join(u' '))));
            // What is told is never more than the limit the call then gets.
            QVERIFY2(bridgedLimit() >= told, qPrintable(m_log.right(3000)));
            // Told before the destination answered, in its ringing.
            const auto legs = newestCallLegs(*db());
            QCOMPARE(legs.size(), 2);
            QVERIFY(match.atMs < *legs[1].answeredAt);
            QVERIFY(match.atMs >= legs[1].invitedAt - 100);
        } else {
            QVERIFY(!m_log.contains(QStringLiteral("time left told")));
            QVERIFY(match.decibels > -10);
            QCOMPARE(bridgedLimit(), maxCallSeconds);
        }
    }

    void oneMinuteBeforeTheLimit_data()
    {
        QTest::addColumn<QString>("timeLeft");
        QTest::addColumn<QString>("minuteLeft");
        QTest::addColumn<int>("warningSeconds");
        QTest::newRow("both on, the words after the tone")
            << QStringLiteral("on") << QStringLiteral("on") << 60;
        QTest::newRow("the tone at 10 s: the words alone at the minute")
            << QStringLiteral("on") << QStringLiteral("on") << 10;
        QTest::newRow("time left off") << QStringLiteral("off") << QStringLiteral("on") << 60;
        QTest::newRow("minute left off") << QStringLiteral("on") << QStringLiteral("off") << 60;
        QTest::newRow("both off") << QStringLiteral("off") << QStringLiteral("off") << 60;
    }

    void oneMinuteBeforeTheLimit()
    {
        // 1.10 buys 66 s of leg B: the minute is left 6 s after the answer.
        // The destination hangs up 10 s after answering.
        QFETCH(QString, timeLeft);
        QFETCH(QString, minuteLeft);
        QFETCH(int, warningSeconds);
        useMinuteRates();
        setBalance(QStringLiteral("1001"), core::Money::fromMicros(1'100'000));
        {
            auto database = db();
            store::SettingsRepository settings(*database);
            settings.setValue(QStringLiteral("callback.announce_time_left"), timeLeft);
            settings.setValue(QStringLiteral("callback.announce_minute_left"), minuteLeft);
            settings.setValue(QStringLiteral("callback.warning_seconds"), QString::number(warningSeconds));
        }
        test::PhoneEar ear;
        callback(ear, 4000, 10'000);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(bridgedLimit(), 66);
        const Heard heard = heardBy(ear);

        const QStringList timeSentence =
            QStringList{QStringLiteral("you-can-talk-for")} + english()->duration(66);
        QCOMPARE(timeSentence.mid(1), (QStringList{QStringLiteral("num-1"), QStringLiteral("minute")}));
        std::vector<std::int16_t> timeAudio;
        sentenceAudio(timeSentence, QStringLiteral("en"), false, &timeAudio);
        const Match timeMatch = bestMatch(heard, timeAudio);
        QCOMPARE(m_log.contains(QStringLiteral("time left told, 66 s")), timeLeft == QLatin1String("on"));
        if (timeLeft == QLatin1String("on"))
            QVERIFY2(timeMatch.decibels < -25, qPrintable(QString::number(timeMatch.decibels)));
        else
            QVERIFY2(timeMatch.decibels > -10, qPrintable(QString::number(timeMatch.decibels)));

        std::vector<std::int16_t> minuteAudio;
        sentenceAudio({QStringLiteral("one-minute-left")}, QStringLiteral("en"), false, &minuteAudio);
        const Match minuteMatch = bestMatch(heard, minuteAudio);
        QCOMPARE(m_log.contains(QStringLiteral("one minute left told")), minuteLeft == QLatin1String("on"));
        // The warning tone sounds whatever the words do, when it is due in the call.
        QCOMPARE(m_log.contains(QStringLiteral("warning tone")), warningSeconds == 60);
        if (minuteLeft == QLatin1String("off")) {
            QVERIFY2(minuteMatch.decibels > -10, qPrintable(QString::number(minuteMatch.decibels)));
            return;
        }
        QVERIFY2(minuteMatch.decibels < -25, qPrintable(QString::number(minuteMatch.decibels)));
        // At the minute: after the tone's 0.8 s when it sounds then too.
        const auto legs = newestCallLegs(*db());
        const std::int64_t minuteAt = *legs[1].answeredAt + 6'000 + (warningSeconds == 60 ? 800 : 0);
        QVERIFY2(
            minuteMatch.atMs >= minuteAt - 100 && minuteMatch.atMs < minuteAt + 700,
            qPrintable(
                QStringLiteral("heard %1 ms after the answer").arg(minuteMatch.atMs - *legs[1].answeredAt)));
    }

    void aSpanishSubscriberHearsTheBalanceAndTimeInSpanish()
    {
        // The account's language is a tag ("es-MX"); the Spanish speaker's
        // sentences, from the Spanish recordings, are what the phone hears:
        // the balance, then the time left while the destination rings.
        const core::Money balance = core::Money::fromMicros(1'010'000); // "un dólar con un centavo"
        {
            auto database = db();
            store::AccountRepository accounts(*database, m_clock);
            auto account = *accounts.findByCode(QStringLiteral("1001"));
            account.language = QStringLiteral("es-MX");
            accounts.update(account);
        }
        setBalance(QStringLiteral("1001"), balance);
        const QString language = core::Languages::orEnglish(QStringLiteral("es-MX"));
        QCOMPARE(language, QStringLiteral("es"));
        const auto speaker = media::Speaker::forLanguage(language);
        QCOMPARE(speaker->language(), language);
        const QString currency = store::SettingsRepository(*db()).currency();
        QStringList told{QStringLiteral("you-have")};
        told += speaker->amount(balance, currency);
        told << QStringLiteral("please-hold");
        std::vector<std::int16_t> expected;
        sentenceAudio(told, language, true, &expected); // the recordings are there before any call

        test::PhoneEar ear;
        callback(ear, 5000, 1000);
        if (QTest::currentTestFailed())
            return;
        const Heard heard = heardBy(ear);
        sentenceIsHeard(heard, told, language, true);
        QVERIFY2(!m_log.contains(QStringLiteral("said in English instead")), qPrintable(m_log.right(3000)));

        // The time left follows the language too: "Puede hablar durante …".
        const auto timeLeft = QRegularExpression(QStringLiteral("time left told, (\\d+) s")).match(m_log);
        QVERIFY2(timeLeft.hasMatch(), qPrintable(m_log.right(3000)));
        const QStringList timeSentence =
            QStringList{QStringLiteral("you-can-talk-for")} + speaker->duration(timeLeft.captured(1).toInt());
        sentenceIsHeard(heard, timeSentence, language, true);
    }
};

QTEST_MAIN(TestCallbackAnnouncements)
#include "TestCallbackAnnouncements.moc"
