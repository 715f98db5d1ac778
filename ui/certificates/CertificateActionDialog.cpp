#include "CertificateActionDialog.h"

#include "Dialogs.h"
#include "RegisterActionCommand.h"
#include "certificates/Certificate.h"
#include "certificates/CertificateRegister.h"
#include "certificates/SignerPool.h"
#include "people/Person.h"
#include "records/EnumLabels.h"
#include "records/RecordEditing.h"
#include "store/Store.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ef {

namespace {
constexpr int MaxReason = 2000; // as the register's reason fields allow
}

CertificateActionDialog::CertificateActionDialog(RecordEditing &editing, SignerPool &signers,
    Action action, const Uuid &certificateId, QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_signers(signers)
    , m_action(action)
    , m_certificate(certificateId)
    , m_intro(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_key(new QLabel(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_ok(new QPushButton(this))
{
    setObjectName(QStringLiteral("CertificateActionDialog"));
    Store &store = editing.store();
    if (const auto c = store.get<Certificate>(certificateId)) {
        m_number = c->number;
        if (const auto p = store.get<Person>(c->personId))
            m_holder = p->displayName();
        if (c->status != CertificateStatus::Valid
            && (action == Action::Reissue || c->status == CertificateStatus::Revoked))
            m_problem->setText(
                tr("%1 is %2: it cannot be changed so.").arg(c->number, EnumLabels::of(c->status)));
    } else {
        m_problem->setText(tr("Choose a certificate in the list first."));
    }
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_reason->setTabChangesFocus(true);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);
    m_date->setCalendarPopup(true);
    m_date->setDate(store.clock().today());
    if (const auto c = store.get<Certificate>(certificateId))
        m_date->setMinimumDate(c->issuedOn); // nothing happens to it before it was issued
    m_dateLabel->setBuddy(m_date);
    form->addRow(m_dateLabel, m_date);
    layout->addLayout(form);
    m_key->setWordWrap(true);
    layout->addWidget(m_key);
    auto *keyForm = new QFormLayout;
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    keyForm->addRow(m_passphraseLabel, m_passphrase);
    layout->addLayout(keyForm);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    layout->addWidget(buttons);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &CertificateActionDialog::updateButton);
    connect(m_passphrase, &QLineEdit::textChanged, this, &CertificateActionDialog::updateButton);
    connect(m_date, &QDateEdit::dateChanged, this, &CertificateActionDialog::retranslateUi);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!act().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(560, 380);
}

void CertificateActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString CertificateActionDialog::office() const
{
    const auto c = m_editing.store().get<Certificate>(m_certificate);
    return c ? CertificateRegister(m_editing.store()).officeOf(c->ownerId) : QString();
}

void CertificateActionDialog::retranslateUi()
{
    const bool reissue = m_action == Action::Reissue;
    setWindowTitle(reissue ? tr("Reissue certificate") : tr("Revoke certificate"));
    m_intro->setText(reissue
            ? tr("%1 (%2) gets a new number and a new signature; the old certificate is "
                 "marked as replaced, with the reason below, on every verifier's list.")
                  .arg(m_number, m_holder)
            : tr("%1 (%2) is revoked for good: every verifier that has the revocation list "
                 "reads it as revoked, with the reason below.")
                  .arg(m_number, m_holder));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(
        reissue ? tr("Such as: the holder's name was misspelt") : tr("Such as: issued by mistake"));
    m_dateLabel->setText(reissue ? tr("Reissued &on:") : tr("Revoked &on:"));
    m_passphraseLabel->setText(tr("Key &passphrase:"));
    m_ok->setText(reissue ? tr("Re&issue") : tr("Re&voke"));
    const SignerPool::Choice c = m_signers.choose(office(), m_date->date());
    m_key->setText(c.text);
    const bool ask = c.need == SignerPool::Need::Passphrase;
    m_passphrase->setVisible(ask);
    m_passphraseLabel->setVisible(ask);
    updateButton();
}

void CertificateActionDialog::updateButton()
{
    const QString reason = m_reason->toPlainText().trimmed();
    const SignerPool::Choice c = m_signers.choose(office(), m_date->date());
    m_ok->setEnabled(m_problem->text().isEmpty() && !reason.isEmpty() && reason.size() <= MaxReason
        && c.need != SignerPool::Need::NoKey
        && (c.need != SignerPool::Need::Passphrase || !m_passphrase->text().isEmpty()));
    m_reason->setToolTip(reason.size() > MaxReason
            ? tr("The reason is %1 characters long; at most %2 are kept.")
                  .arg(reason.size())
                  .arg(MaxReason)
            : QString());
}

QStringList CertificateActionDialog::act()
{
    if (!m_ok->isEnabled())
        return {};
    const QString reason = m_reason->toPlainText().trimmed();
    auto signer = m_signers.signer(office(), m_date->date(), m_passphrase->text().toUtf8());
    const QString title = m_action == Action::Reissue ? tr("Certificate not reissued")
                                                      : tr("Certificate not revoked");
    if (!signer) {
        Dialogs::warn(this, title, signer.error());
        return {};
    }
    CertificateRegister reg(m_editing.store());
    auto receipt = m_action == Action::Reissue
        ? reg.reissue(m_certificate, reason, signer->signer(), m_date->date())
        : reg.revoke(m_certificate, reason, signer->signer(), m_date->date());
    if (!receipt) {
        Dialogs::warn(this, title, receipt.error());
        return {};
    }
    const bool reissue = m_action == Action::Reissue;
    m_editing.undoStack().push(
        new RegisterActionCommand(m_editing, *receipt, *signer, [reissue, number = m_number] {
            return reissue ? tr("reissue %1").arg(number) : tr("revoke %1").arg(number);
        }));
    return receipt->numbers;
}

} // namespace ef
