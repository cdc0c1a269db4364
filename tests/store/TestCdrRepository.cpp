// calls.state as a typed CallState: a call opens as Open, closes as its one
// stored word and reads back as itself through the CDR repository and the
// business view, and a word this build does not know is an error that names
// the call and the word, never a guess.
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/ReportRepository.h"
#include "store/StoreError.h"
#include "support/Accounts.h"
#include "support/CallStates.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <functional>

using namespace rebound;
using store::CallState;

class TestCdrRepository : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    std::int64_t m_account = 0;
    std::int64_t m_call = 0;

    store::CdrRepository cdrs() const { return store::CdrRepository(*m_t->db, m_t->clock); }

    QString storedWord() const
    {
        QSqlQuery q = m_t->db->run(QStringLiteral("SELECT state FROM calls WHERE id = ?"),
                                   {qlonglong(m_call)}, QStringLiteral("test"));
        return q.next() ? q.value(0).toString() : QString();
    }

    // The calls the business view lists for a result filter ("open", "failed").
    QList<std::int64_t> listed(const QString& result) const
    {
        store::CallFilter filter;
        filter.result = result;
        QList<std::int64_t> ids;
        for (const store::CallRow& row :
             store::ReportRepository(*m_t->db).callPage(filter, store::CallColumn::Id, true, 10))
            ids.append(row.id);
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_account = test::addAccount(*m_t->db, m_t->clock, QStringLiteral("1001"));
        m_call = cdrs().openCall(m_account, std::nullopt);
    }
    void cleanup() { m_t.reset(); }

    void aNewCallIsOpen()
    {
        QCOMPARE(storedWord(), QStringLiteral("open"));
        QCOMPARE(cdrs().call(m_call)->state, CallState::Open);
        QCOMPARE(cdrs().openCalls(), QList<std::int64_t>{m_call});
        QCOMPARE(store::ReportRepository(*m_t->db).callRow(m_call)->state, CallState::Open);
        QCOMPARE(store::ReportRepository(*m_t->db).openCalls(), qint64(1));
        QCOMPARE(listed(QStringLiteral("open")), QList<std::int64_t>{m_call});
        QVERIFY(listed(QStringLiteral("failed")).isEmpty());
    }

    void aCallIsFoundByTheRequestThatOpenedIt()
    {
        store::CallbackRequestRepository requests(*m_t->db, m_t->clock);
        store::CallbackRequest request;
        request.accountId = m_account;
        request.callbackNumber = core::PhoneNumber::fromE164(QStringLiteral("447700900123"));
        const auto first = requests.insert(request);
        const auto second = requests.insert(request);
        const auto waiting = requests.insert(request);
        const auto firstCall = cdrs().openCall(m_account, first);
        // More calls after it than the 50 most recent the test phones once
        // looked through.
        for (int i = 0; i < 60; ++i)
            cdrs().openCall(m_account, std::nullopt);
        const auto secondCall = cdrs().openCall(m_account, second);

        const auto found = cdrs().callOfRequest(first);
        QVERIFY(found);
        QCOMPARE(found->id, firstCall);
        QCOMPARE(found->requestId, std::optional<std::int64_t>(first));
        QCOMPARE(found->state, CallState::Open);
        QCOMPARE(cdrs().callOfRequest(second)->id, secondCall);
        QVERIFY(!cdrs().callOfRequest(waiting)); // its call is not opened yet
        QVERIFY(!cdrs().callOfRequest(waiting + 100));
    }

    void everyEndIsStoredAsItsWord_data()
    {
        QTest::addColumn<CallState>("state");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("failed");
        QTest::newRow("completed") << CallState::Completed << QStringLiteral("completed") << false;
        QTest::newRow("failed") << CallState::Failed << QStringLiteral("failed") << true;
    }

    void everyEndIsStoredAsItsWord()
    {
        QFETCH(CallState, state);
        QFETCH(QString, word);
        QFETCH(bool, failed);
        m_t->clock.advance(1000);
        cdrs().closeCall(m_call, state, QStringLiteral("leg B: 486 Busy Here"));
        QCOMPARE(storedWord(), word);
        QCOMPARE(store::stateWord(state), word);
        QCOMPARE(store::callStateFromString(word), std::optional<CallState>(state));
        QCOMPARE(cdrs().call(m_call)->state, state);
        QCOMPARE(cdrs().recentCalls().first().state, state);
        QVERIFY(cdrs().openCalls().isEmpty());
        const store::ReportRepository reports(*m_t->db);
        QCOMPARE(reports.callRow(m_call)->state, state);
        QCOMPARE(reports.openCalls(), qint64(0));
        QVERIFY(listed(QStringLiteral("open")).isEmpty());
        QCOMPARE(listed(QStringLiteral("failed")),
                 failed ? QList<std::int64_t>{m_call} : QList<std::int64_t>{});
        QCOMPARE(listed(QStringLiteral("leg B: 486 Busy Here")),
                 failed ? QList<std::int64_t>{m_call} : QList<std::int64_t>{});
        QCOMPARE(reports.hangupReasons(),
                 failed ? QStringList{QStringLiteral("leg B: 486 Busy Here")} : QStringList{});
    }

    void everyStateHasItsOwnName()
    {
        const QStringList names{store::displayName(CallState::Open), store::displayName(CallState::Completed),
                                store::displayName(CallState::Failed)};
        QCOMPARE(names, (QStringList{QStringLiteral("In progress"), QStringLiteral("Completed"),
                                     QStringLiteral("Failed")}));
    }

    void anUnknownWordIsAnErrorNotAGuess()
    {
        // Written by something other than this build (another version, a
        // hand edit): every read of the row says which call and which word.
        const QString word = QStringLiteral("ringing");
        QCOMPARE(store::callStateFromString(word), std::nullopt);
        m_t->db->run(QStringLiteral("UPDATE calls SET state = ? WHERE id = ?"), {word, qlonglong(m_call)},
                     QStringLiteral("test"));
        const store::ReportRepository reports(*m_t->db);
        for (const auto& read : {std::function<void()>([this] { cdrs().call(m_call); }),
                                 std::function<void()>([this] { cdrs().recentCalls(); }),
                                 std::function<void()>([&] { reports.callRow(m_call); }),
                                 std::function<void()>([this] { listed({}); })}) {
            try {
                read();
                QFAIL("an unknown word was read as a call's state");
            } catch (const store::StoreError& error) {
                QCOMPARE(error.kind(), store::StoreError::Kind::Invalid);
                QVERIFY2(error.message().contains(QStringLiteral("#%1").arg(m_call)),
                         qPrintable(error.message()));
                QVERIFY2(error.message().contains(QLatin1Char('"') + word + QLatin1Char('"')),
                         qPrintable(error.message()));
                QVERIFY2(error.message().contains(QStringLiteral("Open it with the version that wrote it.")),
                         qPrintable(error.message()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCdrRepository)
#include "TestCdrRepository.moc"
