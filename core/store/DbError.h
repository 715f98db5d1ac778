// What went wrong in the database layer: the SQLite result code, its message and the statement.
#pragma once

#include <QString>

namespace ef {

struct DbError
{
    int code = 0; // SQLite primary or extended result code
    QString message; // SQLite's English text, for logs; the UI maps codes to translated text
    QString sql;

    bool isConstraint() const { return (code & 0xff) == 19; } // SQLITE_CONSTRAINT
    bool isBusy() const { return (code & 0xff) == 5 || (code & 0xff) == 6; }
    QString toString() const;
};

} // namespace ef
