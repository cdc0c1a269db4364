#include "store/AccountRepository.h"
#include "store/LedgerRepository.h"
#include "store/StoreError.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace rebound;
using store::Account;
using store::AccountRepository;
using store::StoreError;

namespace {
Account sample(const QString& code)
{
    Account a;
    a.accountCode = code;
    a.name = QStringLiteral("Test ") + code;
    a.memberId = QStringLiteral("m") + code;
    a.passwordHash = QStringLiteral("hash");
    a.language = QStringLiteral("es");
    a.creditLimit = core::Money::fromCents(250);
    a.maxConcurrentCalls = 3;
    a.callbackNumber = core::PhoneNumber::fromE164(QStringLiteral("447700900123"));
    return a;
}
} // namespace

class TestAccountRepository : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<AccountRepository> m_repo;

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_repo = std::make_unique<AccountRepository>(*m_t->db, m_t->clock);
    }
    void cleanup()
    {
        m_repo.reset();
        m_t.reset();
    }

    void insertAndReadBack()
    {
        const auto id = m_repo->insert(sample(QStringLiteral("1001")));
        QVERIFY(id > 0);
        const auto a = m_repo->findById(id);
        QVERIFY(a);
        QCOMPARE(a->accountCode, QStringLiteral("1001"));
        QCOMPARE(a->memberId, QStringLiteral("m1001"));
        QCOMPARE(a->language, QStringLiteral("es"));
        QCOMPARE(a->creditLimit, core::Money::fromCents(250));
        QCOMPARE(a->maxConcurrentCalls, 3);
        QCOMPARE(a->callbackNumber.digits(), QStringLiteral("447700900123"));
        QCOMPARE(a->balance, core::Money());
        QCOMPARE(a->createdAt, m_t->clock.nowMs());
        QCOMPARE(m_repo->findByCode(QStringLiteral("1001"))->id, id);
        QCOMPARE(m_repo->findByMemberId(QStringLiteral("m1001"))->id, id);
        QVERIFY(!m_repo->findByCode(QStringLiteral("9999")));
    }

    void listIsSortedByCode()
    {
        for (const char* code : {"300", "100", "200"})
            m_repo->insert(sample(QString::fromLatin1(code)));
        const auto all = m_repo->list();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].accountCode, QStringLiteral("100"));
        QCOMPARE(all[2].accountCode, QStringLiteral("300"));
        QCOMPARE(m_repo->count(), 3);
    }

    void updateChangesFieldsButNotTheBalance()
    {
        const auto id = m_repo->insert(sample(QStringLiteral("1001")));
        {
            store::Database::Transaction tx(*m_t->db);
            store::LedgerRepository(*m_t->db, m_t->clock)
                .append(id, core::Money::fromCents(500), store::LedgerReason::TopUp, {}, {});
            tx.commit();
        }
        Account a = *m_repo->findById(id);
        a.name = QStringLiteral("Renamed");
        a.balance = core::Money::fromCents(99999); // must be ignored
        a.callbackNumber = core::PhoneNumber::fromE164(QStringLiteral("12025550147"));
        a.status = store::AccountStatus::Suspended;
        m_t->clock.advance(1000);
        m_repo->update(a);
        const Account b = *m_repo->findById(id);
        QCOMPARE(b.name, QStringLiteral("Renamed"));
        QCOMPARE(b.balance, core::Money::fromCents(500));
        QCOMPARE(b.callbackNumber.digits(), QStringLiteral("12025550147"));
        QVERIFY(b.status == store::AccountStatus::Suspended);
        QCOMPARE(b.updatedAt, m_t->clock.nowMs());
    }

    // A second account may share neither the code nor the member id of the
    // first: the error names the column and the value, and nothing is added.
    void duplicatesAreReportedClearly_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("memberId");
        QTest::addColumn<QStringList>("named");
        QTest::newRow("account code")
            << QStringLiteral("1001") << QStringLiteral("other")
            << QStringList{QStringLiteral("accounts.account_code"), QStringLiteral("1001")};
        QTest::newRow("member id") << QStringLiteral("1002") << QStringLiteral("m1001")
                                   << QStringList{QStringLiteral("member_id")};
    }
    void duplicatesAreReportedClearly()
    {
        QFETCH(QString, code);
        QFETCH(QString, memberId);
        QFETCH(QStringList, named);
        m_repo->insert(sample(QStringLiteral("1001")));
        Account dup = sample(code);
        dup.memberId = memberId;
        try {
            m_repo->insert(dup);
            QFAIL("duplicate accepted");
        } catch (const StoreError& error) {
            QVERIFY(error.kind() == StoreError::Kind::Duplicate);
            for (const QString& word : named)
                QVERIFY2(error.message().contains(word), qPrintable(error.message()));
        }
        QCOMPARE(m_repo->count(), 1);
    }

    void checkConstraintViolation()
    {
        Account bad = sample(QStringLiteral("1001"));
        bad.creditLimit = core::Money::fromCents(-1);
        try {
            m_repo->insert(bad);
            QFAIL("negative credit limit accepted");
        } catch (const StoreError& error) {
            QVERIFY(error.kind() == StoreError::Kind::Invalid);
        }
    }

    void removeDeletesCallbackNumbersToo()
    {
        const auto id = m_repo->insert(sample(QStringLiteral("1001")));
        m_repo->remove(id);
        QVERIFY(!m_repo->findById(id));
        QSqlQuery q =
            m_t->db->run(QStringLiteral("SELECT count(*) FROM callback_numbers"), {}, QStringLiteral("t"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void removeRefusedWhileLedgerHistoryExists()
    {
        const auto id = m_repo->insert(sample(QStringLiteral("1001")));
        {
            store::Database::Transaction tx(*m_t->db);
            store::LedgerRepository(*m_t->db, m_t->clock)
                .append(id, core::Money::fromCents(1), store::LedgerReason::TopUp, {}, {});
            tx.commit();
        }
        try {
            m_repo->remove(id);
            QFAIL("account with ledger rows deleted");
        } catch (const StoreError& error) {
            QVERIFY(error.kind() == StoreError::Kind::InUse);
        }
        QVERIFY(m_repo->findById(id));
    }

    void missingRowsAreNotFound()
    {
        Account ghost = sample(QStringLiteral("1001"));
        ghost.id = 42;
        try {
            m_repo->update(ghost);
            QFAIL("update of a missing row succeeded");
        } catch (const StoreError& error) {
            QVERIFY(error.kind() == StoreError::Kind::NotFound);
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, m_repo->remove(42));
    }

    void hostileTextIsStoredLiterally()
    {
        Account a = sample(QStringLiteral("1001"));
        a.name = QStringLiteral("Robert'); DROP TABLE accounts;--");
        const auto id = m_repo->insert(a);
        QCOMPARE(m_repo->findById(id)->name, a.name);
        QCOMPARE(m_repo->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "TestAccountRepository.moc"
