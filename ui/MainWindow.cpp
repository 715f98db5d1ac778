#include "MainWindow.h"

#include "AppStartup.h"
#include "Dialogs.h"
#include "dashboard/DashboardPage.h"
#include "lists/ListCatalog.h"
#include "lists/ListPage.h"
#include "records/RecordCommands.h"
#include "records/RecordEditing.h"
#include "store/Store.h"
#include "sync/ConflictsPage.h"
#include "sync/SyncUi.h"

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
                QStringLiteral("participations"), QStringLiteral("certificates")}},
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
    setWindowTitle(tr("EduFusion Desk"));
    setObjectName(QStringLiteral("MainWindow"));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(
        tr("Search people, institutions, agreements and courses (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    auto *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_search);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QTreeWidget(splitter);
    m_navigation->setHeaderHidden(true);
    m_navigation->setAccessibleName(tr("Modules"));
    m_pages = new QStackedWidget(splitter);

    m_home = new QWidget(m_pages);
    auto *homeLayout = new QVBoxLayout(m_home);
    auto *homeSplit = new QSplitter(Qt::Vertical, m_home);
    m_dashboard = new DashboardPage(store, homeSplit);
    m_results = new QTreeWidget(homeSplit);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->header()->setVisible(false);
    m_results->setAccessibleName(tr("Search results"));
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
    createNavigation();
    createMenus();
    m_sync->addMenuAndToolBar(toolbar);

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
    RecordCommand::setErrorHandler(
        [this](const QString &message) { Dialogs::warn(this, tr("Undo"), message); });

    statusBar()->showMessage(tr("Data file: %1").arg(QDir::toNativeSeparators(store.path())));
    resize(1200, 780);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    RecordCommand::setErrorHandler({});
}

void MainWindow::createNavigation()
{
    auto *home = new QTreeWidgetItem(m_navigation, {tr("Dashboard")});
    home->setData(0, KeyRole, QStringLiteral("dashboard"));
    for (const Area &a : areas()) {
        auto *group = new QTreeWidgetItem(m_navigation, {tr(a.title)});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const QString &key : a.lists) {
            auto *item = new QTreeWidgetItem(group, {ListCatalog::list(key).translatedTitle()});
            item->setData(0, KeyRole, key);
        }
        group->setExpanded(true);
    }
    auto *conflicts = new QTreeWidgetItem(m_navigation);
    conflicts->setData(0, KeyRole, QStringLiteral("conflicts"));
    m_sync->setNavigationItem(conflicts); // its text carries the count of open conflicts
    // Wide enough for the longest module name in the UI language, never elided.
    int widest = 0;
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it) {
        const int depth = (*it)->parent() ? 2 : 1;
        widest = std::max(widest,
            QFontMetrics((*it)->font(0)).horizontalAdvance((*it)->text(0))
                + depth * m_navigation->indentation());
    }
    m_navigation->setMinimumWidth(widest + 2 * m_navigation->frameWidth() + 12);
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, KeyRole).isValid())
            showModule(item->data(0, KeyRole).toString());
    });
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
    return QStringLiteral("dashboard");
}

ListPage *MainWindow::currentList() const
{
    return qobject_cast<ListPage *>(m_pages->currentWidget());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newRecord = file->addAction(tr("&New record"), this, [this] {
        if (ListPage *p = currentList())
            p->createRecord();
    });
    newRecord->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *open = edit->addAction(tr("&Open record"), this, [this] {
        if (ListPage *p = currentList())
            p->openCurrent();
    });
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction *del = edit->addAction(tr("&Delete record"), this, [this] {
        if (ListPage *p = currentList(); p && p->view()->hasFocus())
            p->deleteCurrent();
    });
    del->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Search everywhere"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *filter = edit->addAction(tr("&Filter this list"), this, [this] {
        if (ListPage *p = currentList())
            p->focusFilter();
    });
    filter->setShortcut(QKeySequence::Find);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *dash
        = go->addAction(tr("Dashboard"), this, [this] { showModule(QStringLiteral("dashboard")); });
    dash->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    int n = 0;
    for (const Area &a : areas()) {
        go->addSection(tr(a.title));
        for (const QString &key : a.lists) {
            QAction *act = go->addAction(
                ListCatalog::list(key).translatedTitle(), this, [this, key] { showModule(key); });
            if (++n <= 9)
                act->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        }
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EduFusion Desk"), this, [this] {
        QMessageBox::about(this, tr("About EduFusion Desk"),
            tr("<p><b>EduFusion Desk</b> %1</p><p>Academia–industry partnerships, educator "
               "training and certification, and the STEAM and entrepreneurship course "
               "catalogue of the Erasmus+ EduFusion consortium, kept on this computer and "
               "usable offline.</p>")
                .arg(QApplication::applicationVersion()));
    });
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
