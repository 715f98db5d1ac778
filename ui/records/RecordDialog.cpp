#include "RecordDialog.h"

#include "Dialogs.h"
#include "EditorExtension.h"
#include "RecordCommands.h"
#include "RecordEditing.h"
#include "RecordForm.h"
#include "lists/ListPage.h"
#include "lists/RecordListModel.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ef {

RecordDialog::RecordDialog(RecordEditing &editing, const RecordType &type,
    std::optional<RecordValues> existing, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_editing(editing)
    , m_type(type)
    , m_extension(editing.makeEditorExtension(type.table()))
    , m_saved(std::move(existing))
    , m_form(new RecordForm(editing.store(), type, this))
    , m_tabs(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("editor_") + type.table());
    auto *layout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabTitles.insert(m_tabs->addTab(scroll, QString()), [] { return tr("Details"); });
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    // Qt names the standard buttons in the UI language (Kazakh: translations/qtbase_kk.ts).
    m_buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &RecordForm::edited, this, &RecordDialog::validateAsTyped);
    if (m_saved) {
        m_form->setValues(*m_saved);
        m_initial = m_form->values();
        addRelatedLists();
    }
    restrictChoices();
    resize(720, 640);
    retranslateUi();
}

RecordDialog::~RecordDialog() = default;

// Wide enough to show every tab, as far as the screen allows: a person has six lists.
void RecordDialog::fitTabs()
{
    const int wanted
        = m_tabs->tabBar()->sizeHint().width() + 2 * layout()->contentsMargins().left() + 8;
    const QScreen *s = screen();
    const int most = s ? s->availableGeometry().width() : wanted;
    if (width() < wanted)
        resize(std::min(wanted, most), height());
}

void RecordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecordDialog::retranslateUi()
{
    updateTitle();
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        updateTabTitle(tab);
    for (const auto &[button, text] : std::as_const(m_buttonTexts))
        button->setText(text());
    fitTabs();
    if (!m_readOnly.isEmpty() && m_saved) // the reason, in the new language
        setReadOnly(m_editing.account().whyReadOnly(m_type.table(), m_saved->ownerId));
    // Problems shown in the new language.
    for (const FieldInfo &f : m_type.fields())
        if (QLabel *problem = m_form->problemLabel(f.column); problem && !problem->isHidden()) {
            validateAsTyped();
            break;
        }
}

void RecordDialog::updateTabTitle(int tab)
{
    const Text title = m_tabTitles.value(tab);
    auto *page = qobject_cast<ListPage *>(m_tabs->widget(tab));
    if (!page) {
        if (title)
            m_tabs->setTabText(tab, title());
        return;
    }
    m_tabs->setTabText(tab,
        tr("%1 (%2)").arg(title ? title() : page->model()->list().translatedTitle(),
            QLocale().toString(page->model()->totalCount())));
}

void RecordDialog::setValues(const RecordValues &values)
{
    m_form->setValues(values);
    m_initial = m_form->values();
    restrictChoices();
    updateTitle();
}

void RecordDialog::setReadOnly(const QString &why)
{
    m_readOnly = why;
    const bool readOnly = !why.isEmpty();
    auto *banner = findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    if (readOnly && !banner) {
        banner = new QLabel(this);
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral(
            "background: #fff4ce; color: #3b2f00; padding: 6px; border-radius: 3px;"));
        static_cast<QVBoxLayout *>(layout())->insertWidget(0, banner);
    }
    if (banner) {
        banner->setText(tr("Read only: %1").arg(why));
        banner->setVisible(readOnly);
    }
    m_form->setEnabled(!readOnly);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(!readOnly);
    save->setToolTip(why);
    for (QWidget *w : std::as_const(m_editActions)) {
        w->setEnabled(!readOnly);
        w->setToolTip(why);
    }
}

ListPage *RecordDialog::relatedList(const QString &key) const
{
    for (ListPage *p : m_related)
        if (p->model()->list().key == key)
            return p;
    return nullptr;
}

void RecordDialog::updateTitle()
{
    const QString title = m_saved ? m_type.title(*m_saved) : QString();
    setWindowTitle(m_saved ? tr("%1 — %2").arg(m_type.name(), title)
                           : tr("New record: %1").arg(m_type.name()));
}

void RecordDialog::addRelatedLists()
{
    if (m_extension)
        m_extension->addTabs(*this);
    for (const RelatedList &r : ListCatalog::relatedTo(m_type.table())) {
        RecordList list = ListCatalog::related(r.key, r.column, QVariant::fromValue(m_saved->id));
        auto *page = new ListPage(m_editing.store(), m_editing, std::move(list), false,
            {{r.field, QVariant::fromValue(m_saved->id)}}, m_tabs);
        m_related << page;
        const int tab = m_tabs->addTab(page, QString());
        if (r.title)
            m_tabTitles.insert(tab, [r] { return r.translatedTitle(); });
        updateTabTitle(tab);
        connect(page->model(), &RecordListModel::totalCountChanged, this,
            [this, tab] { updateTabTitle(tab); });
        if (m_extension)
            m_extension->relatedListAdded(*this, *page);
    }
}

int RecordDialog::addTab(QWidget *page, Text title)
{
    page->setParent(m_tabs);
    const int tab = m_tabs->addTab(page, QString());
    m_tabTitles.insert(tab, std::move(title));
    updateTabTitle(tab);
    return tab;
}

QPushButton *RecordDialog::addListButton(ListPage *list, Text text, bool changesRecord)
{
    QHBoxLayout *row = m_buttonRows.value(list);
    if (!row) {
        row = new QHBoxLayout;
        row->addStretch();
        static_cast<QVBoxLayout *>(list->layout())->addLayout(row);
        m_buttonRows.insert(list, row);
    }
    auto *button = new QPushButton(text(), list);
    row->addWidget(button);
    m_buttonTexts << std::pair {button, std::move(text)};
    if (changesRecord) {
        m_editActions << button;
        button->setEnabled(m_readOnly.isEmpty());
        button->setToolTip(m_readOnly);
    }
    return button;
}

// The choices the kind's lifecycle allows from the saved record (a partnership's status).
void RecordDialog::restrictChoices()
{
    if (m_extension)
        m_extension->restrictChoices(*this, m_saved);
}

void RecordDialog::validateAsTyped()
{
    m_form->showProblems(m_type.validate(m_form->values()), false);
}

bool RecordDialog::isModified() const
{
    return m_form->values().fields != m_initial.fields;
}

bool RecordDialog::save()
{
    RecordValues after = m_form->values();
    const Problems problems = m_type.validate(after);
    if (!problems.isEmpty()) {
        m_form->showProblems(problems, true);
        return false;
    }
    if (m_saved && after.fields == m_saved->fields)
        return true;
    if (!m_readOnly.isEmpty()) {
        Dialogs::warn(this, tr("Not saved"), m_readOnly);
        return false;
    }
    if (m_saved && m_extension) {
        if (const auto saved = m_extension->saveChange(*this, *m_saved, after)) {
            if (saved->ok)
                showSaved(saved->values);
            return saved->ok;
        }
    }
    Store &store = m_editing.store();
    if (auto r = m_type.save(store, after); !r) {
        if (r.error().kind == StoreError::Kind::Invalid && !r.error().problems.isEmpty())
            m_form->showProblems(r.error().problems, true);
        else
            Dialogs::warn(this, tr("Not saved"), r.error().message);
        return false;
    }
    m_editing.undoStack().push(new SaveRecordCommand(m_editing, m_type, m_saved, after));
    showSaved(after);
    return true;
}

void RecordDialog::showSaved(const RecordValues &values)
{
    const bool wasNew = !m_saved;
    m_saved = values;
    m_form->setValues(values);
    m_initial = m_form->values();
    if (wasNew)
        addRelatedLists();
    fitTabs();
    restrictChoices();
    updateTitle();
}

void RecordDialog::done(int result)
{
    if (result == QDialog::Rejected && isModified()) {
        const auto answer
            = Dialogs::ask(this, tr("Unsaved changes"), tr("Save the changes to this record?"),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    QDialog::done(result);
}

} // namespace ef
