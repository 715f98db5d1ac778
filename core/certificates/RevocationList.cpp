#include "RevocationList.h"

#include "Cbor.h"
#include "SigningKey.h"

#include <QCborArray>
#include <QCborMap>

namespace ef {

namespace {

enum Key { KVersion = 1, KOffice, KIssuedAt, KSequence, KEntries };

} // namespace

const RevocationList::Entry *RevocationList::find(const QString &number) const
{
    for (const Entry &e : entries)
        if (e.number == number)
            return &e;
    return nullptr;
}

RevocationList RevocationList::sign(RevocationList f, const SigningKey &key)
{
    QCborArray list;
    for (const Entry &e : std::as_const(f.entries)) {
        QCborArray item {e.number, int(e.state), Cbor::date(e.on)};
        if (!e.replacedBy.isEmpty())
            item.append(e.replacedBy);
        list.append(item);
    }
    QCborMap m;
    m.insert(KVersion, Version);
    m.insert(KOffice, f.office);
    m.insert(KIssuedAt, f.issuedAt);
    m.insert(KSequence, f.sequence);
    m.insert(KEntries, list);
    const CoseSign1 cose = CoseSign1::sign(Cbor::encode(m), key);
    f.kid = cose.kid;
    f.encoded = cose.encode();
    return f;
}

std::optional<RevocationList> RevocationList::decode(
    QByteArrayView bytes, QByteArrayView publicKey, QString *why)
{
    auto fail = [why](const QString &message) -> std::optional<RevocationList> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    const std::optional<CoseSign1> cose = CoseSign1::decode(bytes, why);
    if (!cose)
        return std::nullopt;
    if (!publicKey.isEmpty() && !cose->verify(publicKey))
        return fail(QStringLiteral("the signature does not match"));
    const std::optional<QCborValue> v = Cbor::decode(cose->payload, why);
    if (!v || !v->isMap())
        return fail(QStringLiteral("the list is not a map"));
    const QCborMap m = v->toMap();
    if (m.size() != 5 || m.value(KVersion).toInteger(-1) != Version || !m.value(KOffice).isString()
        || !m.value(KIssuedAt).isInteger() || !m.value(KSequence).isInteger()
        || !m.value(KEntries).isArray())
        return fail(QStringLiteral("a field is missing or of the wrong type"));
    RevocationList r;
    r.office = m.value(KOffice).toString();
    r.issuedAt = m.value(KIssuedAt).toInteger();
    r.sequence = m.value(KSequence).toInteger();
    const QCborArray list = m.value(KEntries).toArray();
    if (list.size() > MaxEntries)
        return fail(QStringLiteral("%1 entries").arg(list.size()));
    for (const QCborValue &item : list) {
        const QCborArray a = item.toArray();
        if (!item.isArray() || a.size() < 3 || a.size() > 4 || !a[0].isString()
            || !a[1].isInteger())
            return fail(QStringLiteral("a bad entry"));
        Entry e;
        e.number = a[0].toString();
        const qint64 state = a[1].toInteger();
        if (state != int(State::Revoked) && state != int(State::Superseded))
            return fail(QStringLiteral("an unknown state %1").arg(state));
        e.state = State(state);
        const auto on = Cbor::toDate(a[2]);
        if (!on || e.number.isEmpty())
            return fail(QStringLiteral("a bad entry"));
        e.on = *on;
        if (a.size() == 4) {
            if (!a[3].isString())
                return fail(QStringLiteral("a bad entry"));
            e.replacedBy = a[3].toString();
        }
        r.entries.append(e);
    }
    r.kid = cose->kid;
    r.encoded = bytes.toByteArray();
    return r;
}

} // namespace ef
