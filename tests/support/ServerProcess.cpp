#include "ServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>

namespace ef::test {

ServerProcess::ServerProcess(QString postgres)
    : m_postgres(std::move(postgres))
{ }

ServerProcess::~ServerProcess()
{
    stop();
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
    return {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server"))};
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
    m_process = std::make_unique<QProcess>();
    // The server's log goes to the test's output.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(executable(),
        storeArguments()
            + QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"), QString::number(m_port)});
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
            return true;
        }
    }
    m_error = QStringLiteral("the server did not start: %1 %2")
                  .arg(QString::fromUtf8(seen),
                      QString::fromUtf8(m_process->readAllStandardError()));
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

bool ServerProcess::addUser(const QString &name, const QString &role, const QString &password,
    const QString &institution)
{
    QStringList args {QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
        role};
    if (!institution.isEmpty())
        args << QStringLiteral("--institution") << institution;
    return !admin(args, password).isNull();
}

} // namespace ef::test
