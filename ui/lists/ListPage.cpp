#include "ListPage.h"

#include "FilterBar.h"
#include "RecordListModel.h"
#include "records/RecordEditing.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ef {

ListPage::ListPage(Store &store, RecordEditing &editing, RecordList list, bool withFilters,
    QVariantMap prefill, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_editing(editing)
    , m_prefill(std::move(prefill))
    , m_model(new RecordListModel(store, std::move(list), this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_delete(new QPushButton(this))
{
    setObjectName(QStringLiteral("list_") + m_model->list().key);
    auto *layout = new QVBoxLayout(this);
    if (withFilters && !m_model->list().filters.isEmpty()) {
        m_filters = new FilterBar(store, m_model->list(), this);
        layout->addWidget(m_filters);
        connect(m_filters, &FilterBar::filtersChanged, this,
            [this] { m_model->setFilters(m_filters->filters()); });
    }
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(160);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &ListPage::createRecord);
    connect(m_open, &QPushButton::clicked, this, &ListPage::openCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ListPage::deleteCurrent);
    connect(m_view, &QTableView::activated, this, &ListPage::openCurrent);
    connect(m_model, &RecordListModel::totalCountChanged, this, &ListPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ListPage::updateActions);
    connect(&m_editing, &RecordEditing::accountChanged, this, &ListPage::updateActions);
    m_new->setVisible(m_model->list().creatable);
    retranslateUi();
    updateActions();
}

void ListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ListPage::retranslateUi()
{
    m_new->setText(tr("&New"));
    m_open->setText(tr("&Open"));
    m_delete->setText(tr("&Delete"));
    m_new->setAccessibleName(tr("New record"));
    m_open->setAccessibleName(tr("Open the selected record"));
    m_delete->setAccessibleName(tr("Delete the selected record"));
    m_view->setAccessibleName(m_model->list().translatedTitle());
    fitHeaders();
    updateCount();
}

void ListPage::fitHeaders()
{
    QHeaderView *header = m_view->horizontalHeader();
    // Room for the title, the margins and the sort arrow.
    const int extra = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
        + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 12;
    for (int i = 0; i < m_model->columnCount(); ++i) {
        const int wanted = header->fontMetrics().horizontalAdvance(
                               m_model->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString())
            + extra;
        if (header->sectionSize(i) < wanted)
            header->resizeSection(i, wanted);
    }
}

Uuid ListPage::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->idAt(i.row()) : Uuid();
}

void ListPage::createRecord()
{
    m_editing.create(m_model->list().recordTable, m_prefill, this);
}

void ListPage::openCurrent()
{
    const Uuid id = currentId();
    if (!id.isNull())
        m_editing.open(m_model->list().recordTable, id, this);
}

void ListPage::deleteCurrent()
{
    const Uuid id = currentId();
    if (!id.isNull())
        m_editing.remove(m_model->list().recordTable, id, this);
}

void ListPage::focusFilter()
{
    if (m_filters && m_filters->textField()) {
        m_filters->textField()->setFocus();
        m_filters->textField()->selectAll();
    }
}

void ListPage::updateCount()
{
    m_count->setText(
        tr("%n record(s)", nullptr, int(std::min<qint64>(m_model->totalCount(), INT_MAX))));
}

void ListPage::updateActions()
{
    const Uuid id = currentId();
    const QString &table = m_model->list().recordTable;
    m_open->setEnabled(!id.isNull());
    // What the signed-in role may not do stays visible, disabled, with the reason.
    const QString noCreate = m_editing.whyNoCreate(table);
    m_new->setEnabled(noCreate.isEmpty());
    m_new->setToolTip(noCreate);
    const QString noDelete = id.isNull() ? QString() : m_editing.whyReadOnly(table, id);
    m_delete->setEnabled(!id.isNull() && noDelete.isEmpty());
    m_delete->setToolTip(noDelete);
}

QByteArray ListPage::saveLayout() const
{
    return m_view->horizontalHeader()->saveState();
}

void ListPage::restoreLayout(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
    fitHeaders();
}

} // namespace ef
