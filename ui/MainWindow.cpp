#include "MainWindow.h"

#include "dashboard/DashboardPage.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ef {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setWindowTitle(tr("EduFusion Desk"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(
        tr("Search people, institutions, agreements and courses (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    layout->addWidget(m_search);

    auto *splitter = new QSplitter(Qt::Vertical, central);
    m_dashboard = new DashboardPage(store, splitter);
    m_results = new QTreeWidget(splitter);
    m_results->setHeaderLabels({tr("Found")});
    m_results->header()->setVisible(false);
    m_results->setAccessibleName(tr("Search results"));
    m_results->hide();
    splitter->addWidget(m_dashboard);
    splitter->addWidget(m_results);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::runSearch);
    auto *focusSearch = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(&m_store, &Store::changed, this, &MainWindow::runSearch);

    createMenus();
    statusBar()->showMessage(tr("Data file: %1").arg(QDir::toNativeSeparators(store.path())));
    resize(1100, 760);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

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
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        new QTreeWidgetItem(group, {h.title});
    }
    if (hits.isEmpty())
        new QTreeWidgetItem(m_results, {tr("Nothing found for “%1”.").arg(text)});
    m_results->show();
}

} // namespace ef
