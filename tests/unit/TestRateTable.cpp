#include "billing/CallTime.h"
#include "billing/RateTable.h"

#include <QDateTime>
#include <QTest>

using namespace rebound;
using billing::CallTime;
using billing::RateTable;

namespace {
store::Rate rate(const QString& prefix, std::int64_t micros, const QString& name = {})
{
    store::Rate r;
    r.prefix = prefix;
    r.destination = name.isEmpty() ? prefix : name;
    r.perMinute = core::Money::fromMicros(micros);
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
        const store::Rate* r = table.match(number, wednesday(10));
        QCOMPARE(r ? r->prefix : QString(), expectedPrefix);
        const QByteArray latin = number.toLatin1();
        const store::Rate* r2 = table.match(latin.constData(), std::size_t(latin.size()), wednesday(10));
        QCOMPARE(r, r2);
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
};

QTEST_GUILESS_MAIN(TestRateTable)
#include "TestRateTable.moc"
