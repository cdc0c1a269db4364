// The call path's hard cases, end to end with sipp and the real switch: the
// credit cut-off against the quoted max talk, many calls on little credit,
// teardown races (answers crossing our CANCEL, BYEs crossing), the warning
// tone, anti-repeat, and a database that refuses the records at hang-up.
#include "CallbackFlowFixture.h"

using namespace rebound;

class TestCallPathRaces : public test::CallbackFlowFixture
{
    Q_OBJECT

    // Takes the database's write lock as another program would (a backup, a
    // long card batch), waits until the switch logs that it could not bill
    // the call, runs `meanwhile`, and lets the lock go.
    void lockUntilBillingFails(const std::function<void()>& meanwhile)
    {
        const auto blocker = db();
        QSqlQuery lock(blocker->connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        waitForLog(QStringLiteral("could not bill call"), 60'000);
        meanwhile();
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    }

private Q_SLOTS:
    void theCutOffIsTheQuotedMaxTalk_data()
    {
        QTest::addColumn<qint64>("balanceMicros");
        QTest::addColumn<int>("graceB");
        QTest::newRow("0.26") << qint64(260'000) << 0;
        QTest::newRow("0.22, 3 s grace") << qint64(220'000) << 3;
    }

    void theCutOffIsTheQuotedMaxTalk()
    {
        // The hold is sized with 60 s of leg A for B's ringing; when B
        // answers sooner, the credit that frees up buys talk time too.
        QFETCH(qint64, balanceMicros);
        QFETCH(int, graceB);
        const auto [rateA, rateB] = useIssueRates(graceB);
        const core::Money before = core::Money::fromMicros(balanceMicros);
        setBalance(QStringLiteral("1001"), before);
        // The sipp phones are silent; only the credit may end this call.
        silentPhonesAreFine();
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"), {}, 1, 120);
        test::SippGateway legB = destination(QStringLiteral("gateway_answer.xml"), {}, 1, 120);
        smsCallbackCompletes(legA, legB, 120'000);

        const auto database = db();
        const auto [call, legs] = newestCall();
        QCOMPARE(legs.size(), 2);
        const store::LegRecord& a = legs[0];
        const store::LegRecord& b = legs[1];
        const int secondsA = billing::billableSeconds(*b.answeredAt - *a.answeredAt);
        const int expected = billing::Rater::maxTalkSeconds(before, rateA, secondsA, rateB, 4 * 3600);
        QVERIFY2(expected > graceB, qPrintable(QString::number(expected)));
        const auto match = QRegularExpression(QStringLiteral("bridged, limit (\\d+) s")).match(m_log);
        QVERIFY2(match.hasMatch(), qPrintable(m_log.right(3000)));
        QCOMPARE(match.captured(1).toInt(), expected);
        QCOMPARE(call.limitSeconds.value_or(-1), expected); // the limit enforced, for the Live calls page
        QCOMPARE(call.hangupReason, QStringLiteral("credit limit reached"));
        QVERIFY(std::abs(b.durationMs - std::int64_t(expected) * 1000) <= 1000);
        // Billed by the billing rule, to the micro-unit, never below the limit.
        QCOMPARE(a.sell, billing::chargeForDuration(rateA, a.durationMs).amount);
        QCOMPARE(b.sell, billing::chargeForDuration(rateB, b.durationMs).amount);
        QVERIFY(b.sell > core::Money()); // never a destination sold for nothing
        const core::Money after =
            store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"))->balance;
        QCOMPARE(after, before - a.sell - b.sell);
        QVERIFY2(after >= core::Money(), qPrintable(after.toPlainString(6)));
        creditIsSettled();

        // The reseller's quote for the same inputs says the same.
        setBalance(QStringLiteral("1001"), before);
        QCOMPARE(quotedMaxTalk(secondsA), expected);
    }

    void twentyBalancesAreEachCutAtTheirMaxTalk()
    {
        // Twenty subscribers with rising balances call at once; each call is
        // cut when its own credit runs out, within a second of the longest
        // talk time the billing rule allows, and no balance ends below zero.
        constexpr int Calls = 20;
        store::Rate rateA;
        store::Rate rateB;
        QList<std::pair<std::int64_t, core::Money>> accounts;
        {
            auto database = db();
            std::tie(rateA, rateB) = useIssueRates(0);
            // Per-second pricing on B keeps each call short: 3.00/min.
            rateB.perMinute = core::Money::fromMicros(3'000'000);
            rateB.firstIncrement = 1;
            rateB.nextIncrement = 1;
            rateB.minSeconds = 0;
            const std::int64_t plan =
                *store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"))->sellPlanId;
            store::RateRepository(*database, m_clock).replaceRates(plan, {rateA, rateB});
            store::SettingsRepository settings(*database);
            settings.setValue(QStringLiteral("callback.ivr_allowance_seconds"), QStringLiteral("15"));
            settings.setValue(QStringLiteral("callback.ring_allowance_seconds"), QStringLiteral("10"));
            store::AccountRepository repository(*database, m_clock);
            for (int i = 0; i < Calls; ++i) {
                store::Account account;
                account.accountCode = QStringLiteral("20%1").arg(i, 2, 10, QLatin1Char('0'));
                account.name = QStringLiteral("Sweep %1").arg(i);
                account.sellPlanId = plan;
                account.callbackNumber = core::PhoneNumber::fromE164(
                    QStringLiteral("4477009002%1").arg(i, 2, 10, QLatin1Char('0')));
                // The SMS all come from one phone (1001's), so each carries its account's PIN.
                account.pinHash = core::PasswordHash::hash(QStringLiteral("135790"));
                const std::int64_t id = repository.insert(account);
                const core::Money balance = core::Money::fromMicros(330'000 + 53'000 * i);
                billing::CreditManager(*database, m_clock)
                    .adjust(id, balance, store::LedgerReason::Adjustment, QStringLiteral("test"),
                            QStringLiteral("test"));
                accounts.append({id, balance});
            }
        }
        silentPhonesAreFine();
        QStringList texts;
        for (int i = 0; i < Calls; ++i)
            texts.append(
                QStringLiteral("20%1 PIN 135790 +4477009002%1 +120255501%1").arg(i, 2, 10, QLatin1Char('0')));
        Crowd crowd;
        smsCallbacksAtOnce(texts, 120, &crowd);
        QVERIFY(crowd.phones->succeeded());
        QVERIFY(crowd.destinations->succeeded());
        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        for (const auto& [accountId, before] : accounts) {
            const auto calls = cdrs.recentCalls(accountId);
            QCOMPARE(calls.size(), 1);
            const auto legs = cdrs.legs(calls.first().id);
            QCOMPARE(legs.size(), 2);
            QCOMPARE(calls.first().hangupReason, QStringLiteral("credit limit reached"));
            const int secondsA = billing::billableSeconds(*legs[1].answeredAt - *legs[0].answeredAt);
            const int expected = billing::Rater::maxTalkSeconds(before, rateA, secondsA, rateB, 4 * 3600);
            QVERIFY2(std::abs(legs[1].durationMs - std::int64_t(expected) * 1000) <= 1000,
                     qPrintable(QStringLiteral("%1: talked %2 ms, max talk %3 s")
                                    .arg(before.toPlainString(2))
                                    .arg(legs[1].durationMs)
                                    .arg(expected)));
            QCOMPARE(calls.first().limitSeconds.value_or(-1), expected);
            const core::Money after =
                store::AccountRepository(*database, m_clock).findById(accountId)->balance;
            QCOMPARE(after, before - calls.first().sell);
            QVERIFY2(after >= core::Money(), qPrintable(after.toPlainString(6)));
        }
        creditIsSettled();
    }

    void aLateAnswerAfterWeGaveUpIsHungUp()
    {
        // Leg A's gateway is silent for 6 s, so the switch gives up on it
        // after 5 s; then it answers. The switch ACKs and BYEs that leg
        // (sipp fails without the BYE) and nobody pays for it.
        store::SettingsRepository(*db()).setValue(QStringLiteral("callback.retries"), QStringLiteral("0"));
        test::SippGateway legA = phone(QStringLiteral("gateway_silent_then_answer.xml"));
        store::CallbackRequest request;
        smsCallbackEnds(&request, 60'000);
        QCOMPARE(request.state, RequestState::Failed);
        QVERIFY2(legA.succeeded(), qPrintable(m_log.right(3000)));
        const auto database = db();
        const auto legs = newestCallLegs(*database);
        QCOMPARE(legs.size(), 1);
        QCOMPARE(legs[0].sell, core::Money());
        QCOMPARE(legs[0].durationMs, 0);
        creditIsSettled();
    }

    void subscriberHangsUpWhileTheDestinationRings_data()
    {
        QTest::addColumn<QString>("destinationScenario");
        QTest::newRow("487 after CANCEL") << QStringLiteral("gateway_ring_until_cancel.xml");
        QTest::newRow("200 crossing CANCEL") << QStringLiteral("gateway_ring_answer_crossing_cancel.xml");
    }

    void subscriberHangsUpWhileTheDestinationRings()
    {
        // The phone hangs up 9 s after answering: after the balance (about
        // 6 s), while B rings. B is CANCELled; if its 200 OK crosses the
        // CANCEL it is BYEd at once and billed nothing: never bridged to a
        // leg A that is gone, never left up until the limit.
        QFETCH(QString, destinationScenario);
        test::SippGateway legA = phone(QStringLiteral("gateway_answer_hangup.xml"), test::talkingFor(9000));
        test::SippGateway legB = destination(destinationScenario);
        store::CallbackRequest request;
        smsCallbackEnds(&request, 60'000);
        hasFailed(request, QStringLiteral("hung up before"));
        QVERIFY(legA.succeeded());
        QVERIFY2(legB.succeeded(), qPrintable(m_log.right(3000)));
        QVERIFY(!m_log.contains(QStringLiteral("bridged")));
        const auto database = db();
        const auto [call, legs] = newestCall();
        QCOMPARE(legs.size(), 2);
        QCOMPARE(legs[1].durationMs, 0);
        QCOMPARE(legs[1].sell, core::Money());
        QCOMPARE(legs[1].buy, core::Money());
        // Leg A is billed to its own BYE, about 9 s.
        QVERIFY(std::abs(legs[0].durationMs - 9000) < 1500);
        QCOMPARE(call.sell, legs[0].sell);
        creditIsSettled();
    }

    void bothPhonesHangUpAtOnce()
    {
        // Leg A hangs up 9.3 s after answering (the balance takes about
        // 6.3 s), leg B 3 s after answering: both BYEs leave at about the
        // same moment and may cross the switch's own. Either way both legs
        // end, each billed to its own end, and the call is billed once.
        test::SippGateway legA =
            phone(QStringLiteral("gateway_hangup_crossing_bye.xml"), test::talkingFor(9300));
        test::SippGateway legB =
            destination(QStringLiteral("gateway_hangup_crossing_bye.xml"), test::talkingFor(3000));
        const core::Money before = balanceOf();
        smsCallbackCompletes(legA, legB, 60'000);
        const auto database = db();
        const auto [call, legs] = newestCall();
        QCOMPARE(legs.size(), 2);
        for (const store::LegRecord& leg : legs)
            QVERIFY(!leg.open);
        QVERIFY(std::abs(legs[1].durationMs - 3000) < 1000);
        QVERIFY(std::abs(*legs[0].endedAt - *legs[1].endedAt) < 1000);
        QCOMPARE(store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"))->balance,
                 before - call.sell);
        creditIsSettled();
    }

    void aCompletedCallbackIsNotRepeatedWithinTheWindow()
    {
        // The same SMS again right after a completed callback (a phone that
        // resends, a double tap) is ignored for callback.anti_repeat_seconds
        // (default 60), and nobody is rung twice.
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"));
        test::SippGateway legB =
            destination(QStringLiteral("gateway_answer_hangup.xml"), test::talkingFor(1000));
        smsCallbackCompletes(legA, legB, 60'000);
        QVERIFY(sendSms(QStringLiteral("1001 +447700900123 +12025550147"),
                        QStringLiteral("less than 60 seconds ago")));
        const auto database = db();
        QCOMPARE(store::CallbackRequestRepository(*database, m_clock).recent().size(), 1);
        QCOMPARE(store::CdrRepository(*database, m_clock).recentCalls().size(), 1);
    }

    void theWarningToneIsHeardBeforeTheCut()
    {
        // The subscriber's phone sends its audio to a socket of ours. Leg B
        // is silent, so after the bridge the phone hears only the warning:
        // 1400 Hz beeps, 5 s before the credit runs out.
        silentPhonesAreFine();
        {
            auto database = db();
            const auto account =
                store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"));
            store::RateRepository rates(*database, m_clock);
            auto plan = rates.rates(*account->sellPlanId);
            for (store::Rate& r : plan) {
                r.firstIncrement = 1;
                r.nextIncrement = 1;
            }
            rates.replaceRates(*account->sellPlanId, plan);
            store::SettingsRepository settings(*database);
            settings.setValue(QStringLiteral("callback.ivr_allowance_seconds"), QStringLiteral("15"));
            settings.setValue(QStringLiteral("callback.ring_allowance_seconds"), QStringLiteral("10"));
            settings.setValue(QStringLiteral("callback.warning_seconds"), QStringLiteral("5"));
        }
        setBalance(QStringLiteral("1001"), core::Money::fromMicros(9'000));
        test::PhoneEar ear;
        test::SippGateway legA =
            phone(QStringLiteral("gateway_answer.xml"),
                  {{QStringLiteral("[media_port]"), QString::number(ear.port())}}, 1, 90);
        test::SippGateway legB = destination(QStringLiteral("gateway_answer.xml"), {}, 1, 90);
        smsCallbackCompletes(legA, legB, 90'000);
        const auto database = db();
        const auto [call, legs] = newestCall();
        QCOMPARE(legs.size(), 2);
        const std::int64_t bridgedAt = *legs[1].answeredAt;
        const std::int64_t cutAt = bridgedAt + std::int64_t(call.limitSeconds.value_or(0)) * 1000;
        QVERIFY2(*call.limitSeconds > 6, qPrintable(QString::number(*call.limitSeconds)));
        // What reached the phone after the bridge (a little margin for the
        // ringback tone that stops there).
        std::vector<std::int16_t> after;
        std::int64_t firstAt = 0;
        for (const test::PhoneEar::Packet& p : ear.packets())
            if (p.atMs > bridgedAt + 200) {
                firstAt = firstAt ? firstAt : p.atMs;
                after.insert(after.end(), p.pcm.begin(), p.pcm.end());
            }
        QVERIFY2(after.size() >= 800, qPrintable(QString::number(after.size()))); // at least 100 ms of beeps
        QVERIFY2(std::abs(firstAt - (cutAt - 5000)) < 1000,
                 qPrintable(QStringLiteral("first heard %1 ms after the bridge, cut at %2 ms")
                                .arg(firstAt - bridgedAt)
                                .arg(cutAt - bridgedAt)));
        // Goertzel: the share of the energy at 1400 Hz (8 kHz sampling).
        const double w = 2 * M_PI * 1400.0 / 8000.0;
        double total = 0;
        double tone = 0;
        for (std::size_t start = 0; start + 160 <= after.size(); start += 160) {
            double s1 = 0;
            double s2 = 0;
            double energy = 0;
            for (std::size_t i = start; i < start + 160; ++i) {
                const double x = after[i];
                const double s0 = x + 2 * std::cos(w) * s1 - s2;
                s2 = s1;
                s1 = s0;
                energy += x * x;
            }
            tone += (s1 * s1 + s2 * s2 - 2 * std::cos(w) * s1 * s2) * 2 / 160;
            total += energy;
        }
        QVERIFY(total > 0);
        QVERIFY2(tone / total > 0.8, qPrintable(QString::number(tone / total)));
    }

    void aDatabaseLockedInTheIvrEndsTheCallNotTheSwitch()
    {
        // The write lock is held (a long card batch, a backup) while the
        // subscriber hears the balance, so the switch cannot take the hold
        // for leg B. The call ends cleanly with the reason, the switch stays
        // up, and the call is billed once the lock is gone.
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"), {}, 1, 90);
        std::int64_t requestId = 0;
        smsCallbackReaches(RequestState::Ivr, 30'000, &requestId);
        lockUntilBillingFails([this] { QCOMPARE(m_switch->state(), QProcess::Running); });
        if (QTest::currentTestFailed())
            return;
        requestEndsAs(requestId, RequestState::Failed, 60'000);
        const auto ended = *store::CallbackRequestRepository(*db(), m_clock).find(requestId);
        QVERIFY2(ended.failureReason.contains(QStringLiteral("database")), qPrintable(ended.failureReason));
        QVERIFY(legA.succeeded()); // leg A got its BYE
        QCOMPARE(m_switch->state(), QProcess::Running);
        const auto database = db();
        const auto legs = newestCallLegs(*database);
        QCOMPARE(legs.size(), 1); // leg B was never dialled
        QVERIFY(!legs[0].open);
        creditIsSettled();
    }

    void aFailingDiskEndsTheCallNotTheSwitch_data()
    {
        QTest::addColumn<RequestState>("state");
        QTest::addColumn<QString>("destinationScenario");
        QTest::newRow("in the IVR") << RequestState::Ivr << QStringLiteral("gateway_answer.xml");
        QTest::newRow("while bridged")
            << RequestState::Bridged << QStringLiteral("gateway_answer_hangup.xml");
    }

    void aFailingDiskEndsTheCallNotTheSwitch()
    {
        // The disk fails at a given moment of the call: the switch's file
        // size limit drops to one byte, so every write it makes fails (EFBIG,
        // which SQLite reports as a disk I/O error, as it would a full or
        // failing disk). The call ends cleanly or goes on to its end, the
        // switch stays up, and once writes work again every leg is billed
        // and the hold released.
        QFETCH(RequestState, state);
        QFETCH(QString, destinationScenario);
        if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
            QFAIL("prlimit is missing (Debian package util-linux)");
        m_switchSurvivesFileLimits = true;
        restartSwitch();
        const auto limit = [this](const QString& size) {
            return QProcess::execute(QStringLiteral("prlimit"),
                                     {QStringLiteral("--pid"), QString::number(m_switch->processId()),
                                      QStringLiteral("--fsize=%1:").arg(size)}) == 0;
        };
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"), {}, 1, 90);
        test::SippGateway legB = destination(destinationScenario, test::talkingFor(3000), 1, 90);
        std::int64_t requestId = 0;
        smsCallbackReaches(state, 30'000, &requestId);
        RequestState now{};
        QVERIFY(limit(QStringLiteral("1")));
        // The switch meets the failing disk (a refused write), and lives on.
        waitForLog(QStringLiteral("disk I/O error"), 60'000);
        QCOMPARE(m_switch->state(), QProcess::Running);
        QVERIFY(limit(QStringLiteral("unlimited")));
        waitForState(requestId, {RequestState::Completed, RequestState::Failed}, 90'000, &now);
        QTRY_COMPARE_WITH_TIMEOUT(heldReservations(*db()), 0, 90'000); // billed once there was room
        QCOMPARE(m_switch->state(), QProcess::Running);
        const auto database = db();
        for (const auto& leg : newestCallLegs(*database))
            QVERIFY(!leg.open);
        QVERIFY(store::LedgerRepository(*database, m_clock).findMismatches().isEmpty());
        QVERIFY(legA.succeeded()); // leg A got its BYE
    }

    void aSuspendedAccountsCallEnds()
    {
        // The reseller suspends a subscriber (or their prepaid card expires
        // at a trigger, or a fraud alarm suspends them) during a call: the
        // switch's sweep ends the call and bills it as it stood.
        store::SettingsRepository(*db()).setValue(QStringLiteral("cards.expiry_check_seconds"),
                                                  QStringLiteral("1"));
        restartSwitch();
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"), {}, 1, 90);
        test::SippGateway legB = destination(QStringLiteral("gateway_answer.xml"), {}, 1, 90);
        std::int64_t requestId = 0;
        smsCallbackReaches(RequestState::Bridged, 30'000, &requestId);
        db()->run(QStringLiteral("UPDATE accounts SET status = 'suspended' WHERE account_code = '1001'"), {},
                  QStringLiteral("test"));
        requestEndsAs(requestId, RequestState::Completed, 30'000);
        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto call = cdrs.recentCalls().first();
        QVERIFY2(call.hangupReason.contains(QStringLiteral("not active")), qPrintable(call.hangupReason));
        QVERIFY(call.sell > core::Money());
        creditIsSettled();
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());
    }

    void aBillingRefusedAtHangUpIsRetried()
    {
        // Another program holds the database's write lock (a backup, a stuck
        // editor) when the call ends: the switch cannot write the records,
        // keeps the hold, retries with a growing pause, and bills the call
        // to the instants it really ended once the lock is gone.
        const core::Money before = balanceOf();
        test::SippGateway legA = phone(QStringLiteral("gateway_answer.xml"), {}, 1, 90);
        test::SippGateway legB =
            destination(QStringLiteral("gateway_answer_hangup.xml"), test::talkingFor(3000), 1, 90);
        std::int64_t requestId = 0;
        smsCallbackReaches(RequestState::Bridged, 60'000, &requestId);
        lockUntilBillingFails([this] {
            QCOMPARE(heldReservations(*db()), 1); // still held: nothing was charged twice or lost
        });
        if (QTest::currentTestFailed())
            return;
        requestEndsAs(requestId, RequestState::Completed, 60'000);
        waitForLog(QStringLiteral("billed after"), 10'000);
        QVERIFY(legA.succeeded());
        QVERIFY(legB.succeeded());

        const auto database = db();
        const store::CdrRepository cdrs(*database, m_clock);
        const auto call = cdrs.recentCalls().first();
        QCOMPARE(call.state, store::CallState::Completed);
        const auto legs = cdrs.legs(call.id);
        QCOMPARE(legs.size(), 2);
        // Billed to the BYE, not to when the database let the switch write.
        QVERIFY2(std::abs(legs[1].durationMs - 3000) < 1000, qPrintable(QString::number(legs[1].durationMs)));
        QVERIFY(*legs[0].endedAt - *legs[1].endedAt < 1000);
        QCOMPARE(store::AccountRepository(*database, m_clock).findByCode(QStringLiteral("1001"))->balance,
                 before - call.sell);
        creditIsSettled();
    }

    void twentyConcurrentCallbacksShareOneSmallBalance()
    {
        // One account, twenty of its phones asking at once by SMS, and credit
        // for a few short calls: every call holds its credit before it
        // costs anything, so together they never spend more than there is.
        // Five calls can hold their IVR minute; about two of them can also
        // pay for some of leg B beyond its 3 s grace (the others are never
        // connected, since B would be sold for nothing).
        const core::Money before = core::Money::fromMicros(70'000);
        std::int64_t accountId = 0;
        {
            auto database = db();
            store::AccountRepository accounts(*database, m_clock);
            auto account = *accounts.findByCode(QStringLiteral("1001"));
            accountId = account.id;
            account.maxConcurrentCalls = 25; // the credit must be what stops them
            accounts.update(account);
            store::SettingsRepository settings(*database);
            settings.setValue(QStringLiteral("callback.ivr_allowance_seconds"), QStringLiteral("15"));
            settings.setValue(QStringLiteral("callback.ring_allowance_seconds"), QStringLiteral("10"));
            settings.setValue(QStringLiteral("callback.max_call_seconds"), QStringLiteral("5"));
        }
        setBalance(QStringLiteral("1001"), before);
        constexpr int Requests = 20;
        QStringList texts;
        for (int i = 0; i < Requests; ++i)
            texts.append(QStringLiteral("1001 +4477009002%1 +120255501%1").arg(i, 2, 10, QLatin1Char('0')));
        Crowd crowd;
        smsCallbacksAtOnce(texts, 90, &crowd);
        const QList<store::CallbackRequest>& requests = crowd.requests;

        int completed = 0;
        for (const store::CallbackRequest& r : requests) {
            if (r.state == RequestState::Completed)
                ++completed;
            else
                QVERIFY2(r.failureReason.contains(QStringLiteral("not have enough credit")),
                         qPrintable(r.failureReason));
        }
        QVERIFY2(completed >= 1 && completed < Requests, qPrintable(QString::number(completed)));
        const auto database = db();
        core::Money spent;
        for (const store::CallRecord& call : store::CdrRepository(*database, m_clock).recentCalls())
            spent += call.sell;
        const core::Money after = store::AccountRepository(*database, m_clock).findById(accountId)->balance;
        QCOMPARE(after, before - spent);
        QVERIFY2(after >= core::Money(), qPrintable(after.toPlainString(6))); // the credit limit (0) held
        creditIsSettled();
        qInfo("%d of %d callbacks went through; %s of %s spent", completed, Requests,
              qPrintable(spent.toPlainString(6)), qPrintable(before.toPlainString(6)));
    }
};

QTEST_MAIN(TestCallPathRaces)
#include "TestCallPathRaces.moc"
