#include "AppStartup.h"

#include "demo/DemoData.h"
#include "store/Store.h"
#include "text/DataLanguage.h"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace ef {

QString AppStartup::installTranslations(const QString &language)
{
    QString lang = language;
    if (lang.isEmpty()) {
        const QString system = QLocale::system().name().left(2);
        lang = (system == u"kk" || system == u"ru") ? system : QStringLiteral("en");
    }
    DataLanguage::setCurrent(lang);
    QLocale::setDefault(QLocale(lang == u"kk" ? QStringLiteral("kk_KZ")
            : lang == u"ru"                   ? QStringLiteral("ru_RU")
                                              : QStringLiteral("en_GB")));
    auto *app = new QTranslator(qApp);
    if (app->load(QStringLiteral(":/i18n/edufusion_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(app);
    // Qt's own strings (standard buttons, dialogs): Qt ships Russian; Kazakh is ours.
    auto *qt = new QTranslator(qApp);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

std::unique_ptr<Store> AppStartup::openStore(const QString &path)
{
    const bool isNew = !QFileInfo::exists(path);
    Store::Options options;
    auto opened = Store::open(path, options);
    if (!opened && opened.error().kind == StoreError::Kind::UnsafeLocation) {
        const auto answer = QMessageBox::warning(nullptr, tr("EduFusion Desk"),
            opened.error().message + QStringLiteral("\n\n") + tr("Open it anyway?"),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return nullptr;
        options.allowUnsafeLocation = true;
        opened = Store::open(path, options);
    }
    if (!opened) {
        QMessageBox::critical(nullptr, tr("EduFusion Desk"), opened.error().message);
        return nullptr;
    }
    std::unique_ptr<Store> store = std::move(*opened);
    if (isNew) {
        if (auto r = DemoData::create(*store); !r) {
            QMessageBox::warning(nullptr, tr("EduFusion Desk"),
                tr("The demo data could not be added: %1").arg(r.error().message));
        }
    }
    return store;
}

} // namespace ef
