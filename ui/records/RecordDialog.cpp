#include "RecordDialog.h"

#include "training/AddParticipantsDialog.h"
#include "Dialogs.h"
#include "RecordCommands.h"
#include "RecordEditing.h"
#include "RecordForm.h"
#include "lists/ListPage.h"
#include "lists/RecordListModel.h"
#include "partnerships/AmendCommand.h"
#include "partnerships/AmendmentDialog.h"
#include "partnerships/Partnership.h"
#include "partnerships/PartnershipChanges.h"
#include "partnerships/PartnershipHistory.h"
#include "partnerships/PartnershipValues.h"
#include "records/EnumText.h"
#include "store/Attachments.h"
#include "store/Store.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace ef {

namespace {

struct Related
{
    const char *owner; // table of the record the dialog shows
    const char *list; // ListCatalog key
    const char *filter; // SQL column of the list that refers to the record
    const char *field; // the field a new related record gets the id in
    const char *title; // tab title; null: the list's title
};

const Related relatedLists[] = {
    {"person", "participations", "pn.person_id", "person_id",
        QT_TRANSLATE_NOOP("ef::RecordDialog", "Trainings")},
    {"person", "certificates", "ce.person_id", "person_id", nullptr},
    {"person", "offerings", "o.instructor_id", "instructor_id",
        QT_TRANSLATE_NOOP("ef::RecordDialog", "Courses taught")},
    {"person", "enrollments", "e.person_id", "person_id", nullptr},
    {"person", "contacts", "pc.person_id", "person_id",
        QT_TRANSLATE_NOOP("ef::RecordDialog", "Partnerships as contact")},
    {"partnership", "contacts", "pc.partnership_id", "partnership_id", nullptr},
    {"partnership", "documents", "at.partnership_id", "partnership_id", nullptr},
    {"training_event", "participations", "pn.event_id", "event_id", nullptr},
    {"training_programme", "events", "ev.programme_id", "programme_id", nullptr},
    {"training_programme", "certificates", "ce.programme_id", "programme_id", nullptr},
    {"course", "offerings", "o.course_id", "course_id", nullptr},
    {"offering", "enrollments", "e.offering_id", "offering_id", nullptr},
    {"project", "indicators", "ind.project_id", "project_id", nullptr},
    {"institution", "people", "p.institution_id", "institution_id", nullptr},
};

} // namespace

RecordDialog::RecordDialog(RecordEditing &editing, const RecordType &type,
    std::optional<RecordValues> existing, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_editing(editing)
    , m_type(type)
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
    m_tabTitles.insert(m_tabs->addTab(scroll, QString()), QT_TR_NOOP("Details"));
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
        applyLifecycle();
    }
    resize(720, 640);
    retranslateUi();
}

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
        button->setText(tr(text));
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
    const char *source = m_tabTitles.value(tab, nullptr);
    auto *page = qobject_cast<ListPage *>(m_tabs->widget(tab));
    if (!page) {
        if (source)
            m_tabs->setTabText(tab, tr(source));
        return;
    }
    const QString title = source ? tr(source) : page->model()->list().translatedTitle();
    m_tabs->setTabText(
        tab, tr("%1 (%2)").arg(title, QLocale().toString(page->model()->totalCount())));
}

void RecordDialog::setValues(const RecordValues &values)
{
    m_form->setValues(values);
    m_initial = m_form->values();
    applyLifecycle();
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
    if (m_type.table() == u"partnership")
        m_tabTitles.insert(
            m_tabs->addTab(
                new PartnershipHistory(m_editing.store(), m_saved->id, m_tabs), QString()),
            QT_TR_NOOP("History"));
    for (const Related &r : relatedLists) {
        if (m_type.table() != QLatin1StringView(r.owner))
            continue;
        RecordList list = ListCatalog::related(QString::fromLatin1(r.list),
            QString::fromLatin1(r.filter), QVariant::fromValue(m_saved->id));
        auto *page = new ListPage(m_editing.store(), m_editing, std::move(list), false,
            {{QString::fromLatin1(r.field), QVariant::fromValue(m_saved->id)}}, m_tabs);
        m_related << page;
        const int tab = m_tabs->addTab(page, QString());
        m_tabTitles.insert(tab, r.title);
        updateTabTitle(tab);
        connect(page->model(), &RecordListModel::totalCountChanged, this,
            [this, tab] { updateTabTitle(tab); });
        if (page->model()->list().key == u"documents")
            addDocumentActions(page);
        if (page->model()->list().key == u"participations" && m_type.table() == u"training_event")
            addParticipantsAction(page);
    }
}

void RecordDialog::addDocumentActions(ListPage *documents)
{
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(documents);
    auto *open = new QPushButton(documents);
    auto *saveAs = new QPushButton(documents);
    m_buttonTexts << std::pair {add, QT_TR_NOOP("&Add file…")}
                  << std::pair {open, QT_TR_NOOP("Open &file")}
                  << std::pair {saveAs, QT_TR_NOOP("Save &as…")};
    add->setText(tr("&Add file…"));
    open->setText(tr("Open &file"));
    saveAs->setText(tr("Save &as…"));
    row->addStretch();
    row->addWidget(add);
    row->addWidget(open);
    row->addWidget(saveAs);
    m_editActions << add;
    static_cast<QVBoxLayout *>(documents->layout())->addLayout(row);
    Store &store = m_editing.store();
    const Uuid partnership = m_saved->id;
    // The selected document and its bytes; nothing (the reason shown) when there are none.
    auto selected
        = [this, &store, documents]() -> std::optional<std::pair<Attachment, QByteArray>> {
        const Uuid id = documents->currentId();
        const std::optional<Attachment> a = id.isNull() ? std::nullopt : store.get<Attachment>(id);
        if (!a)
            return std::nullopt;
        auto bytes = Attachments::content(store, *a);
        if (!bytes) {
            Dialogs::warn(this, tr("Document not available"),
                tr("The content of “%1” is not on this computer yet or is damaged; it arrives "
                   "with the next sync.")
                    .arg(a->fileName));
            return std::nullopt;
        }
        return std::pair {*a, *bytes};
    };
    connect(add, &QPushButton::clicked, this, [this, &store, partnership] {
        const QString path = Dialogs::openFileName(this, tr("Attach a document"));
        if (path.isEmpty())
            return;
        auto added = Attachments::addFile(store, partnership, path);
        if (!added) {
            Dialogs::warn(this, tr("Not attached"), added.error().message);
            return;
        }
        m_editing.undoStack().push(
            new CreateRecordsCommand(m_editing, {{QStringLiteral("attachment"), added->id}},
                [file = added->fileName] { return tr("attach %1").arg(file); }));
    });
    connect(open, &QPushButton::clicked, this, [this, selected] {
        const auto doc = selected();
        if (!doc)
            return;
        const auto &[a, bytes] = *doc;
        // Opened from a copy in the temporary folder: the store keeps the original.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
            + QStringLiteral("/edufusion-documents");
        QDir().mkpath(dir);
        const QString path = dir + QLatin1Char('/') + a.fileName;
        if (writeFile(path, bytes, tr("Cannot open")))
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    connect(saveAs, &QPushButton::clicked, this, [this, selected] {
        const auto doc = selected();
        if (!doc)
            return;
        const QString path
            = Dialogs::saveFileName(this, tr("Save document as"), doc->first.fileName);
        if (!path.isEmpty())
            writeFile(path, doc->second, tr("Not saved"));
    });
}

bool RecordDialog::writeFile(const QString &path, const QByteArray &bytes, const QString &title)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush())
        return true;
    Dialogs::warn(this, title,
        tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return false;
}

void RecordDialog::addParticipantsAction(ListPage *participants)
{
    auto *add = new QPushButton(participants);
    add->setText(tr("Add &participants…"));
    m_buttonTexts << std::pair {add, QT_TR_NOOP("Add &participants…")};
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(add);
    m_editActions << add;
    static_cast<QVBoxLayout *>(participants->layout())->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] {
        auto *d = new AddParticipantsDialog(m_editing, m_saved->id, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    });
}

// A partnership's status offers only the moves its lifecycle allows from the saved status.
void RecordDialog::applyLifecycle()
{
    if (m_type.table() != u"partnership")
        return;
    const QString saved = m_saved ? m_saved->value(QStringLiteral("status")).toString()
                                  : QStringLiteral("proposed");
    const auto from = enumFromText<PartnershipStatus>(saved).value_or(PartnershipStatus::Proposed);
    QStringList allowed;
    for (PartnershipStatus to : enumValues<PartnershipStatus>())
        if (m_saved ? Partnership::canMove(from, to)
                    : (to == PartnershipStatus::Proposed || to == PartnershipStatus::Negotiating))
            allowed << QString(enumText(to));
    m_form->restrictEnum(QStringLiteral("status"), allowed);
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
    Store &store = m_editing.store();
    if (m_saved && m_type.table() == u"partnership") {
        if (const auto amended = amendIfSigned(after))
            return *amended;
    }
    if (auto r = m_type.save(store, after); !r) {
        if (r.error().kind == StoreError::Kind::Invalid && !r.error().problems.isEmpty())
            m_form->showProblems(r.error().problems, true);
        else
            Dialogs::warn(this, tr("Not saved"), r.error().message);
        return false;
    }
    m_editing.undoStack().push(new SaveRecordCommand(m_editing, m_type, m_saved, after));
    const bool wasNew = !m_saved;
    m_saved = after;
    m_form->setValues(after);
    m_initial = m_form->values();
    if (wasNew)
        addRelatedLists();
    fitTabs();
    applyLifecycle();
    updateTitle();
    return true;
}

// A change to the terms of a signed agreement is recorded as an amendment: asks for its date,
// summary and document, then records it as one undoable action. Nothing when the change is not
// one (an unsigned agreement, or no term changed); else whether it was recorded.
std::optional<bool> RecordDialog::amendIfSigned(const RecordValues &afterValues)
{
    Store &store = m_editing.store();
    const std::optional<Partnership> before = store.get<Partnership>(m_saved->id);
    if (!before || !before->isSigned())
        return std::nullopt;
    const Partnership after = partnershipFromValues(afterValues);
    const QStringList terms = PartnershipChanges::changedTerms(*before, after);
    if (terms.isEmpty())
        return std::nullopt;
    QStringList labels;
    for (const QString &column : terms)
        if (const FieldInfo *f = m_type.field(column))
            labels << f->translatedLabel();
    const auto answer = AmendmentDialog::ask(labels, store.clock().today(), this);
    if (!answer)
        return false;
    std::optional<PartnershipChanges::Document> document;
    if (!answer->documentPath.isEmpty()) {
        QFile file(answer->documentPath);
        if (!file.open(QIODevice::ReadOnly)) {
            Dialogs::warn(this, tr("Not saved"),
                tr("Cannot read %1: %2")
                    .arg(QDir::toNativeSeparators(answer->documentPath), file.errorString()));
            return false;
        }
        document = PartnershipChanges::Document {QFileInfo(file).fileName(), file.readAll()};
    }
    auto amended = PartnershipChanges::amend(store, after, answer->date, answer->summary, document);
    if (!amended) {
        if (amended.error().kind == StoreError::Kind::Invalid
            && !amended.error().problems.isEmpty())
            m_form->showProblems(amended.error().problems, true);
        Dialogs::warn(this, tr("Not saved"), amended.error().message);
        return false;
    }
    const std::optional<Partnership> now = store.get<Partnership>(m_saved->id);
    m_editing.undoStack().push(new AmendCommand(
        m_editing, *before, now.value_or(after), amended->id, amended->attachmentId));
    m_saved = partnershipValues(now.value_or(after));
    m_form->setValues(*m_saved);
    m_initial = m_form->values();
    applyLifecycle();
    updateTitle();
    return true;
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
