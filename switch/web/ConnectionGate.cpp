#include "web/ConnectionGate.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace rebound::web {

namespace {

constexpr qint64 MaxHeadBytes = 16 * 1024;
// A chunked body's size lines and last chunk, beyond the body limit itself.
constexpr qint64 ChunkFramingBytes = 4 * 1024;
// After the answer, what a client still sends (the rest of a refused
// upload) is read and dropped, up to this much, so it can read the answer
// instead of being reset.
constexpr qint64 MaxDrainBytes = 1024 * 1024;
// accept() failing for want of descriptors makes QTcpServer pause: resume
// after this, as connections will have closed meanwhile.
constexpr int AcceptRetryMs = 1'000;

std::optional<QHostAddress> peerOf(qintptr descriptor)
{
    sockaddr_storage storage{};
    socklen_t size = sizeof storage;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr*>(&storage), &size) != 0)
        return std::nullopt;
    return QHostAddress(reinterpret_cast<const sockaddr*>(&storage));
}

// Connections are counted per IPv4 address and per IPv6 /64, as one host or
// one subscriber line is given a whole /64.
QString addressKey(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR v6 = address.toIPv6Address();
    std::fill(v6.c + 8, v6.c + 16, quint8(0));
    return QHostAddress(v6).toString() + QStringLiteral("/64");
}

// Where a request's head ends (just past its blank line), or -1. Line ends
// as Qt reads them: CRLF or a bare LF, after any blank lines first.
qsizetype headEnd(const QByteArray& bytes)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    qsizetype start = 0;
    while (start < bytes.size() && blank(bytes[start]))
        ++start;
    for (qsizetype i = bytes.indexOf('\n', start); i >= 0; i = bytes.indexOf('\n', i + 1)) {
        if (bytes.mid(i + 1, 1) == "\n")
            return i + 2;
        if (bytes.mid(i + 1, 2) == "\r\n")
            return i + 3;
    }
    return -1;
}

} // namespace

// One connection's guard, a child of its socket. Its readyRead slot runs
// before Qt's (connected first), so it sees each byte before Qt buffers it.
// Until the request is answered Qt reads everything it is given, so what is
// available on each readyRead is new.
class GatedConnection : public QObject
{
public:
    GatedConnection(ConnectionGate& gate, QTcpSocket* socket, QString key)
        : QObject(socket)
        , m_gate(gate)
        , m_socket(socket)
        , m_key(std::move(key))
    {
        // Qt keeps a request in the socket's buffer until it has all of it:
        // never more than the limits, plus the byte that crosses them.
        socket->setReadBufferSize(MaxHeadBytes + gate.m_config.maxBodyBytes + ChunkFramingBytes + 1);
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, &GatedConnection::onDeadline);
        connect(socket, &QIODevice::readyRead, this, &GatedConnection::onReadyRead);
        connect(socket, &QIODevice::bytesWritten, this, &GatedConnection::closeWriteSideWhenSent);
        m_deadline.start(gate.m_config.headTimeoutMs);
    }
    ~GatedConnection() override { m_gate.release(m_socket, m_key); }

    void answered();

private:
    enum class Stage
    {
        Head,
        Body,
        Answered
    };

    void onReadyRead();
    void readHead();
    void onDeadline();
    void refuse(int status);
    void closeWriteSideWhenSent();
    void drain();
    void drop();
    QString path() const;

    ConnectionGate& m_gate;
    QTcpSocket* m_socket;
    const QString m_key;
    QTimer m_deadline;
    Stage m_stage = Stage::Head;
    QByteArray m_head;      // up to its blank line once that has come
    qint64 m_headSize = -1; // -1 until the head is complete
    qint64 m_seen = 0;      // bytes of this connection so far
    bool m_chunked = false;
    qint64 m_drained = 0;
    bool m_writeClosed = false;
};

std::optional<QString> ConnectionGate::admit(qintptr descriptor)
{
    const std::optional<QHostAddress> peer = peerOf(descriptor);
    const QString key = peer ? addressKey(*peer) : QString();
    if (!peer || m_open >= m_max || m_perAddress.value(key) >= m_config.maxConnectionsPerAddress) {
        ++m_refused;
        ::close(int(descriptor));
        return std::nullopt;
    }
    return key;
}

void ConnectionGate::watch(QTcpSocket* socket, const QString& key)
{
    ++m_open;
    ++m_perAddress[key];
    m_connections.insert(socket, new GatedConnection(*this, socket, key));
}

void ConnectionGate::answered(QTcpSocket* socket)
{
    if (GatedConnection* connection = m_connections.value(socket))
        connection->answered();
}

QByteArray ConnectionGate::ownAnswer(int status, const QString& path) const
{
    HttpReply reply = m_server.ownReply(status, path);
    m_server.addSecurityHeaders(reply);
    return reply.toWire();
}

void ConnectionGate::release(QTcpSocket* socket, const QString& key)
{
    m_connections.remove(socket);
    --m_open;
    if (--m_perAddress[key] <= 0)
        m_perAddress.remove(key);
}

void GatedConnection::onReadyRead()
{
    if (m_stage == Stage::Answered) {
        drain();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    m_seen += available;
    if (m_headSize < 0) {
        m_head += m_socket->peek(std::min(available, MaxHeadBytes + 1 - m_head.size()));
        const qsizetype end = headEnd(m_head);
        if (end < 0) {
            if (m_head.size() > MaxHeadBytes)
                refuse(431);
            return;
        }
        m_head.truncate(end);
        m_headSize = end;
        readHead();
        if (m_stage != Stage::Body)
            return;
    }
    if (m_chunked && m_seen - m_headSize > m_gate.m_config.maxBodyBytes + ChunkFramingBytes)
        refuse(413);
}

// A body claimed over the limit is refused before any of it is read.
void GatedConnection::readHead()
{
    qint64 declared = 0;
    for (const QByteArray& line : m_head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (colon > 0 && name == "content-length")
            declared = std::max(declared, value.toLongLong());
        else if (colon > 0 && name == "transfer-encoding" && value.toLower().contains("chunked"))
            m_chunked = true;
    }
    if (declared > m_gate.m_config.maxBodyBytes) {
        refuse(413);
    } else if (m_chunked || declared > 0) {
        m_stage = Stage::Body;
        m_deadline.start(m_gate.m_config.bodyTimeoutMs);
    }
}

void GatedConnection::onDeadline()
{
    if (m_stage == Stage::Answered)
        drop();
    else
        refuse(408);
}

// Answers in Qt's place; Qt never sees this request.
void GatedConnection::refuse(int status)
{
    QObject::disconnect(m_socket, &QIODevice::readyRead, &m_gate.m_server, nullptr);
    const auto* tls = qobject_cast<QSslSocket*>(m_socket);
    if (m_socket->state() != QAbstractSocket::ConnectedState || (tls && !tls->isEncrypted())) {
        drop(); // nothing to answer on
        return;
    }
    // Ends Qt's read transaction too, whose bytes would stay buffered.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(m_gate.ownAnswer(status, path()));
    answered();
}

// One request per connection: nothing more is read for Qt. The answer is
// sent, then the write side is closed, and what the client still sends is
// dropped until it closes too or the linger time is up.
void GatedConnection::answered()
{
    m_stage = Stage::Answered;
    QObject::disconnect(m_socket, &QIODevice::readyRead, &m_gate.m_server, nullptr);
    m_deadline.start(m_gate.m_config.lingerMs);
    if (qobject_cast<QSslSocket*>(m_socket)) {
        m_socket->disconnectFromHost(); // TLS closes after its own close_notify
        return;
    }
    closeWriteSideWhenSent();
    drain();
}

void GatedConnection::closeWriteSideWhenSent()
{
    if (m_stage != Stage::Answered || m_writeClosed || m_socket->bytesToWrite() > 0 ||
        qobject_cast<QSslSocket*>(m_socket))
        return;
    m_writeClosed = true;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void GatedConnection::drain()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_drained += m_socket->skip(m_socket->bytesAvailable());
    if (m_drained > MaxDrainBytes)
        drop();
}

void GatedConnection::drop()
{
    m_deadline.stop();
    m_socket->abort();
    // Qt's server deletes the sockets it was given when they disconnect; a
    // TLS socket still in its handshake was never given.
    m_socket->deleteLater();
}

QString GatedConnection::path() const
{
    const QByteArray requestLine = m_head.left(m_head.indexOf('\n')).trimmed();
    return QUrl::fromEncoded(requestLine.split(' ').value(1)).path();
}

namespace {

// Admits each connection through the gate before anything reads from it,
// and makes TLS sockets itself (as QSslServer would, with the gate's
// deadline in place of QSslServer's handshake timer).
class GatedTcpServer : public QTcpServer
{
public:
    GatedTcpServer(ConnectionGate& gate, std::optional<QSslConfiguration> tls, QObject* parent)
        : QTcpServer(parent)
        , m_gate(gate)
        , m_tls(std::move(tls))
    {
        connect(this, &QTcpServer::acceptError, this,
                [this] { QTimer::singleShot(AcceptRetryMs, this, &QTcpServer::resumeAccepting); });
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        const std::optional<QString> key = m_gate.admit(descriptor);
        if (!key)
            return;
        QTcpSocket* socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            ::close(int(descriptor));
            return;
        }
        m_gate.watch(socket, *key);
        auto* tls = qobject_cast<QSslSocket*>(socket);
        if (!tls) {
            addPendingConnection(socket);
            return;
        }
        tls->setSslConfiguration(*m_tls);
        connect(tls, &QSslSocket::encrypted, this, [this, tls] { addPendingConnection(tls); });
        connect(tls, &QAbstractSocket::errorOccurred, tls, [tls] {
            if (!tls->isEncrypted())
                tls->deleteLater(); // a failed handshake; nobody else holds it
        });
        tls->startServerEncryption();
    }

private:
    ConnectionGate& m_gate;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace

QTcpServer* gatedTcpServer(ConnectionGate& gate, std::optional<QSslConfiguration> tls, QObject* parent)
{
    return new GatedTcpServer(gate, std::move(tls), parent);
}

} // namespace rebound::web
