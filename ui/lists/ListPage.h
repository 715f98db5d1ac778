// One list on screen: its filters, the table (sorted by clicking a header), the row count, and
// the actions New, Open and Delete on the records it lists.
#pragma once

#include "lists/ListCatalog.h"

#include <QWidget>

class QLabel;
class QTableView;
class QPushButton;

namespace ef {

class FilterBar;
class RecordEditing;
class RecordListModel;
class Store;

class ListPage : public QWidget
{
    Q_OBJECT

public:
    // `prefill` is given to records made with New (the record a related list belongs to).
    ListPage(Store &store, RecordEditing &editing, RecordList list, bool withFilters,
        QVariantMap prefill = {}, QWidget *parent = nullptr);

    RecordListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filters; }
    Uuid currentId() const;

    void createRecord();
    void openCurrent();
    void deleteCurrent();
    void focusFilter();

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Widens the columns whose title would be cut (titles are longer in Kazakh and Russian).
    void fitHeaders();
    void updateCount();
    void updateActions();

    Store &m_store;
    RecordEditing &m_editing;
    QVariantMap m_prefill;
    RecordListModel *m_model;
    FilterBar *m_filters = nullptr;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_delete;
};

} // namespace ef
