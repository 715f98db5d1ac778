#include "IssueCertificatesDialog.h"

#include "Dialogs.h"
#include "EligibilityModel.h"
#include "RegisterActionCommand.h"
#include "certificates/CertificateRegister.h"
#include "certificates/SignerPool.h"
#include "records/RecordEditing.h"
#include "store/Store.h"
#include "training/TrainingEvent.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ef {

IssueCertificatesDialog::IssueCertificatesDialog(
    RecordEditing &editing, SignerPool &signers, const Uuid &eventId, QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_signers(signers)
    , m_intro(new QLabel(this))
    , m_eventLabel(new QLabel(this))
    , m_events(new QComboBox(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_model(new EligibilityModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_key(new QLabel(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_issue(new QPushButton(this))
{
    setObjectName(QStringLiteral("IssueCertificatesDialog"));
    Store &store = editing.store();
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    for (const CertificateEligibility::Choice &c : CertificateEligibility::events(store))
        m_events->addItem(QStringLiteral("%1 (%2)").arg(
                              c.title, QLocale().toString(c.startsOn, QLocale::ShortFormat)),
            QVariant::fromValue(c.eventId));
    m_events->setMinimumContentsLength(40);
    m_events->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    if (const int i = m_events->findData(QVariant::fromValue(eventId)); i >= 0)
        m_events->setCurrentIndex(i);
    m_eventLabel->setBuddy(m_events);
    form->addRow(m_eventLabel, m_events);
    m_date->setCalendarPopup(true);
    m_date->setDate(store.clock().today());
    m_dateLabel->setBuddy(m_date);
    form->addRow(m_dateLabel, m_date);
    layout->addLayout(form);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_key->setWordWrap(true);
    layout->addWidget(m_key);
    auto *keyForm = new QFormLayout;
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    keyForm->addRow(m_passphraseLabel, m_passphrase);
    layout->addLayout(keyForm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_issue, QDialogButtonBox::AcceptRole);
    m_issue->setDefault(true);
    layout->addWidget(buttons);

    connect(m_events, &QComboBox::currentIndexChanged, this, &IssueCertificatesDialog::loadEvent);
    connect(m_date, &QDateEdit::dateChanged, this, &IssueCertificatesDialog::updateKey);
    connect(
        m_model, &EligibilityModel::chosenChanged, this, &IssueCertificatesDialog::updateButton);
    connect(m_passphrase, &QLineEdit::textChanged, this, &IssueCertificatesDialog::updateButton);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!issueChosen().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadEvent();
    retranslateUi();
    resize(860, 560);
}

void IssueCertificatesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void IssueCertificatesDialog::retranslateUi()
{
    setWindowTitle(tr("Issue certificates"));
    m_intro->setText(tr("Everyone who attended the hours and reached the assessment the "
                        "programme asks for is ticked. Untick anyone who should not receive a "
                        "certificate now; the others show why they are not eligible."));
    m_eventLabel->setText(tr("&Event:"));
    m_dateLabel->setText(tr("Issued &on:"));
    m_passphraseLabel->setText(tr("Key &passphrase:"));
    m_view->setAccessibleName(tr("Participants and their eligibility"));
    m_view->resizeColumnsToContents();
    updateKey();
}

Uuid IssueCertificatesDialog::currentEvent() const
{
    return m_events->currentData().value<Uuid>();
}

QString IssueCertificatesDialog::office() const
{
    const std::optional<TrainingEvent> e = m_editing.store().get<TrainingEvent>(currentEvent());
    return e ? CertificateRegister(m_editing.store()).officeOf(e->ownerId) : QString();
}

void IssueCertificatesDialog::loadEvent()
{
    m_problem.clear();
    const auto e = CertificateEligibility::of(m_editing.store(), currentEvent());
    if (!e) {
        m_problem = m_events->count() ? e.error() : tr("No training event belongs to a programme.");
        m_model->setEvent({});
    } else {
        m_model->setEvent(*e);
    }
    m_view->resizeColumnsToContents();
    updateKey();
}

void IssueCertificatesDialog::updateKey()
{
    const SignerPool::Choice c = m_signers.choose(office(), m_date->date());
    m_key->setText(c.text);
    const bool ask = c.need == SignerPool::Need::Passphrase;
    m_passphrase->setVisible(ask);
    m_passphraseLabel->setVisible(ask);
    updateButton();
}

void IssueCertificatesDialog::updateButton()
{
    const int chosen = int(m_model->chosen().size());
    const int all = m_model->rowCount();
    m_summary->setText(!m_problem.isEmpty()
            ? m_problem
            : tr("%n of %1 participant(s) eligible.", nullptr, m_model->eligibleCount()).arg(all));
    m_issue->setText(tr("&Issue %n certificate(s)", nullptr, chosen));
    const SignerPool::Choice c = m_signers.choose(office(), m_date->date());
    m_issue->setEnabled(chosen > 0 && c.need != SignerPool::Need::NoKey
        && (c.need != SignerPool::Need::Passphrase || !m_passphrase->text().isEmpty()));
}

QStringList IssueCertificatesDialog::issueChosen()
{
    const QList<Uuid> people = m_model->chosen();
    if (people.isEmpty())
        return {};
    auto signer = m_signers.signer(office(), m_date->date(), m_passphrase->text().toUtf8());
    if (!signer) {
        Dialogs::warn(this, tr("Certificates not issued"), signer.error());
        return {};
    }
    CertificateRegister reg(m_editing.store());
    auto receipt = reg.issue(currentEvent(), people, signer->signer(), m_date->date());
    if (!receipt) {
        Dialogs::warn(this, tr("Certificates not issued"), receipt.error());
        return {};
    }
    const QStringList numbers = receipt->numbers;
    m_editing.undoStack().push(new RegisterActionCommand(m_editing, *receipt, *signer,
        [n = int(numbers.size())] { return tr("issue %n certificate(s)", nullptr, n); }));
    loadEvent();
    return numbers;
}

} // namespace ef
