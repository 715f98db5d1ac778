#include "Language.h"

#include "AppStartup.h"
#include "text/DataLanguage.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ef {

namespace {

const QString SettingsKey = QStringLiteral("ui/language");

struct Installed
{
    QString language;
    QTranslator *app = nullptr;
    QTranslator *qt = nullptr;
};

Installed &installed()
{
    static Installed i;
    return i;
}

QString known(const QString &language)
{
    return Language::all().contains(language) ? language : QString();
}

// Replaces the translator in `slot` with the first of `files` in `dir` that loads (none:
// English).
void install(QTranslator *&slot, const QStringList &files, const QString &dir)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete std::exchange(slot, nullptr);
    }
    for (const QString &file : files) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file, dir)) {
            slot = translator.release();
            QCoreApplication::installTranslator(slot);
            return;
        }
    }
}

} // namespace

QStringList Language::all()
{
    return {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
}

QString Language::nativeName(const QString &language)
{
    if (language == u"kk")
        return QStringLiteral("Қазақша");
    if (language == u"ru")
        return QStringLiteral("Русский");
    return QStringLiteral("English");
}

QLocale Language::locale(const QString &language)
{
    if (language == u"kk")
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    if (language == u"ru")
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString Language::current()
{
    return installed().language.isEmpty() ? QStringLiteral("en") : installed().language;
}

QString Language::fromLocale(const QLocale &locale)
{
    for (const QString &ui : locale.uiLanguages())
        if (const QString l = known(ui.left(2).toLower()); !l.isEmpty())
            return l;
    return {};
}

QString Language::atStart(const QString &given)
{
    if (const QString l = known(given); !l.isEmpty())
        return l;
    const QString remembered = known(AppStartup::settings().value(SettingsKey).toString());
    if (!remembered.isEmpty())
        return remembered;
    const QString system = fromLocale(QLocale::system());
    return system.isEmpty() ? QStringLiteral("en") : system;
}

void Language::apply(const QString &language)
{
    const QString lang = known(language).isEmpty() ? QStringLiteral("en") : language;
    Installed &i = installed();
    // The locale and data language first: widgets read them when the translators' change
    // events make them translate themselves again.
    i.language = lang;
    QLocale::setDefault(locale(lang));
    DataLanguage::setCurrent(lang);
    // Qt's own strings (standard buttons, message boxes, file dialogs, context menus): Qt ships
    // Russian (qtbase_ru, or the qt_ru that windeployqt makes of it), the Kazakh ones are ours
    // (translations/qtbase_kk.ts), English needs none.
    if (lang == u"kk")
        install(i.qt, {QStringLiteral("qtbase_kk")}, QStringLiteral(":/i18n"));
    else
        install(i.qt, {QStringLiteral("qtbase_%1").arg(lang), QStringLiteral("qt_%1").arg(lang)},
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(i.app, {QStringLiteral("edufusion_%1").arg(lang)}, QStringLiteral(":/i18n"));
}

void Language::choose(const QString &language)
{
    apply(language);
    AppStartup::settings().setValue(SettingsKey, current());
}

} // namespace ef
