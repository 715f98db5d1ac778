#include "certificates/Certificate.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems Certificate::validate() const
{
    using T = Certificate;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    Validation::dateOrder(p, d.column(&T::validUntil), issuedOn, validUntil);
    if (status == CertificateStatus::Revoked) {
        Validation::required(p, d.column(&T::revokedOn), revokedOn);
        Validation::dateOrder(p, d.column(&T::revokedOn), issuedOn, revokedOn);
        if (revocationReason.trimmed().isEmpty())
            p.append({d.column(&T::revocationReason), tr("Say why the certificate is revoked.")});
    } else if (revokedOn.isValid() || !revocationReason.isEmpty()) {
        p.append({d.column(&T::status),
            tr("Only a revoked certificate has a revocation date and reason.")});
    }
    if (status == CertificateStatus::Superseded) {
        Validation::dateOrder(p, d.column(&T::supersededOn), issuedOn, supersededOn);
    } else if (supersededOn.isValid() || !supersedeReason.isEmpty()) {
        p.append({d.column(&T::status),
            tr("Only a superseded certificate has a date and reason of reissue.")});
    }
    if (!replacesId.isNull() && replacesId == id)
        p.append({d.column(&T::replacesId), tr("A certificate cannot replace itself.")});
    return p;
}

int Certificate::lifecycleRank(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Valid:
        return 0;
    case CertificateStatus::Superseded:
        return 1;
    case CertificateStatus::Revoked:
        return 2;
    }
    return 0;
}

const Description<Certificate> &Certificate::description()
{
    using T = Certificate;
    static const Description<T> d("certificate", QT_TR_NOOP("Certificate"),
        {
            field(&T::number, "number", QT_TR_NOOP("Number"))
                .required()
                .pattern("^[A-Z0-9][A-Z0-9/-]{2,39}$",
                    QT_TR_NOOP("Use capital letters, digits, - and /, such as EKTU-TP-2026-001.")),
            field(&T::personId, "person_id", QT_TR_NOOP("Holder"), "person").required(),
            field(&T::programmeId, "programme_id", QT_TR_NOOP("Programme"), "training_programme"),
            field(&T::eventId, "event_id", QT_TR_NOOP("Event"), "training_event"),
            field(&T::level, "level", QT_TR_NOOP("Level")),
            field(&T::issuedOn, "issued_on", QT_TR_NOOP("Issued on")).required(),
            field(&T::validUntil, "valid_until", QT_TR_NOOP("Valid until")),
            field(&T::status, "status", QT_TR_NOOP("Status")),
            field(&T::replacesId, "replaces_id", QT_TR_NOOP("Replaces"), "certificate"),
            field(&T::revokedOn, "revoked_on", QT_TR_NOOP("Revoked on")),
            field(&T::revocationReason, "revocation_reason", QT_TR_NOOP("Reason for revocation"))
                .maxLength(2000)
                .as(FieldKind::LongText),
            field(&T::supersededOn, "superseded_on", QT_TR_NOOP("Reissued on")),
            field(&T::supersedeReason, "supersede_reason", QT_TR_NOOP("Reason for reissue"))
                .maxLength(2000)
                .as(FieldKind::LongText),
            field(&T::seal, "seal", QT_TR_NOOP("Signed QR code")).maxLength(1000).hidden(),
            field(&T::badge, "badge", QT_TR_NOOP("Open Badges credential"))
                .maxLength(20000)
                .hidden(),
            field(&T::templateId, "template", QT_TR_NOOP("Design")).maxLength(60).hidden(),
            field(&T::languages, "languages", QT_TR_NOOP("Languages"))
                .as(FieldKind::Languages)
                .hidden(),
        });
    return d;
}

} // namespace ef
