// Attack: reading passwords and tokens off the network or off the machine: a server listening
// on the network without TLS, a PostgreSQL password on the command line (every user of the
// machine reads it in the process list), a password typed at a terminal that echoes it. The
// server refuses to start that way, and with nothing started, no store is made.
#include "ServerProcess.h"
#include "SyncOffice.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#ifndef Q_OS_WIN
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace ef::test {
namespace {

struct Finished
{
    int exitCode = -1;
    QString out, err;
};

Finished runServer(const QStringList &arguments, const QString &input = {})
{
    QProcess p;
    p.start(ServerProcess::executable(), arguments);
    EXPECT_TRUE(p.waitForStarted(10000));
    if (!input.isEmpty())
        p.write(input.toUtf8() + '\n');
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

TEST(ClearText, ListeningOnTheNetworkWithoutTlsIsRefused)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("server"));
    const Finished refused = runServer({QStringLiteral("--data"), data, QStringLiteral("--listen"),
        QStringLiteral("0.0.0.0"), QStringLiteral("--port"), QStringLiteral("0")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"--insecure-no-tls")) << refused.err.toStdString();
    EXPECT_FALSE(QDir(data).exists()) << "refused before any store was made";
}

TEST(ClearText, InsecureNoTlsStartsAndWarnsAtEveryStart)
{
    QTemporaryDir dir;
    const QStringList arguments {QStringLiteral("--data"), dir.filePath(QStringLiteral("server")),
        QStringLiteral("--listen"), QStringLiteral("0.0.0.0"), QStringLiteral("--port"),
        QStringLiteral("0"), QStringLiteral("--insecure-no-tls")};
    for (int start = 0; start < 2; ++start) {
        QProcess p;
        p.start(ServerProcess::executable(), arguments);
        ASSERT_TRUE(p.waitForStarted(10000));
        QByteArray out;
        while (!out.contains("listening on") && p.waitForReadyRead(20000))
            out += p.readAllStandardOutput();
        EXPECT_TRUE(out.contains("listening on")) << out.toStdString();
        const QString err = QString::fromUtf8(p.readAllStandardError());
        EXPECT_TRUE(err.contains(u"WARNING") && err.contains(u"unencrypted"))
            << "start " << start << ": " << err.toStdString();
        p.terminate();
        p.waitForFinished(10000);
    }
}

TEST(ClearText, ThePostgresPasswordIsNeverTakenFromTheCommandLine)
{
    const Finished inline_ = runServer({QStringLiteral("--postgres"),
        QStringLiteral("host=127.0.0.1 port=1 dbname=x user=y password=hunter2-secret"),
        QStringLiteral("institutions")});
    EXPECT_EQ(inline_.exitCode, 2);
    EXPECT_TRUE(inline_.err.contains(u"PGPASSWORD")) << inline_.err.toStdString();
    EXPECT_FALSE(inline_.err.contains(u"hunter2")) << "the refusal does not repeat it";

    const Finished missing = runServer(
        {QStringLiteral("--postgres"), QStringLiteral("host=127.0.0.1 port=1 dbname=x user=y"),
            QStringLiteral("--postgres-password-file"), QStringLiteral("/nonexistent/pgpass"),
            QStringLiteral("institutions")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(u"--postgres-password-file")) << missing.err.toStdString();
}

#ifndef Q_OS_WIN // a pseudo-terminal of POSIX; the Windows console path is the same idea
TEST(ClearText, APasswordTypedAtATerminalIsNotEchoed)
{
    ServerProcess store; // SQLite here, or PostgreSQL in the postgres runs
    ASSERT_TRUE(store.start({{}, {{QStringLiteral("anna"), QStringLiteral("auditor")}},
        QStringLiteral("the first password")}))
        << store.error().toStdString();
    const QByteArray secret = "a new secret password";
    const QByteArray program = ServerProcess::executable().toLocal8Bit();
    QList<QByteArray> args {program};
    for (const QString &a : store.storeArguments()
            + QStringList {
                QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("anna")})
        args << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    int terminal = -1;
    const pid_t child = forkpty(&terminal, nullptr, nullptr, nullptr);
    ASSERT_GE(child, 0);
    if (child == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    // What the terminal shows: wait for the prompt, type the password, read to the end.
    QByteArray shown;
    char buffer[4096];
    while (!shown.contains("Password:")) {
        const ssize_t n = read(terminal, buffer, sizeof buffer);
        if (n <= 0)
            break;
        shown.append(buffer, n);
    }
    ASSERT_TRUE(shown.contains("Password:")) << shown.toStdString();
    ASSERT_EQ(write(terminal, secret.constData(), secret.size()), secret.size());
    ASSERT_EQ(write(terminal, "\n", 1), 1);
    for (;;) {
        const ssize_t n = read(terminal, buffer, sizeof buffer);
        if (n <= 0)
            break;
        shown.append(buffer, n);
    }
    int status = 0;
    waitpid(child, &status, 0);
    close(terminal);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << shown.toStdString();
    EXPECT_FALSE(shown.contains(secret)) << shown.toStdString();
    EXPECT_TRUE(shown.contains("password of anna changed")) << shown.toStdString();
    EXPECT_EQ(login(store.url(), QStringLiteral("anna"), QString::fromLatin1(secret),
                  Uuid::fromString(QStringLiteral("019ab697-e800-7290-a447-b07182a5ac03")).value())
                  .status,
        200);
}
#endif

} // namespace
} // namespace ef::test
