#include "core/Currency.h"
#include "core/Money.h"
#include "settings/SettingsCatalog.h"

#include <QTest>

using rebound::core::Currency;
using rebound::core::Money;

class TestCurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minorUnits_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("expected");
        QTest::newRow("USD") << "USD" << 2;
        QTest::newRow("EUR") << "EUR" << 2;
        QTest::newRow("JPY") << "JPY" << 0;
        QTest::newRow("KRW") << "KRW" << 0;
        QTest::newRow("CLP") << "CLP" << 0;
        QTest::newRow("XOF") << "XOF" << 0;
        QTest::newRow("ISK") << "ISK" << 0;
        QTest::newRow("KWD") << "KWD" << 3;
        QTest::newRow("BHD") << "BHD" << 3;
        QTest::newRow("OMR") << "OMR" << 3;
        QTest::newRow("JOD") << "JOD" << 3;
        QTest::newRow("TND") << "TND" << 3;
        QTest::newRow("LYD") << "LYD" << 3;
        QTest::newRow("IQD") << "IQD" << 3;
        QTest::newRow("CLF") << "CLF" << 4;
        QTest::newRow("lower case") << "jpy" << 0;
        QTest::newRow("unknown") << "XYZ" << 2;
        QTest::newRow("empty") << "" << 2;
    }
    void minorUnits()
    {
        QFETCH(QString, code);
        QFETCH(int, expected);
        QCOMPARE(Currency::minorUnits(code), expected);
    }

    void findTellsUnknownFromTwo()
    {
        QCOMPARE(Currency::findMinorUnits(QStringLiteral("JPY")), std::optional<int>(0));
        QCOMPARE(Currency::findMinorUnits(QStringLiteral("USD")), std::optional<int>(2));
        QVERIFY(!Currency::findMinorUnits(QStringLiteral("XYZ")).has_value());
        QVERIFY(!Currency::findMinorUnits(QStringLiteral("usd")).has_value());
    }

    void knownCodes()
    {
        for (const char* code : {"USD", "EUR", "GBP", "MXN", "BRL", "INR", "PHP", "NGN", "KES", "ZAR", "CNY",
                                 "JPY", "CHF", "SEK", "PLN", "TRY", "AED", "SAR", "KWD", "XCG", "ZWG", "VES"})
            QVERIFY2(Currency::isKnown(QLatin1String(code)), code);
        // Metals, SDRs and test codes are no account's money; codes are upper case.
        for (const char* code : {"XAU", "XDR", "XTS", "XXX", "usd", "US", "USDX", "", "ABC"})
            QVERIFY2(!Currency::isKnown(QLatin1String(code)), code);
    }

    void codesAreSortedUniqueIsoCodes()
    {
        const QStringList& codes = Currency::codes();
        QVERIFY(codes.size() > 150);
        for (qsizetype i = 0; i < codes.size(); ++i) {
            QVERIFY2(codes.at(i).size() == 3 && codes.at(i) == codes.at(i).toUpper(),
                     qPrintable(codes.at(i)));
            QVERIFY(Currency::isKnown(codes.at(i)));
            if (i > 0)
                QVERIFY2(codes.at(i - 1) < codes.at(i), qPrintable(codes.at(i)));
        }
    }

    void moneyIsShownInTheCurrencysDecimals()
    {
        const Money m = Money::fromMicros(1'500'000); // 1.5
        QCOMPARE(Money::fromUnits(500).format(QStringLiteral("JPY")), QStringLiteral("\u00A5500"));
        QCOMPARE(m.format(QStringLiteral("KWD")), QStringLiteral("KWD 1.500"));
        QCOMPARE(m.format(QStringLiteral("USD")), QStringLiteral("$1.50"));
        QCOMPARE(m.format(QString()), QStringLiteral("1.50"));
        // Precision the currency lacks is still shown, never hidden.
        QCOMPARE(m.format(QStringLiteral("JPY")), QStringLiteral("\u00A51.5"));
        // Asked for, the caller's decimals win.
        QCOMPARE(Money::fromUnits(500).format(QStringLiteral("JPY"), QLocale::c(), 2),
                 QStringLiteral("\u00A5500.00"));
    }

    void theCurrencySettingTakesOnlyKnownCodes()
    {
        using rebound::settings::Catalog;
        const auto* setting = Catalog::find(QStringLiteral("currency"));
        QVERIFY(setting);
        for (const char* code : {"USD", "MXN", "JPY", "KWD", "XOF"})
            QVERIFY2(Catalog::validate(*setting, QLatin1String(code)).isEmpty(), code);
        QVERIFY(Catalog::validate(*setting, QStringLiteral("XYZ")).contains(QLatin1String("XYZ")));
        QVERIFY(!Catalog::validate(*setting, QStringLiteral("XAU")).isEmpty());
        QVERIFY(!Catalog::validate(*setting, QStringLiteral("usd")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCurrency)
#include "TestCurrency.moc"
