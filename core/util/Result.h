// Expected failures (bad input, a conflict, a file that cannot be opened) are values the caller
// must look at; GCC 12 has no std::expected, so this is the small subset we need.
#pragma once

#include <QString>
#include <cassert>
#include <utility>
#include <variant>

namespace ef {

template <class E> struct Unexpected
{
    E error;
};

template <class E> Unexpected<std::decay_t<E>> unexpected(E &&e)
{
    return {std::forward<E>(e)};
}

template <class T, class E> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    { }
    template <class E2>
    Result(Unexpected<E2> u)
        : m_v(std::in_place_index<1>, E(std::move(u.error)))
    { }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value()
    {
        assert(ok());
        return std::get<0>(m_v);
    }
    const T &value() const
    {
        assert(ok());
        return std::get<0>(m_v);
    }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const E &error() const
    {
        assert(!ok());
        return std::get<1>(m_v);
    }

private:
    std::variant<T, E> m_v;
};

template <class E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    template <class E2>
    Result(Unexpected<E2> u)
        : m_error(E(std::move(u.error)))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const E &error() const
    {
        assert(!m_ok);
        return m_error;
    }

private:
    E m_error {};
    bool m_ok = true;
};

} // namespace ef
