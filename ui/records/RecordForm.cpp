#include "RecordForm.h"

#include "RecordPicker.h"
#include "courses/Semester.h"
#include "people/Person.h"
#include "records/EnumLabels.h"
#include "store/Store.h"
#include "text/DateFormat.h"
#include "text/Transliteration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyle>

namespace ef {

namespace {

// A date field shows its minimum as "no date".
const QDate NoDate(1900, 1, 1);

const std::pair<PersonRole, const char *> roleNames[] = {
    {PersonRole::Educator, QT_TRANSLATE_NOOP("ef::RecordForm", "Educator")},
    {PersonRole::Trainer, QT_TRANSLATE_NOOP("ef::RecordForm", "Trainer")},
    {PersonRole::Student, QT_TRANSLATE_NOOP("ef::RecordForm", "Student")},
    {PersonRole::IndustryContact, QT_TRANSLATE_NOOP("ef::RecordForm", "Industry contact")},
};

// Semesters offered in pickers: from 2020 to five years ahead of the current one (by the
// store's clock).
QList<Semester> semesterChoices(const QDate &today)
{
    QList<Semester> out;
    for (int year = 2020; year <= today.year() + 5; ++year)
        for (auto term : {Semester::Term::Spring, Semester::Term::Summer, Semester::Term::Autumn})
            out << Semester(year, term);
    return out;
}

} // namespace

RecordForm::RecordForm(Store &store, const RecordType &type, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_type(type)
{
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const FieldInfo &f : type.fields()) {
        if (f.hidden)
            continue;
        QWidget *editor = createEditor(f);
        editor->setObjectName(f.column);
        auto *cell = new QWidget(this);
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(editor);
        auto *problem = new QLabel(cell);
        problem->setObjectName(f.column + QStringLiteral("_problem"));
        problem->setWordWrap(true);
        problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        problem->hide();
        v->addWidget(problem);
        auto *label = new QLabel(this);
        label->setBuddy(editor);
        layout->addRow(label, cell);
        m_editors.insert(f.column, editor);
        m_problems.insert(f.column, problem);
        m_labels.insert(f.column, label);
    }
    retranslateUi();
}

void RecordForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordForm::retranslateUi()
{
    const bool loading = std::exchange(m_loading, true); // relabelling is not an edit
    for (const FieldInfo &f : m_type.fields()) {
        QWidget *w = m_editors.value(f.column);
        if (!w)
            continue;
        w->setAccessibleName(f.translatedLabel());
        m_labels.value(f.column)->setText(
            f.required ? tr("%1 *").arg(f.translatedLabel()) : f.translatedLabel());
        switch (f.kind) {
        case FieldKind::Date: {
            auto *e = static_cast<QDateEdit *>(w);
            e->setSpecialValueText(tr("(none)"));
            e->setDisplayFormat(DateFormat::shortFormat());
            break;
        }
        case FieldKind::OptionalInteger:
        case FieldKind::OptionalDecimal:
            static_cast<QAbstractSpinBox *>(w)->setSpecialValueText(tr("(none)"));
            break;
        case FieldKind::Enum:
        case FieldKind::Semester:
        case FieldKind::Language: {
            auto *c = static_cast<QComboBox *>(w);
            for (int i = 0; i < c->count(); ++i) {
                const QVariant v = c->itemData(i);
                c->setItemText(i,
                    f.kind == FieldKind::Enum ? EnumLabels::label(f.enumType, v.toString())
                        : f.kind == FieldKind::Language
                        ? EnumLabels::label(u"language", v.toString())
                        : v.isNull() ? tr("(none)")
                                     : Semester::fromStorage(v).label());
            }
            break;
        }
        case FieldKind::Languages:
            for (auto *c : w->findChildren<QCheckBox *>())
                c->setText(EnumLabels::label(u"language", c->property("ef-key").toString()));
            break;
        case FieldKind::Roles:
            for (auto *c : w->findChildren<QCheckBox *>())
                for (const auto &[role, name] : roleNames)
                    if (c->property("ef-key").toInt() == int(role))
                        c->setText(tr(name));
            break;
        default:
            break;
        }
    }
    m_loading = loading;
}

QWidget *RecordForm::createEditor(const FieldInfo &f)
{
    auto changed = [this, column = f.column] {
        if (m_loading)
            return;
        m_touched.insert(column);
        prefillLatin(column);
        Q_EMIT edited(column);
    };
    switch (f.kind) {
    case FieldKind::Text: {
        auto *e = new QLineEdit(this);
        connect(e, &QLineEdit::textEdited, this, changed);
        return e;
    }
    case FieldKind::LongText: {
        auto *e = new QPlainTextEdit(this);
        e->setTabChangesFocus(true);
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 4 + 12);
        // Fixed, not expanding: else the form gives the row the spare height and the box
        // floats away from its label.
        e->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(e, &QPlainTextEdit::textChanged, this, changed);
        return e;
    }
    case FieldKind::Date: {
        auto *e = new QDateEdit(this);
        e->setCalendarPopup(true);
        e->setMinimumDate(NoDate);
        connect(e, &QDateEdit::dateChanged, this, changed);
        return e;
    }
    case FieldKind::Integer:
    case FieldKind::OptionalInteger: {
        auto *e = new QSpinBox(this);
        const bool optional = f.kind == FieldKind::OptionalInteger;
        e->setRange(int(f.min) - (optional ? 1 : 0), f.max > f.min ? int(f.max) : 1000000);
        connect(e, &QSpinBox::valueChanged, this, changed);
        return e;
    }
    case FieldKind::Decimal:
    case FieldKind::OptionalDecimal: {
        auto *e = new QDoubleSpinBox(this);
        const bool optional = f.kind == FieldKind::OptionalDecimal;
        e->setDecimals(f.decimals);
        e->setRange(f.min - (optional ? 1 : 0), f.max > f.min ? f.max : 1e9);
        connect(e, &QDoubleSpinBox::valueChanged, this, changed);
        return e;
    }
    case FieldKind::Bool: {
        auto *e = new QCheckBox(this);
        connect(e, &QCheckBox::toggled, this, changed);
        return e;
    }
    case FieldKind::Enum: {
        auto *e = new QComboBox(this);
        if (f.wordInText && !f.required)
            e->addItem(QString(), QString()); // an optional word (an indicator's denominator)
        for (const QString &word : EnumLabels::words(f.enumType))
            e->addItem(QString(), word);
        connect(e, &QComboBox::currentIndexChanged, this, changed);
        return e;
    }
    case FieldKind::Reference: {
        auto *e = new RecordPicker(m_store, f.refTable, this);
        connect(e, &RecordPicker::idChanged, this, changed);
        return e;
    }
    case FieldKind::Semester: {
        auto *e = new QComboBox(this);
        e->addItem(QString(), QVariant());
        for (const Semester &s : semesterChoices(m_store.clock().today()))
            e->addItem(QString(), qlonglong(s.toStorage()));
        connect(e, &QComboBox::currentIndexChanged, this, changed);
        return e;
    }
    case FieldKind::Language: {
        auto *e = new QComboBox(this);
        for (const QString &code : EnumLabels::words(u"language"))
            e->addItem(QString(), code);
        connect(e, &QComboBox::currentIndexChanged, this, changed);
        return e;
    }
    case FieldKind::Languages:
    case FieldKind::Roles: {
        auto *box = new QWidget(this);
        auto *h = new QHBoxLayout(box);
        h->setContentsMargins(0, 0, 0, 0);
        auto add = [&](const QString &key) {
            auto *c = new QCheckBox(box);
            c->setObjectName(key);
            c->setProperty("ef-key", key);
            connect(c, &QCheckBox::toggled, this, changed);
            h->addWidget(c);
        };
        if (f.kind == FieldKind::Languages)
            for (const QString &code : EnumLabels::words(u"language"))
                add(code);
        else
            for (const auto &[role, name] : roleNames)
                add(QString::number(int(role)));
        h->addStretch();
        return box;
    }
    }
    return new QWidget(this);
}

void RecordForm::setValues(const RecordValues &values)
{
    m_loading = true;
    m_base = values;
    m_touched.clear();
    for (const FieldInfo &f : m_type.fields())
        if (m_editors.contains(f.column))
            write(f, values.fields.value(f.column));
    m_loading = false;
    showProblems({}, true);
}

RecordValues RecordForm::values() const
{
    RecordValues v = m_base;
    for (const FieldInfo &f : m_type.fields())
        if (m_editors.contains(f.column))
            v.fields.insert(f.column, read(f));
    return v;
}

QVariant RecordForm::read(const FieldInfo &f) const
{
    QWidget *w = m_editors.value(f.column);
    switch (f.kind) {
    case FieldKind::Text:
        return static_cast<QLineEdit *>(w)->text().trimmed();
    case FieldKind::LongText:
        return static_cast<QPlainTextEdit *>(w)->toPlainText().trimmed();
    case FieldKind::Date: {
        const QDate d = static_cast<QDateEdit *>(w)->date();
        return d == NoDate ? QDate() : d;
    }
    case FieldKind::Integer:
        return static_cast<QSpinBox *>(w)->value();
    case FieldKind::OptionalInteger: {
        auto *s = static_cast<QSpinBox *>(w);
        return s->value() == s->minimum() ? QVariant() : QVariant(s->value());
    }
    case FieldKind::Decimal:
        return static_cast<QDoubleSpinBox *>(w)->value();
    case FieldKind::OptionalDecimal: {
        auto *s = static_cast<QDoubleSpinBox *>(w);
        return s->value() == s->minimum() ? QVariant() : QVariant(s->value());
    }
    case FieldKind::Bool:
        return static_cast<QCheckBox *>(w)->isChecked();
    case FieldKind::Enum:
    case FieldKind::Semester:
    case FieldKind::Language:
        return static_cast<QComboBox *>(w)->currentData();
    case FieldKind::Reference: {
        const Uuid id = static_cast<RecordPicker *>(w)->id();
        return id.isNull() ? QVariant() : QVariant::fromValue(id);
    }
    case FieldKind::Languages: {
        QStringList codes;
        for (auto *c : w->findChildren<QCheckBox *>())
            if (c->isChecked())
                codes << c->property("ef-key").toString();
        return codes.join(QLatin1Char(','));
    }
    case FieldKind::Roles: {
        int roles = 0;
        for (auto *c : w->findChildren<QCheckBox *>())
            if (c->isChecked())
                roles |= c->property("ef-key").toInt();
        return roles;
    }
    }
    return {};
}

void RecordForm::write(const FieldInfo &f, const QVariant &v)
{
    QWidget *w = m_editors.value(f.column);
    switch (f.kind) {
    case FieldKind::Text:
        static_cast<QLineEdit *>(w)->setText(v.toString());
        static_cast<QLineEdit *>(w)->setCursorPosition(0);
        break;
    case FieldKind::LongText:
        static_cast<QPlainTextEdit *>(w)->setPlainText(v.toString());
        break;
    case FieldKind::Date:
        static_cast<QDateEdit *>(w)->setDate(v.toDate().isValid() ? v.toDate() : NoDate);
        break;
    case FieldKind::Integer:
    case FieldKind::OptionalInteger: {
        auto *s = static_cast<QSpinBox *>(w);
        s->setValue(v.isNull() ? s->minimum() : v.toInt());
        break;
    }
    case FieldKind::Decimal:
    case FieldKind::OptionalDecimal: {
        auto *s = static_cast<QDoubleSpinBox *>(w);
        s->setValue(v.isNull() ? s->minimum() : v.toDouble());
        break;
    }
    case FieldKind::Bool:
        static_cast<QCheckBox *>(w)->setChecked(v.toBool());
        break;
    case FieldKind::Enum:
    case FieldKind::Semester:
    case FieldKind::Language: {
        auto *c = static_cast<QComboBox *>(w);
        int i = c->findData(v);
        if (i < 0 && !v.isNull() && !v.toString().isEmpty()) {
            // A semester outside the usual range, or a word from a newer version, still shows
            // and saves unchanged.
            c->addItem(f.kind == FieldKind::Semester ? Semester::fromStorage(v).label()
                                                     : EnumLabels::label(f.enumType, v.toString()),
                v);
            i = c->count() - 1;
        }
        c->setCurrentIndex(std::max(i, 0));
        break;
    }
    case FieldKind::Reference:
        static_cast<RecordPicker *>(w)->setId(v.value<Uuid>());
        break;
    case FieldKind::Languages: {
        const QStringList codes = v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (auto *c : w->findChildren<QCheckBox *>())
            c->setChecked(codes.contains(c->property("ef-key").toString()));
        break;
    }
    case FieldKind::Roles:
        for (auto *c : w->findChildren<QCheckBox *>())
            c->setChecked(v.toInt() & c->property("ef-key").toInt());
        break;
    }
}

void RecordForm::showProblems(const Problems &problems, bool all)
{
    for (auto it = m_problems.begin(); it != m_problems.end(); ++it) {
        QStringList messages;
        for (const Problem &p : problems)
            if (p.field == it.key())
                messages << p.message;
        const bool show = !messages.isEmpty() && (all || m_touched.contains(it.key()));
        if (show && all)
            m_touched.insert(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(show);
        QWidget *editor = m_editors.value(it.key());
        editor->setProperty("ef-invalid", show);
        editor->setStyleSheet(show ? QStringLiteral("border: 1px solid #b00020;") : QString());
        editor->setAccessibleDescription(show ? it.value()->text() : QString());
    }
}

void RecordForm::restrictEnum(const QString &column, const QStringList &words)
{
    auto *c = qobject_cast<QComboBox *>(m_editors.value(column));
    if (!c)
        return;
    const QVariant current = c->currentData();
    const FieldInfo *f = m_type.field(column);
    m_loading = true;
    c->clear();
    for (const QString &word : words)
        c->addItem(EnumLabels::label(f->enumType, word), word);
    c->setCurrentIndex(std::max(0, c->findData(current)));
    m_loading = false;
}

void RecordForm::setFieldEnabled(const QString &column, bool enabled, const QString &reason)
{
    if (QWidget *w = m_editors.value(column)) {
        w->setEnabled(enabled);
        w->setToolTip(enabled ? QString() : reason);
    }
}

// A Latin spelling follows the Cyrillic one as it is typed (Kazakh Latin 2021 for Kazakh names,
// passport rules for Russian ones) until the user writes their own.
void RecordForm::prefillLatin(const QString &column)
{
    if (column != u"family_name" && column != u"given_name")
        return;
    const QString latinColumn = column + QStringLiteral("_latin");
    auto *latin = qobject_cast<QLineEdit *>(m_editors.value(latinColumn));
    auto *source = qobject_cast<QLineEdit *>(m_editors.value(column));
    if (!latin || !source)
        return;
    if (!latin->text().isEmpty() && latin->text() != m_autoLatin.value(latinColumn))
        return;
    const QString value = Transliteration::toLatin(source->text().trimmed());
    m_autoLatin.insert(latinColumn, value);
    latin->setText(value);
    m_touched.insert(latinColumn);
}

} // namespace ef
