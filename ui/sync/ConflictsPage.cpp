#include "ConflictsPage.h"

#include "ConflictListModel.h"
#include "Dialogs.h"
#include "records/RecordCommands.h"
#include "records/RecordEditing.h"
#include "records/RecordType.h"
#include "store/Store.h"
#include "sync/Hlc.h"
#include "sync/SyncIssues.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ef {

ConflictsPage::ConflictsPage(RecordEditing &editing, QWidget *parent)
    : QWidget(parent)
    , m_editing(editing)
    , m_model(new ConflictListModel(editing.store(), this))
    , m_title(new QLabel(this))
    , m_explain(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_restore(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("conflictsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    m_explain->setWordWrap(true);
    layout->addWidget(m_explain);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setResizeContentsPrecision(200); // open issues are few
    layout->addWidget(m_view, 1);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().height() * 5);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_detail);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_restore);
    layout->addLayout(buttons);

    connect(m_restore, &QPushButton::clicked, this, &ConflictsPage::restoreCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &ConflictsPage::dismissCurrent);
    connect(m_open, &QPushButton::clicked, this, &ConflictsPage::openCurrentRecord);
    connect(m_view, &QTableView::activated, this, &ConflictsPage::openCurrentRecord);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Every column readable in the language shown; the first issue ready to look at.
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c), 90, 320));
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ConflictsPage::updateActions);
    connect(&m_editing, &RecordEditing::accountChanged, this, &ConflictsPage::updateActions);
    retranslateUi();
}

int ConflictsPage::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() && i.row() < m_model->rowCount() ? i.row() : -1;
}

void ConflictsPage::updateActions()
{
    const int row = currentRow();
    m_open->setEnabled(row >= 0);
    m_dismiss->setEnabled(row >= 0);
    if (row < 0) {
        m_restore->setEnabled(false);
        m_restore->setToolTip(QString());
        m_detail->setText(m_model->rowCount() == 0
                ? tr("Nothing to review: every change has synced cleanly.")
                : tr("Select a row to see both values."));
        return;
    }
    const SyncIssue &i = m_model->issue(row);
    QString why;
    if (!i.canRestore())
        why = i.kind == u"rejected"
            ? tr("The server refused this change; your value stays on this computer. Dismiss "
                 "it once you have seen it.")
            : tr("Only the lost value of a conflict can be restored.");
    else if (const QString readOnly = m_editing.whyReadOnly(i.table, i.row); !readOnly.isEmpty())
        why = readOnly;
    m_restore->setEnabled(why.isEmpty());
    m_restore->setToolTip(
        why.isEmpty() ? tr("Write the lost value back; it syncs as a new edit") : why);

    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = tr("<b>%1</b>, field <b>%2</b>: %3.")
                       .arg(esc(m_model->recordTitle(i)), esc(m_model->fieldLabel(i)),
                           esc(m_model->kindText(i)));
    if (i.kind == u"conflict") {
        html += QStringLiteral("<br>")
            + tr("Value not kept: <b>%1</b>, written on %2 at %3.")
                  .arg(esc(m_model->valueText(i, i.value)), esc(m_model->sourceText(i.device)),
                      esc(ConflictListModel::whenText(Hlc::millis(i.hlc))));
        html += QStringLiteral("<br>")
            + tr("Value that stands: <b>%1</b>, written on %2 at %3.")
                  .arg(esc(m_model->valueText(i, i.keptValue)),
                      esc(m_model->sourceText(i.keptDevice)),
                      esc(ConflictListModel::whenText(Hlc::millis(i.keptHlc))));
    } else {
        html += QStringLiteral("<br>")
            + tr("Value: <b>%1</b>. %2")
                  .arg(esc(m_model->valueText(i, i.value)), esc(SyncIssues::reasonText(i.reason)));
        if (i.kind == u"rejected")
            html += QStringLiteral("<br>") + esc(tr("Your value is kept on this computer."));
    }
    if (!why.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(esc(why));
    m_detail->setText(html);
}

void ConflictsPage::restoreCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_restore->isEnabled())
        return;
    const SyncIssue issue = m_model->issue(row);
    Store &store = m_editing.store();
    const RecordType *type = RecordType::find(issue.table);
    const std::optional<RecordValues> before = type ? type->load(store, issue.row) : std::nullopt;
    if (auto r = SyncIssues::restore(store, issue.id); !r) {
        QStringList messages;
        for (const Problem &p : r.error().problems)
            messages << p.message;
        Dialogs::warn(this, tr("Not restored"),
            messages.isEmpty() ? r.error().message : messages.join(u'\n'));
        return;
    }
    // Edit › Undo puts the value that stood back, as an edit of its own.
    if (const std::optional<RecordValues> after
        = type ? type->load(store, issue.row) : std::nullopt)
        m_editing.undoStack().push(new SaveRecordCommand(m_editing, *type, before, *after));
}

void ConflictsPage::dismissCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    if (auto r = SyncIssues::dismiss(m_editing.store(), m_model->issue(row).id); !r)
        Dialogs::warn(this, tr("Not dismissed"), r.error().message);
}

void ConflictsPage::openCurrentRecord()
{
    const int row = currentRow();
    if (row >= 0)
        m_editing.open(m_model->issue(row).table, m_model->issue(row).row, this);
}

void ConflictsPage::retranslateUi()
{
    m_title->setText(QStringLiteral("<h3>%1</h3>").arg(tr("Conflicts to review").toHtmlEscaped()));
    m_explain->setText(tr("When two offices changed the same field, the later change stands and "
                          "the other is kept here: restore it, or dismiss it. Changes the "
                          "server refused are listed too; their values stay on this computer."));
    m_restore->setText(tr("&Restore the lost value"));
    m_dismiss->setText(tr("D&ismiss"));
    m_dismiss->setToolTip(tr("Keep the value that stands and take this off the list"));
    m_open->setText(tr("Open the &record"));
    m_view->setAccessibleName(tr("Conflicts to review"));
    m_model->reload(); // headers and values in the new language
}

void ConflictsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace ef
