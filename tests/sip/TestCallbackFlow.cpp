// A whole callback, end to end: an SMS asks for one, the switch calls the
// subscriber (leg A, a sipp gateway), announces the balance, calls the
// destination (leg B, another sipp gateway), bridges them, and bills both
// legs when the destination hangs up.
#include "CallbackFlowFixture.h"
#include "core/PasswordHash.h"
#include "store/AuditLog.h"
#include "store/GatewayRepository.h"

using namespace rebound;

class TestCallbackFlow : public test::CallbackFlowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void smsCallbackIsBridgedAndBilled()
    {
        const core::Money before = balanceOf();
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"));
        // The destination talks (PCMA), the subscriber's phone listens (PCMU).
        test::SippGateway legB =
            destination(QStringLiteral("gateway_talk_hangup.xml"), test::talkingFor(3000));
        smsCallbackCompletes(legA, legB, 60'000);
        QCOMPARE(requestCount(), 1);
        QVERIFY2(m_log.contains(QStringLiteral("bridged")), qPrintable(m_log.right(3000)));

        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto calls = cdrs.recentCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().state, store::CallState::Completed);
        const auto legs = cdrs.legs(calls.first().id);
        QCOMPARE(legs.size(), 2);
        for (const auto& leg : legs) {
            QVERIFY(leg.answeredAt.has_value());
            QVERIFY(!leg.open);
            QVERIFY(leg.durationMs > 0);
            QVERIFY(leg.sell > core::Money());
            QVERIFY(!leg.sellPrefix.isEmpty());
        }
        QCOMPARE(legs[0].number, QStringLiteral("447700900123"));
        QCOMPARE(legs[1].number, QStringLiteral("12025550147"));
        // Each leg's Call-ID, as the gateways saw it, for finding it in their traces.
        QVERIFY(!legs[0].sipCallId.isEmpty());
        QVERIFY(!legs[1].sipCallId.isEmpty());
        QVERIFY(legs[0].sipCallId != legs[1].sipCallId);
        // What the bridge relayed is on the CDRs: about 3 s of B's speech in
        // 30 ms packets went to A, and A (a silent sipp) sent nothing.
        const auto relayed = legsOnceRelayed();
        QCOMPARE(relayed.size(), 2);
        QVERIFY2(relayed[1].packetsIn > 50, qPrintable(QString::number(relayed[1].packetsIn)));
        QCOMPARE(relayed[0].packetsOut, relayed[1].packetsIn);
        QCOMPARE(relayed[0].packetsIn, 0);
        QCOMPARE(relayed[1].packetsOut, 0);
        QVERIFY(legs[0].durationMs > legs[1].durationMs); // A was up through the announcement and B's ringing
        const core::Money after = balanceOf();
        QCOMPARE(before - after, calls.first().sell);
        QVERIFY(store::LedgerRepository(*db(), m_clock).findMismatches().isEmpty());
    }

    void subscriberHearsTheBalanceAnnouncement()
    {
        // The phone's media goes to a socket of ours, so what the subscriber
        // would hear can be compared with the prompts, sample by sample.
        test::PhoneEar ear;
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"),
                                       {{QStringLiteral("[media_port]"), QString::number(ear.port())}});
        test::SippGateway legB =
            destination(QStringLiteral("gateway_answer_hangup.xml"), test::talkingFor(1000));
        const core::Money balance = balanceOf();
        store::CallbackRequest request;
        smsCallbackEnds(&request, 60'000);
        QCOMPARE(request.state, RequestState::Completed);

        std::map<std::uint16_t, std::vector<std::int16_t>> bySequence;
        for (const test::PhoneEar::Packet& p : ear.packets())
            bySequence.emplace(p.sequence, p.pcm);
        std::vector<std::int16_t> heard;
        for (const auto& [sequence, pcm] : bySequence)
            heard.insert(heard.end(), pcm.begin(), pcm.end());

        const auto prompts = media::PromptSet::load(media::PromptSet::defaultFolder(QStringLiteral("en")),
                                                    QStringLiteral("en"));
        QVERIFY2(prompts.set, qPrintable(prompts.error));
        QStringList sentence{QStringLiteral("you-have")};
        sentence += media::Speaker::forLanguage(QStringLiteral("en"))->amount(balance, QStringLiteral("USD"));
        sentence << QStringLiteral("please-hold");
        std::vector<std::int16_t> expected;
        for (const QString& name : sentence) {
            QVERIFY2(prompts.set->find(name), qPrintable(name));
            const auto& samples = prompts.set->find(name)->samples;
            expected.insert(expected.end(), samples.begin(), samples.end());
        }
        QVERIFY2(heard.size() >= expected.size(),
                 qPrintable(QStringLiteral("heard %1 samples, the sentence has %2")
                                .arg(heard.size())
                                .arg(expected.size())));
        // Best alignment within the first 100 ms, then the error energy
        // against the signal's: G.711 leaves about -37 dB; anything else
        // (another prompt, silence, noise) is near 0 dB or above.
        double best = std::numeric_limits<double>::max();
        double signal = 0;
        for (const std::int16_t s : expected)
            signal += double(s) * s;
        for (std::size_t offset = 0; offset <= 800 && offset + expected.size() <= heard.size(); ++offset) {
            double error = 0;
            for (std::size_t i = 0; i < expected.size() && error < best; ++i) {
                const double d = double(heard[offset + i]) - expected[i];
                error += d * d;
            }
            best = std::min(best, error);
        }
        const double decibels = 10 * std::log10(best / signal);
        QVERIFY2(decibels < -25,
                 qPrintable(QStringLiteral("%1 dB from \"%2\"").arg(decibels).arg(sentence.join(u' '))));
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());
    }

    void didCallbackCollectsTheDestinationByDtmf_data()
    {
        QTest::addColumn<QString>("phoneScenario");
        QTest::newRow("RFC 4733 events") << QStringLiteral("phone_keys_destination.xml");
        QTest::newRow("sipp play_dtmf, payload type 96") << QStringLiteral("phone_play_dtmf.xml");
        QTest::newRow("SIP INFO") << QStringLiteral("phone_info_destination.xml");
    }

    void didCallbackCollectsTheDestinationByDtmf()
    {
        QFETCH(QString, phoneScenario);
        test::SippGateway legA = phone(phoneScenario);
        test::SippGateway legB =
            destination(QStringLiteral("gateway_answer_hangup.xml"), test::talkingFor(2000));
        // The subscriber rings their DID: 486, and a callback request.
        triggerDid(QStringLiteral("+12125550101"));

        QCOMPARE(requestCount(), 1);
        store::CallbackRequest request;
        newestRequestEnds(&request, 90'000);
        QVERIFY2(request.state == RequestState::Completed, qPrintable(m_log.right(3000)));
        QVERIFY2(m_log.contains(QStringLiteral("destination +1234567890")), qPrintable(m_log.right(3000)));
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());
        const auto database = db();
        const auto calls = store::CdrRepository(*database, m_clock).recentCalls();
        QCOMPARE(calls.size(), 1);
        const auto legs = store::CdrRepository(*database, m_clock).legs(calls.first().id);
        QCOMPARE(legs.size(), 2);
        QCOMPARE(legs[1].number, QStringLiteral("1234567890"));
        QVERIFY(legs[1].answeredAt.has_value());
        QVERIFY(calls.first().sell > core::Money());
        // The request keeps what was keyed, as if it had come with the trigger.
        QCOMPARE(request.destination, core::PhoneNumber::fromE164(QStringLiteral("1234567890")));
    }

    void aDidThatAsksForThePin_data()
    {
        QTest::addColumn<QString>("keyed");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("the right PIN") << QStringLiteral("246813") << true;
        QTest::newRow("a wrong PIN") << QStringLiteral("135792") << false;
    }

    void aDidThatAsksForThePin()
    {
        // The DID asks for the PIN: a forged caller ID is not enough. The
        // right PIN leads on to the destination; wrong ones (three tries)
        // end the call before any destination is rung, audited.
        QFETCH(QString, keyed);
        QFETCH(bool, accepted);
        {
            const auto database = db();
            store::AccountRepository accounts(*database, m_clock);
            auto account = *accounts.findByCode(QStringLiteral("1001"));
            account.pinHash = core::PasswordHash::hash(QStringLiteral("246813"));
            accounts.update(account);
            store::GatewayRepository gateways(*database, m_clock);
            auto did = *gateways.findDid(QStringLiteral("12125550101"));
            did.askPin = true;
            gateways.updateDid(did);
        }
        QList<QPair<QString, QString>> digits;
        for (int i = 0; i < 6; ++i)
            digits.append({QStringLiteral("P%1").arg(i + 1), keyed.mid(i, 1)});
        test::SippGateway legA = phone(QStringLiteral("phone_info_pin_destination.xml"), digits);
        test::SippGateway legB =
            destination(QStringLiteral("gateway_answer_hangup.xml"), test::talkingFor(1000));
        triggerDid(QStringLiteral("+12125550101"));
        store::CallbackRequest request;
        newestRequestEnds(&request, 120'000);
        if (accepted) {
            QVERIFY2(request.state == RequestState::Completed, qPrintable(m_log.right(3000)));
            QVERIFY(m_log.contains(QStringLiteral("PIN accepted")));
            QVERIFY2(m_log.contains(QStringLiteral("destination +1234567890")),
                     qPrintable(m_log.right(3000)));
            QVERIFY(legA.succeeded());
            QVERIFY(legB.succeeded());
        } else {
            hasFailed(request, QStringLiteral("wrong PIN"));
            QCOMPARE(newestCallLegs(*db()).size(), 1); // leg A only: nobody else was rung
            const auto audit = store::AuditLog(*db(), m_clock).recent(20);
            QVERIFY(std::count_if(audit.cbegin(), audit.cend(), [](const store::AuditEntry& e) {
                        return e.action == QLatin1String("ivr.pin_failed");
                    }) >= 1);
            for (const auto& entry : audit)
                QVERIFY(!entry.details.contains(keyed)); // the digits are never written down
        }
        QVERIFY(!m_log.contains(keyed));
        QVERIFY(store::LedgerRepository(*db(), m_clock).findMismatches().isEmpty());
    }

    void destinationBusyIsToldAndNothingCharged()
    {
        const core::Money before = balanceOf();
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"));
        test::SippGateway legB = destination(QStringLiteral("gateway_fail.xml"),
                                             {{QStringLiteral("STATUS"), QStringLiteral("486")}});
        store::CallbackRequest request;
        smsCallbackEnds(&request, 60'000);
        hasFailed(request, QStringLiteral("486"));
        QVERIFY(legA.succeeded()); // told "busy", then hung up by the switch
        QVERIFY(legB.succeeded());
        const auto database = db();
        const auto legs = store::CdrRepository(*database, m_clock)
                              .legs(store::CdrRepository(*database, m_clock).recentCalls().first().id);
        QCOMPARE(legs.size(), 2);
        QCOMPARE(legs[1].sipStatus, 486); // the failed attempt is on record
        QVERIFY(!legs[1].answeredAt.has_value());
        // Leg A was up and is billed; leg B cost nothing; no credit is left held.
        const auto after =
            store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"))->balance;
        QCOMPARE(before - after, legs[0].sell);
        QCOMPARE(legs[1].sell, core::Money());
        QCOMPARE(heldReservations(*database), 0);
    }

    void tooLittleCreditForTheIvrMeansNoCall()
    {
        // 0.1 cent buys seconds of leg A, not the minute of IVR the call must
        // hold before the subscriber's phone rings: the text is refused at
        // once (callback::Admission, the rule of every trigger), no request
        // is made and nobody is called.
        setBalance(QStringLiteral("1001"), core::Money::fromMicros(1'000));
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147"),
                        QStringLiteral("balance of subscriber 1001 is too low")));
        QCOMPARE(requestCount(), 0);
        const auto database = db();
        QVERIFY(store::CdrRepository(*database, m_clock).recentCalls().isEmpty()); // no call was placed
        QCOMPARE(store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"))->balance,
                 core::Money::fromMicros(1'000));
        QCOMPARE(heldReservations(*database), 0);
    }

    void balanceTooLowIsSpokenAndTheCallEnds()
    {
        // Enough for the minute of leg A the IVR holds, not for a second of
        // talk on top of B's ring allowance.
        {
            auto database = db();
            billing::RateCache cache(*database, m_clock);
            const auto rateA =
                billing::Rater(cache, store::SettingsRepository(*database).billingTimeZone())
                    .rateFor(*store::AccountRepository(*database, m_clock)
                                  .findByCode(QStringLiteral("1001"))
                                  ->sellPlanId,
                             core::PhoneNumber::fromE164(QStringLiteral("447700900123")), m_clock.nowMs());
            QVERIFY(rateA);
            const core::Money ivrHold = billing::chargeForSeconds(*rateA, 60).amount;
            setBalance(QStringLiteral("1001"), ivrHold + core::Money::fromMicros(500));
        }
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"));
        store::CallbackRequest request;
        smsCallbackEnds(&request, 60'000);
        hasFailed(request, QStringLiteral("not have enough credit"));
        QVERIFY(legA.succeeded());
        const auto database = db();
        QCOMPARE(store::CdrRepository(*database, m_clock)
                     .legs(store::CdrRepository(*database, m_clock).recentCalls().first().id)
                     .size(),
                 1); // leg B was never dialled
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
    }

    void creditRunsOutMidCall()
    {
        // Per-second sell increments so the cut can fall on any second, a
        // short allowance for B's ringing, and the warning tone early.
        std::int64_t accountId = 0;
        const core::Money before = core::Money::fromMicros(7'500); // about 12 s of talk
        QHash<QString, store::Rate> sellRates;
        {
            auto database = db();
            const auto account =
                store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"));
            accountId = account->id;
            store::RateRepository rates(*database, m_clock);
            auto plan = rates.rates(*account->sellPlanId);
            for (store::Rate& r : plan) {
                r.firstIncrement = 1;
                r.nextIncrement = 1;
                sellRates.insert(r.prefix, r);
            }
            rates.replaceRates(*account->sellPlanId, plan);
            store::SettingsRepository settings(*database);
            settings.setValue(QStringLiteral("callback.ivr_allowance_seconds"), QStringLiteral("15"));
            settings.setValue(QStringLiteral("callback.ring_allowance_seconds"), QStringLiteral("10"));
            settings.setValue(QStringLiteral("callback.warning_seconds"), QStringLiteral("5"));
            billing::CreditManager(*database, m_clock)
                .adjust(account->id, before - account->balance, store::LedgerReason::Adjustment,
                        QStringLiteral("test: a few seconds of credit"), QStringLiteral("test"));
        }
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"));
        test::SippGateway legB = destination(QStringLiteral("gateway_answer.xml"));
        std::int64_t requestId = 0;
        smsCallbackReaches(RequestState::Bridged, 60'000, &requestId);
        // What the call holds while it is up.
        QSqlQuery held =
            db()->run(QStringLiteral("SELECT amount_micros FROM credit_reservations WHERE account_id = ?"),
                      {qlonglong(accountId)}, QStringLiteral("t"));
        QVERIFY(held.next());
        const core::Money reserved = core::Money::fromMicros(held.value(0).toLongLong());
        QVERIFY(reserved <= before);
        // Neither phone hangs up: only the switch ends this call.
        requestEndsAs(requestId, RequestState::Completed, 60'000);
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());
        const auto match = QRegularExpression(QStringLiteral("bridged, limit (\\d+) s")).match(m_log);
        QVERIFY2(match.hasMatch(), qPrintable(m_log.right(3000)));
        const int limit = match.captured(1).toInt();
        QVERIFY2(limit >= 6 && limit <= 30, qPrintable(match.captured(0)));
        QVERIFY(m_log.contains(QStringLiteral("warning tone, 5 s of credit left")));

        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto call = cdrs.recentCalls().first();
        QCOMPARE(call.hangupReason, QStringLiteral("credit limit reached"));
        const auto legs = cdrs.legs(call.id);
        QCOMPARE(legs.size(), 2);
        const store::LegRecord& a = legs[0];
        const store::LegRecord& b = legs[1];
        // Cut at the limit to the millisecond; leg A is billed to the same instant.
        QCOMPARE(b.durationMs, std::int64_t(limit) * 1000);
        QCOMPARE(*b.endedAt, *b.answeredAt + std::int64_t(limit) * 1000);
        QCOMPARE(*a.endedAt, *b.endedAt);
        // The right second: what was held pays for `limit` seconds, not one more.
        const store::Rate rateA = sellRates.value(a.sellPrefix);
        const store::Rate rateB = sellRates.value(b.sellPrefix);
        const int secondsABeforeB = billing::billableSeconds(*b.answeredAt - *a.answeredAt);
        QVERIFY(billing::Rater::costOfTalk(rateA, secondsABeforeB, rateB, limit) <= reserved);
        QVERIFY(billing::Rater::costOfTalk(rateA, secondsABeforeB, rateB, limit + 1) > reserved);
        // Priced exactly by the billing rule, and charged to the micro-unit.
        QCOMPARE(a.sell, billing::chargeForDuration(rateA, a.durationMs).amount);
        QCOMPARE(b.sell, billing::chargeForDuration(rateB, b.durationMs).amount);
        QVERIFY(a.sell + b.sell <= reserved);
        const core::Money after = store::AccountRepository(*database, m_clock).findById(accountId)->balance;
        QCOMPARE(after, before - a.sell - b.sell);
        QVERIFY(after >= core::Money()); // the credit limit (0) held
        creditIsSettled();
    }

    void lgwCallbackGoesOutThroughTheLocalGateway()
    {
        // DID +1 212 555 0103 belongs to subscriber 1004 in LGW mode through
        // the demo carrier: leg A must go there, not along the routes.
        const int lgwPort = test::freeUdpPort();
        {
            auto database = db();
            store::GatewayRepository gateways(*database, m_clock);
            auto carrier = *gateways.findGatewayByName(QStringLiteral("Demo carrier"));
            carrier.port = lgwPort;
            gateways.updateGateway(carrier);
            // triggerDid rings from 1001's phone, not one of 1004's: let 1004 take any caller.
            store::AccountRepository accounts(*database, m_clock);
            auto subscriber = *accounts.findByCode(QStringLiteral("1004"));
            subscriber.didRegisteredCallersOnly = false;
            accounts.update(subscriber);
        }
        test::SippGateway phoneA =
            test::sippGateway(*m_dir, lgwPort, QStringLiteral("phone_keys_destination.xml"));
        test::SippGateway legB =
            destination(QStringLiteral("gateway_answer_hangup.xml"), test::talkingFor(1000));
        triggerDid(QStringLiteral("+12125550103"));
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        QCOMPARE(store::toString(request.trigger), QStringLiteral("lgw"));
        requestEndsAs(request.id, RequestState::Completed, 90'000);
        QVERIFY(phoneA.succeeded());
        QVERIFY(legB.succeeded());
        const auto database = db();
        const auto legs = newestCallLegs(*database);
        QCOMPARE(*legs[0].gatewayId, store::GatewayRepository(*database, m_clock)
                                         .findGatewayByName(QStringLiteral("Demo carrier"))
                                         ->id);
    }

    void subscriberHangsUpDuringTheIvr()
    {
        QList<store::LegRecord> legs;
        didCallbackEndsInTheIvr(test::writeScenario(*m_dir, QStringLiteral("gateway_answer_hangup.xml"),
                                                    {{QStringLiteral("TALK_MS"), QStringLiteral("1000")}}),
                                QStringLiteral("hung up before"), &legs);
        QCOMPARE(legs.size(), 1); // leg B never dialled
        const auto database = db();
        // About a second of leg A is inside the demo plan's 3 s grace: free.
        QVERIFY(legs[0].answeredAt.has_value());
        QCOMPARE(legs[0].chargedSeconds, 0);
        QCOMPARE(legs[0].sell, core::Money());
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
    }

    void aSilentSubscriberIsCutWhenTheHeldIvrTimeRunsOut()
    {
        // Five seconds of IVR held; the phone answers and never keys a digit
        // (the collector itself would wait 15 s). Leg A ends at the hold.
        store::SettingsRepository(*db()).setValue(QStringLiteral("callback.ivr_allowance_seconds"),
                                                  QStringLiteral("5"));
        QList<store::LegRecord> legs;
        didCallbackEndsInTheIvr(test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {}),
                                QStringLiteral("no destination was given in time"), &legs);
        QCOMPARE(legs.size(), 1);
        const auto database = db();
        QCOMPARE(legs[0].durationMs, 5'000); // billed to the hold, not to the BYE's answer
        QVERIFY(legs[0].sell > core::Money());
        creditIsSettled();
    }

    void holdAndResumeMidCallReachTheOtherLeg()
    {
        // The destination puts the subscriber on hold and back with
        // re-INVITEs and refreshes the session with an UPDATE: each is
        // answered at once with the mirrored direction, the subscriber's
        // phone is re-INVITEd the same way, and the call goes on and is
        // billed as usual.
        test::SippGateway legA = phone(QStringLiteral("gateway_answer_follows_hold.xml"));
        test::SippGateway legB =
            destination(QStringLiteral("gateway_hold_resume.xml"), test::talkingFor(1500));
        smsCallbackCompletes(legA, legB, 60'000);
        QCOMPARE(requestCount(), 1);
        QVERIFY2(m_log.contains(QStringLiteral("leg B on hold")), qPrintable(m_log.right(3000)));
        QVERIFY2(m_log.contains(QStringLiteral("leg B resumed")), qPrintable(m_log.right(3000)));
        const auto legs = newestCallLegs(*db());
        QCOMPARE(legs.size(), 2);
        for (const auto& leg : legs)
            QVERIFY(leg.sell > core::Money());
        QVERIFY(store::LedgerRepository(*db(), m_clock).findMismatches().isEmpty());
    }

    void legABusyIsCalledAgain()
    {
        store::SettingsRepository(*db()).setValue(QStringLiteral("callback.retry_delay_ms"),
                                                  QStringLiteral("3000"));
        auto busy = std::make_unique<test::SippGateway>(
            *m_dir,
            test::writeScenario(*m_dir, QStringLiteral("gateway_fail.xml"),
                                {{QStringLiteral("STATUS"), QStringLiteral("486")}}),
            m_portA);
        test::SippGateway legB =
            destination(QStringLiteral("gateway_answer_hangup.xml"), test::talkingFor(1000));
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        QVERIFY(busy->succeeded()); // the first try met a busy phone
        busy.reset();
        test::SippGateway answers = phone(QStringLiteral("gateway_answer.xml"));
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        requestEndsAs(request.id, RequestState::Completed, 60'000);
        QVERIFY(answers.succeeded());
        QVERIFY(legB.succeeded());
        const auto database = db();
        const auto legs = newestCallLegs(*database);
        QCOMPARE(legs.size(), 3); // A busy, A answered, B
        QCOMPARE(legs[0].sipStatus, 486);
        // Both calls to the phone are counted (the portal's "we will try again").
        QCOMPARE(store::CallbackRequestRepository(*database, m_clock).find(request.id)->attempts, 2);
        // The failed attempt names the gateway that said busy.
        QVERIFY(legs[0].gatewayId.has_value());
        QCOMPARE(
            *legs[0].gatewayId,
            store::GatewayRepository(*database, m_clock).findGatewayByName(QStringLiteral("UK phones"))->id);
        QVERIFY(legs[1].answeredAt.has_value());
    }

    void phonesRingLongerThanTheMediaTimeout()
    {
        // No audio for 2 s ends a call, but only once it is answered: both
        // phones ring for 4 s first. Leg A echoes what it hears, B talks.
        restartWithMediaTimeout(2);
        test::SippGateway legA = phone(QStringLiteral("gateway_ring_answer.xml"),
                                       {{QStringLiteral("RING_MS"), QStringLiteral("4000")}}, 1, 30,
                                       {QStringLiteral("-rtp_echo")});
        test::SippGateway legB = destination(QStringLiteral("gateway_ring_talk_hangup.xml"),
                                             {{QStringLiteral("RING_MS"), QStringLiteral("4000")},
                                              {QStringLiteral("TALK_MS"), QStringLiteral("2000")}});
        smsCallbackCompletes(legA, legB, 60'000);
        QVERIFY2(!m_log.contains(QStringLiteral("no audio")), qPrintable(m_log.right(3000)));
        const auto database = db();
        const auto legs = legsOnceRelayed();
        QCOMPARE(legs.size(), 2);
        for (const auto& leg : legs)
            QVERIFY2(leg.answeredAt && *leg.answeredAt - leg.invitedAt >= 3'500,
                     qPrintable(QStringLiteral("leg %1 rang %2 ms")
                                    .arg(leg.leg)
                                    .arg(leg.answeredAt.value_or(0) - leg.invitedAt)));
        QVERIFY2(std::abs(legs[1].durationMs - 2'000) < 1'000,
                 qPrintable(QString::number(legs[1].durationMs)));
        QVERIFY(legs[1].packetsIn > 0); // B's speech went through the bridge
        QCOMPARE(heldReservations(*database), 0);
    }

    void aPhoneThatNeverAnswersIsCancelledAndCalledAgain()
    {
        {
            auto database = db();
            store::SettingsRepository settings(*database);
            settings.setValue(QStringLiteral("callback.answer_timeout_seconds"), QStringLiteral("3"));
            settings.setValue(QStringLiteral("callback.retry_delay_ms"), QStringLiteral("500"));
        }
        test::SippGateway ringing = phone(QStringLiteral("gateway_ring_until_cancel.xml"), {}, 2);
        store::CallbackRequest request;
        smsCallbackEnds(&request, 30'000);
        QCOMPARE(request.state, RequestState::Failed);
        QCOMPARE(request.failureReason, QStringLiteral("leg A: 408 no answer in 3 s"));
        QCOMPARE(request.attempts, 2);
        QVERIFY2(m_log.contains(QStringLiteral("leg A: 408 no answer in 3 s, trying again")),
                 qPrintable(m_log.right(3000)));
        QVERIFY(ringing.succeeded()); // both calls were CANCELled
        const auto database = db();
        const auto legs = newestCallLegs(*database);
        QCOMPARE(legs.size(), 2);
        for (const auto& leg : legs) {
            QCOMPARE(leg.leg, QChar(u'A'));
            QCOMPARE(leg.sipStatus, 408);
            QCOMPARE(leg.sipReason, QStringLiteral("no answer in 3 s"));
            QVERIFY(!leg.answeredAt);
            QVERIFY2(*leg.endedAt - leg.invitedAt >= 2'900 && *leg.endedAt - leg.invitedAt < 4'500,
                     qPrintable(QString::number(*leg.endedAt - leg.invitedAt)));
            QVERIFY(!leg.sipCallId.isEmpty());
            QCOMPARE(leg.sell, core::Money());
        }
        QVERIFY(legs[0].sipCallId != legs[1].sipCallId);
        QCOMPARE(heldReservations(*database), 0);
    }

    void eachGatewayTriedHasItsOwnLegRecord()
    {
        // The destination's first gateway answers 503; the backup carries the
        // call for 4 s (past the plan's grace). Two B records, each with its
        // gateway, Call-ID and answer; only the answered one is billed.
        const int backupPort = test::freeUdpPort();
        std::int64_t usPhones = 0;
        std::int64_t backupId = 0;
        {
            auto database = db();
            store::GatewayRepository gateways(*database, m_clock);
            usPhones = gateways.findGatewayByName(QStringLiteral("US phones"))->id;
            store::Gateway backup;
            backup.name = QStringLiteral("US backup");
            backup.host = QStringLiteral("127.0.0.1");
            backup.port = backupPort;
            backup.buyTableId = gateways.findGatewayByName(QStringLiteral("Demo carrier"))->buyTableId;
            store::Route route;
            route.prefix = QStringLiteral("1");
            route.priority = 200; // after US phones
            route.gatewayId = backupId = gateways.insertGateway(backup);
            gateways.insertRoute(route);
        }
        const core::Money before = balanceOf();
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"));
        test::SippGateway refusing = destination(QStringLiteral("gateway_fail.xml"),
                                                 {{QStringLiteral("STATUS"), QStringLiteral("503")}});
        test::SippGateway backup = test::sippGateway(
            *m_dir, backupPort, QStringLiteral("gateway_answer_hangup.xml"), test::talkingFor(4000));
        store::CallbackRequest request;
        smsCallbackEnds(&request, 60'000);
        QVERIFY2(request.state == RequestState::Completed, qPrintable(request.failureReason));
        QVERIFY(legA.succeeded());
        QVERIFY(refusing.succeeded());
        QVERIFY(backup.succeeded());
        const auto database = db();
        const auto [call, legs] = newestCall();
        QCOMPARE(legs.size(), 3);
        const store::LegRecord& refused = legs[1];
        const store::LegRecord& carried = legs[2];
        QCOMPARE(refused.leg, QChar(u'B'));
        QCOMPARE(*refused.gatewayId, usPhones);
        QCOMPARE(refused.sipStatus, 503);
        QVERIFY(!refused.answeredAt);
        QCOMPARE(refused.sell, core::Money());
        QCOMPARE(refused.buy, core::Money());
        QCOMPARE(carried.leg, QChar(u'B'));
        QCOMPARE(*carried.gatewayId, backupId);
        QVERIFY(carried.answeredAt.has_value());
        QVERIFY(carried.invitedAt >= *refused.endedAt);
        QVERIFY(carried.sell > core::Money());
        QSet<QString> callIds;
        for (const auto& leg : legs)
            callIds.insert(leg.sipCallId);
        QVERIFY(!callIds.contains(QString()));
        QCOMPARE(callIds.size(), 3);
        // Billed once, for the attempt that talked; the call row names its gateway.
        QCOMPARE(call.sell, legs[0].sell + carried.sell);
        const auto after =
            store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"))->balance;
        QCOMPARE(before - after, call.sell);
        QSqlQuery row =
            database->run(QStringLiteral("SELECT gateway_b_id, b_seconds FROM calls WHERE id = ?"),
                          {qlonglong(call.id)}, QStringLiteral("test"));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toLongLong(), backupId);
        QCOMPARE(row.value(1).toInt(), carried.chargedSeconds);
        creditIsSettled();
    }

    void switchKilledMidCallBillsItOnRestart()
    {
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"));
        test::SippGateway legB =
            destination(QStringLiteral("gateway_answer_hangup.xml"), test::talkingFor(25000));
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        RequestState state{};
        waitForState(request.id, {RequestState::Bridged}, 60'000, &state);
        // Let at least one progress write happen (every 10 s), then crash.
        QTest::qWait(11'000);
        ::kill(m_switch->processId(), SIGKILL);
        QVERIFY(m_switch->waitForFinished(10'000));
        {
            const auto database = db();
            const store::CdrRepository cdrs(*database, m_clock);
            const auto legs = cdrs.legs(cdrs.recentCalls().first().id);
            QVERIFY(legs[0].open && legs[1].open); // the crash left them open
            QVERIFY(legs[1].progressAt.has_value());
        }
        QVERIFY2(startSwitch(QStringLiteral("Closed and billed 1 call left open"), 20'000),
                 qPrintable(m_log));
        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto call = cdrs.recentCalls().first();
        QCOMPARE(call.state, store::CallState::Completed);
        // The request ends with its call, so the phone may ask again.
        QCOMPARE(store::CallbackRequestRepository(*database, m_clock).find(request.id)->state,
                 RequestState::Completed);
        const auto legs = cdrs.legs(call.id);
        for (const auto& leg : legs) {
            QVERIFY(!leg.open);
            QCOMPARE(*leg.endedAt, *leg.progressAt); // billed to the last recorded progress
            QVERIFY(leg.sell > core::Money());
        }
        QVERIFY(call.sell > core::Money());
        creditIsSettled(); // the crashed call's hold was settled
    }

    void theFirstLegsEndSurvivesTheSwitchBeingKilled()
    {
        // The first leg to end (the destination hangs up) has its record
        // closed by a commit that does not wait for the disk
        // (Sync::Deferred); the call's billing, a full commit, follows when
        // the other leg's BYE is answered. This phone never answers it, so
        // the switch is killed with only the deferred commit written: the
        // leg must still end where it ended, and the restart bills it so.
        test::SippGateway legA = phone(QStringLiteral("gateway_answer_ignores_bye.xml"));
        test::SippGateway legB =
            destination(QStringLiteral("gateway_answer_hangup.xml"), test::talkingFor(1000));
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        std::optional<store::LegRecord> ended;
        QTRY_VERIFY_WITH_TIMEOUT((m_log += QString::fromUtf8(m_switch->readAllStandardError()),
                                  ended = closedLegB(), ended.has_value()),
                                 60'000);
        QCOMPARE(newestCall().record.state, store::CallState::Open); // not billed: A is still being hung up
        ::kill(m_switch->processId(), SIGKILL);
        QVERIFY(m_switch->waitForFinished(10'000));
        {
            const auto killed = closedLegB();
            QVERIFY2(killed.has_value(), qPrintable(m_log.right(2000)));
            QCOMPARE(*killed->endedAt, *ended->endedAt);
        }
        QVERIFY2(startSwitch(QStringLiteral("Closed and billed 1 call left open"), 20'000),
                 qPrintable(m_log));
        const Call call = newestCall();
        QCOMPARE(call.record.state, store::CallState::Completed);
        QCOMPARE(call.legs.size(), 2);
        const store::LegRecord& b = call.legs[1];
        QCOMPARE(*b.endedAt, *ended->endedAt); // its own end, not its last progress
        QCOMPARE(b.durationMs, *ended->endedAt - *ended->answeredAt);
        QVERIFY(b.durationMs >= 1000);
        creditIsSettled();
    }

    void theSwitchKilledWhileTheDestinationRingsBillsLegAOnRestart()
    {
        // The hold grown for the talk, the DialingB state and leg B's record
        // are one commit that does not wait for the disk (Sync::Deferred):
        // killing the process must not lose them, and the restart bills the
        // call from its legs and releases the hold, as after any crash.
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"));
        test::SippGateway legB = destination(QStringLiteral("gateway_ring_until_cancel.xml"));
        std::int64_t requestId = 0;
        smsCallbackReaches(RequestState::DialingB, 60'000, &requestId);
        // Leg A's first progress write (10 s after its answer), so that the
        // restart has some of its time to bill.
        QTRY_VERIFY_WITH_TIMEOUT(newestCall().legs[0].progressAt > newestCall().legs[0].answeredAt, 20'000);
        const Call ringing = newestCall();
        QCOMPARE(ringing.legs.size(), 2);
        QVERIFY(ringing.legs[1].open && !ringing.legs[1].answeredAt);
        QVERIFY(ringing.record.reservationId.has_value());
        const core::Money held = heldFor(*ringing.record.reservationId);
        QVERIFY(held > core::Money()); // the IVR hold grown for the talk
        ::kill(m_switch->processId(), SIGKILL);
        QVERIFY(m_switch->waitForFinished(10'000));
        {
            const Call killed = newestCall();
            QCOMPARE(killed.record.state, store::CallState::Open);
            QCOMPARE(killed.legs.size(), 2);
            QVERIFY(killed.legs[1].open);
            QCOMPARE(heldFor(*killed.record.reservationId), held);
            QCOMPARE(store::CallbackRequestRepository(*db(), m_clock).find(requestId)->state,
                     RequestState::DialingB);
        }
        QVERIFY2(startSwitch(QStringLiteral("Closed and billed 1 call left open"), 20'000),
                 qPrintable(m_log));
        const Call call = newestCall();
        QCOMPARE(call.record.state, store::CallState::Failed); // never connected
        QCOMPARE(call.legs.size(), 2);
        QVERIFY(!call.legs[0].open && !call.legs[1].open);
        QVERIFY(call.legs[0].sell > core::Money()); // leg A, answered: billed to its last progress
        QCOMPARE(call.legs[1].sell, core::Money());
        QCOMPARE(call.record.sell, call.legs[0].sell);
        QCOMPARE(store::CallbackRequestRepository(*db(), m_clock).find(requestId)->state,
                 RequestState::Failed);
        creditIsSettled();
    }

private:
    core::Money heldFor(std::int64_t reservationId) const
    {
        QSqlQuery q = db()->run(QStringLiteral("SELECT amount_micros FROM credit_reservations WHERE id = ?"),
                                {qlonglong(reservationId)}, QStringLiteral("test"));
        return q.next() ? core::Money::fromMicros(q.value(0).toLongLong()) : core::Money();
    }

    // Leg B of the newest call once its record is closed.
    std::optional<store::LegRecord> closedLegB() const
    {
        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto calls = cdrs.recentCalls();
        if (calls.isEmpty())
            return std::nullopt;
        const auto legs = cdrs.legs(calls.first().id);
        if (legs.size() < 2 || legs[1].open)
            return std::nullopt;
        return legs[1];
    }
};

QTEST_MAIN(TestCallbackFlow)
#include "TestCallbackFlow.moc"
