// One verification as a person or a script asks for it: a file (a PDF, a scan or a phone
// photo), a picture, the QR code's text pasted, or a certificate number typed by hand, checked
// against what this computer trusts and, when there is a data file, its register.
#pragma once

#include "CertificateVerifier.h"

#include <QCoreApplication>
#include <QImage>

namespace ef {

class Store;

class CertificateCheck
{
    Q_DECLARE_TR_FUNCTIONS(ef::CertificateCheck)

public:
    struct Answer
    {
        CertificateVerifier::Outcome outcome;
        bool typedNumber = false; // the input was a number, checked through the register
        bool unknownNumber = false; // a typed number the register does not hold
        QString problem; // why the input could not be read (then the verdict is NotCertificate)
        // The exit code of `edufusion-desk --verify` (docs/certificates.md).
        int exitCode() const;
    };
    static constexpr int UnknownNumberExit = 16;

    // `store` may be null (a verifier with a consortium key file only): then a typed number
    // cannot be looked up, and revocations come from the trust list alone.
    CertificateCheck(const TrustList &trust, const QDate &today, Store *store);

    // A file's path, the QR code's text (EF1:…) or a certificate number.
    Answer check(const QString &input) const;
    Answer checkImage(const QImage &image) const;
    Answer checkText(const QString &sealedText) const;
    Answer checkNumber(const QString &number) const;

private:
    Answer notCertificate(const QString &problem) const;

    const TrustList &m_trust;
    QDate m_today;
    Store *m_store;
};

} // namespace ef
