// The built-in test phones' user agent on its own (issue 19): two instances
// on loopback call and text each other, as the switch and the phones do.
// A number neither phone has gets 404, a phone in a call gets 486, an
// answered call carries the caller's tone to the callee, and either
// side's hang-up leaves both idle.
#include "media/MediaEngine.h"
#include "testphones/TestPhones.h"

#include <QSignalSpy>
#include <QTest>
#include <cstdlib>

using namespace rebound;
using testphones::TestPhones;
using Phone = TestPhones::Phone;
using State = TestPhones::State;

class TestTestPhones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        caller = std::make_unique<TestPhones>();
        callee = std::make_unique<TestPhones>();
        caller->start();
        callee->start();
        QVERIFY(caller->port() > 0 && callee->port() > 0 && caller->port() != callee->port());
        caller->setNumber(Phone::A, QStringLiteral("+447700900123"));
        callee->setNumber(Phone::A, QStringLiteral("447700900999"));
        callee->setNumber(Phone::B, QStringLiteral("+12025550147"));
    }
    void cleanup()
    {
        caller.reset();
        callee.reset();
    }

    void unknownNumberIsNotFound()
    {
        QSignalSpy failed(caller.get(), &TestPhones::callFailed);
        caller->call(Phone::A, QStringLiteral("33140000000"), callee->host(), callee->port());
        QCOMPARE(caller->state(Phone::A), State::Calling);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10'000);
        QCOMPARE(failed.first().at(1).toInt(), 404);
        QCOMPARE(caller->state(Phone::A), State::Idle);
        QCOMPARE(callee->state(Phone::B), State::Idle);
    }

    void answeredCallCarriesToneThenEnds()
    {
        QList<QPair<int, int>> levels; // phone, percent, at the callee
        connect(callee.get(), &TestPhones::level, this, [&levels](Phone phone, int percent) {
            levels.append({int(phone), percent});
        });
        caller->call(Phone::A, QStringLiteral("+12025550147"), callee->host(), callee->port());
        QTRY_COMPARE_WITH_TIMEOUT(callee->state(Phone::B), State::Ringing, 10'000);
        QCOMPARE(callee->peer(Phone::B), QStringLiteral("+447700900123")); // the caller ID

        // Busy while ringing: a second call to the same phone gets 486.
        TestPhones third;
        third.start();
        third.setNumber(Phone::A, QStringLiteral("15550001111"));
        QSignalSpy busy(&third, &TestPhones::callFailed);
        third.call(Phone::A, QStringLiteral("12025550147"), callee->host(), callee->port());
        QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 1, 10'000);
        QCOMPARE(busy.first().at(1).toInt(), 486);

        callee->answer(Phone::B);
        QCOMPARE(callee->state(Phone::B), State::Talking);
        QTRY_COMPARE_WITH_TIMEOUT(caller->state(Phone::A), State::Talking, 10'000);
        // The callee hears the caller's 660 Hz tone.
        QTRY_VERIFY_WITH_TIMEOUT(!levels.isEmpty() && levels.last().second > 50, 10'000);
        QCOMPARE(levels.last().first, int(Phone::B));

        // Either side's hang-up ends the call for both.
        callee->hangup(Phone::B);
        QTRY_COMPARE_WITH_TIMEOUT(caller->state(Phone::A), State::Idle, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(callee->state(Phone::B), State::Idle, 10'000);
    }

    // The console's loudspeaker: a listening phone relays what it hears (the
    // other phone's tone, as PCM); a phone that is not listening relays
    // nothing, and one that stops listening mid-call stops relaying.
    void aListeningPhoneRelaysWhatItHears()
    {
        QList<QPair<int, QByteArray>> calleeAudio;
        int calleeLevels = 0;
        connect(callee.get(), &TestPhones::audio, this, [&calleeAudio](Phone phone, const QByteArray& pcm) {
            calleeAudio.append({int(phone), pcm});
        });
        connect(callee.get(), &TestPhones::level, this, [&calleeLevels](Phone, int) { ++calleeLevels; });
        QSignalSpy callerAudio(caller.get(), &TestPhones::audio);
        QVERIFY(!callee->listening(Phone::B));
        callee->setListening(Phone::B, true);
        QVERIFY(callee->listening(Phone::B));
        callee->setAutoAnswer(Phone::B, true);
        caller->call(Phone::A, QStringLiteral("+12025550147"), callee->host(), callee->port());
        QTRY_VERIFY_WITH_TIMEOUT(calleeAudio.size() >= 3, 10'000);
        for (const auto& [phone, pcm] : std::as_const(calleeAudio)) {
            QCOMPARE(phone, int(Phone::B));
            QCOMPARE(pcm.size(), 1600); // 100 ms of 8 kHz 16-bit
        }
        const QByteArray& pcm = calleeAudio.last().second;
        int loud = 0;
        for (int i = 0; i < pcm.size(); i += 2)
            if (std::abs(static_cast<qint16>(quint8(pcm[i]) | (quint8(pcm[i + 1]) << 8))) > 1000)
                ++loud;
        QVERIFY2(loud > 200, qPrintable(QString::number(loud))); // the 660 Hz tone, not silence
        QCOMPARE(callerAudio.count(), 0); // hears B's 440 Hz tone, but is not listening

        callee->setListening(Phone::B, false);
        const int levelsThen = calleeLevels;
        QTRY_VERIFY_WITH_TIMEOUT(calleeLevels >= levelsThen + 5, 10'000);
        const auto count = calleeAudio.size();
        QTRY_VERIFY_WITH_TIMEOUT(calleeLevels >= levelsThen + 10, 10'000);
        QCOMPARE(calleeAudio.size(), count);
        QCOMPARE(callerAudio.count(), 0);
        caller->hangup(Phone::A);
        QTRY_COMPARE_WITH_TIMEOUT(callee->state(Phone::B), State::Idle, 10'000);
    }

    void autoAnswerAndRefusalWhileRinging()
    {
        callee->setAutoAnswer(Phone::A, true);
        caller->call(Phone::A, QStringLiteral("447700900999"), callee->host(), callee->port());
        QTRY_COMPARE_WITH_TIMEOUT(callee->state(Phone::A), State::Talking, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(caller->state(Phone::A), State::Talking, 10'000);
        caller->hangup(Phone::A);
        QTRY_COMPARE_WITH_TIMEOUT(callee->state(Phone::A), State::Idle, 10'000);

        // Hang up while ringing: the caller hears 486 Busy Here.
        callee->setAutoAnswer(Phone::A, false);
        QSignalSpy failed(caller.get(), &TestPhones::callFailed);
        QTRY_COMPARE_WITH_TIMEOUT(caller->state(Phone::A), State::Idle, 10'000);
        caller->call(Phone::A, QStringLiteral("447700900999"), callee->host(), callee->port());
        QTRY_COMPARE_WITH_TIMEOUT(callee->state(Phone::A), State::Ringing, 10'000);
        callee->hangup(Phone::A);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10'000);
        QCOMPARE(failed.first().at(1).toInt(), 486);
        QTRY_COMPARE_WITH_TIMEOUT(callee->state(Phone::A), State::Idle, 10'000);
    }

    void textsArriveAtTheNumberTheyAreFor()
    {
        QSignalSpy sent(caller.get(), &TestPhones::smsSent);
        QSignalSpy received(callee.get(), &TestPhones::smsReceived);
        // As the switch replies: to the phone's number at the phones' address.
        caller->sendSms(Phone::A, QStringLiteral("BALANCE"), callee->host(), callee->port());
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 10'000);
        QCOMPARE(sent.first().at(1).toInt(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10'000);
        QCOMPARE(received.first().at(1).toString(), QStringLiteral("+447700900123"));
        QCOMPARE(received.first().at(2).toString(), QStringLiteral("BALANCE"));
    }

private:
    std::unique_ptr<TestPhones> caller;
    std::unique_ptr<TestPhones> callee;
};

QTEST_GUILESS_MAIN(TestTestPhones)
#include "TestTestPhones.moc"
