// Reissues a certificate (a new number; the old one superseded) or revokes it, with the reason
// the register keeps and the revocation list carries; signed with the office's key, undoable
// until synced.
#pragma once

#include "util/Uuid.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ef {

class RecordEditing;
class SignerPool;

class CertificateActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Reissue, Revoke };

    CertificateActionDialog(RecordEditing &editing, SignerPool &signers, Action action,
        const Uuid &certificateId, QWidget *parent = nullptr);

    QPlainTextEdit *reasonField() const { return m_reason; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QPushButton *okButton() const { return m_ok; }
    QLabel *problemLabel() const { return m_problem; }
    // Does the action; the numbers it wrote (the new one first for a reissue), empty when not.
    QStringList act();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButton();
    QString office() const;

    RecordEditing &m_editing;
    SignerPool &m_signers;
    Action m_action;
    Uuid m_certificate;
    QString m_number;
    QString m_holder;
    QLabel *m_intro;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_key;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace ef
