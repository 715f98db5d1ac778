// One thing wrong with a value: the field it concerns (the column name, which the UI maps to
// its widget) and a translated message for the user.
#pragma once

#include <QList>
#include <QString>

namespace ef {

struct Problem
{
    QString field;
    QString message;

    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

inline bool hasProblem(const Problems &problems, QStringView field)
{
    for (const Problem &p : problems)
        if (p.field == field)
            return true;
    return false;
}

} // namespace ef
