#include "store/SettingsRepository.h"
#include "support/TempDatabase.h"

#include <QTest>

using namespace rebound;

class TestSettingsRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesRoundTripAndOverwrite()
    {
        test::TempDatabase t;
        store::SettingsRepository s(*t.db);
        QCOMPARE(s.value(QStringLiteral("x"), QStringLiteral("fallback")), QStringLiteral("fallback"));
        s.setValue(QStringLiteral("x"), QStringLiteral("1"));
        s.setValue(QStringLiteral("x"), QStringLiteral("2"));
        QCOMPARE(s.value(QStringLiteral("x")), QStringLiteral("2"));
        QCOMPARE(s.all().size(), 1);
    }

    void defaults()
    {
        test::TempDatabase t;
        store::SettingsRepository s(*t.db);
        QCOMPARE(s.currency(), QStringLiteral("USD"));
        QVERIFY(!s.hasDemoData());
        const core::DialPlan plan = s.dialPlan();
        QCOMPARE(plan.countryCode, QStringLiteral("1"));
        QCOMPARE(plan.internationalPrefixes, QStringList{QStringLiteral("011")});
    }

    void settingsReadTogetherAreEachTheValueInForce()
    {
        // texts() reads a group with one statement and must agree with
        // text() key by key: stored and valid, stored but refused by the
        // catalogue's rule (its default), never stored (its default).
        test::TempDatabase t;
        store::SettingsRepository s(*t.db);
        s.setValue(QStringLiteral("callback.retries"), QStringLiteral("3"));
        s.setValue(QStringLiteral("callback.delay_ms"), QStringLiteral("not a number"));
        s.setValue(QStringLiteral("callback.announce_time_left"), QStringLiteral("off"));
        const QStringList keys{QStringLiteral("callback.retries"), QStringLiteral("callback.delay_ms"),
                               QStringLiteral("callback.announce_time_left"),
                               QStringLiteral("callback.warning_seconds")};
        const QHash<QString, QString> read = s.texts(keys);
        QCOMPARE(read.size(), keys.size());
        for (const QString& key : keys)
            QCOMPARE(read.value(key), s.text(key));
        QCOMPARE(read.value(QStringLiteral("callback.retries")), QStringLiteral("3"));
        QCOMPARE(read.value(QStringLiteral("callback.delay_ms")), QStringLiteral("2000"));
        QCOMPARE(read.value(QStringLiteral("callback.announce_time_left")), QStringLiteral("off"));
        QCOMPARE(read.value(QStringLiteral("callback.warning_seconds")), QStringLiteral("60"));
    }

    void dialPlanRoundTrip()
    {
        test::TempDatabase t;
        store::SettingsRepository s(*t.db);
        core::DialPlan plan;
        plan.countryCode = QStringLiteral("49");
        plan.internationalPrefixes = {QStringLiteral("00"), QStringLiteral("011")};
        plan.nationalPrefix = QStringLiteral("0");
        plan.bareDigitsInternational = false;
        s.setDialPlan(plan);
        const core::DialPlan back = s.dialPlan();
        QCOMPARE(back.countryCode, plan.countryCode);
        QCOMPARE(back.internationalPrefixes, plan.internationalPrefixes);
        QCOMPARE(back.nationalPrefix, plan.nationalPrefix);
        QCOMPARE(back.bareDigitsInternational, false);
        QCOMPARE(back.normalise(QStringLiteral("030 1234567")).number.digits(),
                 QStringLiteral("49301234567"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "TestSettingsRepository.moc"
