#include "core/Money.h"

#include <QRandomGenerator>
#include <QTest>
#include <limits>

using rebound::core::Money;
using rebound::core::MoneyOverflow;
using rebound::core::roundHalfUp;

namespace rebound::core {
// Lets QCOMPARE print amounts instead of "<unknown>"; found by ADL.
char* toString(const Money& money)
{
    return QTest::toString(money.toPlainString() + QStringLiteral(" (") + QString::number(money.micros()) +
                           QStringLiteral(" micros)"));
}
} // namespace rebound::core

namespace {

constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();

Money micros(qint64 value)
{
    return Money::fromMicros(value);
}

QLocale localeNamed(const QString& name)
{
    return name == QLatin1String("C") ? QLocale::c() : QLocale(name);
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void construction();
    void constructionOverflow();
    void arithmetic_data();
    void arithmetic();
    void compoundAssignment();
    void multiplication_data();
    void multiplication();
    void overflow_data();
    void overflow();
    void limitsWithoutOverflow();
    void roundHalfUp_data();
    void roundHalfUp();
    void roundHalfUpHugeNumerators();
    void roundHalfUpRejectsBadDenominator();
    void scaled_data();
    void scaled();
    void scaledUses128BitIntermediate();
    void percent_data();
    void percent();
    void roundedUpTo_data();
    void roundedUpTo();
    void roundedUpToErrors();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void format_data();
    void format();
    void formatThenParse_data();
    void formatThenParse();
    void toPlainString_data();
    void toPlainString();
    void toPlainStringRoundTrip();
    void currencySymbol_data();
    void currencySymbol();
};

void TestMoney::construction()
{
    QCOMPARE(Money().micros(), 0);
    QVERIFY(Money().isZero());
    QCOMPARE(Money::fromCents(500).micros(), 5'000'000);
    QCOMPARE(Money::fromCents(-1).micros(), -10'000);
    QCOMPARE(Money::fromUnits(3).micros(), 3'000'000);
    QCOMPARE(Money::fromUnits(-3), micros(-3'000'000));
    QVERIFY(micros(-1).isNegative());
    QVERIFY(!micros(0).isNegative());
    QVERIFY(!micros(1).isZero());
    QVERIFY(micros(1) > micros(0));
    QVERIFY(micros(-2) < micros(-1));
    QVERIFY(Money::fromCents(100) == Money::fromUnits(1));
}

void TestMoney::constructionOverflow()
{
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, Money::fromCents(Max / 10'000 + 1));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, Money::fromCents(Min / 10'000 - 1));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, Money::fromUnits(Max / 1'000'000 + 1));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, Money::fromUnits(Min));
    QCOMPARE(Money::fromUnits(Max / 1'000'000).micros(), Max / 1'000'000 * 1'000'000);
}

void TestMoney::arithmetic_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("sum");
    QTest::addColumn<qint64>("difference");

    QTest::newRow("positive") << qint64(5'250'000) << qint64(1'000'000) << qint64(6'250'000)
                              << qint64(4'250'000);
    QTest::newRow("negative result") << qint64(1'000'000) << qint64(2'500'000) << qint64(3'500'000)
                                     << qint64(-1'500'000);
    QTest::newRow("both negative") << qint64(-12'500) << qint64(-7'500) << qint64(-20'000) << qint64(-5'000);
    QTest::newRow("mixed signs") << qint64(-3'000'000) << qint64(4'000'000) << qint64(1'000'000)
                                 << qint64(-7'000'000);
    QTest::newRow("zero") << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("one micro") << qint64(1) << qint64(-1) << qint64(0) << qint64(2);
}

void TestMoney::arithmetic()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, sum);
    QFETCH(qint64, difference);

    QCOMPARE(micros(a) + micros(b), micros(sum));
    QCOMPARE(micros(b) + micros(a), micros(sum));
    QCOMPARE(micros(a) - micros(b), micros(difference));
    QCOMPARE(-(micros(a) - micros(b)), micros(-difference));
    QCOMPARE(-micros(a), micros(-a));
}

void TestMoney::compoundAssignment()
{
    Money balance = Money::fromUnits(10);
    balance += Money::fromCents(250);
    QCOMPARE(balance, Money::fromCents(1'250));
    balance -= Money::fromUnits(20);
    QCOMPARE(balance, Money::fromCents(-750));
    QVERIFY(balance.isNegative());

    // A failed update leaves the value untouched.
    Money full = micros(Max);
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, full += micros(1));
    QCOMPARE(full, micros(Max));
    Money empty = micros(Min);
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, empty -= micros(1));
    QCOMPARE(empty, micros(Min));
}

void TestMoney::multiplication_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("factor");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("simple") << qint64(12'500) << qint64(3) << qint64(37'500);
    QTest::newRow("negative factor") << qint64(12'500) << qint64(-3) << qint64(-37'500);
    QTest::newRow("negative amount") << qint64(-2'000'000) << qint64(4) << qint64(-8'000'000);
    QTest::newRow("both negative") << qint64(-2'000'000) << qint64(-4) << qint64(8'000'000);
    QTest::newRow("by zero") << qint64(Max) << qint64(0) << qint64(0);
    QTest::newRow("by one at max") << qint64(Max) << qint64(1) << qint64(Max);
    QTest::newRow("min by one") << qint64(Min) << qint64(1) << qint64(Min);
}

void TestMoney::multiplication()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, factor);
    QFETCH(qint64, expected);
    QCOMPARE(micros(amount) * factor, micros(expected));
}

void TestMoney::overflow_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");

    QTest::newRow("add past max") << "add" << Max << qint64(1);
    QTest::newRow("add past min") << "add" << Min << qint64(-1);
    QTest::newRow("add two halves") << "add" << (Max / 2 + 1) << (Max / 2 + 1);
    QTest::newRow("subtract past min") << "subtract" << Min << qint64(1);
    QTest::newRow("subtract negative past max") << "subtract" << Max << qint64(-1);
    QTest::newRow("subtract min from zero") << "subtract" << qint64(0) << Min;
    QTest::newRow("multiply max by 2") << "multiply" << Max << qint64(2);
    QTest::newRow("multiply min by -1") << "multiply" << Min << qint64(-1);
    QTest::newRow("multiply large by large") << "multiply" << qint64(4'000'000'000) << qint64(4'000'000'000);
    QTest::newRow("scaled max by 3/2") << "scaled" << Max << qint64(3);
    QTest::newRow("scaled min by 3/2") << "scaled" << Min << qint64(3);
    QTest::newRow("negate min") << "negate" << Min << qint64(0);
}

void TestMoney::overflow()
{
    QFETCH(QString, operation);
    QFETCH(qint64, a);
    QFETCH(qint64, b);

    if (operation == QLatin1String("add")) {
        QVERIFY_THROWS_EXCEPTION(MoneyOverflow, micros(a) + micros(b));
    } else if (operation == QLatin1String("subtract")) {
        QVERIFY_THROWS_EXCEPTION(MoneyOverflow, micros(a) - micros(b));
    } else if (operation == QLatin1String("multiply")) {
        QVERIFY_THROWS_EXCEPTION(MoneyOverflow, micros(a) * b);
    } else if (operation == QLatin1String("scaled")) {
        QVERIFY_THROWS_EXCEPTION(MoneyOverflow, micros(a).scaled(b, 2));
    } else if (operation == QLatin1String("negate")) {
        QVERIFY_THROWS_EXCEPTION(MoneyOverflow, -micros(a));
    } else {
        QFAIL("unknown operation in test data");
    }
    // Also catchable as the standard base class.
    QVERIFY_THROWS_EXCEPTION(std::overflow_error, -micros(Min));
}

void TestMoney::limitsWithoutOverflow()
{
    QCOMPARE(micros(Max) + micros(0), micros(Max));
    QCOMPARE(micros(Min) + micros(0), micros(Min));
    QCOMPARE(micros(Min) + micros(Max), micros(-1));
    QCOMPARE(-micros(Max), micros(Min + 1));
    QCOMPARE(micros(Max) - micros(Max), micros(0));
    QCOMPARE(micros(-1) - micros(Max), micros(Min));
    QCOMPARE(micros(Min) * 1, micros(Min));
}

void TestMoney::roundHalfUp_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("exact") << qint64(10) << qint64(5) << qint64(2);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
    QTest::newRow("denominator one") << qint64(-7) << qint64(1) << qint64(-7);
    QTest::newRow("half positive") << qint64(5) << qint64(2) << qint64(3);
    QTest::newRow("half negative") << qint64(-5) << qint64(2) << qint64(-3);
    QTest::newRow("one half") << qint64(1) << qint64(2) << qint64(1);
    QTest::newRow("minus one half") << qint64(-1) << qint64(2) << qint64(-1);
    QTest::newRow("1.5") << qint64(15) << qint64(10) << qint64(2);
    QTest::newRow("-1.5") << qint64(-15) << qint64(10) << qint64(-2);
    QTest::newRow("2.5 (not banker's)") << qint64(25) << qint64(10) << qint64(3);
    QTest::newRow("-2.5 (not banker's)") << qint64(-25) << qint64(10) << qint64(-3);
    QTest::newRow("2.4999") << qint64(24'999) << qint64(10'000) << qint64(2);
    QTest::newRow("-2.4999") << qint64(-24'999) << qint64(10'000) << qint64(-2);
    QTest::newRow("0.4999") << qint64(4'999) << qint64(10'000) << qint64(0);
    QTest::newRow("-0.4999") << qint64(-4'999) << qint64(10'000) << qint64(0);
    QTest::newRow("0.5000") << qint64(5'000) << qint64(10'000) << qint64(1);
    QTest::newRow("2.5001") << qint64(25'001) << qint64(10'000) << qint64(3);
    QTest::newRow("one third") << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("two thirds") << qint64(2) << qint64(3) << qint64(1);
    QTest::newRow("minus two thirds") << qint64(-2) << qint64(3) << qint64(-1);
    QTest::newRow("odd denominator just below half") << qint64(3) << qint64(7) << qint64(0);
    QTest::newRow("odd denominator just above half") << qint64(4) << qint64(7) << qint64(1);
    QTest::newRow("max") << Max << qint64(1) << Max;
    QTest::newRow("min") << Min << qint64(1) << Min;
    QTest::newRow("max / max") << Max << Max << qint64(1);
    QTest::newRow("min / max") << Min << Max << qint64(-1);
    QTest::newRow("max / 2 rounds up") << Max << qint64(2) << (Max / 2 + 1);
}

void TestMoney::roundHalfUp()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(qint64(::roundHalfUp(numerator, denominator)), expected);
}

void TestMoney::roundHalfUpHugeNumerators()
{
    const __int128 million = 1'000'000;
    const __int128 maxScaled = static_cast<__int128>(Max) * million;
    const __int128 minScaled = static_cast<__int128>(Min) * million;

    QCOMPARE(qint64(::roundHalfUp(maxScaled + 499'999, 1'000'000)), Max);
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, ::roundHalfUp(maxScaled + 500'000, 1'000'000));
    QCOMPARE(qint64(::roundHalfUp(minScaled - 499'999, 1'000'000)), Min);
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, ::roundHalfUp(minScaled - 500'000, 1'000'000));

    // Far outside int64 in either direction.
    const __int128 huge = static_cast<__int128>(1) << 120;
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, ::roundHalfUp(huge, 3));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, ::roundHalfUp(-huge, 3));
    // Large but dividing back into range: 2^120 / 2^60 = 2^60.
    QCOMPARE(qint64(::roundHalfUp(huge, qint64(1) << 60)), qint64(1) << 60);
    QCOMPARE(qint64(::roundHalfUp(-huge, qint64(1) << 60)), -(qint64(1) << 60));

    // The most negative 128-bit value, with the largest denominator.
    const __int128 lowest = std::numeric_limits<__int128>::min();
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, ::roundHalfUp(lowest, Max));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, ::roundHalfUp(lowest, 1));
}

void TestMoney::roundHalfUpRejectsBadDenominator()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ::roundHalfUp(1, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ::roundHalfUp(1, -2));
}

void TestMoney::scaled_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");

    // 0.0125/min for 61 s: 12500 * 61 / 60 = 12708.33 micros.
    QTest::newRow("0.0125/min, 61 s") << qint64(12'500) << qint64(61) << qint64(60) << qint64(12'708);
    QTest::newRow("0.0125/min, 1 s") << qint64(12'500) << qint64(1) << qint64(60) << qint64(208);
    QTest::newRow("0.0125/min, 90 s") << qint64(12'500) << qint64(90) << qint64(60) << qint64(18'750);
    QTest::newRow("0.0125/min, 0 s") << qint64(12'500) << qint64(0) << qint64(60) << qint64(0);
    QTest::newRow("0.10/min, 30 s") << qint64(100'000) << qint64(30) << qint64(60) << qint64(50'000);
    QTest::newRow("0.07/min, 1 h") << qint64(70'000) << qint64(3'600) << qint64(60) << qint64(4'200'000);
    // 0.0123/min for 7 s = 1435 micros exactly; for 11 s 2255 exactly.
    QTest::newRow("0.0123/min, 7 s") << qint64(12'300) << qint64(7) << qint64(60) << qint64(1'435);
    // 0.000009/min for 10 s = 1.5 micros: the half goes up.
    QTest::newRow("half micro up") << qint64(9) << qint64(10) << qint64(60) << qint64(2);
    QTest::newRow("half micro negative") << qint64(-9) << qint64(10) << qint64(60) << qint64(-2);
    QTest::newRow("refund -0.0125/min, 61 s")
        << qint64(-12'500) << qint64(61) << qint64(60) << qint64(-12'708);
    QTest::newRow("one third") << qint64(1'000'000) << qint64(1) << qint64(3) << qint64(333'333);
    QTest::newRow("two thirds") << qint64(1'000'000) << qint64(2) << qint64(3) << qint64(666'667);
    QTest::newRow("negative numerator") << qint64(1'000'000) << qint64(-2) << qint64(3) << qint64(-666'667);
}

void TestMoney::scaled()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(micros(amount).scaled(numerator, denominator), micros(expected));
}

void TestMoney::scaledUses128BitIntermediate()
{
    // Max * Max would overflow 64 bits long before the division.
    QCOMPARE(micros(Max).scaled(Max, Max), micros(Max));
    QCOMPARE(micros(Min).scaled(Max, Max), micros(Min));
    QCOMPARE(micros(Max).scaled(1'000'000, 2'000'000), micros(Max / 2 + 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, micros(1).scaled(1, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, micros(1).scaled(1, -60));
}

void TestMoney::percent_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("20% of 100") << qint64(100'000'000) << qint64(2'000) << qint64(20'000'000);
    QTest::newRow("10% of 0.05") << qint64(50'000) << qint64(1'000) << qint64(5'000);
    QTest::newRow("2.5% of 19.99") << qint64(19'990'000) << qint64(250) << qint64(499'750);
    QTest::newRow("10% of 5 micros is a half") << qint64(5) << qint64(1'000) << qint64(1);
    QTest::newRow("10% of -5 micros") << qint64(-5) << qint64(1'000) << qint64(-1);
    QTest::newRow("0.01% of 0.0049") << qint64(4'900) << qint64(1) << qint64(0);
    QTest::newRow("100%") << qint64(-1'234'567) << qint64(10'000) << qint64(-1'234'567);
    QTest::newRow("0%") << qint64(1'234'567) << qint64(0) << qint64(0);
    QTest::newRow("discount -15%") << qint64(10'000'000) << qint64(-1'500) << qint64(-1'500'000);
}

void TestMoney::percent()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, basisPoints);
    QFETCH(qint64, expected);
    QCOMPARE(micros(amount).percent(basisPoints), micros(expected));
}

void TestMoney::roundedUpTo_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("to the cent") << qint64(1'234'567) << qint64(10'000) << qint64(1'240'000);
    QTest::newRow("already a multiple") << qint64(1'200'000) << qint64(10'000) << qint64(1'200'000);
    QTest::newRow("one micro over") << qint64(1'200'001) << qint64(10'000) << qint64(1'210'000);
    QTest::newRow("zero") << qint64(0) << qint64(10'000) << qint64(0);
    QTest::newRow("tiny to a whole unit") << qint64(1) << qint64(1'000'000) << qint64(1'000'000);
    QTest::newRow("negative goes towards zero") << qint64(-1'234'567) << qint64(10'000) << qint64(-1'230'000);
    QTest::newRow("small negative to zero") << qint64(-1) << qint64(10'000) << qint64(0);
    QTest::newRow("step of one micro") << qint64(-7) << qint64(1) << qint64(-7);
    QTest::newRow("min stays in range") << Min << qint64(1'000'000) << (Min / 1'000'000 * 1'000'000);
}

void TestMoney::roundedUpTo()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, step);
    QFETCH(qint64, expected);
    QCOMPARE(micros(amount).roundedUpTo(micros(step)), micros(expected));
}

void TestMoney::roundedUpToErrors()
{
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, micros(Max).roundedUpTo(micros(10)));
    QCOMPARE(micros(Max).roundedUpTo(micros(Max)), micros(Max));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, micros(5).roundedUpTo(micros(0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, micros(5).roundedUpTo(micros(-10'000)));
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("integer") << "5"
                             << "C" << qint64(5'000'000);
    QTest::newRow("two decimals") << "5.25"
                                  << "C" << qint64(5'250'000);
    QTest::newRow("negative fraction") << "-0.0125"
                                       << "C" << qint64(-12'500);
    QTest::newRow("explicit plus") << "+3"
                                   << "C" << qint64(3'000'000);
    QTest::newRow("zero") << "0"
                          << "C" << qint64(0);
    QTest::newRow("minus zero") << "-0"
                                << "C" << qint64(0);
    QTest::newRow("leading zeros") << "007.50"
                                   << "C" << qint64(7'500'000);
    QTest::newRow("no integer part") << ".5"
                                     << "C" << qint64(500'000);
    QTest::newRow("trailing point") << "5."
                                    << "C" << qint64(5'000'000);
    QTest::newRow("surrounding whitespace") << "  \t7.5 \n"
                                            << "C" << qint64(7'500'000);
    QTest::newRow("C grouping") << "1,234.50"
                                << "C" << qint64(1'234'500'000);
    QTest::newRow("C grouping millions") << "-1,234,567.000001"
                                         << "C" << qint64(-1'234'567'000'001);
    QTest::newRow("six decimals") << "0.000001"
                                  << "C" << qint64(1);
    QTest::newRow("seventh decimal half up") << "0.0000005"
                                             << "C" << qint64(1);
    QTest::newRow("seventh decimal half up, negative") << "-0.0000005"
                                                       << "C" << qint64(-1);
    QTest::newRow("just under a half") << "0.00000049999"
                                       << "C" << qint64(0);
    QTest::newRow("many decimals") << "1.23456789"
                                   << "C" << qint64(1'234'568);
    QTest::newRow("30 decimals") << "0.000000499999999999999999999999"
                                 << "C" << qint64(0);
    QTest::newRow("max") << "9223372036854.775807"
                         << "C" << Max;
    QTest::newRow("min") << "-9223372036854.775808"
                         << "C" << Min;
    QTest::newRow("max via rounding down") << "9223372036854.7758074999"
                                           << "C" << Max;
    QTest::newRow("de_DE grouping") << "1.234,56"
                                    << "de_DE" << qint64(1'234'560'000);
    QTest::newRow("de_DE no grouping") << "1234,56"
                                       << "de_DE" << qint64(1'234'560'000);
    QTest::newRow("de_DE euro after") << QStringLiteral("12,50\u00A0\u20AC") << "de_DE" << qint64(12'500'000);
    QTest::newRow("de_DE euro before") << QStringLiteral("\u20AC12,50") << "de_DE" << qint64(12'500'000);
    QTest::newRow("de_DE negative with code") << "-1.000 EUR"
                                              << "de_DE" << qint64(-1'000'000'000);
    QTest::newRow("fr_FR narrow space grouping")
        << QStringLiteral("1\u202F234,56\u00A0\u20AC") << "fr_FR" << qint64(1'234'560'000);
    QTest::newRow("fr_FR typed space grouping") << "1 234,56"
                                                << "fr_FR" << qint64(1'234'560'000);
    QTest::newRow("de_CH apostrophe") << "1'234.50"
                                      << "de_CH" << qint64(1'234'500'000);
    QTest::newRow("de_CH typographic apostrophe")
        << QStringLiteral("CHF 1\u2019234.50") << "de_CH" << qint64(1'234'500'000);
    QTest::newRow("en_US dollar") << "$5.00"
                                  << "en_US" << qint64(5'000'000);
    QTest::newRow("en_US minus before dollar") << "-$5.00"
                                               << "en_US" << qint64(-5'000'000);
    QTest::newRow("en_US minus after dollar") << "$-5"
                                              << "en_US" << qint64(-5'000'000);
    QTest::newRow("en_US US$") << "US$ 12"
                               << "en_US" << qint64(12'000'000);
    QTest::newRow("ISO code after") << "5 USD"
                                    << "C" << qint64(5'000'000);
    QTest::newRow("ISO code before") << "USD5"
                                     << "C" << qint64(5'000'000);
    QTest::newRow("en_GB pound") << QStringLiteral("\u00A31,000") << "en_GB" << qint64(1'000'000'000);
    QTest::newRow("yen") << QStringLiteral("\u00A5500") << "ja_JP" << qint64(500'000'000);
    QTest::newRow("en_IN lakh grouping")
        << QStringLiteral("\u20B912,34,567.00") << "en_IN" << qint64(1'234'567'000'000);
    QTest::newRow("pt_BR real") << "R$ 10,00"
                                << "pt_BR" << qint64(10'000'000);
    QTest::newRow("sv_SE unicode minus")
        << QStringLiteral("\u22121\u00A0234,5 kr") << "sv_SE" << qint64(-1'234'500'000);
    QTest::newRow("ar_EG native digits")
        << QStringLiteral("\u0663\u066B\u0665") << "ar_EG" << qint64(3'500'000);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(qint64, expected);

    const Money::ParseResult result = Money::parse(text, localeNamed(locale));
    QVERIFY2(result.value.has_value(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.value->micros(), expected);
}

void TestMoney::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << ""
                           << "C"
                           << "Enter an amount";
    QTest::newRow("blank") << "   "
                           << "C"
                           << "Enter an amount";
    QTest::newRow("bare minus") << "-"
                                << "C"
                                << "sign";
    QTest::newRow("bare plus") << " + "
                               << "C"
                               << "sign";
    QTest::newRow("letters") << "abc"
                             << "C"
                             << "'a' is not allowed";
    QTest::newRow("word") << "five"
                          << "C"
                          << "'f' is not allowed";
    QTest::newRow("lower-case suffix") << "12abc"
                                       << "C"
                                       << "'a' is not allowed";
    QTest::newRow("exponent") << "1e5"
                              << "C"
                              << "'e' is not allowed";
    QTest::newRow("percent") << "5%"
                             << "C"
                             << "'%' is not allowed";
    QTest::newRow("two decimal points") << "1.2.3"
                                        << "C"
                                        << "more than one decimal point";
    QTest::newRow("two decimal commas") << "1,2,3"
                                        << "de_DE"
                                        << "more than one decimal point";
    QTest::newRow("group after point") << "1,234.5,6"
                                       << "C"
                                       << "after the decimal point";
    QTest::newRow("group in wrong place") << "1,23.4"
                                          << "C"
                                          << "wrong place";
    QTest::newRow("leading group") << ",123"
                                   << "C"
                                   << "wrong place";
    QTest::newRow("doubled group") << "1,,234"
                                   << "C"
                                   << "wrong place";
    QTest::newRow("de_DE point as decimal") << "1.5"
                                            << "de_DE"
                                            << "wrong place";
    QTest::newRow("space in C") << "1 000"
                                << "C"
                                << "spaces";
    QTest::newRow("sign in the middle") << "5-3"
                                        << "C"
                                        << "start of the amount";
    QTest::newRow("trailing minus") << "5-"
                                    << "C"
                                    << "start of the amount";
    QTest::newRow("two signs") << "--5"
                               << "C"
                               << "start of the amount";
    QTest::newRow("currency only") << "$"
                                   << "en_US"
                                   << "currency";
    QTest::newRow("point only") << "."
                                << "C"
                                << "no digits";
    QTest::newRow("too many integer digits") << "99999999999999"
                                             << "C"
                                             << "too large";
    QTest::newRow("just above max") << "9223372036854.775808"
                                    << "C"
                                    << "too large";
    QTest::newRow("rounds above max") << "9223372036854.7758075"
                                      << "C"
                                      << "too large";
    QTest::newRow("just below min") << "-9223372036854.775809"
                                    << "C"
                                    << "too large";
    QTest::newRow("huge with grouping") << "1,000,000,000,000,000"
                                        << "C"
                                        << "too large";
}

void TestMoney::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(QString, mentions);

    const Money::ParseResult result = Money::parse(text, localeNamed(locale));
    QVERIFY(!result.value.has_value());
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");

    const qint64 sample = 1'234'500'000; // 1234.50
    QTest::newRow("en_US") << sample << "USD"
                           << "en_US" << 2 << "$1,234.50";
    QTest::newRow("de_DE") << sample << "EUR"
                           << "de_DE" << 2 << QStringLiteral("1.234,50\u00A0\u20AC");
    QTest::newRow("fr_FR") << sample << "EUR"
                           << "fr_FR" << 2 << QStringLiteral("1\u202F234,50\u00A0\u20AC");
    QTest::newRow("en_GB") << sample << "GBP"
                           << "en_GB" << 2 << QStringLiteral("\u00A31,234.50");
    QTest::newRow("en_US negative") << qint64(-5'000'000) << "USD"
                                    << "en_US" << 2 << "-$5.00";
    QTest::newRow("de_DE negative") << qint64(-5'000'000) << "EUR"
                                    << "de_DE" << 2 << QStringLiteral("-5,00\u00A0\u20AC");
    QTest::newRow("en_GB negative pence") << qint64(-10'000) << "GBP"
                                          << "en_GB" << 2 << QStringLiteral("-\u00A30.01");
    QTest::newRow("rate shows 4 decimals") << qint64(12'500) << "USD"
                                           << "en_US" << 2 << "$0.0125";
    QTest::newRow("one micro shows 6 decimals") << qint64(1) << "USD"
                                                << "en_US" << 2 << "$0.000001";
    QTest::newRow("de_DE rate") << qint64(-12'500) << "EUR"
                                << "de_DE" << 2 << QStringLiteral("-0,0125\u00A0\u20AC");
    QTest::newRow("zero decimals") << qint64(500'000'000) << "JPY"
                                   << "en_US" << 0 << QStringLiteral("\u00A5500");
    QTest::newRow("zero decimals still shows precision") << qint64(1'500'000) << "USD"
                                                         << "en_US" << 0 << "$1.5";
    QTest::newRow("more decimals asked") << qint64(1'500'000) << "USD"
                                         << "en_US" << 4 << "$1.5000";
    QTest::newRow("decimals clamped to 6") << qint64(1'500'000) << "USD"
                                           << "en_US" << 9 << "$1.500000";
    QTest::newRow("code without symbol") << sample << "CHF"
                                         << "en_US" << 2 << QStringLiteral("CHF\u00A01,234.50");
    QTest::newRow("de_CH") << sample << "CHF"
                           << "de_CH" << 2 << QStringLiteral("1\u2019234.50\u00A0CHF");
    QTest::newRow("en_IN rupee") << qint64(1'234'567'000'000) << "INR"
                                 << "en_IN" << 2 << QStringLiteral("\u20B912,34,567.00");
    QTest::newRow("C locale") << sample << "USD"
                              << "C" << 2 << "$1234.50";
    QTest::newRow("C locale code") << sample << "CHF"
                                   << "C" << 2 << "CHF 1234.50";
    QTest::newRow("no currency") << sample << ""
                                 << "en_US" << 2 << "1,234.50";
    QTest::newRow("min") << Min << ""
                         << "C" << 2 << "-9223372036854.775808";
    QTest::newRow("max en_US") << Max << "USD"
                               << "en_US" << 2 << "$9,223,372,036,854.775807";
}

void TestMoney::format()
{
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(micros(amount).format(currency, localeNamed(locale), decimals), expected);
}

void TestMoney::formatThenParse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");

    QTest::newRow("C USD") << "C"
                           << "USD";
    QTest::newRow("en_US USD") << "en_US"
                               << "USD";
    QTest::newRow("en_GB GBP") << "en_GB"
                               << "GBP";
    QTest::newRow("de_DE EUR") << "de_DE"
                               << "EUR";
    QTest::newRow("fr_FR EUR") << "fr_FR"
                               << "EUR";
    QTest::newRow("de_CH CHF") << "de_CH"
                               << "CHF";
    QTest::newRow("sv_SE SEK") << "sv_SE"
                               << "SEK";
    QTest::newRow("ar_EG EGP") << "ar_EG"
                               << "EGP";
}

void TestMoney::formatThenParse()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    const QLocale l = localeNamed(locale);
    for (const qint64 value : {qint64(0), qint64(1), qint64(-12'500), qint64(5'000'000),
                               qint64(-1'234'500'000), qint64(987'654'321'123'456), Max, Min}) {
        const QString shown = micros(value).format(currency, l);
        const Money::ParseResult back = Money::parse(shown, l);
        QVERIFY2(back.value.has_value(), qPrintable(shown + QStringLiteral(": ") + back.error));
        QCOMPARE(*back.value, micros(value));
    }
}

void TestMoney::toPlainString_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("negative") << qint64(-12'500'000) << 0 << "-12.5";
    QTest::newRow("rate") << qint64(12'500) << 0 << "0.0125";
    QTest::newRow("whole") << qint64(5'000'000) << 0 << "5";
    QTest::newRow("whole, two decimals") << qint64(5'000'000) << 2 << "5.00";
    QTest::newRow("more precision than asked") << qint64(5'001'000) << 2 << "5.001";
    QTest::newRow("zero") << qint64(0) << 0 << "0";
    QTest::newRow("zero, two decimals") << qint64(0) << 2 << "0.00";
    QTest::newRow("one micro") << qint64(1) << 0 << "0.000001";
    QTest::newRow("minus half") << qint64(-500'000) << 0 << "-0.5";
    QTest::newRow("no grouping") << qint64(1'234'567'890'000) << 0 << "1234567.89";
    QTest::newRow("clamped") << qint64(5'000'000) << 9 << "5.000000";
    QTest::newRow("negative minDecimals") << qint64(5'000'000) << -1 << "5";
    QTest::newRow("max") << Max << 0 << "9223372036854.775807";
    QTest::newRow("min") << Min << 0 << "-9223372036854.775808";
}

void TestMoney::toPlainString()
{
    QFETCH(qint64, amount);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);
    QCOMPARE(micros(amount).toPlainString(minDecimals), expected);
}

void TestMoney::toPlainStringRoundTrip()
{
    // Plain strings are what the database and CSV files hold, so every value
    // must come back exactly, whatever the process locale.
    QRandomGenerator generator(20'260'101);
    QList<qint64> values = {0, 1, -1, 999'999, -999'999, 1'000'000, Max, Min, Min + 1};
    for (int i = 0; i < 2'000; ++i) {
        const auto raw = static_cast<qint64>(generator.generate64());
        values << raw << raw / 1'000'000'000 << raw % 1'000'000;
    }
    for (const qint64 value : values) {
        const QString plain = micros(value).toPlainString();
        const Money::ParseResult back = Money::parse(plain);
        QVERIFY2(back.value.has_value(), qPrintable(plain + QStringLiteral(": ") + back.error));
        QCOMPARE(*back.value, micros(value));
        QCOMPARE(Money::parse(micros(value).toPlainString(2)).value, std::optional<Money>(micros(value)));
    }
}

void TestMoney::currencySymbol_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("USD") << "USD"
                         << "$";
    QTest::newRow("EUR") << "EUR" << QStringLiteral("\u20AC");
    QTest::newRow("GBP") << "GBP" << QStringLiteral("\u00A3");
    QTest::newRow("JPY") << "JPY" << QStringLiteral("\u00A5");
    QTest::newRow("INR") << "INR" << QStringLiteral("\u20B9");
    QTest::newRow("lower case") << "usd"
                                << "$";
    QTest::newRow("other code") << "CHF"
                                << "CHF";
    QTest::newRow("empty") << ""
                           << "";
}

void TestMoney::currencySymbol()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(Money::currencySymbol(code), expected);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
