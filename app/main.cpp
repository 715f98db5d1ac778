// EduFusion Desk: the command line and the start of the application.
#include "AppStartup.h"
#include "MainWindow.h"
#include "demo/NationalGenerator.h"
#include "store/Store.h"
#include "store/StoreLocation.h"

#include <QApplication>
#include <QCommandLineParser>
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
    QString language;
    QString screenshot;
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
    parser.addOptions({store, generate, scale, language, screenshot});
    parser.process(app);
    Options o;
    o.store = parser.isSet(store) ? parser.value(store) : ef::StoreLocation::defaultPath();
    o.generate = parser.value(generate);
    o.scale = parser.value(scale).toDouble();
    o.language = parser.value(language);
    o.screenshot = parser.value(screenshot);
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

void describeApp()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EduFusion"));
    QCoreApplication::setApplicationName(QStringLiteral("EduFusion Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDUFUSION_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    // Headless work needs no display.
    bool headless = false;
    for (int i = 1; i < argc; ++i)
        headless |= std::strncmp(argv[i], "--generate-national", 19) == 0;
    if (headless) {
        QCoreApplication app(argc, argv);
        describeApp();
        return generateNational(parse(app));
    }

    QApplication app(argc, argv);
    describeApp();
    const Options options = parse(app);
    ef::AppStartup::installTranslations(options.language);
    std::unique_ptr<ef::Store> store = ef::AppStartup::openStore(options.store);
    if (!store)
        return 1;
    ef::MainWindow window(*store);
    window.show();
    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(500, &window, [&] {
            window.grab().save(options.screenshot);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
