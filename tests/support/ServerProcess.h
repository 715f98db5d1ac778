// A real edufusion-server process on 127.0.0.1 for one test: a fresh SQLite data folder (or a
// PostgreSQL connection string), a free port, administration commands, and kill/restart on the
// same port so a test can take the server down in the middle of a sync.
#pragma once

#include <QHash>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace ef::test {

class ServerProcess
{
public:
    // postgres: a connection string; empty for the SQLite store in a temporary folder, or,
    // when EDUFUSION_TEST_POSTGRES names a cluster's connection file (the "postgres" CTest
    // fixture writes one), a fresh database of its own in that cluster, dropped at the end.
    explicit ServerProcess(QString postgres = {});
    ~ServerProcess();

    // More arguments for every later start (after --listen and --port).
    void setArguments(const QStringList &arguments) { m_arguments = arguments; }
    // Starts the server (on the port it had before, after a restart); false with a message
    // in error() when it does not come up.
    bool start();
    void stop(); // asks it to end and waits
    void kill(); // ends it at once, as a crash or power cut would
    bool restart()
    {
        stop();
        return start();
    }
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QUrl url() const;
    QString error() const { return m_error; }
    // The server's "listening on … with <store>" line, as it printed it when it started.
    QString banner() const { return m_banner; }

    // Runs an administration command (e.g. {"user", "add", "anna", "--role", "coordinator"})
    // with `input` on standard input; returns its standard output, or a null string on failure.
    QString admin(const QStringList &arguments, const QString &input = {});
    // Convenience: an institution (returns its id) and a user with a password.
    QString addInstitution(const QString &nameEn);
    bool addUser(const QString &name, const QString &role, const QString &password,
        const QString &institution = {});

    // What a suite or a benchmark needs on its server before the first request: institutions
    // (by English name) and accounts, every one with the same password.
    struct Account
    {
        QString name;
        QString role; // "coordinator", "officer" or "auditor"
        QString institution = {}; // an officer's: one of the setup's institution names
    };
    struct Setup
    {
        QStringList institutions;
        QList<Account> accounts;
        QString password;
        QStringList arguments = {}; // more for serving, such as {"--trusted-proxy", "127.0.0.1"}
    };
    // Starts the server and adds them; false with a message in error() when any step fails.
    bool start(const Setup &setup);
    // The id the server gave an institution of the setup (empty for a name it did not add).
    QString institutionId(const QString &nameEn) const { return m_institutions.value(nameEn); }

    // Every row of the named server tables, one line each ("table: v1|v2|…", bytes in hex),
    // sorted: an attack test takes them before and after and shows that nothing changed. An
    // empty list when the store cannot be read (error() says why).
    QStringList rows(const QStringList &tables);
    // The tables that hold the server's synced data and the state of its devices.
    static QStringList dataTables();

    static QString executable();
    // "SQLite" or "PostgreSQL": which store this server runs on.
    QString backend() const;
    // The SQLite store's folder (empty on PostgreSQL).
    QString dataDir() const
    {
        return m_postgres.isEmpty() ? m_dir.filePath(QStringLiteral("server")) : QString();
    }

    // The arguments that name this server's store, for a command a test runs itself.
    QStringList storeArguments() const;

private:
    QTemporaryDir m_dir;
    QString m_postgres;
    QString m_createdDatabase; // dropped at the end, on the cluster's maintenance connection
    QString m_cluster;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
    QString m_banner;
    QHash<QString, QString> m_institutions; // English name → id, of the setup
    QStringList m_arguments;
};

} // namespace ef::test
