// One list of the catalogue as a table model: rows are read a page at a time from the store
// (keyset paging, sort and filter in SQL), never the whole table; it reloads itself when the
// store reports a change to a table the list shows.
#pragma once

#include "lists/ListCatalog.h"
#include "store/ListQuery.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <optional>

namespace ef {

class Store;

class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;
    static constexpr int IdRole = Qt::UserRole + 1; // the row's record id (ef::Uuid)

    RecordListModel(Store &store, RecordList list, QObject *parent = nullptr);

    // How long a model waits after a change notice before reading again (50 ms: a burst of
    // actions reads once). Tests set 0, so processing pending events is enough to see a reload.
    static void setReloadDelay(int ms);

    const RecordList &list() const { return m_list; }
    // The user's filters, on top of the list's fixed ones.
    void setFilters(const QList<ListFilter> &filters);
    // Live rows that pass the filters (not only the ones loaded so far).
    qint64 totalCount() const { return m_count; }
    Uuid idAt(int row) const;
    int rowOf(const Uuid &id) const; // -1 when not loaded
    // Reads the rows again (same sort, filters and number of loaded rows).
    void reload();
    // After the language was switched: headers and cells in the new language, and the list read
    // again when the data language it shows names in changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(qint64 count);

private:
    void applyFilters();
    // Counts and reads the first `wanted` rows again, as one reset.
    void load(int wanted);
    void endReset();
    void onStoreChanged(const QString &table);

    Store &m_store;
    RecordList m_list;
    std::optional<ListQuery> m_query; // made again when the data language changes
    QString m_dataLanguage; // the one m_query names things in
    QList<ListFilter> m_userFilters;
    QList<ListQuery::Row> m_rows;
    qint64 m_count = 0;
    bool m_atEnd = true;
    bool m_announcing = false;
    QTimer m_reloadTimer; // coalesces the change notices of a burst of actions
};

} // namespace ef
