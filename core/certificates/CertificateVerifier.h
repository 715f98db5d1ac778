// Checks a certificate's sealed text with nothing but what the verifier holds (the trust list
// and, in the app, the local register): whether it is ours, whole, signed by a certified key
// entitled to its number and date, not revoked or replaced, and not expired.
#pragma once

#include "CertificatePayload.h"
#include "KeyCertificate.h"
#include "TrustList.h"

#include <QCoreApplication>
#include <functional>

namespace ef {

class CertificateVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ef::CertificateVerifier)

public:
    enum class Verdict {
        Valid,
        Tampered,
        Revoked,
        Superseded,
        Expired,
        UnknownIssuer,
        NotCertificate
    };

    // What the local register knows of a number.
    struct RegisterState
    {
        enum class Status { Valid, Superseded, Revoked } status = Status::Valid;
        QDate revokedOn;
        QString replacedBy;
    };
    using RegisterLookup = std::function<std::optional<RegisterState>(const QString &number)>;

    struct Outcome
    {
        Verdict verdict = Verdict::NotCertificate;
        bool decoded = false; // the payload could be read (shown even when not valid)
        CertificatePayload payload;
        std::optional<KeyCertificate> key;
        bool demo = false;
        QDate revokedOn; // revoked or superseded on
        QString replacedBy;
        QString detail; // in English: which check failed
    };

    CertificateVerifier(const TrustList &trust, const QDate &today, RegisterLookup lookup = {});

    Outcome verify(QStringView sealedText) const;

    // The verdict in a word or two, in the UI language.
    static QString verdictText(Verdict verdict);
    // A sentence for a person, in the UI language, with dates and numbers filled in.
    static QString explanation(const Outcome &outcome);
    // `edufusion-desk --verify` exits with these (docs/certificates.md).
    static int exitCode(Verdict verdict);
    static QString verdictName(Verdict verdict); // valid, tampered … for scripts

private:
    const TrustList &m_trust;
    QDate m_today;
    RegisterLookup m_lookup;
};

} // namespace ef
