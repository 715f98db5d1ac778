// The values a list's filter offers that come from the data, not from a fixed set of words: the
// semesters the offerings are in. The filter bar shows them; it runs no query of its own.
#pragma once

#include "courses/Semester.h"

#include <QList>

namespace ef {

class Store;

class FilterChoices
{
public:
    // Every semester a live offering is in, the latest first.
    static QList<Semester> semesters(Store &store);
};

} // namespace ef
