#include "fake_llm_server.h"

#include <QTimer>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#elif defined(Q_OS_WIN)
#include <winsock2.h>
#endif

namespace stratos::test {

FakeLlmServer::FakeLlmServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeLlmServer::onConnection);
}

FakeLlmServer::~FakeLlmServer()
{
    // Sockets die before the members their signals would touch.
    for (QTcpSocket *s : m_server.findChildren<QTcpSocket *>()) {
        disconnect(s, nullptr, this, nullptr);
        delete s;
    }
}

bool FakeLlmServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeLlmServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QList<FakeLlmServer::Step> FakeLlmServer::pieces(const QByteArray &bytes, int size, int delayMs)
{
    QList<Step> out;
    for (qsizetype i = 0; i < bytes.size(); i += size)
        out.append({bytes.mid(i, size), delayMs});
    return out;
}

bool FakeLlmServer::canReset()
{
#if defined(Q_OS_UNIX) || defined(Q_OS_WIN)
    return true;
#else
    return false;
#endif
}

namespace {

// Closing a socket with SO_LINGER {on, 0 s} discards what is unsent and sends
// RST instead of FIN: the peer sees "connection reset by peer".
void resetConnection(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd != -1) {
#if defined(Q_OS_UNIX)
        struct linger l = {1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
#elif defined(Q_OS_WIN)
        struct linger l = {1, 0};
        ::setsockopt(SOCKET(fd), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&l), sizeof l);
#endif
    }
    socket->abort();
}

} // namespace

void FakeLlmServer::onConnection()
{
    while (QTcpSocket *s = m_server.nextPendingConnection()) {
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadable(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_pending.remove(s);
            s->deleteLater();
        });
    }
}

void FakeLlmServer::onReadable(QTcpSocket *socket)
{
    QByteArray &buf = m_pending[socket];
    buf += socket->readAll();
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray head = buf.left(headerEnd);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    if (buf.size() < headerEnd + 4 + length)
        return;
    const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
    m_lastPath = requestLine.value(1);
    m_lastBody = buf.mid(headerEnd + 4, length);
    ++m_requests;
    ++m_paths[m_lastPath];
    buf.clear();
    const auto it = m_scripts.constFind(m_lastPath);
    if (it != m_scripts.constEnd() && it->neverAnswer)
        return; // the connection stays open; nothing is ever written
    if (it == m_scripts.constEnd()) {
        Script notFound;
        notFound.status = 404;
        notFound.contentType = "application/json";
        notFound.framing = Framing::ConnectionClose;
        notFound.steps = {{R"({"error":"no such route"})", 0}};
        respond(socket, notFound);
        return;
    }
    respond(socket, *it);
}

void FakeLlmServer::respond(QTcpSocket *socket, const Script &script)
{
    QByteArray head = QByteArray("HTTP/1.1 ") + QByteArray::number(script.status) +
                      (script.status == 200 ? " OK\r\n" : " Error\r\n");
    head += "Content-Type: " + script.contentType + "\r\n";
    if (script.framing == Framing::Chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    sendStep(socket, std::make_shared<const Script>(script), 0);
}

void FakeLlmServer::writeBody(QTcpSocket *socket, const Script &script, const QByteArray &bytes)
{
    if (script.framing == Framing::Chunked)
        socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    else
        socket->write(bytes);
    m_bytesSent += bytes.size();
}

void FakeLlmServer::end(QTcpSocket *socket, const Script &script)
{
    switch (script.ending) {
    case Ending::Complete:
        if (script.framing == Framing::Chunked)
            socket->write("0\r\n\r\n");
        if (script.framing == Framing::ConnectionClose)
            socket->disconnectFromHost();
        break;
    case Ending::Close:
        socket->abort();
        break;
    case Ending::Reset:
        socket->flush(); // what was sent before the reset reaches the peer first
        resetConnection(socket);
        break;
    case Ending::Stall:
        break; // keep the connection open and say nothing
    }
}

void FakeLlmServer::sendStep(QPointer<QTcpSocket> socket, std::shared_ptr<const Script> script, int index)
{
    if (!socket)
        return;
    if (index >= script->steps.size()) {
        if (script->generate)
            return sendGenerated(socket, script);
        return end(socket, *script);
    }
    QTimer::singleShot(script->steps[index].delayMs, this, [this, socket, script, index] {
        if (!socket)
            return;
        writeBody(socket, *script, script->steps[index].bytes);
        sendStep(socket, script, index + 1);
    });
}

void FakeLlmServer::sendGenerated(QPointer<QTcpSocket> socket, std::shared_ptr<const Script> script)
{
    constexpr qint64 kLowWater = 256 * 1024;
    auto more = std::make_shared<QMetaObject::Connection>();
    auto pump = [this, socket, script, more] {
        if (!socket)
            return;
        while (socket->bytesToWrite() < kLowWater) {
            const QByteArray piece = script->generate();
            if (piece.isEmpty()) {
                QObject::disconnect(*more);
                end(socket, *script);
                return;
            }
            writeBody(socket, *script, piece);
        }
    };
    *more = connect(socket, &QTcpSocket::bytesWritten, this, pump);
    pump();
}

} // namespace stratos::test
