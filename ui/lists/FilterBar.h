// The filters of one list as a row of controls (a choice per enumeration, a record picker,
// dates, a semester, the search words); emits the ListFilters the user has set.
#pragma once

#include "lists/ListCatalog.h"

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace ef {

class Store;

class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(Store &store, const RecordList &list, QWidget *parent = nullptr);

    QList<ListFilter> filters() const;
    QLineEdit *textField() const { return m_text; }
    void clear();

Q_SIGNALS:
    void filtersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    struct Control
    {
        CatalogFilter filter;
        QWidget *widget;
    };
    const RecordList &m_list;
    QList<Control> m_controls;
    QLineEdit *m_text = nullptr;
    QToolButton *m_reset;
    QTimer m_typing;
};

} // namespace ef
