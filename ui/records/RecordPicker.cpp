#include "RecordPicker.h"

#include "records/Lookup.h"
#include "store/Store.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QStandardItemModel>

namespace ef {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

RecordPicker::RecordPicker(Store &store, QString table, QWidget *parent)
    : QLineEdit(parent)
    , m_store(store)
    , m_table(std::move(table))
    , m_candidates(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_candidates, this))
{
    setClearButtonEnabled(true);
    retranslateUi();
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    m_typing.setSingleShot(true);
    m_typing.setInterval(120);
    connect(&m_typing, &QTimer::timeout, this, &RecordPicker::refreshCandidates);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.isEmpty())
            choose({}, {});
        m_typing.start();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) {
            choose(index.data(IdRole).value<Uuid>(), index.data(Qt::DisplayRole).toString());
        });
}

void RecordPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLineEdit::changeEvent(event);
}

void RecordPicker::retranslateUi()
{
    if (placeholderText() == m_placeholder) {
        m_placeholder = tr("Type to search…");
        setPlaceholderText(m_placeholder);
    }
    // The chosen record's name in the new data language.
    if (!m_id.isNull() && text() == m_label) {
        m_label = Lookup::label(m_store, m_table, m_id);
        setText(m_label);
        setCursorPosition(0);
    }
}

void RecordPicker::setId(const Uuid &id)
{
    m_id = id;
    m_label = Lookup::label(m_store, m_table, id);
    setText(m_label);
    setCursorPosition(0);
}

void RecordPicker::refreshCandidates()
{
    m_candidates->clear();
    for (const LookupItem &item : Lookup::find(m_store, m_table, text(), 30)) {
        auto *row = new QStandardItem(item.label);
        row->setData(QVariant::fromValue(item.id), IdRole);
        m_candidates->appendRow(row);
    }
    if (m_candidates->rowCount() > 0 && hasFocus())
        m_completer->complete();
}

void RecordPicker::choose(const Uuid &id, const QString &label)
{
    const bool changed = id != m_id;
    m_id = id;
    m_label = label;
    if (!label.isEmpty())
        setText(label);
    if (changed)
        Q_EMIT idChanged(id);
}

void RecordPicker::focusOutEvent(QFocusEvent *event)
{
    // Text that names no chosen record goes back to the chosen one: a half-typed name must not
    // look like a value that will be saved.
    if (!m_completer->popup()->isVisible() && text() != m_label)
        setText(m_label);
    QLineEdit::focusOutEvent(event);
}

} // namespace ef
