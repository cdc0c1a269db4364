#pragma once

#include "billing/RateCache.h"
#include "billing/Rater.h"
#include "callback/EngineSettings.h"
#include "cards/CardService.h"
#include "core/Clock.h"
#include "demo/DemoHistory.h"
#include "demo/Dice.h"
#include "demo/HistoryData.h"
#include "routing/Router.h"
#include "store/Account.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Gateway.h"
#include "store/Rate.h"

#include <QHash>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace rebound::demo::history {

constexpr std::int64_t MsPerSecond = 1'000;
constexpr std::int64_t MsPerMinute = 60'000;
constexpr std::int64_t MsPerDay = 86'400'000;

// How a gateway answers a leg's INVITE.
enum class Answer
{
    Answered,
    Busy,
    NoAnswer,
    RingsTooLong,
    Unavailable
};

// A demo subscriber as the history follows it: its balance after each
// call and top-up, its DID, and the numbers it calls.
struct Subscriber
{
    const Profile* profile = nullptr;
    store::Account account;
    core::Money balance;
    std::int64_t freeAtMs = 0; // the end of its last call or top-up
    std::optional<store::Did> did;
    QList<const Favourite*> favourites;
    QList<int> favouriteWeights;
};

// A call the plan draws: when, and who asks for it.
struct Planned
{
    std::int64_t startMs = 0;
    int subscriber = 0;
};

// One call on its way: what the switch knows at each step.
struct Call
{
    Subscriber* who = nullptr;
    store::TriggerKind trigger = store::TriggerKind::Did;
    const Favourite* favourite = nullptr;
    core::PhoneNumber destination;
    store::Rate rateA;
    store::Rate rateB;
    std::optional<std::int64_t> pinnedGateway; // LGW: leg A through the DID's gateway
    std::int64_t requestId = 0;
    std::int64_t callId = 0;
    std::int64_t legA = 0;
    std::int64_t legB = 0;
    std::int64_t aAnsweredAt = 0;
    core::Money reserved;
};

// Writes DemoHistory's calls: sets up what the history needs beside the
// demo data (two more carriers, a batch of cards, the web shop's API
// token), plans the calls, and makes each one on its own clock. The set-up,
// the plan and the top-ups are in HistoryWriter.cpp, a call's course from
// the request to the bill in HistoryWriterCalls.cpp.
class HistoryWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)

public:
    HistoryWriter(const store::Database& db, std::int64_t startMs, std::int64_t endMs, quint32 seed);

    void setUp();
    QList<Planned> plan();
    void run(const QList<Planned>& plan);
    const DemoHistory::Result& result() const { return m_result; }

private:
    // HistoryWriter.cpp
    void loadSubscribers();
    void addCarriers();
    void addCardsAndToken();
    Call prepare(Subscriber& who);
    store::Rate sellRate(const core::PhoneNumber& number);
    void topUpIfLow(const Call& call, std::int64_t startMs);
    void topUp(Subscriber& who);

    // HistoryWriterCalls.cpp: each step returns why the call failed, or
    // nothing when it goes on.
    void place(Call& call, std::int64_t startMs);
    QString dialA(Call& call);
    QString runIvr(Call& call);
    QString dialB(Call& call);
    QString talk(Call& call);
    std::int64_t openLeg(const Call& call, QChar leg, const core::PhoneNumber& number,
                         std::optional<std::int64_t> pinned, Answer answer);
    void finish(Call& call, const QString& failure, const QString& endReason);
    Answer answerA(int attempt);
    Answer answerB();
    std::int64_t talkMs(const Call& call);

    void after(std::int64_t lowMs, std::int64_t highMs) { m_clock.advance(m_dice.between(lowMs, highMs)); }

    const store::Database& m_db;
    core::MockClock m_clock;
    const std::int64_t m_startMs;
    const std::int64_t m_endMs;
    Dice m_dice;
    billing::RateCache m_rates; // one for every call, as the switch has
    billing::Rater m_rater;
    QTimeZone m_zone;
    store::CdrRepository m_cdrs;
    store::CallbackRequestRepository m_requests;
    const callback::EngineSettings m_engine;
    std::int64_t m_planId = 0;
    QList<Subscriber> m_subscribers;
    QHash<QString, QList<routing::RouteCandidate>> m_routes; // per number: routes do not change
    QHash<QString, store::Rate> m_sellRates;
    QList<cards::GeneratedCard> m_cards;
    qsizetype m_nextCard = 0;
    int m_receipt = 1041;
    DemoHistory::Result m_result;
};

} // namespace rebound::demo::history
