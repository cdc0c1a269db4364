// rebound-switch try (issue 19): a whole SMS test callback through the
// built-in test phones and the test carrier, run by the real executable; the
// steps it prints, the call record it leaves (a test call, both legs on the
// test carrier) and the charge, which is the ledger's.
#include "core/PasswordHash.h"
#include "demo/DemoData.h"
#include "routing/Router.h"
#include "store/AccountRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "support/CallStates.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rebound;

class TestTryCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::MockClock m_clock;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("try.sqlite")); }

    std::pair<int, QString> run(const QStringList& arguments, QString* err = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(REBOUND_SWITCH_EXE),
                      QStringList{QStringLiteral("--db"), dbPath()} + arguments);
        if (!process.waitForFinished(120000))
            process.kill();
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        core::PasswordHash::setDefaultIterationsForTesting(1000);
        auto db = store::Database::open(dbPath());
        demo::DemoData::seed(*db, m_clock);
        // The callback starts at once: the test waits for events, not for a delay.
        store::SettingsRepository(*db).setValue(QStringLiteral("callback.delay_ms"), QStringLiteral("0"));
    }

    void smsTestCallbackRunsWholeAndIsBilled()
    {
        core::Money before;
        {
            auto db = store::Database::open(dbPath());
            before = store::AccountRepository(*db, m_clock).findByCode(QStringLiteral("1001"))->balance;
        }
        QString err;
        const auto [code, out] =
            run({QStringLiteral("try"), QStringLiteral("sms"), QStringLiteral("--account"),
                 QStringLiteral("1001"), QStringLiteral("--destination"), QStringLiteral("+12025550147"),
                 QStringLiteral("--talk"), QStringLiteral("5")},
                &err);
        QVERIFY2(code == 0, qPrintable(out + err));

        // Every step, in order.
        const QStringList steps{
            QStringLiteral("Switch on 127.0.0.1:"),
            QStringLiteral("Test phones on 127.0.0.1:"),
            QStringLiteral(
                "Phone A is +447700900123 (subscriber 1001's callback number); phone B is +12025550147"),
            QStringLiteral("Phone A texts \"1001 +12025550147\" to the switch"),
            QStringLiteral("The switch took the SMS: 200"),
            QStringLiteral("(a test call)"),
            QStringLiteral("Phone A rings, caller ID"),
            QStringLiteral("Phone A answers"),
            QStringLiteral("The switch calls the destination"),
            QStringLiteral("Phone B rings, caller ID +447700900123"), // as every number is shown
            QStringLiteral("Phone B answers"),
            QStringLiteral("Phones A and B are connected: talking for 5 s"),
            QStringLiteral("Phone A hangs up"),
            QStringLiteral("completed"),
            QStringLiteral("(test call), Completed"),
            QStringLiteral("  leg A +447700900123 via Test phones (built-in): SIP 200"),
            QStringLiteral("  leg B +12025550147 via Test phones (built-in): SIP 200"),
            QStringLiteral("Price "),
            QStringLiteral("Charged to 1001: "),
        };
        qsizetype at = 0;
        for (const QString& step : steps) {
            const qsizetype found = out.indexOf(step, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing, in order: %1\n%2").arg(step, out)));
            at = found + step.size();
        }
        QVERIFY2(out.contains(QStringLiteral("SMS reply to phone A: \"OK: we will call you")),
                 qPrintable(out));

        auto db = store::Database::open(dbPath());
        const store::CdrRepository cdrs(*db, m_clock);
        const auto calls = cdrs.recentCalls(std::nullopt, 1);
        QCOMPARE(calls.size(), 1);
        const store::CallRecord call = calls.first();
        QVERIFY(call.test);
        QCOMPARE(call.state, store::CallState::Completed);
        const store::GatewayRepository gateways(*db, m_clock);
        const auto carrier = gateways.testCarrier();
        QVERIFY(carrier);
        QVERIFY(!carrier->enabled); // off again once the phones are
        const auto legs = cdrs.legs(call.id);
        QCOMPARE(legs.size(), 2);
        core::Money sum;
        for (const store::LegRecord& leg : legs) {
            QCOMPARE(*leg.gatewayId, carrier->id); // never a real carrier
            QVERIFY(leg.answeredAt);
            QVERIFY(leg.sell > core::Money()); // both past the demo rates' 3 s grace
            sum += leg.sell;
        }
        QCOMPARE(sum, call.sell);
        QVERIFY(call.sell > core::Money());
        QVERIFY(call.buy > core::Money()); // the cost of the gateway a real call would take
        // The charge printed is the ledger's.
        const core::Money after =
            store::AccountRepository(*db, m_clock).findByCode(QStringLiteral("1001"))->balance;
        QCOMPARE(before - after, call.sell);
        const QString currency = store::SettingsRepository(*db).currency();
        QVERIFY2(out.contains(QStringLiteral("Charged to 1001: %1; balance now %2")
                                  .arg(call.sell.format(currency, QLocale::c(), 4),
                                       after.format(currency, QLocale::c(), 4))),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Price %1, cost %2, profit %3")
                                  .arg(call.sell.format(currency, QLocale::c(), 4),
                                       call.buy.format(currency, QLocale::c(), 4),
                                       (call.sell - call.buy).format(currency, QLocale::c(), 4))),
                 qPrintable(out));
        // Marked as a test call in the records and the reports.
        const auto [showCode, shown] =
            run({QStringLiteral("cdrs"), QStringLiteral("show"), QString::number(call.id)});
        QCOMPARE(showCode, 0);
        QVERIFY2(shown.contains(QStringLiteral("SMS (test call)")), qPrintable(shown));
        const QDate today = QDate::currentDate();
        const auto [reportCode, report] =
            run({QStringLiteral("reports"), QStringLiteral("triggers"), QStringLiteral("--from"),
                 today.addDays(-1).toString(Qt::ISODate), QStringLiteral("--to"),
                 today.addDays(1).toString(Qt::ISODate)});
        QCOMPARE(reportCode, 0);
        QVERIFY2(report.contains(QStringLiteral("SMS (test call)")), qPrintable(report));
        // Real calls route as before: the test carrier is no candidate.
        for (const auto& c : routing::Router(*db, m_clock)
                                 .candidates(core::PhoneNumber::fromE164(QStringLiteral("12025550147"))))
            QVERIFY(!c.gateway.isTest);
    }

    // The switch answers every DID trigger 486 alike, so only its audit says
    // that it took none: `try` reads it and fails at once with the reason
    // instead of waiting for a callback that will not come.
    void saysWhyTheSwitchTookNoCallbackFromTheDid()
    {
        const auto antiRepeat = [this](const QString& seconds) {
            auto db = store::Database::open(dbPath());
            store::SettingsRepository(*db).setValue(QStringLiteral("callback.anti_repeat_seconds"), seconds);
        };
        antiRepeat(QStringLiteral("0")); // whatever 1001 asked for before
        const QStringList tryDid{QStringLiteral("try"),           QStringLiteral("did"),
                                 QStringLiteral("--account"),     QStringLiteral("1001"),
                                 QStringLiteral("--destination"), QStringLiteral("+12025550147"),
                                 QStringLiteral("--talk"),        QStringLiteral("1")};
        QString err;
        auto [code, out] = run(tryDid, &err); // a whole DID callback
        QVERIFY2(code == 0, qPrintable(out + err));
        // Again within the hour: still a free 486, but no callback.
        antiRepeat(QStringLiteral("3600"));
        std::tie(code, out) = run(tryDid, &err);
        QVERIFY2(code == 1, qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("The DID answered 486 Busy Here")), qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("Refused: another request came less than 3600 seconds ago")),
                 qPrintable(out + err));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        antiRepeat(QStringLiteral("60"));
    }

    void refusesWhatItCannotTry()
    {
        QString err;
        auto [code, out] =
            run({QStringLiteral("try"), QStringLiteral("fax"), QStringLiteral("--account"),
                 QStringLiteral("1001"), QStringLiteral("--destination"), QStringLiteral("+12025550147")},
                &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QStringLiteral("did, sms, web or api")), qPrintable(err));
        std::tie(code, out) =
            run({QStringLiteral("try"), QStringLiteral("sms"), QStringLiteral("--account"),
                 QStringLiteral("9999"), QStringLiteral("--destination"), QStringLiteral("+12025550147")},
                &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QStringLiteral("no subscriber 9999")), qPrintable(err));
        std::tie(code, out) = run({QStringLiteral("try"), QStringLiteral("did")}, &err);
        QCOMPARE(code, 2);
        QVERIFY(err.contains(QStringLiteral("Usage: rebound-switch")));
    }
};

QTEST_GUILESS_MAIN(TestTryCommand)
#include "TestTryCommand.moc"
