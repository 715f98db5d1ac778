#include "GuardedTcpServer.h"

#include <QSslSocket>
#include <QTimer>

namespace ef {

GuardedTcpServer::GuardedTcpServer(qsizetype maxRequestBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxRequestBytes(maxRequestBytes)
{ }

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket;
    if (m_useTls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before the HTTP layer's own handler, so this sees new bytes first: what arrived
    // since the last answer is counted, and a request over the cap is answered 413 and dropped
    // without being parsed.
    auto received = std::make_shared<qsizetype>(0);
    auto refused = std::make_shared<bool>(false);
    connect(socket, &QIODevice::readyRead, socket, [this, socket, received, refused] {
        if (*refused) {
            socket->readAll();
            return;
        }
        *received += socket->bytesAvailable();
        if (*received <= m_maxRequestBytes)
            return;
        *refused = true;
        socket->readAll();
        const QByteArray body = QByteArrayLiteral(
            "{\"error\":\"too-large\",\"message\":\"the request is larger than the server "
            "accepts\"}");
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        // A lingering close: the client may still be sending the rest of its body, and closing
        // now would reset the connection before it reads the answer. What still comes is
        // thrown away (above); the client closes once it has the answer, or the server after 5 s.
        QTimer::singleShot(5000, socket, [socket] { socket->disconnectFromHost(); });
    });
    connect(socket, &QIODevice::bytesWritten, socket, [received] { *received = 0; });
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    if (m_useTls)
        static_cast<QSslSocket *>(socket)->startServerEncryption();
    addPendingConnection(socket);
}

} // namespace ef
