// The words users read for the stored enumeration words ("signed" → "Signed", «Қол қойылған»),
// translated in the UI language. Lists, forms, reports and certificates all take them from here.
#pragma once

#include "records/EnumText.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ef {

class EnumLabels
{
    Q_DECLARE_TR_FUNCTIONS(EnumLabels)

public:
    // The label of `word` of the enumeration `type` (EnumNames<E>::type); the word itself when
    // unknown, so a value from a newer version still shows.
    static QString label(QStringView type, QStringView word);
    // The stored words of an enumeration, in their declared order; empty for an unknown type.
    static QStringList words(QStringView type);
    // Every enumeration's type word (records/Enums.h), for the schema test.
    static QStringList types();

    template <class E> static QString of(E value)
    {
        for (const EnumItem<E> &item : EnumNames<E>::items)
            if (item.value == value)
                return tr(item.label.source, item.label.comment);
        return {};
    }
};

} // namespace ef
