#include "records/EnumLabels.h"

#include "records/Enums.h"

#include <QList>

namespace ef {

namespace {

struct Word
{
    QLatin1StringView word;
    EnumLabelText label;
};

struct Enumeration
{
    QLatin1StringView type;
    QList<Word> words;
};

template <class E> Enumeration enumeration()
{
    Enumeration e {enumType<E>(), {}};
    for (const EnumItem<E> &item : EnumNames<E>::items)
        e.words.append(
            {QLatin1StringView(item.word.data(), qsizetype(item.word.size())), item.label});
    return e;
}

template <class... E> QList<Enumeration> enumerations(EnumList<E...>)
{
    return {enumeration<E>()...};
}

const QList<Enumeration> &all()
{
    static const QList<Enumeration> list = enumerations(AllEnums {});
    return list;
}

const Enumeration *find(QStringView type)
{
    for (const Enumeration &e : all())
        if (e.type == type)
            return &e;
    return nullptr;
}

} // namespace

QString EnumLabels::label(QStringView type, QStringView word)
{
    if (const Enumeration *e = find(type))
        for (const Word &w : e->words)
            if (w.word == word)
                return tr(w.label.source, w.label.comment);
    return word.toString();
}

QStringList EnumLabels::words(QStringView type)
{
    QStringList out;
    if (const Enumeration *e = find(type))
        for (const Word &w : e->words)
            out << QString(w.word);
    return out;
}

QStringList EnumLabels::types()
{
    QStringList out;
    for (const Enumeration &e : all())
        out << QString(e.type);
    return out;
}

} // namespace ef
