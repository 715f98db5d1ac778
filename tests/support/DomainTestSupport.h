// Helpers for the domain rule tests: a valid record has no problem, and each rule broken on its
// own yields problems on exactly the field it concerns, with a message for the user.
#pragma once

#include "QtPrinters.h"
#include "records/Problem.h"
#include "util/Uuid.h"

#include <QRandomGenerator>
#include <QString>
#include <functional>
#include <gtest/gtest.h>
#include <initializer_list>

namespace ef::test {

// A fresh UUIDv7 for a test record; seeded, so a failing run can be repeated.
inline Uuid newId()
{
    static QRandomGenerator rng(5);
    return Uuid::v7(1'764'000'000'000, rng);
}

// n characters of text, for length limits (Cyrillic: a limit counts characters, not bytes).
inline QString text(int n)
{
    return QString(n, QChar(u'Ж'));
}

inline QString describe(const Problems &problems)
{
    QString out;
    for (const Problem &p : problems)
        out += QStringLiteral("\n  %1: %2").arg(p.field, p.message);
    return out;
}

template <class T>::testing::AssertionResult isValid(const T &record)
{
    const Problems p = record.validate();
    if (p.isEmpty())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "unexpected problems:" << describe(p).toStdString();
}

// One way to break a valid record, and the field whose problem it must cause.
template <class T> struct Broken
{
    const char *what;
    std::function<void(T &)> change;
    const char *field;
};

template <class T> void expectEachAlone(const T &valid, std::initializer_list<Broken<T>> cases)
{
    ASSERT_TRUE(isValid(valid));
    for (const Broken<T> &c : cases) {
        SCOPED_TRACE(c.what);
        T record = valid;
        c.change(record);
        const Problems problems = record.validate();
        EXPECT_FALSE(problems.isEmpty()) << "no problem reported on " << c.field;
        for (const Problem &p : problems) {
            EXPECT_EQ(p.field, QString::fromLatin1(c.field)) << p.message.toStdString();
            EXPECT_FALSE(p.message.trimmed().isEmpty());
            EXPECT_FALSE(p.message.contains(QLatin1String("%1"))) << p.message.toStdString();
        }
    }
}

// Changes that keep a record valid: limits are inclusive, optional fields may stay empty.
template <class T> struct Accepted
{
    const char *what;
    std::function<void(T &)> change;
};

template <class T> void expectEachAccepted(const T &valid, std::initializer_list<Accepted<T>> cases)
{
    for (const Accepted<T> &c : cases) {
        SCOPED_TRACE(c.what);
        T record = valid;
        c.change(record);
        EXPECT_TRUE(isValid(record));
    }
}

} // namespace ef::test
