// edufusion-screenshots: the app's screens as images, in the language asked for.
//   edufusion-screenshots [--store FILE] [--demo] [--language kk|ru|en] [--module NAME]
//       --out PNG [--editor-tab N] [--dialog NAME]     one screen
//   edufusion-screenshots … --all DIR                  every module and every editor tab
// Without --demo, a data file that does not exist yet shows the welcome page.
#include "AppStartup.h"
#include "Dialogs.h"
#include "Language.h"
#include "MainWindow.h"
#include "ScreenTour.h"
#include "WelcomeDialog.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The app's own name: the same default data file and the same remembered settings.
    QCoreApplication::setOrganizationName(QStringLiteral("EduFusion"));
    QCoreApplication::setApplicationName(QStringLiteral("EduFusion Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDUFUSION_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Saves EduFusion Desk's screens as PNG images."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("store"), QStringLiteral("The data file to show."), QStringLiteral("FILE")},
        {QStringLiteral("demo"), QStringLiteral("A missing data file gets the demo data.")},
        {QStringLiteral("language"), QStringLiteral("kk, ru or en."), QStringLiteral("LANG")},
        {QStringLiteral("module"), QStringLiteral("The module to show."), QStringLiteral("NAME")},
        {QStringLiteral("out"), QStringLiteral("Save one screen as this image."),
            QStringLiteral("PNG")},
        {QStringLiteral("editor-tab"),
            QStringLiteral("With --out: the editor of the module's first record, on tab N."),
            QStringLiteral("N")},
        {QStringLiteral("dialog"),
            QStringLiteral("With --out: this dialog (%1).")
                .arg(ef::ScreenTour::dialogNames().join(QStringLiteral(", "))),
            QStringLiteral("NAME")},
        {QStringLiteral("all"),
            QStringLiteral("Save every module and every editor tab as "
                           "<language>_<module>[_<tab>].png in DIR."),
            QStringLiteral("DIR")},
    });
    p.process(app);
    QTextStream err(stderr);
    const QString out = p.value(QStringLiteral("out")), all = p.value(QStringLiteral("all"));
    if (out.isEmpty() == all.isEmpty()) {
        err << "give either --out PNG or --all DIR (see --help)" << Qt::endl;
        return 2;
    }
    const QString dialog = p.value(QStringLiteral("dialog"));
    if (!dialog.isEmpty() && !ef::ScreenTour::dialogNames().contains(dialog)) {
        err << "--dialog: one of " << ef::ScreenTour::dialogNames().join(QStringLiteral(", "))
            << Qt::endl;
        return 2;
    }
    bool tabOk = true;
    const int tab = p.isSet(QStringLiteral("editor-tab"))
        ? p.value(QStringLiteral("editor-tab")).toInt(&tabOk)
        : -1;
    if (!tabOk || tab < -1) {
        err << "--editor-tab: a tab number from 0" << Qt::endl;
        return 2;
    }
    ef::Language::apply(ef::Language::atStart(p.value(QStringLiteral("language"))));

    // Nothing may wait for a click: a warning is written out instead of shown.
    ef::Dialogs::setRecordWarnings(true);
    const auto printWarnings = [&err] {
        for (const QString &w : ef::Dialogs::takeWarnings())
            err << w << Qt::endl;
    };
    int code = 1;
    const QString path = ef::AppStartup::storePath(p.value(QStringLiteral("store")));
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!p.isSet(QStringLiteral("demo")) && !QFileInfo::exists(path)) {
        ef::WelcomeDialog welcome; // the welcome page itself
        welcome.show();
        QTimer::singleShot(400, &welcome, [&] {
            code = welcome.grab().save(out.isEmpty() ? all + QStringLiteral("/welcome.png") : out)
                ? 0
                : 1;
            QCoreApplication::quit();
        });
        app.exec();
        return code;
    }
    std::unique_ptr<ef::Store> store
        = ef::AppStartup::start(path, ef::AppStartup::WhenMissing::Demo);
    printWarnings();
    if (!store)
        return 1;
    ef::MainWindow window(*store);
    window.resize(1280, 800);
    window.show();
    if (p.isSet(QStringLiteral("module")))
        window.showModule(p.value(QStringLiteral("module")));
    ef::ScreenTour tour(window, *store);
    QTimer::singleShot(500, &window, [&] {
        if (!out.isEmpty()) {
            code = tour.saveOne(out, dialog, tab) ? 0 : 1;
        } else {
            const int saved = tour.saveAll(all);
            QTextStream(stdout) << saved << " images in " << all << Qt::endl;
            code = saved > 0 && tour.failures() == 0 ? 0 : 1;
        }
        QCoreApplication::quit();
    });
    app.exec();
    printWarnings();
    return code;
}
