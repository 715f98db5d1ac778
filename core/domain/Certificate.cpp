#include "Certificate.h"

#include "Validation.h"

namespace ef {

Problems Certificate::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("person_id"), personId);
    Validation::required(p, QStringLiteral("number"), number);
    Validation::required(p, QStringLiteral("issued_on"), issuedOn);
    return p;
}

int Certificate::lifecycleRank(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Valid: return 0;
    case CertificateStatus::Superseded: return 1;
    case CertificateStatus::Revoked: return 2;
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
