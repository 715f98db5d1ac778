// Every certificate design, in each language alone, two and three together: rendered to PDF,
// turned into a picture by pdftoppm as a scanner would, its QR code read back with ZXing and
// verified, and its Kazakh text found by pdftotext (the font is embedded). The designs are found
// by listing the templates folder, so a new one cannot be left out. EF_KEEP_RENDERS=<dir> keeps
// the PDFs and pictures to look at.
#include "TestConsortium.h"
#include "certificates/CertificatePdf.h"
#include "certificates/CertificateSeal.h"
#include "certificates/CertificateVerifier.h"
#include "certificates/QrReader.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ef;
using namespace ef::test;

namespace {

struct Case
{
    QString design;
    QStringList languages;
};

QList<Case> cases()
{
    QList<Case> out;
    const QList<QStringList> sets {{QStringLiteral("kk")}, {QStringLiteral("ru")},
        {QStringLiteral("en")}, {QStringLiteral("kk"), QStringLiteral("en")},
        {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}};
    // The source folder, not the resources: the cases are listed before main() runs.
    const QDir folder(QStringLiteral(EF_SOURCE_DIR "/resources/certificates"));
    for (const QFileInfo &f : folder.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        if (f.fileName() == u"texts.json")
            continue;
        for (const QStringList &l : sets)
            out.append({f.completeBaseName(), l});
    }
    return out;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60'000);
    EXPECT_EQ(p.exitCode(), 0) << program.toStdString() << " "
                               << p.readAllStandardError().toStdString();
    return p.readAllStandardOutput();
}

void PrintTo(const Case &c, std::ostream *os)
{
    *os << c.design.toStdString() << " in " << c.languages.join(u'+').toStdString();
}

class CertificateRendering : public ::testing::TestWithParam<Case>
{
};

} // namespace

TEST(CertificateTemplates, EveryBuiltInDesignLoads)
{
    const QStringList ids = CertificateTemplate::builtInIds();
    EXPECT_GE(ids.size(), 3);
    bool portrait = false, landscape = false;
    for (const QString &id : ids) {
        const auto t = CertificateTemplate::builtIn(id);
        ASSERT_TRUE(t) << t.error().text().toStdString();
        (t->landscape ? landscape : portrait) = true;
        for (const QString &l : {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")})
            EXPECT_FALSE(t->name.value(l).isEmpty()) << id.toStdString();
    }
    EXPECT_TRUE(portrait && landscape);
}

TEST_P(CertificateRendering, ReadsBackAndVerifiesFromTheRenderedPage)
{
    const Case c = GetParam();
    ASSERT_FALSE(tool("pdftoppm").isEmpty()) << "poppler-utils is needed";
    QTemporaryDir tmp;
    const QString keep = qEnvironmentVariable("EF_KEEP_RENDERS");
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);
    const QString base = dir + u'/' + c.design + u'-' + c.languages.join(u'-');

    TestConsortium consortium;
    const auto design = CertificateTemplate::builtIn(c.design);
    ASSERT_TRUE(design);
    CertificateData data = CertificateData::sample();
    data.languages = c.languages;
    data.seal
        = CertificateSeal::sealWithinBudget(TestConsortium::samplePayload(), consortium.office);
    ASSERT_FALSE(data.seal.isEmpty());
    const auto written = CertificatePdf::write(base + QStringLiteral(".pdf"), *design, data, {});
    ASSERT_TRUE(written) << written.error().toStdString();

    run(tool("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
            QStringLiteral("-singlefile"), base + QStringLiteral(".pdf"), base});
    const QImage page(base + QStringLiteral(".png"));
    ASSERT_FALSE(page.isNull());
    // A4 at 150 dpi, in the design's orientation: the page is the size the template says.
    EXPECT_NEAR(page.width(), (design->landscape ? 297 : 210) / 25.4 * 150, 2);
    const QStringList codes = QrReader::read(page);
    ASSERT_FALSE(codes.isEmpty()) << "no QR code on " << base.toStdString();
    EXPECT_EQ(codes.first(), data.seal);
    const auto outcome
        = CertificateVerifier(consortium.trust, QDate(2026, 6, 1)).verify(codes.first());
    EXPECT_EQ(outcome.verdict, CertificateVerifier::Verdict::Valid);

    const QString text = QString::fromUtf8(
        run(tool("pdftotext"), {base + QStringLiteral(".pdf"), QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(QStringLiteral("Әйгерім"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("EF-EKTU-2026-000123")));
    if (c.languages.contains(QStringLiteral("kk"))) {
        EXPECT_TRUE(text.contains(QStringLiteral("Тренерлерді даярлау")));
        EXPECT_TRUE(text.contains(QStringLiteral("бірлесіп қаржыландырады")));
    }
    if (c.languages.contains(QStringLiteral("en"))) {
        EXPECT_TRUE(text.contains(QStringLiteral("Co-funded by the European Union")));
    }
    if (c.languages.contains(QStringLiteral("ru"))) {
        EXPECT_TRUE(text.contains(QStringLiteral("Софинансируется")));
    }
    const QString fonts = QString::fromUtf8(run(tool("pdffonts"), {base + QStringLiteral(".pdf")}));
    EXPECT_TRUE(fonts.contains(QStringLiteral("Noto"))) << fonts.toStdString();
    // Every font embedded: the "emb" column of each font's line says yes.
    static const QRegularExpression row(
        QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"));
    int rows = 0;
    for (const QString &line : fonts.split(u'\n')) {
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch())
            continue;
        ++rows;
        EXPECT_EQ(m.captured(1), QStringLiteral("yes")) << line.toStdString();
    }
    EXPECT_GT(rows, 0) << fonts.toStdString();
}

INSTANTIATE_TEST_SUITE_P(AllDesigns, CertificateRendering, ::testing::ValuesIn(cases()),
    [](const ::testing::TestParamInfo<Case> &info) {
        QString name = info.param.design + u'_' + info.param.languages.join(u'_');
        name.replace(u'-', u'_');
        return name.toStdString();
    });
