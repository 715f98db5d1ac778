// docs/certificates.md's worked example is the code's own output: each ```text example:NAME
// block of the page is made here again from the fixed seeds and must match, so the page a
// second verifier follows cannot drift from what the app signs. EF_UPDATE_DOCS=1 rewrites the
// blocks (then read the diff).
#include "certificates/CertificatePayload.h"
#include "certificates/CertificateSeal.h"
#include "certificates/CertificateVerifier.h"
#include "certificates/CoseSign1.h"
#include "certificates/Ed25519.h"
#include "certificates/KeyCertificate.h"
#include "certificates/RevocationList.h"
#include "certificates/SigningKey.h"
#include "certificates/TrustList.h"

#include <QCborValue>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace ef;

namespace {

QString wrapped(const QByteArray &bytes)
{
    const QString hex = QString::fromLatin1(bytes.toHex());
    QStringList lines;
    for (qsizetype i = 0; i < hex.size(); i += 64)
        lines << hex.mid(i, 64);
    return lines.join(u'\n');
}

struct Example
{
    QMap<QString, QString> blocks;
    QString seal;
    TrustList trust;
};

Example make()
{
    const SigningKey root = SigningKey::fromSeed(QByteArray(32, '\x01'));
    const SigningKey office = SigningKey::fromSeed(QByteArray(32, '\x02'));
    KeyCertificate f;
    f.office = QStringLiteral("EKTU");
    f.officeName = QStringLiteral("D. Serikbayev EKTU");
    f.publicKey = office.publicKey();
    f.validFrom = QDate(2026, 1, 1);
    f.validUntil = QDate(2027, 12, 31);
    f.firstSerial = 1;
    f.lastSerial = 9999;
    f.certifiedAt = 1'767'225'600;
    const KeyCertificate cert = KeyCertificate::certify(f, root);
    const CertificatePayload p = CertificatePayload::sample();
    const QByteArray cbor = p.toCbor();
    const CoseSign1 cose = CoseSign1::sign(cbor, office);
    RevocationList list;
    list.office = QStringLiteral("EKTU");
    list.issuedAt = 1'772'409'600;
    list.sequence = 1;
    list.entries = {{p.number, RevocationList::State::Revoked, QDate(2026, 3, 2), {}}};
    const RevocationList signedList = RevocationList::sign(list, office);

    Example e;
    e.seal = CertificateSeal::seal(p, office);
    e.blocks = {{QStringLiteral("root-public-key"), wrapped(root.publicKey())},
        {QStringLiteral("office-public-key"), wrapped(office.publicKey())},
        {QStringLiteral("office-kid"), wrapped(Ed25519::keyId(office.publicKey()))},
        {QStringLiteral("key-certificate"), wrapped(cert.encoded)},
        {QStringLiteral("payload"), wrapped(cbor)},
        {QStringLiteral("payload-diagnostic"),
            QCborValue::fromCbor(cbor).toDiagnosticNotation(QCborValue::LineWrapped)},
        {QStringLiteral("cose-sign1"), wrapped(cose.encode())}, {QStringLiteral("qr-text"), e.seal},
        {QStringLiteral("revocation-list"), wrapped(signedList.encoded)}};
    e.trust.addRoot(root.publicKey(), false);
    e.trust.addKeyCertificate(cert.encoded);
    e.trust.addRevocationList(signedList.encoded);
    return e;
}

const QRegularExpression &blockPattern()
{
    static const QRegularExpression re(QStringLiteral("```text example:([a-z0-9-]+)\\n(.*?)```"),
        QRegularExpression::DotMatchesEverythingOption);
    return re;
}

} // namespace

TEST(CertificateWorkedExample, ThePageShowsWhatTheCodeSigns)
{
    const Example e = make();
    QFile doc(QStringLiteral(EF_SOURCE_DIR "/docs/certificates.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(doc.readAll());
    doc.close();
    if (qEnvironmentVariableIsSet("EF_UPDATE_DOCS")) {
        QString out;
        qsizetype last = 0;
        auto it = blockPattern().globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += text.mid(last, m.capturedStart(2) - last);
            out += e.blocks.value(m.captured(1)) + u'\n';
            last = m.capturedEnd(2);
        }
        out += text.mid(last);
        ASSERT_TRUE(doc.open(QIODevice::WriteOnly | QIODevice::Truncate));
        doc.write(out.toUtf8());
        doc.close();
        text = out;
    }
    QStringList found;
    auto it = blockPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        found << m.captured(1);
        EXPECT_EQ(m.captured(2).trimmed(), e.blocks.value(m.captured(1)))
            << "docs/certificates.md, example:" << m.captured(1).toStdString();
    }
    for (const QString &name : e.blocks.keys())
        EXPECT_TRUE(found.contains(name)) << name.toStdString() << " is missing from the page";
}

// The example, followed step by step as the page says, verifies; the list revokes it.
TEST(CertificateWorkedExample, VerifiesAndIsRevokedByItsList)
{
    const Example e = make();
    EXPECT_LE(e.seal.size(), CertificateSeal::MaxTextLength);
    TrustList withoutList;
    withoutList.addRoot(e.trust.roots().first().publicKey, false);
    withoutList.addKeyCertificate(e.trust.keyCertificates().first().encoded);
    EXPECT_EQ(CertificateVerifier(withoutList, QDate(2026, 6, 1)).verify(e.seal).verdict,
        CertificateVerifier::Verdict::Valid);
    EXPECT_EQ(CertificateVerifier(e.trust, QDate(2026, 6, 1)).verify(e.seal).verdict,
        CertificateVerifier::Verdict::Revoked);
    EXPECT_EQ(CertificateVerifier(withoutList, QDate(2029, 3, 1)).verify(e.seal).verdict,
        CertificateVerifier::Verdict::Expired);
}
