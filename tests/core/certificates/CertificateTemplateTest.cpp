// Broken templates, each a file in bad-templates/ with a .expected beside it (the field the
// error must name, then words of the message): found by listing the folder.
#include "certificates/CertificateTemplate.h"

#include "certificates/CertificateRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace ef;

namespace {

QString folder()
{
    return QStringLiteral(EF_SOURCE_DIR "/tests/core/certificates/bad-templates");
}

QStringList badTemplates()
{
    QStringList out;
    for (const QFileInfo &f :
        QDir(folder()).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << f.completeBaseName();
    return out;
}

class BadTemplate : public ::testing::TestWithParam<QString>
{
};

} // namespace

TEST_P(BadTemplate, IsRefusedNamingTheFileAndField)
{
    const QString path = folder() + u'/' + GetParam() + QStringLiteral(".json");
    QFile expected(folder() + u'/' + GetParam() + QStringLiteral(".expected"));
    ASSERT_TRUE(expected.open(QIODevice::ReadOnly)) << "every bad template says what it expects";
    const QStringList lines = QString::fromUtf8(expected.readAll()).split(u'\n');
    ASSERT_GE(lines.size(), 2);
    const auto t = CertificateTemplate::load(path);
    ASSERT_FALSE(t) << "loaded: " << path.toStdString();
    EXPECT_EQ(t.error().field, lines[0]);
    EXPECT_TRUE(t.error().message.contains(lines[1])) << t.error().message.toStdString();
    EXPECT_TRUE(t.error().text().contains(QFileInfo(path).fileName()));
    if (!lines[0].isEmpty()) {
        EXPECT_TRUE(t.error().text().contains(lines[0]));
    }
}

INSTANTIATE_TEST_SUITE_P(Files, BadTemplate, ::testing::ValuesIn(badTemplates()),
    [](const ::testing::TestParamInfo<QString> &info) {
        QString name = info.param;
        name.replace(u'-', u'_');
        return name.toStdString();
    });

TEST(CertificateTemplate, ResolvesPlaceholdersPerLanguage)
{
    CertificateRenderer r;
    CertificateData d = CertificateData::sample();
    d.languages = {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
    // Outside a block: each language once, the same wording only once.
    EXPECT_EQ(
        r.resolve(QStringLiteral("{title}"), d, {}), QStringLiteral("СЕРТИФИКАТ / CERTIFICATE"));
    EXPECT_EQ(
        r.resolve(QStringLiteral("{programme@3}"), d, {}), QStringLiteral("Trainer Preparation"));
    EXPECT_EQ(r.resolve(QStringLiteral("{event_dates}"), d, QStringLiteral("kk")),
        QStringLiteral("2026 ж. 16–20 ақпан"));
    EXPECT_EQ(r.resolve(QStringLiteral("{event_dates}"), d, QStringLiteral("ru")),
        QStringLiteral("16–20 февраля 2026 г."));
    EXPECT_EQ(r.resolve(QStringLiteral("{ects}"), d, QStringLiteral("ru")),
        QStringLiteral("Кредиты ECTS: 1,5"));
    // A missing value leaves no dangling separators.
    d.ects = 0;
    EXPECT_EQ(r.resolve(QStringLiteral("{hours} · {ects}"), d, QStringLiteral("en")),
        QStringLiteral("Workload: 40 hours"));
    d.script = CertificateData::Script::Latin;
    EXPECT_EQ(r.resolve(QStringLiteral("{holder}"), d, {}), QStringLiteral("Serikkyzy Aigerim"));
    d.script = CertificateData::Script::Native;
    EXPECT_EQ(r.resolve(QStringLiteral("{holder}"), d, {}),
        QStringLiteral("Серікқызы Әйгерім Нұрланқызы"));
}

TEST(CertificateTexts, EveryTextIsInEveryLanguage)
{
    const CertificateTexts &t = CertificateTexts::builtIn();
    for (const QString &key : t.keys()) {
        for (const QString &l :
            {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}) {
            // Only the parts of a sentence that a language puts elsewhere may be empty.
            if (key != u"before_programme" && key != u"after_programme") {
                EXPECT_FALSE(t.text(key, l).isEmpty())
                    << key.toStdString() << " " << l.toStdString();
            }
        }
    }
    EXPECT_TRUE(t.text(QStringLiteral("funding"), QStringLiteral("en"))
                    .contains(QStringLiteral("Co-funded by the European Union")));
    // Every placeholder the templates may use has a value or a text.
    CertificateRenderer r;
    const CertificateData d = CertificateData::sample();
    for (const QString &name : CertificateTemplate::placeholders())
        EXPECT_FALSE(r.value(name, d, QStringLiteral("kk")).isEmpty() && name != u"replaces"
            && name != u"before_programme")
            << name.toStdString();
}
