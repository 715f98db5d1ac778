#include "CertificateSeal.h"

#include "Base45.h"
#include "SigningKey.h"
#include "Zlib.h"

#include <functional>

namespace ef {

QString CertificateSeal::seal(const CertificatePayload &payload, const SigningKey &key)
{
    const QByteArray cbor = payload.toCbor();
    if (cbor.isEmpty())
        return {};
    const CoseSign1 cose = CoseSign1::sign(cbor, key);
    return prefix() + Base45::encode(Zlib::compress(cose.encode()));
}

QString CertificateSeal::sealWithinBudget(
    const CertificatePayload &payload, const SigningKey &key, CertificatePayload *used)
{
    CertificatePayload p = payload;
    const std::function<void(CertificatePayload &)> drops[] = {
        [](CertificatePayload &) {},
        [](CertificatePayload &q) {
            q.programmeTitle.clear();
            q.titleLanguage.clear();
        },
        [](CertificatePayload &q) { q.eventStart = q.eventEnd = QDate(); },
        [](CertificatePayload &q) { q.ects = 0; },
        [](CertificatePayload &q) { q.replaces.clear(); },
        [](CertificatePayload &q) {
            if (q.holder.size() > 2)
                q.holder = q.holder.mid(0, 2);
        },
    };
    for (const auto &drop : drops) {
        drop(p);
        const QString text = seal(p, key);
        if (text.size() <= MaxTextLength) {
            if (used)
                *used = p;
            return text;
        }
    }
    return {};
}

CertificateSeal::Opened CertificateSeal::open(QStringView text)
{
    Opened o;
    text = text.trimmed();
    if (!text.startsWith(prefix())) {
        o.why = QStringLiteral("no %1 prefix").arg(prefix());
        return o;
    }
    const auto compressed = Base45::decode(text.mid(prefix().size()));
    if (!compressed) {
        o.stage = Stage::Base45;
        o.why = QStringLiteral("not Base45");
        return o;
    }
    const auto cbor = Zlib::decompress(*compressed, MaxPayload);
    if (!cbor) {
        o.stage = Stage::Zlib;
        o.why = QStringLiteral("not a whole zlib stream of at most %1 bytes").arg(MaxPayload);
        return o;
    }
    const auto cose = CoseSign1::decode(*cbor, &o.why);
    if (!cose) {
        o.stage = Stage::Cose;
        return o;
    }
    o.cose = *cose;
    const auto payload = CertificatePayload::fromCbor(cose->payload, &o.why);
    if (!payload) {
        o.stage = Stage::Payload;
        return o;
    }
    o.payload = *payload;
    o.stage = Stage::Ok;
    return o;
}

} // namespace ef
