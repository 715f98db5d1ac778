#include "SyncSettingsDialog.h"

#include "SyncController.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace ef {

SyncSettingsDialog::SyncSettingsDialog(SyncController &sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_accountTitle(new QLabel(this))
    , m_account(new QLabel(this))
    , m_intervalLabel(new QLabel(this))
    , m_interval(new QSpinBox(this))
    , m_intervalHint(new QLabel(this))
    , m_signIn(new QPushButton(this))
    , m_signOut(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("syncSettingsDialog"));
    auto *form = new QFormLayout(this);
    m_account->setWordWrap(true);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_accountTitle, m_account);
    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_signIn);
    accountButtons->addWidget(m_signOut);
    accountButtons->addStretch();
    form->addRow(QString(), accountButtons);
    m_interval->setRange(0, SyncController::MaxIntervalMinutes);
    m_interval->setValue(sync.intervalMinutes());
    m_intervalLabel->setBuddy(m_interval);
    form->addRow(m_intervalLabel, m_interval);
    m_intervalHint->setWordWrap(true);
    form->addRow(QString(), m_intervalHint);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SyncSettingsDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &SyncSettingsDialog::signInRequested);
    connect(m_signOut, &QPushButton::clicked, &sync, &SyncController::signOut);
    connect(&sync, &SyncController::stateChanged, this, &SyncSettingsDialog::showAccount);
    retranslateUi();
    resize(560, sizeHint().height());
}

void SyncSettingsDialog::apply()
{
    m_sync.setIntervalMinutes(m_interval->value());
    accept();
}

void SyncSettingsDialog::showAccount()
{
    const SyncAccount a = m_sync.account();
    if (!a.isKnown())
        m_account->setText(tr("This data file has never synced: you are working offline."));
    else
        m_account->setText(
            tr("%1 at %2, as %3. %4")
                .arg(a.user, a.server.toDisplayString(), a.roleLabel(),
                    m_sync.hasToken() ? tr("Signed in.") : tr("Not signed in on this computer.")));
    m_signOut->setEnabled(m_sync.hasToken());
}

void SyncSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Sync settings"));
    m_accountTitle->setText(tr("Server"));
    m_signIn->setText(tr("Sign &in…"));
    m_signOut->setText(tr("Sign &out"));
    m_signOut->setToolTip(tr("Forget the sign-in on this computer; the data stays"));
    m_intervalLabel->setText(tr("Sync &every"));
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("only on demand"));
    m_intervalHint->setText(tr("The sync also runs when you press F5 or Sync now. It never stops "
                               "you working: without a link, changes wait on this computer."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    showAccount();
}

void SyncSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace ef
