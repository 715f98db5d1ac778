#include "FilterBar.h"

#include "courses/Semester.h"
#include "lists/FilterChoices.h"
#include "records/EnumLabels.h"
#include "records/RecordPicker.h"
#include "text/DateFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace ef {

namespace {
const QDate AnyDate(1900, 1, 1);
} // namespace

FilterBar::FilterBar(Store &store, const RecordList &list, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_reset(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_typing.setSingleShot(true);
    m_typing.setInterval(200);
    connect(&m_typing, &QTimer::timeout, this, &FilterBar::filtersChanged);
    for (const CatalogFilter &f : list.filters) {
        QWidget *w = nullptr;
        switch (f.kind) {
        case FilterKind::Text: {
            m_text = new QLineEdit(this);
            m_text->setClearButtonEnabled(true);
            connect(m_text, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
            w = m_text;
            break;
        }
        case FilterKind::Enum: {
            auto *c = new QComboBox(this);
            c->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows the language
            c->addItem(QString(), QVariant());
            for (const QString &word : EnumLabels::words(f.enumType))
                c->addItem(QString(), word);
            connect(c, &QComboBox::currentIndexChanged, this, &FilterBar::filtersChanged);
            w = c;
            break;
        }
        case FilterKind::Semester: {
            auto *c = new QComboBox(this);
            c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            c->addItem(QString(), QVariant());
            for (const Semester &s : FilterChoices::semesters(store))
                c->addItem(QString(), qint64(s.toStorage()));
            connect(c, &QComboBox::currentIndexChanged, this, &FilterBar::filtersChanged);
            w = c;
            break;
        }
        case FilterKind::Reference: {
            auto *p = new RecordPicker(store, f.refTable, this);
            connect(p, &RecordPicker::idChanged, this, &FilterBar::filtersChanged);
            w = p;
            break;
        }
        case FilterKind::DateFrom:
        case FilterKind::DateTo: {
            auto *d = new QDateEdit(this);
            d->setCalendarPopup(true);
            d->setMinimumDate(AnyDate);
            d->setDate(AnyDate);
            connect(d, &QDateEdit::dateChanged, this, &FilterBar::filtersChanged);
            w = d;
            break;
        }
        }
        w->setObjectName(QStringLiteral("filter_") + f.key);
        layout->addWidget(w, f.kind == FilterKind::Text ? 2 : 0);
        m_controls.append({f, w});
    }
    connect(m_reset, &QToolButton::clicked, this, &FilterBar::clear);
    layout->addWidget(m_reset);
    retranslateUi();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterBar::retranslateUi()
{
    for (const Control &c : std::as_const(m_controls)) {
        const QString title = QCoreApplication::translate("ListCatalog", c.filter.title);
        c.widget->setAccessibleName(title);
        c.widget->setToolTip(title);
        switch (c.filter.kind) {
        case FilterKind::Text:
            m_text->setPlaceholderText(tr("Search (Ctrl+F)"));
            break;
        case FilterKind::Enum:
        case FilterKind::Semester: {
            auto *combo = static_cast<QComboBox *>(c.widget);
            combo->setItemText(0, tr("%1: all").arg(title));
            for (int i = 1; i < combo->count(); ++i)
                combo->setItemText(i,
                    c.filter.kind == FilterKind::Enum
                        ? EnumLabels::label(c.filter.enumType, combo->itemData(i).toString())
                        : Semester::fromStorage(combo->itemData(i)).label());
            break;
        }
        case FilterKind::Reference:
            static_cast<RecordPicker *>(c.widget)->setPlaceholderText(tr("%1: all").arg(title));
            break;
        case FilterKind::DateFrom:
        case FilterKind::DateTo: {
            auto *d = static_cast<QDateEdit *>(c.widget);
            d->setSpecialValueText(
                c.filter.kind == FilterKind::DateFrom ? tr("From: any date") : tr("To: any date"));
            d->setDisplayFormat(DateFormat::shortFormat());
            d->setMinimumWidth(d->fontMetrics().horizontalAdvance(d->specialValueText()) + 48);
            break;
        }
        }
    }
    m_reset->setText(tr("Clear filters"));
    m_reset->setAccessibleName(tr("Clear filters"));
}

QList<ListFilter> FilterBar::filters() const
{
    QList<ListFilter> out;
    for (const Control &c : m_controls) {
        QVariant value;
        if (auto *combo = qobject_cast<QComboBox *>(c.widget))
            value = combo->currentData();
        else if (auto *picker = qobject_cast<RecordPicker *>(c.widget))
            value = picker->id().isNull() ? QVariant() : QVariant::fromValue(picker->id());
        else if (auto *date = qobject_cast<QDateEdit *>(c.widget))
            value = date->date() == AnyDate ? QVariant() : QVariant(date->date());
        else if (auto *line = qobject_cast<QLineEdit *>(c.widget))
            value = line->text().trimmed().isEmpty() ? QVariant() : QVariant(line->text());
        if (!value.isValid())
            continue;
        if (auto f = m_list.makeFilter(c.filter, value))
            out << *f;
        else
            out << ListFilter::nothing();
    }
    return out;
}

void FilterBar::clear()
{
    const QSignalBlocker block(this);
    for (const Control &c : m_controls) {
        if (auto *combo = qobject_cast<QComboBox *>(c.widget))
            combo->setCurrentIndex(0);
        else if (auto *picker = qobject_cast<RecordPicker *>(c.widget))
            picker->setId({});
        else if (auto *date = qobject_cast<QDateEdit *>(c.widget))
            date->setDate(AnyDate);
        else if (auto *line = qobject_cast<QLineEdit *>(c.widget))
            line->clear();
    }
    m_typing.stop();
    QMetaObject::invokeMethod(this, &FilterBar::filtersChanged, Qt::QueuedConnection);
}

} // namespace ef
