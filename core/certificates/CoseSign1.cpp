#include "CoseSign1.h"

#include "Cbor.h"
#include "Ed25519.h"
#include "SigningKey.h"

#include <QCborArray>
#include <QCborMap>

namespace ef {

namespace {

QByteArray protectedFor(const QByteArray &kid)
{
    QCborMap h;
    h.insert(CoseSign1::LabelAlg, CoseSign1::AlgEdDSA);
    h.insert(CoseSign1::LabelKid, kid);
    return Cbor::encode(h);
}

} // namespace

CoseSign1 CoseSign1::sign(const QByteArray &payload, const SigningKey &key)
{
    CoseSign1 m;
    m.kid = key.keyId();
    m.protectedHeader = protectedFor(m.kid);
    m.payload = payload;
    m.signature = key.sign(m.toBeSigned());
    return m;
}

QByteArray CoseSign1::toBeSigned() const
{
    QCborArray s;
    s.append(QStringLiteral("Signature1"));
    s.append(protectedHeader);
    s.append(QByteArray());
    s.append(payload);
    return Cbor::encode(s);
}

QByteArray CoseSign1::encode() const
{
    QCborArray a;
    a.append(protectedHeader);
    a.append(QCborMap());
    a.append(payload);
    a.append(signature);
    return Cbor::encode(QCborValue(QCborTag(Tag), a));
}

std::optional<CoseSign1> CoseSign1::decode(QByteArrayView bytes, QString *why)
{
    auto fail = [why](const QString &message) -> std::optional<CoseSign1> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    const std::optional<QCborValue> v = Cbor::decode(bytes, why);
    if (!v)
        return std::nullopt;
    QCborValue body = *v;
    if (body.isTag()) {
        if (body.tag() != QCborTag(Tag))
            return fail(QStringLiteral("tag %1 is not COSE_Sign1").arg(qint64(body.tag())));
        body = body.taggedValue();
    }
    if (!body.isArray() || body.toArray().size() != 4)
        return fail(QStringLiteral("not an array of four items"));
    const QCborArray a = body.toArray();
    if (!a[0].isByteArray() || !a[1].isMap() || !a[2].isByteArray() || !a[3].isByteArray())
        return fail(QStringLiteral("the items are not bstr, map, bstr, bstr"));
    CoseSign1 m;
    m.protectedHeader = a[0].toByteArray();
    m.payload = a[2].toByteArray();
    m.signature = a[3].toByteArray();
    if (m.signature.size() != Ed25519::SignatureSize)
        return fail(QStringLiteral("a signature of %1 bytes").arg(m.signature.size()));
    const std::optional<QCborValue> h = Cbor::decode(m.protectedHeader, why);
    if (!h || !h->isMap())
        return fail(QStringLiteral("the protected header is not a map"));
    const QCborMap header = h->toMap();
    for (auto it = header.constBegin(); it != header.constEnd(); ++it) {
        const qint64 label = it.key().isInteger() ? it.key().toInteger() : 0;
        if (label != LabelAlg && label != LabelKid)
            return fail(QStringLiteral("an unknown protected header %1")
                            .arg(it.key().toDiagnosticNotation()));
    }
    if (header.value(LabelAlg).toInteger(0) != AlgEdDSA || !header.value(LabelAlg).isInteger())
        return fail(QStringLiteral("the algorithm is not EdDSA"));
    if (!header.value(LabelKid).isByteArray()
        || header.value(LabelKid).toByteArray().size() != Ed25519::KeyIdSize)
        return fail(QStringLiteral("no 8-byte kid"));
    m.kid = header.value(LabelKid).toByteArray();
    // Headers that are not signed carry nothing the verifier could be fooled by.
    if (!a[1].toMap().isEmpty())
        return fail(QStringLiteral("the unprotected header is not empty"));
    return m;
}

bool CoseSign1::verify(QByteArrayView publicKey) const
{
    return Ed25519::keyId(publicKey) == kid && Ed25519::verify(publicKey, toBeSigned(), signature);
}

} // namespace ef
