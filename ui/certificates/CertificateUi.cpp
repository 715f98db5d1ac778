#include "CertificateUi.h"

#include "CertificateActionDialog.h"
#include "CertificateOutputDialog.h"
#include "Dialogs.h"
#include "IssueCertificatesDialog.h"
#include "MainWindow.h"
#include "TemplatePreviewDialog.h"
#include "VerifyPage.h"
#include "certificates/CertificateRegister.h"
#include "lists/ListPage.h"
#include "store/Store.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>

namespace ef {

CertificateUi::CertificateUi(Store &store, RecordEditing &editing, MainWindow &window)
    : QObject(&window)
    , m_store(store)
    , m_editing(editing)
    , m_window(window)
    , m_signers(store)
    , m_verify(new VerifyPage(store))
{ }

void CertificateUi::addMenu(QMenuBar *bar)
{
    m_menu = bar->addMenu(QString());
    auto action = [this](const char *text, QKeySequence key, auto slot) {
        QAction *a = m_menu->addAction(QString(), this, slot);
        a->setShortcut(key);
        m_actions.append({a, text});
        return a;
    };
    action(QT_TR_NOOP("&Verify a certificate"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
        [this] { m_window.showModule(QStringLiteral("verify")); });
    m_menu->addSeparator();
    action(QT_TR_NOOP("&Issue certificates for an event…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { issue(); });
    action(QT_TR_NOOP("&Reissue certificate…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        [this] { reissue(); });
    action(QT_TR_NOOP("Re&voke certificate…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
        [this] { revoke(); });
    m_menu->addSeparator();
    action(QT_TR_NOOP("&Print certificates…"), QKeySequence::Print, [this] { print(); });
    action(QT_TR_NOOP("&Export certificates as PDF files…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { exportPdf(false); });
    action(QT_TR_NOOP("Export certificates as &one PDF file…"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), [this] { exportPdf(true); });
    m_menu->addSeparator();
    action(QT_TR_NOOP("Certificate &designs…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
        [this] { previewDesigns(); });
    retranslateUi();
}

void CertificateUi::retranslateUi()
{
    if (m_menu)
        m_menu->setTitle(tr("&Certificates"));
    for (const auto &[a, text] : std::as_const(m_actions))
        a->setText(tr(text));
}

QList<Uuid> CertificateUi::selectedCertificates() const
{
    ListPage *list = m_window.currentList();
    if (!list)
        return {};
    const Uuid id = list->currentId();
    if (id.isNull())
        return {};
    const QString module = m_window.currentModule();
    if (module == u"certificates")
        return {id};
    if (module == u"events")
        return CertificateRegister(m_store).certificatesOf(id);
    return {};
}

Uuid CertificateUi::selectedEvent() const
{
    ListPage *list = m_window.currentList();
    return list && m_window.currentModule() == u"events" ? list->currentId() : Uuid();
}

void CertificateUi::issue()
{
    IssueCertificatesDialog dialog(m_editing, m_signers, selectedEvent(), &m_window);
    dialog.exec();
}

void CertificateUi::reissue()
{
    const QList<Uuid> ids
        = m_window.currentModule() == u"certificates" ? selectedCertificates() : QList<Uuid>();
    CertificateActionDialog dialog(
        m_editing, m_signers, CertificateActionDialog::Action::Reissue, ids.value(0), &m_window);
    dialog.exec();
}

void CertificateUi::revoke()
{
    const QList<Uuid> ids
        = m_window.currentModule() == u"certificates" ? selectedCertificates() : QList<Uuid>();
    CertificateActionDialog dialog(
        m_editing, m_signers, CertificateActionDialog::Action::Revoke, ids.value(0), &m_window);
    dialog.exec();
}

void CertificateUi::print()
{
    const QList<Uuid> ids = selectedCertificates();
    if (ids.isEmpty()) {
        Dialogs::warn(&m_window, tr("Print certificates"),
            tr("Choose a certificate in the list of certificates, or an event whose valid "
               "certificates to print."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true); // the template's millimetres from the paper's edge
    QPrintPreviewDialog preview(&printer, &m_window);
    preview.setWindowTitle(tr("Print %n certificate(s)", nullptr, int(ids.size())));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, ids](QPrinter *p) {
        CertificateOutputDialog out(m_store, ids, &m_window);
        out.setDevice(p);
        out.run();
    });
    preview.exec();
}

void CertificateUi::exportPdf(bool combined)
{
    const QList<Uuid> ids = selectedCertificates();
    if (ids.isEmpty()) {
        Dialogs::warn(&m_window, tr("Export certificates"),
            tr("Choose a certificate in the list of certificates, or an event whose valid "
               "certificates to export."));
        return;
    }
    QString path;
    if (combined) {
        path = Dialogs::saveFileName(&m_window, tr("Export certificates as one PDF file"),
            tr("certificates.pdf"), tr("PDF files (*.pdf)"));
    } else {
        // A folder: the files are named after the numbers, each PDF with its credential.
        path = Dialogs::saveFileName(
            &m_window, tr("Export certificates into a folder"), tr("certificates"), QString());
    }
    if (path.isEmpty())
        return;
    CertificateOutputDialog out(m_store, ids, &m_window);
    out.setOutput(
        combined ? CertificateBatchTask::Output::Combined : CertificateBatchTask::Output::Files,
        path);
    if (out.run() == QDialog::Accepted)
        m_window.statusBar()->showMessage(
            tr("%n certificate(s) written to %1", nullptr, int(ids.size()))
                .arg(QDir::toNativeSeparators(path)),
            8000);
}

void CertificateUi::previewDesigns()
{
    TemplatePreviewDialog dialog(&m_window);
    dialog.exec();
}

} // namespace ef
