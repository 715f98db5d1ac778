#include "CertificateCheck.h"

#include "CertificateNumber.h"
#include "CertificateRegister.h"
#include "CertificateSeal.h"
#include "QrReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ef {

int CertificateCheck::Answer::exitCode() const
{
    return unknownNumber ? UnknownNumberExit : CertificateVerifier::exitCode(outcome.verdict);
}

CertificateCheck::CertificateCheck(const TrustList &trust, const QDate &today, Store *store)
    : m_trust(trust)
    , m_today(today)
    , m_store(store)
{ }

CertificateCheck::Answer CertificateCheck::notCertificate(const QString &problem) const
{
    Answer a;
    a.outcome.verdict = CertificateVerifier::Verdict::NotCertificate;
    a.problem = problem;
    return a;
}

CertificateCheck::Answer CertificateCheck::checkText(const QString &sealedText) const
{
    std::optional<CertificateRegister> reg;
    CertificateVerifier::RegisterLookup lookup;
    if (m_store) {
        reg.emplace(*m_store);
        lookup = [&reg](const QString &n) { return reg->lookup(n); };
    }
    Answer a;
    a.outcome = CertificateVerifier(m_trust, m_today, lookup).verify(sealedText.trimmed());
    return a;
}

CertificateCheck::Answer CertificateCheck::checkNumber(const QString &typed) const
{
    const auto number = CertificateNumber::parse(typed.trimmed().toUpper());
    if (!number)
        return notCertificate(tr("“%1” is not a certificate number such as EF-EKTU-2026-000123.")
                                  .arg(typed.trimmed()));
    if (!m_store)
        return notCertificate(tr("A number is checked against a data file's register."));
    const std::optional<Certificate> c
        = CertificateRegister(*m_store).findByNumber(number->toString());
    if (!c || c->seal.isEmpty()) {
        Answer a
            = notCertificate(tr("%1 is not in this data file's register.").arg(number->toString()));
        a.typedNumber = true;
        a.unknownNumber = true;
        return a;
    }
    Answer a = checkText(c->seal);
    a.typedNumber = true;
    return a;
}

CertificateCheck::Answer CertificateCheck::checkImage(const QImage &image) const
{
    if (image.isNull())
        return notCertificate(tr("The picture cannot be read."));
    const QStringList codes = QrReader::read(image);
    if (codes.isEmpty())
        return notCertificate(tr("There is no QR code in the picture."));
    return checkText(codes.first());
}

CertificateCheck::Answer CertificateCheck::check(const QString &input) const
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return notCertificate(
            tr("Give a PDF, a picture, the text of a QR code or a certificate number."));
    if (text.startsWith(CertificateSeal::prefix()))
        return checkText(text);
    const bool isFile = QFileInfo(text).isFile();
    if (!isFile && CertificateNumber::parse(text.toUpper()))
        return checkNumber(text);
    if (!isFile)
        return notCertificate(tr("%1 is neither a file, the text of a certificate's QR code nor "
                                 "a certificate number.")
                                  .arg(QDir::toNativeSeparators(text)));
    QFile f(text);
    if (!f.open(QIODevice::ReadOnly))
        return notCertificate(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(text), f.errorString()));
    // A text file holding the QR code's text, as a phone's scanner app shares it.
    if (f.peek(CertificateSeal::prefix().size()) == CertificateSeal::prefix().toLatin1())
        return checkText(QString::fromLatin1(f.read(4096)));
    f.close();
    const auto read = QrReader::readFile(text);
    if (!read)
        return notCertificate(read.error());
    if (read->isEmpty())
        return notCertificate(tr("There is no QR code in %1.").arg(QDir::toNativeSeparators(text)));
    return checkText(read->first());
}

} // namespace ef
