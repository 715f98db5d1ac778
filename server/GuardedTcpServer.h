// The listening socket under the HTTP API: refuses a request that grows past a size cap before
// the HTTP layer buffers it, and speaks TLS when given a certificate and key.
#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

namespace ef {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(qsizetype maxRequestBytes, QObject *parent = nullptr);

    // Serve TLS with this configuration (certificate and private key set).
    void setTls(const QSslConfiguration &config)
    {
        m_tls = config;
        m_useTls = true;
    }
    bool usesTls() const { return m_useTls; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qsizetype m_maxRequestBytes;
    QSslConfiguration m_tls;
    bool m_useTls = false;
};

} // namespace ef
