// The office keys unlocked during one session of the window, kept in memory (never on disk) so
// that the register's actions, and their undo and redo, sign without asking again; and what
// signing for an office on a day needs first: nothing, the key's passphrase, or a key at all.
#pragma once

#include "CertificateKeys.h"
#include "CertificateRegister.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <map>
#include <memory>

namespace ef {

class Store;

class SignerPool
{
    Q_DECLARE_TR_FUNCTIONS(ef::SignerPool)

public:
    // A key ready to sign, shared with the undo commands that may sign again.
    struct Held
    {
        std::shared_ptr<const SigningKey> key;
        KeyCertificate certificate;
        CertificateRegister::Signer signer() const { return {key.get(), certificate}; }
    };
    enum class Need { Ready, Passphrase, NoKey };
    struct Choice
    {
        Need need = Need::NoKey;
        QByteArray kid;
        bool demo = false;
        QString text; // for the dialog: which key signs, or why none can
    };

    explicit SignerPool(Store &store);

    // What signing for `office` on `day` needs.
    Choice choose(const QString &office, const QDate &day);
    // The key for `office` on `day`, unlocked with `passphrase` when it needs one.
    Result<Held, QString> signer(
        const QString &office, const QDate &day, const QByteArray &passphrase = {});

private:
    Store &m_store;
    std::map<QByteArray, Held> m_held; // by key id
};

} // namespace ef
