// The page where a person reviews what sync could not settle alone: each conflict with both
// values, where and when they were written and on which record, to restore the lost value or
// dismiss it; and the local changes the server refused, whose local value stays.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ef {

class ConflictListModel;
class RecordEditing;

class ConflictsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsPage(RecordEditing &editing, QWidget *parent = nullptr);

    ConflictListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QLabel *detailLabel() const { return m_detail; }

    void restoreCurrent();
    void dismissCurrent();
    void openCurrentRecord();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateActions();
    void retranslateUi();
    int currentRow() const;

    RecordEditing &m_editing;
    ConflictListModel *m_model;
    QLabel *m_title;
    QLabel *m_explain;
    QTableView *m_view;
    QLabel *m_detail;
    QPushButton *m_restore;
    QPushButton *m_dismiss;
    QPushButton *m_open;
};

} // namespace ef
