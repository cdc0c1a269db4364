// The web server cannot be exhausted: connections capped per address and in
// all, 408 for a slow head or body, 413 for a body over the limit before it
// is buffered, each answer with the security headers. Raw sockets on
// 127.0.0.1 play the attacker and 127.0.0.2 / .3 the other users.
#include "web/WebServer.h"

#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

using namespace rebound;

namespace {

// Counts requests and answers with the size of the body it was given.
class Echo : public web::HttpHandler
{
public:
    std::optional<web::HttpReply> handle(const web::HttpRequest& request) override
    {
        ++requests;
        return web::HttpReply::text(QString::number(request.body.size()));
    }
    int requests = 0;
};

// One raw TCP connection to the server from a chosen loopback address.
class RawClient
{
public:
    RawClient(const QString& from, quint16 port)
    {
        m_socket.bind(QHostAddress(from), 0);
        QObject::connect(&m_socket, &QIODevice::readyRead, [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    void send(const QByteArray& bytes) { m_socket.write(bytes); }
    qint64 unsent() const { return m_socket.bytesToWrite(); }
    const QByteArray& received() const { return m_received; }
    // Waits (events served meanwhile) until the server has closed the connection.
    bool waitClosed(int ms = 10'000) const
    {
        return QTest::qWaitFor([this] { return closed(); }, ms);
    }
    QByteArray status() const { return m_received.left(m_received.indexOf("\r\n")); }
    QByteArray header(const QByteArray& name) const
    {
        for (const QByteArray& line : m_received.left(m_received.indexOf("\r\n\r\n")).split('\n'))
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        return {};
    }
    QByteArray body() const { return m_received.mid(m_received.indexOf("\r\n\r\n") + 4); }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

QByteArray get(const QByteArray& path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

} // namespace

class TestWebServerLimits : public QObject
{
    Q_OBJECT
    Echo m_echo;
    std::unique_ptr<web::WebServer> m_server;

    void start(const web::WebServer::Config& config)
    {
        m_server = std::make_unique<web::WebServer>();
        m_server->addHandler(&m_echo);
        QCOMPARE(m_server->start(config), QString());
    }
    static web::WebServer::Config config()
    {
        web::WebServer::Config c;
        c.port = 0;
        return c;
    }
    std::unique_ptr<RawClient> connect(const QString& from) const
    {
        return std::make_unique<RawClient>(from, m_server->port());
    }
    // A client on 127.0.0.1 that has sent `bytes` (the rest of the
    // exchange is the test's).
    std::unique_ptr<RawClient> sending(const QByteArray& bytes) const
    {
        auto client = connect(QStringLiteral("127.0.0.1"));
        client->send(bytes);
        return client;
    }
    // A whole request from `from`, and the server's whole answer.
    std::unique_ptr<RawClient> request(const QString& from, const QByteArray& bytes) const
    {
        auto client = connect(from);
        client->send(bytes);
        client->waitClosed();
        return client;
    }
    // The server answered `status`, with the security headers, and closed.
    static void closedWith(const RawClient& c, const QByteArray& status)
    {
        QVERIFY(c.waitClosed());
        QCOMPARE(c.status(), status);
        verifySecurityHeaders(c);
    }
    // The headers every response carries, whoever wrote it.
    static void verifySecurityHeaders(const RawClient& c)
    {
        QVERIFY2(c.header("Content-Security-Policy").contains("frame-ancestors 'none'"),
                 c.received().constData());
        QCOMPARE(c.header("X-Frame-Options"), QByteArray("DENY"));
        QCOMPARE(c.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(c.header("Referrer-Policy"), QByteArray("same-origin"));
        QCOMPARE(c.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(c.header("Connection"), QByteArray("close"));
    }

private Q_SLOTS:
    void init() { m_echo.requests = 0; }
    void cleanup() { m_server.reset(); }

    void oneAddressCannotTakeEveryConnection()
    {
        auto c = config();
        c.maxConnectionsPerAddress = 4;
        start(c);
        std::vector<std::unique_ptr<RawClient>> attacker;
        for (int i = 0; i < 20; ++i)
            attacker.push_back(connect(QStringLiteral("127.0.0.1")));
        QTRY_COMPARE(m_server->refusedConnections(), 16);
        QCOMPARE(m_server->openConnections(), 4);
        // The ones over the cap were closed at once, the others are held.
        QTRY_COMPARE(
            std::count_if(attacker.begin(), attacker.end(), [](const auto& a) { return a->closed(); }), 16);
        // Someone else is served meanwhile, the attacker's address is not.
        const auto other = request(QStringLiteral("127.0.0.2"), get("/page"));
        QCOMPARE(other->status(), QByteArray("HTTP/1.1 200 OK"));
        const auto again = request(QStringLiteral("127.0.0.1"), get("/page"));
        QVERIFY(again->received().isEmpty());
        QCOMPARE(m_echo.requests, 1);
        // Closing its connections frees the address again.
        attacker.clear();
        QTRY_COMPARE(m_server->openConnections(), 0);
        QCOMPARE(request(QStringLiteral("127.0.0.1"), get("/page"))->status(), QByteArray("HTTP/1.1 200 OK"));
    }

    void allAddressesTogetherAreCappedAndTheIdleTimedOut()
    {
        auto c = config();
        c.maxConnections = 6;
        c.maxConnectionsPerAddress = 4;
        c.headTimeoutMs = 1'000;
        start(c);
        QCOMPARE(m_server->maxConnections(), 6);
        std::vector<std::unique_ptr<RawClient>> idle;
        for (const char* from :
             {"127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.2", "127.0.0.2"})
            idle.push_back(connect(QString::fromLatin1(from)));
        QTRY_COMPARE(m_server->openConnections(), 6);
        const auto refused = request(QStringLiteral("127.0.0.3"), get("/page"));
        QVERIFY(refused->received().isEmpty());
        QCOMPARE(m_server->refusedConnections(), 1);
        // Idle connections are answered 408 and closed, and there is room again.
        for (const auto& client : idle) {
            QVERIFY(client->waitClosed());
            QCOMPARE(client->status(), QByteArray("HTTP/1.1 408 Request Timeout"));
        }
        QTRY_COMPARE(m_server->openConnections(), 0);
        QCOMPARE(request(QStringLiteral("127.0.0.3"), get("/page"))->status(), QByteArray("HTTP/1.1 200 OK"));
    }

    void theCapLeavesMostFileDescriptorsToTheRest()
    {
        auto c = config();
        c.maxConnections = 100'000'000;
        start(c);
        const qint64 limit = web::WebServer::openFilesLimit();
        QVERIFY(m_server->maxConnections() <= std::max<qint64>(16, limit / 4));
    }

    void aSlowHeadGets408()
    {
        auto c = config();
        c.headTimeoutMs = 300;
        start(c);
        auto slow = sending("POST /api/v1/callbacks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le");
        auto silent = connect(QStringLiteral("127.0.0.1"));
        closedWith(*slow, "HTTP/1.1 408 Request Timeout");
        QVERIFY(slow->body().contains("\"request_timeout\"")); // the API's JSON error
        closedWith(*silent, "HTTP/1.1 408 Request Timeout");
        QCOMPARE(m_echo.requests, 0);
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void aSlowBodyGets408()
    {
        auto c = config();
        c.bodyTimeoutMs = 300;
        start(c);
        auto slow =
            sending("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nmember=100");
        closedWith(*slow, "HTTP/1.1 408 Request Timeout");
        QCOMPARE(m_echo.requests, 0);
    }

    void aHugeContentLengthGets413AtOnce()
    {
        start(config()); // the head deadline (10 s) is far off
        QElapsedTimer timer;
        timer.start();
        const auto portal =
            request(QStringLiteral("127.0.0.1"),
                    "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000000000\r\n\r\n");
        QCOMPARE(portal->status(), QByteArray("HTTP/1.1 413 Content Too Large"));
        QVERIFY(timer.elapsed() < 5'000);
        verifySecurityHeaders(*portal);
        QCOMPARE(portal->header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        const auto api =
            request(QStringLiteral("127.0.0.1"), "POST /api/v1/callbacks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                 "Content-Length: 16385\r\n\r\n{");
        QCOMPARE(api->status(), QByteArray("HTTP/1.1 413 Content Too Large"));
        QVERIFY(api->body().contains("\"body_too_large\""));
        verifySecurityHeaders(*api);
        QCOMPARE(m_echo.requests, 0);
        // A body at the limit is still taken.
        const auto fits = request(QStringLiteral("127.0.0.1"),
                                  "POST /form HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 16384\r\n\r\n" +
                                      QByteArray(16 * 1024, 'a'));
        QCOMPARE(fits->status(), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(fits->body(), QByteArray("16384"));
    }

    void aStreamedBodyIsCutAtTheLimit()
    {
        start(config());
        auto chunked = sending(
            "POST /api/v1/callbacks HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        // 8 KiB chunks, never a last one: cut once past 16 KiB and the framing allowance.
        const QByteArray chunk = "2000\r\n" + QByteArray(8 * 1024, 'a') + "\r\n";
        for (int i = 0; i < 256 && !chunked->closed(); ++i) {
            chunked->send(chunk);
            (void)QTest::qWaitFor([&] { return chunked->unsent() == 0 || chunked->closed(); }, 1'000);
        }
        closedWith(*chunked, "HTTP/1.1 413 Content Too Large");
        QCOMPARE(m_echo.requests, 0);
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void aBodyLongerThanItsLengthIsCutOff()
    {
        start(config());
        auto liar = sending("POST /form HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\n0123456789");
        // Then it keeps sending: the request was the first 10 bytes, the rest
        // is read and dropped, and the connection closed.
        const QByteArray more(64 * 1024, 'x');
        for (int i = 0; i < 64 && !liar->closed(); ++i) {
            liar->send(more);
            (void)QTest::qWaitFor([&] { return liar->unsent() == 0 || liar->closed(); }, 1'000);
        }
        QVERIFY(liar->waitClosed());
        QCOMPARE(liar->status(), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(liar->body(), QByteArray("10"));
        QCOMPARE(m_echo.requests, 1);
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void aHugeHeadGets431()
    {
        start(config());
        auto client = sending("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + QByteArray(20 * 1024, 'a'));
        closedWith(*client, "HTTP/1.1 431 Request Header Fields Too Large");
        QCOMPARE(m_echo.requests, 0);
    }

    void oneRequestPerConnection()
    {
        start(config());
        // A second request on the same connection is never served.
        const auto client = request(QStringLiteral("127.0.0.1"), get("/one") + get("/two"));
        QCOMPARE(client->status(), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(client->received().count("HTTP/1.1"), 1);
        QCOMPARE(m_echo.requests, 1);
    }

    void postsFromAnotherSiteAreRefused()
    {
        start(config());
        const QByteArray port = QByteArray::number(m_server->port());
        const auto post = [&](const QByteArray& origin) {
            return request(QStringLiteral("127.0.0.1"),
                           "POST /form HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" +
                               (origin.isEmpty() ? QByteArray() : "Origin: " + origin + "\r\n") +
                               "Content-Length: 3\r\n\r\na=1");
        };
        for (const QByteArray& foreign : QList<QByteArray>{
                 "http://evil.example", "http://127.0.0.1:" + QByteArray::number(m_server->port() + 1),
                 "http://127.0.0.1", QByteArray("null"), "http://127.0.0.1:" + port + "/path",
                 QByteArray("not a url")}) {
            const auto refused = post(foreign);
            QVERIFY2(refused->status() == "HTTP/1.1 403 Forbidden", foreign.constData());
            verifySecurityHeaders(*refused);
        }
        QCOMPARE(m_echo.requests, 0);
        // Its own origin, any scheme (a TLS proxy in front), and no Origin at all (API clients).
        QCOMPARE(post("http://127.0.0.1:" + port)->status(), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(post("https://127.0.0.1:" + port)->status(), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(post({})->status(), QByteArray("HTTP/1.1 200 OK"));
        // Reading is not a change: a GET from another site's page is answered.
        const auto read =
            request(QStringLiteral("127.0.0.1"),
                    "GET /page HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://evil.example\r\n\r\n");
        QCOMPARE(read->status(), QByteArray("HTTP/1.1 200 OK"));
    }

    void theSameLimitsUnderTls()
    {
        QTemporaryDir dir;
        auto c = config();
        c.certificateFile = dir.filePath(QStringLiteral("cert.pem"));
        c.keyFile = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.setStandardOutputFile(QProcess::nullDevice());
        openssl.setStandardErrorFile(QProcess::nullDevice());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), c.keyFile, QStringLiteral("-out"), c.certificateFile,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60'000) && openssl.exitCode() == 0);
        c.headTimeoutMs = 1'000;
        start(c);
        QVERIFY(m_server->secure());
        // No handshake at all: dropped at the head deadline (nothing can be said in clear).
        auto silent = connect(QStringLiteral("127.0.0.1"));
        QTRY_COMPARE(m_server->openConnections(), 1);
        QVERIFY(silent->waitClosed());
        QVERIFY(silent->received().isEmpty());
        QTRY_COMPARE(m_server->openConnections(), 0);
        // A claimed body over the limit: 413 at once, with the headers, HSTS too.
        QSslSocket tls;
        QByteArray received;
        QObject::connect(&tls, &QIODevice::readyRead, [&] { received += tls.readAll(); });
        QObject::connect(&tls, &QSslSocket::sslErrors, [&] { tls.ignoreSslErrors(); }); // self-signed
        tls.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
        QTRY_VERIFY(tls.isEncrypted());
        tls.write("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000000000\r\n\r\n");
        QTRY_VERIFY(tls.state() == QAbstractSocket::UnconnectedState);
        QVERIFY2(received.startsWith("HTTP/1.1 413 "), received.constData());
        QVERIFY(received.contains("\r\nStrict-Transport-Security: max-age="));
        QVERIFY(received.contains("\r\nX-Frame-Options: DENY\r\n"));
        QCOMPARE(m_echo.requests, 0);
    }
};

QTEST_GUILESS_MAIN(TestWebServerLimits)
#include "TestWebServerLimits.moc"
