// Asks for what makes a change to a signed agreement an amendment: its date, what it changes
// in a sentence, and the signed document. Tests answer it in advance (setNextAnswer).
#pragma once

#include <QDate>
#include <QDialog>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ef {

class AmendmentDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer
    {
        QDate date;
        QString summary;
        QString documentPath; // empty: no document
    };

    AmendmentDialog(
        const QStringList &changedLabels, const QDate &today, QWidget *parent = nullptr);

    // Shows the dialog (or takes the answer a test gave); nothing when the user cancelled.
    static std::optional<Answer> ask(
        const QStringList &changedLabels, const QDate &today, QWidget *parent);
    static void setNextAnswer(std::optional<Answer> answer);

    Answer answer() const;
    void showProblem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QDateEdit *m_date;
    QPlainTextEdit *m_summary;
    QLineEdit *m_document;
    QLabel *m_problem;
    QStringList m_changed;
    QLabel *m_intro;
    QLabel *m_dateLabel;
    QLabel *m_summaryLabel;
    QLabel *m_documentLabel;
    QPushButton *m_browse;
    QPushButton *m_record;
};

} // namespace ef
