// The search key of a text: lower case, Cyrillic (Kazakh and Russian) and Latin spellings folded
// to one ASCII form, so "Серікбаев", "Serikbayev" and "Serıkbaev" all find each other.
// The full-text index stores folded text and queries are folded the same way.
#pragma once

#include <QString>

namespace ef {

class SearchFold
{
public:
    static QString fold(QStringView text);
    // An FTS5 MATCH expression: every word typed must start a word in the record.
    // Returns an empty string when the input holds no searchable word.
    static QString matchQuery(QStringView userInput);
};

} // namespace ef
