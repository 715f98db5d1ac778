#include "FaultProxy.h"

#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <deque>
#include <optional>
#include <utility>

namespace ef::test {

namespace {

using SteadyClock = std::chrono::steady_clock;

// At most this much is held per direction, in the proxy's queue and again in the receiving
// socket's write buffer, so a slow side slows the sender down as a real link would instead of
// the proxy swallowing everything at once.
constexpr qint64 Window = 64 * 1024;

// A bucket holds at most 50 ms of traffic: after an idle moment the link does not burst far
// above its rate. Waiting at least 10 ms between writes keeps the timers from spinning.
constexpr double BurstSeconds = 0.05;
constexpr std::chrono::milliseconds MinimumWait {10};

// Uniform in [0, 1) from the top 53 bits: the same on every standard library, unlike
// std::uniform_real_distribution.
double uniform(std::mt19937_64 &random)
{
    return static_cast<double>(random() >> 11) * 0x1.0p-53;
}

} // namespace

// One accepted client connection, its connection to the server, and the two pipes between them.
class FaultProxy::Connection : public QObject
{
public:
    Connection(FaultProxy &proxy, QTcpSocket *client, int number);
    ~Connection() override;

    void apply(ArmedFault &armed);
    void start(const QHostAddress &address, quint16 port);
    void drop();
    void pump();

private:
    enum Side { Client = 0, Server = 1 };

    struct Chunk
    {
        QByteArray data;
        qsizetype sent = 0;
        TimePoint due;
    };

    struct Pipe
    {
        Pipe(Direction direction, Side from, Side to)
            : direction(direction)
            , from(from)
            , to(to)
        { }

        Direction direction;
        Side from;
        Side to;
        std::deque<Chunk> queue;
        qint64 queued = 0; // bytes in the queue
        qint64 taken = 0; // bytes read from `from`
        qint64 sent = 0; // bytes written to `to`
        qint64 cutAt = -1; // the connection is dropped once `sent` reaches it
        bool closing = false; // `to` is being closed after `from` closed and the queue emptied
        // DropChunks: a draw at every chunk boundary decides whether the link dies there.
        std::optional<std::mt19937_64> random;
        double probability = 0.0;
        qint64 chunk = 0;
        qint64 nextDraw = 0;
    };

    void pumpOnce();
    void pull(Pipe &pipe, TimePoint now);
    void push(Pipe &pipe, TimePoint now, TimePoint &wake);
    void arrived(Pipe &pipe, const QByteArray &data);
    void findHeadEnd(const QByteArray &data);
    void startDuplicate();
    void socketGone(Side side);
    void finishIfDone();

    FaultProxy &m_proxy;
    int m_number;
    std::array<QTcpSocket *, 2> m_sockets;
    std::array<bool, 2> m_gone {false, false};
    std::array<Pipe, 2> m_pipes;
    QTimer m_timer;
    QHostAddress m_targetAddress;
    quint16 m_targetPort = 0;
    bool m_dropAtStart = false;
    bool m_dropped = false;
    bool m_finished = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;

    // TruncateRequest: the request head is searched for its blank line; the body then gets
    // m_truncateBody bytes.
    qint64 m_truncateBody = -1;
    QByteArray m_headTail;

    // DuplicateRequest: what the client sent before the server's first answer, and the second
    // upstream connection that sends it again.
    bool m_recordRequest = false;
    QByteArray m_firstRequest;
    QTcpSocket *m_duplicate = nullptr;
    bool m_duplicateAnswered = false;
    bool m_duplicateGone = false;
};

FaultProxy::Connection::Connection(FaultProxy &proxy, QTcpSocket *client, int number)
    : QObject(&proxy)
    , m_proxy(proxy)
    , m_number(number)
    , m_sockets {client, new QTcpSocket(this)}
    , m_pipes {Pipe(Direction::ClientToServer, Client, Server),
          Pipe(Direction::ServerToClient, Server, Client)}
{
    client->setParent(this);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Connection::pump);
}

FaultProxy::Connection::~Connection()
{
    // Sockets deleted with this object may still report their closing; nobody is left to listen.
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

void FaultProxy::Connection::apply(ArmedFault &armed)
{
    const Fault &fault = armed.fault;
    auto cut = [](Pipe &pipe, qint64 at) {
        pipe.cutAt = pipe.cutAt < 0 ? at : std::min(pipe.cutAt, at);
    };
    switch (fault.kind) {
    case Fault::Kind::DropAfterRequestBytes:
        cut(m_pipes[0], fault.bytes);
        break;
    case Fault::Kind::DropAfterResponseBytes:
        cut(m_pipes[1], fault.bytes);
        break;
    case Fault::Kind::TruncateRequest:
        m_truncateBody = m_truncateBody < 0 ? fault.bytes : std::min(m_truncateBody, fault.bytes);
        break;
    case Fault::Kind::DuplicateRequest:
        m_recordRequest = true;
        break;
    case Fault::Kind::DropConnections:
        if (uniform(armed.random) < fault.probability)
            m_dropAtStart = true;
        break;
    case Fault::Kind::DropChunks:
        // Each pipe gets a generator of its own, so where one direction is cut does not depend
        // on how the other direction's bytes happened to interleave with it.
        for (Pipe &pipe : m_pipes) {
            pipe.random.emplace(armed.random());
            pipe.probability = fault.probability;
            pipe.chunk = std::max<qint64>(1, fault.bytes);
            pipe.nextDraw = 0;
        }
        break;
    }
}

void FaultProxy::Connection::start(const QHostAddress &address, quint16 port)
{
    m_targetAddress = address;
    m_targetPort = port;
    for (Side side : {Client, Server}) {
        QTcpSocket *socket = m_sockets[side];
        socket->setReadBufferSize(Window);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::pump);
        connect(socket, &QTcpSocket::bytesWritten, this, [this, side](qint64 bytes) {
            m_proxy.countForwarded(
                side == Server ? Direction::ClientToServer : Direction::ServerToClient, bytes);
            pump();
        });
        // Unconnected covers a remote close, our own close and a failed connect alike.
        connect(socket, &QTcpSocket::stateChanged, this,
            [this, side](QAbstractSocket::SocketState state) {
                if (state == QAbstractSocket::UnconnectedState)
                    socketGone(side);
            });
    }
    m_sockets[Client]->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_sockets[Server], &QTcpSocket::connected, this, [this] {
        m_sockets[Server]->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        pump();
    });

    if (m_dropAtStart) {
        m_gone[Server] = true;
        drop();
        return;
    }
    m_sockets[Server]->connectToHost(address, port);
    pump();
}

void FaultProxy::Connection::drop()
{
    if (m_dropped || m_finished || (m_gone[Client] && m_gone[Server]))
        return;
    m_dropped = true;
    m_timer.stop();
    for (Pipe &pipe : m_pipes) {
        pipe.queue.clear();
        pipe.queued = 0;
    }
    m_proxy.countDrop(m_number);
    // disconnectFromHost() first writes out what was already handed to the socket, so the
    // other side gets exactly the bytes let through before the cut.
    for (Side side : {Client, Server}) {
        if (!m_gone[side])
            m_sockets[side]->disconnectFromHost();
    }
    finishIfDone();
}

void FaultProxy::Connection::pump()
{
    // Writing and closing sockets can report back into this object; one pass at a time.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        pumpOnce();
    } while (m_pumpAgain && !m_finished);
    m_pumping = false;
}

void FaultProxy::Connection::pumpOnce()
{
    if (m_finished || m_dropped)
        return;
    const TimePoint now = SteadyClock::now();
    TimePoint wake = TimePoint::max();
    for (Pipe &pipe : m_pipes)
        pull(pipe, now);
    for (Pipe &pipe : m_pipes) {
        push(pipe, now, wake);
        if (m_dropped)
            return;
    }
    // A side that closed is closed on the other side too once everything it sent is through.
    for (Pipe &pipe : m_pipes) {
        if (pipe.closing || m_gone[pipe.to] || !m_gone[pipe.from] || !pipe.queue.empty()
            || m_sockets[pipe.from]->bytesAvailable() > 0)
            continue;
        pipe.closing = true;
        m_sockets[pipe.to]->disconnectFromHost();
    }
    if (wake != TimePoint::max()) {
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(wake - now);
        m_timer.start(std::max(wait, std::chrono::milliseconds {0}));
    }
    finishIfDone();
}

void FaultProxy::Connection::pull(Pipe &pipe, TimePoint now)
{
    QTcpSocket *from = m_sockets[pipe.from];
    if (m_gone[pipe.to]) {
        // Nobody left to receive it.
        if (from->bytesAvailable() > 0)
            from->readAll();
        return;
    }
    const auto latency = m_proxy.link(pipe.direction).latency;
    while (pipe.queued < Window && from->bytesAvailable() > 0) {
        const QByteArray data = from->read(std::min(from->bytesAvailable(), Window - pipe.queued));
        if (data.isEmpty())
            break;
        arrived(pipe, data);
        pipe.taken += data.size();
        pipe.queued += data.size();
        pipe.queue.push_back(Chunk {data, 0, now + latency});
    }
}

void FaultProxy::Connection::push(Pipe &pipe, TimePoint now, TimePoint &wake)
{
    if (m_gone[pipe.to]) {
        pipe.queue.clear();
        pipe.queued = 0;
        return;
    }
    QTcpSocket *to = m_sockets[pipe.to];
    if (to->state() != QAbstractSocket::ConnectedState)
        return; // the server is still being connected to; connected() pumps again
    auto cutReached = [&pipe] { return pipe.cutAt >= 0 && pipe.sent >= pipe.cutAt; };
    while (!pipe.queue.empty()) {
        if (pipe.random && pipe.sent == pipe.nextDraw) {
            if (uniform(*pipe.random) < pipe.probability)
                pipe.cutAt = pipe.sent;
            else
                pipe.nextDraw += pipe.chunk;
        }
        if (cutReached())
            break;
        Chunk &chunk = pipe.queue.front();
        if (chunk.due > now) {
            wake = std::min(wake, chunk.due);
            break;
        }
        if (to->bytesToWrite() >= Window)
            break; // bytesWritten() pumps again
        qint64 bytes = chunk.data.size() - chunk.sent;
        if (pipe.cutAt >= 0)
            bytes = std::min(bytes, pipe.cutAt - pipe.sent);
        if (pipe.random)
            bytes = std::min(bytes, pipe.nextDraw - pipe.sent);
        bytes = m_proxy.grant(pipe.direction, bytes, now);
        if (bytes == 0) {
            wake = std::min(wake, m_proxy.nextGrant(pipe.direction, now));
            break;
        }
        to->write(chunk.data.constData() + chunk.sent, bytes);
        chunk.sent += bytes;
        pipe.sent += bytes;
        pipe.queued -= bytes;
        if (chunk.sent == chunk.data.size())
            pipe.queue.pop_front();
    }
    if (cutReached())
        drop();
}

void FaultProxy::Connection::arrived(Pipe &pipe, const QByteArray &data)
{
    if (pipe.direction == Direction::ClientToServer) {
        if (m_truncateBody >= 0)
            findHeadEnd(data);
        if (m_recordRequest)
            m_firstRequest += data;
    } else if (m_recordRequest) {
        // The server answers: the original request has arrived and been acted on.
        m_recordRequest = false;
        startDuplicate();
    }
}

void FaultProxy::Connection::findHeadEnd(const QByteArray &data)
{
    Pipe &request = m_pipes[0];
    const QByteArray seen = m_headTail + data;
    const qsizetype at = seen.indexOf("\r\n\r\n");
    if (at < 0) {
        m_headTail = seen.right(3);
        return;
    }
    const qint64 bodyStart = request.taken - m_headTail.size() + at + 4;
    const qint64 cut = bodyStart + m_truncateBody;
    request.cutAt = request.cutAt < 0 ? cut : std::min(request.cutAt, cut);
    m_truncateBody = -1;
    m_headTail.clear();
}

void FaultProxy::Connection::startDuplicate()
{
    m_duplicate = new QTcpSocket(this);
    connect(
        m_duplicate, &QTcpSocket::connected, this, [this] { m_duplicate->write(m_firstRequest); });
    connect(m_duplicate, &QTcpSocket::bytesWritten, this,
        [this](qint64 bytes) { m_proxy.countForwarded(Direction::ClientToServer, bytes); });
    connect(m_duplicate, &QTcpSocket::readyRead, this, [this] {
        m_duplicate->readAll();
        m_duplicateAnswered = true;
        finishIfDone();
    });
    connect(
        m_duplicate, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
            if (state != QAbstractSocket::UnconnectedState)
                return;
            m_duplicateGone = true;
            finishIfDone();
        });
    m_duplicate->connectToHost(m_targetAddress, m_targetPort);
}

void FaultProxy::Connection::socketGone(Side side)
{
    if (m_gone[side])
        return;
    m_gone[side] = true;
    pump();
    finishIfDone();
}

void FaultProxy::Connection::finishIfDone()
{
    if (m_finished || !m_gone[Client] || !m_gone[Server])
        return;
    if (m_duplicate && !m_duplicateGone) {
        // The copy stays until the server has answered it, so the server is not cut off while
        // it still works on it.
        if (m_duplicateAnswered && m_duplicate->state() == QAbstractSocket::ConnectedState)
            m_duplicate->disconnectFromHost();
        return;
    }
    m_finished = true;
    m_timer.stop();
    m_proxy.forget(this);
    deleteLater();
}

// --- Fault

FaultProxy::Fault FaultProxy::Fault::dropAfterRequestBytes(qint64 bytes)
{
    Fault f;
    f.kind = Kind::DropAfterRequestBytes;
    f.bytes = bytes;
    return f;
}

FaultProxy::Fault FaultProxy::Fault::dropAfterResponseBytes(qint64 bytes)
{
    Fault f;
    f.kind = Kind::DropAfterResponseBytes;
    f.bytes = bytes;
    return f;
}

FaultProxy::Fault FaultProxy::Fault::truncateRequest(qint64 bodyBytes)
{
    Fault f;
    f.kind = Kind::TruncateRequest;
    f.bytes = bodyBytes;
    return f;
}

FaultProxy::Fault FaultProxy::Fault::duplicateRequest()
{
    Fault f;
    f.kind = Kind::DuplicateRequest;
    return f;
}

FaultProxy::Fault FaultProxy::Fault::dropConnections(double probability, quint64 seed)
{
    Fault f;
    f.kind = Kind::DropConnections;
    f.probability = probability;
    f.seed = seed;
    return f;
}

FaultProxy::Fault FaultProxy::Fault::dropChunks(double probability, quint64 seed, qint64 chunkBytes)
{
    Fault f;
    f.kind = Kind::DropChunks;
    f.probability = probability;
    f.seed = seed;
    f.bytes = chunkBytes;
    return f;
}

FaultProxy::Fault FaultProxy::Fault::onConnection(int n) const
{
    Q_ASSERT(n >= 1);
    Fault f = *this;
    f.connection = n;
    return f;
}

FaultProxy::Fault FaultProxy::Fault::onEveryConnection() const
{
    Fault f = *this;
    f.connection = EveryConnection;
    return f;
}

// --- FaultProxy

FaultProxy::FaultProxy(const QHostAddress &targetAddress, quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetAddress(targetAddress)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::acceptPending);
}

FaultProxy::~FaultProxy()
{
    // Connections are deleted here, while the members they report to still exist.
    const QList<Connection *> connections = std::exchange(m_connections, {});
    qDeleteAll(connections);
}

bool FaultProxy::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void FaultProxy::setTarget(const QHostAddress &address, quint16 port)
{
    m_targetAddress = address;
    m_targetPort = port;
}

void FaultProxy::addFault(const Fault &fault)
{
    m_faults.append(ArmedFault {fault, 0, std::mt19937_64(fault.seed)});
}

void FaultProxy::clearFaults()
{
    m_faults.clear();
}

void FaultProxy::dropAllConnections()
{
    // Dropping removes connections from the list as they finish.
    const QList<Connection *> connections = m_connections;
    for (Connection *connection : connections)
        connection->drop();
}

void FaultProxy::setLatency(Direction direction, std::chrono::milliseconds latency)
{
    link(direction).latency = latency;
}

void FaultProxy::setBandwidth(Direction direction, qint64 bytesPerSecond)
{
    Link &l = link(direction);
    l.bytesPerSecond = std::max<qint64>(0, bytesPerSecond);
    l.tokens = 0.0;
    l.refilled = SteadyClock::now();
    // Connections waiting for the old rate would otherwise sleep on it.
    const QList<Connection *> connections = m_connections;
    for (Connection *connection : connections)
        connection->pump();
}

void FaultProxy::refuseConnections()
{
    m_server.close();
}

bool FaultProxy::resumeConnections()
{
    if (m_server.isListening())
        return true;
    return m_server.listen(QHostAddress::LocalHost, m_port);
}

qint64 FaultProxy::bytesForwarded(Direction direction) const
{
    return m_forwarded[static_cast<int>(direction)];
}

void FaultProxy::resetCounters()
{
    m_forwarded = {0, 0};
    m_accepted = 0;
    m_dropped = 0;
}

void FaultProxy::acceptPending()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_accepted;
        auto *connection = new Connection(*this, socket, ++m_lastNumber);
        m_connections.append(connection);
        for (qsizetype i = 0; i < m_faults.size();) {
            ArmedFault &armed = m_faults[i];
            ++armed.seen;
            const int which = armed.fault.connection;
            if (which == Fault::EveryConnection || armed.seen == which)
                connection->apply(armed);
            if (which != Fault::EveryConnection && armed.seen >= which)
                m_faults.removeAt(i);
            else
                ++i;
        }
        connection->start(m_targetAddress, m_targetPort);
    }
}

void FaultProxy::forget(Connection *connection)
{
    m_connections.removeOne(connection);
}

void FaultProxy::countDrop(int connection)
{
    ++m_dropped;
    Q_EMIT connectionDropped(connection);
}

void FaultProxy::countForwarded(Direction direction, qint64 bytes)
{
    m_forwarded[static_cast<int>(direction)] += bytes;
}

qint64 FaultProxy::grant(Direction direction, qint64 wanted, TimePoint now)
{
    Link &l = link(direction);
    if (l.bytesPerSecond <= 0)
        return wanted;
    const double rate = static_cast<double>(l.bytesPerSecond);
    const double elapsed = std::chrono::duration<double>(now - l.refilled).count();
    if (elapsed > 0) {
        l.tokens = std::min(std::max(rate * BurstSeconds, 1.0), l.tokens + rate * elapsed);
        l.refilled = now;
    }
    const qint64 granted = std::min(wanted, static_cast<qint64>(std::floor(l.tokens)));
    l.tokens -= static_cast<double>(granted);
    return granted;
}

FaultProxy::TimePoint FaultProxy::nextGrant(Direction direction, TimePoint now) const
{
    const Link &l = link(direction);
    const double missing = 1.0 - l.tokens;
    const auto wait
        = std::chrono::duration<double>(missing / static_cast<double>(l.bytesPerSecond));
    return now
        + std::max<SteadyClock::duration>(
            MinimumWait, std::chrono::ceil<SteadyClock::duration>(wait));
}

} // namespace ef::test
