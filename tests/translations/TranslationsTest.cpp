// Every language is complete: no unfinished, obsolete, vanished or empty translation in any .ts
// file, the same source strings in each, no tr() string in the code that the .ts files lack,
// plural forms as each language has them, and the placeholders and markup of every source kept.
// Qt's own strings in Kazakh (qtbase_kk.ts) are real Qt sources and all translated.
#include "QtPrinters.h"
#include "TsFile.h"

#include <QDir>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace ef::test {
namespace {

const QString SourceDir = QStringLiteral(EF_SOURCE_DIR);
const QStringList Languages {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};

QString tsPath(const QString &dir, const QString &lang)
{
    return dir + QStringLiteral("/edufusion_%1.ts").arg(lang);
}
QString translations()
{
    return SourceDir + QStringLiteral("/translations");
}

QString key(const TsMessage &m)
{
    return m.context + u'|' + m.source + u'|' + m.comment;
}

// Unfinished, obsolete, vanished or empty entries.
QStringList incomplete(const TsFile &ts)
{
    QStringList problems;
    if (!ts.error.isEmpty())
        problems << ts.error;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1: \"%2\" is %3").arg(m.context, m.source, m.type);
        if (m.translations.isEmpty()
            || std::any_of(m.translations.begin(), m.translations.end(),
                [](const QString &t) { return t.trimmed().isEmpty(); }))
            problems << QStringLiteral("%1: \"%2\" has no translation").arg(m.context, m.source);
        // A bulk edit whose pattern ran past </source> swallows the messages after it.
        if (std::any_of(m.translations.begin(), m.translations.end(), [](const QString &t) {
                return t.contains(u"</source>") || t.contains(u"<translation");
            }))
            problems << QStringLiteral("%1: \"%2\" has .ts markup in its translation")
                            .arg(m.context, m.source);
    }
    return problems;
}

// %1 … %99 and %n, and the names of the HTML elements, as a sorted list.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(%(\d{1,2}|n)|</?([a-zA-Z][a-zA-Z0-9]*))"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0).toLower();
    out.sort();
    return out;
}

} // namespace

TEST(Translations, EveryLanguageIsCompleteAndHasTheSameStrings)
{
    const TsFile en = TsFile::read(tsPath(translations(), QStringLiteral("en")));
    ASSERT_FALSE(en.messages.isEmpty());
    QSet<QString> enKeys;
    for (const TsMessage &m : en.messages)
        enKeys.insert(key(m));
    for (const QString &lang : Languages) {
        const TsFile ts = TsFile::read(tsPath(translations(), lang));
        const QStringList problems = incomplete(ts);
        EXPECT_TRUE(problems.isEmpty())
            << lang.toStdString() << ":\n  " << problems.join(QStringLiteral("\n  ")).toStdString();
        QSet<QString> keys;
        for (const TsMessage &m : ts.messages)
            keys.insert(key(m));
        EXPECT_EQ(keys, enKeys) << lang.toStdString() << " has other source strings than en";
    }
}

TEST(Translations, PluralFormsAreThoseOfEachLanguage)
{
    // What lrelease reads for each language: Kazakh and English "one" and "other", Russian
    // "one" (1, 21 …), "few" (2–4, 22–24 …) and "many".
    const QHash<QString, int> forms {
        {QStringLiteral("kk"), 2}, {QStringLiteral("ru"), 3}, {QStringLiteral("en"), 2}};
    for (const QString &lang : Languages) {
        const TsFile ts = TsFile::read(tsPath(translations(), lang));
        int plurals = 0;
        for (const TsMessage &m : ts.messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            EXPECT_EQ(m.translations.size(), forms.value(lang))
                << lang.toStdString() << ": " << m.source.toStdString();
            for (const QString &form : m.translations)
                EXPECT_TRUE(form.contains(u"%n") || !m.source.contains(u"%n"))
                    << lang.toStdString() << ": \"" << form.toStdString() << "\" lost %n";
        }
        EXPECT_GT(plurals, 0) << lang.toStdString();
    }
}

TEST(Translations, PlaceholdersAndMarkupAreKept)
{
    for (const QString &lang : Languages) {
        const TsFile ts = TsFile::read(tsPath(translations(), lang));
        for (const TsMessage &m : ts.messages) {
            // A plural source's %n may be spelt out in a form for one ("один") only in English
            // style; we keep %n everywhere, so all placeholders must match.
            const QStringList expected = placeholders(m.source);
            for (const QString &t : m.translations)
                EXPECT_EQ(placeholders(t), expected)
                    << lang.toStdString() << ", " << m.context.toStdString() << ": \""
                    << m.source.toStdString() << "\" → \"" << t.toStdString() << "\"";
        }
    }
}

TEST(Translations, NoStringInTheCodeIsMissing)
{
    // lupdate the current code into copies of the .ts files: anything new shows up unfinished.
    QTemporaryDir tmp;
    QStringList args {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
        QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
        SourceDir + QStringLiteral("/app"), SourceDir + QStringLiteral("/ui"),
        SourceDir + QStringLiteral("/core"), QStringLiteral("-ts")};
    for (const QString &lang : Languages) {
        ASSERT_TRUE(QFile::copy(tsPath(translations(), lang), tsPath(tmp.path(), lang)));
        args << tsPath(tmp.path(), lang);
    }
    QProcess lupdate;
    lupdate.start(QStringLiteral(EF_LUPDATE), args);
    ASSERT_TRUE(lupdate.waitForFinished(120000)) << lupdate.errorString().toStdString();
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    for (const QString &lang : Languages) {
        const QStringList problems = incomplete(TsFile::read(tsPath(tmp.path(), lang)));
        EXPECT_TRUE(problems.isEmpty())
            << "run scripts/update-translations.sh and translate; " << lang.toStdString() << ":\n  "
            << problems.join(QStringLiteral("\n  ")).toStdString();
    }
}

TEST(Translations, QtsOwnStringsInKazakhAreRealQtSourcesAndTranslated)
{
    const TsFile kk = TsFile::read(translations() + QStringLiteral("/qtbase_kk.ts"));
    const QStringList problems = incomplete(kk);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QStringLiteral("\n  ")).toStdString();
    EXPECT_EQ(kk.language, QStringLiteral("kk_KZ"));
    ASSERT_GT(kk.messages.size(), 100);

    // Qt's Russian names the sources Qt translates: a Kazakh entry with a context or source
    // Qt does not use would never be looked up.
    const QString ruQm
        = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ru.qm");
    ASSERT_TRUE(QFile::exists(ruQm)) << ruQm.toStdString();
    QTemporaryDir tmp;
    const QString ruTs = tmp.filePath(QStringLiteral("qtbase_ru.ts"));
    QProcess lconvert;
    lconvert.start(
        QStringLiteral(EF_LCONVERT), {QStringLiteral("-i"), ruQm, QStringLiteral("-o"), ruTs});
    ASSERT_TRUE(lconvert.waitForFinished(60000));
    ASSERT_EQ(lconvert.exitCode(), 0) << lconvert.readAllStandardError().toStdString();
    QSet<QString> qtSources;
    for (const TsMessage &m : TsFile::read(ruTs).messages)
        qtSources.insert(m.context + u'|' + m.source);
    ASSERT_FALSE(qtSources.isEmpty());
    for (const TsMessage &m : kk.messages) {
        EXPECT_TRUE(qtSources.contains(m.context + u'|' + m.source))
            << m.context.toStdString() << ": \"" << m.source.toStdString()
            << "\" is not a string of Qt's";
        for (const QString &t : m.translations)
            EXPECT_EQ(placeholders(t), placeholders(m.source)) << m.source.toStdString();
    }
    // The standard buttons and the line-edit menu are there.
    for (const char *needed : {"QPlatformTheme|Save", "QPlatformTheme|Cancel",
             "QPlatformTheme|&Yes", "QPlatformTheme|Discard", "QMessageBox|Show Details...",
             "QLineEdit|&Copy", "QLineEdit|&Paste", "QFileDialog|File &name:"}) {
        const QString k = QString::fromUtf8(needed);
        EXPECT_TRUE(std::any_of(kk.messages.begin(), kk.messages.end(), [&](const TsMessage &m) {
            return m.context + u'|' + m.source == k;
        })) << needed;
    }
}

} // namespace ef::test
