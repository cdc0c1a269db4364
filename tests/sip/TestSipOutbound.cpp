// Outbound legs through gateways, against sipp playing the gateways:
// digest challenges, least-cost order, failover to the next gateway (on 5xx,
// on refused credentials and on silence), call limits, LGW routing and
// gateway pings.
#include "SippPeer.h"
#include "Switch.h"
#include "core/PasswordHash.h"
#include "demo/DemoData.h"
#include "sip/Sdp.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/RateRepository.h"
#include "support/RateTables.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace rebound;

class TestSipOutbound : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    core::MockClock m_clock;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("out.sqlite")); }

    // Adds a gateway on 127.0.0.1:port with a route for every number. With
    // `buyMicros`, it gets a buy table of its own charging that much a
    // minute for +1 numbers; `maxCalls` is its call limit (0: none).
    void addGateway(const QString& name, int port, int priority, const QString& user = {},
                    const QString& password = {}, std::optional<std::int64_t> buyMicros = {},
                    int maxCalls = 0)
    {
        auto db = store::Database::open(dbPath());
        store::GatewayRepository repo(*db, m_clock);
        store::Gateway g;
        g.name = name;
        g.host = QStringLiteral("127.0.0.1");
        g.port = port;
        g.username = user;
        g.password = password;
        g.callerId = QStringLiteral("12125550100");
        g.maxCalls = maxCalls;
        if (buyMicros) {
            store::Rate rate = test::rate(QStringLiteral("1"), *buyMicros);
            rate.destination = QStringLiteral("North America");
            g.buyTableId = test::rateTable(*db, m_clock, name, store::RateTableKind::Buy, {rate});
        }
        store::Route r;
        r.gatewayId = repo.insertGateway(g);
        r.priority = priority;
        repo.insertRoute(r);
    }

    // What gateway_auth.xml expects for our INVITE to 127.0.0.1:port as
    // rebound / t0p-secret, RFC 2617 without qop:
    // MD5(MD5(user:realm:password):nonce:MD5(INVITE:uri)).
    static QString digestResponse(int port)
    {
        const auto md5 = [](const QString& s) {
            return QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Md5).toHex());
        };
        const QString ha1 = md5(QStringLiteral("rebound:carrier.example:t0p-secret"));
        const QString ha2 = md5(QStringLiteral("INVITE:sip:12025550147@127.0.0.1:%1").arg(port));
        return md5(ha1 + QStringLiteral(":5f1e2d3c4b5a:") + ha2);
    }

    // Runs `rebound-switch dial` and notes when each line of its output
    // arrived (ms after the start).
    QList<QPair<qint64, QString>> dialTimed(const QString& number)
    {
        QProcess p;
        QElapsedTimer clock;
        clock.start();
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(REBOUND_SWITCH_EXE), {QStringLiteral("--db"), dbPath(), QStringLiteral("dial"),
                                                     number, QStringLiteral("--hold"), QStringLiteral("1")});
        QList<QPair<qint64, QString>> lines;
        QDeadlineTimer deadline(60'000);
        while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            p.waitForReadyRead(100);
            while (p.canReadLine())
                lines.append({clock.elapsed(), QString::fromUtf8(p.readLine()).trimmed()});
        }
        if (!p.waitForFinished(1000))
            p.kill();
        for (const QByteArray& rest : p.readAll().split('\n'))
            if (!rest.trimmed().isEmpty())
                lines.append({clock.elapsed(), QString::fromUtf8(rest).trimmed()});
        return lines;
    }
    // Where the first line saying `text` stands in the output; -1 if none.
    static qsizetype whereSaid(const QList<QPair<qint64, QString>>& lines, const QString& text)
    {
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines[i].second.contains(text))
                return i;
        return -1;
    }
    static qint64 whenSaid(const QList<QPair<qint64, QString>>& lines, const QString& text)
    {
        const qsizetype at = whereSaid(lines, text);
        return at < 0 ? -1 : lines[at].first;
    }
    static QString joined(const QList<QPair<qint64, QString>>& lines)
    {
        QString all;
        for (const auto& [ms, line] : lines)
            all += QStringLiteral("%1 ms: %2\n").arg(ms).arg(line);
        return all;
    }

    // Runs `rebound-switch dial`; returns its exit code and output.
    std::pair<int, QString> dial(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(REBOUND_SWITCH_EXE),
                QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("dial")} + args +
                    QStringList{QStringLiteral("--hold"), QStringLiteral("1")});
        if (!p.waitForFinished(60'000))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QFAIL("sipp is not installed; packaging/install-deps.sh installs it (package sip-tester)");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        core::PasswordHash::setDefaultIterationsForTesting(1000);
        auto db = store::Database::open(dbPath());
        demo::DemoData::seed(*db, m_clock);
        // Start from no routes: each test lays out its own gateways.
        db->run(QStringLiteral("DELETE FROM routes"), {}, QStringLiteral("test"));
    }
    void cleanup() { m_dir.reset(); }

    void answeredLeg()
    {
        const int port = test::freeUdpPort();
        addGateway(QStringLiteral("Carrier A"), port, 10);
        test::SippGateway gateway = test::sippGateway(*m_dir, port, QStringLiteral("gateway_answer.xml"));
        QVERIFY(gateway.listening());
        const auto [code, output] = dial({QStringLiteral("+12025550147")});
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("180")));
        QVERIFY(output.contains(QStringLiteral("answered via Carrier A")));
        QVERIFY(output.contains(QStringLiteral("ended: hung up")));
        QVERIFY(gateway.succeeded());
    }

    void digestChallengeIsAnswered()
    {
        const int port = test::freeUdpPort();
        addGateway(QStringLiteral("Secure"), port, 10, QStringLiteral("rebound"),
                   QStringLiteral("t0p-secret"));
        const QString response = digestResponse(port);
        test::SippGateway gateway = test::sippGateway(
            *m_dir, port, QStringLiteral("gateway_auth.xml"),
            {{QStringLiteral("USER"), QStringLiteral("rebound")}, {QStringLiteral("RESPONSE"), response}});
        QVERIFY(gateway.listening());
        const auto [code, output] = dial({QStringLiteral("+12025550147")});
        QVERIFY2(code == 0 && output.contains(QStringLiteral("answered via Secure")), qPrintable(output));
        QVERIFY(!output.contains(QStringLiteral("t0p-secret"))); // never printed
        QVERIFY(gateway.succeeded());
    }

    void credentialsGoOnlyToTheGatewaysRealm_data()
    {
        QTest::addColumn<QString>("realm");
        QTest::addColumn<QString>("answeredVia");
        QTest::newRow("the realm challenged")
            << QStringLiteral("carrier.example") << QStringLiteral("Secure");
        QTest::newRow("another realm") << QStringLiteral("other.example") << QStringLiteral("Backup");
    }

    void credentialsGoOnlyToTheGatewaysRealm()
    {
        // A gateway with a realm set answers challenges for that realm only:
        // a challenge from any other realm is a refusal (the next gateway is
        // tried), and the password is never offered to it.
        QFETCH(QString, realm);
        QFETCH(QString, answeredVia);
        const int port = test::freeUdpPort();
        const int backupPort = test::freeUdpPort();
        addGateway(QStringLiteral("Secure"), port, 10, QStringLiteral("rebound"),
                   QStringLiteral("t0p-secret"));
        addGateway(QStringLiteral("Backup"), backupPort, 20);
        {
            auto db = store::Database::open(dbPath());
            store::GatewayRepository repo(*db, m_clock);
            auto secure = *repo.findGatewayByName(QStringLiteral("Secure"));
            secure.realm = realm;
            repo.updateGateway(secure);
        }
        const QString response = digestResponse(port);
        test::SippGateway secure = test::sippGateway(
            *m_dir, port, QStringLiteral("gateway_auth.xml"),
            {{QStringLiteral("USER"), QStringLiteral("rebound")}, {QStringLiteral("RESPONSE"), response}});
        test::SippGateway backup =
            test::sippGateway(*m_dir, backupPort, QStringLiteral("gateway_answer.xml"));
        QVERIFY(secure.listening());
        QVERIFY(backup.listening());
        const auto [code, output] = dial({QStringLiteral("+12025550147")});
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("answered via ") + answeredVia), qPrintable(output));
        QVERIFY(!output.contains(QStringLiteral("t0p-secret")));
    }

    void aRefusedLegLetsTheSwitchStopAtOnce()
    {
        // A leg refused after our credentials used to keep its SIP handle,
        // and the stop then waited for Sofia's 30 s shutdown timeout.
        const int port = test::freeUdpPort();
        addGateway(QStringLiteral("Refusing"), port, 10, QStringLiteral("rebound"),
                   QStringLiteral("t0p-secret"));
        test::SippGateway refusing =
            test::sippGateway(*m_dir, port, QStringLiteral("gateway_auth_refused.xml"),
                              {{QStringLiteral("STATUS"), QStringLiteral("407")}});
        QVERIFY(refusing.listening());
        Switch sipSwitch(dbPath(), QStringLiteral("127.0.0.1:%1").arg(test::freeUdpPort()),
                         core::SystemClock::instance());
        sipSwitch.setWebListen(QStringLiteral("off"));
        QSignalSpy started(&sipSwitch, &Switch::started);
        QSignalSpy dialFailed(&sipSwitch, &Switch::dialFailed);
        QSignalSpy stopped(&sipSwitch, &Switch::stopped);
        QStringList log;
        connect(&sipSwitch, &Switch::logLine, this, [&log](const QString& line) { log << line; });
        sipSwitch.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10'000);
        sipSwitch.dial(QStringLiteral("12025550147"), media::Sdp::offer(QStringLiteral("127.0.0.1"), 9, 1));
        QTRY_COMPARE_WITH_TIMEOUT(dialFailed.count(), 1, 10'000);
        QCOMPARE(dialFailed.first().at(1).toInt(), 407);
        sipSwitch.stop();
        // Sofia confirms the stop at once: no dialog is left waiting.
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10'000);
        QVERIFY2(log.contains(QStringLiteral("SIP stopped")), qPrintable(log.join(u'\n')));
        QVERIFY(refusing.succeeded());
    }

    void failoverToTheNextGateway_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("credentials");
        QTest::newRow("503") << QStringLiteral("gateway_fail.xml") << QStringLiteral("503") << false;
        QTest::newRow("403") << QStringLiteral("gateway_fail.xml") << QStringLiteral("403") << true;
        QTest::newRow("407 again after our credentials")
            << QStringLiteral("gateway_auth_refused.xml") << QStringLiteral("407") << true;
    }

    void failoverToTheNextGateway()
    {
        // A gateway that fails (5xx) or refuses us passes the call to the
        // next: credentials the gateway will not take are the gateway's
        // problem, not the callee's, and are never shown.
        QFETCH(QString, scenario);
        QFETCH(QString, status);
        QFETCH(bool, credentials);
        const int first = test::freeUdpPort();
        const int second = test::freeUdpPort();
        addGateway(QStringLiteral("Refusing"), first, 10, credentials ? QStringLiteral("rebound") : QString(),
                   credentials ? QStringLiteral("t0p-secret") : QString());
        addGateway(QStringLiteral("Backup"), second, 20);
        test::SippGateway refusing =
            test::sippGateway(*m_dir, first, scenario, {{QStringLiteral("STATUS"), status}});
        test::SippGateway backup = test::sippGateway(*m_dir, second, QStringLiteral("gateway_answer.xml"));
        QVERIFY(refusing.listening());
        QVERIFY(backup.listening());
        const auto [code, output] = dial({QStringLiteral("+12025550147")});
        QVERIFY2(code == 0, qPrintable(output));
        const qsizetype triedRefusing = output.indexOf(QStringLiteral("trying Refusing"));
        const qsizetype triedBackup = output.indexOf(QStringLiteral("trying Backup"));
        QVERIFY2(triedRefusing >= 0 && triedBackup > triedRefusing, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("answered via Backup")), qPrintable(output));
        QVERIFY(!output.contains(QStringLiteral("t0p-secret")));
        QVERIFY(refusing.succeeded());
        QVERIFY(backup.succeeded());
    }

    void leastCostGatewayIsTriedFirst()
    {
        // Same prefix, same priority: cheapest first, whatever the order the
        // gateways were added in. Cheap refuses with 503, so Middle is next;
        // Dear is never tried (nothing listens there).
        const int cheapPort = test::freeUdpPort();
        const int middlePort = test::freeUdpPort();
        addGateway(QStringLiteral("Dear"), test::freeUdpPort(), 10, {}, {}, 50'000);
        addGateway(QStringLiteral("Middle"), middlePort, 10, {}, {}, 20'000);
        addGateway(QStringLiteral("Cheap"), cheapPort, 10, {}, {}, 10'000);
        test::SippGateway cheap = test::sippGateway(*m_dir, cheapPort, QStringLiteral("gateway_fail.xml"),
                                                    {{QStringLiteral("STATUS"), QStringLiteral("503")}});
        test::SippGateway middle =
            test::sippGateway(*m_dir, middlePort, QStringLiteral("gateway_answer.xml"));
        QVERIFY(cheap.listening());
        QVERIFY(middle.listening());
        const auto [code, output] = dial({QStringLiteral("+12025550147")});
        QVERIFY2(code == 0, qPrintable(output));
        const qsizetype triedCheap = output.indexOf(QStringLiteral("trying Cheap"));
        const qsizetype triedMiddle = output.indexOf(QStringLiteral("trying Middle"));
        QVERIFY2(triedCheap >= 0 && triedMiddle > triedCheap, qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("answered via Middle")));
        QVERIFY2(!output.contains(QStringLiteral("Dear")), qPrintable(output));
        QVERIFY(cheap.succeeded());
        QVERIFY(middle.succeeded());
    }

    void failoverAfterFiveSecondsOfSilence()
    {
        // A gateway that takes the INVITE and never answers anything: a
        // socket that only reads. (With nothing listening at all, the ICMP
        // "port unreachable" would fail the leg at once, which is not silence.)
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        const int backupPort = test::freeUdpPort();
        addGateway(QStringLiteral("Silent"), silent.localPort(), 10);
        addGateway(QStringLiteral("Backup"), backupPort, 20);
        test::SippGateway backup =
            test::sippGateway(*m_dir, backupPort, QStringLiteral("gateway_answer.xml"));
        QVERIFY(backup.listening());
        const auto lines = dialTimed(QStringLiteral("+12025550147"));
        const qint64 triedSilent = whenSaid(lines, QStringLiteral("trying Silent"));
        const qint64 triedBackup = whenSaid(lines, QStringLiteral("trying Backup"));
        QVERIFY2(triedSilent >= 0 && triedBackup >= 0, qPrintable(joined(lines)));
        // 5 s of silence, measured here from the output as it arrived.
        QVERIFY2(triedBackup - triedSilent >= 4'500 && triedBackup - triedSilent < 7'000,
                 qPrintable(joined(lines)));
        // After it in the output: lines that arrive together share a millisecond.
        QVERIFY2(whereSaid(lines, QStringLiteral("answered via Backup")) >
                     whereSaid(lines, QStringLiteral("trying Backup")),
                 qPrintable(joined(lines)));
        QVERIFY(backup.succeeded());
        // The silent gateway did get the INVITE (and its retransmissions).
        QVERIFY(silent.hasPendingDatagrams());
        QByteArray first(int(silent.pendingDatagramSize()), Qt::Uninitialized);
        silent.readDatagram(first.data(), first.size());
        QVERIFY2(first.startsWith("INVITE sip:12025550147@127.0.0.1"), first.constData());
    }

    void aGatewayAtItsCallLimitIsSkipped()
    {
        // One switch, several legs at once: Limited carries one call at a
        // time, so the second leg goes to Overflow while the first is up, and
        // a third, after the first hung up, is Limited's again.
        const int limitedPort = test::freeUdpPort();
        const int overflowPort = test::freeUdpPort();
        addGateway(QStringLiteral("Limited"), limitedPort, 10, {}, {}, std::nullopt, 1);
        addGateway(QStringLiteral("Overflow"), overflowPort, 20);
        const QString answer = test::writeScenario(*m_dir, QStringLiteral("gateway_answer.xml"), {});
        test::SippGateway limited(*m_dir, answer, limitedPort, 2);
        test::SippGateway overflow(*m_dir, answer, overflowPort, 1);
        QVERIFY(limited.listening());
        QVERIFY(overflow.listening());

        Switch sipSwitch(dbPath(), QStringLiteral("127.0.0.1:%1").arg(test::freeUdpPort()),
                         core::SystemClock::instance());
        sipSwitch.setWebListen(QStringLiteral("off"));
        QSignalSpy started(&sipSwitch, &Switch::started);
        QSignalSpy failed(&sipSwitch, &Switch::failed);
        QSignalSpy progress(&sipSwitch, &Switch::dialProgress);
        QSignalSpy answered(&sipSwitch, &Switch::dialAnswered);
        QSignalSpy ended(&sipSwitch, &Switch::dialEnded);
        QSignalSpy dialFailed(&sipSwitch, &Switch::dialFailed);
        sipSwitch.start();
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 10'000);
        QVERIFY2(started.count() == 1, failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        const QByteArray sdp = media::Sdp::offer(QStringLiteral("127.0.0.1"), 9, 1);
        const auto gatewayOf = [&answered](int dialId) {
            for (const QList<QVariant>& a : answered)
                if (a.at(0).toInt() == dialId)
                    return a.at(1).toString();
            return QString();
        };
        const auto saidFor = [&progress](int dialId) {
            QStringList texts;
            for (const QList<QVariant>& p : progress)
                if (p.at(0).toInt() == dialId)
                    texts.append(p.at(2).toString());
            return texts.join(QStringLiteral("; "));
        };
        const int first = sipSwitch.dial(QStringLiteral("12025550147"), sdp);
        QTRY_COMPARE_WITH_TIMEOUT(gatewayOf(first), QStringLiteral("Limited"), 10'000);
        const int second = sipSwitch.dial(QStringLiteral("12025550148"), sdp);
        QTRY_COMPARE_WITH_TIMEOUT(gatewayOf(second), QStringLiteral("Overflow"), 10'000);
        QVERIFY2(saidFor(second).contains(QStringLiteral("gateway Limited is at its call limit")),
                 qPrintable(saidFor(second)));
        QVERIFY(!saidFor(second).contains(QStringLiteral("trying Limited")));

        sipSwitch.hangupDial(first);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10'000);
        const int third = sipSwitch.dial(QStringLiteral("12025550149"), sdp);
        QTRY_COMPARE_WITH_TIMEOUT(gatewayOf(third), QStringLiteral("Limited"), 10'000);
        QVERIFY(!saidFor(third).contains(QStringLiteral("call limit")));
        sipSwitch.hangupDial(second);
        sipSwitch.hangupDial(third);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 3, 10'000);
        QCOMPARE(dialFailed.count(), 0);
        QVERIFY(limited.succeeded());
        QVERIFY(overflow.succeeded());

        QSignalSpy stopped(&sipSwitch, &Switch::stopped);
        sipSwitch.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10'000);
    }

    void busyIsFinalNoFailover()
    {
        const int first = test::freeUdpPort();
        addGateway(QStringLiteral("Carrier A"), first, 10);
        addGateway(QStringLiteral("Never tried"), test::freeUdpPort(), 20);
        test::SippGateway busy = test::sippGateway(*m_dir, first, QStringLiteral("gateway_fail.xml"),
                                                   {{QStringLiteral("STATUS"), QStringLiteral("486")}});
        QVERIFY(busy.listening());
        const auto [code, output] = dial({QStringLiteral("+12025550147")});
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QStringLiteral("failed: 486")), qPrintable(output));
        QVERIFY(!output.contains(QStringLiteral("Never tried")));
        QVERIFY(busy.succeeded());
    }

    void lgwLegGoesThroughItsGateway()
    {
        // Routes point at a gateway nobody answers for; the LGW DID's own
        // gateway (the demo carrier) is where leg A must go.
        addGateway(QStringLiteral("Elsewhere"), test::freeUdpPort(), 10);
        const int lgwPort = test::freeUdpPort();
        {
            auto db = store::Database::open(dbPath());
            store::GatewayRepository repo(*db, m_clock);
            auto carrier = *repo.findGatewayByName(QStringLiteral("Demo carrier"));
            carrier.port = lgwPort;
            repo.updateGateway(carrier);
        }
        test::SippGateway lgw = test::sippGateway(*m_dir, lgwPort, QStringLiteral("gateway_answer.xml"));
        QVERIFY(lgw.listening());
        const auto [code, output] = dial(
            {QStringLiteral("+447700900123"), QStringLiteral("--lgw-did"), QStringLiteral("+12125550103")});
        QVERIFY2(code == 0 && output.contains(QStringLiteral("answered via Demo carrier")),
                 qPrintable(output));
        QVERIFY(!output.contains(QStringLiteral("Elsewhere")));
        QVERIFY(lgw.succeeded());
    }

    void gatewayPingReportsTheGatewaysOwnPhrase()
    {
        const int port = test::freeUdpPort();
        addGateway(QStringLiteral("Pinged"), port, 10);
        test::SippGateway gateway =
            test::sippGateway(*m_dir, port, QStringLiteral("gateway_options.xml"),
                              {{QStringLiteral("STATUS"), QStringLiteral("404")},
                               {QStringLiteral("PHRASE"), QStringLiteral("Trunk 7 Parked")}});
        QVERIFY(gateway.listening());
        QProcess p;
        p.start(QStringLiteral(REBOUND_SWITCH_EXE),
                {QStringLiteral("--db"), dbPath(), QStringLiteral("--json"), QStringLiteral("gateways"),
                 QStringLiteral("ping"), QStringLiteral("Pinged")});
        QVERIFY(p.waitForFinished(30'000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 1); // answered, but not reachable for calls
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o[QStringLiteral("status")].toInt(), 404);
        QCOMPARE(o[QStringLiteral("phrase")].toString(), QStringLiteral("Trunk 7 Parked"));
        QCOMPARE(o[QStringLiteral("reachable")].toBool(), false);
        QVERIFY(gateway.succeeded());
    }

    void noRouteIsAClearFailure()
    {
        const auto [code, output] = dial({QStringLiteral("+12025550147")});
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QStringLiteral("no route")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestSipOutbound)
#include "TestSipOutbound.moc"
