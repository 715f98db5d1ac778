// Data kept in three languages (course and programme titles, institution and indicator names)
// shows in the UI language, falling back in a stated order when that language is missing:
// kk → ru → en, ru → en → kk, en → ru → kk (Russian is what most readers here share with Kazakh;
// English is what a Russian reader falls back to before Kazakh).
#pragma once

#include <QString>
#include <QStringList>

namespace ef {

class DataLanguage
{
public:
    // "kk", "ru" or "en"; set when the UI language is chosen or switched.
    static QString current();
    static void setCurrent(const QString &language);

    // The three languages in fallback order for `language`.
    static QStringList order(const QString &language);
    // The first non-empty of the three values, in the current order.
    static QString pick(const QString &en, const QString &ru, const QString &kk);
    // An SQL coalesce over columns named <prefix>_en/_ru/_kk of `alias`, in the current order
    // ("coalesce(c.title_kk, c.title_ru, c.title_en)"). Column names only, never user text.
    static QString sql(const QString &alias, const QString &prefix);
};

} // namespace ef
