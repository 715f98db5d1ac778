#include "VerifyPage.h"

#include "Dialogs.h"
#include "certificates/CertificateCheck.h"
#include "certificates/CertificateKeys.h"
#include "store/Store.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ef {

namespace {

QString colourOf(CertificateVerifier::Verdict v)
{
    using V = CertificateVerifier::Verdict;
    switch (v) {
    case V::Valid:
        return QStringLiteral("#1b7f3b");
    case V::Expired:
    case V::Superseded:
        return QStringLiteral("#a05a00");
    case V::Tampered:
    case V::Revoked:
    case V::UnknownIssuer:
    case V::NotCertificate:
        break;
    }
    return QStringLiteral("#b00020");
}

} // namespace

VerifyPage::VerifyPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_input(new QPlainTextEdit(this))
    , m_open(new QPushButton(this))
    , m_check(new QPushButton(this))
    , m_verdict(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_details(new QWidget(this))
    , m_form(new QFormLayout(m_details))
{
    setObjectName(QStringLiteral("VerifyPage"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_input->setMaximumHeight(90);
    m_input->setTabChangesFocus(true);
    layout->addWidget(m_input);
    auto *row = new QHBoxLayout;
    row->addWidget(m_open);
    row->addStretch(1);
    row->addWidget(m_check);
    layout->addLayout(row);
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.8);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_explanation);
    m_form->setLabelAlignment(Qt::AlignRight);
    layout->addWidget(m_details);
    layout->addStretch(1);

    connect(m_open, &QPushButton::clicked, this, &VerifyPage::openFile);
    connect(m_check, &QPushButton::clicked, this, &VerifyPage::verifyInput);
    auto *verifyKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(verifyKey, &QShortcut::activated, this, &VerifyPage::verifyInput);
    auto *openKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this);
    connect(openKey, &QShortcut::activated, this, &VerifyPage::openFile);
    retranslateUi();
}

void VerifyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void VerifyPage::retranslateUi()
{
    m_title->setText(tr("Verify a certificate"));
    m_intro->setText(tr("Open a certificate's PDF, a scan or a photo of it (Ctrl+Shift+O), or drop "
                        "it here; or paste the text of its QR code, or type its number, and press "
                        "Verify (Ctrl+Enter). Nothing leaves this computer."));
    m_input->setPlaceholderText(tr("EF1:… or EF-EKTU-2026-000123"));
    m_input->setAccessibleName(tr("QR code text or certificate number"));
    m_open->setText(tr("&Open a PDF or picture…"));
    m_check->setText(tr("&Verify"));
    if (!m_lastInput.isEmpty())
        verify(m_lastInput);
}

void VerifyPage::verifyInput()
{
    verify(m_input->toPlainText());
}

void VerifyPage::openFile()
{
    const QString path = Dialogs::openFileName(this, tr("Open a certificate"),
        tr("Certificates (*.pdf *.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.txt);;"
           "All files (*)"));
    if (!path.isEmpty())
        verifyFile(path);
}

void VerifyPage::verifyFile(const QString &path)
{
    m_input->setPlainText(QDir::toNativeSeparators(path));
    verify(path);
}

void VerifyPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void VerifyPage::dropEvent(QDropEvent *event)
{
    const QMimeData *m = event->mimeData();
    if (m->hasUrls() && m->urls().first().isLocalFile())
        verifyFile(m->urls().first().toLocalFile());
    else if (m->hasText()) {
        m_input->setPlainText(m->text());
        verifyInput();
    }
    event->acceptProposedAction();
}

QString VerifyPage::shown(int row) const
{
    QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole);
    auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
    return label ? label->text() : QString();
}

int VerifyPage::shownRows() const
{
    return m_form->rowCount();
}

void VerifyPage::verify(const QString &input)
{
    m_lastInput = input;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const TrustList trust = CertificateKeys(m_store).trust();
    const CertificateCheck::Answer a
        = CertificateCheck(trust, m_store.clock().today(), &m_store).check(input);
    const CertificateVerifier::Outcome &o = a.outcome;
    m_verdict->setText(
        a.unknownNumber ? tr("Unknown number") : CertificateVerifier::verdictText(o.verdict));
    m_verdict->setStyleSheet(QStringLiteral("color: %1").arg(colourOf(o.verdict)));
    m_explanation->setText(a.problem.isEmpty() ? CertificateVerifier::explanation(o) : a.problem);
    if (!o.decoded)
        return;
    const QLocale l;
    auto row = [this](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return;
        auto *v = new QLabel(value, m_details);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        m_form->addRow(label, v);
    };
    const CertificatePayload &p = o.payload;
    row(tr("Number:"), p.number);
    row(tr("Holder:"), p.holderName());
    if (!p.holderLatin.isEmpty())
        row(tr("Holder in Latin:"), p.holderName(true));
    row(tr("Programme:"), QStringList {p.programmeCode, p.programmeTitle}.join(u' ').trimmed());
    if (p.eventStart.isValid())
        row(tr("Event:"),
            tr("%1 – %2").arg(l.toString(p.eventStart, QLocale::ShortFormat),
                l.toString(p.eventEnd, QLocale::ShortFormat)));
    row(tr("Hours:"), l.toString(p.hours));
    if (p.ects > 0)
        row(tr("ECTS credits:"), l.toString(p.ects));
    row(tr("Issued on:"), l.toString(p.issuedOn, QLocale::LongFormat));
    row(tr("Valid until:"),
        p.validUntil.isValid() ? l.toString(p.validUntil, QLocale::LongFormat)
                               : tr("does not expire"));
    row(tr("Replaces:"), p.replaces);
    if (!o.replacedBy.isEmpty())
        row(tr("Replaced by:"), o.replacedBy);
    if (o.key)
        row(tr("Signed by:"),
            o.demo
                ? tr("%1, demo key %2 (a specimen: trusted only by the demo data)")
                      .arg(o.key->office, QString::fromLatin1(o.key->keyId().toHex()))
                : tr("%1, key %2").arg(o.key->office, QString::fromLatin1(o.key->keyId().toHex())));
    if (a.typedNumber)
        row(tr("Checked:"), tr("the copy in this data file's register"));
}

} // namespace ef
