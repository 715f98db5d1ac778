// Enumerations are stored and synced as stable lower-case words ("signed", "female"), never as
// numbers. Each enum specializes EnumNames with its words and labels; these helpers convert.
#pragma once

#include <QLatin1StringView>
#include <QStringView>
#include <QtGlobal>
#include <array>
#include <iterator>
#include <optional>
#include <string_view>

namespace ef {

// The English label of a word and the enumeration it belongs to (the translators' comment).
// QT_TRANSLATE_NOOP3("EnumLabels", "Signed", "partnership_status") makes one.
struct EnumLabelText
{
    const char *source;
    const char *comment;
};

template <class E> struct EnumItem
{
    E value;
    std::string_view word;
    EnumLabelText label;
};

// static constexpr std::string_view type = "…";
// static constexpr EnumItem<E> items[] = {{E::A, "a", QT_TRANSLATE_NOOP3(…)}, …};
template <class E> struct EnumNames;

template <class... E> struct EnumList
{
};

template <class E> QLatin1StringView enumType()
{
    return QLatin1StringView(EnumNames<E>::type.data(), qsizetype(EnumNames<E>::type.size()));
}

template <class E> QLatin1StringView enumText(E value)
{
    for (const EnumItem<E> &item : EnumNames<E>::items)
        if (item.value == value)
            return QLatin1StringView(item.word.data(), qsizetype(item.word.size()));
    return {};
}

template <class E> std::optional<E> enumFromText(QStringView text)
{
    for (const EnumItem<E> &item : EnumNames<E>::items)
        if (text == QLatin1StringView(item.word.data(), qsizetype(item.word.size())))
            return item.value;
    return std::nullopt;
}

template <class E> constexpr auto enumValues()
{
    constexpr auto n = std::size(EnumNames<E>::items);
    std::array<E, n> out {};
    for (size_t i = 0; i < n; ++i)
        out[i] = EnumNames<E>::items[i].value;
    return out;
}

} // namespace ef
