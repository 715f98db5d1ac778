// A TCP proxy on 127.0.0.1 that a test puts between the sync client and a real server to spoil
// the link on purpose: dropped, cut or repeated requests, latency, little bandwidth, a server down.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <array>
#include <chrono>
#include <random>

namespace ef::test {

class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Direction { ClientToServer, ServerToClient };

    // One failure to inject, made by the factories below. It applies once, to the next connection
    // the proxy accepts, unless onConnection() or onEveryConnection() says otherwise. Thresholds
    // count bytes from the start of a connection, so a client that keeps its connection alive
    // across requests is only affected by the faults that were added before it connected.
    struct Fault
    {
        enum class Kind {
            DropAfterRequestBytes, // close both sides once `bytes` bytes reached the server
            DropAfterResponseBytes, // close both sides once `bytes` bytes reached the client
            TruncateRequest, // pass the first request's head and `bytes` of its body, then close
            DuplicateRequest, // once the server answers, send it the first request again
            DropConnections, // close a connection as soon as it is accepted, with `probability`
            DropChunks, // before each `bytes`-long chunk either way, close with `probability`
        };
        static constexpr int EveryConnection = 0;

        static Fault dropAfterRequestBytes(qint64 bytes);
        static Fault dropAfterResponseBytes(qint64 bytes);
        static Fault truncateRequest(qint64 bodyBytes);
        // The copy goes on a second connection of its own, after the server has started answering
        // the original, so the server sees the request applied and then the same request again;
        // its answer to the copy is read and thrown away.
        static Fault duplicateRequest();
        // Random drops are the same for the same seed and the same order of connections: each
        // connection draws in turn, and where a stream is cut depends only on its byte offsets.
        static Fault dropConnections(double probability, quint64 seed);
        static Fault dropChunks(double probability, quint64 seed, qint64 chunkBytes = 1024);

        // The nth connection accepted after the fault is added (1: the next one).
        Fault onConnection(int n) const;
        Fault onEveryConnection() const;

        Kind kind = Kind::DropAfterRequestBytes;
        qint64 bytes = 0;
        double probability = 0.0;
        quint64 seed = 0;
        int connection = 1; // counted from when the fault is added, or EveryConnection
    };

    FaultProxy(const QHostAddress &targetAddress, quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1 on a free port; false (see errorString()) when it cannot.
    bool listen();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_server.errorString(); }
    // Where new connections go from now on, e.g. to a server restarted on another port.
    void setTarget(const QHostAddress &address, quint16 port);

    void addFault(const Fault &fault);
    void clearFaults();
    // Closes every open connection now, as a lost link would; each counts as dropped.
    void dropAllConnections();

    // Holds every byte read from now on for this long before passing it on.
    void setLatency(Direction direction, std::chrono::milliseconds latency);
    // One limit shared by all connections, as on one link; 0 for none. 256 kbit/s is 32'000.
    void setBandwidth(Direction direction, qint64 bytesPerSecond);

    // Stops listening, so connecting is refused as with a stopped server; open connections carry
    // on. resumeConnections() listens on the same port again: false if it has been taken.
    void refuseConnections();
    bool resumeConnections();
    bool isRefusingConnections() const { return m_port != 0 && !m_server.isListening(); }

    // Bytes the receiving side's socket took, so what reached the other side: bytes still held
    // by a latency or thrown away by a drop are not counted, the copies of duplicateRequest are.
    qint64 bytesForwarded(Direction direction) const;
    int connectionsAccepted() const { return m_accepted; }
    // Closed by a fault or by dropAllConnections().
    int connectionsDropped() const { return m_dropped; }
    void resetCounters();

Q_SIGNALS:
    // `connection` is 1 for the first connection this proxy accepted, 2 for the second …
    void connectionDropped(int connection);

private:
    class Connection;
    using TimePoint = std::chrono::steady_clock::time_point;

    struct ArmedFault
    {
        Fault fault;
        int seen = 0; // connections accepted since the fault was added
        std::mt19937_64 random;
    };

    // A direction of the link: its latency, and a token bucket when its bandwidth is limited.
    struct Link
    {
        std::chrono::milliseconds latency {0};
        qint64 bytesPerSecond = 0;
        double tokens = 0.0;
        TimePoint refilled;
    };

    void acceptPending();
    void forget(Connection *connection);
    void countDrop(int connection);
    void countForwarded(Direction direction, qint64 bytes);
    // How many of `wanted` bytes the bandwidth lets through now, taken from the bucket.
    qint64 grant(Direction direction, qint64 wanted, TimePoint now);
    TimePoint nextGrant(Direction direction, TimePoint now) const;
    Link &link(Direction direction) { return m_links[static_cast<int>(direction)]; }
    const Link &link(Direction direction) const { return m_links[static_cast<int>(direction)]; }

    QTcpServer m_server;
    quint16 m_port = 0;
    QHostAddress m_targetAddress;
    quint16 m_targetPort;
    QList<ArmedFault> m_faults;
    QList<Connection *> m_connections;
    std::array<Link, 2> m_links;
    std::array<qint64, 2> m_forwarded {0, 0};
    int m_accepted = 0;
    int m_dropped = 0;
    int m_lastNumber = 0;
};

} // namespace ef::test
