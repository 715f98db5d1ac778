// Small query helpers for assertions on a store's tables.
#pragma once

#include "store/Database.h"

#include <QStringList>
#include <gtest/gtest.h>

namespace ef::test {

// The first column of every row, as text.
inline QStringList column(Database &db, const QString &sql)
{
    QStringList values;
    Statement s = db.prepare(sql);
    while (s.next())
        values << s.text(0);
    EXPECT_FALSE(s.failed()) << s.error().toString().toStdString();
    return values;
}

// A single number (count(*) and the like).
inline qint64 number(Database &db, const QString &sql)
{
    Statement s = db.prepare(sql);
    EXPECT_TRUE(s.next()) << sql.toStdString();
    return s.int64(0);
}

} // namespace ef::test
