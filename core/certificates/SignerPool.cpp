#include "SignerPool.h"

#include "store/Store.h"

#include <QLocale>

namespace ef {

SignerPool::SignerPool(Store &store)
    : m_store(store)
{ }

SignerPool::Choice SignerPool::choose(const QString &office, const QDate &day)
{
    Choice c;
    const QList<CertificateKeys::Usable> usable = CertificateKeys(m_store).usable(office, day);
    if (usable.isEmpty()) {
        c.text = tr("This computer holds no key certified to sign for %1 on %2. The consortium's "
                    "coordinator certifies office keys (edufusion-desk --key-ceremony).")
                     .arg(office.isEmpty() ? tr("this office") : office,
                         QLocale().toString(day, QLocale::ShortFormat));
        return c;
    }
    const CertificateKeys::Usable &u = usable.constLast();
    c.kid = u.secret.kid;
    c.demo = u.certificate.demo;
    const QString kid = QString::fromLatin1(c.kid.toHex());
    if (m_held.count(c.kid) || u.secret.protection == CertificateKeys::Protection::Demo) {
        c.need = Need::Ready;
        c.text = c.demo ? tr("Signed with %1's demo key %2: a specimen, valid only in the demo "
                             "data.")
                              .arg(office, kid)
                        : tr("Signed with %1's key %2.").arg(office, kid);
    } else if (u.secret.protection == CertificateKeys::Protection::Passphrase) {
        c.need = Need::Passphrase;
        c.text = tr("Signed with %1's key %2, sealed with a passphrase.").arg(office, kid);
    } else {
        c.text = tr("The key %1 is kept in the system's keychain, which this window does not "
                    "open yet.")
                     .arg(kid);
    }
    return c;
}

Result<SignerPool::Held, QString> SignerPool::signer(
    const QString &office, const QDate &day, const QByteArray &passphrase)
{
    const Choice c = choose(office, day);
    if (c.need == Need::NoKey)
        return unexpected(c.text);
    if (const auto it = m_held.find(c.kid); it != m_held.end())
        return it->second;
    CertificateKeys keys(m_store);
    auto key = keys.unlock(c.kid, passphrase);
    if (!key)
        return unexpected(key.error());
    const auto certificate = keys.trust().key(c.kid);
    if (!certificate)
        return unexpected(
            tr("The key %1 is no longer certified.").arg(QString::fromLatin1(c.kid.toHex())));
    Held h {std::make_shared<const SigningKey>(std::move(*key)), *certificate};
    m_held.emplace(c.kid, h);
    return h;
}

} // namespace ef
