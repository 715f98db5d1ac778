// Enumerations are stored and synced as stable lower-case words ("signed", "female"), never as
// numbers. Each enum specializes EnumNames with its words; these helpers convert both ways.
#pragma once

#include <QLatin1StringView>
#include <QStringView>
#include <array>
#include <iterator>
#include <optional>
#include <string_view>
#include <utility>

namespace ef {

template <class E>
struct EnumNames; // static constexpr std::pair<E, std::string_view> items[] = {...};

template <class E> QLatin1StringView enumText(E value)
{
    for (const auto &[v, name] : EnumNames<E>::items)
        if (v == value)
            return QLatin1StringView(name.data(), qsizetype(name.size()));
    return {};
}

template <class E> std::optional<E> enumFromText(QStringView text)
{
    for (const auto &[v, name] : EnumNames<E>::items)
        if (text == QLatin1StringView(name.data(), qsizetype(name.size())))
            return v;
    return std::nullopt;
}

template <class E> constexpr auto enumValues()
{
    constexpr auto n = std::size(EnumNames<E>::items);
    std::array<E, n> out {};
    for (size_t i = 0; i < n; ++i)
        out[i] = EnumNames<E>::items[i].first;
    return out;
}

} // namespace ef
