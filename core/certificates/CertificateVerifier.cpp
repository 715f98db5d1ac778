#include "CertificateVerifier.h"

#include "CertificateNumber.h"
#include "CertificateSeal.h"

#include <QDateTime>
#include <QLocale>

namespace ef {

CertificateVerifier::CertificateVerifier(
    const TrustList &trust, const QDate &today, RegisterLookup lookup)
    : m_trust(trust)
    , m_today(today)
    , m_lookup(std::move(lookup))
{ }

CertificateVerifier::Outcome CertificateVerifier::verify(QStringView text) const
{
    Outcome o;
    const CertificateSeal::Opened opened = CertificateSeal::open(text);
    o.detail = opened.why;
    if (opened.stage == CertificateSeal::Stage::NotOurs) {
        o.verdict = Verdict::NotCertificate;
        return o;
    }
    if (opened.stage != CertificateSeal::Stage::Ok) {
        // It says it is ours but does not come apart: damaged or changed.
        o.verdict = Verdict::Tampered;
        return o;
    }
    o.decoded = true;
    o.payload = opened.payload;
    o.key = m_trust.key(opened.cose.kid);
    if (!o.key) {
        o.verdict = Verdict::UnknownIssuer;
        o.detail = QStringLiteral("no certified key %1")
                       .arg(QString::fromLatin1(opened.cose.kid.toHex()));
        return o;
    }
    o.demo = o.key->demo;
    if (!opened.cose.verify(o.key->publicKey)) {
        o.verdict = Verdict::Tampered;
        o.detail = QStringLiteral("the signature does not match");
        return o;
    }
    // A well-signed payload must still be one its key was certified to give.
    const auto number = CertificateNumber::parse(o.payload.number);
    QString entitled;
    if (!number)
        entitled = QStringLiteral("%1 is not a register number").arg(o.payload.number);
    else if (number->office != o.key->office || o.payload.issuer != o.key->office)
        entitled
            = QStringLiteral("the key is %1's, the number %2's").arg(o.key->office, number->office);
    else if (number->serial < o.key->firstSerial || number->serial > o.key->lastSerial)
        entitled = QStringLiteral("serial %1 is outside the key's block %2–%3")
                       .arg(number->serial)
                       .arg(o.key->firstSerial)
                       .arg(o.key->lastSerial);
    else if (!o.key->covers(o.payload.issuedOn))
        entitled = QStringLiteral("issued on %1, the key may sign %2 to %3")
                       .arg(o.payload.issuedOn.toString(Qt::ISODate),
                           o.key->validFrom.toString(Qt::ISODate),
                           o.key->validUntil.toString(Qt::ISODate));
    if (!entitled.isEmpty()) {
        o.verdict = Verdict::UnknownIssuer;
        o.detail = entitled;
        return o;
    }
    // Revoked or replaced: the local register, then every signed list.
    std::optional<RegisterState> reg = m_lookup ? m_lookup(o.payload.number) : std::nullopt;
    if (const auto listed = m_trust.revocation(o.payload.number)) {
        const bool revoked = listed->state == RevocationList::State::Revoked;
        if (!reg || reg->status == RegisterState::Status::Valid
            || (revoked && reg->status != RegisterState::Status::Revoked)) {
            reg = RegisterState {
                revoked ? RegisterState::Status::Revoked : RegisterState::Status::Superseded,
                listed->on, listed->replacedBy};
        }
    }
    if (reg && reg->status == RegisterState::Status::Revoked) {
        o.verdict = Verdict::Revoked;
        o.revokedOn = reg->revokedOn;
        return o;
    }
    if (reg && reg->status == RegisterState::Status::Superseded) {
        o.verdict = Verdict::Superseded;
        o.revokedOn = reg->revokedOn;
        o.replacedBy = reg->replacedBy;
        return o;
    }
    if (o.payload.validUntil.isValid() && o.payload.validUntil < m_today) {
        o.verdict = Verdict::Expired;
        return o;
    }
    o.verdict = Verdict::Valid;
    return o;
}

QString CertificateVerifier::verdictText(Verdict v)
{
    switch (v) {
    case Verdict::Valid:
        return tr("Valid");
    case Verdict::Tampered:
        return tr("Tampered");
    case Verdict::Revoked:
        return tr("Revoked");
    case Verdict::Superseded:
        return tr("Superseded");
    case Verdict::Expired:
        return tr("Expired");
    case Verdict::UnknownIssuer:
        return tr("Unknown issuer");
    case Verdict::NotCertificate:
        return tr("Not a certificate");
    }
    return {};
}

QString CertificateVerifier::explanation(const Outcome &o)
{
    const QLocale locale;
    auto date = [&](const QDate &d) { return locale.toString(d, QLocale::LongFormat); };
    QString text;
    switch (o.verdict) {
    case Verdict::Valid:
        text = tr("The signature is the consortium's and the certificate is in force.");
        break;
    case Verdict::Tampered:
        text = o.decoded ? tr("The certificate's content was changed after it was signed.")
                         : tr("The code is damaged or was changed: it cannot be read as a "
                              "certificate.");
        break;
    case Verdict::Revoked:
        text = o.revokedOn.isValid()
            ? tr("The certificate was revoked on %1.").arg(date(o.revokedOn))
            : tr("The certificate was revoked.");
        break;
    case Verdict::Superseded:
        text = o.replacedBy.isEmpty()
            ? tr("The certificate was replaced by a reissued one.")
            : tr("The certificate was replaced by certificate %1.").arg(o.replacedBy);
        break;
    case Verdict::Expired:
        text = tr("The certificate expired on %1.").arg(date(o.payload.validUntil));
        break;
    case Verdict::UnknownIssuer:
        text = o.key ? tr("The key that signed it was not entitled to give this number or date.")
                     : tr("It was signed by a key that the consortium's root key has not "
                          "certified, or that this computer does not know yet.");
        break;
    case Verdict::NotCertificate:
        text = tr("This is not an EduFusion certificate code.");
        break;
    }
    if (o.demo)
        text += u' ' + tr("It was signed with a demo key: it is not a real certificate.");
    return text;
}

int CertificateVerifier::exitCode(Verdict v)
{
    switch (v) {
    case Verdict::Valid:
        return 0;
    case Verdict::Tampered:
        return 10;
    case Verdict::Revoked:
        return 11;
    case Verdict::Superseded:
        return 12;
    case Verdict::Expired:
        return 13;
    case Verdict::UnknownIssuer:
        return 14;
    case Verdict::NotCertificate:
        return 15;
    }
    return 1;
}

QString CertificateVerifier::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Tampered:
        return QStringLiteral("tampered");
    case Verdict::Revoked:
        return QStringLiteral("revoked");
    case Verdict::Superseded:
        return QStringLiteral("superseded");
    case Verdict::Expired:
        return QStringLiteral("expired");
    case Verdict::UnknownIssuer:
        return QStringLiteral("unknown-issuer");
    case Verdict::NotCertificate:
        return QStringLiteral("not-a-certificate");
    }
    return {};
}

} // namespace ef
