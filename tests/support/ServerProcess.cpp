#include "ServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace ef::test {

namespace {

// Runs one statement with psql on the cluster's maintenance database; false on failure.
bool psql(const QString &conninfo, const QString &sql, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("psql"),
        {conninfo, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qc"),
            sql});
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("psql %1: %2 %3")
                     .arg(sql, p.errorString(), QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace

ServerProcess::ServerProcess(QString postgres)
    : m_postgres(std::move(postgres))
{
    const QString clusterFile = qEnvironmentVariable("EDUFUSION_TEST_POSTGRES");
    if (!m_postgres.isEmpty() || clusterFile.isEmpty())
        return;
    QFile file(clusterFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("no PostgreSQL cluster: cannot read %1").arg(clusterFile);
        m_postgres = QStringLiteral("unavailable");
        return;
    }
    m_cluster = QString::fromUtf8(file.readAll()).trimmed();
    const QString name
        = QStringLiteral("ef_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    if (!psql(m_cluster, QStringLiteral("CREATE DATABASE %1").arg(name), &m_error)) {
        m_postgres = QStringLiteral("unavailable");
        return;
    }
    m_createdDatabase = name;
    static const QRegularExpression dbname(QStringLiteral("dbname=\\S+"));
    m_postgres = QString(m_cluster).replace(dbname, QStringLiteral("dbname=") + name);
}

ServerProcess::~ServerProcess()
{
    stop();
    if (!m_createdDatabase.isEmpty()) {
        QString ignored;
        psql(m_cluster,
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_createdDatabase),
            &ignored);
    }
}

QString ServerProcess::backend() const
{
    return m_postgres.isEmpty() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

QString ServerProcess::executable()
{
    return QDir(qEnvironmentVariable("EDUFUSION_BIN_DIR", QStringLiteral(EF_BIN_DIR)))
        .filePath(QStringLiteral("edufusion-server"));
}

QStringList ServerProcess::storeArguments() const
{
    if (!m_postgres.isEmpty())
        return {QStringLiteral("--postgres"), m_postgres};
    return {QStringLiteral("--data"), dataDir()};
}

QUrl ServerProcess::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool ServerProcess::start()
{
    if (m_postgres == u"unavailable")
        return false; // m_error says why
    m_process = std::make_unique<QProcess>();
    // The server's log goes to the test's output.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(executable(),
        storeArguments()
            + QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"), QString::number(m_port)}
            + m_arguments);
    if (!m_process->waitForStarted(10000)) {
        m_error = m_process->errorString();
        return false;
    }
    // The server prints "listening on 127.0.0.1:PORT …" once it accepts connections.
    static const QRegularExpression listening(QStringLiteral("listening on [^ ]*:(\\d+)"));
    QByteArray seen;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_process->state() != QProcess::Running)
                break;
            continue;
        }
        seen += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            m_banner = QString::fromUtf8(seen).trimmed();
            return true;
        }
    }
    m_error
        = QStringLiteral("the server did not start: %1 %2")
              .arg(QString::fromUtf8(seen), QString::fromUtf8(m_process->readAllStandardError()));
    return false;
}

void ServerProcess::stop()
{
    if (!isRunning())
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void ServerProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
}

QString ServerProcess::admin(const QStringList &arguments, const QString &input)
{
    QProcess p;
    p.start(executable(), storeArguments() + arguments);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input.toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        m_error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    return out.isNull() ? QStringLiteral("") : out;
}

QString ServerProcess::addInstitution(const QString &nameEn)
{
    return admin({QStringLiteral("institution"), QStringLiteral("add"), QStringLiteral("--name-en"),
                     nameEn, QStringLiteral("--country"), QStringLiteral("KZ")})
        .trimmed();
}

bool ServerProcess::addUser(
    const QString &name, const QString &role, const QString &password, const QString &institution)
{
    QStringList args {
        QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role};
    if (!institution.isEmpty())
        args << QStringLiteral("--institution") << institution;
    return !admin(args, password).isNull();
}

QStringList ServerProcess::dataTables()
{
    return {QStringLiteral("counter"), QStringLiteral("records"), QStringLiteral("writes"),
        QStringLiteral("changes"), QStringLiteral("conflicts"), QStringLiteral("devices"),
        QStringLiteral("tokens"), QStringLiteral("users")};
}

QStringList ServerProcess::rows(const QStringList &tables)
{
    QStringList out;
    if (!m_postgres.isEmpty()) {
        for (const QString &table : tables) {
            QProcess p;
            p.start(QStringLiteral("psql"),
                {m_postgres, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-Atc"), QStringLiteral("SELECT * FROM %1").arg(table)});
            if (!p.waitForStarted(10000) || !p.waitForFinished(60000) || p.exitCode() != 0) {
                m_error
                    = QStringLiteral("psql: %1").arg(QString::fromUtf8(p.readAllStandardError()));
                return {};
            }
            const QStringList lines
                = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            for (const QString &line : lines)
                out << table + QStringLiteral(": ") + line;
        }
        out.sort();
        return out;
    }
    const QString name = QStringLiteral("rows-%1").arg(QUuid::createUuid().toString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDir()).filePath(QStringLiteral("server.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            m_error = db.lastError().text();
        } else {
            for (const QString &table : tables) {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
                    m_error = q.lastError().text();
                    out.clear();
                    break;
                }
                while (q.next()) {
                    QStringList values;
                    for (int i = 0; i < q.record().count(); ++i) {
                        const QVariant v = q.value(i);
                        values << (v.typeId() == QMetaType::QByteArray
                                ? QString::fromLatin1(v.toByteArray().toHex())
                                : v.toString());
                    }
                    out << table + QStringLiteral(": ") + values.join(u'|');
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    out.sort();
    return out;
}

bool ServerProcess::start(const Setup &setup)
{
    m_arguments = setup.arguments;
    if (!start())
        return false;
    for (const QString &name : setup.institutions) {
        const QString id = addInstitution(name);
        if (id.isEmpty()) {
            m_error = QStringLiteral("cannot add the institution %1: %2").arg(name, m_error);
            return false;
        }
        m_institutions.insert(name, id);
    }
    for (const Account &a : setup.accounts) {
        const QString institution
            = a.institution.isEmpty() ? QString() : institutionId(a.institution);
        if (!a.institution.isEmpty() && institution.isEmpty()) {
            m_error = QStringLiteral("the account %1 names %2, which is not in the setup")
                          .arg(a.name, a.institution);
            return false;
        }
        if (!addUser(a.name, a.role, setup.password, institution)) {
            m_error = QStringLiteral("cannot add the account %1: %2").arg(a.name, m_error);
            return false;
        }
    }
    return true;
}

} // namespace ef::test
