#include "billing/RateCsv.h"
#include "core/Money.h"
#include "store/Rate.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace rebound;
using billing::RateCsv;
using billing::RateCsvResult;
using core::Money;
using store::Rate;

namespace rebound::store {
// Lets QCOMPARE print a rate instead of "<unknown>"; found by ADL.
char* toString(const Rate& r)
{
    const auto opt = [](const auto& value) { return value ? QString::number(*value) : QStringLiteral("-"); };
    return QTest::toString(
        QStringLiteral(
            "%1 '%2' rate=%3 fee=%4 inc=%5/%6 min=%7 grace=%8 valid=%9..%10 time=%11..%12 days=%13")
            .arg(r.prefix, r.destination, r.perMinute.toPlainString(), r.connectFee.toPlainString(),
                 QString::number(r.firstIncrement), QString::number(r.nextIncrement),
                 QString::number(r.minSeconds), QString::number(r.graceSeconds), opt(r.validFrom),
                 opt(r.validTo), opt(r.timeFrom), opt(r.timeTo), QString::number(r.daysMask)));
}
} // namespace rebound::store

namespace {

const QString FullHeader = QStringLiteral("prefix,destination,rate,connect_fee,increment,minimum,grace,"
                                          "valid_from,valid_to,time_from,time_to,days");

RateCsvResult parse(const QString& text)
{
    return RateCsv::parse(text.toUtf8());
}

// Every message on its own line, for QVERIFY2 diagnostics.
QString errorText(const RateCsvResult& result)
{
    QStringList lines;
    for (const auto& issue : result.errors)
        lines << QStringLiteral("[%1] %2").arg(issue.line).arg(issue.message);
    return lines.join(u'\n');
}

Money amount(const char* text)
{
    return Money::parse(QString::fromUtf8(text)).value.value();
}

qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC).toMSecsSinceEpoch();
}

// A field quoted the RFC 4180 way, so test data can hold commas.
QString quoted(const QString& text)
{
    QString inner = text;
    inner.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QStringLiteral("\"%1\"").arg(inner);
}

// The one rate of a sheet with the given header and a single data row.
Rate onlyRate(const QString& header, const QString& row)
{
    const auto result = parse(header + u'\n' + row + u'\n');
    if (!result.ok() || result.rates.size() != 1)
        qWarning().noquote() << "unexpected result:" << errorText(result);
    return result.rates.value(0);
}

} // namespace

class TestRateCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionalRowsWithoutHeader()
    {
        const auto result = parse(QStringLiteral("44,United Kingdom,0.0125\n"
                                                 "4420,London,0.01,0.05,30/6,60,2024-01-01,2025-01-01\n"
                                                 "+1 212-555,Country,0.008,,1,,,\n"));
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(result.rates.size(), 3);

        Rate uk;
        uk.prefix = QStringLiteral("44");
        uk.destination = QStringLiteral("United Kingdom");
        uk.perMinute = amount("0.0125");
        QCOMPARE(result.rates.at(0), uk);

        const Rate& london = result.rates.at(1);
        QCOMPARE(london.connectFee, amount("0.05"));
        QCOMPARE(london.firstIncrement, 30);
        QCOMPARE(london.nextIncrement, 6);
        QCOMPARE(london.minSeconds, 60);
        QCOMPARE(london.validFrom, utcMs(2024, 1, 1));
        QCOMPARE(london.validTo, utcMs(2025, 1, 1));
        QCOMPARE(london.daysMask, 127);
        QVERIFY(!london.timeFrom && !london.timeTo);

        // "Country" is a header word, but a numeric prefix and rate make the
        // first row data.
        const Rate& nyc = result.rates.at(2);
        QCOMPARE(nyc.prefix, QStringLiteral("1212555"));
        QCOMPARE(nyc.destination, QStringLiteral("Country"));
        QCOMPARE(nyc.firstIncrement, 1);
        QCOMPARE(nyc.nextIncrement, 1);
        QCOMPARE(nyc.connectFee, Money());
    }

    void firstRowWithBadRateIsStillData()
    {
        const auto result = parse(QStringLiteral("44,UK,abc\n33,France,0.1\n"));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().line, 1);
        QCOMPARE(result.errors.first().message, QStringLiteral("line 1: rate 'abc' is not a number"));
    }

    void headerSynonymsAndColumnOrder_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("connectFee");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("next");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("grace");

        QTest::newRow("destination first")
            << QStringLiteral("Destination,Code,Price\nUnited Kingdom,44,0.02\n") << "44"
            << "United Kingdom"
            << "0.02"
            << "0" << 60 << 60 << 0 << 0;
        QTest::newRow("spaces and case")
            << QStringLiteral("Country Code,ZONE,Rate per Minute,Setup Fee,Billing Increment\n"
                              "49,Germany,0.015,0.1,30/6\n")
            << "49"
            << "Germany"
            << "0.015"
            << "0.1" << 30 << 6 << 0 << 0;
        QTest::newRow("underscores and unknown columns")
            << QStringLiteral("Notes;Dialing_Code;Description;Cost;Connection;Interval;Min Seconds;"
                              "Grace_Seconds;ISO\nbest route;33;France;0,011;0,02;6;30;5;FR\n")
            << "33"
            << "France"
            << "0.011"
            << "0.02" << 6 << 6 << 30 << 5;
        QTest::newRow("units in brackets")
            << QStringLiteral(
                   "Rate (USD),Name,Dial-Code,Minimum,Grace,Connect [USD]\n0.03,Spain,34,60,3,0.5\n")
            << "34"
            << "Spain"
            << "0.03"
            << "0.5" << 60 << 60 << 60 << 3;
        QTest::newRow("first and next columns")
            << QStringLiteral(
                   "Sell\tCountry\tPREFIX\tFirst Increment\tNext Increment\n0.2\tPeru\t51\t60\t1\n")
            << "51"
            << "Peru"
            << "0.2"
            << "0" << 60 << 1 << 0 << 0;
        QTest::newRow("short names")
            << QStringLiteral(
                   "code,connect,perminute,initial,additional,name,min\n61,0.01,0.04,30,6,Australia,"
                   "12\n")
            << "61"
            << "Australia"
            << "0.04"
            << "0.01" << 30 << 6 << 12 << 0;
        QTest::newRow("rate/min and padding")
            << QStringLiteral(" Rate/Min , Prefix , Destination , Setup\n0.3, 7 495 , Moscow ,1\n") << "7495"
            << "Moscow"
            << "0.3"
            << "1" << 60 << 60 << 0 << 0;
        QTest::newRow("buy and min increment")
            << QStringLiteral("countrycode,description,buy,min increment,nextincrement,minimumseconds\n"
                              "81,Japan,0.07,10,10,20\n")
            << "81"
            << "Japan"
            << "0.07"
            << "0" << 10 << 10 << 20 << 0;
    }
    void headerSynonymsAndColumnOrder()
    {
        QFETCH(QString, csv);
        QFETCH(QString, prefix);
        QFETCH(QString, destination);
        QFETCH(QString, rate);
        QFETCH(QString, connectFee);
        QFETCH(int, first);
        QFETCH(int, next);
        QFETCH(int, minimum);
        QFETCH(int, grace);
        const auto result = parse(csv);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(result.rates.size(), 1);
        const Rate& r = result.rates.first();
        QCOMPARE(r.prefix, prefix);
        QCOMPARE(r.destination, destination);
        QCOMPARE(r.perMinute, Money::parse(rate).value.value());
        QCOMPARE(r.connectFee, Money::parse(connectFee).value.value());
        QCOMPARE(r.firstIncrement, first);
        QCOMPARE(r.nextIncrement, next);
        QCOMPARE(r.minSeconds, minimum);
        QCOMPARE(r.graceSeconds, grace);
    }

    void unusableHeader_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QStringList>("expected"); // one fragment per expected issue

        QTest::newRow("nothing recognised") << QStringLiteral("Dial,Place,Amount\n44,UK,0.01\n")
                                            << QStringList{"no prefix column", "no rate column"};
        QTest::newRow("no rate") << QStringLiteral("prefix,destination,amount\n44,UK,0.01\n")
                                 << QStringList{"no rate column"};
        QTest::newRow("two rate columns")
            << QStringLiteral("prefix,buy,sell\n44,0.1,0.2\n")
            << QStringList{"columns 2 ('buy') and 3 ('sell') both give the rate"};
        QTest::newRow("increment and first")
            << QStringLiteral("prefix,rate,increment,first\n44,0.1,60/60,30\n")
            << QStringList{"both an increment column and first/next"};
    }
    void unusableHeader()
    {
        QFETCH(QString, csv);
        QFETCH(QStringList, expected);
        const auto result = parse(csv);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(result.errors.at(i).line, 1);
            QVERIFY2(result.errors.at(i).message.startsWith(QStringLiteral("line 1: ")),
                     qPrintable(result.errors.at(i).message));
            QVERIFY2(result.errors.at(i).message.contains(expected.at(i)), qPrintable(errorText(result)));
        }
    }

    void semicolonWithDecimalComma()
    {
        const auto result = parse(QStringLiteral("Prefix;Destination;Rate;Connect Fee\n"
                                                 "44;\"UK; mobile\";0,0125;0,10\n"
                                                 "33;France, Paris;1.234,5;0\n"
                                                 "49;Germany;0.02;\n"));
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(result.rates.size(), 3);
        QCOMPARE(result.rates.at(0).destination, QStringLiteral("UK; mobile"));
        QCOMPARE(result.rates.at(0).perMinute, Money::fromMicros(12'500));
        QCOMPARE(result.rates.at(0).connectFee, Money::fromCents(10));
        QCOMPARE(result.rates.at(1).destination, QStringLiteral("France, Paris"));
        QCOMPARE(result.rates.at(1).perMinute, amount("1234.5"));
        QCOMPARE(result.rates.at(2).perMinute, amount("0.02"));

        // Without a header, and with Excel's "sep=" hint line.
        const auto positional = parse(QStringLiteral("sep=;\n44;UK;0,5\n"));
        QVERIFY2(positional.ok(), qPrintable(errorText(positional)));
        QCOMPARE(positional.rates.first().perMinute, amount("0.5"));
        const auto badAfterHint = parse(QStringLiteral("sep=;\n44;UK;0,5\n33;France;x\n"));
        QCOMPARE(badAfterHint.errors.size(), 1);
        QCOMPARE(badAfterHint.errors.first().line, 3);
    }

    void commaIsNeverDecimalWithCommaDelimiter()
    {
        const auto result = parse(QStringLiteral("44,UK,\"0,5\"\n"));
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors.first().message.contains(QStringLiteral("rate '0,5'")));
    }

    void tabDelimited()
    {
        const auto result = parse(QStringLiteral("44\tUnited Kingdom\t0,0125\t0,05\t60/1\n"
                                                 "1\tUSA, Canada\t0.01\n"));
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(result.rates.size(), 2);
        QCOMPARE(result.rates.at(0).perMinute, amount("0.0125"));
        QCOMPARE(result.rates.at(0).connectFee, amount("0.05"));
        QCOMPARE(result.rates.at(0).nextIncrement, 1);
        QCOMPARE(result.rates.at(1).destination, QStringLiteral("USA, Canada"));

        const auto withHeader = parse(QStringLiteral("code\tcountry\tprice\n\n886\tTaiwan\t0,1\n"));
        QVERIFY2(withHeader.ok(), qPrintable(errorText(withHeader)));
        QCOMPARE(withHeader.rates.first().prefix, QStringLiteral("886"));
        QCOMPARE(withHeader.rates.first().perMinute, amount("0.1"));
    }

    void quotedFields_data()
    {
        QTest::addColumn<QString>("newline");
        QTest::newRow("LF") << QStringLiteral("\n");
        QTest::newRow("CRLF") << QStringLiteral("\r\n");
    }
    void quotedFields()
    {
        QFETCH(QString, newline);
        const QStringList lines = {
            QStringLiteral("prefix,destination,rate"),           // 1
            QStringLiteral("44,\"United Kingdom, Mobile\",0.1"), // 2
            QStringLiteral("33,\"The \"\"best\"\" route\",0.2"), // 3
            QStringLiteral("49,\"Germany"),                      // 4
            QStringLiteral("multi-line, with \"\"quotes\"\""),   // 5
            QStringLiteral("name\",0.3"),                        // 6
            QStringLiteral("34 ,  \"  padded  \"  ,0.4"),        // 7
            QStringLiteral("39,Italy,abc"),                      // 8
            QStringLiteral("\"351\",\"\",\"0.5\""),              // 9
            QStringLiteral("41,\"Swiss"),                        // 10
            QStringLiteral("\",bad"),                            // 11
            QStringLiteral("43,Austria,-1"),                     // 12
        };
        const auto result = parse(lines.join(newline) + newline);
        QCOMPARE(result.errors.size(), 3);
        QCOMPARE(result.errors.at(0).line, 8);
        QCOMPARE(result.errors.at(0).message, QStringLiteral("line 8: rate 'abc' is not a number"));
        QCOMPARE(result.errors.at(1).line, 10); // a row is numbered by the line it starts on
        QCOMPARE(result.errors.at(2).line, 12);

        // Parse the good rows on their own to see the values.
        const QStringList good = lines.mid(0, 7) + lines.mid(8, 1);
        const auto ok = parse(good.join(newline));
        QVERIFY2(ok.ok(), qPrintable(errorText(ok)));
        QCOMPARE(ok.rates.size(), 5);
        QCOMPARE(ok.rates.at(0).destination, QStringLiteral("United Kingdom, Mobile"));
        QCOMPARE(ok.rates.at(1).destination, QStringLiteral("The \"best\" route"));
        QCOMPARE(ok.rates.at(2).destination, QStringLiteral("Germany\nmulti-line, with \"quotes\"\nname"));
        QCOMPARE(ok.rates.at(2).perMinute, amount("0.3"));
        QCOMPARE(ok.rates.at(3).prefix, QStringLiteral("34"));
        QCOMPARE(ok.rates.at(3).destination, QStringLiteral("  padded  "));
        QCOMPARE(ok.rates.at(4).prefix, QStringLiteral("351"));
        QCOMPARE(ok.rates.at(4).destination, QString());
    }

    void bomAndLineEndings_data()
    {
        QTest::addColumn<QString>("newline");
        QTest::newRow("LF") << QStringLiteral("\n");
        QTest::newRow("CRLF") << QStringLiteral("\r\n");
        QTest::newRow("CR (old Mac)") << QStringLiteral("\r");
    }
    void bomAndLineEndings()
    {
        QFETCH(QString, newline);
        const QStringList lines = {QStringLiteral("prefix,destination,rate"), QStringLiteral("44,UK,0.01"),
                                   QString(), QStringLiteral("33,France,x"), QStringLiteral("34,Spain,0.02")};
        QByteArray data("\xEF\xBB\xBF");
        data += (lines.join(newline) + newline).toUtf8();
        const auto result = RateCsv::parse(data);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().line, 4);

        // Without the bad row, the BOM must not spoil the "prefix" heading.
        QByteArray good("\xEF\xBB\xBF");
        good += (QStringList{lines.at(0), lines.at(1)}.join(newline) + newline).toUtf8();
        const auto ok = RateCsv::parse(good);
        QVERIFY2(ok.ok(), qPrintable(errorText(ok)));
        QCOMPARE(ok.rates.size(), 1);
        QCOMPARE(ok.rates.first().prefix, QStringLiteral("44"));
        QCOMPARE(ok.rates.first().destination, QStringLiteral("UK"));
    }

    void utf8Destinations()
    {
        const auto result = RateCsv::parse(QStringLiteral("225,Côte d'Ivoire,0.2\n81,日本,0.1\n").toUtf8());
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(result.rates.at(0).destination, QStringLiteral("Côte d'Ivoire"));
        QCOMPARE(result.rates.at(1).destination, QStringLiteral("日本"));
    }

    void incrementForms_data()
    {
        QTest::addColumn<QString>("increment");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("next");
        QTest::newRow("60/60") << "60/60" << 60 << 60;
        QTest::newRow("30/6") << "30/6" << 30 << 6;
        QTest::newRow("1/1") << "1/1" << 1 << 1;
        QTest::newRow("single number") << "6" << 6 << 6;
        QTest::newRow("spaces") << " 60 / 1 " << 60 << 1;
        QTest::newRow("maximum") << "3600/3600" << 3600 << 3600;
        QTest::newRow("empty means 60/60") << "" << 60 << 60;
    }
    void incrementForms()
    {
        QFETCH(QString, increment);
        QFETCH(int, first);
        QFETCH(int, next);
        const Rate r =
            onlyRate(QStringLiteral("prefix,rate,increment"), QStringLiteral("44,0.1,") + increment);
        QCOMPARE(r.firstIncrement, first);
        QCOMPARE(r.nextIncrement, next);
        // Positional, in the fifth column.
        const Rate p = onlyRate(QStringLiteral("44,UK,0.1,0,") + increment, QString());
        QCOMPARE(p.firstIncrement, first);
        QCOMPARE(p.nextIncrement, next);
    }

    void separateFirstNextColumns_data()
    {
        QTest::addColumn<QString>("firstText");
        QTest::addColumn<QString>("nextText");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("next");
        QTest::newRow("both") << "30"
                              << "6" << 30 << 6;
        QTest::newRow("first only") << "30"
                                    << "" << 30 << 60;
        QTest::newRow("next only") << ""
                                   << "1" << 60 << 1;
        QTest::newRow("neither") << ""
                                 << "" << 60 << 60;
    }
    void separateFirstNextColumns()
    {
        QFETCH(QString, firstText);
        QFETCH(QString, nextText);
        QFETCH(int, first);
        QFETCH(int, next);
        const Rate r = onlyRate(QStringLiteral("prefix,rate,first increment,next increment"),
                                QStringLiteral("44,0.1,%1,%2").arg(firstText, nextText));
        QCOMPARE(r.firstIncrement, first);
        QCOMPARE(r.nextIncrement, next);
    }

    void validityDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("date") << "2024-03-01" << utcMs(2024, 3, 1);
        QTest::newRow("space HH:MM") << "2024-03-01 12:30" << utcMs(2024, 3, 1, 12, 30);
        QTest::newRow("space HH:MM:SS") << "2024-03-01 12:30:15" << utcMs(2024, 3, 1, 12, 30, 15);
        QTest::newRow("T HH:MM") << "2024-03-01T12:30" << utcMs(2024, 3, 1, 12, 30);
        QTest::newRow("T HH:MM:SS") << "2024-03-01T12:30:15" << utcMs(2024, 3, 1, 12, 30, 15);
        QTest::newRow("T with Z") << "2024-03-01T12:30:15Z" << utcMs(2024, 3, 1, 12, 30, 15);
        QTest::newRow("milliseconds") << "2024-03-01T12:30:15.250Z" << utcMs(2024, 3, 1, 12, 30, 15, 250);
        QTest::newRow("leap day") << "2024-02-29" << utcMs(2024, 2, 29);
        QTest::newRow("before 1970") << "1969-12-31T23:59:59Z" << qint64(-1000);
    }
    void validityDates()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const Rate from =
            onlyRate(QStringLiteral("prefix,rate,valid from"), QStringLiteral("44,0.1,") + text);
        QCOMPARE(from.validFrom, std::optional<std::int64_t>(ms));
        QVERIFY(!from.validTo);
        const Rate to = onlyRate(QStringLiteral("prefix,rate,expiry"), QStringLiteral("44,0.1,") + text);
        QCOMPARE(to.validTo, std::optional<std::int64_t>(ms));
        QVERIFY(!to.validFrom);
    }

    void validityRange()
    {
        const Rate r = onlyRate(QStringLiteral("prefix,rate,effective date,end date"),
                                QStringLiteral("44,0.1,2024-01-01,2024-01-01 00:00:01"));
        QCOMPARE(r.validFrom, utcMs(2024, 1, 1));
        QCOMPARE(r.validTo, utcMs(2024, 1, 1, 0, 0, 1));
    }

    void timeWindows_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("fromMinutes");
        QTest::addColumn<int>("toMinutes");
        QTest::newRow("overnight") << "19:00"
                                   << "07:00" << 19 * 60 << 7 * 60;
        QTest::newRow("whole day") << "00:00"
                                   << "24:00" << 0 << 24 * 60;
        QTest::newRow("single-digit hour") << "7:30"
                                           << "9:05" << 7 * 60 + 30 << 9 * 60 + 5;
        QTest::newRow("spreadsheet seconds") << "08:00:00"
                                             << "18:00:00" << 8 * 60 << 18 * 60;
        QTest::newRow("last minute") << "23:59"
                                     << "24:00" << 23 * 60 + 59 << 24 * 60;
    }
    void timeWindows()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, fromMinutes);
        QFETCH(int, toMinutes);
        const Rate r = onlyRate(QStringLiteral("prefix,rate,peak start,peak end"),
                                QStringLiteral("44,0.1,%1,%2").arg(from, to));
        QCOMPARE(r.timeFrom, std::optional<int>(fromMinutes));
        QCOMPARE(r.timeTo, std::optional<int>(toMinutes));
    }

    void daySpecs_data()
    {
        QTest::addColumn<QString>("days");
        QTest::addColumn<int>("mask");
        QTest::newRow("empty") << "" << 127;
        QTest::newRow("Mon-Fri") << "Mon-Fri" << 0b0011111;
        QTest::newRow("Sat,Sun") << "Sat,Sun" << 0b1100000;
        QTest::newRow("mon-sun") << "mon-sun" << 127;
        QTest::newRow("mask weekdays") << "1111100" << 0b0011111;
        QTest::newRow("mask weekend") << "0000011" << 0b1100000;
        QTest::newRow("mask Monday") << "1000000" << 0b0000001;
        QTest::newRow("wrapping range") << "Fri-Mon" << 0b1110001;
        QTest::newRow("list with spaces") << "Tue, Thu" << 0b0001010;
        QTest::newRow("full names, spaced dash") << "Monday - Wednesday" << 0b0000111;
        QTest::newRow("mixed") << "mon-wed,SAT" << 0b0100111;
        QTest::newRow("space separated") << "Sat Sun" << 0b1100000;
        QTest::newRow("weekdays word") << "weekdays" << 0b0011111;
        QTest::newRow("weekends word") << "Weekends" << 0b1100000;
        QTest::newRow("daily") << "daily" << 127;
    }
    void daySpecs()
    {
        QFETCH(QString, days);
        QFETCH(int, mask);
        const Rate r =
            onlyRate(QStringLiteral("prefix,rate,weekdays"), QStringLiteral("44,0.1,") + quoted(days));
        QCOMPARE(r.daysMask, mask);
    }

    void badRows_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");

        // Header on line 1, a good row on line 2, then `blanks` empty lines
        // and the bad row.
        const auto sheet = [](const QString& bad, int blanks = 0) {
            return FullHeader + QStringLiteral("\n33,France,0.1,,,,,,,,,\n") + QString(blanks, u'\n') + bad +
                   u'\n';
        };
        QTest::newRow("rate not a number")
            << sheet("44,UK,abc,,,,,,,,,") << 3 << "rate 'abc' is not a number";
        QTest::newRow("rate empty") << sheet("44,UK,,,,,,,,,,", 2) << 5 << "rate is empty";
        QTest::newRow("rate negative")
            << sheet("44,UK,-0.01,,,,,,,,,") << 3 << "rate '-0.01' must not be negative";
        QTest::newRow("connect fee") << sheet("44,UK,0.1,x,,,,,,,,") << 3
                                     << "connect fee 'x' is not a number";
        QTest::newRow("connect fee negative")
            << sheet("44,UK,0.1,-1,,,,,,,,") << 3 << "connect fee '-1' must not be negative";
        QTest::newRow("prefix letters")
            << sheet("44a,UK,0.1,,,,,,,,,") << 3 << "prefix '44a' must contain only digits";
        QTest::newRow("prefix leading zero")
            << sheet("0044,UK,0.1,,,,,,,,,", 1) << 4 << "prefix '0044' starts with 0";
        QTest::newRow("prefix too long")
            << sheet("1234567890123456,UK,0.1,,,,,,,,,") << 3 << "prefix '1234567890123456' has 16 digits";
        QTest::newRow("prefix empty") << sheet(",UK,0.1,,,,,,,,,") << 3 << "prefix is empty";
        QTest::newRow("prefix only a plus") << sheet("+,UK,0.1,,,,,,,,,") << 3 << "prefix '+'";
        QTest::newRow("increment zero")
            << sheet("44,UK,0.1,,60/0,,,,,,,") << 3
            << "increment '60/0' — both parts must be whole numbers from 1 to 3600";
        QTest::newRow("increment words") << sheet("44,UK,0.1,,abc,,,,,,,") << 3 << "increment 'abc'";
        QTest::newRow("increment too big") << sheet("44,UK,0.1,,3601,,,,,,,") << 3 << "increment '3601'";
        QTest::newRow("increment three parts")
            << sheet("44,UK,0.1,,60/60/60,,,,,,,") << 3 << "increment '60/60/60'";
        QTest::newRow("minimum negative") << sheet("44,UK,0.1,,,-5,,,,,,") << 3 << "minimum '-5'";
        QTest::newRow("grace fraction") << sheet("44,UK,0.1,,,,1.5,,,,,") << 3 << "grace '1.5'";
        QTest::newRow("impossible date")
            << sheet("44,UK,0.1,,,,,2024-02-30,,,,") << 3 << "valid from '2024-02-30' is not a date";
        QTest::newRow("non-ISO date")
            << sheet("44,UK,0.1,,,,,,01/02/2024,,,", 3) << 6 << "valid to '01/02/2024'";
        QTest::newRow("bad hour in date")
            << sheet("44,UK,0.1,,,,,2024-01-01 25:00,,,,") << 3 << "valid from '2024-01-01 25:00'";
        QTest::newRow("validity backwards") << sheet("44,UK,0.1,,,,,2024-06-01,2024-01-01,,,") << 3
                                            << "valid to '2024-01-01' must be after valid from '2024-06-01'";
        QTest::newRow("validity empty")
            << sheet("44,UK,0.1,,,,,2024-06-01,2024-06-01,,,") << 3 << "must be after valid from";
        QTest::newRow("time out of range")
            << sheet("44,UK,0.1,,,,,,,25:00,07:00,") << 3 << "time from '25:00'";
        QTest::newRow("time minutes") << sheet("44,UK,0.1,,,,,,,07:00,07:60,") << 3 << "time to '07:60'";
        QTest::newRow("time from only")
            << sheet("44,UK,0.1,,,,,,,07:00,,") << 3 << "time from '07:00' has no time to";
        QTest::newRow("time to only")
            << sheet("44,UK,0.1,,,,,,,,07:00,") << 3 << "time to '07:00' has no time from";
        QTest::newRow("window starts at 24:00")
            << sheet("44,UK,0.1,,,,,,,24:00,07:00,") << 3 << "cannot be 24:00";
        QTest::newRow("empty window")
            << sheet("44,UK,0.1,,,,,,,08:00,08:00,") << 3 << "time window 08:00-08:00";
        QTest::newRow("unknown day") << sheet("44,UK,0.1,,,,,,,,,Mon-Fxi") << 3 << "days 'Mon-Fxi'";
        QTest::newRow("no day") << sheet("44,UK,0.1,,,,,,,,,0000000") << 3 << "days '0000000' selects no day";
        QTest::newRow("short mask") << sheet("44,UK,0.1,,,,,,,,,11111") << 3 << "days '11111'";
        QTest::newRow("too few columns")
            << QStringLiteral("44,UK,0.1\n\n33,0.1\n") << 3 << "at least 3 columns";
        QTest::newRow("unclosed quote") << sheet("44,\"UK,0.1", 1) << 4 << "quoted field is not closed";
        QTest::newRow("not UTF-8") << QString() << 2
                                   << "not valid UTF-8"; // bytes built in badRows(): Latin-1 é on line 2
    }
    void badRows()
    {
        QFETCH(QString, csv);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        const QByteArray data = csv.isEmpty() ? QByteArray("44,UK,0.1\n33,Fran\xe7"
                                                           "e,0.2\n")
                                              : csv.toUtf8();
        const auto result = RateCsv::parse(data);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        const auto& issue = result.errors.first();
        QCOMPARE(issue.line, line);
        QVERIFY2(issue.message.startsWith(QStringLiteral("line %1: ").arg(line)), qPrintable(issue.message));
        QVERIFY2(issue.message.contains(fragment), qPrintable(issue.message));
    }

    void severalBadRowsReportedTogether()
    {
        const auto result = parse(QStringLiteral("prefix,destination,rate,increment,valid_from\n" // 1
                                                 "33,France,0.1,,\n"                              // 2
                                                 "44,UK,abc,,\n"                                  // 3
                                                 "49,Germany,0.1,,\n"                             // 4
                                                 "4x,\"Some\nwhere\",0.1,0/60,\n"                 // 5-6
                                                 "\n"                                             // 7
                                                 "34,Spain,0.1,,2024-13-01\n"));                  // 8
        QCOMPARE(result.errors.size(), 4);
        const QList<int> lines = {result.errors.at(0).line, result.errors.at(1).line,
                                  result.errors.at(2).line, result.errors.at(3).line};
        QCOMPARE(lines, (QList<int>{3, 5, 5, 8}));
        QVERIFY(result.errors.at(0).message.contains(QStringLiteral("rate 'abc'")));
        QVERIFY(result.errors.at(1).message.contains(QStringLiteral("prefix '4x'")));
        QVERIFY(result.errors.at(2).message.contains(QStringLiteral("increment '0/60'")));
        QVERIFY(result.errors.at(3).message.contains(QStringLiteral("valid from '2024-13-01'")));
    }

    void duplicatePrefix()
    {
        const auto result = parse(QStringLiteral("prefix,destination,rate,valid_from,time_from,time_to,days\n"
                                                 "44,UK,0.1,,,,\n"                        // 2
                                                 "44,UK peak,0.2,,08:00,18:00,\n"         // 3
                                                 "44,UK new,0.09,2025-01-01,,,\n"         // 4
                                                 "44,UK weekend,0.05,,,,Sat-Sun\n"        // 5
                                                 "33,France,0.1,,,,\n"                    // 6
                                                 "+44,UK again,0.1,,,,\n"                 // 7
                                                 "44,UK peak again,0.3,,08:00,18:00,\n"   // 8
                                                 "44,UK new again,0.3,2025-01-01,,,\n")); // 9
        QCOMPARE(result.errors.size(), 3);
        QCOMPARE(result.errors.at(0).line, 7);
        QCOMPARE(
            result.errors.at(0).message,
            QStringLiteral("line 7: prefix 44 already appears on line 2 with the same validity and hours"));
        QCOMPARE(result.errors.at(1).line, 8);
        QVERIFY(result.errors.at(1).message.contains(QStringLiteral("on line 3")));
        QCOMPARE(result.errors.at(2).line, 9);
        QVERIFY(result.errors.at(2).message.contains(QStringLiteral("on line 4")));
    }

    void emptyFile_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("blank lines") << QByteArray("\n\n   \r\n\t\n");
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("empty fields only") << QByteArray(",,,\n,,\n");
    }
    void emptyFile()
    {
        QFETCH(QByteArray, data);
        const auto result = RateCsv::parse(data);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().line, 0);
        QCOMPARE(result.errors.first().message, QStringLiteral("no rates found"));
        QVERIFY(result.rates.isEmpty());
    }

    void headerOnly_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::newRow("one line") << QStringLiteral("prefix,destination,rate");
        QTest::newRow("trailing blank lines") << QStringLiteral("prefix,destination,rate\r\n\r\n\r\n");
        QTest::newRow("full header") << FullHeader + u'\n';
    }
    void headerOnly()
    {
        QFETCH(QString, csv);
        const auto result = parse(csv);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().message, QStringLiteral("no rates found"));
    }

    void writeFormat()
    {
        Rate plain;
        plain.prefix = QStringLiteral("44");
        plain.destination = QStringLiteral("United Kingdom");
        plain.perMinute = amount("0.0125");

        Rate full;
        full.id = 7;
        full.tableId = 3;
        full.prefix = QStringLiteral("1");
        full.destination = QStringLiteral("Canada, \"Mobile\"");
        full.perMinute = amount("0.5");
        full.connectFee = amount("0.05");
        full.firstIncrement = 30;
        full.nextIncrement = 6;
        full.minSeconds = 30;
        full.graceSeconds = 5;
        full.validFrom = utcMs(2024, 3, 1);
        full.validTo = utcMs(2025, 1, 1, 12, 30);
        full.timeFrom = 19 * 60;
        full.timeTo = 7 * 60;
        full.daysMask = 0b1100000;

        const QByteArray expected = "prefix,destination,rate,connect_fee,increment,minimum,grace,valid_from,"
                                    "valid_to,time_from,time_to,days\n"
                                    "44,United Kingdom,0.0125,0,60/60,0,0,,,,,\n"
                                    "1,\"Canada, \"\"Mobile\"\"\",0.5,0.05,30/6,30,5,2024-03-01T00:00:00Z,"
                                    "2025-01-01T12:30:00Z,19:00,07:00,0000011\n";
        QCOMPARE(RateCsv::write({plain, full}), expected);

        const auto back = RateCsv::parse(expected);
        QVERIFY2(back.ok(), qPrintable(errorText(back)));
        full.id = 0;
        full.tableId = 0;
        QCOMPARE(back.rates, (QList<Rate>{plain, full}));
    }

    void roundTrip()
    {
        QRandomGenerator random(20240601);
        const QStringList destinations = {QStringLiteral("United Kingdom"),
                                          QStringLiteral("Côte d'Ivoire"),
                                          QStringLiteral("Bosnia, Mobile"),
                                          QStringLiteral("Say \"hi\""),
                                          QStringLiteral("Two\nlines"),
                                          QStringLiteral("  padded  "),
                                          QString(),
                                          QStringLiteral("Semi;colon"),
                                          QStringLiteral("Tab\there"),
                                          QStringLiteral("日本"),
                                          QStringLiteral("trailing "),
                                          QStringLiteral("=SUM(A1)"),
                                          QStringLiteral("\"quoted\""),
                                          QStringLiteral("#1 route"),
                                          QStringLiteral("prefix")};
        const auto bounded = [&random](int low, int high) { return int(random.bounded(low, high + 1)); };
        const auto chance = [&random](int percent) { return random.bounded(100) < percent; };

        QList<Rate> rates;
        QSet<QString> prefixes;
        while (rates.size() < 400) {
            Rate r;
            QString prefix = QString::number(bounded(1, 9));
            const int length = bounded(1, 15);
            while (prefix.size() < length)
                prefix += QString::number(bounded(0, 9));
            if (prefixes.contains(prefix))
                continue; // a repeated prefix with equal bounds would be a duplicate
            prefixes.insert(prefix);
            r.prefix = prefix;
            r.destination = destinations.at(bounded(0, int(destinations.size()) - 1));
            r.perMinute = Money::fromMicros(random.bounded(qint64(0), qint64(20'000'000)));
            if (chance(50))
                r.connectFee = Money::fromMicros(random.bounded(qint64(1), qint64(2'000'000)));
            if (chance(70)) {
                r.firstIncrement = bounded(1, 3600);
                r.nextIncrement = bounded(1, 3600);
            }
            if (chance(50))
                r.minSeconds = bounded(0, 600);
            if (chance(50))
                r.graceSeconds = bounded(0, 30);
            const qint64 start = utcMs(1990, 1, 1);
            const qint64 end = utcMs(2060, 1, 1);
            if (chance(50)) {
                qint64 from = random.bounded(start, end);
                if (chance(70))
                    from -= from % 1000; // mostly whole seconds, as sheets have
                r.validFrom = from;
            }
            if (chance(50)) {
                qint64 to = r.validFrom ? *r.validFrom + random.bounded(qint64(1), qint64(400LL * 86'400'000))
                                        : random.bounded(start, end);
                if (chance(70) && (!r.validFrom || to - to % 1000 > *r.validFrom))
                    to -= to % 1000;
                r.validTo = to;
            }
            if (chance(40)) {
                r.timeFrom = bounded(0, 1439);
                do
                    r.timeTo = bounded(0, 1440);
                while (r.timeTo == r.timeFrom);
            }
            if (chance(50))
                r.daysMask = bounded(1, 126);
            rates << r;
        }

        const QByteArray csv = RateCsv::write(rates);
        const auto back = RateCsv::parse(csv);
        QVERIFY2(back.ok(), qPrintable(errorText(back)));
        QCOMPARE(back.rates.size(), rates.size());
        for (int i = 0; i < rates.size(); ++i)
            QCOMPARE(back.rates.at(i), rates.at(i));
        // Stable: writing what was read gives the same bytes.
        QCOMPARE(RateCsv::write(back.rates), csv);
    }
};

QTEST_GUILESS_MAIN(TestRateCsv)
#include "TestRateCsv.moc"
