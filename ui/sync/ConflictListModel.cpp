#include "ConflictListModel.h"

#include "records/EnumLabels.h"
#include "records/RecordType.h"
#include "store/Store.h"
#include "sync/Hlc.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace ef {

ConflictListModel::ConflictListModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &Store::changed, this, [this](const QString &table) {
        if (table == SyncIssues::table())
            reload();
    });
    reload();
}

void ConflictListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (SyncIssue &i : SyncIssues::open(m_store)) {
        Row row;
        row.text[Record] = recordTitle(i);
        row.text[Field] = fieldLabel(i);
        row.text[Lost] = valueText(i, i.value);
        row.text[Kept] = i.kind == u"conflict" ? valueText(i, i.keptValue) : QString();
        row.text[Kind] = kindText(i);
        row.text[Source] = sourceText(i.device);
        row.text[When] = whenText(i.hlc > 0 ? Hlc::millis(i.hlc) : i.notedAtMs);
        row.issue = std::move(i);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictListModel::recordTitle(const SyncIssue &issue) const
{
    const RecordType *type = RecordType::find(issue.table);
    if (!type)
        return issue.table;
    if (const auto values = type->load(m_store, issue.row))
        return tr("%1 “%2”").arg(type->name(), type->title(*values));
    return tr("%1 (not on this computer, or deleted)").arg(type->name());
}

QString ConflictListModel::fieldLabel(const SyncIssue &issue) const
{
    if (issue.field.isEmpty())
        return tr("the whole record");
    if (issue.field == u"deleted")
        return tr("deleted");
    const RecordType *type = RecordType::find(issue.table);
    const FieldInfo *field = type ? type->field(issue.field) : nullptr;
    return field ? field->translatedLabel() : issue.field;
}

QString ConflictListModel::valueText(const SyncIssue &issue, const QVariant &value) const
{
    if (issue.field.isEmpty())
        return tr("a new record");
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return tr("(empty)");
    if (issue.field == u"deleted")
        return value.toLongLong() ? tr("deleted") : tr("not deleted");
    const RecordType *type = RecordType::find(issue.table);
    const FieldInfo *field = type ? type->field(issue.field) : nullptr;
    if (field) {
        switch (field->kind) {
        case FieldKind::Enum:
            return EnumLabels::label(field->enumType, value.toString());
        case FieldKind::Bool:
            return value.toLongLong() ? tr("yes") : tr("no");
        case FieldKind::Reference: {
            const RecordType *target = RecordType::find(field->refTable);
            const auto id = Uuid::fromBytes(value.toByteArray());
            const auto values = target && id ? target->load(m_store, *id) : std::nullopt;
            return values ? target->title(*values) : tr("a record not on this computer");
        }
        case FieldKind::Text:
        case FieldKind::LongText:
        case FieldKind::Date:
        case FieldKind::Integer:
        case FieldKind::OptionalInteger:
        case FieldKind::Decimal:
        case FieldKind::OptionalDecimal:
        case FieldKind::Semester:
        case FieldKind::Language:
        case FieldKind::Languages:
        case FieldKind::Roles:
            break;
        }
    }
    return value.toString();
}

QString ConflictListModel::kindText(const SyncIssue &issue) const
{
    if (issue.kind == u"rejected")
        return tr("refused by the server");
    if (issue.kind == u"unapplied")
        return tr("not taken here");
    QString text = issue.conflictKind == u"lifecycle" ? tr("status went further elsewhere")
        : issue.conflictKind == u"edit-delete"        ? tr("edited here, deleted elsewhere")
                                                      : tr("edited in two places");
    if (issue.needsReview)
        text = tr("%1 — needs review").arg(text);
    return text;
}

QString ConflictListModel::sourceText(const Uuid &device) const
{
    if (device.isNull())
        return QString();
    if (device == m_store.deviceId())
        return tr("this computer");
    return tr("another office's computer (%1)").arg(device.toString().left(8));
}

QString ConflictListModel::whenText(std::int64_t ms)
{
    if (ms <= 0)
        return QString();
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    if (role == Qt::FontRole && index.column() == Lost) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_rows.at(index.row()).text[index.column()];
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Lost:
        return tr("Lost or refused value");
    case Kept:
        return tr("Value that stands");
    case Kind:
        return tr("What happened");
    case Source:
        return tr("Written on");
    case When:
        return tr("When");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ef
