#include "ScreenTour.h"

#include "Language.h"
#include "MainWindow.h"
#include "certificates/CertificateActionDialog.h"
#include "certificates/CertificateRegister.h"
#include "certificates/CertificateUi.h"
#include "certificates/IssueCertificatesDialog.h"
#include "certificates/TemplatePreviewDialog.h"
#include "certificates/VerifyPage.h"
#include "lists/ListCatalog.h"
#include "lists/ListPage.h"
#include "lists/RecordListModel.h"
#include "partnerships/AmendmentDialog.h"
#include "records/RecordDialog.h"
#include "records/RecordEditing.h"
#include "store/Store.h"
#include "sync/SignInDialog.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncUi.h"
#include "training/AddParticipantsDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

namespace ef {

ScreenTour::ScreenTour(MainWindow &window, Store &store)
    : m_window(window)
    , m_store(store)
{ }

namespace {

// The demo's workshop (the event of its first certificate) and that certificate.
Uuid demoCertificate(Store &s)
{
    const auto c = CertificateRegister(s).findByNumber(QStringLiteral("EF-EKTU-2026-000001"));
    return c ? c->id : Uuid();
}

Uuid demoEvent(Store &s)
{
    const auto c = CertificateRegister(s).findByNumber(QStringLiteral("EF-EKTU-2026-000001"));
    return c ? c->eventId : Uuid();
}

} // namespace

QList<ScreenTour::Dialog> ScreenTour::dialogs()
{
    return {
        {"amendment",
            [](MainWindow &w, Store &s) -> QWidget * {
                return new AmendmentDialog(
                    {QStringLiteral("Атауы"), QStringLiteral("Аяқталатын күні")}, s.clock().today(),
                    &w);
            }},
        {"participants",
            [](MainWindow &w, Store &) -> QWidget * {
                ListPage *list = w.currentList();
                if (!list || list->model()->rowCount() == 0)
                    return nullptr; // with --module events
                return new AddParticipantsDialog(w.editing(), list->model()->idAt(0), &w);
            }},
        {"sign-in", [](MainWindow &w, Store &) -> QWidget * { return w.sync().showSignIn(); }},
        {"issue-certificates",
            [](MainWindow &w, Store &s) -> QWidget * {
                return new IssueCertificatesDialog(
                    w.editing(), w.certificates().signers(), demoEvent(s), &w);
            }},
        {"revoke-certificate",
            [](MainWindow &w, Store &s) -> QWidget * {
                return new CertificateActionDialog(w.editing(), w.certificates().signers(),
                    CertificateActionDialog::Action::Revoke, demoCertificate(s), &w);
            }},
        {"reissue-certificate",
            [](MainWindow &w, Store &s) -> QWidget * {
                return new CertificateActionDialog(w.editing(), w.certificates().signers(),
                    CertificateActionDialog::Action::Reissue, demoCertificate(s), &w);
            }},
        {"certificate-designs",
            [](MainWindow &w, Store &) -> QWidget * { return new TemplatePreviewDialog(&w); }},
        {"sync-settings",
            [](MainWindow &w, Store &) -> QWidget * { return w.sync().showSettings(); }},
    };
}

QStringList ScreenTour::dialogNames()
{
    QStringList out;
    for (const Dialog &d : dialogs())
        out << QString::fromLatin1(d.name);
    return out;
}

// Lets layouts, queued reloads and the first paint happen.
void ScreenTour::settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(20);
    }
}

RecordDialog *ScreenTour::openFirstRecord()
{
    ListPage *list = m_window.currentList();
    if (!list || list->model()->rowCount() == 0)
        return nullptr;
    RecordDialog *opened = nullptr;
    const auto connection = QObject::connect(&m_window.editing(), &RecordEditing::dialogOpened,
        &m_window, [&opened](RecordDialog *d) { opened = d; });
    list->view()->setCurrentIndex(list->model()->index(0, 0));
    list->openCurrent();
    QObject::disconnect(connection);
    return opened;
}

bool ScreenTour::saveOne(const QString &png, const QString &dialog, int editorTab)
{
    settle();
    QWidget *target = &m_window;
    if (!dialog.isEmpty()) {
        for (const Dialog &d : dialogs())
            if (dialog == QLatin1StringView(d.name))
                target = d.open(m_window, m_store);
        if (!target)
            return false;
        target->show();
    }
    if (editorTab >= 0) {
        RecordDialog *editor = openFirstRecord();
        if (!editor)
            return false;
        editor->tabs()->setCurrentIndex(editorTab);
        target = editor;
    }
    settle();
    return save(target, png);
}

bool ScreenTour::save(QWidget *screen, const QString &png)
{
    const bool saved = screen->grab().save(png);
    m_failures += saved ? 0 : 1;
    return saved;
}

int ScreenTour::saveAll(const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        ++m_failures;
        return 0;
    }
    const QString prefix = dir + QLatin1Char('/') + Language::current() + QLatin1Char('_');
    int saved = 0;
    for (const QString &key : QStringList {QStringLiteral("dashboard")} + ListCatalog::keys()) {
        m_window.showModule(key);
        settle();
        saved += save(&m_window, prefix + key + QStringLiteral(".png")) ? 1 : 0;
        RecordDialog *editor = key == u"dashboard" ? nullptr : openFirstRecord();
        if (!editor)
            continue;
        settle();
        for (int tab = 0; tab < editor->tabs()->count(); ++tab) {
            editor->tabs()->setCurrentIndex(tab);
            settle();
            saved += save(editor, prefix + QStringLiteral("%1_%2.png").arg(key).arg(tab)) ? 1 : 0;
        }
        delete editor;
    }
    // The Verify page with a demo certificate checked, a revoked and a superseded one, and the
    // certificate dialogs.
    m_window.showModule(QStringLiteral("verify"));
    VerifyPage *verify = m_window.certificates().verifyPage();
    const QStringList numbers {QStringLiteral("EF-EKTU-2026-000001"),
        QStringLiteral("EF-EKTU-2026-000003"), QStringLiteral("EF-EKTU-2026-000004")};
    const QStringList names {
        QStringLiteral("valid"), QStringLiteral("revoked"), QStringLiteral("superseded")};
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        verify->inputField()->setPlainText(numbers[i]);
        verify->verifyInput();
        settle();
        saved += save(&m_window, prefix + QStringLiteral("verify_%1.png").arg(names[i])) ? 1 : 0;
    }
    for (const Dialog &d : dialogs()) {
        const QString name = QString::fromLatin1(d.name);
        if (!name.contains(u"certificate"))
            continue;
        QWidget *dialog = d.open(m_window, m_store);
        if (!dialog) {
            ++m_failures;
            continue;
        }
        dialog->show();
        settle();
        saved += save(dialog, prefix + name + QStringLiteral(".png")) ? 1 : 0;
        delete dialog;
    }
    return saved;
}

} // namespace ef
