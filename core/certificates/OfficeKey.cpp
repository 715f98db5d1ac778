#include "certificates/OfficeKey.h"

#include "certificates/KeyCertificate.h"
#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

OfficeKey OfficeKey::from(const KeyCertificate &c)
{
    OfficeKey k;
    k.officeCode = c.office;
    k.keyId = QString::fromLatin1(c.keyId().toHex());
    k.validFrom = c.validFrom;
    k.validUntil = c.validUntil;
    k.firstSerial = c.firstSerial;
    k.lastSerial = c.lastSerial;
    k.demo = c.demo;
    k.keyCertificate = c.encoded;
    return k;
}

Problems OfficeKey::validate() const
{
    using T = OfficeKey;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    Validation::dateOrder(p, d.column(&T::validUntil), validFrom, validUntil);
    if (lastSerial < firstSerial)
        p.append({d.column(&T::lastSerial), tr("The block of numbers ends before it starts.")});
    if (keyCertificate.isEmpty())
        p.append({d.column(&T::keyCertificate), tr("The key certificate is missing.")});
    return p;
}

const Description<OfficeKey> &OfficeKey::description()
{
    using T = OfficeKey;
    static const Description<T> d("office_key", QT_TR_NOOP("Office signing key"),
        {
            field(&T::officeCode, "office_code", QT_TR_NOOP("Office")).required().maxLength(10),
            field(&T::keyId, "key_id", QT_TR_NOOP("Key id"))
                .required()
                .pattern("^[0-9a-f]{16}$", QT_TR_NOOP("A key id is 16 hexadecimal digits.")),
            field(&T::validFrom, "valid_from", QT_TR_NOOP("Signs from")).required(),
            field(&T::validUntil, "valid_until", QT_TR_NOOP("Signs until")).required(),
            field(&T::firstSerial, "first_serial", QT_TR_NOOP("First number"))
                .range(1, 999999, 0, QT_TR_NOOP("Numbers run from 1 to 999999.")),
            field(&T::lastSerial, "last_serial", QT_TR_NOOP("Last number"))
                .range(1, 999999, 0, QT_TR_NOOP("Numbers run from 1 to 999999.")),
            field(&T::demo, "demo", QT_TR_NOOP("Demo key")),
            field(&T::keyCertificate, "key_certificate", QT_TR_NOOP("Key certificate")).hidden(),
        });
    return d;
}

} // namespace ef
