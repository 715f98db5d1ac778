// The register's actions on certificates: issuing to the eligible participants of an event,
// reissuing (a new number, the old one superseded with its reason) and revoking with a reason,
// each signed by this computer's certified office key, recorded with who and when, republishing
// the key's signed revocation list, and undoable until the change has gone to the server.
// Numbers are EF-<office>-<year>-<serial>, the serial from the signing key's certified block.
#pragma once

#include "Certificate.h"
#include "CertificateData.h"
#include "CertificateTemplate.h"
#include "CertificateVerifier.h"
#include "KeyCertificate.h"
#include "SigningKey.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ef {

class Store;
struct Institution;

class CertificateRegister
{
    Q_DECLARE_TR_FUNCTIONS(ef::CertificateRegister)

public:
    // The key that signs, with the certificate that entitles it.
    struct Signer
    {
        const SigningKey *key = nullptr;
        KeyCertificate certificate;
    };

    // What one action wrote: enough to undo and redo it, and to tell whether the server has it.
    struct Receipt
    {
        qint64 firstSeq = 0; // the change log's entries this action wrote
        qint64 lastSeq = 0;
        QList<Uuid> created; // certificates and their register entries
        QList<QString> createdTables;
        QList<Certificate> before; // certificates changed, as they were
        QList<Certificate> after; // and as they became
        QStringList numbers; // the certificates issued (or acted on), for messages
    };

    explicit CertificateRegister(Store &store);

    // The office code of an institution: its short name in capitals, letters and digits only.
    static QString officeCode(const Institution &institution);
    QString officeOf(const Uuid &institution);
    // Who acts: the signed-in user, else the computer's user.
    QString currentUser();

    // The next free number of the key's block for `year` (numbers of deleted certificates stay
    // used); `skip` more for a batch.
    Result<QString, QString> nextNumber(const KeyCertificate &key, int year, int skip = 0);

    // Issues a certificate to each of `people` (eligible participants of the event), in one
    // action: all or none. Nothing is issued when the programme's design does not load.
    Result<Receipt, QString> issue(const Uuid &eventId, const QList<Uuid> &people,
        const Signer &signer, const QDate &issuedOn);
    Result<Receipt, QString> reissue(
        const Uuid &certificateId, const QString &reason, const Signer &signer, const QDate &on);
    Result<Receipt, QString> revoke(
        const Uuid &certificateId, const QString &reason, const Signer &signer, const QDate &on);

    // Whether any of the action's changes has reached the server (then it stays).
    bool isSynced(const Receipt &receipt);
    Result<void, QString> undo(const Receipt &receipt, const Signer &signer);
    Result<void, QString> redo(const Receipt &receipt, const Signer &signer);

    // Signs the key's list again from the register: every revoked and superseded certificate
    // of its office.
    Result<void, QString> publishRevocations(const Signer &signer);

    // What a certificate's page shows, and the design it is printed with.
    Result<CertificateData, QString> pageData(const Uuid &certificateId);
    Result<CertificateTemplate, QString> design(const Uuid &certificateId);

    std::optional<Certificate> findByNumber(const QString &number);
    // What the local register says of a number, for the verifier.
    std::optional<CertificateVerifier::RegisterState> lookup(const QString &number);

    // The certificates of an event, in number order (for batch printing).
    QList<Uuid> certificatesOf(const Uuid &eventId, bool validOnly = true);

private:
    Result<Certificate, QString> make(const Uuid &eventId, const Uuid &personId,
        const Signer &signer, const QDate &issuedOn, const QString &number,
        const QString &replacesNumber);
    Result<void, QString> record(Receipt &receipt, const Certificate &c,
        CertificateActionKind action, const QString &reason);
    qint64 lastSeq();

    Store &m_store;
};

} // namespace ef
