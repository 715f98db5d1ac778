#include "KeyCertificate.h"

#include "Cbor.h"
#include "Ed25519.h"
#include "SigningKey.h"

#include <QCborArray>
#include <QCborMap>

namespace ef {

namespace {

enum Key { KVersion = 1, KOffice, KOfficeName, KPublicKey, KFrom, KUntil, KSerials, KDemo, KAt };

} // namespace

QByteArray KeyCertificate::keyId() const
{
    return Ed25519::keyId(publicKey);
}

KeyCertificate KeyCertificate::certify(KeyCertificate f, const SigningKey &root)
{
    QCborMap m;
    m.insert(KVersion, Version);
    m.insert(KOffice, f.office);
    m.insert(KOfficeName, f.officeName);
    m.insert(KPublicKey, f.publicKey);
    m.insert(KFrom, Cbor::date(f.validFrom));
    m.insert(KUntil, Cbor::date(f.validUntil));
    m.insert(KSerials, QCborArray {f.firstSerial, f.lastSerial});
    if (f.demo)
        m.insert(KDemo, true);
    m.insert(KAt, f.certifiedAt);
    const CoseSign1 signedCert = CoseSign1::sign(Cbor::encode(m), root);
    f.rootKid = signedCert.kid;
    f.encoded = signedCert.encode();
    return f;
}

std::optional<KeyCertificate> KeyCertificate::decode(
    QByteArrayView bytes, QByteArrayView rootPublicKey, QString *why)
{
    auto fail = [why](const QString &message) -> std::optional<KeyCertificate> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    const std::optional<CoseSign1> cose = CoseSign1::decode(bytes, why);
    if (!cose)
        return std::nullopt;
    if (!rootPublicKey.isEmpty() && !cose->verify(rootPublicKey))
        return fail(QStringLiteral("the root's signature does not match"));
    const std::optional<QCborValue> v = Cbor::decode(cose->payload, why);
    if (!v || !v->isMap())
        return fail(QStringLiteral("the key certificate is not a map"));
    const QCborMap m = v->toMap();
    for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
        const qint64 k = it.key().isInteger() ? it.key().toInteger() : 0;
        if (k < KVersion || k > KAt)
            return fail(QStringLiteral("an unknown field %1").arg(it.key().toDiagnosticNotation()));
    }
    KeyCertificate c;
    if (m.value(KVersion).toInteger(-1) != Version)
        return fail(QStringLiteral("not version %1").arg(Version));
    c.office = m.value(KOffice).toString();
    c.officeName = m.value(KOfficeName).toString();
    c.publicKey = m.value(KPublicKey).toByteArray();
    const auto from = Cbor::toDate(m.value(KFrom));
    const auto until = Cbor::toDate(m.value(KUntil));
    const QCborArray serials = m.value(KSerials).toArray();
    if (!m.value(KOffice).isString() || c.office.isEmpty() || c.office.size() > 16
        || c.publicKey.size() != Ed25519::PublicKeySize || !from || !until || *until < *from
        || serials.size() != 2 || !serials[0].isInteger() || !serials[1].isInteger())
        return fail(QStringLiteral("a field is missing or of the wrong type"));
    c.validFrom = *from;
    c.validUntil = *until;
    c.firstSerial = int(serials[0].toInteger());
    c.lastSerial = int(serials[1].toInteger());
    if (c.firstSerial < 1 || c.lastSerial > 999'999 || c.lastSerial < c.firstSerial)
        return fail(QStringLiteral("a bad block of serials"));
    if (m.contains(KDemo) && !m.value(KDemo).isTrue())
        return fail(QStringLiteral("the demo mark is not true"));
    c.demo = m.value(KDemo).isTrue();
    if (!m.value(KAt).isInteger())
        return fail(QStringLiteral("no time of certification"));
    c.certifiedAt = m.value(KAt).toInteger();
    c.rootKid = cose->kid;
    c.encoded = bytes.toByteArray();
    return c;
}

} // namespace ef
