// sip.public_address: the one rule the settings catalogue and the switch
// share for the address a switch behind NAT names in Contact, Via and SDP.
#include "sip/PublicAddress.h"

#include <QTest>

using rebound::sip::parsePublicAddress;
using rebound::sip::validatePublicAddress;

class TestPublicAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("uriHost");
        QTest::newRow("empty: none") << QString() << QString() << 0 << QString();
        const auto row = [](const char* name, const char* text, const char* host, int port,
                            const char* uriHost) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(host) << port
                                << QString::fromUtf8(uriHost);
        };
        row("IPv4", "203.0.113.7", "203.0.113.7", 0, "203.0.113.7");
        row("IPv4 and port", "203.0.113.7:5070", "203.0.113.7", 5070, "203.0.113.7");
        row("host name", "sip.example.com", "sip.example.com", 0, "sip.example.com");
        row("host name and port", "sip.example.com:5080", "sip.example.com", 5080, "sip.example.com");
        row("one-label name", "gateway", "gateway", 0, "gateway");
        row("bare IPv6", "2001:db8::7", "2001:db8::7", 0, "[2001:db8::7]");
        row("IPv6 in brackets, port", "[2001:DB8::7]:5062", "2001:db8::7", 5062, "[2001:db8::7]");
        row("spaces around", "  192.0.2.10 ", "192.0.2.10", 0, "192.0.2.10");
    }
    void acceptedValues()
    {
        QFETCH(QString, text);
        QString error;
        const auto address = parsePublicAddress(text, &error);
        QVERIFY2(address, qPrintable(error));
        QFETCH(QString, host);
        QCOMPARE(address->host, host);
        QFETCH(int, port);
        QCOMPARE(address->port, port);
        QFETCH(QString, uriHost);
        QCOMPARE(address->uriHost(), uriHost);
        QCOMPARE(address->isEmpty(), text.trimmed().isEmpty());
        QVERIFY(validatePublicAddress(text).isEmpty());
    }

    void refusedValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("saying");
        const auto row = [](const char* name, const char* text, const char* saying) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(saying);
        };
        row("listen-any IPv4", "0.0.0.0", "others can reach");
        row("listen-any IPv6", "[::]:5060", "others can reach");
        row("multicast", "224.0.0.1", "others can reach");
        row("broadcast", "255.255.255.255", "others can reach");
        row("port 0", "192.0.2.10:0", "1 to 65535");
        row("port too big", "192.0.2.10:65536", "write it like");
        row("port not a number", "192.0.2.10:sip", "write it like");
        row("colon, no port", "192.0.2.10:", "write it like");
        row("mistyped IPv4", "203.0.113.300", "write it like");
        row("a URI", "sip:192.0.2.10", "write it like");
        row("underscore", "my_router.example.com", "write it like");
        row("space inside", "192.0.2.10 5060", "write it like");
        row("unclosed bracket", "[2001:db8::7", "write it like");
        row("label starts with -", "-router.example.com", "write it like");
    }
    void refusedValues()
    {
        QFETCH(QString, text);
        QFETCH(QString, saying);
        QString error;
        QVERIFY(!parsePublicAddress(text, &error));
        QVERIFY2(error.contains(saying), qPrintable(error));
        QVERIFY2(error.contains(text.trimmed()), qPrintable(error)); // the message names the value
        QCOMPARE(validatePublicAddress(text), error);
    }
};

QTEST_GUILESS_MAIN(TestPublicAddress)
#include "TestPublicAddress.moc"
