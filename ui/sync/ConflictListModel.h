// The open sync issues as a table: the record and field they are on, the lost (or refused) value
// and the value that stands, what kind of issue it is, from which computer and when. Reloads
// when the store says issues were added or resolved.
#pragma once

#include "sync/SyncIssues.h"

#include <QAbstractTableModel>

namespace ef {

class Store;

class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Record, Field, Lost, Kept, Kind, Source, When, ColumnCount };

    explicit ConflictListModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const SyncIssue &issue(int row) const { return m_rows.at(row).issue; }
    void reload();

    // How the issue reads to a person; also what the detail pane shows.
    QString recordTitle(const SyncIssue &issue) const;
    QString fieldLabel(const SyncIssue &issue) const;
    QString valueText(const SyncIssue &issue, const QVariant &value) const;
    QString kindText(const SyncIssue &issue) const;
    QString sourceText(const Uuid &device) const;
    static QString whenText(std::int64_t ms);

private:
    struct Row
    {
        SyncIssue issue;
        QString text[ColumnCount]; // as shown, worked out once per reload
    };

    Store &m_store;
    QList<Row> m_rows;
};

} // namespace ef
