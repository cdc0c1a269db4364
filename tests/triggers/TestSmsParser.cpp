#include "triggers/SmsParser.h"

#include <QTest>

using rebound::triggers::SmsCommand;
using rebound::triggers::SmsParser;

Q_DECLARE_METATYPE(SmsCommand::Kind)

class TestSmsParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logsNeverShowAPin()
    {
        QCOMPARE(SmsParser::forLog(QStringLiteral("recharge 1234 5678 9012\n")),
                 QStringLiteral("recharge ****"));
        QCOMPARE(SmsParser::forLog(QStringLiteral("TOPUP 123456789012")), QStringLiteral("TOPUP ****"));
        QCOMPARE(SmsParser::forLog(QStringLiteral("1001  +447700900123 +12025550147\n")),
                 QStringLiteral("1001 +447700900123 +12025550147"));
        // An account's PIN too, even in a message that does not parse.
        QCOMPARE(SmsParser::forLog(QStringLiteral("1001 pin 135790  +12025550147")),
                 QStringLiteral("1001 pin **** +12025550147"));
        QCOMPARE(SmsParser::forLog(QStringLiteral("BALANCE 1001 PIN 135790")),
                 QStringLiteral("BALANCE 1001 PIN ****"));
        QCOMPARE(SmsParser::forLog(QStringLiteral("1001 PIN 13579x")), QStringLiteral("1001 PIN ****"));
    }

    void accountPin_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<SmsCommand::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("accountPin");
        using K = SmsCommand::Kind;
        QTest::newRow("destination") << "1001 PIN 135790 +12025550147" << K::Callback << "1001"
                                     << "+12025550147"
                                     << ""
                                     << "135790";
        QTest::newRow("both numbers, lower case")
            << "1001 pin 135790 +33612345678 +12025550147" << K::Callback << "1001"
            << "+33612345678"
            << "+12025550147"
            << "135790";
        QTest::newRow("a card's long PIN")
            << "20481234 PIN 12345678901234567 +12025550147" << K::Callback << "20481234"
            << "+12025550147"
            << ""
            << "12345678901234567";
        QTest::newRow("balance") << "BALANCE 1001 PIN 135790" << K::Balance << "1001"
                                 << ""
                                 << ""
                                 << "135790";
        QTest::newRow("no PIN") << "1001 +12025550147" << K::Callback << "1001"
                                << "+12025550147"
                                << ""
                                << "";
    }
    void accountPin()
    {
        QFETCH(QString, text);
        QFETCH(SmsCommand::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, accountPin);
        const SmsCommand c = SmsParser::parse(text);
        QVERIFY2(c.kind == kind, qPrintable(c.error));
        QCOMPARE(c.accountCode, code);
        QCOMPARE(c.firstNumber, first);
        QCOMPARE(c.secondNumber, second);
        QCOMPARE(c.accountPin, accountPin);
        QVERIFY(c.pin.isEmpty()); // that is a card's
    }

    void grammar_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<SmsCommand::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("pin");
        using K = SmsCommand::Kind;
        QTest::newRow("callback") << "1001 +447700900123 +12025550147" << K::Callback << "1001"
                                  << "+447700900123"
                                  << "+12025550147"
                                  << "";
        QTest::newRow("extra spaces") << "  1001   00447700900123\t 0012025550147 " << K::Callback << "1001"
                                      << "00447700900123"
                                      << "0012025550147"
                                      << "";
        QTest::newRow("dashes and dots") << "1001 +44-7700-900.123 (202)555-0147" << K::Callback << "1001"
                                         << "+44-7700-900.123"
                                         << "(202)555-0147"
                                         << "";
        QTest::newRow("destination only") << "1001 +12025550147" << K::Callback << "1001"
                                          << "+12025550147"
                                          << ""
                                          << "";
        QTest::newRow("balance") << "BALANCE" << K::Balance << ""
                                 << ""
                                 << ""
                                 << "";
        QTest::newRow("balance lower case with code") << "balance 1001" << K::Balance << "1001"
                                                      << ""
                                                      << ""
                                                      << "";
        QTest::newRow("recharge") << "RECHARGE 123456789012" << K::Recharge << ""
                                  << ""
                                  << ""
                                  << "123456789012";
        QTest::newRow("recharge grouped") << "Recharge 1234 5678 9012" << K::Recharge << ""
                                          << ""
                                          << ""
                                          << "123456789012";
        QTest::newRow("topup synonym") << "topup 1234-5678-9012" << K::Recharge << ""
                                       << ""
                                       << ""
                                       << "1234-5678-9012";
    }
    void grammar()
    {
        QFETCH(QString, text);
        QFETCH(SmsCommand::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, pin);
        const SmsCommand c = SmsParser::parse(text);
        QVERIFY2(c.kind == kind, qPrintable(c.error));
        QCOMPARE(c.accountCode, code);
        QCOMPARE(c.firstNumber, first);
        QCOMPARE(c.secondNumber, second);
        QCOMPARE(c.pin, pin);
        QVERIFY(c.error.isEmpty());
    }

    void invalidTextSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << "   "
                               << "empty";
        QTest::newRow("not a code") << "hello there friend"
                                    << "not an account code";
        QTest::newRow("code only") << "1001"
                                   << "Add the number";
        QTest::newRow("too many") << "1001 +447700900123 +12025550147 +33123456789"
                                  << "Too many";
        QTest::newRow("word as number") << "1001 mum +12025550147"
                                        << "'mum' is not a phone number";
        QTest::newRow("short number") << "1001 12"
                                      << "not a phone number";
        QTest::newRow("recharge no pin") << "RECHARGE"
                                         << "PIN";
        QTest::newRow("balance junk") << "BALANCE please now"
                                      << "BALANCE";
        QTest::newRow("too long") << QString(600, QLatin1Char('1')) << "too long";
        QTest::newRow("PIN without digits") << "1001 PIN +12025550147"
                                            << "1001 PIN 123456";
        QTest::newRow("PIN too short") << "1001 PIN 12 +12025550147"
                                       << "1001 PIN 123456";
        QTest::newRow("PIN only") << "1001 PIN 135790"
                                  << "Add the number";
        QTest::newRow("balance PIN without code") << "BALANCE PIN 135790"
                                                  << "BALANCE";
    }
    void invalidTextSaysWhatIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const SmsCommand c = SmsParser::parse(text);
        QVERIFY(c.kind == SmsCommand::Kind::Invalid);
        QVERIFY2(c.error.contains(expected), qPrintable(c.error));
        QVERIFY(c.error.size() <= 160); // fits one SMS
    }
};

QTEST_GUILESS_MAIN(TestSmsParser)
#include "TestSmsParser.moc"
