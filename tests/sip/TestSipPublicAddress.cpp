// sip.public_address, for a switch behind a router (NAT): every Contact and
// Via the switch sends and the SDP of every leg it places name the public
// address, while SIP and RTP stay on the bound loopback sockets (the
// router's side, here played by sipp and the test replying to where a
// message came from). Without the setting, nothing changes.
#include "CallbackFlowFixture.h"

#include <QRegularExpression>
#include <QTimer>

using namespace rebound;

namespace {

// The subscriber's phone: notes where the switch's RTP comes from and talks
// back to that address (PCMU every 20 ms), as a phone answers whatever
// reaches it through the router.
class TalkingPhone : public QObject
{
public:
    TalkingPhone()
    {
        connect(&m_talk, &QTimer::timeout, this, [this] {
            if (m_switchPort == 0)
                return;
            media::RtpHeader header;
            header.sequence = m_sequence++;
            header.timestamp = std::uint32_t(m_sequence) * 160;
            header.ssrc = 0x5eed;
            QByteArray packet(int(media::RtpHeader::Size + 160), char(0xff)); // PCMU silence
            header.write(reinterpret_cast<std::uint8_t*>(packet.data()));
            m_socket.socket().writeDatagram(packet, m_switch, m_switchPort);
        });
        m_talk.start(20);
    }
    quint16 port() const { return m_socket.port(); }
    int heard() const { return m_heard; }
    // The addresses the switch's RTP came from.
    QStringList sources() const { return m_sources.values(); }

private:
    void hear(const QHostAddress& from, quint16 fromPort)
    {
        m_switch = from;
        m_switchPort = fromPort;
        ++m_heard;
        m_sources.insert(from.toString());
    }

    QTimer m_talk;
    QHostAddress m_switch;
    quint16 m_switchPort = 0;
    std::uint16_t m_sequence = 1;
    int m_heard = 0;
    QSet<QString> m_sources;
    test::LoopbackDatagrams m_socket{
        [this](const QByteArray&, const QHostAddress& from, quint16 fromPort) { hear(from, fromPort); }};
};

} // namespace

class TestSipPublicAddress : public test::CallbackFlowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void didReplyAndLegANameTheAddress_data() { addressRows(); }
    void didReplyAndLegANameTheAddress()
    {
        QFETCH(QString, setting);
        useSetting(setting);
        QFETCH(QString, contact);
        QFETCH(QString, via);
        QFETCH(QString, media);
        const QList<QPair<QString, QString>> address{{QStringLiteral("CONTACT"), expand(contact)},
                                                     {QStringLiteral("VIA"), via},
                                                     {QStringLiteral("MEDIA"), media},
                                                     {QStringLiteral("TALK_MS"), QStringLiteral("1000")}};
        // The subscriber answers and hangs up in the IVR: the BYE goes to
        // the switch's Contact and must still end the call.
        test::SippGateway subscriber =
            phone(QStringLiteral("gateway_answer_hangup_checks_address.xml"), address);
        QVERIFY(test::runSippClient(
            *m_dir, m_switchPort,
            test::writeScenario(*m_dir, QStringLiteral("invite_checks_no_contact.xml"), address),
            QStringLiteral("+12125550101")));
        store::CallbackRequest request;
        newestRequestEnds(&request, 60'000);
        hasFailed(request, QStringLiteral("hung up before"));
        QVERIFY(subscriber.succeeded());
    }

    void bridgedCallNamesTheAddressAndMediaStaysOnTheBoundSocket_data() { addressRows(); }
    void bridgedCallNamesTheAddressAndMediaStaysOnTheBoundSocket()
    {
        QFETCH(QString, setting);
        useSetting(setting);
        QFETCH(QString, contact);
        QFETCH(QString, via);
        QFETCH(QString, media);
        TalkingPhone talking;
        test::SippGateway legA = phone(QStringLiteral("gateway_answer_checks_address.xml"),
                                       {{QStringLiteral("CONTACT"), expand(contact)},
                                        {QStringLiteral("VIA"), via},
                                        {QStringLiteral("MEDIA"), media},
                                        {QStringLiteral("[media_port]"), QString::number(talking.port())}});
        test::SippGateway legB = destination(QStringLiteral("gateway_answer_hangup_checks_address.xml"),
                                             {{QStringLiteral("CONTACT"), expand(contact)},
                                              {QStringLiteral("VIA"), via},
                                              {QStringLiteral("MEDIA"), media},
                                              {QStringLiteral("TALK_MS"), QStringLiteral("2000")}});
        smsCallbackCompletes(legA, legB, 60'000);
        // The switch's RTP came from its bound socket, never the public address...
        QVERIFY2(talking.heard() > 0, "the phone heard nothing");
        QCOMPARE(talking.sources(), QStringList{QStringLiteral("127.0.0.1")});
        // ...and what the phone sent there was taken and relayed to leg B.
        const auto legs = legsOnceRelayed();
        QCOMPARE(legs.size(), 2);
        QVERIFY2(legs[0].packetsIn > 10, qPrintable(QString::number(legs[0].packetsIn)));
        QCOMPARE(legs[1].packetsOut, legs[0].packetsIn);
    }

    void aBadPublicAddressStopsTheSwitch()
    {
        store::SettingsRepository(*db()).setValue(QStringLiteral("sip.public_address"),
                                                  QStringLiteral("0.0.0.0"));
        m_switch->terminate();
        QVERIFY(m_switch->waitForFinished(15'000));
        QVERIFY(!startSwitch(QStringLiteral("running, SIP on"), 15'000));
        QVERIFY2(m_log.contains(QStringLiteral("sip.public_address: '0.0.0.0'")), qPrintable(m_log));
    }

private:
    // Regular expressions for what the switch must name; PORT is the port
    // it listens on, known once it has started.
    static void addressRows()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("contact");
        QTest::addColumn<QString>("via");
        QTest::addColumn<QString>("media");
        const QString loopback = QStringLiteral("127\\.0\\.0\\.1");
        const QString documentation = QStringLiteral("192\\.0\\.2\\.10");
        QTest::newRow("none: the bound address")
            << QString() << loopback + QStringLiteral(":PORT") << loopback << loopback;
        QTest::newRow("public address")
            << QStringLiteral("192.0.2.10") << documentation + QStringLiteral(":PORT") << documentation
            << documentation;
        // Sofia's Via keeps the bound port (replies follow rport anyway);
        // the Contact, which the other side sends its requests to, has the router's.
        QTest::newRow("public address and port")
            << QStringLiteral("192.0.2.10:5999") << documentation + QStringLiteral(":5999") << documentation
            << documentation;
    }

    QString expand(QString pattern) const
    {
        return pattern.replace(QStringLiteral("PORT"), QString::number(m_switchPort));
    }

    // Settings are read when the switch starts.
    void useSetting(const QString& value)
    {
        if (value.isEmpty())
            return;
        store::SettingsRepository(*db()).setValue(QStringLiteral("sip.public_address"), value);
        restartSwitch();
        QVERIFY2(m_log.contains(QStringLiteral("name the public address ") + value), qPrintable(m_log));
    }
};

QTEST_MAIN(TestSipPublicAddress)
#include "TestSipPublicAddress.moc"
