// Real phones and carriers: whole callbacks through the real rebound-switch
// with real SIP peers on loopback, each started and stopped here. baresip is
// the subscriber's phone (it answers at once, keys digits as RFC 4733 events
// and records what it hears), Kamailio is the carrier (a digest challenge,
// Record-Route), and sipp behind Kamailio is the destination, talking. Every
// call is billed to the micro-unit against sell and buy rates set here.
#include "BaresipPhone.h"
#include "KamailioCarrier.h"
#include "sip/CallbackFlowFixture.h"

#include <algorithm>
#include <array>
#include <cstdlib>

using namespace rebound;

namespace {

const test::KamailioCarrier::Account carrierAccount{QStringLiteral("carrier.test"), QStringLiteral("rebound"),
                                                    QStringLiteral("s3cret-Digest")};

QString interopScenario(const QTemporaryDir& dir, const QString& name,
                        const QList<QPair<QString, QString>>& values = {})
{
    return test::writeScenarioFrom(QStringLiteral(REBOUND_INTEROP_SCENARIOS), dir, name, values);
}

QString describe(const test::BaresipPhone::Transaction& transaction)
{
    if (!transaction.request)
        return QStringLiteral("the phone sent no such re-INVITE");
    if (!transaction.finalResponse)
        return QStringLiteral("no final response to the phone's re-INVITE (CSeq %1) within 5 s")
            .arg(transaction.request->cseq);
    return QStringLiteral("the phone's re-INVITE (CSeq %1) got \"%2\" with SDP:\n%3")
        .arg(transaction.request->cseq)
        .arg(transaction.finalResponse->startLine, transaction.finalResponse->body);
}

} // namespace

class TestInterop : public test::CallbackFlowFixture
{
    Q_OBJECT

    std::unique_ptr<test::BaresipPhone> m_phone;
    std::unique_ptr<test::KamailioCarrier> m_carrier;
    std::pair<store::Rate, store::Rate> m_sell; // UK (leg A), US (leg B)
    std::pair<store::Rate, store::Rate> m_buy;

private Q_SLOTS:
    void initTestCase()
    {
        requireSipp();
        if (QStandardPaths::findExecutable(QStringLiteral("baresip")).isEmpty())
            QFAIL("baresip is not installed; packaging/install-deps.sh installs it (package baresip-core)");
        if (test::KamailioCarrier::program().isEmpty())
            QFAIL("kamailio is not installed; packaging/install-deps.sh installs it (package kamailio)");
        if (QStandardPaths::findExecutable(QStringLiteral("stdbuf")).isEmpty())
            QFAIL("stdbuf is missing (package coreutils)");
    }

    void init()
    {
        setUpSwitch();
        m_sell = useIssueRates(0);
        m_buy = useKnownBuyRates();
        m_phone = std::make_unique<test::BaresipPhone>(m_dir->filePath(QStringLiteral("phone")),
                                                       QStringLiteral("447700900123"));
        m_carrier = std::make_unique<test::KamailioCarrier>(m_dir->filePath(QStringLiteral("carrier")),
                                                            carrierAccount, m_portB);
        QString error;
        QVERIFY2(m_phone->start(&error), qPrintable(error));
        QVERIFY2(m_carrier->start(&error), qPrintable(error));
        routeThroughThePeers();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            if (m_phone)
                qWarning().noquote() << "baresip's events:\n"
                                     << m_phone->events() << "\nbaresip's output:\n"
                                     << m_phone->output().right(12000);
            if (m_carrier)
                qWarning().noquote() << "kamailio's log:\n" << m_carrier->log().right(4000);
        }
        m_phone.reset();
        m_carrier.reset();
        tearDownSwitch();
    }

    void didCallbackFromARealPhoneThroughACarrier()
    {
        test::SippGateway destination(
            *m_dir, interopScenario(*m_dir, QStringLiteral("destination_talks.xml")), m_portB, 1, 60);
        QVERIFY(destination.listening());
        const core::Money before = balanceOf();

        // The subscriber rings their DID from the phone and gets busy...
        QVERIFY(m_phone->command(QStringLiteral("dial"),
                                 QStringLiteral("sip:+12125550101@127.0.0.1:%1").arg(m_switchPort)));
        const auto busy = m_phone->waitForEvent(QStringLiteral("CALL_CLOSED"), 10'000);
        QVERIFY2(busy && busy->param.startsWith(QLatin1String("486")), qPrintable(m_phone->events()));
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        QCOMPARE(store::toString(request.trigger), QStringLiteral("did"));

        // ...the switch calls the phone back, it answers and hears the IVR
        // ask for the destination, and keys it.
        const auto answered = m_phone->waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 15'000);
        QVERIFY2(answered && answered->direction == QLatin1String("incoming"), qPrintable(m_phone->events()));
        QVERIFY2(m_phone->waitToHear(1000, 15'000), "the phone heard no prompt");
        QVERIFY2(telephoneEventsAgreed(answered->callId), "the phone's answer has no telephone-event");
        QVERIFY(m_phone->command(QStringLiteral("sndcode"), QStringLiteral("12025550147#")));
        QCOMPARE(bridgedOrEnded(request.id), RequestState::Bridged);
        // The log reaches us after the database: lines cross in batches.
        waitForLog(QStringLiteral("destination +12025550147"), 10'000);
        if (QTest::currentTestFailed())
            return;

        // The destination talks through the bridge; after two seconds of it
        // the subscriber hangs up.
        QVERIFY2(m_phone->waitToHear(m_phone->heard().soundingMs + 2000, 10'000),
                 "the phone did not hear the destination");
        QVERIFY(m_phone->command(QStringLiteral("hangup")));
        const auto hungUp = m_phone->waitForEvent(QStringLiteral("CALL_CLOSED"), 10'000);
        QVERIFY(hungUp);
        requestEndsAs(request.id, RequestState::Completed, 15'000);
        QVERIFY(destination.succeeded());

        carrierCarried({QStringLiteral("ACK to sip:dest@127.0.0.1:%1").arg(m_portB),
                        QStringLiteral("BYE to sip:dest@127.0.0.1:%1").arg(m_portB)});
        billedExactly(before, hungUp->atMs - answered->atMs);
    }

    void smsCallbackToARealPhoneThroughACarrier()
    {
        test::SippGateway destination(*m_dir,
                                      interopScenario(*m_dir, QStringLiteral("destination_hangs_up.xml"),
                                                      {{QStringLiteral("TALK_MS"), QStringLiteral("3000")}}),
                                      m_portB, 1, 60);
        QVERIFY(destination.listening());
        const core::Money before = balanceOf();

        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        QCOMPARE(store::toString(request.trigger), QStringLiteral("sms"));
        // The phone answers and hears its balance, then the destination.
        const auto answered = m_phone->waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 15'000);
        QVERIFY2(answered, qPrintable(m_phone->events()));
        QVERIFY2(m_phone->waitToHear(1000, 15'000), "the phone heard no announcement");
        QCOMPARE(bridgedOrEnded(request.id), RequestState::Bridged);
        QVERIFY2(m_phone->waitToHear(m_phone->heard().soundingMs + 1500, 10'000),
                 "the phone did not hear the destination");

        // The destination hangs up: its BYE comes back through the carrier,
        // and the switch hangs up the phone.
        const auto hungUp = m_phone->waitForEvent(QStringLiteral("CALL_CLOSED"), 15'000);
        QVERIFY2(hungUp, qPrintable(m_phone->events()));
        requestEndsAs(request.id, RequestState::Completed, 15'000);
        QVERIFY(destination.succeeded());

        carrierCarried({QStringLiteral("ACK to sip:dest@127.0.0.1:%1").arg(m_portB),
                        QStringLiteral("BYE to sip:127.0.0.1:%1").arg(m_switchPort)});
        billedExactly(before, hungUp->atMs - answered->atMs);
    }

    // Needs the switch to answer a re-INVITE on an established leg.
    void holdAndResumeFromThePhoneMidCall()
    {
        test::SippGateway destination(
            *m_dir, interopScenario(*m_dir, QStringLiteral("destination_talks.xml")), m_portB, 1, 60);
        QVERIFY(destination.listening());
        const core::Money before = balanceOf();

        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147")));
        const auto request = store::CallbackRequestRepository(*db(), m_clock).recent().first();
        const auto answered = m_phone->waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 15'000);
        QVERIFY2(answered, qPrintable(m_phone->events()));
        QVERIFY2(m_phone->waitToHear(1000, 15'000), "the phone heard no announcement");
        QCOMPARE(bridgedOrEnded(request.id), RequestState::Bridged);
        QVERIFY2(m_phone->waitToHear(m_phone->heard().soundingMs + 500, 10'000),
                 "the phone did not hear the destination");

        // Hold: the phone re-INVITEs with a=sendonly. The switch must answer
        // 200 OK, and (RFC 3264, 6.1) with a=recvonly or a=inactive.
        QVERIFY(m_phone->command(QStringLiteral("hold")));
        test::BaresipPhone::Transaction hold;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (hold = m_phone->offer(answered->callId, QStringLiteral("sendonly"))).finalResponse,
            qPrintable(describe(hold)), 5'000);
        QVERIFY2(hold.finalResponse->status() == 200, qPrintable(describe(hold)));
        const QString held = test::BaresipPhone::sdpDirection(hold.finalResponse->body);
        QVERIFY2(held == QLatin1String("recvonly") || held == QLatin1String("inactive"),
                 qPrintable(describe(hold)));

        // On hold for a second of the phone's own talking: having answered
        // that it will only receive, the switch sends the phone nothing (one
        // packet already on its way aside).
        const auto onHold = m_phone->audioCounters();
        QVERIFY(onHold.sentSeconds >= 0 && onHold.rtpReceived >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_phone->audioCounters().sentSeconds >= onHold.sentSeconds + 1, 5'000);
        const qint64 receivedOnHold = m_phone->audioCounters().rtpReceived - onHold.rtpReceived;
        QVERIFY2(receivedOnHold <= 1,
                 qPrintable(QStringLiteral("%1 RTP packets on hold").arg(receivedOnHold)));

        // Resume: a=sendrecv, answered 200 OK with sendrecv.
        QVERIFY(m_phone->command(QStringLiteral("resume")));
        test::BaresipPhone::Transaction resume;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (resume = m_phone->offer(answered->callId, QStringLiteral("sendrecv"))).finalResponse,
            qPrintable(describe(resume)), 5'000);
        QVERIFY2(resume.finalResponse->status() == 200, qPrintable(describe(resume)));
        QCOMPARE(test::BaresipPhone::sdpDirection(resume.finalResponse->body), QStringLiteral("sendrecv"));

        // The call goes on: a second of the destination's audio (30 ms
        // packets) reaches the phone again and is decoded.
        const auto resumed = m_phone->audioCounters();
        QTRY_VERIFY2_WITH_TIMEOUT(m_phone->audioCounters().rtpReceived >= resumed.rtpReceived + 33,
                                  "no audio reached the phone after resuming", 5'000);
        QVERIFY(m_phone->audioCounters().decodedSeconds > resumed.decodedSeconds);
        QCOMPARE(store::CallbackRequestRepository(*db(), m_clock).find(request.id)->state,
                 RequestState::Bridged);
        QVERIFY(m_phone->command(QStringLiteral("hangup")));
        const auto hungUp = m_phone->waitForEvent(QStringLiteral("CALL_CLOSED"), 10'000);
        QVERIFY(hungUp);
        requestEndsAs(request.id, RequestState::Completed, 15'000);
        QVERIFY(destination.succeeded());
        billedExactly(before, hungUp->atMs - answered->atMs);
    }

private:
    // The state request `requestId` is in once it is bridged or has ended
    // (waiting 30 s at most).
    RequestState bridgedOrEnded(std::int64_t requestId)
    {
        RequestState state{};
        waitForState(requestId, {RequestState::Bridged, RequestState::Completed, RequestState::Failed},
                     30'000, &state);
        return state;
    }

    // The buy table of the loopback gateways, replaced by two rates known
    // here (per second to the UK, 6/6 to North America). Returns them.
    std::pair<store::Rate, store::Rate> useKnownBuyRates()
    {
        auto database = db();
        const auto gateway =
            store::GatewayRepository(*database, m_clock).findGatewayByName(QStringLiteral("US phones"));
        store::Rate uk;
        uk.prefix = QStringLiteral("44");
        uk.destination = QStringLiteral("United Kingdom");
        uk.perMinute = core::Money::fromMicros(31'337);
        uk.firstIncrement = 1;
        uk.nextIncrement = 1;
        store::Rate us;
        us.prefix = QStringLiteral("1");
        us.destination = QStringLiteral("United States");
        us.perMinute = core::Money::fromMicros(9'103);
        us.connectFee = core::Money::fromMicros(1'001);
        us.firstIncrement = 6;
        us.nextIncrement = 6;
        store::RateRepository(*database, m_clock).replaceRates(*gateway->buyTableId, {uk, us});
        return {uk, us};
    }

    // Leg A goes to the phone; leg B to the carrier, with its credentials.
    void routeThroughThePeers()
    {
        auto database = db();
        store::GatewayRepository gateways(*database, m_clock);
        auto phones = *gateways.findGatewayByName(QStringLiteral("UK phones"));
        phones.port = m_phone->sipPort();
        gateways.updateGateway(phones);
        auto carrier = *gateways.findGatewayByName(QStringLiteral("US phones"));
        carrier.port = m_carrier->port();
        carrier.username = carrierAccount.username;
        carrier.password = carrierAccount.password;
        gateways.updateGateway(carrier);
    }

    // The phone answered the switch's offer in `callId` with telephone-event
    // (RFC 4733), so its keys go as events.
    bool telephoneEventsAgreed(const QString& callId) const
    {
        const auto trace = m_phone->sipTrace();
        return std::any_of(trace.cbegin(), trace.cend(), [&](const test::BaresipPhone::SipMessage& m) {
            return m.fromPhone && m.callId == callId && m.status() == 200 &&
                   m.cseqMethod == QLatin1String("INVITE") &&
                   m.body.contains(QLatin1String("telephone-event/8000"));
        });
    }

    // Kamailio challenged the switch's INVITE for the destination, took the
    // answer to its challenge and relayed the call, Record-Routed: the
    // `inDialog` requests (each a start, such as "BYE to sip:dest@…") came
    // through it too, in that order.
    void carrierCarried(const QStringList& inDialog)
    {
        QStringList expected{
            QStringLiteral("INVITE 12025550147 challenged"),
            QStringLiteral("INVITE 12025550147 authorised for %1, relayed to sip:127.0.0.1:%2")
                .arg(carrierAccount.username)
                .arg(m_portB)};
        for (const QString& request : inDialog)
            expected << QStringLiteral("in-dialog ") + request;
        const auto matches = [&] {
            const QStringList decisions = m_carrier->decisions();
            if (decisions.size() != expected.size())
                return false;
            for (qsizetype i = 0; i < decisions.size(); ++i)
                if (!decisions[i].startsWith(expected[i]))
                    return false;
            return true;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(matches(), qPrintable(m_carrier->decisions().join(u'\n')), 2'000);
    }

    // The newest call: both legs answered, to the phone and through the
    // carrier, leg A as long as the phone saw it up (`phoneUpMs`, within
    // 0.5 s), RTP relayed both ways, each leg priced by the billing rule at
    // the rates set here to the micro-unit, and the sum charged to the
    // ledger with no credit left held.
    void billedExactly(core::Money balanceBefore, std::int64_t phoneUpMs)
    {
        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto calls = cdrs.recentCalls();
        QCOMPARE(calls.size(), 1);
        const store::CallRecord& call = calls.first();
        QCOMPARE(call.state, store::CallState::Completed);
        QCOMPARE(cdrs.legs(call.id).size(), 2);
        const auto legs = legsOnceRelayed(); // the RTP counters may come after the call ends
        QCOMPARE(legs.size(), 2);
        const store::GatewayRepository gateways(*database, m_clock);
        const std::array<QString, 2> gatewayNames{QStringLiteral("UK phones"), QStringLiteral("US phones")};
        const std::array<store::Rate, 2> sellRates{m_sell.first, m_sell.second};
        const std::array<store::Rate, 2> buyRates{m_buy.first, m_buy.second};
        core::Money sell;
        core::Money buy;
        for (std::size_t i = 0; i < 2; ++i) {
            const store::LegRecord& leg = legs[qsizetype(i)];
            QCOMPARE(leg.gatewayId, gateways.findGatewayByName(gatewayNames[i])->id);
            QVERIFY(leg.answeredAt && leg.endedAt && !leg.open);
            QCOMPARE(leg.durationMs, *leg.endedAt - *leg.answeredAt);
            QVERIFY2(leg.packetsIn >= 30,
                     qPrintable(QStringLiteral("leg %1 relayed %2 packets").arg(leg.leg).arg(leg.packetsIn)));
            const billing::Charge charge = billing::chargeForDuration(sellRates[i], leg.durationMs);
            QCOMPARE(leg.sellPrefix, sellRates[i].prefix);
            QCOMPARE(leg.chargedSeconds, charge.seconds);
            QCOMPARE(leg.sell.micros(), charge.amount.micros());
            QCOMPARE(leg.buyPrefix, buyRates[i].prefix);
            QCOMPARE(leg.buy.micros(),
                     billing::chargeForDuration(buyRates[i], leg.durationMs).amount.micros());
            sell += leg.sell;
            buy += leg.buy;
        }
        QCOMPARE(legs[0].number, QStringLiteral("447700900123"));
        QCOMPARE(legs[1].number, QStringLiteral("12025550147"));
        QVERIFY2(std::abs(legs[0].durationMs - phoneUpMs) < 500,
                 qPrintable(QStringLiteral("leg A lasted %1 ms, the phone had it up %2 ms")
                                .arg(legs[0].durationMs)
                                .arg(phoneUpMs)));
        QCOMPARE(call.sell.micros(), sell.micros());
        QCOMPARE(call.buy.micros(), buy.micros());

        const auto account = store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"));
        QCOMPARE(account->balance.micros(), (balanceBefore - sell).micros());
        const auto charged = store::LedgerRepository(*database, m_clock).entries(account->id).first();
        QCOMPARE(charged.amount.micros(), (-sell).micros());
        QCOMPARE(store::toString(charged.reason), store::toString(store::LedgerReason::Call));
        QCOMPARE(charged.reference, QStringLiteral("call %1").arg(call.id));
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
        QCOMPARE(heldReservations(*database), 0);
    }
};

QTEST_GUILESS_MAIN(TestInterop)
#include "TestInterop.moc"
