#include "SyncUi.h"

#include "ConflictsPage.h"
#include "SignInDialog.h"
#include "SyncController.h"
#include "SyncSettingsDialog.h"
#include "SyncStatus.h"
#include "records/RecordEditing.h"
#include "records/RecordType.h"
#include "store/Store.h"
#include "sync/SyncTask.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

namespace ef {

SyncUi::SyncUi(Store &store, RecordEditing &editing, QMainWindow *window)
    : QObject(window)
    , m_store(store)
    , m_editing(editing)
    , m_window(window)
    , m_controller(new SyncController(store, window, this))
    , m_page(new ConflictsPage(editing, window))
    , m_status(new SyncStatus(*m_controller, window))
    , m_syncNow(new QAction(this))
    , m_cancel(new QAction(this))
    , m_signIn(new QAction(this))
    , m_signOut(new QAction(this))
    , m_settings(new QAction(this))
    , m_showConflicts(new QAction(this))
{
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setIcon(window->style()->standardIcon(QStyle::SP_BrowserReload));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_cancel->setEnabled(false);
    connect(m_syncNow, &QAction::triggered, this, [this] {
        // A sign-in it needs is asked for now, or when the run finds the sign-in expired.
        m_onDemand = true;
        m_controller->syncNow();
        m_onDemand = m_controller->task().isRunning();
    });
    connect(m_cancel, &QAction::triggered, &m_controller->task(), &Task::cancel);
    connect(m_signIn, &QAction::triggered, this, [this] { showSignIn(); });
    connect(m_signOut, &QAction::triggered, m_controller, &SyncController::signOut);
    connect(m_settings, &QAction::triggered, this, [this] { showSettings(); });
    connect(m_showConflicts, &QAction::triggered, this, &SyncUi::conflictsRequested);
    connect(m_status, &SyncStatus::signInRequested, this, [this] { showSignIn(); });
    connect(m_status, &SyncStatus::conflictsRequested, this, &SyncUi::conflictsRequested);
    connect(m_controller, &SyncController::signInNeeded, this, [this](const QString &why) {
        if (m_onDemand)
            showSignIn(why);
    });
    connect(m_controller, &SyncController::signedIn, this, &SyncUi::accountChanged);
    connect(m_controller, &SyncController::signedOut, this, &SyncUi::accountChanged);
    connect(m_controller, &SyncController::stateChanged, this, &SyncUi::updateBadge);
    connect(m_controller, &SyncController::notice, this, [this](const QString &text) {
        m_window->statusBar()->showMessage(text, 15'000);
        if (!m_window->isActiveWindow())
            QApplication::alert(m_window);
    });
    connect(&m_controller->task(), &Task::started, this, [this] {
        m_syncNow->setEnabled(false);
        m_cancel->setEnabled(true);
    });
    connect(&m_controller->task(), &Task::finished, this, [this] {
        m_onDemand = false;
        m_syncNow->setEnabled(true);
        m_cancel->setEnabled(false);
    });
    window->statusBar()->addPermanentWidget(m_status);
    window->installEventFilter(this); // the window's LanguageChange retranslates the actions
    retranslateUi();
    m_status->refresh();

    // A new office that chose to sign in on the welcome page: no home institution yet, no
    // server. Its institution and data come with the first sync.
    if (!m_controller->account().isKnown() && RecordType::homeInstitution(store).isNull())
        QTimer::singleShot(0, this,
            [this] { showSignIn(tr("Sign in to bring your office's data from the server.")); });
}

void SyncUi::setNavigationItem(QTreeWidgetItem *item)
{
    m_navigationItem = item;
    updateBadge();
}

void SyncUi::addMenuAndToolBar(QToolBar *toolBar)
{
    m_menu = new QMenu(m_window);
    m_menu->addAction(m_syncNow);
    m_menu->addAction(m_cancel);
    m_menu->addSeparator();
    m_menu->addAction(m_showConflicts);
    m_menu->addSeparator();
    m_menu->addAction(m_signIn);
    m_menu->addAction(m_signOut);
    m_menu->addAction(m_settings);
    QMenuBar *bar = m_window->menuBar();
    const QList<QAction *> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu); // before Help
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_syncNow);
    retranslateUi();
}

SignInDialog *SyncUi::showSignIn(const QString &why)
{
    if (!m_signInDialog) {
        m_signInDialog = new SignInDialog(*m_controller, m_window);
        m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signInDialog, &QObject::destroyed, this, [this] { m_signInDialog = nullptr; });
    }
    m_signInDialog->setReason(why);
    m_signInDialog->open();
    return m_signInDialog;
}

SyncSettingsDialog *SyncUi::showSettings()
{
    auto *d = new SyncSettingsDialog(*m_controller, m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &SyncSettingsDialog::signInRequested, this, [this] { showSignIn(); });
    d->open();
    return d;
}

void SyncUi::accountChanged()
{
    m_editing.setAccount(m_controller->account());
    updateBadge();
}

void SyncUi::updateBadge()
{
    const qint64 open = m_controller->openIssues();
    const bool signedIn = m_controller->hasToken();
    m_signIn->setEnabled(!m_controller->task().isSigningIn());
    m_signOut->setEnabled(signedIn);
    if (!m_navigationItem)
        return;
    m_navigationItem->setText(
        0, open > 0 ? tr("Conflicts to review (%1)").arg(open) : tr("Conflicts to review"));
    QFont font = m_navigationItem->font(0);
    font.setBold(open > 0);
    m_navigationItem->setFont(0, font);
    m_navigationItem->setForeground(
        0, open > 0 ? QBrush(QColor(0xb0, 0x00, 0x20)) : m_window->palette().brush(QPalette::Text));
    // Never elided: the navigation grows to fit the count.
    if (QTreeWidget *tree = m_navigationItem->treeWidget()) {
        const int need = QFontMetrics(font).horizontalAdvance(m_navigationItem->text(0))
            + tree->indentation() + 2 * tree->frameWidth() + 12;
        if (tree->minimumWidth() < need)
            tree->setMinimumWidth(need);
    }
}

void SyncUi::retranslateUi()
{
    m_syncNow->setText(tr("&Sync now"));
    m_syncNow->setToolTip(tr("Send this office's changes and receive the others' (F5)"));
    m_cancel->setText(tr("&Cancel the sync"));
    m_signIn->setText(tr("Sign &in…"));
    m_signOut->setText(tr("Sign &out"));
    m_signOut->setToolTip(tr("Forget the sign-in on this computer; the data stays"));
    m_settings->setText(tr("Sync se&ttings…"));
    m_showConflicts->setText(tr("&Conflicts to review"));
    if (m_menu)
        m_menu->setTitle(tr("S&ync"));
    updateBadge();
}

bool SyncUi::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

} // namespace ef
