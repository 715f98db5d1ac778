// Records many participants of a training event at once: search people, tick them, set the
// hours attended, add them all as one undoable action.
#pragma once

#include "util/Uuid.h"

#include <QDialog>
#include <QSet>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ef {

class RecordEditing;

class AddParticipantsDialog : public QDialog
{
    Q_OBJECT

public:
    AddParticipantsDialog(RecordEditing &editing, const Uuid &eventId, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *candidates() const { return m_people; }
    // Adds the ticked people who are not participants yet; returns how many were added.
    int addChecked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void search();
    void updateButton();

    RecordEditing &m_editing;
    Uuid m_eventId;
    QSet<Uuid> m_already;
    QSet<Uuid> m_checked;
    QLineEdit *m_search;
    QListWidget *m_people;
    QDoubleSpinBox *m_hours;
    QPushButton *m_add;
    QLabel *m_intro;
    QLabel *m_hoursLabel;
};

} // namespace ef
