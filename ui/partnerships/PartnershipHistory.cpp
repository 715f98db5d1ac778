#include "PartnershipHistory.h"

#include "partnerships/PartnershipChanges.h"
#include "partnerships/PartnershipValues.h"
#include "records/EnumLabels.h"
#include "records/Lookup.h"
#include "store/Store.h"
#include "text/DateFormat.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace ef {

namespace {

// A stored value as the user reads it.
QString shown(Store &store, const FieldInfo &f, const QVariant &v)
{
    if (v.isNull() || !v.isValid() || v.toString().isEmpty())
        return PartnershipHistory::tr("(none)");
    switch (f.kind) {
    case FieldKind::Date:
        return DateFormat::shortDate(v.toDate());
    case FieldKind::Enum:
        return EnumLabels::label(f.enumType, v.toString());
    case FieldKind::Reference:
        return Lookup::label(store, f.refTable, v.value<Uuid>());
    default:
        return v.toString();
    }
}

} // namespace

PartnershipHistory::PartnershipHistory(Store &store, const Uuid &partnershipId, QWidget *parent)
    : QTreeWidget(parent)
    , m_store(store)
    , m_id(partnershipId)
{
    setObjectName(QStringLiteral("history"));
    setColumnCount(3);
    header()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(&store, &Store::changed, this, [this](const QString &table) {
        if (table == u"partnership" || table == u"partnership_amendment")
            refresh();
    });
    refresh();
}

void PartnershipHistory::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QTreeWidget::changeEvent(event);
}

void PartnershipHistory::refresh()
{
    setHeaderLabels({tr("Version"), tr("Date"), tr("Change")});
    setAccessibleName(tr("Versions of the agreement"));
    clear();
    const auto versions = PartnershipChanges::history(m_store, m_id);
    if (!versions)
        return;
    const RecordType *type = RecordType::find(u"partnership");
    std::optional<RecordValues> previous;
    for (const PartnershipChanges::Version &v : *versions) {
        const RecordValues values = partnershipValues(v.terms);
        const QString title = v.number == 0 ? tr("As signed") : tr("Amendment %1").arg(v.number);
        auto *item = new QTreeWidgetItem(this, {title, DateFormat::shortDate(v.date), v.summary});
        for (const QString &column : v.changed) {
            const FieldInfo *f = type->field(column);
            if (!f || !previous)
                continue;
            new QTreeWidgetItem(item,
                {f->translatedLabel(), QString(),
                    tr("%1 → %2").arg(shown(m_store, *f, previous->value(column)),
                        shown(m_store, *f, values.value(column)))});
        }
        item->setExpanded(true);
        previous = values;
    }
    // The version and date columns as wide as their texts in the UI language, never elided.
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

} // namespace ef
