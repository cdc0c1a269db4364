// Toll fraud by SMS (issue 15): an account code alone gets a stranger
// nothing, not even whether the account exists, and guessing is locked out.
#include "TriggerFixture.h"
#include "accounts/AccountService.h"
#include "callback/Admission.h"
#include "core/PasswordHash.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/SettingsRepository.h"
#include "support/DialPlans.h"
#include "triggers/SmsTrigger.h"

#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <functional>
#include <limits>

using namespace rebound;
using callback::RequestOutcome;

namespace {
const QString Source = QStringLiteral("sip:127.0.0.1:5080");
const QString SubscriberPhone = QStringLiteral("+447700900123"); // demo subscriber 1001's phone
const QString Pin = QStringLiteral("135790");
} // namespace

class TestSmsTrigger : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TriggerFixture> m_t;
    int m_stranger = 0;

    triggers::SmsTrigger::Result sms(const QString& sender, const QString& text)
    {
        return triggers::SmsTrigger(*m_t->db, m_t->clock).handle(sender, text, Source);
    }
    // A phone no account has registered, a new one each time.
    QString stranger() { return QStringLiteral("+336123%1").arg(++m_stranger, 5, 10, QLatin1Char('0')); }

    // Subscriber 1001's PIN becomes Pin.
    void setPin()
    {
        m_t->editAccount(QStringLiteral("1001"), [](auto& f) { f.pin = Pin; });
    }

    // The reply every refused attempt gets.
    QString refusal() { return sms(stranger(), QStringLiteral("999999 +12025550147")).reply; }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TriggerFixture>(); // 1001 has $25 and phone +447700900123
        setPin();
    }
    void cleanup() { m_t.reset(); }

    void aStrangerWithAKnownCodeRingsNobody()
    {
        // The attack: the account code and a destination, from any phone,
        // with or without the subscriber's own number written in.
        for (const QString& text :
             {QStringLiteral("1001 +19005550199"), QStringLiteral("1001 +447700900123 +19005550199"),
              QStringLiteral("1001 +19005550199 +447700900123")}) {
            const auto r = sms(stranger(), text);
            QVERIFY2(!r.outcome.created(), qPrintable(text));
            QVERIFY2(r.reply.contains(QStringLiteral("not registered")), qPrintable(r.reply));
        }
        QVERIFY(m_t->requests().isEmpty());
        const auto audit = store::AuditLog(*m_t->db, m_t->clock).recent().first();
        QCOMPARE(audit.action, QStringLiteral("sms.refused"));
        QCOMPARE(audit.objectId, QStringLiteral("1001"));
    }

    void anUnknownCodeAndTheWrongPhoneOrPinGetTheSameReply()
    {
        const QString expected = refusal();
        const QStringList texts{
            QStringLiteral("1001 +12025550147"),            // known code, wrong phone
            QStringLiteral("1002 +12025550147"),            // another known code
            QStringLiteral("7777 +12025550147"),            // unknown code
            QStringLiteral("1001 PIN 000000 +12025550147"), // wrong PIN
            QStringLiteral("1002 PIN 135790 +12025550147"), // an account without a PIN
            QStringLiteral("7777 PIN 135790 +12025550147"), // unknown code with a PIN
            QStringLiteral("BALANCE 1001"),
            QStringLiteral("BALANCE 7777"),
            QStringLiteral("BALANCE 1001 PIN 000000"),
            QStringLiteral("BALANCE 7777 PIN 135790"),
        };
        for (const QString& text : texts) {
            const auto r = sms(stranger(), text);
            QCOMPARE(r.reply, expected);
            QVERIFY(!r.outcome.created());
        }
        // Someone else's registered phone learns nothing about 1001 either.
        QCOMPARE(sms(QStringLiteral("+12025550147"), QStringLiteral("1001 +33612345678")).reply, expected);
        QVERIFY(m_t->requests().isEmpty());
        for (const auto& entry : store::AuditLog(*m_t->db, m_t->clock).recent())
            QVERIFY2(!entry.details.contains(Pin) && !entry.details.contains(QStringLiteral("000000")),
                     qPrintable(entry.details));
    }

    void aPinIsHashedWhetherOrNotTheAccountExists()
    {
        // The same work for an unknown code as for a known one with the
        // wrong PIN: both check a hash of production strength. Each time is
        // the quickest of three, so a busy machine can only make it longer.
        core::PasswordHash::setDefaultIterationsForTesting(150'000);
        setPin();
        const QString pinHash =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"))->pinHash;
        QElapsedTimer timer;
        const auto quickest = [&](const std::function<void()>& work) {
            qint64 best = std::numeric_limits<qint64>::max();
            for (int i = 0; i < 3; ++i) {
                timer.start();
                work();
                best = std::min(best, timer.elapsed());
            }
            return best;
        };
        const auto attempt = [&](const QString& text) { return quickest([&] { sms(stranger(), text); }); };
        const qint64 hash = quickest([&] { core::PasswordHash::verify(QStringLiteral("1"), pinHash); });
        sms(stranger(), QStringLiteral("7777 PIN 000000 +12025550147")); // makes the decoy hash once
        const qint64 unknown = attempt(QStringLiteral("7777 PIN 000000 +12025550147"));
        const qint64 wrongPin = attempt(QStringLiteral("1001 PIN 000000 +12025550147"));
        const qint64 noPinSet = attempt(QStringLiteral("1002 PIN 000000 +12025550147"));
        core::PasswordHash::setDefaultIterationsForTesting(1000);
        const QString times = QStringLiteral("hash %1 ms; unknown %2, wrong PIN %3, no PIN set %4")
                                  .arg(hash)
                                  .arg(unknown)
                                  .arg(wrongPin)
                                  .arg(noPinSet);
        QVERIFY2(hash >= 10, qPrintable(times)); // long enough to tell apart from the rest
        QVERIFY2(unknown >= hash / 2 && wrongPin >= hash / 2 && noPinSet >= hash / 2, qPrintable(times));
        QVERIFY(m_t->requests().isEmpty());
    }

    void thePinWorksFromAnyPhone()
    {
        const QString phone = stranger();
        auto r = sms(phone, QStringLiteral("1001 PIN 135790 %1 +12025550147").arg(phone));
        QVERIFY2(r.outcome.created(), qPrintable(r.reply));
        auto request = store::CallbackRequestRepository(*m_t->db, m_t->clock).find(r.outcome.requestId);
        QCOMPARE(request->callbackNumber.toPlus(), phone);
        QCOMPARE(request->destination.digits(), QStringLiteral("12025550147"));
        // With the destination only, the stored phone is called back.
        r = sms(stranger(), QStringLiteral("1001 pin 135790 +12025550148"));
        QVERIFY2(r.outcome.created(), qPrintable(r.reply));
        request = store::CallbackRequestRepository(*m_t->db, m_t->clock).find(r.outcome.requestId);
        QCOMPARE(request->callbackNumber.toPlus(), SubscriberPhone);
        QCOMPARE(sms(stranger(), QStringLiteral("BALANCE 1001 PIN 135790")).reply,
                 QStringLiteral("Account 1001: balance $25.00."));
    }

    void theRegisteredPhoneNeedsNoPin()
    {
        auto r = sms(SubscriberPhone, QStringLiteral("1001 +12025550147"));
        QVERIFY2(r.outcome.created(), qPrintable(r.reply));
        QCOMPARE(sms(SubscriberPhone, QStringLiteral("BALANCE 1001")).reply,
                 QStringLiteral("Account 1001: balance $25.00."));
        QCOMPARE(sms(SubscriberPhone, QStringLiteral("BALANCE")).reply,
                 QStringLiteral("Account 1001: balance $25.00."));
        // The same phone written nationally by the gateway.
        test::useUkDialPlan(*m_t->db);
        r = sms(QStringLiteral("07700900123"), QStringLiteral("1001 +447700900124 +12025550148"));
        QVERIFY2(r.outcome.created(), qPrintable(r.reply));
    }

    void failuresAreLockedOutPerSender()
    {
        // Five codes tried from one phone: the sixth attempt, whatever the
        // code, is locked out, and says so the same way for every code.
        const QString phone = stranger();
        for (int i = 0; i < 5; ++i)
            QVERIFY(sms(phone, QStringLiteral("100%1 +12025550147").arg(i + 2))
                        .reply.contains(QStringLiteral("not registered")));
        const QString locked = sms(phone, QStringLiteral("1001 +12025550147")).reply;
        QVERIFY2(locked.contains(QStringLiteral("Too many failed attempts")), qPrintable(locked));
        QVERIFY(locked.contains(QStringLiteral("30 minute")));
        QCOMPARE(sms(phone, QStringLiteral("7777 +12025550147")).reply, locked);
        // Even the right PIN waits: the sender is locked.
        QCOMPARE(sms(phone, QStringLiteral("1001 PIN 135790 +12025550147")).reply, locked);
        QVERIFY(m_t->requests().isEmpty());
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().action, QStringLiteral("sms.locked"));
        // Other phones, and the subscriber's own, are not affected.
        QVERIFY(sms(stranger(), QStringLiteral("1001 PIN 135790 +12025550147")).outcome.created());
        QVERIFY(sms(SubscriberPhone, QStringLiteral("1001 +447700900124 +12025550148")).outcome.created());
        // The lock ends.
        m_t->finishRequests(30 * 60'000);
        QVERIFY(sms(phone, QStringLiteral("1001 PIN 135790 +447700900125 +12025550149")).outcome.created());
    }

    void pinGuessesAreLockedOutPerAccountCode()
    {
        // Guesses from many phones (a gateway that lets senders be forged)
        // lock the code, for a known code and an unknown one alike.
        QStringList known;
        QStringList unknown;
        for (int i = 0; i < 6; ++i) {
            known << sms(stranger(), QStringLiteral("1001 PIN 00000%1 +12025550147").arg(i)).reply;
            unknown << sms(stranger(), QStringLiteral("7777 PIN 00000%1 +12025550147").arg(i)).reply;
        }
        QCOMPARE(known, unknown);
        QVERIFY2(known.last().contains(QStringLiteral("Too many failed attempts")), qPrintable(known.last()));
        // Now even the right PIN waits, from a fresh phone ...
        QVERIFY(sms(stranger(), QStringLiteral("1001 PIN 135790 +12025550147"))
                    .reply.contains(QStringLiteral("Too many failed attempts")));
        // ... but the subscriber's own phone still works.
        QVERIFY(sms(SubscriberPhone, QStringLiteral("1001 +12025550147")).outcome.created());
    }

    void theLockOutFollowsTheSettings()
    {
        store::SettingsRepository settings(*m_t->db);
        settings.setValue(QStringLiteral("sms.max_failures"), QStringLiteral("2"));
        settings.setValue(QStringLiteral("sms.lockout_minutes"), QStringLiteral("5"));
        const QString phone = stranger();
        sms(phone, QStringLiteral("1002 +12025550147"));
        sms(phone, QStringLiteral("1003 +12025550147"));
        QVERIFY(sms(phone, QStringLiteral("1001 PIN 135790 +12025550147"))
                    .reply.contains(QStringLiteral("5 minute")));
        m_t->clock.advance(5 * 60'000);
        QVERIFY(sms(phone, QStringLiteral("1001 PIN 135790 +12025550147")).outcome.created());
    }

    void aRemovedPhoneLosesItsSmsRights()
    {
        // 1001 moves to a new phone; the old one stays registered until removed.
        const auto account = m_t->editAccount(
            QStringLiteral("1001"), [](auto& f) { f.callbackNumber = QStringLiteral("+447700900999"); });
        auto r = sms(SubscriberPhone, QStringLiteral("1001 +12025550147"));
        QVERIFY2(r.outcome.created(), qPrintable(r.reply));
        QCOMPARE(sms(SubscriberPhone, QStringLiteral("BALANCE")).reply,
                 QStringLiteral("Account 1001: balance $25.00."));

        accounts::AccountService(*m_t->db, m_t->clock)
            .removeRegisteredPhone(account.id, SubscriberPhone, QStringLiteral("test"));
        m_t->finishRequests();
        r = sms(SubscriberPhone, QStringLiteral("1001 +12025550148"));
        QVERIFY(!r.outcome.created());
        QCOMPARE(r.reply, refusal());
        QCOMPARE(sms(SubscriberPhone, QStringLiteral("BALANCE")).reply,
                 QStringLiteral("This phone is not registered to an account."));
        QVERIFY(sms(SubscriberPhone, QStringLiteral("RECHARGE 123456789012"))
                    .reply.contains(QStringLiteral("not registered")));
        // With the PIN it is any phone again; the new phone needs none.
        QVERIFY(sms(SubscriberPhone, QStringLiteral("1001 PIN 135790 +12025550149")).outcome.created());
        m_t->finishRequests();
        QVERIFY(sms(QStringLiteral("+447700900999"), QStringLiteral("1001 +12025550150")).outcome.created());
    }

    void rechargeStillNeedsARegisteredPhone()
    {
        QVERIFY(sms(stranger(), QStringLiteral("RECHARGE 123456789012"))
                    .reply.contains(QStringLiteral("not registered")));
    }
};

QTEST_GUILESS_MAIN(TestSmsTrigger)
#include "TestSmsTrigger.moc"
