#include "billing/CallTime.h"
#include "billing/RateTable.h"
#include "support/RateTables.h"

#include <QDateTime>
#include <QTest>

using namespace rebound;
using billing::CallTime;
using billing::RateTable;

namespace {
// A rate for `prefix`, its destination called `name` when one is given.
store::Rate rate(const QString& prefix, std::int64_t micros, const QString& name = {})
{
    store::Rate r = test::rate(prefix, micros);
    if (!name.isEmpty())
        r.destination = name;
    return r;
}

// A Wednesday at the given local (UTC) time.
CallTime wednesday(int hour, int minute = 0)
{
    return billing::CallTimeConverter().at(
        QDateTime(QDate(2026, 3, 4), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch());
}

CallTime saturdayNoon()
{
    return billing::CallTimeConverter().at(
        QDateTime(QDate(2026, 3, 7), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}
} // namespace

class TestRateTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void longestPrefixWins_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("expectedPrefix");
        QTest::newRow("UK landline") << QStringLiteral("442071234567") << QStringLiteral("44");
        QTest::newRow("UK mobile") << QStringLiteral("447700900123") << QStringLiteral("447");
        QTest::newRow("UK mobile, longer") << QStringLiteral("447911123456") << QStringLiteral("4479");
        QTest::newRow("US") << QStringLiteral("12025550147") << QStringLiteral("1");
        QTest::newRow("Jamaica inside NANP") << QStringLiteral("18765551234") << QStringLiteral("1876");
        QTest::newRow("exact prefix") << QStringLiteral("447") << QStringLiteral("447");
        QTest::newRow("no match") << QStringLiteral("999123") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("stops at non-digit") << QStringLiteral("44x7") << QStringLiteral("44");
    }
    void longestPrefixWins()
    {
        QFETCH(QString, number);
        QFETCH(QString, expectedPrefix);
        const RateTable table({rate(QStringLiteral("44"), 1), rate(QStringLiteral("447"), 2),
                               rate(QStringLiteral("4479"), 3), rate(QStringLiteral("1"), 4),
                               rate(QStringLiteral("1876"), 5)});
        const auto r = table.match(number, wednesday(10));
        QCOMPARE(r ? r->prefix : QString(), expectedPrefix);
        const QByteArray latin = number.toLatin1();
        const auto r2 = table.match(latin.constData(), std::size_t(latin.size()), wednesday(10));
        QVERIFY(r == r2);
        QCOMPARE(table.find(number, wednesday(10)),
                 table.find(latin.constData(), std::size_t(latin.size()), wednesday(10)));
    }

    void peakAndOffPeakWindows()
    {
        store::Rate peak = rate(QStringLiteral("49"), 20000, QStringLiteral("peak"));
        peak.timeFrom = 8 * 60;
        peak.timeTo = 19 * 60;
        peak.daysMask = 0b0011111; // Monday-Friday
        store::Rate offPeak = rate(QStringLiteral("49"), 8000, QStringLiteral("off-peak"));
        const RateTable table({offPeak, peak}); // any-time fallback listed first on purpose
        QCOMPARE(table.match(u"4930123", wednesday(7, 59))->destination, QStringLiteral("off-peak"));
        QCOMPARE(table.match(u"4930123", wednesday(8, 0))->destination, QStringLiteral("peak"));
        QCOMPARE(table.match(u"4930123", wednesday(18, 59))->destination, QStringLiteral("peak"));
        QCOMPARE(table.match(u"4930123", wednesday(19, 0))->destination, QStringLiteral("off-peak"));
        QCOMPARE(table.match(u"4930123", saturdayNoon())->destination, QStringLiteral("off-peak"));
    }

    void windowWrappingMidnight()
    {
        store::Rate night = rate(QStringLiteral("33"), 1000, QStringLiteral("night"));
        night.timeFrom = 22 * 60;
        night.timeTo = 6 * 60;
        const RateTable table({night, rate(QStringLiteral("3"), 9000, QStringLiteral("europe"))});
        QCOMPARE(table.match(u"33123", wednesday(23, 30))->destination, QStringLiteral("night"));
        QCOMPARE(table.match(u"33123", wednesday(5, 59))->destination, QStringLiteral("night"));
        // Outside the window, the shorter prefix applies.
        QCOMPARE(table.match(u"33123", wednesday(6, 0))->destination, QStringLiteral("europe"));
    }

    void validityDates()
    {
        const std::int64_t switchover =
            QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        store::Rate oldRate = rate(QStringLiteral("91"), 10000, QStringLiteral("old"));
        oldRate.validTo = switchover;
        store::Rate newRate = rate(QStringLiteral("91"), 12000, QStringLiteral("new"));
        newRate.validFrom = switchover;
        const RateTable table({oldRate, newRate});
        QCOMPARE(table.match(u"9198", wednesday(11, 59))->destination, QStringLiteral("old"));
        QCOMPARE(table.match(u"9198", wednesday(12, 0))->destination, QStringLiteral("new"));
        store::Rate expired = rate(QStringLiteral("92"), 1);
        expired.validTo = switchover;
        QVERIFY(!RateTable({expired}).match(u"9212", wednesday(13)));
    }

    void localTimeZoneDecidesTheWindow()
    {
        // 07:30 UTC in winter is 08:30 in Berlin: peak there, off-peak in UTC.
        const std::int64_t at = QDateTime(QDate(2026, 1, 14), QTime(7, 30), Qt::UTC).toMSecsSinceEpoch();
        billing::CallTimeConverter berlin(QTimeZone("Europe/Berlin"));
        const CallTime local = berlin.at(at);
        QCOMPARE(local.minuteOfDay, 8 * 60 + 30);
        QCOMPARE(local.dayOfWeek, 3);
        // Summer time: UTC+2.
        const std::int64_t july = QDateTime(QDate(2026, 7, 1), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(berlin.at(july).minuteOfDay, 1 * 60 + 30);
        QCOMPARE(berlin.at(july).dayOfWeek, 4); // already Thursday in Berlin
    }

    void converterCacheMatchesQtAcrossAYear()
    {
        billing::CallTimeConverter converter(QTimeZone("America/New_York"));
        const QTimeZone zone("America/New_York");
        std::int64_t t = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 2000; ++i, t += 4'397'000) { // odd step crosses both DST changes
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toTimeZone(zone);
            const CallTime c = converter.at(t);
            QCOMPARE(c.minuteOfDay, local.time().hour() * 60 + local.time().minute());
            QCOMPARE(c.dayOfWeek, local.date().dayOfWeek());
        }
    }

    void manyPrefixesShareNodes()
    {
        QList<store::Rate> rates;
        for (int i = 0; i < 1000; ++i)
            rates.append(rate(QStringLiteral("44%1").arg(i, 3, 10, QLatin1Char('0')), i));
        const RateTable table(rates);
        QCOMPARE(table.size(), std::size_t(1000));
        QVERIFY(table.nodeCount() < 1200);
        QCOMPARE(table.match(u"44123999", wednesday(1))->perMinute.micros(), 123);
    }

    void emptyTableMatchesNothing()
    {
        for (const RateTable& table : {RateTable(), RateTable(QList<store::Rate>())}) {
            QVERIFY(!table.match(u"442071234567", wednesday(10)));
            QCOMPARE(table.find("44", 2, wednesday(10)), RateTable::NoRow);
            QCOMPARE(table.size(), std::size_t(0));
        }
    }

    void emptyPrefixCatchesEverything()
    {
        const RateTable table({rate(QString(), 7, QStringLiteral("world")), rate(QStringLiteral("44"), 1)});
        QCOMPARE(table.match(u"3312345", wednesday(10))->destination, QStringLiteral("world"));
        QCOMPARE(table.match(u"", wednesday(10))->destination, QStringLiteral("world"));
        QCOMPARE(table.match(u"4412345", wednesday(10))->prefix, QStringLiteral("44"));
    }

    void prefixesLongerThanAnyNumberPlan()
    {
        // Nothing limits the depth of a walk: a 40-digit prefix still beats
        // its 39-digit parent.
        const QString deep = QStringLiteral("1234567890").repeated(4);
        const RateTable table({rate(deep.left(39), 1), rate(deep, 2), rate(QStringLiteral("1"), 3)});
        QCOMPARE(table.match(deep + QStringLiteral("555"), wednesday(10))->perMinute.micros(), 2);
        QCOMPARE(table.match(deep.left(39) + QStringLiteral("9"), wednesday(10))->perMinute.micros(), 1);
        QCOMPARE(table.match(deep.left(38), wednesday(10))->perMinute.micros(), 3);
    }

    void gapsFallBackThroughSeveralLevels()
    {
        // 447 and 44 are both windowed and closed at 03:00; 4 is any-time.
        store::Rate mobile = rate(QStringLiteral("447"), 3, QStringLiteral("mobile"));
        mobile.timeFrom = 8 * 60;
        mobile.timeTo = 20 * 60;
        store::Rate uk = rate(QStringLiteral("44"), 2, QStringLiteral("uk"));
        uk.timeFrom = 6 * 60;
        uk.timeTo = 22 * 60;
        const RateTable table({mobile, uk, rate(QStringLiteral("4"), 1, QStringLiteral("zone 4"))});
        QCOMPARE(table.match(u"447700900123", wednesday(10))->destination, QStringLiteral("mobile"));
        QCOMPARE(table.match(u"447700900123", wednesday(7))->destination, QStringLiteral("uk"));
        QCOMPARE(table.match(u"447700900123", wednesday(3))->destination, QStringLiteral("zone 4"));
        // With nothing shorter, a gap is no rate at all.
        QVERIFY(!RateTable({mobile, uk}).match(u"447700900123", wednesday(3)));
    }

    void manyWindowsOnOnePrefixKeepTheirOrder()
    {
        // One rate per weekday, an any-time fallback listed in the middle, and
        // two overlapping windows: the first listed of those wins.
        QList<store::Rate> rates;
        for (int day = 0; day < 7; ++day) {
            store::Rate r = rate(QStringLiteral("49"), 100 + day, QStringLiteral("day %1").arg(day + 1));
            r.daysMask = 1 << day;
            rates.append(r);
            if (day == 3)
                rates.append(rate(QStringLiteral("49"), 1, QStringLiteral("fallback")));
        }
        store::Rate lunch = rate(QStringLiteral("49"), 50, QStringLiteral("lunch"));
        lunch.timeFrom = 12 * 60 + 30;
        lunch.timeTo = 13 * 60 + 30;
        store::Rate lunchToo = lunch;
        lunchToo.destination = QStringLiteral("lunch, listed later");
        rates.prepend(lunch);
        rates.append(lunchToo);
        const RateTable table(rates);
        QCOMPARE(table.match(u"4930", wednesday(10))->destination, QStringLiteral("day 3"));
        QCOMPARE(table.match(u"4930", wednesday(12, 30))->destination, QStringLiteral("lunch"));
        QCOMPARE(table.match(u"4930", wednesday(12, 29))->destination, QStringLiteral("day 3"));
        QCOMPARE(table.match(u"4930", saturdayNoon())->destination, QStringLiteral("day 6"));
        // Rows are numbered by prefix, windowed before any-time, else as given.
        QCOMPARE(table.rate(0).destination, QStringLiteral("lunch"));
        QCOMPARE(table.rate(std::uint32_t(table.size() - 1)).destination, QStringLiteral("fallback"));
    }

    void rowsComeBackExactly()
    {
        store::Rate full = rate(QStringLiteral("4420"), 12345, QStringLiteral("London"));
        full.id = 77;
        full.tableId = 5;
        full.connectFee = core::Money::fromMicros(20000);
        full.firstIncrement = 30;
        full.nextIncrement = 6;
        full.minSeconds = 60;
        full.graceSeconds = 3;
        full.validFrom = 1'000;
        full.validTo = 9'000'000'000'000;
        full.timeFrom = 19 * 60; // wraps midnight
        full.timeTo = 7 * 60;
        full.daysMask = 0b1100000;
        store::Rate odd = rate(QStringLiteral("4421"), 1, QStringLiteral("London"));
        odd.id = 78;
        odd.timeFrom = 60; // no end: applies all day, and is kept as given
        odd.daysMask = 255;
        const RateTable table({odd, full, rate(QStringLiteral("4420"), 9, QStringLiteral("London"))});
        QVERIFY(table.rate(0) == full);
        QVERIFY(table.rate(2) == odd);
        store::Rate terms = full;
        terms.prefix.clear();
        terms.destination.clear();
        QVERIFY(table.billingTerms(0) == terms);
        QVERIFY(table.billingTerms(0).prefix.isNull());
        QVERIFY(RateTable::applies(odd, wednesday(0)));
    }
};

QTEST_GUILESS_MAIN(TestRateTable)
#include "TestRateTable.moc"
