// A consortium for certificate tests: a root key, an office key for EKTU certified by it with
// the serial block 1–9999 for 2026–2027, and the trust list that holds both.
#pragma once

#include "certificates/CertificatePayload.h"
#include "certificates/KeyCertificate.h"
#include "certificates/SigningKey.h"
#include "certificates/TrustList.h"

#include <gtest/gtest.h>

namespace ef::test {

struct TestConsortium
{
    SigningKey root = SigningKey::fromSeed(QByteArray(32, 'r'));
    SigningKey office = SigningKey::fromSeed(QByteArray(32, 'o'));
    TrustList trust;
    KeyCertificate cert;

    TestConsortium()
    {
        KeyCertificate f;
        f.office = QStringLiteral("EKTU");
        f.officeName = QStringLiteral("D. Serikbayev EKTU");
        f.publicKey = office.publicKey();
        f.validFrom = QDate(2026, 1, 1);
        f.validUntil = QDate(2027, 12, 31);
        f.firstSerial = 1;
        f.lastSerial = 9999;
        f.certifiedAt = 1'767'225'600;
        cert = KeyCertificate::certify(f, root);
        trust.addRoot(root.publicKey(), false);
        EXPECT_TRUE(trust.addKeyCertificate(cert.encoded));
    }

    // The certificate of the preview's sample, as the register would sign it.
    static CertificatePayload samplePayload()
    {
        CertificatePayload p;
        p.issuer = QStringLiteral("EKTU");
        p.number = QStringLiteral("EF-EKTU-2026-000123");
        p.holder = {
            QStringLiteral("Серікқызы"), QStringLiteral("Әйгерім"), QStringLiteral("Нұрланқызы")};
        p.holderLatin = {QStringLiteral("Serikkyzy"), QStringLiteral("Aigerim")};
        p.programmeCode = QStringLiteral("TDSS-TP");
        p.titleLanguage = QStringLiteral("kk");
        p.programmeTitle = QStringLiteral("Тренерлерді даярлау");
        p.eventStart = QDate(2026, 2, 16);
        p.eventEnd = QDate(2026, 2, 20);
        p.hours = 40;
        p.ects = 1.5;
        p.issuedOn = QDate(2026, 2, 27);
        p.validUntil = QDate(2029, 2, 27);
        p.international = true;
        return p;
    }
};

} // namespace ef::test
