#pragma once

#include "ConfigTemplate.h"
#include "sip/SippPeer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace rebound::test {

// The carrier: Kamailio (Debian's kamailio), a real SIP proxy, on a free
// loopback port with a kamailio.cfg written from
// tests/interop/peers/kamailio.cfg. It challenges every new INVITE for
// one digest account (407), Record-Routes the calls it lets through and
// relays them to the destination on 127.0.0.1:destinationPort. Its log
// (stderr) says what it did, one "carrier: …" line per decision.
class KamailioCarrier
{
public:
    struct Account
    {
        QString realm;
        QString username;
        QString password;
    };

    KamailioCarrier(const QString& folder, const Account& account, int destinationPort)
        : m_folder(folder)
        , m_account(account)
        , m_destinationPort(destinationPort)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_log += QString::fromUtf8(m_process.readAllStandardOutput()); });
    }
    ~KamailioCarrier() { stop(); }
    KamailioCarrier(const KamailioCarrier&) = delete;
    KamailioCarrier& operator=(const KamailioCarrier&) = delete;

    // Starts Kamailio and waits until it listens. A port taken between
    // picking and binding makes it exit: then another port is tried, twice
    // at most.
    bool start(QString* error)
    {
        if (!QDir().mkpath(m_folder)) {
            *error = QStringLiteral("cannot make %1").arg(m_folder);
            return false;
        }
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_port = freeUdpPort();
            const QString config = m_folder + QStringLiteral("/kamailio.cfg");
            if (!fillTemplate(QStringLiteral(REBOUND_INTEROP_PEERS "/kamailio.cfg"), config,
                              {{QStringLiteral("LISTEN_PORT"), QString::number(m_port)},
                               {QStringLiteral("DESTINATION_PORT"), QString::number(m_destinationPort)},
                               {QStringLiteral("REALM"), m_account.realm},
                               {QStringLiteral("USERNAME"), m_account.username},
                               {QStringLiteral("PASSWORD"), m_account.password}},
                              error))
                return false;
            m_log.clear();
            // -DD: stay in the foreground (its workers are its children),
            // -E: log to stderr, -Y: runtime files in the test's folder.
            m_process.start(program(),
                            {QStringLiteral("-f"), config, QStringLiteral("-DD"), QStringLiteral("-E"),
                             QStringLiteral("-Y"), m_folder, QStringLiteral("-m"), QStringLiteral("32"),
                             QStringLiteral("-M"), QStringLiteral("4")});
            QDeadlineTimer deadline(10'000);
            while (!udpPortListening(m_port) && m_process.state() != QProcess::NotRunning &&
                   !deadline.hasExpired())
                QTest::qWait(20);
            if (m_process.state() == QProcess::Running && udpPortListening(m_port))
                return true;
            *error = QStringLiteral("kamailio did not start:\n") + m_log.right(3000);
            stop();
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5'000))
                m_process.kill();
            m_process.waitForFinished();
        }
        m_log += QString::fromUtf8(m_process.readAllStandardOutput());
    }

    // Where kamailio is: /usr/sbin is not on every user's PATH.
    static QString program()
    {
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("kamailio"));
        return !onPath.isEmpty() ? onPath
                                 : QStandardPaths::findExecutable(
                                       QStringLiteral("kamailio"),
                                       {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    }

    int port() const { return m_port; }
    const QString& log() const { return m_log; }

    // The carrier's own decisions ("carrier: …" lines), in order.
    QStringList decisions() const
    {
        QStringList lines;
        for (const QString& line : m_log.split(u'\n')) {
            const qsizetype at = line.indexOf(QLatin1String("carrier: "));
            if (at >= 0)
                lines.append(line.mid(at + 9));
        }
        return lines;
    }

private:
    QString m_folder;
    Account m_account;
    int m_destinationPort = 0;
    int m_port = 0;
    QProcess m_process;
    QString m_log;
};

} // namespace rebound::test
