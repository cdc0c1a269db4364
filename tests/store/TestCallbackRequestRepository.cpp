// callback_requests.state as a typed RequestState: every state is written as
// its one word and read back as itself, a final state closes the request,
// and a word this build does not know is an error, never a guess.
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "support/Accounts.h"
#include "support/RequestStates.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <functional>

using namespace rebound;
using store::RequestState;

class TestCallbackRequestRepository : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    std::int64_t m_request = 0;
    std::int64_t m_account = 0;
    const core::PhoneNumber Phone = core::PhoneNumber::fromE164(QStringLiteral("447700900123"));

    store::CallbackRequestRepository requests() const
    {
        return store::CallbackRequestRepository(*m_t->db, m_t->clock);
    }

    QString storedWord() const
    {
        QSqlQuery q = m_t->db->run(QStringLiteral("SELECT state FROM callback_requests WHERE id = ?"),
                                   {qlonglong(m_request)}, QStringLiteral("test"));
        return q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        store::CallbackRequest request;
        m_account = test::addAccount(*m_t->db, m_t->clock, QStringLiteral("1001"));
        request.accountId = m_account;
        request.callbackNumber = Phone;
        m_request = requests().insert(request);
    }
    void cleanup() { m_t.reset(); }

    void aNewRequestIsRequested()
    {
        QCOMPARE(storedWord(), QStringLiteral("requested"));
        QCOMPARE(requests().find(m_request)->state, RequestState::Requested);
        QVERIFY(!requests().find(m_request)->isFinished());
    }

    void everyStateIsStoredAsItsWord_data()
    {
        QTest::addColumn<RequestState>("state");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("final");
        QTest::newRow("requested") << RequestState::Requested << QStringLiteral("requested") << false;
        QTest::newRow("dialing_a") << RequestState::DialingA << QStringLiteral("dialing_a") << false;
        QTest::newRow("ivr") << RequestState::Ivr << QStringLiteral("ivr") << false;
        QTest::newRow("dialing_b") << RequestState::DialingB << QStringLiteral("dialing_b") << false;
        QTest::newRow("bridged") << RequestState::Bridged << QStringLiteral("bridged") << false;
        QTest::newRow("completed") << RequestState::Completed << QStringLiteral("completed") << true;
        QTest::newRow("failed") << RequestState::Failed << QStringLiteral("failed") << true;
    }

    void everyStateIsStoredAsItsWord()
    {
        QFETCH(RequestState, state);
        QFETCH(QString, word);
        QFETCH(bool, final);
        m_t->clock.advance(1000);
        requests().setState(m_request, state);
        QCOMPARE(storedWord(), word);
        QCOMPARE(store::stateWord(state), word);
        QCOMPARE(store::requestStateFromString(word), std::optional<RequestState>(state));
        const auto read = requests().find(m_request);
        QCOMPARE(read->state, state);
        QCOMPARE(read->isFinished(), final);
        QCOMPARE(read->finishedAt.has_value(), final);
        QCOMPARE(requests().unfinishedCount(), final ? 0 : 1);
    }

    void anUnknownWordIsAnErrorNotAGuess_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("word");
        QTest::newRow("state") << "state"
                               << "ringing";
        QTest::newRow("trigger") << "trigger"
                                 << "fax";
    }

    void anUnknownWordIsAnErrorNotAGuess()
    {
        QFETCH(QString, column);
        QFETCH(QString, word);
        // Written by something other than this build (another version, a
        // hand edit, past the schema's CHECK): reading it says which request
        // and which word.
        QCOMPARE(store::requestStateFromString(word), std::nullopt);
        QCOMPARE(store::triggerKindFromString(word), std::nullopt);
        m_t->db->run(QStringLiteral("PRAGMA ignore_check_constraints = ON"), {}, QStringLiteral("test"));
        m_t->db->run(QStringLiteral("UPDATE callback_requests SET %1 = ? WHERE id = ?").arg(column),
                     {word, qlonglong(m_request)}, QStringLiteral("test"));
        QList<std::function<void()>> reads{[this] { requests().find(m_request); },
                                           [this] { requests().recent(); }};
        if (column == QStringLiteral("state")) // what anti-repeat reads of a request
            reads.append([this] { requests().latestFor(m_account, Phone); });
        for (const auto& read : std::as_const(reads)) {
            try {
                read();
                QFAIL("an unknown word was read as a state or a trigger");
            } catch (const store::StoreError& error) {
                QCOMPARE(error.kind(), store::StoreError::Kind::Invalid);
                QVERIFY2(error.message().contains(QStringLiteral("#%1").arg(m_request)),
                         qPrintable(error.message()));
                QVERIFY2(error.message().contains(QLatin1Char('"') + word + QLatin1Char('"')),
                         qPrintable(error.message()));
                QVERIFY2(error.message().contains(QStringLiteral("Open it with the version that wrote it.")),
                         qPrintable(error.message()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCallbackRequestRepository)
#include "TestCallbackRequestRepository.moc"
