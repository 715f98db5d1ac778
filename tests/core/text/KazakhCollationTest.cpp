#include "text/KazakhCollation.h"

#include "Samples.h"
#include "TempStore.h"

#include <QStringList>
#include <algorithm>
#include <gtest/gtest.h>

using namespace ef;

namespace {

int cmp(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8(), y = b.toUtf8();
    return compareKazakh(x.constData(), int(x.size()), y.constData(), int(y.size()));
}

QStringList sorted(QStringList list)
{
    std::sort(
        list.begin(), list.end(), [](const QString &a, const QString &b) { return cmp(a, b) < 0; });
    return list;
}

} // namespace

TEST(KazakhCollation, KazakhLettersFollowTheirBaseLetters)
{
    EXPECT_EQ(sorted({QStringLiteral("Бақыт"), QStringLiteral("Әсем"), QStringLiteral("Арман")}),
        (QStringList {QStringLiteral("Арман"), QStringLiteral("Әсем"), QStringLiteral("Бақыт")}));
    EXPECT_LT(cmp(QStringLiteral("Гүлнар"), QStringLiteral("Ғалым")), 0);
    EXPECT_LT(cmp(QStringLiteral("Ғалым"), QStringLiteral("Дина")), 0);
    EXPECT_LT(cmp(QStringLiteral("Кәмшат"), QStringLiteral("Қайрат")), 0);
    EXPECT_LT(cmp(QStringLiteral("Қайрат"), QStringLiteral("Лаура")), 0);
    EXPECT_LT(cmp(QStringLiteral("Нұрлан"), QStringLiteral("Ңа")), 0);
    EXPECT_LT(cmp(QStringLiteral("Орал"), QStringLiteral("Өмір")), 0);
    EXPECT_LT(cmp(QStringLiteral("Өмір"), QStringLiteral("Пернебек")), 0);
    EXPECT_LT(cmp(QStringLiteral("Уәлихан"), QStringLiteral("Ұлан")), 0);
    EXPECT_LT(cmp(QStringLiteral("Ұлан"), QStringLiteral("Үміт")), 0);
    EXPECT_LT(cmp(QStringLiteral("Үміт"), QStringLiteral("Фариза")), 0);
    EXPECT_LT(cmp(QStringLiteral("Хамит"), QStringLiteral("Һ")), 0);
    EXPECT_LT(cmp(QStringLiteral("Һ"), QStringLiteral("Цой")), 0);
    EXPECT_LT(cmp(QStringLiteral("Ыбырай"), QStringLiteral("Іргебай")), 0);
    EXPECT_LT(cmp(QStringLiteral("Іргебай"), QStringLiteral("Эльмира")), 0);
}

TEST(KazakhCollation, CaseIsSecondary)
{
    EXPECT_LT(cmp(QStringLiteral("әсем"), QStringLiteral("Бақыт")), 0);
    EXPECT_LT(cmp(QStringLiteral("Әсем"), QStringLiteral("бақыт")), 0);
    EXPECT_LT(cmp(QStringLiteral("әсем"), QStringLiteral("Әсем")), 0); // lower case first on a tie
    EXPECT_EQ(cmp(QStringLiteral("Әсем"), QStringLiteral("Әсем")), 0);
}

TEST(KazakhCollation, LatinBeforeCyrillicAndDigitsFirst)
{
    EXPECT_LT(cmp(QStringLiteral("2025"), QStringLiteral("Almaty")), 0);
    EXPECT_LT(cmp(QStringLiteral("Zhanna"), QStringLiteral("Айгүл")), 0);
    EXPECT_LT(cmp(QStringLiteral("Aigerim"), QStringLiteral("Äsem")), 0);
    EXPECT_LT(cmp(QStringLiteral("Äsem"), QStringLiteral("Bolat")), 0);
}

TEST(KazakhCollation, IsATotalOrder)
{
    const QStringList names {QStringLiteral("Әлия"), QStringLiteral("алия"), QStringLiteral("Алия"),
        QStringLiteral("Ғани"), QStringLiteral("гани"), QStringLiteral("Aliya"),
        QStringLiteral("aliya"), QStringLiteral(""), QStringLiteral("Ә")};
    for (const QString &a : names) {
        EXPECT_EQ(cmp(a, a), 0);
        for (const QString &b : names) {
            EXPECT_EQ(cmp(a, b) < 0, cmp(b, a) > 0) << a.toStdString() << " " << b.toStdString();
            EXPECT_EQ(cmp(a, b) == 0, a == b);
        }
    }
}

TEST(KazakhCollation, TheStoreSortsNamesWithIt)
{
    // The collation is what the store's name indexes use: check ORDER BY through the real store.
    test::TempStore s;
    const QStringList names {QStringLiteral("Үмбетов"), QStringLiteral("Ахметов"),
        QStringLiteral("Ұлықбек"), QStringLiteral("Әбенов"), QStringLiteral("Бекова"),
        QStringLiteral("Ғабитов"), QStringLiteral("Гусев")};
    for (const QString &n : names) {
        Person p = test::sample::person(s.homeInstitution(), n);
        ASSERT_TRUE(s->insert(p));
    }
    QStringList got;
    Statement q = s->db().prepare(
        QStringLiteral("SELECT family_name FROM person ORDER BY family_name COLLATE KAZAKH"));
    while (q.next())
        got << q.text(0);
    EXPECT_EQ(got,
        (QStringList {QStringLiteral("Ахметов"), QStringLiteral("Әбенов"), QStringLiteral("Бекова"),
            QStringLiteral("Гусев"), QStringLiteral("Ғабитов"), QStringLiteral("Ұлықбек"),
            QStringLiteral("Үмбетов")}));
}
