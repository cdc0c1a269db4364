#include "CliRun.h"
#include "callback/CallBilling.h"
#include "cli/CommandLine.h"
#include "demo/DemoData.h"
#include "reports/BusinessReports.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <cmath>

using namespace rebound;
using core::Money;

namespace {
std::int64_t utc(const char* iso)
{
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(at.isValid());
    return at.toMSecsSinceEpoch();
}

// One callback as the switch makes it: the request, leg A answered and the
// IVR, leg B's attempts, hang-up, then billing.
struct PlannedCall
{
    const char* account;
    const char* trigger;
    const char* destination;
    const char* startUtc;
    int failedBStatus = 0;   // a leg B attempt refused with this status first
    std::int64_t talkMs = 0; // leg B answered and talked this long; 0: never answered
    store::CallState state = store::CallState::Completed; // the call's; its request ends the same way
    const char* reason = "caller hung up";
};

// The local day 2026-01-05 in New York (UTC-5 in January), written out by
// hand rather than computed the way the code under test does it.
const std::int64_t Jan5From = utc("2026-01-05T05:00:00Z");
const std::int64_t Jan5To = utc("2026-01-06T05:00:00Z");

// RFC 4180 fields of one line (quotes doubled inside quoted fields).
QStringList csvFields(const QString& line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line[i];
        if (quoted && ch == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
            fields.last() += u'"';
            ++i;
        } else if (ch == u'"') {
            quoted = !quoted;
        } else if (ch == u',' && !quoted) {
            fields.append(QString());
        } else {
            fields.last() += ch;
        }
    }
    return fields;
}

Money money(const QJsonValue& value)
{
    const auto parsed = Money::parse(value.toString());
    return parsed.value ? *parsed.value : Money::fromMicros(-1);
}
} // namespace

class TestReportsCommand : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    QString m_out;
    QString m_err;
    QList<qint64> m_calls; // in the order made, oldest first

    int run(const QStringList& args) { return test::runCli(m_t->path(), m_t->clock, args, &m_out, &m_err); }

    QJsonObject runJsonObject(const QStringList& args)
    {
        const int code = run(QStringList{QStringLiteral("--json")} + args);
        [&] { QVERIFY2(code == 0, qPrintable(m_err)); }();
        return QJsonDocument::fromJson(m_out.toUtf8()).object();
    }

    QJsonArray runJsonArray(const QStringList& args)
    {
        const int code = run(QStringList{QStringLiteral("--json")} + args);
        [&] { QVERIFY2(code == 0, qPrintable(m_err)); }();
        return QJsonDocument::fromJson(m_out.toUtf8()).array();
    }

    qint64 makeCall(const PlannedCall& plan)
    {
        const store::Database& db = *m_t->db;
        core::MockClock& clock = m_t->clock;
        const auto account =
            store::AccountRepository(db, clock).findByCode(QString::fromLatin1(plan.account)).value();
        const auto gateway =
            store::GatewayRepository(db, clock).findGatewayByName(QStringLiteral("Demo carrier")).value();
        clock.set(utc(plan.startUtc));
        store::CallbackRequest request;
        request.accountId = account.id;
        request.trigger = store::triggerKindFromString(QString::fromLatin1(plan.trigger)).value();
        request.source = QStringLiteral("test");
        request.callbackNumber = account.callbackNumber;
        request.destination = core::PhoneNumber::fromE164(QString::fromLatin1(plan.destination));
        store::CallbackRequestRepository requests(db, clock);
        const std::int64_t requestId = requests.insert(request);

        store::CdrRepository cdrs(db, clock);
        const qint64 call = cdrs.openCall(account.id, requestId);
        const auto a =
            cdrs.openLeg(call, u'A', account.callbackNumber.digits(), gateway.id, QStringLiteral("a"));
        clock.advance(4'000);
        cdrs.legAnswered(a);
        clock.advance(20'000); // the IVR
        const QString destination = QString::fromLatin1(plan.destination);
        if (plan.failedBStatus) {
            const auto refused = cdrs.openLeg(call, u'B', destination, gateway.id, QStringLiteral("b1"));
            clock.advance(2'000);
            cdrs.closeLeg(refused, plan.failedBStatus,
                          plan.failedBStatus == 486 ? QStringLiteral("Busy Here")
                                                    : QStringLiteral("Service Unavailable"));
        }
        if (plan.talkMs > 0) {
            const auto b = cdrs.openLeg(call, u'B', destination, gateway.id, QStringLiteral("b2"));
            clock.advance(3'000);
            cdrs.legAnswered(b);
            clock.advance(plan.talkMs);
            cdrs.closeLeg(b, 200, QStringLiteral("BYE"));
        }
        clock.advance(500);
        cdrs.closeLeg(a, 200, QStringLiteral("BYE"));
        const QString reason = QString::fromLatin1(plan.reason);
        callback::CallBilling(db, clock).bill(call, plan.state, reason);
        const bool failed = plan.state == store::CallState::Failed;
        requests.setState(requestId, failed ? store::RequestState::Failed : store::RequestState::Completed,
                          failed ? reason : QString());
        m_calls.append(call);
        return call;
    }

    qint64 scalar(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery q = m_t->db->run(sql, values, QStringLiteral("test"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // Plain SQL over the legs of the calls started in [from, to).
    qint64 legSum(const QString& expression, std::int64_t from, std::int64_t to,
                  const QString& where = QStringLiteral("1")) const
    {
        return scalar(QStringLiteral("SELECT COALESCE(%1, 0) FROM legs l JOIN calls c ON c.id = l.call_id "
                                     "WHERE c.started_at >= ? AND c.started_at < ? AND %2")
                          .arg(expression, where),
                      {qlonglong(from), qlonglong(to)});
    }

    // What the ledger charged for these calls, found by each one's reference.
    qint64 ledgerCharges(const QList<qint64>& calls) const
    {
        qint64 sum = 0;
        for (const qint64 id : calls)
            sum -= scalar(QStringLiteral("SELECT COALESCE(SUM(amount_micros), 0) FROM ledger "
                                         "WHERE reason = 'call' AND reference = ?"),
                          {QStringLiteral("call %1").arg(id)});
        return sum;
    }

    qint64 callSell(qint64 callId) const
    {
        return scalar(QStringLiteral("SELECT SUM(sell_micros) FROM legs WHERE call_id = ?"),
                      {qlonglong(callId)});
    }

    QStringList jan5() const
    {
        return {QStringLiteral("--from"), QStringLiteral("2026-01-05"), QStringLiteral("--to"),
                QStringLiteral("2026-01-05")};
    }

private Q_SLOTS:
    // The commands only read, so one database serves every test.
    void initTestCase()
    {
        m_t = std::make_unique<test::TempDatabase>();
        QVERIFY(demo::DemoData::seed(*m_t->db, m_t->clock));
        store::SettingsRepository(*m_t->db).setValue(QStringLiteral("billing.timezone"),
                                                     QStringLiteral("America/New_York"));
        // Local (New York) times: Jan 4 23:30, Jan 5 10:00, 13:30, 22:00, Jan 6 01:00.
        makeCall({"1003", "console", "61491570000", "2026-01-05T04:30:00Z", 0, 10'000});
        makeCall({"1001", "web", "12025550147", "2026-01-05T15:00:00Z", 503, 90'500});
        makeCall({"1002", "sms", "447700900999", "2026-01-05T18:30:00Z", 486, 0, store::CallState::Failed,
                  "destination busy"});
        // A request that never became a call: counted as requested, not completed.
        m_t->clock.set(utc("2026-01-05T20:00:00Z"));
        store::CallbackRequest refused;
        refused.accountId =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1003"))->id;
        refused.trigger = store::TriggerKind::Api;
        refused.callbackNumber = core::PhoneNumber::fromE164(QStringLiteral("61491570156"));
        refused.state = store::RequestState::Failed;
        store::CallbackRequestRepository(*m_t->db, m_t->clock).insert(refused);
        makeCall({"1001", "did", "4915112345678", "2026-01-06T03:00:00Z", 0, 30'000});
        makeCall({"1004", "lgw", "33612345678", "2026-01-06T06:00:00Z", 0, 61'000});
    }
    void cleanupTestCase() { m_t.reset(); }

    void summaryEqualsTheLegsAndTheLedger()
    {
        const QJsonObject s =
            runJsonObject(QStringList{QStringLiteral("reports"), QStringLiteral("summary")} + jan5());
        for (const char* key :
             {"calls", "answered", "talk_seconds", "revenue", "cost", "profit", "requested", "completed",
              "paid_minutes", "margin_percent", "asr_percent", "acd_seconds", "from", "to"})
            QVERIFY2(s.contains(QLatin1String(key)), key);

        const qint64 sell = legSum(QStringLiteral("SUM(l.sell_micros)"), Jan5From, Jan5To);
        const qint64 buy = legSum(QStringLiteral("SUM(l.buy_micros)"), Jan5From, Jan5To);
        QVERIFY(sell > 0 && buy > 0 && sell != buy);
        // Calls 2, 3 and 4 (index 1..3) started on Jan 5 in New York; 1 and 5 did not.
        const QList<qint64> jan5Calls = m_calls.mid(1, 3);
        QCOMPARE(ledgerCharges(jan5Calls), sell);
        QCOMPARE(money(s[QStringLiteral("revenue")]), Money::fromMicros(sell));
        QCOMPARE(money(s[QStringLiteral("cost")]), Money::fromMicros(buy));
        QCOMPARE(money(s[QStringLiteral("profit")]), Money::fromMicros(sell - buy));
        QCOMPARE(money(s[QStringLiteral("ledger_charges")]), Money::fromMicros(sell));

        QCOMPARE(s[QStringLiteral("calls")].toInteger(),
                 scalar(QStringLiteral("SELECT COUNT(*) FROM calls WHERE started_at >= ? AND started_at < ?"),
                        {qlonglong(Jan5From), qlonglong(Jan5To)}));
        QCOMPARE(s[QStringLiteral("calls")].toInteger(), qint64(3));
        QCOMPARE(s[QStringLiteral("answered")].toInteger(),
                 legSum(QStringLiteral("COUNT(DISTINCT l.call_id)"), Jan5From, Jan5To,
                        QStringLiteral("l.leg = 'B' AND l.answered_at IS NOT NULL")));
        QCOMPARE(s[QStringLiteral("answered")].toInteger(), qint64(2));
        const qint64 talkMs =
            legSum(QStringLiteral("SUM(l.duration_ms)"), Jan5From, Jan5To, QStringLiteral("l.leg = 'B'"));
        QCOMPARE(talkMs, qint64(120'500));
        QCOMPARE(s[QStringLiteral("talk_seconds")].toDouble(), talkMs / 1000.0);
        const qint64 paidSeconds =
            legSum(QStringLiteral("SUM(l.charged_seconds)"), Jan5From, Jan5To, QStringLiteral("l.leg = 'B'"));
        QCOMPARE(s[QStringLiteral("paid_minutes")].toDouble(), std::round(paidSeconds / 60.0 * 100) / 100);
        QCOMPARE(s[QStringLiteral("requested")].toInteger(), qint64(4));
        QCOMPARE(s[QStringLiteral("completed")].toInteger(), qint64(2));
        QCOMPARE(s[QStringLiteral("asr_percent")].toDouble(), 66.67);
        QCOMPARE(s[QStringLiteral("acd_seconds")].toDouble(), 60.25);
        QVERIFY(qAbs(s[QStringLiteral("margin_percent")].toDouble() -
                     100.0 * double(sell - buy) / double(sell)) < 0.006);
        QCOMPARE(s[QStringLiteral("from")].toString(), QStringLiteral("2026-01-05"));
        QCOMPARE(s[QStringLiteral("to")].toString(), QStringLiteral("2026-01-05"));

        QCOMPARE(run(QStringList{QStringLiteral("reports"), QStringLiteral("summary")} + jan5()), 0);
        QVERIFY2(m_out.contains(QStringLiteral("Revenue:")), qPrintable(m_out));
        QVERIFY(m_out.contains(Money::fromMicros(sell).format(QStringLiteral("USD"))));
        QVERIFY(m_out.contains(QStringLiteral("America/New_York")));
    }

    void everyBreakdownAddsUpToTheSummary()
    {
        const QJsonObject s =
            runJsonObject(QStringList{QStringLiteral("reports"), QStringLiteral("summary")} + jan5());
        const qint64 legs = legSum(QStringLiteral("COUNT(*)"), Jan5From, Jan5To);
        QCOMPARE(legs, qint64(7)); // A + refused B + B, A + refused B, A + B
        for (const char* report : {"destinations", "gateways", "subscribers", "triggers"}) {
            const QJsonObject b =
                runJsonObject(QStringList{QStringLiteral("reports"), QString::fromLatin1(report)} + jan5());
            const QJsonObject total = b[QStringLiteral("total")].toObject();
            for (const char* key : {"revenue", "cost", "profit"})
                QCOMPARE(money(total[QLatin1String(key)]), money(s[QLatin1String(key)]));
            Money revenue;
            Money cost;
            for (const QJsonValue& g : b[QStringLiteral("groups")].toArray()) {
                revenue += money(g[QStringLiteral("revenue")]);
                cost += money(g[QStringLiteral("cost")]);
            }
            QCOMPARE(revenue, money(s[QStringLiteral("revenue")]));
            QCOMPARE(cost, money(s[QStringLiteral("cost")]));
            if (QLatin1String(report) == QLatin1String("gateways")) {
                QCOMPARE(total[QStringLiteral("legs")].toInteger(), legs);
            } else {
                for (const char* key : {"calls", "answered", "talk_seconds"})
                    QCOMPARE(total[QLatin1String(key)], s[QLatin1String(key)]);
            }
        }

        const QJsonObject byDestination =
            runJsonObject(QStringList{QStringLiteral("reports"), QStringLiteral("destinations")} + jan5());
        QStringList labels;
        for (const QJsonValue& g : byDestination[QStringLiteral("groups")].toArray())
            labels << g[QStringLiteral("label")].toString();
        labels.sort();
        QCOMPARE(labels,
                 (QStringList{QStringLiteral("Germany mobile"), QStringLiteral("United Kingdom mobile"),
                              QStringLiteral("United States / Canada")}));
        const QJsonObject byTrigger =
            runJsonObject(QStringList{QStringLiteral("reports"), QStringLiteral("triggers")} + jan5());
        QCOMPARE(byTrigger[QStringLiteral("groups")].toArray().size(), 3);

        QCOMPARE(run(QStringList{QStringLiteral("reports"), QStringLiteral("subscribers")} + jan5()), 0);
        QVERIFY2(m_out.contains(QStringLiteral("Demo - Amira Haddad")), qPrintable(m_out));
        QVERIFY(m_out.contains(QStringLiteral("\nTotal ")));
        QVERIFY(m_out.contains(QStringLiteral("PROFIT")));
    }

    void anEmptyPeriodIsAllZeros()
    {
        const QStringList june{QStringLiteral("--from"), QStringLiteral("2025-06-01"), QStringLiteral("--to"),
                               QStringLiteral("2025-06-30")};
        const QJsonObject s =
            runJsonObject(QStringList{QStringLiteral("reports"), QStringLiteral("summary")} + june);
        QCOMPARE(s[QStringLiteral("calls")].toInteger(), qint64(0));
        QCOMPARE(s[QStringLiteral("revenue")].toString(), QStringLiteral("0.00"));
        QCOMPARE(s[QStringLiteral("margin_percent")].toDouble(), 0.0);
        const QJsonObject b =
            runJsonObject(QStringList{QStringLiteral("reports"), QStringLiteral("gateways")} + june);
        QVERIFY(b[QStringLiteral("groups")].toArray().isEmpty());
        QCOMPARE(b[QStringLiteral("total")][QStringLiteral("profit")].toString(), QStringLiteral("0.00"));
    }

    void listIsNewestFirstAndFilters()
    {
        const QStringList days{QStringLiteral("cdrs"),   QStringLiteral("list"),
                               QStringLiteral("--from"), QStringLiteral("2026-01-04"),
                               QStringLiteral("--to"),   QStringLiteral("2026-01-06")};
        const QJsonArray all = runJsonArray(days);
        QCOMPARE(all.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(all[i][QStringLiteral("id")].toInteger(), m_calls[4 - i]);
        const QJsonObject web = all[3].toObject();
        QCOMPARE(web[QStringLiteral("account_code")].toString(), QStringLiteral("1001"));
        QCOMPARE(web[QStringLiteral("trigger")].toString(), QStringLiteral("web"));
        QCOMPARE(web[QStringLiteral("started_at")].toString(), QStringLiteral("2026-01-05T10:00:00-05:00"));
        QCOMPARE(web[QStringLiteral("callback_number")].toString(), QStringLiteral("+447700900123"));
        QCOMPARE(web[QStringLiteral("destination")].toString(), QStringLiteral("+12025550147"));
        QCOMPARE(web[QStringLiteral("destination_name")].toString(),
                 QStringLiteral("United States / Canada"));
        QCOMPARE(web[QStringLiteral("result")].toString(), QStringLiteral("answered"));
        QCOMPARE(web[QStringLiteral("talk_seconds")].toDouble(), 90.5);
        QCOMPARE(money(web[QStringLiteral("sell")]), Money::fromMicros(callSell(m_calls[1])));
        QCOMPARE(money(web[QStringLiteral("profit")]),
                 money(web[QStringLiteral("sell")]) - money(web[QStringLiteral("cost")]));
        QCOMPARE(all[2][QStringLiteral("result")].toString(), QStringLiteral("destination busy"));

        const auto ids = [](const QJsonArray& rows) {
            QList<qint64> result;
            for (const QJsonValue& r : rows)
                result << r[QStringLiteral("id")].toInteger();
            return result;
        };
        QCOMPARE(ids(runJsonArray(days + QStringList{QStringLiteral("--account"), QStringLiteral("1001")})),
                 (QList<qint64>{m_calls[3], m_calls[1]}));
        QCOMPARE(
            ids(runJsonArray(days + QStringList{QStringLiteral("--destination"), QStringLiteral("+49 151")})),
            QList<qint64>{m_calls[3]});
        QCOMPARE(
            ids(runJsonArray(days + QStringList{QStringLiteral("--destination"), QStringLiteral("kingdom")})),
            QList<qint64>{m_calls[2]});
        QCOMPARE(ids(runJsonArray(days + QStringList{QStringLiteral("--limit"), QStringLiteral("2")})),
                 (QList<qint64>{m_calls[4], m_calls[3]}));
        // Either end may stay open.
        QCOMPARE(ids(runJsonArray({QStringLiteral("cdrs"), QStringLiteral("list"), QStringLiteral("--from"),
                                   QStringLiteral("2026-01-06")})),
                 QList<qint64>{m_calls[4]});
        QCOMPARE(
            ids(runJsonArray({QStringLiteral("cdrs"), QStringLiteral("list"), QStringLiteral("--to"),
                              QStringLiteral("2026-01-04"), QStringLiteral("--limit"), QStringLiteral("1")})),
            QList<qint64>{m_calls[0]});

        QCOMPARE(run(days), 0);
        QVERIFY2(m_out.contains(QStringLiteral("DESTINATION")), qPrintable(m_out));
        QVERIFY(m_out.contains(QStringLiteral("2026-01-05 10:00:00")));
        QVERIFY(m_out.contains(QStringLiteral("+12025550147 United States / Canada")));
        QVERIFY(m_out.contains(QStringLiteral("times in America/New_York")));
        QVERIFY(!m_out.contains(QStringLiteral("There are more")));
        QCOMPARE(run(days + QStringList{QStringLiteral("--limit"), QStringLiteral("2")}), 0);
        QVERIFY2(m_out.contains(QStringLiteral("2 call(s), newest first")), qPrintable(m_out));
        QVERIFY(m_out.contains(QStringLiteral("There are more")));
    }

    void showHasTheTimelineInLocalTime()
    {
        const QString id = QString::number(m_calls[1]);
        QCOMPARE(run({QStringLiteral("cdrs"), QStringLiteral("show"), id}), 0);
        QVERIFY2(m_out.contains(QStringLiteral("Timeline:")), qPrintable(m_out));
        QVERIFY(
            m_out.contains(QStringLiteral("2026-01-05 10:00:00  Callback requested by Web from test, to call "
                                          "back +447700900123, destination +12025550147")));
        QVERIFY(m_out.contains(QStringLiteral("2026-01-05 10:00:04  Leg A (subscriber): answered")));
        QVERIFY(
            m_out.contains(QStringLiteral("Leg B (destination): not connected (503 Service Unavailable)")));
        QVERIFY(m_out.contains(
            QStringLiteral("2026-01-05 10:00:29  Leg B (destination): answered, legs bridged")));
        QVERIFY(m_out.contains(QStringLiteral("2026-01-05 10:02:00  Call completed: caller hung up; sell ")));

        const QJsonObject json = runJsonObject({QStringLiteral("cdrs"), QStringLiteral("show"), id});
        QCOMPARE(json[QStringLiteral("id")].toInteger(), m_calls[1]);
        QCOMPARE(money(json[QStringLiteral("sell")]), Money::fromMicros(callSell(m_calls[1])));
        const QJsonArray timeline = json[QStringLiteral("timeline")].toArray();
        QVERIFY(timeline.size() >= 8);
        QCOMPARE(timeline[0][QStringLiteral("at")].toString(), QStringLiteral("2026-01-05T10:00:00-05:00"));
        QVERIFY(
            timeline[0][QStringLiteral("text")].toString().startsWith(QStringLiteral("Callback requested")));

        QCOMPARE(run({QStringLiteral("cdrs"), QStringLiteral("show"), QStringLiteral("999999")}), 1);
        QVERIFY2(m_err.contains(QStringLiteral("no call 999999")), qPrintable(m_err));
        QVERIFY(m_out.isEmpty());
        QCOMPARE(run({QStringLiteral("cdrs"), QStringLiteral("show"), QStringLiteral("abc")}), 2);
        QCOMPARE(run({QStringLiteral("cdrs"), QStringLiteral("show")}), 2);
    }

    void exportWritesOneRowPerCallWithBothLegs()
    {
        const QString path = m_t->dir.filePath(QStringLiteral("calls.csv"));
        QCOMPARE(run({QStringLiteral("cdrs"), QStringLiteral("export"), QStringLiteral("--from"),
                      QStringLiteral("2026-01-04"), QStringLiteral("--to"), QStringLiteral("2026-01-06"),
                      QStringLiteral("--output"), path}),
                 0);
        QVERIFY2(m_out.contains(QStringLiteral("Wrote 5 call")), qPrintable(m_out + m_err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        const QStringList header = csvFields(lines[0]);
        QCOMPARE(header, reports::BusinessReports::csvHeader());
        for (const char* column : {"call_id", "a_sell", "a_cost", "b_sell", "b_cost", "profit"})
            QVERIFY2(header.contains(QLatin1String(column)), column);
        const auto column = [&](const QStringList& row, const char* name) {
            return row.value(header.indexOf(QLatin1String(name)));
        };
        for (int i = 1; i <= 5; ++i) {
            const QStringList row = csvFields(lines[i]);
            QCOMPARE(row.size(), header.size());
            const qint64 id = m_calls[5 - i];
            QCOMPARE(column(row, "call_id").toLongLong(), id);
            const qint64 bSell =
                scalar(QStringLiteral("SELECT SUM(sell_micros) FROM legs WHERE call_id = ? AND leg = 'B'"),
                       {qlonglong(id)});
            const qint64 aSell =
                scalar(QStringLiteral("SELECT SUM(sell_micros) FROM legs WHERE call_id = ? AND leg = 'A'"),
                       {qlonglong(id)});
            QCOMPARE(money(column(row, "b_sell")), Money::fromMicros(bSell));
            QCOMPARE(money(column(row, "a_sell")), Money::fromMicros(aSell));
            QCOMPARE(money(column(row, "sell")), Money::fromMicros(aSell + bSell));
        }
        const QStringList web = csvFields(lines[4]);
        QCOMPARE(column(web, "account_code"), QStringLiteral("1001"));
        QVERIFY(column(web, "destination").endsWith(QStringLiteral("+12025550147")));
        QCOMPARE(column(web, "destination_name"), QStringLiteral("United States / Canada"));
        QCOMPARE(column(web, "a_gateway"), QStringLiteral("Demo carrier"));
        QCOMPARE(column(web, "b_charged_seconds").toLongLong(),
                 scalar(QStringLiteral("SELECT charged_seconds FROM legs WHERE call_id = ? AND leg = 'B' AND "
                                       "answered_at IS NOT NULL"),
                        {qlonglong(m_calls[1])}));

        // Without --output the CSV goes to stdout.
        QCOMPARE(run({QStringLiteral("cdrs"), QStringLiteral("export"), QStringLiteral("--account"),
                      QStringLiteral("1002"), QStringLiteral("--from"), QStringLiteral("2026-01-05")}),
                 0);
        const QStringList out = m_out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(out.size(), 2);
        QCOMPARE(csvFields(out[1]).value(0).toLongLong(), m_calls[2]);
    }

    void mistakesNameTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString s = QStringLiteral("summary");
        const QString r = QStringLiteral("reports");
        const QString c = QStringLiteral("cdrs");
        const QString l = QStringLiteral("list");
        const QString from = QStringLiteral("--from");
        const QString to = QStringLiteral("--to");
        const QString day = QStringLiteral("2026-01-05");
        QTest::newRow("no --from") << QStringList{r, s, to, day} << 2 << from;
        QTest::newRow("no --to") << QStringList{r, s, from, day} << 2 << to;
        QTest::newRow("no period") << QStringList{r, QStringLiteral("destinations")} << 2 << from;
        QTest::newRow("month 13") << QStringList{r, s, from, QStringLiteral("2026-13-01"), to, day} << 2
                                  << from;
        QTest::newRow("day first") << QStringList{r, s, from, day, to, QStringLiteral("05/01/2026")} << 2
                                   << to;
        QTest::newRow("short") << QStringList{c, l, from, QStringLiteral("2026-1-5")} << 2 << from;
        QTest::newRow("reversed") << QStringList{r, s, from, day, to, QStringLiteral("2026-01-04")} << 2
                                  << to;
        QTest::newRow("bad report") << QStringList{r, QStringLiteral("weather"), from, day, to, day} << 2
                                    << QStringLiteral("weather");
        QTest::newRow("bad option") << QStringList{r, s, from, day, to, day, QStringLiteral("--bogus")} << 2
                                    << QStringLiteral("bogus");
        QTest::newRow("unknown account")
            << QStringList{c, l, QStringLiteral("--account"), QStringLiteral("9999")} << 1
            << QStringLiteral("--account");
        QTest::newRow("export account")
            << QStringList{c, QStringLiteral("export"), QStringLiteral("--account"), QStringLiteral("9999")}
            << 1 << QStringLiteral("--account");
        QTest::newRow("limit 0") << QStringList{c, l, QStringLiteral("--limit"), QStringLiteral("0")} << 2
                                 << QStringLiteral("--limit");
        QTest::newRow("list --output")
            << QStringList{c, l, QStringLiteral("--output"), QStringLiteral("x.csv")} << 2
            << QStringLiteral("--output");
        QTest::newRow("show --limit") << QStringList{c, QStringLiteral("show"), QStringLiteral("1"),
                                                     QStringLiteral("--limit"), QStringLiteral("3")}
                                      << 2 << QStringLiteral("--limit");
        QTest::newRow("bad cdrs") << QStringList{c, QStringLiteral("delete")} << 2
                                  << QStringLiteral("delete");
    }

    void mistakesNameTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QCOMPARE(run(arguments), exitCode);
        QVERIFY2(m_err.contains(message), qPrintable(m_err));
        QVERIFY(m_out.isEmpty());
    }

    void helpListsTheCommands()
    {
        QCOMPARE(run({QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("cdrs")));
        QVERIFY(m_out.contains(QStringLiteral("reports")));
        QCOMPARE(run({QStringLiteral("cdrs"), QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("--destination")));
        QCOMPARE(run({QStringLiteral("reports"), QStringLiteral("summary"), QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("YYYY-MM-DD")));
        QCOMPARE(run({QStringLiteral("reports")}), 2);
        QVERIFY(m_err.contains(QStringLiteral("Usage:")));
    }
};

QTEST_GUILESS_MAIN(TestReportsCommand)
#include "TestReportsCommand.moc"
