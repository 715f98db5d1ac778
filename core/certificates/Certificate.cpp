#include "certificates/Certificate.h"

#include "records/Validation.h"

#include <QRegularExpression>

namespace ef {

Problems Certificate::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("person_id"), personId);
    Validation::required(p, QStringLiteral("number"), number);
    Validation::required(p, QStringLiteral("issued_on"), issuedOn);
    static const QRegularExpression numberFormat(QStringLiteral("^[A-Z0-9][A-Z0-9/-]{2,39}$"));
    if (!number.isEmpty() && !numberFormat.match(number).hasMatch())
        p.append({QStringLiteral("number"),
            tr("Use capital letters, digits, - and /, such as EKTU-TP-2026-001.")});
    Validation::dateOrder(p, QStringLiteral("valid_until"), issuedOn, validUntil);
    if (status == CertificateStatus::Revoked) {
        Validation::required(p, QStringLiteral("revoked_on"), revokedOn);
        Validation::dateOrder(p, QStringLiteral("revoked_on"), issuedOn, revokedOn);
        if (revocationReason.trimmed().isEmpty())
            p.append(
                {QStringLiteral("revocation_reason"), tr("Say why the certificate is revoked.")});
        Validation::maxLength(p, QStringLiteral("revocation_reason"), revocationReason, 2000);
    } else if (revokedOn.isValid() || !revocationReason.isEmpty()) {
        p.append({QStringLiteral("status"),
            tr("Only a revoked certificate has a revocation date and reason.")});
    }
    if (!replacesId.isNull() && replacesId == id)
        p.append({QStringLiteral("replaces_id"), tr("A certificate cannot replace itself.")});
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

const Mapping<Certificate> &Certificate::mapping()
{
    using T = Certificate;
    static const Mapping<T> m(QStringLiteral("certificate"),
        {
            reference("person_id", &T::personId, "person"),
            reference("programme_id", &T::programmeId, "training_programme"),
            reference("event_id", &T::eventId, "training_event"),
            column("number", &T::number),
            column("level", &T::level),
            column("issued_on", &T::issuedOn),
            column("valid_until", &T::validUntil),
            column("status", &T::status),
            reference("replaces_id", &T::replacesId, "certificate"),
            column("revoked_on", &T::revokedOn),
            column("revocation_reason", &T::revocationReason),
        });
    return m;
}

} // namespace ef
