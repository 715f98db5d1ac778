#include "MainWindow.h"

#include "AppStartup.h"
#include "Dialogs.h"
#include "LanguageMenu.h"
#include "certificates/CertificateUi.h"
#include "certificates/VerifyPage.h"
#include "dashboard/DashboardPage.h"
#include "lists/ListCatalog.h"
#include "lists/ListPage.h"
#include "partnerships/PartnershipEditor.h"
#include "records/RecordCommands.h"
#include "records/RecordEditing.h"
#include "store/Store.h"
#include "sync/ConflictsPage.h"
#include "sync/SyncUi.h"
#include "training/TrainingEventEditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ef {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int TableRole = Qt::UserRole + 2;
constexpr int IdRole = Qt::UserRole + 3;
constexpr int SourceRole = Qt::UserRole + 4; // an area's English title

struct Area
{
    const char *title;
    QStringList lists;
};

QList<Area> areas()
{
    return {
        {QT_TRANSLATE_NOOP("ef::MainWindow", "Partnerships"),
            {QStringLiteral("partnerships"), QStringLiteral("renewals")}},
        {QT_TRANSLATE_NOOP("ef::MainWindow", "Training & certification"),
            {QStringLiteral("programmes"), QStringLiteral("events"),
                QStringLiteral("participations"), QStringLiteral("certificates"),
                QStringLiteral("verify")}},
        {QT_TRANSLATE_NOOP("ef::MainWindow", "Course catalogue"),
            {QStringLiteral("courses"), QStringLiteral("offerings"),
                QStringLiteral("enrollments")}},
        {QT_TRANSLATE_NOOP("ef::MainWindow", "Institutions & people"),
            {QStringLiteral("institutions"), QStringLiteral("people")}},
        {QT_TRANSLATE_NOOP("ef::MainWindow", "Projects & indicators"),
            {QStringLiteral("projects"), QStringLiteral("indicators")}},
    };
}

} // namespace

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_undo(new QUndoStack(this))
    , m_editing(new RecordEditing(store, *m_undo, this))
{
    // What each kind's editor adds to the generic one.
    PartnershipEditor::registerWith(*m_editing);
    TrainingEventEditor::registerWith(*m_editing);
    setObjectName(QStringLiteral("MainWindow"));

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("searchToolbar"));
    m_toolbar->setMovable(false);
    m_toolbar->addWidget(m_search);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QTreeWidget(splitter);
    m_navigation->setHeaderHidden(true);
    m_pages = new QStackedWidget(splitter);

    m_home = new QWidget(m_pages);
    auto *homeLayout = new QVBoxLayout(m_home);
    auto *homeSplit = new QSplitter(Qt::Vertical, m_home);
    m_dashboard = new DashboardPage(store, homeSplit);
    m_results = new QTreeWidget(homeSplit);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->header()->setVisible(false);
    m_results->hide();
    homeLayout->addWidget(homeSplit);
    m_pages->addWidget(m_home);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({230, 900});
    setCentralWidget(splitter);

    m_sync = new SyncUi(store, *m_editing, this);
    m_pages->addWidget(m_sync->conflictsPage());
    connect(m_sync, &SyncUi::conflictsRequested, this,
        [this] { showModule(QStringLiteral("conflicts")); });
    m_certificates = new CertificateUi(store, *m_editing, *this);
    m_pages->addWidget(m_certificates->verifyPage());
    createNavigation();
    createMenus();
    m_sync->addMenuAndToolBar(m_toolbar);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (QTreeWidgetItem *first = m_results->topLevelItem(0); first && first->childCount())
            openSearchResult(first->child(0));
    });
    connect(m_results, &QTreeWidget::itemActivated, this, &MainWindow::openSearchResult);
    connect(&m_store, &Store::changed, this, [this] {
        if (!m_search->text().isEmpty())
            runSearch();
    });
    connect(m_editing, &RecordEditing::undoFailed, this,
        [this](const QString &message) { Dialogs::warn(this, tr("Undo"), message); });

    retranslateUi();
    resize(1200, 780);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigation()
{
    auto *home = new QTreeWidgetItem(m_navigation);
    home->setData(0, KeyRole, QStringLiteral("dashboard"));
    for (const Area &a : areas()) {
        auto *group = new QTreeWidgetItem(m_navigation);
        group->setData(0, SourceRole, QByteArray(a.title));
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const QString &key : a.lists) {
            auto *item = new QTreeWidgetItem(group);
            item->setData(0, KeyRole, key);
        }
        group->setExpanded(true);
    }
    auto *conflicts = new QTreeWidgetItem(m_navigation);
    conflicts->setData(0, KeyRole, QStringLiteral("conflicts"));
    m_sync->setNavigationItem(conflicts); // its text carries the count of open conflicts
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, KeyRole).isValid())
            showModule(item->data(0, KeyRole).toString());
    });
}

// Wide enough for the longest module name in the UI language, never elided.
void MainWindow::fitNavigation()
{
    int widest = 0;
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it) {
        const int depth = (*it)->parent() ? 2 : 1;
        widest = std::max(widest,
            QFontMetrics((*it)->font(0)).horizontalAdvance((*it)->text(0))
                + depth * m_navigation->indentation());
    }
    m_navigation->setMinimumWidth(widest + 2 * m_navigation->frameWidth() + 12);
}

ListPage *MainWindow::showModule(const QString &key)
{
    // Keep the navigation in step when a module is shown from a menu or shortcut.
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it)
        if ((*it)->data(0, KeyRole).toString() == key && m_navigation->currentItem() != *it) {
            const QSignalBlocker block(m_navigation);
            m_navigation->setCurrentItem(*it);
        }
    if (key == u"conflicts") {
        m_pages->setCurrentWidget(m_sync->conflictsPage());
        return nullptr;
    }
    if (key == u"verify") {
        m_pages->setCurrentWidget(m_certificates->verifyPage());
        return nullptr;
    }
    if (key == u"dashboard" || !ListCatalog::keys().contains(key)) {
        m_pages->setCurrentWidget(m_home);
        return nullptr;
    }
    ListPage *&page = m_lists[key];
    if (!page) {
        page = new ListPage(m_store, *m_editing, ListCatalog::list(key, m_store.clock().today()),
            true, {}, m_pages);
        page->restoreLayout(
            AppStartup::settings().value(QStringLiteral("lists/%1/header").arg(key)).toByteArray());
        m_pages->addWidget(page);
    }
    m_pages->setCurrentWidget(page);
    return page;
}

QString MainWindow::currentModule() const
{
    for (auto it = m_lists.begin(); it != m_lists.end(); ++it)
        if (it.value() == m_pages->currentWidget())
            return it.key();
    if (m_pages->currentWidget() == m_sync->conflictsPage())
        return QStringLiteral("conflicts");
    if (m_pages->currentWidget() == m_certificates->verifyPage())
        return QStringLiteral("verify");
    return QStringLiteral("dashboard");
}

ListPage *MainWindow::currentList() const
{
    return qobject_cast<ListPage *>(m_pages->currentWidget());
}

void MainWindow::createMenus()
{
    // Each action's text is set by retranslateUi() from the source kept here.
    auto menu = [this](const char *title) {
        QMenu *m = menuBar()->addMenu(QString());
        m_menus.append({m, title});
        return m;
    };
    auto action = [this](QMenu *m, const char *text, auto slot) {
        QAction *a = m->addAction(QString(), this, slot);
        m_actions.append({a, text});
        return a;
    };
    QMenu *file = menu(QT_TR_NOOP("&File"));
    QAction *newRecord = action(file, QT_TR_NOOP("&New record"), [this] {
        if (ListPage *p = currentList())
            p->createRecord();
    });
    newRecord->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = action(file, QT_TR_NOOP("&Quit"), [this] { close(); });
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *edit = menu(QT_TR_NOOP("&Edit"));
    // Own undo and redo actions rather than QUndoStack's: their texts follow the language.
    m_undoAction = edit->addAction(QString(), m_undo, &QUndoStack::undo);
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = edit->addAction(QString(), m_undo, &QUndoStack::redo);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_undo, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
    edit->addSeparator();
    QAction *open = action(edit, QT_TR_NOOP("&Open record"), [this] {
        if (ListPage *p = currentList())
            p->openCurrent();
    });
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction *del = action(edit, QT_TR_NOOP("&Delete record"), [this] {
        if (ListPage *p = currentList(); p && p->view()->hasFocus())
            p->deleteCurrent();
    });
    del->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    QAction *find = action(edit, QT_TR_NOOP("&Search everywhere"), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *filter = action(edit, QT_TR_NOOP("&Filter this list"), [this] {
        if (ListPage *p = currentList())
            p->focusFilter();
    });
    filter->setShortcut(QKeySequence::Find);

    QMenu *go = menu(QT_TR_NOOP("&Go"));
    QAction *dash
        = action(go, QT_TR_NOOP("Dashboard"), [this] { showModule(QStringLiteral("dashboard")); });
    dash->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    int n = 0;
    for (const Area &a : areas()) {
        m_actions.append({go->addSection(QString()), a.title});
        for (const QString &key : a.lists) {
            if (key == u"verify")
                continue; // in the Certificates menu, with its own shortcut
            QAction *act = go->addAction(QString(), this, [this, key] { showModule(key); });
            m_moduleActions.append({act, key});
            if (++n <= 9)
                act->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        }
    }

    m_certificates->addMenu(menuBar());
    menuBar()->addMenu(new LanguageMenu(menuBar()));

    QMenu *help = menu(QT_TR_NOOP("&Help"));
    action(help, QT_TR_NOOP("&About EduFusion Desk"), [this] {
        QMessageBox::about(this, tr("About EduFusion Desk"),
            tr("<p><b>EduFusion Desk</b> %1</p><p>Academia–industry partnerships, educator "
               "training and certification, and the STEAM and entrepreneurship course "
               "catalogue of the Erasmus+ EduFusion consortium, kept on this computer and "
               "usable offline.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateUndoActions()
{
    const QString undo = m_undo->undoText();
    const QString redo = m_undo->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(redo));
    m_undoAction->setEnabled(m_undo->canUndo());
    m_redoAction->setEnabled(m_undo->canRedo());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("EduFusion Desk"));
    m_search->setPlaceholderText(
        tr("Search people, institutions, agreements and courses (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search"));
    m_toolbar->setWindowTitle(tr("Search"));
    m_navigation->setAccessibleName(tr("Modules"));
    m_results->setAccessibleName(tr("Search results"));
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it) {
        const QString key = (*it)->data(0, KeyRole).toString();
        if (key == u"conflicts")
            continue; // SyncUi words it, with the count
        (*it)->setText(0,
            key == u"dashboard"    ? tr("Dashboard")
                : key == u"verify" ? tr("Verify a certificate")
                : key.isEmpty()    ? tr((*it)->data(0, SourceRole).toByteArray().constData())
                                   : ListCatalog::title(key));
    }
    fitNavigation();
    for (const auto &[menu, title] : std::as_const(m_menus))
        menu->setTitle(tr(title));
    for (const auto &[action, text] : std::as_const(m_actions))
        action->setText(tr(text));
    for (const auto &[action, key] : std::as_const(m_moduleActions))
        action->setText(key == u"verify" ? tr("Verify a certificate") : ListCatalog::title(key));
    m_certificates->retranslateUi();
    // The undo history's descriptions, then the actions that show them. QUndoStack hands its
    // commands out as const; they are ours, made non-const, and only their text changes.
    for (int i = 0; i < m_undo->count(); ++i)
        if (auto *c = dynamic_cast<const RecordCommand *>(m_undo->command(i)))
            const_cast<RecordCommand *>(c)->retranslate();
    updateUndoActions();
    statusBar()->showMessage(tr("Data file: %1").arg(QDir::toNativeSeparators(m_store.path())));
    if (!m_search->text().isEmpty())
        runSearch();
}

void MainWindow::runSearch()
{
    const QString text = m_search->text().trimmed();
    m_results->clear();
    if (text.isEmpty()) {
        m_results->hide();
        return;
    }
    showModule(QStringLiteral("dashboard"));
    const QList<SearchHit> hits = m_store.search(text);
    const QHash<QString, QString> kinds {
        {QStringLiteral("person"), tr("People")},
        {QStringLiteral("institution"), tr("Institutions")},
        {QStringLiteral("partnership"), tr("Partnerships")},
        {QStringLiteral("course"), tr("Courses")},
    };
    QHash<QString, QTreeWidgetItem *> groups;
    for (const SearchHit &h : hits) {
        QTreeWidgetItem *&group = groups[h.table];
        if (!group) {
            group = new QTreeWidgetItem(m_results, {kinds.value(h.table)});
            group->setExpanded(true);
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        auto *item = new QTreeWidgetItem(group, {h.title});
        item->setData(0, TableRole, h.table);
        item->setData(0, IdRole, QVariant::fromValue(h.id));
    }
    if (hits.isEmpty())
        new QTreeWidgetItem(m_results, {tr("Nothing found for “%1”.").arg(text)});
    m_results->show();
}

void MainWindow::openSearchResult(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, IdRole).isValid())
        return;
    m_editing->open(item->data(0, TableRole).toString(), item->data(0, IdRole).value<Uuid>(), this);
}

void MainWindow::saveSettings()
{
    QSettings s = AppStartup::settings();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(
        QStringLiteral("window/splitter"), static_cast<QSplitter *>(centralWidget())->saveState());
    s.setValue(QStringLiteral("window/module"), currentModule());
    for (auto it = m_lists.begin(); it != m_lists.end(); ++it)
        s.setValue(QStringLiteral("lists/%1/header").arg(it.key()), it.value()->saveLayout());
}

void MainWindow::restoreSettings()
{
    QSettings s = AppStartup::settings();
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    static_cast<QSplitter *>(centralWidget())
        ->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    showModule(s.value(QStringLiteral("window/module"), QStringLiteral("dashboard")).toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace ef
