#include "RecordListModel.h"

#include "courses/Semester.h"
#include "records/EnumLabels.h"
#include "store/Store.h"
#include "text/DataLanguage.h"
#include "text/DateFormat.h"

#include <QLocale>

namespace ef {

namespace {
int &reloadDelay()
{
    static int ms = 50;
    return ms;
}
} // namespace

void RecordListModel::setReloadDelay(int ms)
{
    reloadDelay() = ms;
}

RecordListModel::RecordListModel(Store &store, RecordList list, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_list(std::move(list))
    , m_query(std::in_place, store.db(), m_list.spec)
    , m_dataLanguage(DataLanguage::current())
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(reloadDelay());
    connect(&m_reloadTimer, &QTimer::timeout, this, &RecordListModel::reload);
    connect(&store, &Store::changed, this, &RecordListModel::onStoreChanged);
    applyFilters();
    reload();
}

void RecordListModel::setFilters(const QList<ListFilter> &filters)
{
    m_userFilters = filters;
    applyFilters();
    load(PageSize);
}

void RecordListModel::applyFilters()
{
    m_query->setFilters(m_list.fixedFilters + m_userFilters);
}

void RecordListModel::reload()
{
    load(std::max<int>(PageSize, m_rows.size()));
}

void RecordListModel::retranslate()
{
    if (m_dataLanguage != DataLanguage::current()) {
        // The same list, its columns naming things in the new language; the user's sort,
        // filters and the list's fixed filters (a related record, the renewals window) stay.
        RecordList fresh = ListCatalog::list(m_list.key, m_store.clock().today());
        fresh.fixedFilters = m_list.fixedFilters;
        const int column = m_query->sortColumn();
        const bool descending = m_query->sortDescending();
        m_list = std::move(fresh);
        m_query.emplace(m_store.db(), m_list.spec);
        m_query->setSort(column, descending);
        m_dataLanguage = DataLanguage::current();
        applyFilters();
        reload();
    } else if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void RecordListModel::load(int wanted)
{
    m_announcing = true;
    beginResetModel();
    m_count = m_query->count();
    m_query->setExpectedRows(m_count);
    m_rows = m_query->fetch(std::nullopt, wanted);
    m_atEnd = m_rows.size() < wanted;
    endReset();
    Q_EMIT totalCountChanged(m_count);
}

void RecordListModel::onStoreChanged(const QString &table)
{
    if (m_list.watchedTables.contains(table))
        m_reloadTimer.start();
}

Uuid RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : Uuid();
}

int RecordListModel::rowOf(const Uuid &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.columns.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListQuery::Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return QVariant::fromValue(row.id);
    const CatalogColumn &column = m_list.columns.at(index.column());
    const QVariant value = row.values.value(index.column());
    if (role == Qt::TextAlignmentRole && column.format == ColumnFormat::Number)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    if (value.isNull())
        return QString();
    const QLocale locale;
    switch (column.format) {
    case ColumnFormat::Text:
        return value.toString();
    case ColumnFormat::Date:
        return DateFormat::shortDate(QDate::fromString(value.toString(), Qt::ISODate), locale);
    case ColumnFormat::Semester:
        return Semester::fromStorage(value).label();
    case ColumnFormat::Number:
        return locale.toString(
            value.toDouble(), 'f', value.toDouble() == std::floor(value.toDouble()) ? 0 : 1);
    case ColumnFormat::Enum:
        return EnumLabels::label(column.enumType, value.toString());
    case ColumnFormat::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case ColumnFormat::Language: {
        QStringList names;
        for (const QString &code : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << EnumLabels::label(u"language", code.trimmed());
        return names.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_list.columns.size())
        return m_list.columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_list.columns.size())
        return;
    if (column == m_query->sortColumn()
        && (order == Qt::DescendingOrder) == m_query->sortDescending() && !m_rows.isEmpty())
        return;
    m_query->setSort(column, order == Qt::DescendingOrder);
    m_announcing = true;
    beginResetModel();
    m_rows = m_query->fetch(std::nullopt, PageSize);
    m_atEnd = m_rows.size() < PageSize;
    endReset();
}

// No fetching from inside a reset or insert notice: a listener that fetches there (Qt's model
// tester does) would insert rows, twice over, while the change is still being announced.
void RecordListModel::endReset()
{
    endResetModel();
    m_announcing = false;
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_announcing;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const QList<ListQuery::Row> page = m_query->fetch(m_rows.constLast(), PageSize);
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    m_announcing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_announcing = false;
}

} // namespace ef
