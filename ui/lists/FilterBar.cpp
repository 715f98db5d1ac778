#include "FilterBar.h"

#include "domain/EnumLabels.h"
#include "domain/Semester.h"
#include "records/RecordPicker.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace ef {

namespace {
const QDate AnyDate(1900, 1, 1);

QList<qint64> semestersInStore(Store &store)
{
    QList<qint64> out;
    Statement s = store.db().prepare(QStringLiteral(
        "SELECT DISTINCT semester FROM offering WHERE deleted = 0 ORDER BY semester DESC"));
    while (s.next())
        out << s.int64(0);
    return out;
}
} // namespace

FilterBar::FilterBar(Store &store, const RecordList &list, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_typing.setSingleShot(true);
    m_typing.setInterval(200);
    connect(&m_typing, &QTimer::timeout, this, &FilterBar::filtersChanged);
    for (const CatalogFilter &f : list.filters) {
        const QString title = QCoreApplication::translate("ListCatalog", f.title);
        QWidget *w = nullptr;
        switch (f.kind) {
        case FilterKind::Text: {
            m_text = new QLineEdit(this);
            m_text->setPlaceholderText(tr("Search (Ctrl+F)"));
            m_text->setClearButtonEnabled(true);
            connect(m_text, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
            w = m_text;
            break;
        }
        case FilterKind::Enum: {
            auto *c = new QComboBox(this);
            c->addItem(tr("%1: all").arg(title), QVariant());
            for (const QString &word : EnumLabels::words(f.enumType))
                c->addItem(EnumLabels::label(f.enumType, word), word);
            connect(c, &QComboBox::currentIndexChanged, this, &FilterBar::filtersChanged);
            w = c;
            break;
        }
        case FilterKind::Semester: {
            auto *c = new QComboBox(this);
            c->addItem(tr("%1: all").arg(title), QVariant());
            for (qint64 s : semestersInStore(store))
                c->addItem(Semester::fromStorage(s).label(), s);
            connect(c, &QComboBox::currentIndexChanged, this, &FilterBar::filtersChanged);
            w = c;
            break;
        }
        case FilterKind::Reference: {
            auto *p = new RecordPicker(store, f.refTable, this);
            p->setPlaceholderText(tr("%1: all").arg(title));
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
            d->setSpecialValueText(
                f.kind == FilterKind::DateFrom ? tr("From: any date") : tr("To: any date"));
            d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
            d->setMinimumWidth(d->fontMetrics().horizontalAdvance(d->specialValueText()) + 48);
            connect(d, &QDateEdit::dateChanged, this, &FilterBar::filtersChanged);
            w = d;
            break;
        }
        }
        w->setAccessibleName(title);
        w->setToolTip(title);
        w->setObjectName(QStringLiteral("filter_") + f.key);
        layout->addWidget(w, f.kind == FilterKind::Text ? 2 : 0);
        m_controls.append({f, w});
    }
    auto *reset = new QToolButton(this);
    reset->setText(tr("Clear filters"));
    reset->setAccessibleName(tr("Clear filters"));
    connect(reset, &QToolButton::clicked, this, &FilterBar::clear);
    layout->addWidget(reset);
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
            out << ListFilter {
                QStringLiteral("0"), ListFilter::Op::Predicate, {}}; // matches nothing
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
