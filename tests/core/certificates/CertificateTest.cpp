#include "certificates/Certificate.h"

#include "DomainTestSupport.h"
#include "Samples.h"

using namespace ef;
using namespace ef::test;

namespace {

// The sample with an id of its own, which a reissue refers to.
Certificate issued()
{
    Certificate c = sample::certificate(newId(), newId(), newId(), newId());
    c.id = newId();
    return c;
}

Certificate revoked()
{
    Certificate c = issued();
    c.status = CertificateStatus::Revoked;
    c.revokedOn = QDate(2026, 4, 1);
    c.revocationReason = QStringLiteral("Issued to the wrong person");
    return c;
}

} // namespace

TEST(Certificate, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(issued()));
    EXPECT_TRUE(isValid(revoked()));
}

TEST(Certificate, EachRuleBrokenAloneNamesItsField)
{
    using T = Certificate;
    expectEachAlone<T>(issued(),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no holder", [](T &r) { r.personId = {}; }, "person_id"},
            {"no number", [](T &r) { r.number.clear(); }, "number"},
            {"no issue date", [](T &r) { r.issuedOn = {}; }, "issued_on"},
            {"lower case and spaces", [](T &r) { r.number = QStringLiteral("ektu tp 1"); },
                "number"},
            {"number of 2", [](T &r) { r.number = QStringLiteral("A1"); }, "number"},
            {"number of 41", [](T &r) { r.number = QString(41, u'A'); }, "number"},
            {"number starting with -", [](T &r) { r.number = QStringLiteral("-EKTU-1"); },
                "number"},
            {"Cyrillic number", [](T &r) { r.number = QStringLiteral("ВКТУ-001"); }, "number"},
            {"valid until before issue", [](T &r) { r.validUntil = QDate(2026, 2, 26); },
                "valid_until"},
            {"valid with a revocation date", [](T &r) { r.revokedOn = QDate(2026, 4, 1); },
                "status"},
            {"superseded with a revocation reason",
                [](T &r) {
                    r.status = CertificateStatus::Superseded;
                    r.revocationReason = QStringLiteral("Wrong name");
                },
                "status"},
            {"replaces itself", [](T &r) { r.replacesId = r.id; }, "replaces_id"},
        });
    expectEachAlone<T>(revoked(),
        {
            {"revoked without date", [](T &r) { r.revokedOn = {}; }, "revoked_on"},
            {"revoked before issue", [](T &r) { r.revokedOn = QDate(2026, 2, 1); }, "revoked_on"},
            {"revoked without reason", [](T &r) { r.revocationReason = QStringLiteral(" "); },
                "revocation_reason"},
            {"reason of 2001", [](T &r) { r.revocationReason = text(2001); }, "revocation_reason"},
        });
}

TEST(Certificate, LimitsAreInclusive)
{
    using T = Certificate;
    expectEachAccepted<T>(issued(),
        {
            {"number of 3", [](T &r) { r.number = QStringLiteral("A-1"); }},
            {"number of 40", [](T &r) { r.number = QString(40, u'A'); }},
            {"no expiry", [](T &r) { r.validUntil = {}; }},
            {"valid for one day", [](T &r) { r.validUntil = r.issuedOn; }},
            {"reissue of another",
                [](T &r) {
                    r.replacesId = newId();
                    r.status = CertificateStatus::Valid;
                }},
            {"superseded", [](T &r) { r.status = CertificateStatus::Superseded; }},
        });
    expectEachAccepted<T>(revoked(),
        {
            {"revoked on the day of issue", [](T &r) { r.revokedOn = r.issuedOn; }},
            {"reason of 2000", [](T &r) { r.revocationReason = text(2000); }},
        });
}

TEST(Certificate, LifecycleRankKeepsRevokedOnTop)
{
    using S = CertificateStatus;
    EXPECT_LT(Certificate::lifecycleRank(S::Valid), Certificate::lifecycleRank(S::Superseded));
    EXPECT_LT(Certificate::lifecycleRank(S::Superseded), Certificate::lifecycleRank(S::Revoked));
}
