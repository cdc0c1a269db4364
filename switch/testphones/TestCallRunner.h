#pragma once

#include "core/Clock.h"
#include "store/TriggerKind.h"
#include "testphones/TestPhones.h"

#include <QCoreApplication>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

namespace rebound {
class Switch;
}
namespace rebound::store {
class Database;
enum class RequestState;
} // namespace rebound::store

namespace rebound::testphones {

// What a test call needs, checked before any phone rings.
struct TestCallPlan
{
    store::TriggerKind kind = store::TriggerKind::Did; // Did, Sms, Web or Api
    qint64 accountId = 0;
    QString accountCode;
    QString callback;    // E.164 digits: phone A's number, the account's callback number
    QString destination; // E.164 digits: phone B's number
    QString did;         // E.164 digits, for a DID trigger
    QString
        keys; // what A keys in the IVR after a DID trigger: the destination dialled internationally, then #
    QString smsText; // for an SMS trigger
};

// The test carrier's name, and the checks of a test call (console and CLI
// alike): the subscriber, its callback number, the destination, a DID.
class TestCalls
{
    Q_DECLARE_TR_FUNCTIONS(TestCalls)

public:
    static QString carrierName();
    // Empty *error: the plan; else why not. `kind` is the word a person
    // typed or a button sent: did, sms, web or api.
    static TestCallPlan plan(const store::Database& db, const core::Clock& clock, const QString& kind,
                             const QString& accountCode, const QString& destination, QString* error);
    // The same for a kind the caller already has (Did, Sms, Web or Api).
    static TestCallPlan plan(const store::Database& db, const core::Clock& clock, store::TriggerKind kind,
                             const QString& accountCode, const QString& destination, QString* error);
    // Points the test carrier at the phones (enabled while they run).
    static void pointCarrier(const store::Database& db, const core::Clock& clock, const TestPhones& phones);
    // Why the switch took no callback from the DID call it turned away:
    // the reason it audited for the subscriber's DID trigger at or after
    // `sinceMs` (a request less than a minute ago, too little credit...),
    // or nothing when it took one. The 486 goes out only after the trigger's
    // commit, so when phone A hears it the audit row is there to read.
    static std::optional<QString> didRefusal(const store::Database& db, const core::Clock& clock,
                                             const QString& accountCode, std::int64_t sinceMs);
    // The call record of a request, its legs, price, cost and profit, and
    // the subscriber's balance, in lines for people; empty when there is no record.
    static QStringList record(const store::Database& db, const core::Clock& clock, qint64 requestId,
                              const QLocale& locale = QLocale::c());
};

// Runs one whole test callback with the test phones, answering and keying
// as a subscriber would, and reports each step: `rebound-switch try`.
class TestCallRunner : public QObject
{
    Q_OBJECT

public:
    // The switch must be running; the phones started.
    TestCallRunner(Switch& theSwitch, TestPhones& phones, const store::Database& db, const core::Clock& clock,
                   QObject* parent = nullptr);

    // switchHost:switchPort: where the switch takes SIP. talkSeconds: how
    // long A and B stay connected before A hangs up.
    void run(const TestCallPlan& plan, const QString& switchHost, int switchPort, int talkSeconds);

Q_SIGNALS:
    void step(const QString& line);
    // ok: the callback completed and was billed.
    void finished(bool ok);

private:
    void fail(const QString& why);
    void onState(qint64 requestId, store::RequestState state);
    void finish(bool ok);

    Switch& m_switch;
    TestPhones& m_phones;
    const store::Database& m_db;
    const core::Clock& m_clock;
    TestCallPlan m_plan;
    std::int64_t m_startedMs = 0; // when the trigger went out
    int m_talkSeconds = 0;
    qint64 m_requestId = 0;
    bool m_keyed = false;
    bool m_done = false;
    QTimer m_talk;
};

} // namespace rebound::testphones
