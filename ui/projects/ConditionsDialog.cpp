#include "ConditionsDialog.h"

#include "courses/Semester.h"
#include "records/EnumLabels.h"
#include "records/Problem.h"
#include "reports/MeasureCatalog.h"
#include "reports/MeasureCondition.h"
#include "store/Store.h"
#include "text/DataLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ef {

ConditionsDialog::ConditionsDialog(
    Store &store, const MeasureDefinition &measure, const QString &conditions, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_measure(measure)
    , m_intro(new QLabel(this))
    , m_list(new QVBoxLayout)
    , m_add(new QPushButton(this))
{
    setObjectName(QStringLiteral("ConditionsDialog"));
    m_intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_list);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();
    layout->addLayout(addRow);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { this->addRow(); });
    m_add->setEnabled(!m_measure.dimensions.isEmpty());
    Problems ignored; // a stored text was checked when saved; what does not parse is dropped
    for (const MeasureCondition &c :
        MeasureCondition::parse(conditions, m_measure, QString(), ignored))
        this->addRow(QString(enumText(c.dimension)), c.value);
    retranslateUi();
    resize(560, sizeHint().height());
}

void ConditionsDialog::addRow(const QString &dimension, const QString &value)
{
    if (m_measure.dimensions.isEmpty())
        return;
    Row row;
    row.box = new QWidget(this);
    auto *h = new QHBoxLayout(row.box);
    h->setContentsMargins(0, 0, 0, 0);
    row.dimension = new QComboBox(row.box);
    row.value = new QComboBox(row.box);
    row.dimension->setObjectName(QStringLiteral("dimension"));
    row.value->setObjectName(QStringLiteral("value"));
    auto *remove = new QToolButton(row.box);
    remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    remove->setObjectName(QStringLiteral("remove"));
    h->addWidget(row.dimension, 1);
    h->addWidget(row.value, 2);
    h->addWidget(remove);
    for (const MeasureDimension &d : m_measure.dimensions)
        row.dimension->addItem(EnumLabels::of(d.dimension), QString(enumText(d.dimension)));
    row.dimension->setCurrentIndex(std::max(0, row.dimension->findData(dimension)));
    fillValues(row.dimension, row.value, value);
    connect(row.dimension, &QComboBox::currentIndexChanged, this,
        [this, d = row.dimension, v = row.value] { fillValues(d, v, QString()); });
    QWidget *box = row.box;
    connect(remove, &QToolButton::clicked, this, [this, box] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).box == box)
                m_rows.removeAt(i);
        box->deleteLater();
    });
    remove->setToolTip(tr("Remove this condition"));
    m_list->addWidget(row.box);
    m_rows << row;
}

void ConditionsDialog::fillValues(QComboBox *dimension, QComboBox *value, const QString &chosen)
{
    value->clear();
    const auto d = enumFromText<ReportDimension>(dimension->currentData().toString());
    if (!d)
        return;
    QStringList words = MeasureCatalog::valuesOf(*d);
    switch (*d) {
    case ReportDimension::Institution: {
        Statement s = m_store.db().prepare(
            QStringLiteral("SELECT id, coalesce(short_name, %1) AS label FROM institution WHERE "
                           "deleted = 0 ORDER BY label COLLATE KAZAKH")
                .arg(DataLanguage::sql(QStringLiteral("institution"), QStringLiteral("name"))));
        while (s.next())
            value->addItem(s.text(1), s.uuid(0).toString());
        break;
    }
    case ReportDimension::Region:
        words = MeasureCatalog::regions();
        break;
    case ReportDimension::Country:
        words = MeasureCatalog::countries();
        break;
    case ReportDimension::Semester: {
        const int last = m_store.clock().today().year() + 5;
        for (int year = 2020; year <= last; ++year)
            for (auto term :
                {Semester::Term::Spring, Semester::Term::Summer, Semester::Term::Autumn})
                words << QString::number(Semester(year, term).toStorage());
        break;
    }
    default:
        break;
    }
    for (const QString &w : words)
        value->addItem(MeasureCatalog::valueLabel(*d, w), w);
    if (!chosen.isEmpty())
        value->setCurrentIndex(std::max(0, value->findData(chosen)));
}

QString ConditionsDialog::conditions() const
{
    QList<MeasureCondition> out;
    for (const Row &r : m_rows) {
        const auto d = enumFromText<ReportDimension>(r.dimension->currentData().toString());
        const QString v = r.value->currentData().toString();
        if (d && !v.isEmpty())
            out.append({*d, v});
    }
    return MeasureCondition::format(out);
}

void ConditionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConditionsDialog::retranslateUi()
{
    setWindowTitle(tr("Counted only where"));
    m_intro->setText(m_measure.dimensions.isEmpty()
            ? tr("“%1” has no conditions to choose.").arg(EnumLabels::of(m_measure.measure))
            : tr("Count “%1” only where every condition below holds.")
                  .arg(EnumLabels::of(m_measure.measure)));
    m_add->setText(tr("&Add a condition"));
    for (const Row &r : m_rows) {
        for (int i = 0; i < r.dimension->count(); ++i)
            if (const auto d = enumFromText<ReportDimension>(r.dimension->itemData(i).toString()))
                r.dimension->setItemText(i, EnumLabels::of(*d));
        const auto d = enumFromText<ReportDimension>(r.dimension->currentData().toString());
        if (d && *d != ReportDimension::Institution)
            for (int i = 0; i < r.value->count(); ++i)
                r.value->setItemText(
                    i, MeasureCatalog::valueLabel(*d, r.value->itemData(i).toString()));
    }
}

} // namespace ef
