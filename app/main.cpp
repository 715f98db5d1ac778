// EduFusion Desk: the command line and the start of the application.
#include "AppStartup.h"
#include "Language.h"
#include "MainWindow.h"
#include "WelcomeDialog.h"
#include "demo/NationalGenerator.h"
#include "lists/ListCatalog.h"
#include "lists/ListPage.h"
#include "lists/RecordListModel.h"
#include "partnerships/AmendmentDialog.h"
#include "records/RecordDialog.h"
#include "records/RecordEditing.h"
#include "reports/ReportCommand.h"
#include "store/Store.h"
#include "store/StoreLocation.h"
#include "sync/SignInDialog.h"
#include "sync/SyncCommand.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncUi.h"
#include "training/AddParticipantsDialog.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <cstring>
#include <memory>

namespace {

struct Options
{
    QString store;
    QString generate;
    double scale = 1.0;
    QString screenshot;
    QString module;
    bool demo = false;
    int editorTab = -1; // with --screenshot: grab the editor of the first row, on this tab
    QString dialog; // with --screenshot: grab this dialog (amendment, participants)
    QString screenshotAll; // a folder: every module and every editor tab, then exit
    bool sync = false;
    QString server;
    QString user;
};

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Academia–industry partnerships, educator certification and the STEAM course catalogue of "
        "the EduFusion consortium."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"),
        QCoreApplication::translate("main", "Open this data file instead of the default one."),
        QStringLiteral("FILE"));
    const QCommandLineOption generate(QStringLiteral("generate-national"),
        QCoreApplication::translate(
            "main", "Create a national-scale data file for tests and benchmarks, then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption scale(QStringLiteral("scale"),
        QCoreApplication::translate(
            "main", "With --generate-national: the fraction of the national scale (default 1)."),
        QStringLiteral("F"), QStringLiteral("1"));
    const QCommandLineOption language(QStringLiteral("language"),
        QCoreApplication::translate("main", "Interface language: kk, ru or en."),
        QStringLiteral("LANG"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Save the window as an image and exit."), QStringLiteral("PNG"));
    screenshot.setFlags(
        QCommandLineOption::HiddenFromHelp); // for looking at the screens in CI and reviews
    const QCommandLineOption module(QStringLiteral("module"),
        QCoreApplication::translate("main",
            "Start in this module: dashboard, partnerships, renewals, programmes, events, "
            "participations, certificates, courses, offerings, enrollments, institutions, people, "
            "projects or indicators."),
        QStringLiteral("NAME"));
    QCommandLineOption editor(QStringLiteral("screenshot-editor"),
        QStringLiteral("With --screenshot: grab the editor of the list's first row on tab N."),
        QStringLiteral("N"));
    editor.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption dialog(QStringLiteral("screenshot-dialog"),
        QStringLiteral("With --screenshot: grab the amendment, participants, sign-in or "
                       "sync-settings dialog."),
        QStringLiteral("NAME"));
    dialog.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption all(QStringLiteral("screenshot-all"),
        QStringLiteral("Save every module and every tab of each module's first record as "
                       "<language>_<module>[_<tab>].png in DIR and exit."),
        QStringLiteral("DIR"));
    all.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("main",
            "When the data file does not exist yet, fill it with the demo data without asking."));
    const QCommandLineOption sync(QStringLiteral("sync"),
        QCoreApplication::translate("main",
            "Sync the data file with the server without opening the window, then exit. The "
            "password is read from EDUFUSION_PASSWORD or standard input."));
    const QCommandLineOption server(QStringLiteral("server"),
        QCoreApplication::translate("main", "With --sync: the server's address."),
        QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"),
        QCoreApplication::translate("main", "With --sync: the user to sign in as."),
        QStringLiteral("NAME"));
    parser.addOptions({store, generate, scale, language, screenshot, module, editor, demo, dialog});
    parser.addOptions({sync, server, user, all});
    parser.process(app);
    Options o;
    o.store = parser.value(store);
    o.generate = parser.value(generate);
    o.scale = parser.value(scale).toDouble();
    o.screenshot = parser.value(screenshot);
    o.module = parser.value(module);
    o.demo = parser.isSet(demo);
    o.dialog = parser.value(dialog);
    o.screenshotAll = parser.value(all);
    o.editorTab = parser.isSet(editor) ? parser.value(editor).toInt() : -1;
    o.sync = parser.isSet(sync);
    o.server = parser.value(server);
    o.user = parser.value(user);
    return o;
}

int generateNational(const Options &o)
{
    QTextStream err(stderr);
    const auto scale = ef::NationalGenerator::Scale().scaled(o.scale > 0 ? o.scale : 1.0);
    int lastPercent = -1;
    auto r = ef::NationalGenerator::generate(
        o.generate, scale, [&](std::int64_t done, std::int64_t total) {
            const int percent = int(done * 100 / total);
            if (percent != lastPercent) {
                err << QCoreApplication::translate("main", "Generating: %1 %").arg(percent) << '\r'
                    << Qt::flush;
                lastPercent = percent;
            }
            return true;
        });
    err << '\n';
    if (!r) {
        err << r.error().message << '\n';
        return 1;
    }
    err << QCoreApplication::translate("main", "%1 rows written to %2")
               .arg(scale.totalRows())
               .arg(o.generate)
        << '\n';
    return 0;
}

int syncFromCommandLine(const Options &o)
{
    QTextStream out(stdout), err(stderr);
    ef::SyncCommand::Args args;
    args.store = ef::AppStartup::storePath(o.store);
    args.server = QUrl(o.server);
    args.user = o.user;
    args.password = qEnvironmentVariable("EDUFUSION_PASSWORD");
    if (args.password.isEmpty())
        args.password = QTextStream(stdin).readLine();
    return ef::SyncCommand::run(args, out, err);
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

// Every screen of the main window as images, for looking at all of them in a language at once:
// each module, then each tab of the editor of each module's first record.
void screenshotAll(ef::MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    const QString prefix = dir + QLatin1Char('/') + ef::Language::current() + QLatin1Char('_');
    auto settle = [] {
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents();
    };
    ef::RecordDialog *opened = nullptr;
    QObject::connect(&window.editing(), &ef::RecordEditing::dialogOpened, &window,
        [&opened](ef::RecordDialog *d) { opened = d; });
    for (const QString &key : QStringList {QStringLiteral("dashboard")} + ef::ListCatalog::keys()) {
        ef::ListPage *list = window.showModule(key);
        settle();
        window.grab().save(prefix + key + QStringLiteral(".png"));
        if (!list || list->model()->rowCount() == 0)
            continue;
        opened = nullptr;
        list->view()->setCurrentIndex(list->model()->index(0, 0));
        list->openCurrent();
        if (!opened)
            continue;
        settle();
        for (int tab = 0; tab < opened->tabs()->count(); ++tab) {
            opened->tabs()->setCurrentIndex(tab);
            settle();
            opened->grab().save(prefix + QStringLiteral("%1_%2.png").arg(key).arg(tab));
        }
        delete opened;
    }
}

void describeApp()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EduFusion"));
    QCoreApplication::setApplicationName(QStringLiteral("EduFusion Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDUFUSION_VERSION));
}

// --report: the workbook, CSV files and PDF for scripts. The PDF needs fonts, so a
// QGuiApplication, offscreen unless a display is asked for.
int reportFromCommandLine(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    describeApp();
    ef::Language::apply(ef::Language::atStart(languageArgument(argc, argv)));
    QTextStream out(stdout), err(stderr);
    return ef::ReportCommand::run(QCoreApplication::arguments(),
        ef::AppStartup::storePath(QString()), ef::Clock::system(), out, err);
}

} // namespace

int main(int argc, char **argv)
{
    if (ef::ReportCommand::isRequested(argc, argv))
        return reportFromCommandLine(argc, argv);
    // Headless work needs no display.
    bool headless = false;
    for (int i = 1; i < argc; ++i)
        headless |= std::strncmp(argv[i], "--generate-national", 19) == 0
            || std::strcmp(argv[i], "--sync") == 0;
    if (headless) {
        QCoreApplication app(argc, argv);
        describeApp();
        ef::Language::apply(ef::Language::atStart(languageArgument(argc, argv)));
        const Options options = parse(app);
        return options.sync ? syncFromCommandLine(options) : generateNational(options);
    }

    QApplication app(argc, argv);
    describeApp();
    ef::Language::apply(ef::Language::atStart(languageArgument(argc, argv)));
    const Options options = parse(app);
    const QString path = ef::AppStartup::storePath(options.store);
    if (!options.screenshot.isEmpty() && !options.demo && !QFileInfo::exists(path)) {
        ef::WelcomeDialog welcome; // looking at the welcome page itself
        welcome.show();
        QTimer::singleShot(400, &welcome, [&] {
            welcome.grab().save(options.screenshot);
            QCoreApplication::quit();
        });
        return app.exec();
    }
    std::unique_ptr<ef::Store> store = ef::AppStartup::start(
        path, options.demo ? ef::AppStartup::WhenMissing::Demo : ef::AppStartup::WhenMissing::Ask);
    if (!store)
        return 1;
    ef::MainWindow window(*store);
    window.show();
    if (!options.module.isEmpty())
        window.showModule(options.module);
    if (!options.screenshotAll.isEmpty()) {
        QTimer::singleShot(500, &window, [&] {
            screenshotAll(window, options.screenshotAll);
            QCoreApplication::quit();
        });
        return app.exec();
    }
    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(500, &window, [&] {
            QWidget *target = &window;
            if (options.dialog == u"amendment") {
                target = new ef::AmendmentDialog(
                    {QStringLiteral("Атауы"), QStringLiteral("Аяқталатын күні")},
                    store->clock().today(), &window);
            } else if (options.dialog == u"sign-in") {
                target = window.sync().showSignIn();
            } else if (options.dialog == u"sync-settings") {
                target = window.sync().showSettings();
            } else if (options.dialog == u"participants" && window.currentList()) {
                target = new ef::AddParticipantsDialog(
                    window.editing(), window.currentList()->model()->idAt(0), &window);
            }
            if (target != &window)
                target->show();
            if (ef::ListPage *list = window.currentList(); list && options.editorTab >= 0) {
                ef::RecordDialog *opened = nullptr;
                QObject::connect(&window.editing(), &ef::RecordEditing::dialogOpened, &window,
                    [&opened](ef::RecordDialog *d) { opened = d; });
                list->view()->setCurrentIndex(list->model()->index(0, 0));
                list->openCurrent();
                if (opened) {
                    opened->tabs()->setCurrentIndex(options.editorTab);
                    target = opened;
                }
            }
            QTimer::singleShot(300, &window, [&, target] {
                target->grab().save(options.screenshot);
                QCoreApplication::quit();
            });
        });
    }
    return app.exec();
}
