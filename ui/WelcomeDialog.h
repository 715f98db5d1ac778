// The first screen of a new installation: the interface language, then open the demo data to
// look around, start an empty data file for one's own institution, or open an existing one.
#pragma once

#include <QDialog>

class QComboBox;
class QCommandLinkButton;
class QFormLayout;
class QLabel;
class QPushButton;
class QLineEdit;
class QStackedWidget;

namespace ef {

struct Institution;

class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, Demo, Empty, OpenFile, SignIn };

    explicit WelcomeDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString fileToOpen() const { return m_file; }
    // For Choice::Empty: the institution this office works for, as entered (no id yet).
    Institution institution() const;

    // Pressing the buttons (also what the tests do).
    void chooseDemo();
    void chooseEmpty();
    bool confirmEmpty(); // false, with the problem shown, when the institution is not valid
    void chooseFile();
    void chooseSignIn(); // an office of the consortium: its data comes from the server
    QLineEdit *nameField() const { return m_name; }
    QLabel *problemLabel() const { return m_problem; }
    QComboBox *languageChoice() const { return m_language; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool showProblems(); // false when the institution is not valid

    Choice m_choice = Choice::None;
    QString m_file;
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QComboBox *m_kind;
    QLineEdit *m_country;
    QLabel *m_problem;
    QComboBox *m_language;
    QLabel *m_languageLabel;
    QLabel *m_intro;
    QLabel *m_explain;
    QCommandLinkButton *m_demo;
    QCommandLinkButton *m_empty;
    QCommandLinkButton *m_open;
    QCommandLinkButton *m_signIn;
    QFormLayout *m_form;
    QPushButton *m_create;
    QPushButton *m_back;
};

} // namespace ef
