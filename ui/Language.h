// The interface language, switched in one place: the app's and Qt's translations, the locale of
// dates and numbers, and the language data kept in three languages is shown in; remembered.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QLocale;

namespace ef {

class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    // "kk", "ru" and "en", in the order the language menus offer them.
    static QStringList all();
    // The language's name in itself ("Қазақша", "Русский", "English"): the same in every UI
    // language, so a user who cannot read the current one still finds their own.
    static QString nativeName(const QString &language);
    // The locale dates, numbers and semesters are written in: kk_KZ, ru_RU or en_GB.
    static QLocale locale(const QString &language);
    // The language the interface shows now.
    static QString current();

    // The language to start in: `given` (the --language option), else the one chosen last time,
    // else the first of the system's UI languages that is kk, ru or en, else English.
    static QString atStart(const QString &given = {});
    // The first of kk, ru, en among the locale's UI languages; empty when none is.
    static QString fromLocale(const QLocale &locale);

    // Switches the interface to `language` (unknown: English). Every open window receives
    // QEvent::LanguageChange and translates itself again.
    static void apply(const QString &language);
    // apply(), and remembered for the next start.
    static void choose(const QString &language);
};

} // namespace ef
