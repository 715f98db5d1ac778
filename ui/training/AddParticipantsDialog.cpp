#include "AddParticipantsDialog.h"

#include "Dialogs.h"
#include "records/Lookup.h"
#include "records/RecordCommands.h"
#include "records/RecordEditing.h"
#include "store/Store.h"
#include "training/EventParticipants.h"
#include "training/TrainingEvent.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ef {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

AddParticipantsDialog::AddParticipantsDialog(
    RecordEditing &editing, const Uuid &eventId, QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_eventId(eventId)
    , m_search(new QLineEdit(this))
    , m_people(new QListWidget(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_add(new QPushButton(this))
    , m_intro(new QLabel(this))
    , m_hoursLabel(new QLabel(this))
{
    Store &store = editing.store();
    m_already = EventParticipants::people(store, eventId);
    const auto event = store.get<TrainingEvent>(eventId);

    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    layout->addWidget(m_people, 1);
    auto *form = new QFormLayout;
    m_hours->setRange(0, 2000);
    m_hours->setDecimals(1);
    m_hours->setValue(event ? event->hours : 0);
    m_hoursLabel->setBuddy(m_hours);
    form->addRow(m_hoursLabel, m_hours);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &AddParticipantsDialog::search);
    connect(m_people, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const Uuid id = item->data(IdRole).value<Uuid>();
        if (item->checkState() == Qt::Checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        updateButton();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (addChecked() > 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(520, 560);
}

void AddParticipantsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AddParticipantsDialog::retranslateUi()
{
    setWindowTitle(tr("Add participants"));
    m_intro->setText(tr("Find people by name in Cyrillic or Latin and tick everyone who took "
                        "part. People already recorded are greyed out."));
    m_search->setPlaceholderText(tr("Name…"));
    m_search->setAccessibleName(tr("Find people"));
    m_people->setAccessibleName(tr("People found"));
    m_hours->setAccessibleName(tr("Hours attended"));
    m_hoursLabel->setText(tr("Hours attended by each:"));
    search();
    updateButton();
}

void AddParticipantsDialog::search()
{
    const QSignalBlocker block(m_people);
    m_people->clear();
    for (const LookupItem &p :
        Lookup::find(m_editing.store(), QStringLiteral("person"), m_search->text(), 200)) {
        auto *item = new QListWidgetItem(p.label, m_people);
        item->setData(IdRole, QVariant::fromValue(p.id));
        if (m_already.contains(p.id)) {
            item->setFlags(Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
            item->setToolTip(tr("Already a participant"));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(m_checked.contains(p.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void AddParticipantsDialog::updateButton()
{
    m_add->setText(tr("Add %n participant(s)", nullptr, int(m_checked.size())));
    m_add->setEnabled(!m_checked.isEmpty());
}

int AddParticipantsDialog::addChecked()
{
    QList<Uuid> people;
    for (const Uuid &person : std::as_const(m_checked))
        if (!m_already.contains(person))
            people << person;
    auto added = EventParticipants::add(m_editing.store(), m_eventId, people, m_hours->value());
    if (!added) {
        Dialogs::warn(this, tr("Participants not added"), added.error().message);
        return 0;
    }
    QList<RecordRef> created;
    for (const Uuid &id : std::as_const(*added))
        created << RecordRef {QStringLiteral("participation"), id};
    if (!created.isEmpty())
        m_editing.undoStack().push(new CreateRecordsCommand(m_editing, created,
            [n = int(created.size())] { return tr("add %n participant(s)", nullptr, n); }));
    for (const Uuid &person : std::as_const(people))
        m_already.insert(person);
    m_checked.clear();
    return int(created.size());
}

} // namespace ef
