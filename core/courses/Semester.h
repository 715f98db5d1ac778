// An academic semester: a year and a term. Stored as year * 10 + term so semesters sort in time
// (2025 spring = 20251, 2025 autumn = 20253).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <cstdint>

namespace ef {

class Semester
{
    Q_DECLARE_TR_FUNCTIONS(Semester)

public:
    enum class Term { Spring = 1, Summer = 2, Autumn = 3 };

    Semester() = default;
    Semester(int year, Term term)
        : m_year(year)
        , m_term(term)
    { }

    int year() const { return m_year; }
    Term term() const { return m_term; }
    bool isValid() const { return m_year >= 2000 && m_year <= 2100; }
    Semester next() const;
    Semester previous() const;

    std::int64_t toStorage() const
    {
        return isValid() ? std::int64_t(m_year) * 10 + int(m_term) : 0;
    }
    static Semester fromStorage(const QVariant &v);
    // "2025-autumn": the stable text form used in files and on the wire.
    QString toKey() const;
    static Semester fromKey(QStringView key);
    // "Autumn 2025" in the UI language.
    QString label() const;

    friend bool operator==(const Semester &, const Semester &) = default;
    friend auto operator<=>(const Semester &a, const Semester &b)
    {
        return a.toStorage() <=> b.toStorage();
    }

private:
    int m_year = 0;
    Term m_term = Term::Spring;
};

} // namespace ef
