// EduFusion Desk: the command line and the start of the application. The work that runs without
// the window is a table of commands, each selected by its option; the rest opens the window.
#include "AppStartup.h"
#include "Language.h"
#include "MainWindow.h"
#include "certificates/CertificateCommand.h"
#include "demo/NationalCommand.h"
#include "store/Store.h"
#include "sync/SyncCommand.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>

namespace {

// Work done without the window, then exit: the first option selects it, the others are its
// arguments. A new command is one more row in commands().
struct Command
{
    QList<QCommandLineOption> options;
    int (*run)(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    bool paints = false; // draws pages or reads PDFs: needs fonts, so a QGuiApplication
};

int generateNational(const QCommandLineParser &p, QTextStream &out, QTextStream &err)
{
    bool ok = false;
    const double scale = p.value(QStringLiteral("scale")).toDouble(&ok);
    return ef::NationalCommand::run(
        p.value(QStringLiteral("generate-national")), ok ? scale : -1, out, err);
}

int sync(const QCommandLineParser &p, QTextStream &out, QTextStream &err)
{
    ef::SyncCommand::Args args;
    args.store = ef::AppStartup::storePath(p.value(QStringLiteral("store")));
    args.server = QUrl(p.value(QStringLiteral("server")));
    args.user = p.value(QStringLiteral("user"));
    args.password = qEnvironmentVariable("EDUFUSION_PASSWORD");
    if (args.password.isEmpty())
        args.password = QTextStream(stdin).readLine();
    return ef::SyncCommand::run(args, out, err);
}

// The options every certificate command shares, read into its arguments.
ef::CertificateCommand::Args certificateArgs(const QCommandLineParser &p)
{
    ef::CertificateCommand::Args a;
    a.store = ef::AppStartup::storePath(p.value(QStringLiteral("store")));
    a.trustFile = p.value(QStringLiteral("trust"));
    a.input = p.value(QStringLiteral("verify"));
    a.eventId = p.value(QStringLiteral("event"));
    a.number = p.value(QStringLiteral("number"));
    a.outDir = p.isSet(QStringLiteral("consortium-key")) ? p.value(QStringLiteral("consortium-key"))
                                                         : p.value(QStringLiteral("out"));
    a.combined = p.isSet(QStringLiteral("combined"));
    a.action = p.value(QStringLiteral("key-ceremony"));
    a.keyFile = p.value(QStringLiteral("key-file"));
    a.request = p.value(QStringLiteral("request"));
    a.certificate = p.value(QStringLiteral("certificate"));
    a.office = p.value(QStringLiteral("office"));
    a.officeName = p.value(QStringLiteral("office-name"));
    a.keyId = p.value(QStringLiteral("key-id"));
    a.validFrom = QDate::fromString(p.value(QStringLiteral("valid-from")), Qt::ISODate);
    a.validUntil = QDate::fromString(p.value(QStringLiteral("valid-until")), Qt::ISODate);
    if (p.isSet(QStringLiteral("block-size")))
        a.blockSize = p.value(QStringLiteral("block-size")).toInt();
    a.demo = p.isSet(QStringLiteral("demo"));
    a.today = ef::Clock::system().today();
    return a;
}

int verifyCertificate(const QCommandLineParser &p, QTextStream &out, QTextStream &err)
{
    return ef::CertificateCommand::verify(certificateArgs(p), out, err);
}

int certificatesPdf(const QCommandLineParser &p, QTextStream &out, QTextStream &err)
{
    return ef::CertificateCommand::certificatesPdf(certificateArgs(p), out, err);
}

int consortiumKey(const QCommandLineParser &p, QTextStream &out, QTextStream &err)
{
    return ef::CertificateCommand::consortiumKey(certificateArgs(p), out, err);
}

int keyCeremony(const QCommandLineParser &p, QTextStream &out, QTextStream &err)
{
    ef::CertificateCommand::Args a = certificateArgs(p);
    // Never on the command line, where other users and the shell's history see it.
    a.passphrase = qEnvironmentVariable("EDUFUSION_PASSPHRASE");
    const QStringList needing {QStringLiteral("create-root"), QStringLiteral("create-office"),
        QStringLiteral("certify"), QStringLiteral("retire")};
    if (a.passphrase.isEmpty() && needing.contains(a.action))
        a.passphrase = QTextStream(stdin).readLine();
    return ef::CertificateCommand::keyCeremony(a, out, err);
}

QList<Command> commands()
{
    const QCommandLineOption trust(QStringLiteral("trust"),
        QCoreApplication::translate("main",
            "With --verify: trust this consortium key file instead of the data file's keys."),
        QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"),
        QCoreApplication::translate("main", "With --certificates-pdf: the folder to write to."),
        QStringLiteral("DIR"));
    return {
        {{QCommandLineOption(QStringLiteral("generate-national"),
              QCoreApplication::translate(
                  "main", "Create a national-scale data file for tests and benchmarks, then exit."),
              QStringLiteral("FILE")),
             QCommandLineOption(QStringLiteral("scale"),
                 QCoreApplication::translate("main",
                     "With --generate-national: the fraction of the national scale (default 1)."),
                 QStringLiteral("F"), QStringLiteral("1"))},
            &generateNational},
        {{QCommandLineOption(QStringLiteral("sync"),
              QCoreApplication::translate("main",
                  "Sync the data file with the server without opening the window, then exit. "
                  "The password is read from EDUFUSION_PASSWORD or standard input.")),
             QCommandLineOption(QStringLiteral("server"),
                 QCoreApplication::translate("main", "With --sync: the server's address."),
                 QStringLiteral("URL")),
             QCommandLineOption(QStringLiteral("user"),
                 QCoreApplication::translate("main", "With --sync: the user to sign in as."),
                 QStringLiteral("NAME"))},
            &sync},
        {{QCommandLineOption(QStringLiteral("verify"),
              QCoreApplication::translate("main",
                  "Verify a certificate offline, then exit with its verdict's code: a PDF, a "
                  "scan or photo, the text of its QR code, or a certificate number."),
              QStringLiteral("INPUT")),
             trust},
            &verifyCertificate, true},
        {{QCommandLineOption(QStringLiteral("certificates-pdf"),
              QCoreApplication::translate("main",
                  "Write certificates as PDF files (with their Open Badges credentials) without "
                  "opening the window, then exit.")),
             QCommandLineOption(QStringLiteral("event"),
                 QCoreApplication::translate(
                     "main", "With --certificates-pdf: every valid certificate of this event."),
                 QStringLiteral("ID")),
             QCommandLineOption(QStringLiteral("number"),
                 QCoreApplication::translate(
                     "main", "With --certificates-pdf: the certificate of this number."),
                 QStringLiteral("N")),
             out,
             QCommandLineOption(QStringLiteral("combined"),
                 QCoreApplication::translate(
                     "main", "With --certificates-pdf: one PDF file for all the certificates."))},
            &certificatesPdf, true},
        {{QCommandLineOption(QStringLiteral("consortium-key"),
             QCoreApplication::translate("main",
                 "Write the consortium key file a verifier needs (root keys, office keys, "
                 "revocation lists), then exit."),
             QStringLiteral("FILE"))},
            &consortiumKey},
        {{QCommandLineOption(QStringLiteral("key-ceremony"),
              QCoreApplication::translate("main",
                  "Manage signing keys, then exit: create-root, create-office, certify, import, "
                  "trust, list or retire. Passphrases are read from EDUFUSION_PASSPHRASE or "
                  "standard input."),
              QStringLiteral("ACTION")),
             QCommandLineOption(QStringLiteral("key-file"),
                 QCoreApplication::translate("main", "With --key-ceremony: the root key's file."),
                 QStringLiteral("FILE")),
             QCommandLineOption(QStringLiteral("request"),
                 QCoreApplication::translate(
                     "main", "With --key-ceremony: an office key's request file."),
                 QStringLiteral("FILE")),
             QCommandLineOption(QStringLiteral("certificate"),
                 QCoreApplication::translate("main",
                     "With --key-ceremony: a key certificate file, or a consortium key file to "
                     "trust."),
                 QStringLiteral("FILE")),
             QCommandLineOption(QStringLiteral("office"),
                 QCoreApplication::translate(
                     "main", "With --key-ceremony: the office's code, such as EKTU."),
                 QStringLiteral("CODE")),
             QCommandLineOption(QStringLiteral("office-name"),
                 QCoreApplication::translate("main", "With --key-ceremony: the office's name."),
                 QStringLiteral("NAME")),
             QCommandLineOption(QStringLiteral("key-id"),
                 QCoreApplication::translate("main", "With --key-ceremony retire: the key's id."),
                 QStringLiteral("ID")),
             QCommandLineOption(QStringLiteral("valid-from"),
                 QCoreApplication::translate(
                     "main", "With --key-ceremony: the key's first day (YYYY-MM-DD)."),
                 QStringLiteral("DATE")),
             QCommandLineOption(QStringLiteral("valid-until"),
                 QCoreApplication::translate(
                     "main", "With --key-ceremony: the key's last day (YYYY-MM-DD)."),
                 QStringLiteral("DATE")),
             QCommandLineOption(QStringLiteral("block-size"),
                 QCoreApplication::translate(
                     "main", "With --key-ceremony certify: how many numbers the key may give."),
                 QStringLiteral("N"))},
            &keyCeremony},
    };
}

// The command the arguments select, read before the application exists: a command needs no
// display. -1: none, open the window.
int commandIn(int argc, char **argv)
{
    const QList<Command> all = commands();
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        for (int c = 0; c < all.size(); ++c)
            for (const QString &name : all[c].options.first().names()) {
                const QString option = QStringLiteral("--") + name;
                if (arg == option || arg.startsWith(option + u'='))
                    return c;
            }
    }
    return -1;
}

// The --language option read before the command line is parsed, so that --help and the
// command line's errors are in the interface language too.
QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--language" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(u"--language="))
            return arg.mid(11);
    }
    return {};
}

// Names the application, sets the language, and parses the command line (the window's
// options and every command's).
void start(QCoreApplication &app, QCommandLineParser &parser, int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("EduFusion"));
    QCoreApplication::setApplicationName(QStringLiteral("EduFusion Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDUFUSION_VERSION));
    ef::Language::apply(ef::Language::atStart(languageArgument(argc, argv)));
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Academia–industry partnerships, educator certification and the STEAM course "
        "catalogue of the EduFusion consortium."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("store"),
            QCoreApplication::translate("main", "Open this data file instead of the default one."),
            QStringLiteral("FILE")},
        {QStringLiteral("language"),
            QCoreApplication::translate("main", "Interface language: kk, ru or en."),
            QStringLiteral("LANG")},
        {QStringLiteral("module"),
            QCoreApplication::translate("main",
                "Start in this module: dashboard, partnerships, renewals, programmes, events, "
                "participations, certificates, courses, offerings, enrollments, institutions, "
                "people, projects or indicators."),
            QStringLiteral("NAME")},
        {QStringLiteral("demo"),
            QCoreApplication::translate("main",
                "When the data file does not exist yet, fill it with the demo data without "
                "asking.")},
    });
    for (const Command &c : commands())
        parser.addOptions(c.options);
    parser.process(app);
}

} // namespace

int main(int argc, char **argv)
{
    if (const int command = commandIn(argc, argv); command >= 0) {
        std::unique_ptr<QCoreApplication> app;
        if (commands().at(command).paints) {
#ifdef Q_OS_LINUX
            // Without a display (a server, a script over ssh) the pages are drawn offscreen.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
                && qEnvironmentVariableIsEmpty("DISPLAY")
                && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCommandLineParser parser;
        start(*app, parser, argc, argv);
        QTextStream out(stdout), err(stderr);
        return commands().at(command).run(parser, out, err);
    }

    QApplication app(argc, argv);
    QCommandLineParser parser;
    start(app, parser, argc, argv);
    std::unique_ptr<ef::Store> store
        = ef::AppStartup::start(ef::AppStartup::storePath(parser.value(QStringLiteral("store"))),
            parser.isSet(QStringLiteral("demo")) ? ef::AppStartup::WhenMissing::Demo
                                                 : ef::AppStartup::WhenMissing::Ask);
    if (!store)
        return 1;
    ef::MainWindow window(*store);
    window.show();
    if (parser.isSet(QStringLiteral("module")))
        window.showModule(parser.value(QStringLiteral("module")));
    return app.exec();
}
