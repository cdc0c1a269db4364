#include "accounts/AccountService.h"
#include "core/PasswordHash.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/LedgerRepository.h"
#include "store/StoreError.h"
#include "support/DialPlans.h"
#include "support/ServiceFixture.h"

#include <QTest>

using namespace rebound;
using accounts::AccountForm;
using accounts::AccountService;
using accounts::ValidationError;

namespace {
AccountForm validForm()
{
    AccountForm f;
    f.accountCode = QStringLiteral("1001");
    f.name = QStringLiteral("Amira");
    f.memberId = QStringLiteral("amira");
    f.password = QStringLiteral("s3cret-pass");
    f.callbackNumber = QStringLiteral("+44 (0)7700 900-123");
    f.creditLimit = QStringLiteral("2.50");
    f.maxConcurrentCalls = QStringLiteral("2");
    return f;
}
} // namespace

class TestAccountService : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::ServiceFixture<AccountService>> m_t;

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::ServiceFixture<AccountService>>();
        test::useUkDialPlan(*m_t->db);
    }
    void cleanup() { m_t.reset(); }

    void addNormalisesHashesAndAudits()
    {
        const auto a = m_t->service.add(validForm(), QStringLiteral("tester"));
        QCOMPARE(a.accountCode, QStringLiteral("1001"));
        QCOMPARE(a.callbackNumber.digits(), QStringLiteral("447700900123"));
        QCOMPARE(a.creditLimit, core::Money::fromCents(250));
        QVERIFY(core::PasswordHash::verify(QStringLiteral("s3cret-pass"), a.passwordHash));
        QVERIFY(!a.passwordHash.contains(QStringLiteral("s3cret")));
        const auto audit = store::AuditLog(*m_t->db, m_t->clock).recent();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("account.add"));
        QCOMPARE(audit.first().actor, QStringLiteral("tester"));
        QCOMPARE(audit.first().objectId, QStringLiteral("1001"));
    }

    void everyBadFieldIsReported_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("empty code") << accounts::field::AccountCode << QString() << QStringLiteral("Enter");
        QTest::newRow("letters in code")
            << accounts::field::AccountCode << QStringLiteral("12a4") << QStringLiteral("digits");
        QTest::newRow("short code") << accounts::field::AccountCode << QStringLiteral("12")
                                    << QStringLiteral("3 to 12");
        QTest::newRow("bad member id")
            << accounts::field::MemberId << QStringLiteral("a b") << QStringLiteral("member id");
        QTest::newRow("short password")
            << accounts::field::Password << QStringLiteral("short") << QStringLiteral("at least 8");
        QTest::newRow("bad number") << accounts::field::CallbackNumber << QStringLiteral("07700 abc")
                                    << QStringLiteral("Callback number");
        QTest::newRow("bad language")
            << accounts::field::Language << QStringLiteral("english") << QStringLiteral("language code");
        QTest::newRow("bad credit") << accounts::field::CreditLimit << QStringLiteral("lots")
                                    << QStringLiteral("Credit limit");
        QTest::newRow("negative credit")
            << accounts::field::CreditLimit << QStringLiteral("-1") << QStringLiteral("negative");
        QTest::newRow("too many calls")
            << accounts::field::MaxCalls << QStringLiteral("101") << QStringLiteral("0 to 100");
        QTest::newRow("bad status") << accounts::field::Status << QStringLiteral("gone")
                                    << QStringLiteral("active, suspended or closed");
    }
    void everyBadFieldIsReported()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedText);
        AccountForm f = validForm();
        QHash<QString, QString*> slots{{accounts::field::AccountCode, &f.accountCode},
                                       {accounts::field::MemberId, &f.memberId},
                                       {accounts::field::Password, &f.password},
                                       {accounts::field::CallbackNumber, &f.callbackNumber},
                                       {accounts::field::Language, &f.language},
                                       {accounts::field::CreditLimit, &f.creditLimit},
                                       {accounts::field::MaxCalls, &f.maxConcurrentCalls},
                                       {accounts::field::Status, &f.status}};
        *slots.value(field) = value;
        try {
            m_t->service.add(f, QStringLiteral("t"));
            QFAIL("invalid form accepted");
        } catch (const ValidationError& error) {
            QCOMPARE(test::fieldNames(error.errors()), QStringList{field});
            QVERIFY2(error.message().contains(expectedText, Qt::CaseInsensitive),
                     qPrintable(error.message()));
        }
        QCOMPARE(store::AccountRepository(*m_t->db, m_t->clock).count(), 0);
        QVERIFY(store::AuditLog(*m_t->db, m_t->clock).recent().isEmpty());
    }

    void memberIdNeedsAPassword()
    {
        AccountForm f = validForm();
        f.password.clear();
        QCOMPARE(test::fieldNames(m_t->service.validate(f)), QStringList{accounts::field::Password});
        f.memberId.clear();
        QVERIFY(m_t->service.validate(f).isEmpty());
    }

    void duplicatesAreFieldErrors()
    {
        m_t->service.add(validForm(), QStringLiteral("t"));
        const auto errors = m_t->service.validate(validForm());
        QCOMPARE(test::fieldNames(errors),
                 (QStringList{accounts::field::AccountCode, accounts::field::MemberId}));
        QVERIFY(errors.first().message.contains(QStringLiteral("already used")));
    }

    void updateKeepsPasswordWhenLeftEmpty()
    {
        const auto a = m_t->service.add(validForm(), QStringLiteral("t"));
        AccountForm f = m_t->service.formFor(a);
        QVERIFY(f.password.isEmpty());
        QVERIFY(m_t->service.validate(f, a.id).isEmpty()); // its own code is not "taken"
        f.name = QStringLiteral("Amira H.");
        f.creditLimit = QStringLiteral("10");
        const auto b = m_t->service.update(a.id, f, QStringLiteral("t"));
        QCOMPARE(b.name, QStringLiteral("Amira H."));
        QCOMPARE(b.passwordHash, a.passwordHash);
        QCOMPARE(b.creditLimit, core::Money::fromUnits(10));
        const auto audit = store::AuditLog(*m_t->db, m_t->clock).recent();
        QCOMPARE(audit.first().action, QStringLiteral("account.update"));
        QVERIFY(audit.first().details.contains(QStringLiteral("credit limit 2.50 -> 10.00")));
    }

    void auditNeverContainsThePassword()
    {
        const auto a = m_t->service.add(validForm(), QStringLiteral("t"));
        AccountForm f = m_t->service.formFor(a);
        f.password = QStringLiteral("brand-new-secret");
        m_t->service.update(a.id, f, QStringLiteral("t"));
        for (const auto& entry : store::AuditLog(*m_t->db, m_t->clock).recent())
            QVERIFY(!entry.details.contains(QStringLiteral("brand-new-secret")));
        QVERIFY(core::PasswordHash::verify(
            QStringLiteral("brand-new-secret"),
            store::AccountRepository(*m_t->db, m_t->clock).findById(a.id)->passwordHash));
    }

    void localeDecimalCommaIsAccepted()
    {
        AccountForm f = validForm();
        f.locale = QLocale(QLocale::German, QLocale::Germany);
        f.creditLimit = QStringLiteral("1.234,50");
        QCOMPARE(m_t->service.add(f, QStringLiteral("t")).creditLimit, core::Money::fromCents(123450));
    }

    void removeWithHistoryExplainsWhatToDo()
    {
        const auto a = m_t->service.add(validForm(), QStringLiteral("t"));
        {
            store::Database::Transaction tx(*m_t->db);
            store::LedgerRepository(*m_t->db, m_t->clock)
                .append(a.id, core::Money::fromCents(100), store::LedgerReason::TopUp, {}, {});
            tx.commit();
        }
        try {
            m_t->service.remove(a.id, QStringLiteral("t"));
            QFAIL("deleted an account with history");
        } catch (const store::StoreError& error) {
            QVERIFY(error.kind() == store::StoreError::Kind::InUse);
            QVERIFY(error.message().contains(QStringLiteral("Closed")));
        }
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().action,
                 QStringLiteral("account.add"));
    }

    void removeWithoutHistory()
    {
        const auto a = m_t->service.add(validForm(), QStringLiteral("t"));
        m_t->service.remove(a.id, QStringLiteral("t"));
        QCOMPARE(store::AccountRepository(*m_t->db, m_t->clock).count(), 0);
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().action,
                 QStringLiteral("account.delete"));
    }

    void thePinIsHashedKeptAndRemoved()
    {
        AccountForm f = validForm();
        f.pin = QStringLiteral("135790");
        const auto a = m_t->service.add(f, QStringLiteral("t"));
        QVERIFY(core::PasswordHash::verify(QStringLiteral("135790"), a.pinHash));
        // Left empty on edit, it is kept.
        f = m_t->service.formFor(a);
        QVERIFY(f.pin.isEmpty());
        f.name = QStringLiteral("Amira H.");
        QCOMPARE(m_t->service.update(a.id, f, QStringLiteral("t")).pinHash, a.pinHash);
        f.pin = QStringLiteral("246801");
        const auto changed = m_t->service.update(a.id, f, QStringLiteral("t"));
        QVERIFY(core::PasswordHash::verify(QStringLiteral("246801"), changed.pinHash));
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().details,
                 QStringLiteral("PIN changed"));
        f.pin.clear();
        f.removePin = true;
        QVERIFY(m_t->service.update(a.id, f, QStringLiteral("t")).pinHash.isEmpty());
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().details,
                 QStringLiteral("PIN removed"));
        for (const auto& entry : store::AuditLog(*m_t->db, m_t->clock).recent())
            QVERIFY(!entry.details.contains(QStringLiteral("135790")) &&
                    !entry.details.contains(QStringLiteral("246801")));
    }

    void everyCallbackNumberStaysARegisteredPhone()
    {
        const auto a = m_t->service.add(validForm(), QStringLiteral("t")); // +447700900123
        AccountForm f = m_t->service.formFor(a);
        m_t->clock.advance(1000);
        f.callbackNumber = QStringLiteral("07700 900456"); // the UK dial plan
        QCOMPARE(m_t->service.update(a.id, f, QStringLiteral("t")).callbackNumber.toPlus(),
                 QStringLiteral("+447700900456"));
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().details,
                 QStringLiteral("callback number +447700900123 -> +447700900456"));
        auto phones = m_t->service.registeredPhones(a.id);
        QCOMPARE(phones.size(), 2);
        QCOMPARE(phones.at(0).number.toPlus(), QStringLiteral("+447700900456"));
        QVERIFY(phones.at(0).isCallbackNumber);
        QCOMPARE(phones.at(1).number.toPlus(), QStringLiteral("+447700900123"));
        QVERIFY(!phones.at(1).isCallbackNumber);
        QCOMPARE(phones.at(1).registeredAt, a.createdAt);

        // Cleared, the callback number is really gone (the account used to
        // show the newest old one); the phones stay registered.
        f.callbackNumber.clear();
        QVERIFY(m_t->service.update(a.id, f, QStringLiteral("t")).callbackNumber.isEmpty());
        QVERIFY(store::AccountRepository(*m_t->db, m_t->clock).findById(a.id)->callbackNumber.isEmpty());
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().details,
                 QStringLiteral("callback number +447700900456 -> (none)"));
        phones = m_t->service.registeredPhones(a.id);
        QCOMPARE(phones.size(), 2);
        QVERIFY(!phones.at(0).isCallbackNumber && !phones.at(1).isCallbackNumber);
        // Set again, an old number is the callback number once more.
        f.callbackNumber = QStringLiteral("+447700900123");
        QCOMPARE(m_t->service.update(a.id, f, QStringLiteral("t")).callbackNumber.toPlus(),
                 QStringLiteral("+447700900123"));
        QCOMPARE(m_t->service.registeredPhones(a.id).size(), 2);
    }

    void removingARegisteredPhone()
    {
        AccountForm f = validForm();
        const auto a = m_t->service.add(f, QStringLiteral("t"));
        f = m_t->service.formFor(a);
        f.callbackNumber = QStringLiteral("+447700900456");
        m_t->service.update(a.id, f, QStringLiteral("t"));
        store::AccountRepository accounts(*m_t->db, m_t->clock);

        // The callback number itself: refused, saying what to do.
        try {
            m_t->service.removeRegisteredPhone(a.id, QStringLiteral("07700 900456"), QStringLiteral("cli"));
            QFAIL("the callback number was removed");
        } catch (const store::StoreError& error) {
            QVERIFY(error.kind() == store::StoreError::Kind::InUse);
            QVERIFY2(error.message().contains(QStringLiteral("change or clear the callback number")),
                     qPrintable(error.message()));
        }
        // A number that is not registered, or not a number.
        for (const QString& phone : {QStringLiteral("+447700900789"), QStringLiteral("hello")}) {
            try {
                m_t->service.removeRegisteredPhone(a.id, phone, QStringLiteral("cli"));
                QFAIL("an unknown phone was removed");
            } catch (const store::StoreError& error) {
                QVERIFY(error.kind() == store::StoreError::Kind::NotFound);
                QCOMPARE(error.message(),
                         QStringLiteral("%1 is not a registered phone of subscriber 1001.").arg(phone));
            }
        }
        QCOMPARE(m_t->service.registeredPhones(a.id).size(), 2);

        // An old one, however it is written: gone, and audited.
        QCOMPARE(
            m_t->service.removeRegisteredPhone(a.id, QStringLiteral("07700 900123"), QStringLiteral("cli"))
                .toPlus(),
            QStringLiteral("+447700900123"));
        QVERIFY(
            !accounts.hasCallbackNumber(a.id, core::PhoneNumber::fromE164(QStringLiteral("447700900123"))));
        QVERIFY(!accounts.findByCallbackNumber(core::PhoneNumber::fromE164(QStringLiteral("447700900123"))));
        QCOMPARE(m_t->service.registeredPhones(a.id).size(), 1);
        QCOMPARE(accounts.findById(a.id)->callbackNumber.toPlus(), QStringLiteral("+447700900456"));
        const auto audit = store::AuditLog(*m_t->db, m_t->clock).recent().first();
        QCOMPARE(audit.action, QStringLiteral("account.phone_remove"));
        QCOMPARE(audit.actor, QStringLiteral("cli"));
        QCOMPARE(audit.objectId, QStringLiteral("1001"));
        QVERIFY2(audit.details.contains(QStringLiteral("+447700900123")), qPrintable(audit.details));
    }

    void theFormRemovesPhonesWithTheRestOfTheEdit()
    {
        AccountForm f = validForm();
        const auto a = m_t->service.add(f, QStringLiteral("t"));
        f = m_t->service.formFor(a);
        f.password.clear();

        // Not while the form keeps it as the callback number.
        f.removePhones = {QStringLiteral("+447700900123")};
        QCOMPARE(test::fieldNames(m_t->service.validate(f, a.id)),
                 QStringList{accounts::field::RegisteredPhones});
        QVERIFY_THROWS_EXCEPTION(ValidationError, m_t->service.update(a.id, f, QStringLiteral("t")));
        QCOMPARE(m_t->service.registeredPhones(a.id).size(), 1);
        // A new subscriber has none to remove.
        AccountForm fresh = validForm();
        fresh.accountCode = QStringLiteral("1002");
        fresh.memberId.clear();
        fresh.removePhones = {QStringLiteral("+447700900123")};
        QCOMPARE(test::fieldNames(m_t->service.validate(fresh)),
                 QStringList{accounts::field::RegisteredPhones});

        // Cleared and removed in one save: one transaction, two audit rows.
        f.callbackNumber.clear();
        const auto saved = m_t->service.update(a.id, f, QStringLiteral("console"));
        QVERIFY(saved.callbackNumber.isEmpty());
        QVERIFY(m_t->service.registeredPhones(a.id).isEmpty());
        const auto audit = store::AuditLog(*m_t->db, m_t->clock).recent();
        QCOMPARE(audit.at(0).action, QStringLiteral("account.update"));
        QCOMPARE(audit.at(1).action, QStringLiteral("account.phone_remove"));
    }

    void aPinIsSixToTwelveDigits_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("removePin");
        QTest::newRow("too short") << "12345" << false;
        QTest::newRow("too long") << "1234567890123" << false;
        QTest::newRow("letters") << "12345a" << false;
        QTest::newRow("the account code") << "100100" << false;
        QTest::newRow("set and remove") << "135790" << true;
    }
    void aPinIsSixToTwelveDigits()
    {
        QFETCH(QString, pin);
        QFETCH(bool, removePin);
        AccountForm f = validForm();
        f.accountCode = QStringLiteral("100100");
        f.pin = pin;
        f.removePin = removePin;
        QCOMPARE(test::fieldNames(m_t->service.validate(f)), QStringList{accounts::field::Pin});
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "TestAccountService.moc"
