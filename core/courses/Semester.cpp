#include "courses/Semester.h"

namespace ef {

Semester Semester::next() const
{
    return m_term == Term::Autumn ? Semester(m_year + 1, Term::Spring)
                                  : Semester(m_year, Term(int(m_term) + 1));
}

Semester Semester::previous() const
{
    return m_term == Term::Spring ? Semester(m_year - 1, Term::Autumn)
                                  : Semester(m_year, Term(int(m_term) - 1));
}

Semester Semester::fromStorage(const QVariant &v)
{
    bool ok = false;
    const qlonglong n = v.toLongLong(&ok);
    const int term = int(n % 10);
    if (!ok || term < 1 || term > 3)
        return {};
    return Semester(int(n / 10), Term(term));
}

QString Semester::toKey() const
{
    static const char *const names[] = {"", "spring", "summer", "autumn"};
    return QStringLiteral("%1-%2").arg(m_year).arg(QLatin1String(names[int(m_term)]));
}

Semester Semester::fromKey(QStringView key)
{
    const qsizetype dash = key.indexOf(u'-');
    if (dash != 4)
        return {};
    bool ok = false;
    const int year = key.left(4).toInt(&ok);
    const QStringView t = key.mid(5);
    Term term;
    if (t == u"spring")
        term = Term::Spring;
    else if (t == u"summer")
        term = Term::Summer;
    else if (t == u"autumn")
        term = Term::Autumn;
    else
        return {};
    Semester s(year, term);
    return ok && s.isValid() ? s : Semester();
}

QString Semester::label() const
{
    if (!isValid())
        return {};
    switch (m_term) {
    case Term::Spring:
        return tr("Spring %1").arg(m_year);
    case Term::Summer:
        return tr("Summer %1").arg(m_year);
    case Term::Autumn:
        return tr("Autumn %1").arg(m_year);
    }
    return {};
}

} // namespace ef
