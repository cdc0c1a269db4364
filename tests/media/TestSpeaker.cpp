#include "media/Speaker.h"

#include <QTest>

using namespace rebound;
using namespace rebound::media;
using core::Money;

namespace {
// Micro-units from whole units and millionths, e.g. units(21, 10'000) is 21.01.
qint64 units(qint64 whole, qint64 micros = 0)
{
    return whole * Money::MicrosPerUnit + micros;
}

constexpr qint64 Cent = 10'000; // 0.01 of a unit, in micro-units
constexpr qint64 Fils = 1'000;  // 0.001 of a dinar

void addRow(const char* name, qint64 micros, const char* currency, const char* playlist)
{
    QTest::newRow(name) << micros << QString::fromLatin1(currency) << QString::fromLatin1(playlist);
}

void columns()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("playlist");
}

QString said(const QStringList& playlist)
{
    return playlist.join(QLatin1Char(' '));
}
// Rows named "<language> <n>" of what the language's speaker says for n.
template <typename N>
void playlistRows(const char* column, std::initializer_list<std::tuple<const char*, N, const char*>> rows)
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<N>(column);
    QTest::addColumn<QString>("playlist");
    for (const auto& [language, n, playlist] : rows)
        QTest::addRow("%s %lld", language, static_cast<long long>(n))
            << QString::fromLatin1(language) << n << QString::fromLatin1(playlist);
}

// The row's language's speaker says the row's playlist: what `say` makes it say.
template <typename Say>
void saysThePlaylist(Say say)
{
    QFETCH(QString, language);
    QFETCH(QString, playlist);
    QCOMPARE(said(say(*Speaker::forLanguage(language))), playlist);
}

// The row's amount in its currency, as `speaker` says it.
void saysTheAmount(const Speaker& speaker)
{
    QFETCH(qint64, micros);
    QFETCH(QString, currency);
    QFETCH(QString, playlist);
    QCOMPARE(said(speaker.amount(Money::fromMicros(micros), currency)), playlist);
}
} // namespace

class TestSpeaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forLanguageReadsTheTag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en"
                            << "en";
        QTest::newRow("es-MX") << "es-MX"
                               << "es";
        QTest::newRow("fr_CA") << "fr_CA.UTF-8"
                               << "fr";
        QTest::newRow("upper case") << "ES"
                                    << "es";
        QTest::newRow("German falls back to English") << "de"
                                                      << "en";
        QTest::newRow("none") << ""
                              << "en";
    }
    void forLanguageReadsTheTag()
    {
        QFETCH(QString, tag);
        QFETCH(QString, language);
        QCOMPARE(Speaker::forLanguage(tag)->language(), language);
    }

    void englishAmounts_data()
    {
        columns();
        addRow("zero", 0, "USD", "num-0 dollars and num-0 cents");
        addRow("one cent", Cent, "USD", "num-0 dollars and num-1 cent");
        addRow("one unit", units(1), "USD", "num-1 dollar and num-0 cents");
        addRow("1.01", units(1, Cent), "USD", "num-1 dollar and num-1 cent");
        addRow("21", units(21), "USD", "num-21 dollars and num-0 cents");
        addRow("21.01 EUR", units(21, Cent), "EUR", "num-21 euros and num-1 cent");
        addRow("100", units(100), "USD", "num-1 hundred dollars and num-0 cents");
        addRow("a million", units(1'000'000), "USD", "num-1 million dollars and num-0 cents");
        addRow("truncated, not rounded", units(5, 999'999), "USD", "num-5 dollars and num-99 cents");
        addRow("pounds and pence", units(2, 50 * Cent), "GBP", "num-2 pounds and num-50 pence");
        addRow("CAD is dollars", units(3), "CAD", "num-3 dollars and num-0 cents");
        addRow("pesos", units(2, 50 * Cent), "MXN", "num-2 pesos and num-50 centavos");
        addRow("naira", units(1, Cent), "NGN", "num-1 naira and num-1 kobo");
        addRow("reais", units(2, Cent), "BRL", "num-2 reais and num-1 centavo");
        addRow("JPY has no subunit", units(500, 750'000), "JPY", "num-5 hundred yen");
        addRow("one yen", units(1), "JPY", "num-1 yen");
        addRow("KWD has fils", units(1, 500 * Fils), "KWD", "num-1 dinar and num-5 hundred fils");
        addRow("one fils", Fils + 999, "KWD", "num-0 dinars and num-1 fils");
        addRow("generic", units(5, 50 * Cent), "XYZ", "num-5 units num-50");
        addRow("generic whole", units(1), "XYZ", "num-1 unit");
        addRow("CFA francs have no subunit", units(5), "XOF", "num-5 cfa-francs");
        addRow("negative", -units(1, Cent), "USD", "minus num-1 dollar and num-1 cent");
        addRow("lower-case code", units(1), "eur", "num-1 euro and num-0 cents");
    }
    void englishAmounts() { saysTheAmount(EnglishSpeaker()); }

    void spanishAmounts_data()
    {
        columns();
        addRow("zero", 0, "USD", "num-0 dollars");
        addRow("one cent", Cent, "USD", "num-0 dollars with num-1-m cent");
        addRow("one unit", units(1), "USD", "num-1-m dollar");
        addRow("1.01", units(1, Cent), "USD", "num-1-m dollar with num-1-m cent");
        addRow("1.05", units(1, 5 * Cent), "USD", "num-1-m dollar with num-5 cents");
        addRow("21", units(21), "USD", "num-21-m dollars");
        addRow("21.01 USD", units(21, Cent), "USD", "num-21-m dollars with num-1-m cent");
        addRow("21.01 EUR", units(21, Cent), "EUR", "num-21-m euros with num-1-m centime");
        addRow("100", units(100), "USD", "hundred dollars");
        addRow("101", units(101), "USD", "hundred-plus num-1-m dollars");
        addRow("1000", units(1000), "MXN", "thousand pesos");
        addRow("2021", units(2021), "MXN", "num-2 thousand num-21-m pesos");
        addRow("a million", units(1'000'000), "USD", "num-1-m million of dollars");
        addRow("a million and cents", units(1'000'000, 5 * Cent), "USD",
               "num-1-m million of dollars with num-5 cents");
        addRow("two million euros", units(2'000'000), "EUR", "num-2 millions of euros");
        addRow("a million and more", units(1'500'000), "USD", "num-1-m million num-500 thousand dollars");
        addRow("one pound", units(1), "GBP", "num-1-f pound");
        addRow("21 pounds", units(21), "GBP", "num-21-f pounds");
        addRow("200 pounds", units(200), "GBP", "num-200-f pounds");
        addRow("200,000 pounds", units(200'000), "GBP", "num-200-f thousand pounds");
        addRow("a million pounds", units(1'000'000), "GBP", "num-1-m million of pounds");
        addRow("one paisa", Cent, "INR", "num-0 rupees with num-1-f paisa");
        addRow("JPY has no subunit", units(500, 750'000), "JPY", "num-500 yens");
        addRow("one yen", units(1), "JPY", "num-1-m yen");
        addRow("KWD has fils", units(1, 500 * Fils), "KWD", "num-1-m dinar with num-500 fils");
        addRow("one fils", Fils, "KWD", "num-0 dinars with num-1-m fils");
        addRow("generic", units(5, 50 * Cent), "XYZ", "num-5 units with num-50");
        addRow("generic one", units(1, Cent), "XYZ", "num-1-f unit with num-1");
        addRow("generic 3 decimals", units(5, 500 * Fils), "BHD", "num-5 units with num-500");
        addRow("negative", -units(1, Cent), "USD", "minus num-1-m dollar with num-1-m cent");
    }
    void spanishAmounts() { saysTheAmount(SpanishSpeaker()); }

    void frenchAmounts_data()
    {
        columns();
        addRow("zero", 0, "EUR", "num-0 euro");
        addRow("one cent", Cent, "EUR", "num-0 euro and num-1 centime");
        addRow("one unit", units(1), "EUR", "num-1 euro");
        addRow("1.01", units(1, Cent), "EUR", "num-1 euro and num-1 centime");
        addRow("21", units(21), "EUR", "num-21 euros");
        addRow("21.01 EUR", units(21, Cent), "EUR", "num-21 euros and num-1 centime");
        addRow("21.01 USD", units(21, Cent), "USD", "num-21 dollars and num-1 centime");
        addRow("71", units(71), "EUR", "num-71 euros");
        addRow("80", units(80), "EUR", "num-80 euros");
        addRow("100", units(100), "EUR", "hundred euros");
        addRow("200", units(200), "EUR", "num-2 hundreds euros");
        addRow("201", units(201), "EUR", "num-2 hundred num-1 euros");
        addRow("80,000", units(80'000), "USD", "num-80-bare thousand dollars");
        addRow("200,000", units(200'000), "USD", "num-2 hundred thousand dollars");
        addRow("a million euros", units(1'000'000), "EUR", "num-1 million of-euros");
        addRow("a million dollars", units(1'000'000), "USD", "num-1 million of dollars");
        addRow("200 million dollars", units(200'000'000), "USD", "num-2 hundreds millions of dollars");
        addRow("a billion", units(1'000'000'000), "USD", "num-1 billion of dollars");
        addRow("one pound", units(1), "GBP", "num-1-f pound");
        addRow("21 pounds", units(21), "GBP", "num-21-f pounds");
        addRow("71 pounds", units(71), "GBP", "num-71 pounds");
        addRow("81 pounds", units(81), "GBP", "num-81-f pounds");
        addRow("Turkish lira", units(2), "TRY", "num-2 liras");
        addRow("JPY has no subunit", units(500, 750'000), "JPY", "num-5 hundreds yens");
        addRow("KWD has fils", units(1, 500 * Fils), "KWD", "num-1 dinar and num-5 hundreds fils");
        addRow("one fils", Fils, "KWD", "num-0 dinar and num-1 fils");
        addRow("generic", units(5, 50 * Cent), "XYZ", "num-5 units num-50");
        addRow("generic one", units(1), "XYZ", "num-1-f unit");
        addRow("generic million", units(1'000'000), "XYZ", "num-1 million of-units");
        addRow("CFA francs", units(1500), "XOF", "thousand num-5 hundreds cfa-francs");
        addRow("negative", -units(1, Cent), "EUR", "minus num-1 euro and num-1 centime");
    }
    void frenchAmounts() { saysTheAmount(FrenchSpeaker()); }

    void numbers_data()
    {
        playlistRows<qint64>("n", {
                                      {"en", 0, "num-0"},
                                      {"en", 105, "num-1 hundred num-5"},
                                      {"en", 1234, "num-1 thousand num-2 hundred num-34"},
                                      {"en", 1'000'001, "num-1 million num-1"},
                                      {"en", 2'000'000'000, "num-2 billion"},
                                      {"en", 3'000'000'000'000, "num-3 trillion"},
                                      {"en", -3, "minus num-3"},
                                      {"es", 1, "num-1"},
                                      {"es", 21, "num-21"},
                                      {"es", 100, "hundred"},
                                      {"es", 101, "hundred-plus num-1"},
                                      {"es", 555, "num-500 num-55"},
                                      {"es", 1000, "thousand"},
                                      {"es", 1001, "thousand num-1"},
                                      {"es", 21'000, "num-21-m thousand"},
                                      {"es", 1'000'000, "num-1-m million"},
                                      {"es", 1'000'000'000, "thousand millions"},
                                      {"es", 2'000'000'000'000, "num-2 trillions"},
                                      {"es", -3, "minus num-3"},
                                      {"fr", 1, "num-1"},
                                      {"fr", 71, "num-71"},
                                      {"fr", 180, "hundred num-80"},
                                      {"fr", 1000, "thousand"},
                                      {"fr", 21'000, "num-21 thousand"},
                                      {"fr", 80'080, "num-80-bare thousand num-80"},
                                      {"fr", 2'000'000, "num-2 millions"},
                                      {"fr", 1'000'000'000, "num-1 billion"},
                                      {"fr", 1'000'000'000'000, "num-1 trillion"},
                                      {"fr", -3, "minus num-3"},
                                  });
    }
    void numbers()
    {
        QFETCH(qint64, n);
        saysThePlaylist([n](const Speaker& speaker) { return speaker.number(n); });
    }

    void durations_data()
    {
        playlistRows<int>("seconds", {
                                         {"en", 61, "num-1 minute"},
                                         {"en", 30, "num-30 seconds"},
                                         {"es", 60, "num-1-m minute"},
                                         {"es", 21 * 60 + 59, "num-21-m minutes"},
                                         {"es", 1, "num-1-m second"},
                                         {"es", 30, "num-30 seconds"},
                                         {"fr", 60, "num-1-f minute"},
                                         {"fr", 21 * 60, "num-21-f minutes"},
                                         {"fr", 1, "num-1-f second"},
                                         {"fr", 0, "num-0 second"},
                                         {"fr", 30, "num-30 seconds"},
                                     });
    }
    void durations()
    {
        QFETCH(int, seconds);
        saysThePlaylist([seconds](const Speaker& speaker) { return speaker.duration(seconds); });
    }

    void theCurrenciesResellersUseHaveNames()
    {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")}) {
            const auto speaker = Speaker::forLanguage(language);
            const QStringList named = speaker->namedCurrencies();
            for (const char* code :
                 {"USD", "EUR", "GBP", "CAD", "AUD", "MXN", "BRL", "INR", "PHP", "NGN", "KES",
                  "ZAR", "CNY", "JPY", "CHF", "SEK", "PLN", "TRY", "AED", "SAR", "KWD"}) {
                QVERIFY2(named.contains(QLatin1String(code)), qPrintable(language + QLatin1Char(' ') + code));
                const QStringList words = speaker->amount(Money::fromUnits(5), QLatin1String(code));
                QVERIFY2(!words.contains(QLatin1String("units")),
                         qPrintable(language + QLatin1Char(' ') + code));
            }
        }
    }

    void extremesAreSpoken()
    {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")}) {
            const auto speaker = Speaker::forLanguage(language);
            const QStringList most =
                speaker->amount(Money::fromMicros(std::numeric_limits<qint64>::min()), QStringLiteral("USD"));
            QCOMPARE(most.first(), QStringLiteral("minus"));
            QVERIFY(most.size() > 10);
            QVERIFY(!speaker->number(std::numeric_limits<qint64>::max()).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSpeaker)
#include "TestSpeaker.moc"
