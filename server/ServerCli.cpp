#include "ServerCli.h"

#include "Accounts.h"
#include "HttpApi.h"
#include "RecordRules.h"
#include "ServerDb.h"
#include "SyncService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>
#include <QTimer>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace ef {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message)
{
    err() << "edufusion-server: " << message << Qt::endl;
    return 2;
}

// A password from standard input, one line: never from the command line, where other users
// of the machine can read it. Typed at a terminal, it is asked for and not echoed, so it stays
// off the screen and out of terminal logs; from a pipe it is read as it comes.
QString readPassword()
{
    const QString prompt = QStringLiteral("Password: ");
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool terminal = GetConsoleMode(input, &mode) != 0;
    if (terminal) {
        SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
        err() << prompt << Qt::flush;
    }
#else
    termios saved {};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    // Echo goes off before the prompt shows, and nothing typed is flushed: a password typed
    // as soon as the prompt appears is neither echoed nor lost.
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        err() << prompt << Qt::flush;
    }
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
#ifdef Q_OS_WIN
        SetConsoleMode(input, mode);
#else
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
#endif
        err() << Qt::endl;
    }
    return line;
}

} // namespace

int ServerCli::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The EduFusion sync server.\n\n"
        "Commands (the default is to serve):\n"
        "  serve\n"
        "  institution add --name-en NAME [--name-ru NAME] [--name-kk NAME] --country CC "
        "[--kind KIND] [--city CITY]\n"
        "  institutions\n"
        "  user add NAME --role coordinator|officer|auditor [--institution ID]  (password on "
        "standard input)\n"
        "  user passwd NAME  (new password on standard input; signs the user's devices out)\n"
        "  user disable NAME | user enable NAME\n"
        "  devices"));
    p.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"),
        QStringLiteral("The folder of the SQLite server store."), QStringLiteral("DIR"));
    const QCommandLineOption postgres(QStringLiteral("postgres"),
        QStringLiteral("Use PostgreSQL: a connection string such as \"host=127.0.0.1 port=5432 "
                       "dbname=edufusion user=edufusion\"."),
        QStringLiteral("CONNINFO"));
    const QCommandLineOption postgresPasswordFile(QStringLiteral("postgres-password-file"),
        QStringLiteral("Read the PostgreSQL password from the first line of this file (or set "
                       "PGPASSWORD); never put it in the connection string."),
        QStringLiteral("FILE"));
    const QCommandLineOption insecure(QStringLiteral("insecure-no-tls"),
        QStringLiteral("Serve plain HTTP on an address other than 127.0.0.1 (passwords and "
                       "data cross the network unencrypted; only behind a TLS proxy)."));
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("The address to listen on (default 127.0.0.1)."), QStringLiteral("ADDR"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("The port (default 8443; 0 picks a free one)."), QStringLiteral("N"),
        QStringLiteral("8443"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this PEM certificate."), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"),
        QStringLiteral("The PEM private key of the certificate."), QStringLiteral("FILE"));
    const QCommandLineOption tokenDays(QStringLiteral("token-days"),
        QStringLiteral("How long a sign-in lasts (default 30 days)."), QStringLiteral("N"),
        QStringLiteral("30"));
    const QCommandLineOption trustedProxy(QStringLiteral("trusted-proxy"),
        QStringLiteral("A reverse proxy (an address or a subnet such as 10.0.0.0/8; repeat or "
                       "separate with commas) whose X-Forwarded-For header names the client."),
        QStringLiteral("ADDR"));
    const QCommandLineOption role(
        QStringLiteral("role"), QStringLiteral("A user's role."), QStringLiteral("ROLE"));
    const QCommandLineOption institution(QStringLiteral("institution"),
        QStringLiteral("An officer's institution (its id)."), QStringLiteral("ID"));
    const QCommandLineOption nameEn(
        QStringLiteral("name-en"), QStringLiteral("Name in English."), QStringLiteral("NAME"));
    const QCommandLineOption nameRu(
        QStringLiteral("name-ru"), QStringLiteral("Name in Russian."), QStringLiteral("NAME"));
    const QCommandLineOption nameKk(
        QStringLiteral("name-kk"), QStringLiteral("Name in Kazakh."), QStringLiteral("NAME"));
    const QCommandLineOption country(QStringLiteral("country"),
        QStringLiteral("Two-letter country code."), QStringLiteral("CC"), QStringLiteral("KZ"));
    const QCommandLineOption kind(QStringLiteral("kind"),
        QStringLiteral("university, company, public_body, accreditation_agency, network, other."),
        QStringLiteral("KIND"), QStringLiteral("university"));
    const QCommandLineOption city(
        QStringLiteral("city"), QStringLiteral("City."), QStringLiteral("CITY"));
    p.addOptions({data, postgres, postgresPasswordFile, insecure, listen, port, cert, key,
        tokenDays, trustedProxy, role, institution, nameEn, nameRu, nameKk, country, kind, city});
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    p.process(arguments);

    if (p.isSet(data) == p.isSet(postgres))
        return fail(QStringLiteral("give either --data DIR or --postgres CONNINFO"));
    // What serving needs is checked before any store is opened or made: a refused start
    // leaves nothing behind.
    std::optional<QSslConfiguration> tls;
    if (p.isSet(cert) != p.isSet(key))
        return fail(QStringLiteral("TLS needs both --tls-cert and --tls-key"));
    if (p.isSet(cert)) {
        QFile c(p.value(cert)), k(p.value(key));
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the certificate or key"));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(&c, QSsl::Pem));
        const QByteArray pem = k.readAll();
        QSslKey privateKey(pem, QSsl::Rsa, QSsl::Pem);
        if (privateKey.isNull())
            privateKey = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        config.setPrivateKey(privateKey);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        if (config.localCertificate().isNull() || config.privateKey().isNull())
            return fail(QStringLiteral("the certificate or key is not PEM (an RSA or EC key)"));
        tls = config;
    }
    QHostAddress address;
    if (!address.setAddress(p.value(listen)))
        return fail(QStringLiteral("--listen: not an address"));
    // Passwords and tokens cross the network in the requests: in clear text only on this
    // computer, unless the operator says so (a TLS proxy in front), and then every start says it.
    if (!tls && !address.isLoopback()) {
        if (!p.isSet(insecure))
            return fail(QStringLiteral("listening on %1 without TLS would send passwords and "
                                       "data in clear text: give --tls-cert and --tls-key, or "
                                       "--insecure-no-tls behind a TLS proxy")
                            .arg(address.toString()));
        err() << "edufusion-server: WARNING: serving plain HTTP on " << address.toString()
              << " (--insecure-no-tls): passwords and data cross the network unencrypted unless "
                 "a TLS proxy is in front"
              << Qt::endl;
    }
    bool portOk = false;
    const int portNumber = p.value(port).toInt(&portOk);
    if (!portOk || portNumber < 0 || portNumber > 65535)
        return fail(QStringLiteral("--port: 0 to 65535"));
    QList<std::pair<QHostAddress, int>> proxies;
    for (const QString &value : p.values(trustedProxy)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString text = part.trimmed();
            auto subnet = QHostAddress::parseSubnet(text.contains(u'/') ? text
                    : text.contains(u':') ? text + QStringLiteral("/128")
                                          : text + QStringLiteral("/32"));
            if (subnet.first.isNull())
                return fail(
                    QStringLiteral("--trusted-proxy: %1 is not an address or subnet").arg(text));
            proxies.append(subnet);
        }
    }
    QString pgPassword;
    if (p.isSet(postgresPasswordFile)) {
        QFile f(p.value(postgresPasswordFile));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("--postgres-password-file: cannot read %1: %2")
                            .arg(f.fileName(), f.errorString()));
        pgPassword = QString::fromUtf8(f.readLine()).trimmed();
        if (pgPassword.isEmpty())
            return fail(QStringLiteral("--postgres-password-file: %1 is empty").arg(f.fileName()));
    }
    auto db = p.isSet(data)
        ? ServerDb::open(ServerDb::Kind::Sqlite, p.value(data))
        : ServerDb::open(ServerDb::Kind::Postgres, p.value(postgres), pgPassword);
    if (!db)
        return fail(db.error());
    Accounts::Limits limits;
    limits.tokenLifetimeMs = std::int64_t(p.value(tokenDays).toInt()) * 24 * 3600 * 1000;
    if (limits.tokenLifetimeMs <= 0)
        return fail(QStringLiteral("--token-days: a positive number of days"));
    Accounts accounts(**db, Clock::system(), limits);
    RecordRules rules;
    auto service = SyncService::open(**db, rules, Clock::system());
    if (!service)
        return fail(service.error());
    SyncService &sync = **service;

    const QStringList args = p.positionalArguments();
    const QString command = args.value(0, QStringLiteral("serve"));
    const QString sub = args.value(1);

    if (command == u"institution" && sub == u"add") {
        QVariantMap values;
        auto text = [&](const QCommandLineOption &o) {
            return p.isSet(o) ? QVariant(p.value(o)) : QVariant();
        };
        values.insert(QStringLiteral("name_en"), text(nameEn));
        values.insert(QStringLiteral("name_ru"), text(nameRu));
        values.insert(QStringLiteral("name_kk"), text(nameKk));
        values.insert(QStringLiteral("country"), p.value(country));
        values.insert(QStringLiteral("kind"), p.value(kind));
        values.insert(QStringLiteral("city"), text(city));
        auto id = sync.createAsServer(QStringLiteral("institution"), values);
        if (!id)
            return fail(id.error());
        out() << id->toString() << Qt::endl;
        return 0;
    }
    if (command == u"institutions") {
        const auto ids = sync.institutions();
        if (!ids)
            return fail(ids.error());
        for (const Uuid &id : *ids) {
            const auto values = sync.currentValues(QStringLiteral("institution"), id);
            if (!values)
                return fail(values.error());
            out() << id.toString() << '\t' << values->value(QStringLiteral("name_en")).toString()
                  << Qt::endl;
        }
        return 0;
    }
    if (command == u"user" && sub == u"add") {
        const auto r = roleFromName(p.value(role));
        if (!r)
            return fail(QStringLiteral("--role: coordinator, officer or auditor"));
        Uuid inst;
        if (p.isSet(institution)) {
            const auto id = Uuid::fromString(p.value(institution));
            if (!id)
                return fail(QStringLiteral("--institution: not an id"));
            inst = *id;
        }
        if (auto added = accounts.addUser(args.value(2), *r, inst, readPassword()); !added)
            return fail(added.error());
        out() << "user " << args.value(2) << " added" << Qt::endl;
        return 0;
    }
    if (command == u"user" && sub == u"passwd") {
        if (auto done = accounts.setPassword(args.value(2), readPassword()); !done)
            return fail(done.error());
        out() << "password of " << args.value(2) << " changed; its devices are signed out"
              << Qt::endl;
        return 0;
    }
    if (command == u"user" && (sub == u"disable" || sub == u"enable")) {
        if (auto done = accounts.setDisabled(args.value(2), sub == u"disable"); !done)
            return fail(done.error());
        return 0;
    }
    if (command == u"devices") {
        const auto devices = accounts.devices();
        if (!devices)
            return fail(devices.error());
        for (const DeviceInfo &d : *devices) {
            out() << d.id.toString() << '\t' << d.user << '\t' << d.label << '\t'
                  << QDateTime::fromMSecsSinceEpoch(d.lastMs, Qt::UTC).toString(Qt::ISODate)
                  << "\tpush " << d.push << Qt::endl;
        }
        return 0;
    }
    if (command != u"serve")
        return fail(QStringLiteral("unknown command %1 (see --help)").arg(args.join(u' ')));

    // Expired and revoked tokens go at every start and then hourly, so the table holds only
    // sign-ins that still work.
    if (auto purged = accounts.purgeTokens(); !purged)
        return fail(purged.error());
    QTimer purge;
    QObject::connect(&purge, &QTimer::timeout, [&accounts] {
        if (auto purged = accounts.purgeTokens(); !purged)
            qWarning("expired tokens could not be removed: %s", qPrintable(purged.error()));
    });
    purge.start(3600 * 1000);
    HttpApi api(accounts, sync, Clock::system());
    api.setTrustedProxies(proxies);
    const auto bound = api.listen(address, quint16(portNumber), tls ? &*tls : nullptr);
    if (!bound)
        return fail(QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(address.toString())
                        .arg(portNumber)
                        .arg(bound.error()));
    // Tests and scripts read the port from this line.
    out() << "listening on " << address.toString() << ':' << *bound << (tls ? " (TLS)" : "")
          << " with " << (*db)->describe() << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace ef
