#include "cards/Pin.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using rebound::cards::Pin;

class TestPin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void luhnKnownValues()
    {
        QVERIFY(Pin::luhnValid(QStringLiteral("79927398713"))); // the textbook example
        QVERIFY(!Pin::luhnValid(QStringLiteral("79927398710")));
        QCOMPARE(Pin::luhnCheckDigit(QStringLiteral("7992739871")), 3);
        QVERIFY(Pin::luhnValid(QStringLiteral("4539578763621486")));
    }

    void generatedPinsHaveLengthAndCheckDigit()
    {
        QRandomGenerator rng(42);
        for (int length : {10, 12, 16, 20})
            for (int i = 0; i < 200; ++i) {
                const QString pin = Pin::generate(length, rng);
                QCOMPARE(pin.size(), length);
                QVERIFY(Pin::check(pin).isEmpty());
            }
    }

    void everySingleDigitTypoIsCaught()
    {
        QRandomGenerator rng(7);
        for (int n = 0; n < 50; ++n) {
            const QString pin = Pin::generate(12, rng);
            for (int pos = 0; pos < pin.size(); ++pos)
                for (int d = 0; d < 10; ++d) {
                    if (pin[pos].digitValue() == d)
                        continue;
                    QString typo = pin;
                    typo[pos] = QChar(u'0' + d);
                    QVERIFY2(!Pin::check(typo).isEmpty(), qPrintable(typo));
                }
        }
    }

    void mostAdjacentSwapsAreCaught()
    {
        QRandomGenerator rng(9);
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 200; ++n) {
            const QString pin = Pin::generate(12, rng);
            for (int pos = 0; pos + 1 < pin.size(); ++pos) {
                if (pin[pos] == pin[pos + 1])
                    continue;
                QString swapped = pin;
                std::swap(swapped[pos], swapped[pos + 1]);
                ++swaps;
                caught += Pin::check(swapped).isEmpty() ? 0 : 1;
            }
        }
        // Luhn misses only 09 <-> 90.
        QVERIFY2(caught * 100 >= swaps * 95, qPrintable(QStringLiteral("%1 of %2").arg(caught).arg(swaps)));
    }

    void malformedPins_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the PIN");
        QTest::newRow("letters") << QStringLiteral("1234abcd5678") << QStringLiteral("digits only");
        QTest::newRow("short") << QStringLiteral("123456789") << QStringLiteral("10 to 20");
        QTest::newRow("long") << QStringLiteral("123456789012345678901") << QStringLiteral("10 to 20");
        QTest::newRow("bad check digit") << QStringLiteral("799273987100") << QStringLiteral("not valid");
        QTest::newRow("arabic digits") << QStringLiteral("١٢٣٤٥٦٧٨٩٠١٢") << QStringLiteral("digits only");
    }
    void malformedPins()
    {
        QFETCH(QString, pin);
        QFETCH(QString, expected);
        QVERIFY2(Pin::check(pin).contains(expected), qPrintable(Pin::check(pin)));
    }

    void normaliseDropsSeparators()
    {
        QCOMPARE(Pin::normalise(QStringLiteral(" 1234-5678.9012 ")), QStringLiteral("123456789012"));
    }

    void hashIsKeyedAndStable()
    {
        const QByteArray key1(32, 'a');
        const QByteArray key2(32, 'b');
        const QString pin = QStringLiteral("799273987134");
        QCOMPARE(Pin::hash(pin, key1), Pin::hash(pin, key1));
        QVERIFY(Pin::hash(pin, key1) != Pin::hash(pin, key2));
        QCOMPARE(Pin::hash(pin, key1).size(), 64);
        QVERIFY(!Pin::hash(pin, key1).contains(pin));
    }
};

QTEST_GUILESS_MAIN(TestPin)
#include "TestPin.moc"
