// Every language is complete: no unfinished, obsolete or empty translation in any .ts file, the
// same source strings in each, and no tr() string in the code that the .ts files lack.
#include "QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

const QString SourceDir = QStringLiteral(EF_SOURCE_DIR);
const QStringList Languages {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};

struct Catalogue
{
    QSet<QString> sources; // "context|source"
    QStringList problems;
};

Catalogue read(const QString &path)
{
    Catalogue c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        c.problems << QStringLiteral("cannot open %1").arg(path);
        return c;
    }
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
            c.sources.insert(context + u'|' + source);
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!type.isEmpty())
                c.problems << QStringLiteral("%1: \"%2\" is %3").arg(context, source, type);
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.trimmed().isEmpty())
                c.problems << QStringLiteral("%1: \"%2\" has no translation").arg(context, source);
            // A bulk edit whose pattern ran past </source> swallows the messages after it.
            if (text.contains(u"</source>") || text.contains(u"<translation"))
                c.problems << QStringLiteral("%1: \"%2\" has .ts markup in its translation")
                                  .arg(context, source);
        }
    }
    if (xml.hasError())
        c.problems << QStringLiteral("%1: %2").arg(path, xml.errorString());
    return c;
}

QString tsPath(const QString &dir, const QString &lang)
{
    return dir + QStringLiteral("/edufusion_%1.ts").arg(lang);
}

} // namespace

TEST(Translations, EveryLanguageIsCompleteAndHasTheSameStrings)
{
    const Catalogue en
        = read(tsPath(SourceDir + QStringLiteral("/translations"), QStringLiteral("en")));
    ASSERT_FALSE(en.sources.isEmpty());
    for (const QString &lang : Languages) {
        const Catalogue c = read(tsPath(SourceDir + QStringLiteral("/translations"), lang));
        EXPECT_TRUE(c.problems.isEmpty()) << lang.toStdString() << ":\n  "
                                          << c.problems.join(QStringLiteral("\n  ")).toStdString();
        EXPECT_EQ(c.sources, en.sources)
            << lang.toStdString() << " has other source strings than en";
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
        ASSERT_TRUE(QFile::copy(
            tsPath(SourceDir + QStringLiteral("/translations"), lang), tsPath(tmp.path(), lang)));
        args << tsPath(tmp.path(), lang);
    }
    QProcess lupdate;
    lupdate.start(QStringLiteral(EF_LUPDATE), args);
    ASSERT_TRUE(lupdate.waitForFinished(120000)) << lupdate.errorString().toStdString();
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    for (const QString &lang : Languages) {
        const Catalogue c = read(tsPath(tmp.path(), lang));
        EXPECT_TRUE(c.problems.isEmpty())
            << "run scripts/update-translations.sh and translate; " << lang.toStdString() << ":\n  "
            << c.problems.join(QStringLiteral("\n  ")).toStdString();
    }
}
