// The Russian and Kazakh translations use the glossary's terms (docs/glossary.md): a string that
// contains an English term is translated with that term's stems.
#include "QtPrinters.h"
#include "TsFile.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

namespace ef::test {
namespace {

struct Term
{
    QString english;
    QStringList ru; // the stem of each word
    QStringList kk;
};

QStringList stems(const QString &cell)
{
    QStringList out;
    for (const QString &word : cell.split(u' ', Qt::SkipEmptyParts))
        out << word.section(u'·', 0, 0).toLower();
    return out;
}

QList<Term> readGlossary()
{
    QList<Term> terms;
    QFile f(QStringLiteral(EF_SOURCE_DIR "/docs/glossary.md"));
    if (!f.open(QIODevice::ReadOnly))
        return terms;
    bool inTable = false;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.startsWith(u"| English")) {
            inTable = true;
            continue;
        }
        if (!inTable || !line.startsWith(u"| ") || line.startsWith(u"| ---"))
            continue;
        const QStringList cells = line.mid(1, line.size() - 2).split(u'|');
        if (cells.size() >= 3)
            terms.append({cells.at(0).trimmed(), stems(cells.at(1)), stems(cells.at(2))});
    }
    return terms;
}

bool mentions(const QString &source, const QString &english)
{
    return QRegularExpression(QStringLiteral("(?<![\\w-])") + QRegularExpression::escape(english),
        QRegularExpression::CaseInsensitiveOption)
        .match(source)
        .hasMatch();
}

// Every use of a term in `ts` that its translation does not follow, as "context: source → text".
QStringList misuses(const QList<Term> &terms, const QList<TsMessage> &messages, bool kazakh)
{
    QStringList out;
    for (const TsMessage &m : messages) {
        for (const Term &term : terms) {
            if (!mentions(m.source, term.english))
                continue;
            // The longer term rules where two start alike ("gender", "gender-inclusive").
            if (std::any_of(terms.begin(), terms.end(), [&](const Term &other) {
                    return other.english.size() > term.english.size()
                        && other.english.startsWith(term.english, Qt::CaseInsensitive)
                        && mentions(m.source, other.english);
                }))
                continue;
            for (const QString &t : m.translations) {
                if (t.contains(term.english, Qt::CaseInsensitive))
                    continue; // kept as an English word: a command-line key, not the term
                const QString lower = t.toLower();
                const QStringList &want = kazakh ? term.kk : term.ru;
                if (!std::all_of(want.begin(), want.end(),
                        [&](const QString &stem) { return lower.contains(stem); }))
                    out << QStringLiteral("%1: “%2” → “%3” (%4: %5)")
                               .arg(m.context, m.source, t, term.english, want.join(u' '));
            }
        }
    }
    return out;
}

} // namespace

TEST(Glossary, HasTheDomainTermsInThreeLanguages)
{
    const QList<Term> terms = readGlossary();
    EXPECT_GE(terms.size(), 35);
    QStringList english;
    for (const Term &t : terms) {
        english << t.english;
        EXPECT_FALSE(t.ru.isEmpty() || t.ru.contains(QString())) << t.english.toStdString();
        EXPECT_FALSE(t.kk.isEmpty() || t.kk.contains(QString())) << t.english.toStdString();
    }
    for (const char *needed : {"partnership", "memorandum", "internship", "certificate", "educator",
             "trainer", "enrollment", "offering", "semester", "accredit", "indicator", "target"})
        EXPECT_TRUE(english.contains(QString::fromLatin1(needed))) << needed;
}

TEST(Glossary, TranslationsUseTheGlossaryTerms)
{
    const QList<Term> terms = readGlossary();
    ASSERT_FALSE(terms.isEmpty());
    for (const char *lang : {"ru", "kk"}) {
        const TsFile ts = TsFile::read(QStringLiteral(EF_SOURCE_DIR "/translations/edufusion_%1.ts")
                                           .arg(QLatin1StringView(lang)));
        ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
        const QStringList problems = misuses(terms, ts.messages, QByteArrayView(lang) == "kk");
        EXPECT_TRUE(problems.isEmpty())
            << lang << ":\n  " << problems.join(QStringLiteral("\n  ")).toStdString();
    }
}

TEST(Glossary, TheCheckFindsAnotherWordForATerm)
{
    const QList<Term> terms = readGlossary();
    TsMessage indicator {QStringLiteral("Test"), QStringLiteral("Indicators"), {}, false, {},
        {QStringLiteral("Индикаторы")}};
    TsMessage literal {QStringLiteral("Test"), QStringLiteral("Start in: partnerships"), {}, false,
        {}, {QStringLiteral("Начать с: partnerships")}};
    TsMessage inflected {QStringLiteral("Test"), QStringLiteral("Partnerships"), {}, false, {},
        {QStringLiteral("Серіктестіктер")}};
    EXPECT_EQ(misuses(terms, {indicator, literal}, false).size(), 1);
    EXPECT_TRUE(misuses(terms, {inflected}, true).isEmpty());
}

} // namespace ef::test
