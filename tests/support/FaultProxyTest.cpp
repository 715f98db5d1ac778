// The fault-injecting proxy between a client socket and a small server in the test: what each
// side gets, byte for byte, under each fault. Timings are checked from below only.
#include "FaultProxy.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

using namespace std::chrono_literals;

namespace ef::test {
namespace {

using Direction = FaultProxy::Direction;
using Fault = FaultProxy::Fault;

// Only a failing test waits this long.
constexpr int Patience = 5000;

// Runs the event loop until the condition holds. Unlike QTest::qWaitFor, which naps 10 ms
// between looks, it wakes for each event, so a test of many small exchanges stays quick.
bool waitUntil(const std::function<bool()> &condition)
{
    QDeadlineTimer deadline(Patience);
    QTimer wakeAtTheDeadline;
    wakeAtTheDeadline.start(Patience);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

QByteArray filler(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>('a' + i % 26);
    return bytes;
}

QByteArray httpRequest(qsizetype bodySize, qsizetype contentLength = -1)
{
    return "POST /sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
        + QByteArray::number(contentLength < 0 ? bodySize : contentLength) + "\r\n\r\n"
        + filler(bodySize);
}

QByteArray httpAnswer(qsizetype bodySize)
{
    return "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(bodySize) + "\r\n\r\n"
        + filler(bodySize);
}

// Keeps what each connection sent, in order of connection. Echoes, or answers an HTTP-like
// request with `reply` once its head and its Content-Length of body are in.
class RecordingServer
{
public:
    enum class Mode { Echo, Answer };

    explicit RecordingServer(Mode mode, QByteArray reply = {}, bool closeAfterReply = false)
        : m_mode(mode)
        , m_reply(std::move(reply))
        , m_closeAfterReply(closeAfterReply)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost));
    }

    quint16 port() const { return m_server.serverPort(); }
    qsizetype connections() const { return received.size(); }
    bool allClosed() const { return !closed.contains(false); }

    QList<QByteArray> received;
    QList<bool> closed;

private:
    void accept(QTcpSocket *socket)
    {
        const qsizetype index = received.size();
        received.append(QByteArray());
        closed.append(false);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, index] {
            const QByteArray data = socket->readAll();
            received[index] += data;
            if (m_mode == Mode::Echo)
                socket->write(data);
            else if (isWholeRequest(received[index]) && !m_answered.contains(index)) {
                m_answered.append(index);
                socket->write(m_reply);
                if (m_closeAfterReply)
                    socket->disconnectFromHost();
            }
        });
        QObject::connect(
            socket, &QTcpSocket::disconnected, socket, [this, index] { closed[index] = true; });
    }

    static bool isWholeRequest(const QByteArray &request)
    {
        const qsizetype headEnd = request.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QByteArray field = "Content-Length: ";
        const qsizetype at = request.indexOf(field);
        const qsizetype lineEnd = request.indexOf("\r\n", at);
        const qint64 length
            = request.mid(at + field.size(), lineEnd - at - field.size()).toLongLong();
        return request.size() - (headEnd + 4) >= length;
    }

    QTcpServer m_server;
    Mode m_mode;
    QByteArray m_reply;
    bool m_closeAfterReply;
    QList<qsizetype> m_answered;
};

// A client connection that keeps everything it receives.
class Client
{
public:
    explicit Client(quint16 port)
    {
        QObject::connect(
            &socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool isClosed() const { return socket.state() == QAbstractSocket::UnconnectedState; }
    // Sends and waits for either `expected` or the connection's end; true if it was answered.
    bool exchange(const QByteArray &request, const QByteArray &expected)
    {
        socket.write(request);
        EXPECT_TRUE(waitUntil([&] { return received.size() >= expected.size() || isClosed(); }));
        return received == expected;
    }

    QTcpSocket socket;
    QByteArray received;
};

struct Proxied
{
    explicit Proxied(
        RecordingServer::Mode mode, QByteArray reply = {}, bool closeAfterReply = false)
        : server(mode, std::move(reply), closeAfterReply)
        , proxy(QHostAddress::LocalHost, server.port())
    {
        EXPECT_TRUE(proxy.listen()) << proxy.errorString().toStdString();
    }

    RecordingServer server;
    FaultProxy proxy;
};

TEST(FaultProxyTest, ForwardsBothWaysAndCountsWhatArrived)
{
    Proxied p(RecordingServer::Mode::Echo);
    // More than the proxy holds per direction, so its holding back is exercised too.
    const QByteArray data = filler(300'000);
    Client client(p.proxy.port());
    client.socket.write(data);
    ASSERT_TRUE(waitUntil([&] { return client.received.size() >= data.size(); }));

    EXPECT_EQ(client.received, data);
    EXPECT_EQ(p.server.received.value(0), data);
    EXPECT_EQ(p.proxy.bytesForwarded(Direction::ClientToServer), data.size());
    EXPECT_EQ(p.proxy.bytesForwarded(Direction::ServerToClient), data.size());
    EXPECT_EQ(p.proxy.connectionsAccepted(), 1);
    EXPECT_EQ(p.proxy.connectionsDropped(), 0);

    // The client's close reaches the server.
    client.socket.disconnectFromHost();
    EXPECT_TRUE(waitUntil([&] { return p.server.allClosed(); }));
}

TEST(FaultProxyTest, AServerThatClosesAfterAnsweringIsHeardToTheEnd)
{
    const QByteArray answer = httpAnswer(200'000);
    Proxied p(RecordingServer::Mode::Answer, answer, true);
    Client client(p.proxy.port());
    client.socket.write(httpRequest(10));

    ASSERT_TRUE(waitUntil([&] { return client.isClosed(); }));
    EXPECT_EQ(client.received, answer);
    EXPECT_EQ(p.proxy.bytesForwarded(Direction::ServerToClient), answer.size());
    EXPECT_EQ(p.proxy.connectionsDropped(), 0);
}

TEST(FaultProxyTest, DropsAfterRequestBytes)
{
    Proxied p(RecordingServer::Mode::Answer, httpAnswer(10));
    QSignalSpy dropped(&p.proxy, &FaultProxy::connectionDropped);
    p.proxy.addFault(Fault::dropAfterRequestBytes(300));
    const QByteArray request = httpRequest(1000);
    Client client(p.proxy.port());
    client.socket.write(request);

    ASSERT_TRUE(waitUntil([&] { return client.isClosed() && p.server.allClosed(); }));
    EXPECT_TRUE(client.received.isEmpty());
    EXPECT_EQ(p.server.received.value(0), request.left(300));
    EXPECT_EQ(p.proxy.bytesForwarded(Direction::ClientToServer), 300);
    EXPECT_EQ(p.proxy.connectionsDropped(), 1);
    ASSERT_EQ(dropped.size(), 1);
    EXPECT_EQ(dropped.at(0).at(0).toInt(), 1);
}

TEST(FaultProxyTest, DropsAfterResponseBytesOnceTheServerHasTheWholeRequest)
{
    const QByteArray answer = httpAnswer(5000);
    Proxied p(RecordingServer::Mode::Answer, answer);
    p.proxy.addFault(Fault::dropAfterResponseBytes(1000));
    const QByteArray request = httpRequest(400);
    Client client(p.proxy.port());
    client.socket.write(request);

    ASSERT_TRUE(waitUntil([&] { return client.isClosed() && p.server.allClosed(); }));
    EXPECT_EQ(p.server.received.value(0), request);
    EXPECT_EQ(client.received, answer.left(1000));
    EXPECT_EQ(p.proxy.bytesForwarded(Direction::ServerToClient), 1000);
    EXPECT_EQ(p.proxy.connectionsDropped(), 1);
}

TEST(FaultProxyTest, TruncatesTheRequestBodyAfterAWholeHead)
{
    Proxied p(RecordingServer::Mode::Answer, httpAnswer(10));
    p.proxy.addFault(Fault::truncateRequest(100));
    const QByteArray request = httpRequest(500);
    const qsizetype headSize = request.indexOf("\r\n\r\n") + 4;
    Client client(p.proxy.port());
    // The head arrives in two pieces, split inside its blank line.
    client.socket.write(request.left(headSize - 2));
    ASSERT_TRUE(waitUntil([&] { return p.server.received.value(0).size() == headSize - 2; }));
    client.socket.write(request.mid(headSize - 2));

    ASSERT_TRUE(waitUntil([&] { return client.isClosed() && p.server.allClosed(); }));
    EXPECT_EQ(p.server.received.value(0), request.left(headSize + 100));
    EXPECT_TRUE(client.received.isEmpty());
    EXPECT_EQ(p.proxy.connectionsDropped(), 1);
}

TEST(FaultProxyTest, DuplicatesTheRequestOnASecondConnection)
{
    const QByteArray answer = httpAnswer(300);
    Proxied p(RecordingServer::Mode::Answer, answer);
    p.proxy.addFault(Fault::duplicateRequest());
    const QByteArray request = httpRequest(2000);
    Client client(p.proxy.port());
    client.socket.write(request);

    ASSERT_TRUE(waitUntil([&] {
        return client.received.size() >= answer.size() && p.server.connections() == 2
            && p.server.received.at(1).size() >= request.size();
    }));
    EXPECT_EQ(p.server.received.at(0), request);
    EXPECT_EQ(p.server.received.at(1), request);
    EXPECT_EQ(p.proxy.bytesForwarded(Direction::ClientToServer), 2 * request.size());

    // Once the client is done, the copy's connection closes too, its answer unseen by the client.
    client.socket.disconnectFromHost();
    ASSERT_TRUE(waitUntil([&] { return p.server.allClosed(); }));
    EXPECT_EQ(client.received, answer);
    EXPECT_EQ(p.proxy.bytesForwarded(Direction::ServerToClient), answer.size());
    EXPECT_EQ(p.proxy.connectionsAccepted(), 1);
    EXPECT_EQ(p.proxy.connectionsDropped(), 0);
}

TEST(FaultProxyTest, AFaultForTheNthConnectionSparesTheOthers)
{
    Proxied p(RecordingServer::Mode::Echo);
    p.proxy.addFault(Fault::dropAfterRequestBytes(5).onConnection(2));
    const QByteArray hello = "hello world";
    QList<bool> answered;
    for (int i = 0; i < 3; ++i) {
        Client client(p.proxy.port());
        answered.append(client.exchange(hello, hello));
    }
    EXPECT_EQ(answered, (QList<bool> {true, false, true}));
    EXPECT_EQ(p.server.received.value(1), "hello");
    EXPECT_EQ(p.proxy.connectionsDropped(), 1);
}

TEST(FaultProxyTest, AFaultOnEveryConnectionStaysUntilCleared)
{
    Proxied p(RecordingServer::Mode::Echo);
    p.proxy.addFault(Fault::dropAfterResponseBytes(3).onEveryConnection());
    for (int i = 0; i < 2; ++i) {
        Client client(p.proxy.port());
        EXPECT_FALSE(client.exchange("hello", "hello"));
        EXPECT_TRUE(waitUntil([&] { return client.isClosed(); }));
        EXPECT_EQ(client.received, "hel");
    }
    p.proxy.clearFaults();
    Client client(p.proxy.port());
    EXPECT_TRUE(client.exchange("hello", "hello"));
    EXPECT_EQ(p.proxy.connectionsDropped(), 2);
}

TEST(FaultProxyTest, DropsEveryOpenConnectionAtOnce)
{
    Proxied p(RecordingServer::Mode::Echo);
    Client first(p.proxy.port());
    Client second(p.proxy.port());
    ASSERT_TRUE(first.exchange("a", "a"));
    ASSERT_TRUE(second.exchange("b", "b"));

    p.proxy.dropAllConnections();
    EXPECT_TRUE(waitUntil([&] { return first.isClosed() && second.isClosed(); }));
    EXPECT_TRUE(waitUntil([&] { return p.server.allClosed(); }));
    EXPECT_EQ(p.proxy.connectionsDropped(), 2);
}

TEST(FaultProxyTest, LatencyDelaysEachDirection)
{
    Proxied p(RecordingServer::Mode::Echo);
    p.proxy.setLatency(Direction::ClientToServer, 60ms);
    p.proxy.setLatency(Direction::ServerToClient, 90ms);
    Client client(p.proxy.port());
    ASSERT_TRUE(
        waitUntil([&] { return client.socket.state() == QAbstractSocket::ConnectedState; }));

    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(client.exchange("ping", "ping"));
    EXPECT_GE(timer.elapsed(), 150);
}

TEST(FaultProxyTest, ABandwidthLimitSlowsA64KTransfer)
{
    Proxied p(RecordingServer::Mode::Echo);
    const qint64 rate = 256 * 1024;
    p.proxy.setBandwidth(Direction::ServerToClient, rate);
    const QByteArray data = filler(64 * 1024);
    Client client(p.proxy.port());
    ASSERT_TRUE(
        waitUntil([&] { return client.socket.state() == QAbstractSocket::ConnectedState; }));

    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(client.exchange(data, data));
    // 250 ms at the rate; the bucket may start full with 50 ms of it, hence 200 ms at the least.
    // No upper bound: a loaded machine may always be slower.
    EXPECT_GE(timer.elapsed(), 190);
    EXPECT_EQ(p.proxy.bytesForwarded(Direction::ServerToClient), data.size());

    // Without the limit the same transfer is not held back.
    p.proxy.setBandwidth(Direction::ServerToClient, 0);
    client.received.clear();
    EXPECT_TRUE(client.exchange(data, data));
}

TEST(FaultProxyTest, RefusesNewConnectionsUntilResumed)
{
    Proxied p(RecordingServer::Mode::Echo);
    Client open(p.proxy.port());
    ASSERT_TRUE(open.exchange("a", "a"));
    const quint16 port = p.proxy.port();

    p.proxy.refuseConnections();
    EXPECT_TRUE(p.proxy.isRefusingConnections());
    Client refused(port);
    ASSERT_TRUE(waitUntil([&] { return refused.isClosed(); }));
    EXPECT_EQ(refused.socket.error(), QAbstractSocket::ConnectionRefusedError);
    // What was open carries on.
    EXPECT_TRUE(open.exchange("b", "ab"));

    ASSERT_TRUE(p.proxy.resumeConnections());
    EXPECT_FALSE(p.proxy.isRefusingConnections());
    EXPECT_EQ(p.proxy.port(), port);
    Client again(port);
    EXPECT_TRUE(again.exchange("c", "c"));
    EXPECT_EQ(p.proxy.connectionsAccepted(), 2);
}

TEST(FaultProxyTest, NewConnectionsGoToANewTarget)
{
    Proxied p(RecordingServer::Mode::Echo);
    RecordingServer restarted(RecordingServer::Mode::Echo);
    p.proxy.setTarget(QHostAddress::LocalHost, restarted.port());
    Client client(p.proxy.port());
    EXPECT_TRUE(client.exchange("x", "x"));
    EXPECT_EQ(p.server.connections(), 0);
    EXPECT_EQ(restarted.connections(), 1);
}

TEST(FaultProxyTest, ClosesTheClientWhenTheServerCannotBeReached)
{
    quint16 deadPort = 0;
    {
        QTcpServer gone;
        ASSERT_TRUE(gone.listen(QHostAddress::LocalHost));
        deadPort = gone.serverPort();
    }
    FaultProxy proxy(QHostAddress::LocalHost, deadPort);
    ASSERT_TRUE(proxy.listen());
    Client client(proxy.port());
    client.socket.write("ping");
    EXPECT_TRUE(waitUntil([&] { return client.isClosed(); }));
    EXPECT_TRUE(client.received.isEmpty());
    EXPECT_EQ(proxy.bytesForwarded(Direction::ClientToServer), 0);
    // Not a fault of the proxy's making.
    EXPECT_EQ(proxy.connectionsDropped(), 0);
}

// Which of 16 connections in a row a seeded 30 % drop closes.
QList<bool> droppedConnections(quint64 seed)
{
    Proxied p(RecordingServer::Mode::Echo);
    p.proxy.addFault(Fault::dropConnections(0.3, seed).onEveryConnection());
    QList<bool> dropped;
    for (int i = 0; i < 16; ++i) {
        Client client(p.proxy.port());
        dropped.append(!client.exchange("ping", "ping"));
    }
    EXPECT_EQ(p.proxy.connectionsDropped(), dropped.count(true));
    return dropped;
}

TEST(FaultProxyTest, SeededConnectionDropsRepeat)
{
    const QList<bool> first = droppedConnections(7);
    EXPECT_EQ(droppedConnections(7), first);
    EXPECT_TRUE(first.contains(true));
    EXPECT_TRUE(first.contains(false));
}

// How much of a 64 KB upload a seeded 5 % drop per KB lets reach the server.
qsizetype uploadedBeforeTheDrop(quint64 seed)
{
    // The server waits for a body longer than is sent, so only the upload is ever cut.
    Proxied p(RecordingServer::Mode::Answer, httpAnswer(10));
    p.proxy.addFault(Fault::dropChunks(0.05, seed, 1024).onEveryConnection());
    const QByteArray request = httpRequest(64 * 1024, 1024 * 1024);
    Client client(p.proxy.port());
    client.socket.write(request);
    EXPECT_TRUE(waitUntil([&] { return client.isClosed() && p.server.allClosed(); }));
    EXPECT_EQ(p.proxy.connectionsDropped(), 1);
    const QByteArray received = p.server.received.value(0);
    EXPECT_EQ(received, request.left(received.size()));
    EXPECT_EQ(p.proxy.bytesForwarded(Direction::ClientToServer), received.size());
    return received.size();
}

TEST(FaultProxyTest, SeededChunkDropsRepeat)
{
    const qsizetype first = uploadedBeforeTheDrop(11);
    EXPECT_EQ(uploadedBeforeTheDrop(11), first);
    EXPECT_EQ(first % 1024, 0);
    EXPECT_GT(first, 0);
}

} // namespace
} // namespace ef::test
