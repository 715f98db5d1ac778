// Issues certificates to a training event's participants at once: the event, the day of issue,
// the preview of who is eligible and why the others are not (the eligible ticked), the key that
// signs (with its passphrase when it is sealed), then one undoable action.
#pragma once

#include "util/Uuid.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ef {

class EligibilityModel;
class RecordEditing;
class SignerPool;

class IssueCertificatesDialog : public QDialog
{
    Q_OBJECT

public:
    IssueCertificatesDialog(RecordEditing &editing, SignerPool &signers, const Uuid &eventId,
        QWidget *parent = nullptr);

    QComboBox *eventBox() const { return m_events; }
    QDateEdit *dateEdit() const { return m_date; }
    EligibilityModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QPushButton *issueButton() const { return m_issue; }
    QLabel *keyLabel() const { return m_key; }
    // Issues to the ticked participants; the numbers issued (empty when nothing was).
    QStringList issueChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadEvent();
    void updateKey();
    void updateButton();
    Uuid currentEvent() const;
    QString office() const;

    RecordEditing &m_editing;
    SignerPool &m_signers;
    QLabel *m_intro;
    QLabel *m_eventLabel;
    QComboBox *m_events;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    EligibilityModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_key;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QPushButton *m_issue;
    QString m_problem; // why the event cannot be certified
};

} // namespace ef
