// The window's certificate work: the Certificates menu (verify, issue for an event, reissue,
// revoke, print with a preview, PDF export one per certificate or combined, the designs'
// preview), each with its shortcut, acting on the certificate or event selected in the list;
// the Verify page; and the office keys unlocked in this session.
#pragma once

#include "certificates/SignerPool.h"
#include "util/Uuid.h"

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;

namespace ef {

class MainWindow;
class RecordEditing;
class Store;
class VerifyPage;

class CertificateUi : public QObject
{
    Q_OBJECT

public:
    CertificateUi(Store &store, RecordEditing &editing, MainWindow &window);

    VerifyPage *verifyPage() const { return m_verify; }
    SignerPool &signers() { return m_signers; }
    void addMenu(QMenuBar *bar);
    void retranslateUi();

    // What the actions act on: the selected certificate, or every valid certificate of the
    // selected event.
    QList<Uuid> selectedCertificates() const;
    Uuid selectedEvent() const;

    void issue();
    void reissue();
    void revoke();
    void print();
    void exportPdf(bool combined);
    void previewDesigns();

private:
    Store &m_store;
    RecordEditing &m_editing;
    MainWindow &m_window;
    SignerPool m_signers;
    VerifyPage *m_verify;
    QMenu *m_menu = nullptr;
    QList<std::pair<QAction *, const char *>> m_actions; // with their English sources
};

} // namespace ef
